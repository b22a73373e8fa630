"""Pruned vs all-pairs contradiction search on the same articles: pairs kept, NLI pairs, time, recall.

"pruned" is the check as it runs (candidate pairs by meaning, NLI only where the exact calibration
bound says the result can matter); "all-pairs" scores every pair of claims from different sentences
with NLI in both directions. "kept" is the share of all claim pairs that pairing keeps.

Articles of about 200, 1,000 and 5,000 words are real model-written text: ChatProtect validation
documents (context + sentence_a + sentence_b, auditor/evaluation/chatprotect.py; Mündler et al., ICLR 2024,
eth-sri/ChatProtect@b56ee22, Apache-2.0), one per topic in turn, contradictory ones first, so each
article carries labelled contradictions; recall counts those found (a finding linking both
sentences). ``--source fixtures`` joins the team-written fixture articles instead. For each size and
mode the NLI and embedding caches are emptied first; "full audit" times ``Auditor.audit`` with every
check (models warm, caches empty) in pruned mode. ``--max-pairs N`` sets the check's cap on candidate pairs
(option ``max_pairs``); ``--clean`` also counts, for each size and for thresholds from the check's up to
0.95, the labelled contradictions found in the article and how many documents of clean human-written
tuning text (``clean_tuning_texts``: WikiWeasel blocks and the fiction's inspect half, joined in order until
the size) get a finding — false alarms on long drafts against recall — and the same at each document's own
threshold (``ContradictionCheck.threshold_for``: it rises with the number of candidate pairs). Recall in the
first table is at the article's own threshold.

    python benchmarks/bench_contradiction.py [--sizes 200 1000 5000] [--skip-all-pairs-above 5000]
    python benchmarks/bench_contradiction.py --sizes 2500 5000 --skip-all-pairs-above 0 --max-pairs 500 --clean
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from auditor import Auditor, Config
from auditor.document import Document
from auditor.evaluation.chatprotect import DATA, Row, load_rows
from auditor.evaluation.contradiction import CORPUS, clean_tuning_texts, overlaps
from auditor.evaluation import run


def chatprotect_article(words: int, rows: list[Row]) -> tuple[str, list[list[tuple[int, int]]]]:
    """Join validation documents of the dev set (``rows``), one topic after another, until ``words`` words."""
    rows = sorted((r for r in rows if r.split == "validation"), key=lambda r: (not r.contradiction, r.id))
    by_topic: dict[str, list] = {}
    for r in rows:
        by_topic.setdefault(r.topic, []).append(r)
    order = [r for k in range(max(map(len, by_topic.values()))) for t in sorted(by_topic) if k < len(by_topic[t])
             for r in [by_topic[t][k]]]
    parts, planted, offset, length = [], [], 0, 0
    for r in order:
        if length >= words:
            break
        if r.contradiction:
            planted.append([(offset + r.a[0], offset + r.a[1]), (offset + r.b[0], offset + r.b[1])])
        parts.append(r.text)
        offset += len(r.text) + 2
        length += len(r.text.split())
    return "\n\n".join(parts), planted


def fixture_article(words: int) -> tuple[str, list[list[tuple[int, int]]]]:
    """Join fixture articles (contradictory and consistent alternately) until ``words`` words."""
    labels = json.loads((CORPUS / "labels.json").read_text("utf-8"))
    parts, planted, length = [], [], 0
    for name in sorted(labels) * 10:
        text = (CORPUS / "articles" / name).read_text("utf-8").strip()
        offset = sum(len(p) + 2 for p in parts)
        if labels[name]:
            planted.append([(offset + text.index(c), offset + text.index(c) + len(c)) for c in labels[name]["claims"]])
        parts.append(text)
        length += len(text.split())
        if length >= words:
            break
    return "\n\n".join(parts), planted


def clean_documents(texts: list[str], words: int) -> list[str]:
    """``texts`` joined in order into documents of at least ``words`` words (the rest dropped)."""
    documents, current, count = [], [], 0
    for text in texts:
        current.append(text)
        count += len(text.split())
        if count >= words:
            documents.append("\n\n".join(current))
            current, count = [], 0
    return documents


def found(planted, claims, scored, threshold) -> int:
    spans = lambda k: (claims[k].start, claims[k].end)  # noqa: E731 -- a one-line local helper
    return sum(any(score >= threshold and ((overlaps(spans(i), a) and overlaps(spans(j), b)) or
                                            (overlaps(spans(i), b) and overlaps(spans(j), a)))
                   for i, j, score, *_ in scored) for a, b in planted)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[200, 1000, 5000])
    parser.add_argument("--skip-all-pairs-above", type=int, default=10**9,
                        help="skip all-pairs mode for longer articles")
    parser.add_argument("--source", choices=("chatprotect", "fixtures"), default="chatprotect")
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--max-pairs", type=int, help="the check's cap on candidate pairs (default: the rule's)")
    parser.add_argument("--clean", action="store_true",
                        help="also count clean tuning documents of each size that get a finding")
    args = parser.parse_args()
    rows = load_rows(args.data) if args.source == "chatprotect" else []
    auditor = Auditor(Config())
    check = next(c for c in auditor.checks if c.name == "contradiction")
    if args.max_pairs is not None:
        check.max_pairs = args.max_pairs
    model, embedder = check.model, check.embedder
    threshold = check.threshold
    auditor.audit("Warm-up sentence about the council. The council met on Monday in 2020.")
    pruned: dict[int, tuple] = {}
    print("| words | claims | mode | pairs kept | NLI pairs | contradiction s | recall (labelled) "
          "| full audit s (all checks) |")
    print("|---|---|---|---|---|---|---|---|")
    for size in args.sizes:
        text, planted = chatprotect_article(size, rows) if args.source == "chatprotect" else fixture_article(size)
        for mode in ("pruned", "all-pairs"):
            if mode == "all-pairs" and size > args.skip_all_pairs_above:
                continue
            model.clear_cache()
            embedder._cache.clear()
            calls = []
            predict = model.predict
            model.predict = lambda p, h, calls=calls, predict=predict, **kw: calls.append(len(p)) or predict(p, h, **kw)
            start = time.perf_counter()
            claims = check.claims(Document(text))
            if mode == "pruned":
                pairs = check.candidates(claims)
            else:
                vectors = embedder.encode([c.content for c in claims])
                pairs = [(i, j, float(vectors[i] @ vectors[j])) for i in range(len(claims))
                         for j in range(i + 1, len(claims)) if claims[i].sentence != claims[j].sentence]
            scored = check.score(claims, pairs, bound=mode == "pruned")
            if mode == "pruned":
                pruned[size] = (planted, claims, scored)
                document_threshold = check.threshold_for(len(pairs))
            seconds = time.perf_counter() - start
            del model.predict
            all_pairs = sum(a.sentence != b.sentence for k, a in enumerate(claims) for b in claims[k + 1:])
            full = ""
            if mode == "pruned":
                model.clear_cache()
                embedder._cache.clear()
                start = time.perf_counter()
                auditor.audit(text)
                full = f"{time.perf_counter() - start:.2f}"
            kept = f"{len(pairs):,} ({len(pairs) / max(all_pairs, 1):.1%})"
            recall = f"{found(planted, claims, scored, document_threshold)}/{len(planted)}"
            print(f"| {len(text.split()):,} | {len(claims)} | {mode} | {kept} | "
                  f"{sum(calls):,} | {seconds:.2f} | {recall} | {full} |", flush=True)
    if args.clean:
        thresholds = [t / 100 for t in range(round(threshold * 100), 96, 5)]
        print(f"\nBy threshold (max_pairs {check.max_pairs}): labelled contradictions found in the article / clean "
              "tuning documents of that size flagged")
        print("| words | " + " | ".join(f"{t:.2f}" for t in thresholds) + " | by length (`long_documents`) |\n|---|"
              + "---|" * (len(thresholds) + 1))
        texts = clean_tuning_texts()
        for size in args.sizes:
            planted, claims, _ = pruned[size]
            article_pairs = check.candidates(claims)
            scored = check.score(claims, article_pairs, bound=False)  # every pair: the thresholds below vary
            tops, flagged = [], 0
            for document in clean_documents(texts, size):
                clean_claims = check.claims(Document(document))
                clean_pairs = check.candidates(clean_claims)
                top = max((s for _, _, s, *_ in check.score(clean_claims, clean_pairs, bound=False)), default=0.0)
                tops.append(top)
                flagged += top >= check.threshold_for(len(clean_pairs))
            own = check.threshold_for(len(article_pairs))
            print(f"| {size:,}+ | " + " | ".join(
                f"{found(planted, claims, scored, t)}/{len(planted)} · {sum(top >= t for top in tops)}/{len(tops)}"
                for t in thresholds) + f" | {found(planted, claims, scored, own)}/{len(planted)} · "
                f"{flagged}/{len(tops)} (article at {own:.2f}) |", flush=True)


if __name__ == "__main__":
    run(main)
