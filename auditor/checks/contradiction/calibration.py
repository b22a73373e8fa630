"""The contradiction score of a claim pair: a logistic calibration of its features.

Features (``FEATURES``): P(contradiction) and P(entailment) of the NLI model averaged over both
directions, the larger of the two P(contradiction), the pair's embedding cosine, and one 0/1 feature
per kind of conflict evidence (``evidence.EVIDENCE_TYPES``). ``pair_features`` builds the vector —
the check and ``scripts/calibrate_contradiction.py`` both use it — and ``Calibration`` holds the
weights (``options.calibration`` of the ``contradiction.nli`` rule, fitted on real text by that script).

``best_case`` bounds the score before the NLI directions are known, so the check can skip NLI where
no result could reach the threshold: the score is piecewise linear in the unknown probabilities, so
its maximum is at one of the corners tried.

Example:
    >>> cal = Calibration({"intercept": -2.0, "weights": {"contradiction": 4.0, "similarity": 1.0}})
    >>> round(cal.score(pair_features([{"contradiction": 0.5, "entailment": 0.1}] * 2, 0.8, [])), 4)
    0.69
    >>> round(cal.best_case(pair_features([], 0.8, [])), 4)
    0.9427
"""

from __future__ import annotations

import math

from ..base import names_problem, number_problem
from .evidence import EVIDENCE_TYPES

NLI_FEATURES = ("contradiction", "entailment", "contradiction_max")
FEATURES = NLI_FEATURES + ("similarity",) + EVIDENCE_TYPES
# The corners of one unscored direction's (P(contradiction), P(entailment)).
_CORNERS = ((0.0, 0.0), (1.0, 0.0), (0.0, 1.0))


def pair_features(directions: list[dict], similarity: float, evidence: list[dict]) -> dict[str, float]:
    """Feature values of a pair from its scored NLI directions (0, 1 or 2 probability dicts; an
    unscored direction counts as 0), its cosine and its evidence."""
    contradiction = [d["contradiction"] for d in directions]
    features = {"contradiction": sum(contradiction) / 2,
                "entailment": sum(d["entailment"] for d in directions) / 2,
                "contradiction_max": max(contradiction, default=0.0), "similarity": similarity}
    kinds = {e["type"] for e in evidence}
    features.update({kind: float(kind in kinds) for kind in EVIDENCE_TYPES})
    return features


def calibration_problem(block: dict) -> tuple[str, str] | None:
    """``(setting, problem)`` of the first faulty setting of a calibration block, or None: a number
    ``intercept``, ``weights`` mapping known features (``FEATURES``) to numbers, an optional ``threshold`` in
    [0, 1] and ``held_out`` (figures written by the calibration script).

    >>> calibration_problem({"intercept": -2.0, "weights": {"contradictoin": 1.0}})
    ('weights.contradictoin', 'unknown feature (known: contradiction, entailment, contradiction_max, \
similarity, number, date, entity, age, negation, denial, antonym, evaluation)')
    """
    faulty = names_problem(block, ("intercept", "weights", "threshold", "held_out"), ("intercept", "weights"))
    if faulty:
        return faulty
    if problem := number_problem(block["intercept"]):
        return "intercept", problem
    weights = block["weights"]
    if not isinstance(weights, dict):
        return "weights", f"expected a mapping of feature to weight, got {weights!r}"
    for feature, weight in weights.items():
        if feature not in FEATURES:
            return f"weights.{feature}", f"unknown feature (known: {', '.join(FEATURES)})"
        if problem := number_problem(weight):
            return f"weights.{feature}", problem
    threshold = block.get("threshold")
    if threshold is not None and (problem := number_problem(threshold, 0, 1)):
        return "threshold", problem
    return None


class Calibration:
    """``score(features) = 1 / (1 + exp(-(intercept + Σ weight·feature)))``; features without a weight count 0."""

    def __init__(self, block: dict):
        self.intercept = float(block["intercept"])
        self.weights = {name: float(w) for name, w in block["weights"].items()}
        unknown = set(self.weights) - set(FEATURES)
        if unknown:
            raise ValueError(f"calibration: unknown feature(s) {sorted(unknown)} (known: {', '.join(FEATURES)})")

    def score(self, features: dict[str, float]) -> float:
        z = self.intercept + sum(w * features[name] for name, w in self.weights.items())
        return 1.0 / (1.0 + math.exp(-z))

    def best_case(self, features: dict[str, float], scored: list[dict] | None = None) -> float:
        """The highest score any NLI result for the directions not in ``scored`` could give."""
        scored = scored or []
        missing = 2 - len(scored)
        if missing == 0:
            return self.score(features)
        candidates = [dict(zip(("contradiction", "entailment"), c, strict=True)) for c in _CORNERS]
        if missing == 1:
            known = scored[0]["contradiction"]  # the max feature bends where the other direction equals it
            candidates += [{"contradiction": known, "entailment": 0.0},
                           {"contradiction": known, "entailment": 1 - known}]
            options = [scored + [c] for c in candidates]
        else:
            options = [[c, d] for c in candidates for d in candidates]
        return max(self.score({**features, **{k: v for k, v in pair_features(o, 0.0, []).items() if k in NLI_FEATURES}})
                   for o in options)
