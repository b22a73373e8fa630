"""Pruned vs all-pairs contradiction search on the same articles: NLI pairs, time, recall.

"pruned" is the check as it runs (same-topic candidate pairs, NLI only where the exact bound says
the result can matter); "all-pairs" scores every pair of claims from different sentences with NLI
in both directions.

Articles of about 200, 1,000 and 5,000 words are built by joining fixture articles from
fixtures/contradiction (so they hold known planted contradictions). For each size and mode the NLI
cache is emptied first. "full audit" times ``Auditor.audit`` with every check (models warm, cache
empty) in pruned mode.

    python benchmarks/bench_contradiction.py [--sizes 200 1000 5000] [--skip-all-pairs-above 5000]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from auditor import Auditor, Config
from auditor.checks.contradiction.claims import extract_claims
from auditor.document import Document
from auditor.checks.contradiction.pairs import candidate_pairs

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
from eval_contradiction import CORPUS, overlaps  # noqa: E402


def build_article(words: int) -> tuple[str, list[list[tuple[int, int]]]]:
    """Join fixture articles (contradictory and consistent alternately) until ``words`` words."""
    labels = json.loads((CORPUS / "labels.json").read_text("utf-8"))
    names = sorted(labels)
    parts, planted, length = [], [], 0
    for name in names * 10:
        text = (CORPUS / "articles" / name).read_text("utf-8").strip()
        if parts and length + len(text.split()) > words * 1.1:
            break
        offset = sum(len(p) + 2 for p in parts)
        if labels[name]:
            planted.append([(offset + text.index(c), offset + text.index(c) + len(c)) for c in labels[name]["claims"]])
        parts.append(text)
        length += len(text.split())
        if length >= words:
            break
    return "\n\n".join(parts), planted


def found(planted, claims, scored, threshold) -> int:
    hits = 0
    for a, b in planted:
        hits += any(score >= threshold and (
            (overlaps((claims[i].start, claims[i].end), a) and overlaps((claims[j].start, claims[j].end), b)) or
            (overlaps((claims[i].start, claims[i].end), b) and overlaps((claims[j].start, claims[j].end), a)))
            for i, j, score in scored)
    return hits


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[200, 1000, 5000])
    parser.add_argument("--skip-all-pairs-above", type=int, default=10**9, help="skip all-pairs mode for longer articles")
    args = parser.parse_args()
    auditor = Auditor(Config())
    check = next(c for c in auditor.checks if c.name == "contradiction")
    model, rule = check.model, check.rules_by_id["contradiction.nli"]
    threshold = auditor.config.contradiction_threshold
    auditor.audit("Warm-up sentence about the council. The council met on Monday.")
    print(f"{'words':>6} {'claims':>6} {'mode':<9} {'NLI pairs':>9} {'seconds':>8} {'recall':>7} {'full audit s':>12}")
    for size in args.sizes:
        text, planted = build_article(size)
        for mode in ("pruned", "all-pairs"):
            if mode == "all-pairs" and size > args.skip_all_pairs_above:
                continue
            model.clear_cache()
            calls = []
            predict = model.predict
            model.predict = lambda p, h, **kw: calls.append(len(p)) or predict(p, h, **kw)
            start = time.perf_counter()
            claims = extract_claims(Document(text), rule)
            pairs = check.candidates(claims) if mode == "pruned" else candidate_pairs(
                [c.content for c in claims], [c.sentence for c in claims], min_similarity=-1.0,
                per_claim=len(claims), max_pairs=len(claims) ** 2)
            scored = check.score(claims, pairs, bound=mode == "pruned")
            seconds = time.perf_counter() - start
            del model.predict
            full = ""
            if mode == "pruned":
                model.clear_cache()
                start = time.perf_counter()
                auditor.audit(text)
                full = f"{time.perf_counter() - start:.2f}"
            recall = f"{found(planted, claims, scored, threshold)}/{len(planted)}"
            print(f"{len(text.split()):>6} {len(claims):>6} {mode:<9} {sum(calls):>9} {seconds:>8.2f} {recall:>7} {full:>12}",
                  flush=True)


if __name__ == "__main__":
    main()
