"""Corpus throughput: articles per minute with 1 and 2 workers, local engine and Ray; and where the
time of a cold ``auditor check FOLDER --jobs N`` goes (``--check-files``).

The corpus is generated from the fixtures: each article joins 8-20 paragraphs drawn (seeded) from
the 40 articles of fixtures/contradiction and the seed article (235 paragraphs), about 2,500
characters, the length of a short news article; the articles are distinct. Each run audits the
whole corpus from scratch (no output folder, so no resume); the time includes starting the workers
and loading their models, not starting Ray (done once, first). The rows of every run are checked to
be identical.

    python benchmarks/bench_corpus.py [--articles 1000] [--workers 1 2] [--engines local ray]
                                      [--config '{"disable": ["contradiction"]}']

``--check-files N`` instead writes N such articles as text files to a temporary folder and times a cold
``auditor check FOLDER --jobs J`` (a new process: imports, model loading, auditing) for each ``--workers``
value, checking that the JSON findings are identical, then splits one in-process run into its phases:
importing ``auditor``, building the ``Auditor``, the first draft (which loads the models) and the rest.

    python benchmarks/bench_corpus.py --check-files 40 --workers 1 2
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def generate_articles(count: int, seed: int = 7) -> list[str]:
    """``count`` articles of 8-20 paragraphs drawn from the fixture articles."""
    sources = sorted((FIXTURES / "contradiction" / "articles").iterdir()) + [FIXTURES / "seed" / "bakhmut.txt"]
    paragraphs = [p.strip() for path in sources for p in path.read_text("utf-8").split("\n\n") if p.strip()]
    rng = random.Random(seed)
    return ["\n\n".join(rng.sample(paragraphs, rng.randint(8, 20))) + "\n" for _ in range(count)]


def bench_check(files: int, jobs: list[int]) -> None:
    """Cold ``auditor check FOLDER --jobs J`` per ``J``, then the phases of one in-process run."""
    articles = generate_articles(files)
    with tempfile.TemporaryDirectory() as folder:
        for n, article in enumerate(articles, 1):
            Path(folder, f"article-{n:04d}.txt").write_text(article, "utf-8")
        print(f"{files} files, {sum(map(len, articles)) // files} characters on average, every check; "
              f"{os.cpu_count()} CPU cores\n")
        print("| command | seconds |")
        print("|---|---:|")
        reference = None
        for j in jobs:
            start = time.perf_counter()
            result = subprocess.run([sys.executable, "-m", "auditor.cli", "check", folder, "--jobs", str(j),
                                     "--format", "json", "--fail-on", "never"], capture_output=True, text=True)
            seconds = time.perf_counter() - start
            assert result.returncode == 0, result.stderr
            findings = [f["findings"] for f in json.loads(result.stdout)["files"]]
            assert reference in (None, findings), f"--jobs {j} gave other findings"
            reference = findings
            print(f"| `auditor check` {files} files `--jobs {j}` | {seconds:.1f} |", flush=True)
        phases = subprocess.run([sys.executable, "-c", _PHASES, folder], capture_output=True, text=True, check=True)
        print("\nOne process, `--jobs 1`, by phase:\n\n| phase | seconds |\n|---|---:|")
        print(phases.stdout, end="")


_PHASES = """
import sys, time
from pathlib import Path
start = time.perf_counter()
import auditor
from auditor.cli import main
imported = time.perf_counter()
aud = auditor.Auditor()
built = time.perf_counter()
paths = sorted(Path(sys.argv[1]).iterdir())
aud.audit_file(paths[0])
first = time.perf_counter()
for path in paths[1:]:
    aud.audit_file(path)
done = time.perf_counter()
print(f"| import auditor (and the CLI) | {imported - start:.2f} |")
print(f"| build the Auditor (rules) | {built - imported:.2f} |")
print(f"| first file (loads the models) | {first - built:.2f} |")
others = len(paths) - 1
print(f"| the other {others} files | {done - first:.2f} ({(done - first) / max(1, others):.3f} per file) |")
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--engines", nargs="+", default=["local", "ray"], choices=["local", "ray"])
    parser.add_argument("--config", type=json.loads, default=None, help="auditor config as JSON (default: every check)")
    parser.add_argument("--check-files", type=int, metavar="N",
                        help="time a cold `auditor check` of N files with --jobs from --workers instead")
    args = parser.parse_args()
    if args.check_files:
        bench_check(args.check_files, args.workers)
        return
    from auditor.corpus import audit_corpus

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
