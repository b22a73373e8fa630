#!/usr/bin/env python
"""Benchmark auditor.nli: pairs/s per batch size, fp32 vs dynamic int8, and accuracy on a CSV.

Not a test: numbers depend on the machine.  Example::

    python benchmarks/bench_nli.py --batch-sizes 1 8 32 64 --threads 2
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from auditor import nli  # noqa: E402 -- imported after the HF_HUB_OFFLINE setup
from auditor.evaluation import run  # noqa: E402 -- imported after the HF_HUB_OFFLINE setup


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--model", default=None, help="model directory or hub id (default: bundled)")
    ap.add_argument("--csv", default=str(REPO / "fixtures" / "nli" / "mnli_dev_heldout.csv"))
    ap.add_argument("--batch-sizes", type=int, nargs="+", default=[1, 8, 32, 64])
    ap.add_argument("--pairs", type=int, default=400, help="pairs timed per setting")
    ap.add_argument("--threads", type=int, default=None)
    args = ap.parse_args(argv)

    with open(args.csv, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))[:args.pairs]
    premises = [r["premise"] for r in rows]
    hypotheses = [r["hypothesis"] for r in rows]
    import torch

    results = []
    for quantize in (False, True):
        model = nli.load_model(args.model, quantize=quantize, threads=args.threads, cache_size=0)
        model.predict(premises[:16], hypotheses[:16])  # warm-up
        accuracy = None
        for bs in args.batch_sizes:
            t0 = time.perf_counter()
            probs = model.predict(premises, hypotheses, batch_size=bs)
            rate = len(rows) / (time.perf_counter() - t0)
            if accuracy is None:
                accuracy = sum(max(p, key=p.get) == r["label"] for p, r in zip(probs, rows, strict=True)) / len(rows)
            results.append({"int8": quantize, "batch_size": bs, "pairs_per_s": round(rate, 1),
                            "accuracy": round(accuracy, 4)})
            print(f"int8={str(quantize):5}  batch={bs:3d}  {rate:7.1f} pairs/s  "
                  f"accuracy={accuracy:.4f} (n={len(rows)})", flush=True)
    print(json.dumps({"model": str(args.model or nli.bundled_model_dir()), "threads": torch.get_num_threads(),
                      "csv": args.csv, "results": results}))


if __name__ == "__main__":
    run(main)
