"""Hedge check and whole-audit time on a ~1,000-word article, models warm.

The article joins the fixture articles of ``fixtures/contradiction/articles`` (news-like prose) until
``--words`` words. Each measurement is the median wall-clock and CPU time (all threads) of ``--repeats``
runs after one warm-up run. The hedge model scores every sentence of a document in one call.

    python benchmarks/bench_hedge.py [--words 1000] [--repeats 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from pathlib import Path

from auditor import Auditor
from auditor.document import Document
from auditor.evaluation import run

ARTICLES = Path(__file__).resolve().parent.parent / "fixtures" / "contradiction" / "articles"


def build_article(words: int) -> str:
    parts, length = [], 0
    for path in sorted(ARTICLES.iterdir()):
        text = path.read_text("utf-8").strip()
        parts.append(text)
        length += len(text.split())
        if length >= words:
            break
    return "\n\n".join(parts)


def median_seconds(run, repeats: int) -> tuple[float, float]:
    """Median wall-clock and CPU seconds (all threads) of ``run`` after one warm-up call. On a busy
    machine the CPU time is the honest figure: wall time on an idle machine lies between CPU time / threads
    and CPU time."""
    run()
    walls, cpus = [], []
    for _ in range(repeats):
        wall, cpu = time.perf_counter(), time.process_time()
        run()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return statistics.median(walls), statistics.median(cpus)


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--words", type=int, default=1000)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args(argv)
    text = build_article(args.words)
    hedge, everything = Auditor({"checks": ["hedge"]}), Auditor()
    check = hedge.checks[0]
    doc = Document(text)
    print(f"article: {len(text.split())} words, {len(doc.sentences)} sentences")
    model_time = median_seconds(lambda: check.model.score([s.text for s in Document(text).sentences]),
                                args.repeats)
    hedge_time = median_seconds(lambda: hedge.audit(text), args.repeats)
    full_time = median_seconds(lambda: everything.audit(text), args.repeats)
    findings = hedge.audit(text).findings
    print(f"hedge findings: {len(findings)} ({sum(f.rule == 'hedge.classifier' for f in findings)} from the model)")
    print(f"load average now: {os.getloadavg()[0]:.1f} ({os.cpu_count()} CPUs)")
    for name, (wall, cpu) in (("model on every sentence, one call", model_time),
                              ("hedge check (rules + model, one call)", hedge_time),
                              ("whole audit, every check", full_time)):
        print(f"{name}: wall {wall:.3f} s, CPU {cpu:.3f} s")


if __name__ == "__main__":
    run(main)
