"""Start-up cost: ``import auditor``, and a cold ``auditor check`` of a 1,000-word article (time, peak RSS).

Each figure is a fresh Python process (median of ``--repeat`` runs); the article joins fixture paragraphs
(fixtures/contradiction and the seed article) until it has 1,000 words. Peak RSS is the child's
``ru_maxrss``, CPU time its user + system time (on a machine other jobs load, wall time varies far
more). Targets (issue 16): import ≤ 0.3 s; check ≤ 3 s with every check, ≤ 800 MB.

    python benchmarks/bench_startup.py [--repeat 3] [--words 1000]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
IMPORT = "import time; start = time.perf_counter(); import auditor; print(time.perf_counter() - start)"


def article(words: int) -> str:
    """Fixture paragraphs, in file order, until the text has ``words`` words."""
    sources = [FIXTURES / "seed" / "bakhmut.txt"] + sorted((FIXTURES / "contradiction" / "articles").iterdir())
    paragraphs, count = [], 0
    for path in sources:
        for paragraph in path.read_text("utf-8").split("\n\n"):
            if paragraph.strip() and count < words:
                paragraphs.append(paragraph.strip())
                count += len(paragraph.split())
    return "\n\n".join(paragraphs) + "\n"


def run(command: list[str]) -> tuple[float, str]:
    """(seconds, stdout) of one fresh process."""
    start = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(result.stderr)
    return time.perf_counter() - start, result.stdout


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--words", type=int, default=1000)
    args = parser.parse_args()
    load_before = f"{os.getloadavg()[0]:.2f}"
    imports = [float(run([sys.executable, "-c", IMPORT])[1]) for _ in range(args.repeat)]
    text = article(args.words)
    with tempfile.TemporaryDirectory() as folder:
        draft = Path(folder, "article.txt")
        draft.write_text(text, "utf-8")
        checks = []
        for _ in range(args.repeat):  # a small parent per run reports the check process's own peak RSS
            probe = ("import resource, subprocess, sys, time; start = time.perf_counter(); "
                     "subprocess.run([sys.executable, '-m', 'auditor.cli', 'check', sys.argv[1], "
                     "'--fail-on', 'never'], "
                     "capture_output=True, check=True); "
                     "usage = resource.getrusage(resource.RUSAGE_CHILDREN); "
                     "print(time.perf_counter() - start, usage.ru_maxrss, usage.ru_utime + usage.ru_stime)")
            seconds, peak_kb, cpu = run([sys.executable, "-c", probe, str(draft)])[1].split()
            checks.append((float(seconds), int(peak_kb) / 1024, float(cpu)))
    print(f"{len(text.split()):,}-word article, {os.cpu_count()} CPU cores, median of {args.repeat} fresh processes\n")
    print("| measure | value | target |\n|---|---:|---:|")
    print(f"| `import auditor` | {statistics.median(imports):.3f} s | 0.3 s |")
    print(f"| cold `auditor check` (every check) | {statistics.median(c[0] for c in checks):.2f} s | 3 s |")
    cpu = statistics.median(c[2] for c in checks)
    print(f"| its CPU time (user + system; less affected by other jobs) | {cpu:.2f} s | |")
    print(f"| peak RSS of `auditor check` | {statistics.median(c[1] for c in checks):,.0f} MB | 800 MB |")
    print(f"\nload average before / after: {load_before} / {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
