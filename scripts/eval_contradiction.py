"""Precision/recall of the contradiction check on the labelled corpus in fixtures/contradiction.

Article level: an article is flagged when the check reports any contradiction; it is a true
positive when the article has a planted contradiction. Pair level: a finding is correct when its
two spans overlap the two planted claims (either order); recall counts planted pairs found.

    python scripts/eval_contradiction.py [--json] [--threshold 0.6]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from auditor import Auditor, Config

CORPUS = Path(__file__).resolve().parent.parent / "fixtures" / "contradiction"


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def planted_spans(text: str, label: dict) -> list[tuple[int, int]]:
    return [(text.index(claim), text.index(claim) + len(claim)) for claim in label["claims"]]


def matches(finding, planted: list[tuple[int, int]]) -> bool:
    spans = [(finding.start, finding.end), tuple(finding.related[0])]
    return (overlaps(spans[0], planted[0]) and overlaps(spans[1], planted[1])) or \
           (overlaps(spans[0], planted[1]) and overlaps(spans[1], planted[0]))


def evaluate(auditor: Auditor, corpus: Path = CORPUS) -> dict:
    """Counts and rates at article and pair level, plus every finding for inspection."""
    labels = json.loads((corpus / "labels.json").read_text("utf-8"))
    counts = dict.fromkeys(["tp", "fp", "fn", "tn", "pair_tp", "pair_fp", "pair_fn"], 0)
    findings = []
    for name, label in sorted(labels.items()):
        text = (corpus / "articles" / name).read_text("utf-8")
        report = auditor.audit(text, source=name)
        found = [f for f in report.findings if f.category == "contradiction"]
        planted = planted_spans(text, label) if label else None
        counts[("tp" if found else "fn") if planted else ("fp" if found else "tn")] += 1
        hits = [f for f in found if planted and matches(f, planted)]
        counts["pair_tp"] += bool(hits)
        counts["pair_fn"] += bool(planted) and not hits
        counts["pair_fp"] += len(found) - len(hits)
        findings += [{"article": name, "score": f.score, "correct": f in hits, "claim": f.text,
                      "other": text[slice(*f.related[0])]} for f in found]
    rate = lambda a, b: round(a / (a + b), 4) if a + b else 0.0  # noqa: E731
    return {
        "articles": len(labels),
        "article_precision": rate(counts["tp"], counts["fp"]), "article_recall": rate(counts["tp"], counts["fn"]),
        "pair_precision": rate(counts["pair_tp"], counts["pair_fp"]), "pair_recall": rate(counts["pair_tp"], counts["pair_fn"]),
        **counts, "findings": findings,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threshold", type=float, default=Config.contradiction_threshold)
    parser.add_argument("--nli-model", default=None, help="NLI model directory or hub id (default: bundled)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    auditor = Auditor(Config(checks=("contradiction",), contradiction_threshold=args.threshold, nli_model=args.nli_model))
    result = evaluate(auditor)
    if args.json:
        print(json.dumps(result, indent=2, ensure_ascii=False))
        return
    for f in result["findings"]:
        print(f"{'OK ' if f['correct'] else 'BAD'} {f['score']:.3f} {f['article']}: {f['claim'][:60]!r} <> {f['other'][:60]!r}")
    print(f"articles={result['articles']} threshold={args.threshold}")
    print(f"article level: precision {result['article_precision']:.3f} recall {result['article_recall']:.3f} "
          f"(tp {result['tp']} fp {result['fp']} fn {result['fn']} tn {result['tn']})")
    print(f"pair level:    precision {result['pair_precision']:.3f} recall {result['pair_recall']:.3f} "
          f"(tp {result['pair_tp']} fp {result['pair_fp']} fn {result['pair_fn']})")


if __name__ == "__main__":
    main()
