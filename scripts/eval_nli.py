#!/usr/bin/env python
"""Evaluate an NLI model on a CSV (premise,hypothesis,label): accuracy, per-class F1, confusion matrix.

Prints one JSON object.  ``--model`` defaults to the bundled model.

Example::

    python scripts/eval_nli.py --csv fixtures/nli/mnli_dev_heldout.csv
    python scripts/eval_nli.py --model runs/nli/best --csv runs/nli/heldout.csv --quantize
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from auditor import nli  # noqa: E402
from auditor.nli.labels import NLI_LABELS  # noqa: E402


def metrics(gold: list[str], pred: list[str]) -> dict:
    """Accuracy, per-class precision/recall/F1 and confusion matrix (rows gold, columns predicted)."""
    confusion = {g: {p: 0 for p in NLI_LABELS} for g in NLI_LABELS}
    for g, p in zip(gold, pred):
        confusion[g][p] += 1
    per_class = {}
    for c in NLI_LABELS:
        tp = confusion[c][c]
        fp = sum(confusion[g][c] for g in NLI_LABELS) - tp
        fn = sum(confusion[c].values()) - tp
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        per_class[c] = {"precision": round(prec, 4), "recall": round(rec, 4), "f1": round(f1, 4),
                        "support": tp + fn}
    accuracy = sum(g == p for g, p in zip(gold, pred)) / max(1, len(gold))
    return {"n": len(gold), "accuracy": round(accuracy, 4),
            "macro_f1": round(sum(v["f1"] for v in per_class.values()) / 3, 4),
            "per_class": per_class, "confusion_gold_x_pred": confusion}


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--csv", required=True)
    ap.add_argument("--model", default=None, help="model directory or hub id (default: bundled)")
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--quantize", action="store_true", help="dynamic int8 quantisation")
    ap.add_argument("--limit", type=int, default=0, help="only the first N rows")
    ap.add_argument("--skip", type=int, default=0, help="skip the first N rows")
    args = ap.parse_args(argv)

    with open(args.csv, newline="", encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(f) if r["label"] in NLI_LABELS][args.skip:]
    if args.limit:
        rows = rows[:args.limit]
    model = nli.load_model(args.model, quantize=args.quantize, cache_size=0)
    t0 = time.time()
    probs = model.predict([r["premise"] for r in rows], [r["hypothesis"] for r in rows],
                          batch_size=args.batch_size)
    elapsed = time.time() - t0
    result = metrics([r["label"] for r in rows], [max(p, key=p.get) for p in probs])
    result.update(csv=args.csv, skip=args.skip, model=model.source, quantized=args.quantize,
                  pairs_per_s=round(len(rows) / elapsed, 1))
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
