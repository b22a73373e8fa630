"""Corpus throughput: articles per minute with 1 and 2 workers, local engine and Ray.

The corpus is generated from the fixtures: each article joins 8-20 paragraphs drawn (seeded) from
the 40 articles of fixtures/contradiction and the seed article (235 paragraphs), about 2,500
characters, the length of a short news article; the articles are distinct. Each run audits the
whole corpus from scratch (no output folder, so no resume); the time includes starting the workers
and loading their models, not starting Ray (done once, first). The rows of every run are checked to
be identical.

    python benchmarks/bench_corpus.py [--articles 1000] [--workers 1 2] [--engines local ray]
                                      [--config '{"disable": ["contradiction"]}']
"""

from __future__ import annotations

import argparse
import json
import random
import time
from pathlib import Path

from auditor.corpus import audit_corpus

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def generate_articles(count: int, seed: int = 7) -> list[str]:
    """``count`` articles of 8-20 paragraphs drawn from the fixture articles."""
    sources = sorted((FIXTURES / "contradiction" / "articles").iterdir()) + [FIXTURES / "seed" / "bakhmut.txt"]
    paragraphs = [p.strip() for path in sources for p in path.read_text("utf-8").split("\n\n") if p.strip()]
    rng = random.Random(seed)
    return ["\n\n".join(rng.sample(paragraphs, rng.randint(8, 20))) + "\n" for _ in range(count)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--engines", nargs="+", default=["local", "ray"], choices=["local", "ray"])
    parser.add_argument("--config", type=json.loads, default=None, help="auditor config as JSON (default: every check)")
    args = parser.parse_args()
    articles = generate_articles(args.articles)
    if "ray" in args.engines:
        import ray

        ray.init(num_cpus=max(args.workers), include_dashboard=False, log_to_driver=False)
    print(f"{len(articles)} articles, {sum(map(len, articles)) // len(articles)} characters on average; "
          f"config: {json.dumps(args.config)}\n")
    print("| engine | workers | seconds | articles/min | findings |")
    print("|---|---:|---:|---:|---:|")
    reference = None
    for engine in args.engines:
        for workers in args.workers:
            start = time.perf_counter()
            result = audit_corpus(articles, engine=engine, config=args.config, workers=workers)
            seconds = time.perf_counter() - start
            rows = (result.finding_rows, result.document_rows)
            assert reference in (None, rows), f"{engine} with {workers} workers gave other rows"
            reference = rows
            print(f"| {engine} | {workers} | {seconds:.1f} | {len(articles) / seconds * 60:,.0f} | "
                  f"{len(result.finding_rows):,} |", flush=True)


if __name__ == "__main__":
    main()
