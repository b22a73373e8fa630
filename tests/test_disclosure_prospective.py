"""The prospective record of the disclosure rules (each found batch as the rules stood before it) and the
classifier-threshold simulation that reads it (scripts/train_disclosure_classifier.py)."""

import json

import numpy as np
import pytest
from conftest import ROOT, load_script

from auditor.evaluation.disclosure import found_sets, load_rows

train = load_script("train_disclosure_classifier")
flags = load_script("prospective_rule_flags")


def test_prospective_flags_name_every_found_row_and_its_batch_commit():
    record = json.loads(train.PROSPECTIVE.read_text("utf-8"))
    batches = found_sets()
    assert set(record["commits"]) == {path.name for path in batches}
    assert all(len(commit) == 40 for commit in record["commits"].values())
    assert set(record["flags"]) == {row["id"] for path in batches for row in load_rows(path)}


def test_prospective_flags_say_the_rules_missed_most_new_wording():
    """Rules that had not seen a batch flagged about a third of its rows (README: recall 0.368 on positives)."""
    flags = json.loads(train.PROSPECTIVE.read_text("utf-8"))["flags"]
    assert 0.2 < sum(flags.values()) / len(flags) < 0.5


def probabilities(disclosure: float, leak: float) -> np.ndarray:
    """One sentence's class probabilities: ``disclosure`` on the first kind, ``leak``, the rest negative."""
    row = np.zeros(len(train.CLASSES))
    row[train.CLASSES.index("leak")], row[2] = leak, disclosure
    row[0] = 1 - disclosure - leak
    return row


def test_simulate_uses_the_earlier_rules_and_counts_what_the_classifier_adds():
    rows = [{"id": "a", "label": "disclosure"}, {"id": "b", "label": "negative"},
            {"id": "c", "label": "negative"}, {"id": "d", "label": "disclosure"}, {"id": "e", "label": "leak"},
            {"id": "f", "label": "disclosure"}]
    cands = [{"ruled": True, "candidates": {}}] * len(rows)  # today's rules flag everything
    probs = [{"disclosure": [(probabilities(0.97, 0.0), True)], "leak": []},   # a: found by the classifier
             {"disclosure": [(probabilities(0.96, 0.01), True)], "leak": []},  # b: a negative the classifier adds
             {"disclosure": [], "leak": []},                                    # c: flagged by the earlier rules
             {"disclosure": [(probabilities(0.5, 0.0), True)], "leak": []},    # d: missed by both
             {"disclosure": [], "leak": [(probabilities(0.0, 0.99), True)]},   # e: not in the record, skipped
             {"disclosure": [(probabilities(0.97, 0.0), False)], "leak": []}]  # f: other text, its threshold 0.98
    earlier = {"a": False, "b": False, "c": True, "d": False, "f": False}
    thresholds = train.as_thresholds((0.95, 0.95, 0.98, train.OFF))
    result = train.simulate(rows, cands, probs, thresholds, earlier)
    assert {k: result[k] for k in ("tp", "fn", "fp", "negatives", "added_fp")} == {
        "tp": 1, "fn": 2, "fp": 2, "negatives": 2, "added_fp": 1}
    today = train.simulate(rows, cands, probs, thresholds)
    assert (today["tp"], today["fn"], today["fp"], today["added_fp"]) == (4, 0, 2, 0)
    other = train.simulate(rows, cands, probs, train.as_thresholds((0.95, 0.95, 0.95, train.OFF)), earlier)
    assert (other["tp"], other["fn"]) == (2, 1)


def test_recorded_commits_are_the_commits_that_added_each_batch():
    if not (ROOT / ".git").exists():
        pytest.skip("not a git checkout: the batches' commits cannot be looked up")
    record = json.loads(train.PROSPECTIVE.read_text("utf-8"))["commits"]
    assert [flags.batch_number(path) for path in sorted(found_sets(), key=flags.batch_number)][:3] == [1, 2, 3]
    assert {path.name: flags.adding_commit(path) for path in found_sets()} == record


def test_recording_from_a_later_batch_keeps_the_earlier_batches_as_recorded():
    record = json.loads(train.PROSPECTIVE.read_text("utf-8"))
    commits, kept = flags._kept(3)
    assert commits == {name: record["commits"][name] for name in ("found_statements.csv", "found_statements_2.csv")}
    earlier = {row["id"] for name in commits for row in load_rows(flags.FIXTURES / name)}
    assert kept == {row_id: flag for row_id, flag in record["flags"].items() if row_id in earlier}
    assert len(kept) == len(earlier) > 100
    assert flags._kept(1) == ({}, {})
