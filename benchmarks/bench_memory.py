"""Peak memory (RSS) and time of auditing very long articles: 1 MB and 10 MB by default.

Each measurement runs in a fresh process, which reports its own peak RSS (``ru_maxrss``) and the RSS
after imports and a warm-up audit of the seed article (the baseline: code, rules, hedge classifier).
Articles are the seed article and the drafts of ``fixtures/`` repeated, paragraphs separated by blank
lines, to the size asked; ``max_chars`` is lifted (0) so the size cap does not refuse them.

    python benchmarks/bench_memory.py                      # 1 MB and 10 MB, Python API, fast checks
    python benchmarks/bench_memory.py --sizes 1 --via cli  # through `auditor check FILE --format json`
    python benchmarks/bench_memory.py --chunk-chars 0      # no chunking (whole text at once), to compare
    python benchmarks/bench_memory.py --with-contradiction # the NLI check too (needs the bundled model)
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MB = 1_000_000

CHILD = textwrap.dedent("""
    import json, resource, sys, time
    from pathlib import Path
    sys.argv = [sys.argv[0]] + json.loads(sys.argv[1])
    path, via, chunk_chars, nli = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4] == "1"

    def rss_now():
        for line in open("/proc/self/status"):
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
        return float("nan")

    import auditor
    if nli:
        import auditor.checks.contradiction  # noqa: F401 -- imported to register the contradiction check
    from auditor import Auditor
    config = {"max_chars": 0} if nli else {"max_chars": 0, "disable": ["contradiction"]}
    seed = Path("fixtures/seed/bakhmut.txt").read_text("utf-8")
    aud = Auditor(config)
    if chunk_chars:
        aud.chunk_chars = chunk_chars
    else:
        aud.chunk_chars = 10 ** 12
    aud.audit(seed)
    baseline = rss_now()
    start = time.perf_counter()
    if via == "api":
        text = Path(path).read_text("utf-8")
        findings = len(aud.audit(text, source=path).findings)
    else:
        import io, contextlib
        from auditor import cli, engine
        engine.Auditor.chunk_chars = aud.chunk_chars
        out = io.StringIO()
        args = ["check", path, "--format", "json", "--max-chars", "0", "--fail-on", "never"]
        if not nli:
            args += ["--disable", "contradiction"]
        with contextlib.redirect_stdout(out):
            code = cli.main(args)
        findings = json.loads(out.getvalue())["summary"]["findings"]
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "peak_rss_mb": peak, "baseline_rss_mb": baseline, "findings": findings}))
""")


def build_article(chars: int) -> str:
    """Fixture articles repeated (blank line between paragraphs) up to ``chars`` characters."""
    sources = [ROOT / "fixtures" / "seed" / "bakhmut.txt", *sorted((ROOT / "fixtures" / "drafts").glob("*.txt"))]
    block = "\n\n".join(p.read_text("utf-8").strip() for p in sources)
    text = "\n\n".join([block] * (chars // (len(block) + 2) + 1))
    cut = text.rfind("\n\n", 0, chars)
    return text[:cut if cut > chars // 2 else chars]


def measure(chars: int, via: str, chunk_chars: int, nli: bool) -> dict:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "huge.txt"
        path.write_text(build_article(chars), "utf-8")
        args = [str(path), via, str(chunk_chars), "1" if nli else "0"]
        result = subprocess.run([sys.executable, "-c", CHILD, json.dumps(args)], capture_output=True, text=True,
                                cwd=ROOT)
        if result.returncode != 0:
            raise SystemExit(result.stderr)
        data = json.loads(result.stdout.strip().splitlines()[-1])
        data["chars"] = len(path.read_text("utf-8"))
        return data


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", nargs="+", type=float, default=[1, 10], help="article sizes in MB (10^6 chars)")
    parser.add_argument("--via", choices=("api", "cli"), default="api")
    parser.add_argument("--chunk-chars", type=int, default=100_000, help="0: audit the whole text at once")
    parser.add_argument("--with-contradiction", action="store_true")
    args = parser.parse_args()
    print(f"{'size':>8} {'chars':>11} {'seconds':>8} {'chars/s':>9} {'baseline MB':>12} {'peak RSS MB':>12} "
          f"{'growth MB':>10} {'findings':>9}")
    for size in args.sizes:
        r = measure(int(size * MB), args.via, args.chunk_chars, args.with_contradiction)
        print(f"{size:>6g}MB {r['chars']:>11,} {r['seconds']:>8.1f} {r['chars'] / r['seconds']:>9,.0f} "
              f"{r['baseline_rss_mb']:>12.0f} {r['peak_rss_mb']:>12.0f} "
              f"{r['peak_rss_mb'] - r['baseline_rss_mb']:>10.0f} "
              f"{r['findings']:>9,}", flush=True)


if __name__ == "__main__":
    main()
