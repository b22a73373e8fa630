"""The multilingual disclosure classifier: logistic regression over character n-grams, in plain numpy.

Features are those of scikit-learn's ``TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5),
sublinear_tf=True)``: the lower-cased text's words, each padded with a space, cut into 2- to
5-character pieces; a piece's weight is ``(1 + log count) * idf``, and the row is L2-normalised.
Pieces are shared across languages and scripts (" ai ", "ki-", "ia ", "ai로", "人工智", "chatg",
"generat", "généré", "generiert", "생성"), which is the point: the English sentence encoder does not
read other languages. Files in ``auditor/models/disclosure-char-ngrams`` (written by
``scripts/train_disclosure_classifier.py --char``): ``vocabulary.json`` (the n-grams, in column
order), ``weights.safetensors`` (``idf`` (features,), ``coef`` (classes, features), ``intercept``
(classes,)) and ``config.json`` (classes, n-gram range, threshold, figures); no scikit-learn at run time.

Example:
    >>> char_ngrams("KI-Text", 2, 3)
    [' k', 'ki', 'i-', '-t', 'te', 'ex', 'xt', 't ', ' ki', 'ki-', 'i-t', '-te', 'tex', 'ext', 'xt ']
    >>> clf = CharNgramClassifier.load()  # doctest: +SKIP
    >>> clf.predict(["Dieser Artikel wurde mit KI erstellt."])[0].kind  # doctest: +SKIP
    'generated'
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np
from safetensors.numpy import load_file

from .classifier import DISCLOSURE_KINDS, SentenceScore

DEFAULT_CHAR_PATH = Path(__file__).resolve().parents[2] / "models" / "disclosure-char-ngrams"
_WHITE_SPACES = re.compile(r"\s\s+")


def char_ngrams(text: str, min_n: int, max_n: int) -> list[str]:
    """The ``char_wb`` n-grams of ``text`` (lower-cased), in scikit-learn's order."""
    ngrams = []
    for word in _WHITE_SPACES.sub(" ", text.lower()).split():
        word = f" {word} "
        for n in range(min_n, max_n + 1):
            if len(word) <= n:
                ngrams.append(word)  # a short word counts once
                break
            ngrams += [word[i:i + n] for i in range(len(word) - n + 1)]
    return ngrams


class CharNgramClassifier:
    """Softmax regression on TF-IDF character n-grams; ``predict`` gives a ``SentenceScore`` per text."""

    def __init__(self, vocabulary: Sequence[str], idf: np.ndarray, coef: np.ndarray, intercept: np.ndarray,
                 meta: dict):
        self.index = {gram: i for i, gram in enumerate(vocabulary)}
        self.idf = idf.astype(np.float64)
        self.coef = coef.astype(np.float64)
        self.intercept = intercept.astype(np.float64)
        self.meta = meta
        self.classes = list(meta["classes"])
        self.ngram_range = tuple(meta["ngram_range"])
        self._kinds = [self.classes.index(k) for k in DISCLOSURE_KINDS]
        self._leak = self.classes.index("leak")

    @classmethod
    def load(cls, path: str | Path | None = None) -> CharNgramClassifier:
        """Read the three files from ``path`` (default: the bundled model)."""
        return _load(str(Path(path) if path is not None else DEFAULT_CHAR_PATH))

    def features(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """``(columns, values)``: the non-zero TF-IDF features of ``text`` (L2-normalised)."""
        counts = Counter(self.index[g] for g in char_ngrams(text, *self.ngram_range) if g in self.index)
        columns = np.fromiter(counts, dtype=np.int64, count=len(counts))
        values = (1.0 + np.log(np.fromiter(counts.values(), dtype=np.float64, count=len(counts)))) * self.idf[columns]
        norm = np.sqrt(values @ values)
        return columns, values / norm if norm else values

    def probabilities(self, texts: Sequence[str]) -> np.ndarray:
        """Class probabilities (n, classes)."""
        logits = np.tile(self.intercept, (len(texts), 1))
        for row, text in enumerate(texts):
            columns, values = self.features(text)
            logits[row] += self.coef[:, columns] @ values
        logits -= logits.max(axis=1, keepdims=True)
        exp = np.exp(logits)
        return exp / exp.sum(axis=1, keepdims=True)

    def predict(self, texts: Sequence[str]) -> list[SentenceScore]:
        """Scores of ``texts``: P(disclosure) summed over the kinds, P(leak), likeliest kind and label."""
        scores = []
        for row in self.probabilities(texts) if texts else []:
            kinds = row[self._kinds]
            scores.append(SentenceScore(float(kinds.sum()), float(row[self._leak]),
                                        DISCLOSURE_KINDS[int(kinds.argmax())], self.classes[int(row.argmax())]))
        return scores


@lru_cache(maxsize=4)
def _load(folder: str) -> CharNgramClassifier:
    arrays = load_file(str(Path(folder) / "weights.safetensors"))
    meta = json.loads((Path(folder) / "config.json").read_text("utf-8"))
    vocabulary = json.loads((Path(folder) / "vocabulary.json").read_text("utf-8"))
    return CharNgramClassifier(vocabulary, arrays["idf"], arrays["coef"], arrays["intercept"], meta)
