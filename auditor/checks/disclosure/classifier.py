"""The disclosure/leak sentence classifier: logistic regression over all-MiniLM-L6-v2 embeddings.

One multinomial model scores a sentence as ``negative``, ``leak`` or a disclosure of one kind
(``generated``, ``assisted``, ``automated``, ``translated``, ``summarised``, ``image``). Its weights
are ``weights.safetensors`` (``coef`` (classes, 384), ``intercept`` (classes,)) and ``config.json``
(class names, thresholds, training figures) in ``auditor/models/disclosure-classifier``, written by
``scripts/train_disclosure_classifier.py``; the model card is its ``README.md``. The checks call it only
on candidate sentences (those a rule's gate patterns select), in one batch per document.

Example:
    >>> clf = DisclosureClassifier.load()  # doctest: +SKIP
    >>> texts = ["This post was drafted with an AI assistant.", "The council met on Monday."]
    >>> scores = clf.predict(texts)  # doctest: +SKIP
    >>> scores[0].label, scores[1].label  # doctest: +SKIP
    ('assisted', 'negative')
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
from safetensors.numpy import load_file

from ...embeddings import default_embedder

DEFAULT_PATH = Path(__file__).resolve().parents[2] / "models" / "disclosure-classifier"
DISCLOSURE_KINDS = ("generated", "assisted", "automated", "translated", "summarised", "image")
_ENGLISH_WORDS = frozenset(
    "the a an of to and in on for with by is was are were be been this that it i you we my your our me as at from "
    "or not have has had will would can could please here what which who".split())
_WORD = re.compile(r"[a-z]+(?:['’][a-z]+)?")


def looks_english(text: str) -> bool:
    """True when at least 2 words, and a fifth of all, are common English function words: the encoder
    is English-only, so the checks leave other languages to the rules.

    >>> looks_english("This post was drafted with an AI assistant.")
    True
    >>> looks_english("Dieser Text wurde mit DeepL übersetzt.")
    False
    """
    words = _WORD.findall(text.lower())
    hits = sum(w in _ENGLISH_WORDS for w in words)
    return hits >= 2 and hits >= 0.2 * len(words)


SHORT_LABEL_WORDS = 8


def encoder_reads(text: str) -> bool:
    """True for English text (``looks_english``) and for a short label line written in ASCII alone (at most
    ``SHORT_LABEL_WORDS`` words): credit and caption lines such as "Image: Midjourney" or "AI-generated
    image" carry no function words, but the English-only encoder reads them. Chosen on the found batches as
    the rules stood before each (stop 20: 9 more English statements found, no more negatives flagged).

    >>> encoder_reads("Illustration: DALL-E 3"), encoder_reads("Zdjęcie wygenerowane przez AI")
    (True, False)
    """
    return looks_english(text) or (text.isascii() and len(text.split()) <= SHORT_LABEL_WORDS)


@dataclass(frozen=True)
class SentenceScore:
    """Class probabilities of one sentence: ``disclosure`` (sum over kinds), ``leak``, the likeliest
    disclosure ``kind`` and the overall likeliest ``label``."""

    disclosure: float
    leak: float
    kind: str
    label: str


class DisclosureClassifier:
    """Softmax regression on sentence embeddings; ``predict`` gives a ``SentenceScore`` per text."""

    def __init__(self, classes: Sequence[str], coef: np.ndarray, intercept: np.ndarray, meta: dict):
        self.classes = list(classes)
        self.coef = coef.astype(np.float32)
        self.intercept = intercept.astype(np.float32)
        self.meta = meta
        self._kinds = [self.classes.index(k) for k in DISCLOSURE_KINDS]
        self._leak = self.classes.index("leak")

    @classmethod
    def load(cls, path: str | Path | None = None) -> DisclosureClassifier:
        """Read ``config.json`` and ``weights.safetensors`` from ``path`` (default: the bundled model)."""
        return _load(str(Path(path) if path is not None else DEFAULT_PATH))

    def probabilities(self, vectors: np.ndarray) -> np.ndarray:
        """Class probabilities (n, classes) of embedding rows."""
        logits = vectors @ self.coef.T + self.intercept
        logits -= logits.max(axis=1, keepdims=True)
        exp = np.exp(logits)
        return exp / exp.sum(axis=1, keepdims=True)

    def predict(self, texts: Sequence[str]) -> list[SentenceScore]:
        """Scores of ``texts``, embedded in one batch by the shared all-MiniLM-L6-v2 embedder."""
        if not texts:
            return []
        probs = self.probabilities(default_embedder().encode(list(texts)))
        scores = []
        for row in probs:
            kinds = row[self._kinds]
            scores.append(SentenceScore(float(kinds.sum()), float(row[self._leak]),
                                        DISCLOSURE_KINDS[int(kinds.argmax())], self.classes[int(row.argmax())]))
        return scores


@lru_cache(maxsize=4)
def _load(folder: str) -> DisclosureClassifier:
    arrays = load_file(str(Path(folder) / "weights.safetensors"))
    meta = json.loads((Path(folder) / "config.json").read_text("utf-8"))
    return DisclosureClassifier(meta["classes"], arrays["coef"], arrays["intercept"], meta)
