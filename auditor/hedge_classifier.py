"""A small sentence classifier for hedged/weasel sentences, loaded from JSON + safetensors (no pickle).

TF-IDF over lower-cased word 1-2 grams (sublinear tf, l2 norm, like scikit-learn's ``TfidfVectorizer``)
and a logistic regression, trained by ``scripts/train_hedge_classifier.py`` on CoNLL-2010 Wikipedia
weasel sentences. ``cue`` names the n-gram that pushes a sentence most towards "uncertain".

Example:
    >>> clf = HedgeClassifier.load()
    >>> hedged = "Some critics believe it is widely considered the best."
    >>> p = clf.predict_proba([hedged, "The council voted 7-2 on Tuesday."])
    >>> bool(p[0] > 0.5 > p[1])
    True
    >>> start, end = clf.cue(hedged)
    >>> hedged[start:end]
    'considered'
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from functools import cached_property
from pathlib import Path

import numpy as np
from safetensors.numpy import load_file
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

DEFAULT_PATH = Path(__file__).resolve().parent / "models" / "hedge-classifier"
_PTB = {"-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]", "-LCB-": "{", "-RCB-": "}", "``": '"', "''": '"'}
_PTB_TOKEN = re.compile("|".join(re.escape(t) for t in _PTB))
_SPACE_BEFORE_PUNCT = re.compile(r" +(?=[.,;:!?%)\]}]|n't\b|'s\b|'re\b|'ve\b|'ll\b|'d\b|'m\b)")
_SPACE_AFTER_OPEN = re.compile(r"(?<=[(\[{]) +")
_WORD = re.compile(r"[^\W_](?:[\w'’-]*[^\W_])?")


def normalise_ptb(text: str) -> str:
    """Undo Penn-Treebank tokenisation: ``'a -LRB- b -RRB- ca n't .'`` → ``'a (b) can't.'``."""
    text = _PTB_TOKEN.sub(lambda m: _PTB[m.group()], text.strip())
    text = re.sub(r"\bca n't\b", "can't", text)
    return _SPACE_AFTER_OPEN.sub("", _SPACE_BEFORE_PUNCT.sub("", text))


def word_spans(text: str) -> list[tuple[int, int]]:
    """Offsets of the words the classifier sees (letters/digits, inner apostrophes and hyphens)."""
    return [m.span() for m in _WORD.finditer(text)]


def ngrams(text: str) -> list[str]:
    """Lower-cased word unigrams and bigrams, the features' names: ``'It may rain'`` → 5 n-grams."""
    words = [text[s:e].lower().replace("’", "'") for s, e in word_spans(text)]
    return words + [f"{a} {b}" for a, b in zip(words, words[1:])]


class HedgeClassifier:
    """Logistic regression over TF-IDF n-grams; ``predict_proba`` gives P(uncertain) per sentence."""

    def __init__(self, vocabulary: dict[str, int], idf: np.ndarray, coef: np.ndarray, intercept: float, meta: dict):
        self.vocabulary = vocabulary
        self.idf = idf
        self.coef = coef
        self.intercept = intercept
        self.meta = meta

    @classmethod
    def load(cls, path: str | Path | None = None) -> HedgeClassifier:
        """Read ``vocabulary.json``, ``config.json`` and ``weights.safetensors`` from ``path`` (default: bundled)."""
        folder = Path(path) if path is not None else DEFAULT_PATH
        arrays = load_file(str(folder / "weights.safetensors"))
        vocabulary = json.loads((folder / "vocabulary.json").read_text("utf-8"))
        meta = json.loads((folder / "config.json").read_text("utf-8"))
        return cls(vocabulary, arrays["idf"], arrays["coef"], float(arrays["intercept"][0]), meta)

    def _weights(self, text: str) -> dict[int, float]:
        counts: dict[int, int] = {}
        for gram in ngrams(text):
            index = self.vocabulary.get(gram)
            if index is not None:
                counts[index] = counts.get(index, 0) + 1
        weights = {i: (1.0 + np.log(c)) * self.idf[i] for i, c in counts.items()}
        norm = np.sqrt(sum(w * w for w in weights.values())) or 1.0
        return {i: w / norm for i, w in weights.items()}

    def decision_function(self, sentences: Sequence[str]) -> np.ndarray:
        return np.array([sum(w * self.coef[i] for i, w in self._weights(s).items()) + self.intercept
                         for s in sentences], dtype=np.float64)

    def predict_proba(self, sentences: Sequence[str]) -> np.ndarray:
        """P(uncertain) for each sentence, shape ``(len(sentences),)``."""
        return 1.0 / (1.0 + np.exp(-self.decision_function(sentences)))

    def cue(self, sentence: str) -> tuple[int, int] | None:
        """Offsets in ``sentence`` of the n-gram contributing most to "uncertain" (content words first),
        or None if none does."""
        contributions = {i: w * self.coef[i] for i, w in self._weights(sentence).items()}
        positive = [i for i, c in contributions.items() if c > 0]
        if not positive:
            return None
        content = {i for i in positive if any(w not in ENGLISH_STOP_WORDS for w in self._names[i].split())}
        best = max(positive, key=lambda i: (i in content, contributions[i]))
        spans = word_spans(sentence)
        words = [sentence[s:e].lower().replace("’", "'") for s, e in spans]
        for n in (1, 2):
            for k in range(len(words) - n + 1):
                if " ".join(words[k:k + n]) == self._names[best]:
                    return spans[k][0], spans[k + n - 1][1]
        return None

    @cached_property
    def _names(self) -> list[str]:
        names = [""] * len(self.vocabulary)
        for name, i in self.vocabulary.items():
            names[i] = name
        return names
