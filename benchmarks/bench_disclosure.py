"""Time of the disclosure and leak checks (rules + classifier) and of the whole audit on a ~1,000-word article.

The article is the seed article followed by contradiction-fixture articles, with every negative "about
AI" sentence of fixtures/disclosure/sentences.csv spread over its paragraphs, so that many sentences pass
the classifiers' gate (a worse case than ordinary news). Models are loaded first (warm); the sentence
embedding and NLI caches are emptied before every timed run, as for an article never seen before.

    python benchmarks/bench_disclosure.py [--words 1000] [--repeat 5]
    AUDITOR_PRECISION=float32 python benchmarks/bench_disclosure.py   # the models in float32
"""

from __future__ import annotations

import argparse
import os
import csv
import statistics
import time
from pathlib import Path

from auditor import Auditor
from auditor.checks.disclosure import classifier_candidates
from auditor.document import Document
from auditor.embeddings import default_embedder
from auditor.precision import precision
from auditor.evaluation import run

ROOT = Path(__file__).resolve().parent.parent


def build_article(words: int) -> str:
    """Seed + fixture articles up to ``words`` words, with AI-topic negatives appended to paragraphs."""
    texts = [(ROOT / "fixtures" / "seed" / "bakhmut.txt").read_text("utf-8").strip()]
    articles = ROOT / "fixtures" / "contradiction" / "articles"
    texts += [p.read_text("utf-8").strip() for p in sorted(articles.glob("*.txt"))]
    rows = csv.DictReader((ROOT / "fixtures" / "disclosure" / "sentences.csv").open(encoding="utf-8"))
    about_ai = [r["text"] for r in rows if not r["expected_rule"] and "about AI" in r["note"]]
    paragraphs, count = [], 0
    for text in texts:
        for paragraph in text.split("\n\n"):
            if count >= words:
                break
            if about_ai and len(paragraphs) % 2:
                paragraph += " " + about_ai.pop()
            paragraphs.append(paragraph)
            count += len(paragraph.split())
    return "\n\n".join(paragraphs)


def timed(auditor: Auditor, text: str, repeat: int) -> str:
    """Median wall-clock and process CPU seconds of ``auditor.audit(text)`` with empty embedding and NLI
    caches, as for an article never seen before (CPU time is the fairer figure on a shared machine)."""
    wall, cpu = [], []
    for _ in range(repeat):
        default_embedder()._cache.clear()
        for check in auditor.checks:
            if check.name == "contradiction":
                check.model.clear_cache()
        start, start_cpu = time.perf_counter(), time.process_time()
        auditor.audit(text)
        wall.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    return f"{statistics.median(wall):.3f} s wall, {statistics.median(cpu):.3f} s CPU (median of {repeat}, warm)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    text = build_article(args.words)
    doc = Document(text)
    checks = Auditor({"checks": ["disclosure", "leak"]})
    everything = Auditor()
    checks.audit(text), everything.audit(text)  # load every model
    gates = {c.name: c.rules_by_id[f"{c.name}.classifier"] for c in checks.checks}
    candidates = {name: len(classifier_candidates(doc, gate, [], gate.option_patterns("template_context")))
                  for name, gate in gates.items()}
    print(f"{len(text.split())} words, {len(doc.sentences)} sentences, classifier candidates: {candidates}")
    print(f"disclosure + leak: {timed(checks, text, args.repeat)}")
    print(f"whole audit, every check: {timed(everything, text, args.repeat)}; model precision {precision()}"
          f" (AUDITOR_PRECISION=float32 / bfloat16 to compare)")
    print(f"load average: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    run(main)
