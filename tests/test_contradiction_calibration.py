"""The calibration: its exact NLI bound, and the default threshold the calibration script chose."""

import itertools
import random

import pytest

from auditor import Auditor, Config
from auditor.checks.contradiction.calibration import FEATURES, Calibration, pair_features
from auditor.rules import RuleSet

RULE = RuleSet().all["contradiction.nli"]


def test_default_threshold_is_the_one_chosen_on_real_dev_text():
    block = RULE.options["calibration"]
    assert "threshold" not in RULE.options  # the check's default is the calibrated one
    [check] = Auditor(Config(checks=("contradiction",))).checks
    assert check.threshold == block["threshold"]
    assert set(block["weights"]) == set(FEATURES)
    assert set(block["held_out"]) >= {"validation", "popqa", "popqa_contriever"}


@pytest.mark.parametrize("seed", range(20))
def test_best_case_bounds_every_nli_result_and_is_reached(seed):
    rng = random.Random(seed)
    calibration = Calibration({"intercept": rng.uniform(-3, 1),
                               "weights": {name: rng.uniform(-3, 3) for name in FEATURES}})
    evidence = [{"type": "number", "values": ["1", "2"]}] if seed % 2 else []
    similarity = rng.uniform(0, 1)

    def direction(c, e):
        return {"contradiction": c, "entailment": e, "neutral": 1 - c - e}

    grid = [direction(c / 4, e / 4) for c, e in itertools.product(range(5), repeat=2) if c + e <= 4]
    first = direction(0.25, 0.5)  # on the grid, like the corner where the max feature bends
    scores = [calibration.score(pair_features([first, d], similarity, evidence)) for d in grid]
    bound = calibration.best_case(pair_features([first], similarity, evidence), [first])
    assert max(scores) <= bound + 1e-12 and max(scores) == pytest.approx(bound)
    both = [calibration.score(pair_features([d1, d2], similarity, evidence)) for d1 in grid for d2 in grid]
    assert max(both) == pytest.approx(calibration.best_case(pair_features([], similarity, evidence)))


def test_the_fit_never_lets_conflict_evidence_count_against_a_contradiction():
    """scripts/calibrate_contradiction.py ``fit``: negation seen more often in consistent pairs than in
    contradictions gets weight 0, not a negative one; the NLI features are fitted freely."""
    from conftest import load_script

    fit = load_script("calibrate_contradiction").fit
    rng = random.Random(0)
    samples = []
    for k in range(400):
        label = k % 2 == 0
        features = dict.fromkeys(FEATURES, 0.0)
        features.update(contradiction=rng.uniform(0.4, 1.0) if label else rng.uniform(0.0, 0.6),
                        entailment=rng.uniform(0.0, 0.3), similarity=rng.uniform(0.3, 0.9),
                        negation=float(rng.random() < (0.1 if label else 0.4)))
        features["contradiction_max"] = features["contradiction"]
        samples.append(("popqa", label, features))
    block = fit(samples)
    assert block["weights"]["negation"] == 0.0
    assert block["weights"]["contradiction"] > 0 and block["support"]["negation"] > 20
