"""The contradiction check measured: on real text (ChatProtect dev pairs) and on the team's fixtures.

Real text (default): the ChatProtect self-contradiction pairs (../shared/data/contradiction, see
auditor/evaluation/chatprotect.py for the tuning/held-out split by topic) in document mode — context +
sentence_a + sentence_b audited as one article; a hit is one finding linking a span overlapping each
sentence. Prints, per split, how many contradictions survive each stage (claim extraction, candidate
pairing, the NLI bound, the threshold), precision/recall/F1/balanced accuracy and ROC AUC (the
unbounded calibrated score of the best linking pair; 0 when extraction or pairing lost it), beside
the NLI model alone in pair mode, and findings per 1,000 words on the dev contexts alone. NLI results
and embeddings are cached under runs/contradiction/ (first run ~20 minutes on 2 shared cores, then ~1 minute).
The measures are ``auditor/evaluation/contradiction.py``; this script prints them.

Fixtures (``--fixtures``): fixtures/contradiction, 40 team-written articles (a regression test, not
evidence). Article level: an article is flagged when the check reports any contradiction; pair
level: a finding is correct when its two spans overlap the two planted claims.

    python scripts/eval_contradiction.py [--part held-out|tuning|all] [--threshold T] [--sweep] [--json]
    python scripts/eval_contradiction.py --clean-wikipedia   # also false alarms on clean real Wikipedia text
    python scripts/eval_contradiction.py --fixtures [--threshold T]
    python scripts/eval_contradiction.py --long-documents [500 1000 2500]   # the threshold by length, tuning text
    python scripts/eval_contradiction.py --part tuning --cross-fit MODEL_A MODEL_B   # each half with the other's model
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from auditor import Auditor, Config
from auditor.checks.contradiction import ContradictionCheck
from auditor.evaluation.chatprotect import DATA, cached_check, load_rows
from auditor.evaluation.contradiction import (clean_news, clean_stories, clean_wikipedia, evaluate, evaluate_dev,
                                              false_alarms, length_balanced_accuracy, length_study, length_tuning_pool,
                                              mnli_selection_pairs, print_dev)
from auditor.evaluation import run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threshold", type=float, default=None,
                        help="the check's threshold (default: the calibrated one in the rule)")
    parser.add_argument("--nli-model", default=None, help="NLI model directory or hub id (default: bundled)")
    parser.add_argument("--fixtures", action="store_true",
                        help="the team-written fixture articles instead of real text")
    parser.add_argument("--part", choices=("held-out", "tuning", "all"), default="held-out")
    parser.add_argument("--data", type=Path, default=None,
                        help="chatprotect_dev.csv (default: ../shared/data/contradiction/)")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--clean-wikipedia", action="store_true",
                        help="also count false alarms on 40 clean ~500-word pseudo-articles of WikiWeasel sentences")
    parser.add_argument("--clean-news", action="store_true",
                        help="also count false alarms on the measured half of the FactBank news documents "
                             "(../shared/data/hedge/factbank_news_dev.json, read only)")
    parser.add_argument("--clean-stories", action="store_true",
                        help="also count false alarms on the measured half of fixtures/stories (public-domain fiction)")
    parser.add_argument("--sweep", action="store_true",
                        help="also print pair F1 and document balanced accuracy for thresholds 0.5-0.9")
    parser.add_argument("--cross-fit", nargs=2, metavar=("MODEL_A", "MODEL_B"),
                        help="NLI models adapted on tuning halves a and b (scripts/adapt_nli.py --fold): each tuning "
                             "row is scored with the other half's model, so the shipped model, adapted on the whole "
                             "tuning part, is not judged on the topics it was trained on (with --part tuning)")
    parser.add_argument("--long-documents", type=int, nargs="*", metavar="WORDS",
                        help="instead: how the threshold should rise with length (option long_documents), on clean "
                             "tuning text joined to these sizes (default 500 1000 2500), with and without a planted "
                             "ChatProtect tuning contradiction or MultiNLI pair; ~20 minutes the first time")
    args = parser.parse_args()
    options = {"model": args.nli_model, **({} if args.threshold is None else {"threshold": args.threshold})}
    auditor = Auditor(Config(checks=("contradiction",), options={"contradiction.nli": options}))
    args.threshold = auditor.checks[0].threshold
    if args.long_documents is not None:
        [check] = auditor.checks
        nli, embedder = cached_check(check, args.nli_model)
        rows = [r for r in load_rows(args.data or DATA) if r.part == "tuning"]
        study = length_study(check, rows, args.long_documents or [500, 1000, 2500], length_tuning_pool(),
                             mnli=mnli_selection_pairs())
        nli.save(), embedder.save()
        print_length_study(study, check)
        return
    if not args.fixtures:
        [check] = auditor.checks
        nli, embedder = cached_check(check, args.nli_model)
        rows = [r for r in load_rows(args.data or DATA) if args.part in ("all", r.part)]
        if args.cross_fit and args.part != "tuning":
            parser.error("--cross-fit scores the tuning part only (--part tuning)")
        folds = _fold_checks(args.cross_fit, options) if args.cross_fit else None
        result, alarms = evaluate_dev(check, rows, nli, folds), false_alarms(check, rows, folds)
        for _, fold_nli in (folds or {}).values():
            fold_nli.save()
        wiki = clean_wikipedia(auditor) if args.clean_wikipedia else None
        news = clean_news(auditor) if args.clean_news else None
        stories = clean_stories(auditor) if args.clean_stories else None
        nli.save(), embedder.save()
        if args.json:
            print(json.dumps({"dev": result, "false_alarms": alarms, "clean_wikipedia": wiki, "clean_news": news,
                              "clean_stories": stories}, indent=2))
            return
        print_dev(result, alarms, args.threshold, args.part, args.sweep)
        for name, counts in (("clean Wikipedia pseudo-articles", wiki),
                             ("FactBank news documents, measured half", news),
                             ("public-domain fiction chunks, measured half", stories)):
            if counts:
                print(f"{name}: {counts['flagged']} of {counts['documents']} flagged, {counts['findings']} findings "
                      f"in {counts['words']:,} words ({counts['per_1000_words']:.2f} per 1,000)")
        return
    result = evaluate(auditor)
    if args.json:
        print(json.dumps(result, indent=2, ensure_ascii=False))
        return
    for f in result["findings"]:
        verdict = "OK " if f["correct"] else "BAD"
        print(f"{verdict} {f['score']:.3f} {f['article']}: {f['claim'][:60]!r} <> {f['other'][:60]!r}")
    print(f"articles={result['articles']} threshold={args.threshold}")
    print(f"article level: precision {result['article_precision']:.3f} recall {result['article_recall']:.3f} "
          f"(tp {result['tp']} fp {result['fp']} fn {result['fn']} tn {result['tn']})")
    print(f"pair level:    precision {result['pair_precision']:.3f} recall {result['pair_recall']:.3f} "
          f"(tp {result['pair_tp']} fp {result['pair_fp']} fn {result['pair_fn']})")


def _fold_checks(models: list[str], options: dict) -> dict:
    """``{"a": (check, nli), "b": (check, nli)}``: a contradiction check with each fold model (cached NLI)."""
    folds = {}
    for name, model in zip("ab", models, strict=True):
        config = Config(checks=("contradiction",), options={"contradiction.nli": {**options, "model": model}})
        [check] = Auditor(config).checks
        folds[name] = (check, cached_check(check, model)[0])
    return folds


def print_length_study(study: dict, check) -> None:
    """Document-level balanced accuracy by size for two kinds of planted contradiction — ChatProtect's (mostly a
    name, date or figure changed) and MultiNLI's (negation, antonym, paraphrase) — under the shipped threshold
    schedule, flat thresholds (also below the base, stop 48) and ramps from the shipped base threshold to other
    ceilings, with the share of clean documents each flags (docs/quality.md, "Stop 38": a lower ceiling finds more
    MultiNLI contradictions and flags more clean text)."""
    ramp = check.long_documents or {}
    base = check.threshold
    schedules = {f"{t} everywhere": (lambda pairs, t=t: t) for t in (0.6, 0.65, base, 0.75, 0.8, 0.9)}
    for top in (0.725, 0.75, 0.775, 0.8, 0.85, 0.9):
        for to in (60, 120):
            options = {"from_pairs": 40, "to_pairs": to, "threshold": top}
            schedules[f"{base} -> {top} from 40 to {to} pairs"] = _schedule(base, options)
    schedules[f"as shipped: long_documents {ramp or None}"] = check.threshold_for
    sizes = list(study)
    print("clean tuning documents; document-level balanced accuracy (planted flagged, consistent flagged) for a "
          "ChatProtect tuning contradiction in the middle / a MultiNLI contradiction split over the document")
    print("| threshold | " + " | ".join(f"{size:,} words ({len(study[size]['clean'])} documents)" for size in sizes)
          + " | mean ChatProtect | mean MultiNLI | mean of both |")
    print("|---|" + "---|" * (len(sizes) + 3))
    for name, threshold_for in schedules.items():
        result = length_balanced_accuracy(study, threshold_for)
        cells = [f"{r['balanced_accuracy']:.3f} ({r['planted_flagged']:.2f}, {r['clean_flagged']:.2f}) / "
                 f"{r['mnli_balanced_accuracy']:.3f} ({r['mnli_planted_flagged']:.2f}, "
                 f"{r['mnli_consistent_flagged']:.2f})"
                 for r in result.values()]
        means = [sum(r[key] for r in result.values()) / len(result)
                 for key in ("balanced_accuracy", "mnli_balanced_accuracy", "mean_balanced_accuracy")]
        print(f"| {name} | " + " | ".join(cells) + " | " + " | ".join(f"{m:.3f}" for m in means) + " |")


def _schedule(base: float, options: dict):
    """``threshold_for`` of a check with base threshold ``base`` and ``long_documents`` ``options``."""
    check = ContradictionCheck.__new__(ContradictionCheck)
    check.threshold, check.long_documents = base, options
    return check.threshold_for


if __name__ == "__main__":
    run(main)
