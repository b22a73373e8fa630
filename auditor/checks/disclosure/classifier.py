"""The disclosure/leak sentence classifier: logistic regression over character n-grams.

One multinomial model scores a sentence as ``negative``, ``leak`` or a disclosure of one kind
(``generated``, ``assisted``, ``automated``, ``translated``, ``summarised``, ``image``). Features are
TF-IDF weighted character 2–5-grams of each word (``char_ngrams``, scikit-learn's ``char_wb``
analyzer), so it reads every language the training rows hold, not English alone. Files in
``auditor/models/disclosure-classifier``, written by ``scripts/train_disclosure_classifier.py``:
``weights.safetensors`` (``coef`` (classes, n-grams), ``intercept`` (classes,), ``idf`` (n-grams,)),
``vocabulary.json`` (the n-grams in column order) and ``config.json`` (class names, thresholds for
English and for other text, training figures); the model card is its ``README.md``. The checks call it
only on candidate sentences (those a rule's gate patterns select), in one batch per document.

Example:
    >>> clf = DisclosureClassifier.load()
    >>> scores = clf.predict(["This post was drafted with an AI assistant.", "The council met on Monday."])
    >>> scores[0].kind, scores[1].label
    ('assisted', 'negative')
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
from safetensors.numpy import load_file

from ...language import looks_english
from ...nli.errors import ModelLoadError

DEFAULT_PATH = Path(__file__).resolve().parents[2] / "models" / "disclosure-classifier"
DISCLOSURE_KINDS = ("generated", "assisted", "automated", "translated", "summarised", "image")
NGRAM_RANGE = (2, 5)
SHORT_LABEL_WORDS = 8


def reads_as_english(text: str) -> bool:
    """True for English text (``looks_english``) and for a short label line written in ASCII alone (at most
    ``SHORT_LABEL_WORDS`` words), such as "Image: Midjourney". The classifier has a threshold for these and one
    for other text, whose wording the training rows cover more thinly.

    >>> reads_as_english("Illustration: DALL-E 3"), reads_as_english("Zdjęcie wygenerowane przez AI")
    (True, False)
    """
    return looks_english(text) or (text.isascii() and len(text.split()) <= SHORT_LABEL_WORDS)


def char_ngrams(text: str, low: int = NGRAM_RANGE[0], high: int = NGRAM_RANGE[1]) -> list[str]:
    """Character ``low``–``high``-grams of each lower-cased, space-padded word, exactly as scikit-learn's
    ``TfidfVectorizer(analyzer="char_wb")`` makes them (a word shorter than ``n`` gives one n-gram).

    >>> char_ngrams("KI-Text", 2, 3)
    [' k', 'ki', 'i-', '-t', 'te', 'ex', 'xt', 't ', ' ki', 'ki-', 'i-t', '-te', 'tex', 'ext', 'xt ']
    """
    out = []
    for word in text.lower().split():
        padded = f" {word} "
        for n in range(low, high + 1):
            out += [padded[i:i + n] for i in range(max(1, len(padded) - n + 1))]
            if len(padded) <= n:
                break
    return out


@dataclass(frozen=True)
class SentenceScore:
    """Class probabilities of one sentence: ``disclosure`` (sum over kinds), ``leak``, the likeliest
    disclosure ``kind`` and the overall likeliest ``label``."""

    disclosure: float
    leak: float
    kind: str
    label: str


class DisclosureClassifier:
    """Softmax regression on TF-IDF character n-grams; ``predict`` gives a ``SentenceScore`` per text."""

    def __init__(self, classes: Sequence[str], coef: np.ndarray, intercept: np.ndarray, idf: np.ndarray,
                 vocabulary: Sequence[str], meta: dict):
        if not coef.shape == (len(classes), len(vocabulary)) == (len(intercept), len(idf)):
            raise ModelLoadError(f"disclosure classifier: coef {coef.shape}, intercept {intercept.shape}, "
                                 f"idf {idf.shape} do not fit {len(classes)} classes and {len(vocabulary)} n-grams")
        self.classes = list(classes)
        self.coef = coef.astype(np.float32)
        self.intercept = intercept.astype(np.float32)
        self.idf = idf.astype(np.float32)
        self.column = {gram: k for k, gram in enumerate(vocabulary)}
        self.meta = meta
        self._kinds = [self.classes.index(k) for k in DISCLOSURE_KINDS]
        self._leak = self.classes.index("leak")

    @classmethod
    def load(cls, path: str | Path | None = None) -> DisclosureClassifier:
        """Read ``config.json``, ``vocabulary.json`` and ``weights.safetensors`` from ``path`` (default: the
        bundled model)."""
        return _load(str(Path(path) if path is not None else DEFAULT_PATH))

    def threshold(self, label: str, english: bool) -> float | None:
        """The bundled threshold of ``label`` (``disclosure`` or ``leak``) for English text or other text;
        None: the classifier does not report that label there."""
        value = self.meta["thresholds"][label]["english" if english else "other"]
        return None if value is None else float(value)

    def probabilities(self, texts: Sequence[str]) -> np.ndarray:
        """Class probabilities (n, classes) of ``texts``."""
        logits = np.tile(self.intercept, (len(texts), 1))
        for row, text in enumerate(texts):
            counts = Counter(self.column[g] for g in char_ngrams(text) if g in self.column)
            if not counts:
                continue
            columns = np.fromiter(counts, dtype=np.int64)
            weights = np.array([1.0 + math.log(counts[c]) for c in counts], dtype=np.float32) * self.idf[columns]
            logits[row] += self.coef[:, columns] @ (weights / np.linalg.norm(weights))
        logits -= logits.max(axis=1, keepdims=True)
        exp = np.exp(logits)
        return exp / exp.sum(axis=1, keepdims=True)

    def predict(self, texts: Sequence[str]) -> list[SentenceScore]:
        """Scores of ``texts``."""
        scores = []
        for row in self.probabilities(texts):
            kinds = row[self._kinds]
            scores.append(SentenceScore(float(kinds.sum()), float(row[self._leak]),
                                        DISCLOSURE_KINDS[int(kinds.argmax())], self.classes[int(row.argmax())]))
        return scores


@lru_cache(maxsize=4)
def _load(folder: str) -> DisclosureClassifier:
    path = Path(folder)
    try:
        arrays = load_file(str(path / "weights.safetensors"))
        meta = json.loads((path / "config.json").read_text("utf-8"))
        vocabulary = json.loads((path / "vocabulary.json").read_text("utf-8"))
        classifier = DisclosureClassifier(meta["classes"], arrays["coef"], arrays["intercept"], arrays["idf"],
                                          vocabulary, meta)
        for label in ("disclosure", "leak"):  # thresholds {label: {english, other}}: read now, not mid-audit
            for english in (True, False):
                classifier.threshold(label, english)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ModelLoadError(f"{path}: not a disclosure-classifier folder (expected weights.safetensors with coef, "
                             f"intercept and idf, vocabulary.json and config.json with classes and thresholds "
                             f"{{label: {{english, other}}}}; {type(exc).__name__}: {exc})") from exc
    return classifier
