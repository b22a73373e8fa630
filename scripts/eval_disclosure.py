"""Precision/recall of the disclosure and leak checks on the labelled set, per split and category.

Each row of ``fixtures/disclosure/sentences.csv`` (columns ``text, expected_rule, kind, span, split,
note``) is audited alone with the disclosure and leak checks. A positive row is found when a finding
of ``expected_rule`` has exactly the text ``span`` (empty span: the whole row text). A negative row
(empty ``expected_rule``) is a false positive for each category, disclosure or leak, that fires on it;
a positive row is a false positive for each category that fires on it without the expected finding.
Kind accuracy: of the disclosure positives whose sentence some disclosure finding covers, the share
reporting the expected kind.

Example:
    python scripts/eval_disclosure.py            # table plus the list of errors
    python scripts/eval_disclosure.py --json     # the same figures as JSON
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

from auditor.engine import Auditor

DEFAULT_SET = Path(__file__).resolve().parent.parent / "fixtures" / "disclosure" / "sentences.csv"
CATEGORIES = ("disclosure", "leak")


def load_rows(path: Path) -> list[dict]:
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def evaluate(rows: list[dict]) -> dict:
    """``{split: {category: counts and scores}}`` plus ``errors``: the rows scored wrong."""
    auditor = Auditor({"checks": list(CATEGORIES)})
    tallies: dict = {}
    errors = []
    for row in rows:
        findings = auditor.audit(row["text"]).findings
        expected, span = row["expected_rule"], row["span"] or row["text"]
        for category in CATEGORIES:
            fired = [f for f in findings if f.category == category]
            tally = tallies.setdefault(row["split"], {}).setdefault(category, dict.fromkeys(
                ("tp", "fn", "fp", "negatives", "kind_right", "kind_scored"), 0))
            mine = expected.startswith(category + ".")
            hit = mine and any(f.rule == expected and f.text == span for f in fired)
            tally["negatives"] += not expected
            if mine:
                tally["tp" if hit else "fn"] += 1
            if fired and not hit:
                tally["fp"] += 1
            if mine and category == "disclosure":
                kinds = [f.details["kind"] for f in fired if f.text == span]
                if kinds:
                    tally["kind_scored"] += 1
                    tally["kind_right"] += kinds[0] == row["kind"]
            if (mine and not hit) or (fired and not hit):
                errors.append({"split": row["split"], "category": category, "text": row["text"],
                               "expected": expected or "-", "span": span if mine else "",
                               "got": [(f.rule, f.text) for f in fired]})
    for categories in tallies.values():
        for tally in categories.values():
            tally.update(_scores(tally))
    return {"splits": tallies, "errors": errors}


def _scores(tally: dict) -> dict:
    tp, fn, fp = tally["tp"], tally["fn"], tally["fp"]
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    kind = tally["kind_right"] / tally["kind_scored"] if tally["kind_scored"] else None
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
            "kind_accuracy": None if kind is None else round(kind, 4)}


def render(result: dict) -> str:
    lines = [f"{'split':<6} {'category':<11} {'tp':>4} {'fn':>4} {'fp':>4} {'neg':>4}  "
             f"{'precision':>9} {'recall':>7} {'f1':>6} {'kind acc':>8}"]
    for split, categories in sorted(result["splits"].items()):
        for category, t in categories.items():
            kind = "" if t["kind_accuracy"] is None else f"{t['kind_accuracy']:.3f}"
            lines.append(f"{split:<6} {category:<11} {t['tp']:>4} {t['fn']:>4} {t['fp']:>4} {t['negatives']:>4}  "
                         f"{t['precision']:>9.3f} {t['recall']:>7.3f} {t['f1']:>6.3f} {kind:>8}")
    if result["errors"]:
        lines.append("\nerrors:")
    for e in result["errors"]:
        lines.append(f"[{e['split']}/{e['category']}] expected {e['expected']} {e['span']!r}\n"
                     f"    text: {e['text']!r}\n    got:  {e['got']}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("csv", nargs="?", type=Path, default=DEFAULT_SET, help="labelled set (default: %(default)s)")
    parser.add_argument("--json", action="store_true", help="print the figures and errors as JSON")
    args = parser.parse_args(argv)
    result = evaluate(load_rows(args.csv))
    print(json.dumps(result, indent=2, ensure_ascii=False) if args.json else render(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
