#!/usr/bin/env python
"""Score the hedge check on real annotated sentences: is a sentence flagged (any hedge finding)?

Sets: the WikiWeasel held-out ``test`` split (or ``--split dev``, where thresholds are chosen) and
FactBank news speculation from ``../shared`` (``--data``; measure only: modal + doxastic cues, condition-
and "whether"-only sentences left out, as ``../shared/tools/real-scoreboard.py`` counts). Each sentence is
audited alone through the public API with the ``hedge`` check, once, with the model threshold at 0; the
configured (or swept) threshold is then applied to the findings' ``model_score``, as the check applies it
(the model scores all sentences first in large batches, which gives the same scores)::

    python scripts/eval_hedge.py                       # both sets, the shipped threshold
    python scripts/eval_hedge.py --split dev --sweep   # the tables the threshold was chosen from

Prints precision/recall/F1 of the sentence decision (and of a naive 25-word lexicon, for scale); per severity
(sentences with a finding of that severity or stronger); per rule and severity (precision of the sentences it
flags, and how many).
"""

from __future__ import annotations

import argparse
import re
from collections import defaultdict
from pathlib import Path

from auditor import Auditor
from auditor.checks.hedge import MODEL_RULE, HedgeModel
from auditor.document import Document
from auditor.evaluation.hedge import FACTBANK, WEASEL, load_factbank, load_weasel
from auditor.evaluation.metrics import rates
from auditor.findings import SEVERITIES
from auditor.evaluation import run

THRESHOLDS = (0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8)
# A naive baseline for scale (issue 15 compares the check with "a 25-word naive lexicon"): a sentence is hedged when it
# has one of these words. Written once from the usual hedge cues, never tuned on any set.
NAIVE_LEXICON = ("may", "might", "could", "possibly", "possible", "probably", "likely", "perhaps", "suggest",
                 "suggests", "suggested", "appear", "appears", "seem", "seems", "believe", "believed", "believes",
                 "thought", "some", "many", "often", "reportedly", "allegedly", "unclear")
NAIVE = re.compile(r"\b(?:" + "|".join(NAIVE_LEXICON) + r")\b", re.IGNORECASE)


def audit_all(texts: list[str], rules_only: bool = False, model: Path | None = None) -> list[list]:
    """Hedge findings of each text with model threshold 0, so any threshold can be applied afterwards;
    ``model``: another model folder (option ``model`` of rule ``hedge.classifier``)."""
    options = {"threshold": 0.0, **({} if model is None else {"model": str(model.resolve())})}
    auditor = Auditor({"checks": ["hedge"], "options": {MODEL_RULE: options},
                       "disable": [MODEL_RULE] if rules_only else []})
    if not rules_only:  # score every sentence of every text in big batches first (same model, same scores)
        check = auditor.checks[0]
        sentences = sorted({s.text for t in texts for s in Document(t).sentences})
        scored = dict(zip(sentences, check.model.score(sentences), strict=True))
        check.model.score = lambda batch: [scored[s] for s in batch]
    return [auditor.audit(t).findings for t in texts]


def decide(findings, threshold: float) -> list[tuple[str, str]]:
    """``(rule, severity)`` of the findings the check reports at this model threshold."""
    kept = [(f.rule, f.severity) for f in findings if f.rule != MODEL_RULE]
    if kept:
        return kept
    model_score = max((f.details.get("model_score", 0.0) for f in findings), default=0.0)
    return [(MODEL_RULE, "info")] if model_score >= threshold else []


def prf(gold: list[int], flagged: list[bool]) -> dict[str, float]:
    """``rates`` plus how many sentences are flagged."""
    result = rates(gold, flagged)
    return {**result, "flagged": result["tp"] + result["fp"]}


def report(name: str, gold: list[int], findings: list[list], threshold: float, sweep: bool,
           texts: list[str]) -> None:
    decided = [decide(fs, threshold) for fs in findings]
    total = prf(gold, [bool(d) for d in decided])
    rules = prf(gold, [any(r != MODEL_RULE for r, _ in d) for d in decided])
    print(f"\n## {name}: {len(gold)} sentences, {sum(gold)} hedged; model threshold {threshold}")
    print(f"all findings: P {total['precision']:.3f} R {total['recall']:.3f} F1 {total['f1']:.3f}")
    print(f"rules only:   P {rules['precision']:.3f} R {rules['recall']:.3f} F1 {rules['f1']:.3f}")
    naive = prf(gold, [bool(NAIVE.search(t)) for t in texts])
    print(f"naive {len(NAIVE_LEXICON)}-word lexicon: P {naive['precision']:.3f} R {naive['recall']:.3f} "
          f"F1 {naive['f1']:.3f}")
    print("| severity (or stronger) | sentences flagged | precision | recall | F1 |\n|---|---|---|---|---|")
    for level in ("warning", "info"):
        s = prf(gold, [any(SEVERITIES.index(v) >= SEVERITIES.index(level) for _, v in d) for d in decided])
        print(f"| {level} | {s['flagged']} | {s['precision']:.3f} | {s['recall']:.3f} | {s['f1']:.3f} |")
    by_rule: dict[tuple[str, str], list[int]] = defaultdict(list)
    for g, d in zip(gold, decided, strict=True):
        for key in set(d):
            by_rule[key].append(g)
    print("| rule | severity | sentences flagged | precision |\n|---|---|---|---|")
    for (rule, severity), labels in sorted(by_rule.items()):
        print(f"| {rule} | {severity} | {len(labels)} | {sum(labels) / len(labels):.3f} |")
    if sweep:
        print("| model threshold | P | R | F1 |\n|---|---|---|---|")
        for t in THRESHOLDS:
            c = prf(gold, [bool(decide(fs, t)) for fs in findings])
            print(f"| {t} | {c['precision']:.3f} | {c['recall']:.3f} | {c['f1']:.3f} |")


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sets", nargs="+", choices=("weasel", "factbank"), default=["weasel", "factbank"])
    parser.add_argument("--weasel", type=Path, default=WEASEL)
    parser.add_argument("--split", choices=("train", "dev", "test"), default="test")
    parser.add_argument("--data", type=Path, default=FACTBANK, help="FactBank dev JSON (measure only)")
    parser.add_argument("--model", type=Path, help="a hedge model folder (default: the bundled one)")
    parser.add_argument("--threshold", type=float, help="model threshold (default: the model's own)")
    parser.add_argument("--rules-only", action="store_true", help="without the model")
    parser.add_argument("--sweep", action="store_true", help="also print a table of model thresholds")
    args = parser.parse_args(argv)
    threshold = args.threshold
    if threshold is None:
        threshold = 1.01 if args.rules_only else HedgeModel.load(args.model).threshold
    sets = []
    if "weasel" in args.sets:
        rows = [r for r in load_weasel(args.weasel) if r["split"] == args.split]
        sets.append((f"WikiWeasel {args.split} split", rows))
    if "factbank" in args.sets:
        sets.append(("FactBank speculation (shared dev half, measure only)", load_factbank(args.data)))
    for name, rows in sets:
        findings = audit_all([r["text"] for r in rows], args.rules_only, args.model)
        report(name, [r["label"] for r in rows], findings, threshold, args.sweep, [r["text"] for r in rows])


if __name__ == "__main__":
    run(main)
