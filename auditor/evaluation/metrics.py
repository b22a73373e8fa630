"""Precision, recall, F1 and balanced accuracy of a yes/no decision against gold labels, for every
evaluation and training script.

Example:
    >>> rates([True, True, False, False], [True, False, True, False])["balanced_accuracy"]
    0.5
"""

from __future__ import annotations

from collections.abc import Sequence


def rates(gold: Sequence, predicted: Sequence) -> dict:
    """Precision, recall, F1, balanced accuracy and the four counts of boolean predictions (an empty
    denominator gives 0)."""
    tp = sum(bool(g and p) for g, p in zip(gold, predicted, strict=True))
    fp = sum(bool(p and not g) for g, p in zip(gold, predicted, strict=True))
    fn = sum(bool(g and not p) for g, p in zip(gold, predicted, strict=True))
    tn = len(gold) - tp - fp - fn
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    specificity = tn / (tn + fp) if tn + fp else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "balanced_accuracy": (recall + specificity) / 2,
            "tp": tp, "fp": fp, "fn": fn, "tn": tn}
