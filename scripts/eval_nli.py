#!/usr/bin/env python
"""Evaluate an NLI model on a CSV (premise,hypothesis,label): accuracy, per-class F1, confusion matrix.

Prints one JSON object.  ``--model`` defaults to the bundled model.  With ``--chatprotect`` it also
reports, without training on anything there, pair-mode ROC AUC per split on the ChatProtect
self-contradiction pairs (mean P(contradiction) of both directions) and the "unrelated =
contradiction" bias: P(contradiction) on unrelated same-domain pairs (a ``--csv`` premise with the
hypothesis of another row; a ChatProtect sentence with one about another topic of the same split; 1,000
pairs of sentences about other facts of one held-out topic, ``nli_adapt.unrelated_pairs``).

Example::

    python scripts/eval_nli.py --csv fixtures/nli/mnli_dev_heldout.csv
    python scripts/eval_nli.py --model runs/nli/best --csv runs/nli/heldout.csv --quantize
    python scripts/eval_nli.py --csv runs/nli/heldout.csv --skip 1000 \
        --chatprotect ../shared/data/contradiction/chatprotect_dev.csv
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import time

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from auditor import nli  # noqa: E402 -- imported after the HF_HUB_OFFLINE setup
from auditor.nli.labels import NLI_LABELS  # noqa: E402 -- imported after the HF_HUB_OFFLINE setup
from auditor.evaluation import run


def metrics(gold: list[str], pred: list[str]) -> dict:
    """Accuracy, per-class precision/recall/F1 and confusion matrix (rows gold, columns predicted)."""
    confusion = {g: {p: 0 for p in NLI_LABELS} for g in NLI_LABELS}
    for g, p in zip(gold, pred, strict=True):
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
    accuracy = sum(g == p for g, p in zip(gold, pred, strict=True)) / max(1, len(gold))
    return {"n": len(gold), "accuracy": round(accuracy, 4),
            "macro_f1": round(sum(v["f1"] for v in per_class.values()) / 3, 4),
            "per_class": per_class, "confusion_gold_x_pred": confusion}


def unrelated_bias(model, premises: list[str], others: list[str], batch_size: int) -> dict:
    """Mean P(contradiction) and share above 0.5 for (premise, unrelated sentence) pairs, both ways."""
    fwd = model.predict(premises, others, batch_size=batch_size)
    back = model.predict(others, premises, batch_size=batch_size)
    pc = [(a["contradiction"] + b["contradiction"]) / 2 for a, b in zip(fwd, back, strict=True)]
    return {"pairs": len(pc), "mean_p_contradiction": round(sum(pc) / max(1, len(pc)), 4),
            "share_above_0.5": round(sum(p > 0.5 for p in pc) / max(1, len(pc)), 4)}


def chatprotect_report(model, path: str, batch_size: int) -> dict:
    """Pair-mode ROC AUC per split (all rows, and the held-out topics of ``chatprotect.part``) and the
    unrelated-topic bias on ChatProtect sentences."""
    import random

    from sklearn.metrics import roc_auc_score

    from auditor.evaluation.chatprotect import part
    from auditor.evaluation.nli_adapt import unrelated_pairs

    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    a, b = [r["sentence_a"] for r in rows], [r["sentence_b"] for r in rows]
    fwd, back = model.predict(a, b, batch_size=batch_size), model.predict(b, a, batch_size=batch_size)
    score = [(x["contradiction"] + y["contradiction"]) / 2 for x, y in zip(fwd, back, strict=True)]
    out: dict = {"path": path}
    for split in sorted({r["split"] for r in rows}):
        idx = [i for i, r in enumerate(rows) if r["split"] == split]
        gold = [rows[i]["label"] == "contradiction" for i in idx]
        held = [i for i in idx if part(rows[i]["topic"]) == "held-out"]  # scripts/adapt_nli.py trains on the rest
        out[split] = {"pairs": len(idx), "roc_auc": round(roc_auc_score(gold, [score[i] for i in idx]), 4),
                      "held_out_pairs": len(held), "held_out_roc_auc": round(roc_auc_score(
                          [rows[i]["label"] == "contradiction" for i in held], [score[i] for i in held]), 4)}
    rng = random.Random(13)
    firsts = {}
    for r in rows:
        firsts.setdefault((r["split"], r["topic"]), r["sentence_a"])
    keys = sorted(firsts)
    partners = [rng.choice([k for k in keys if k[0] == key[0] and k[1] != key[1]]) for key in keys]
    out["unrelated_topics"] = unrelated_bias(model, [firsts[k] for k in keys],
                                             [firsts[k] for k in partners], batch_size)
    same_topic = rng.sample(unrelated_pairs([r for r in rows if part(r["topic"]) == "held-out"]), 1000)
    out["unrelated_same_topic_held_out"] = unrelated_bias(model, [p for p, _ in same_topic],
                                                          [h for _, h in same_topic], batch_size)
    return out


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--csv", required=True)
    ap.add_argument("--model", default=None, help="model directory or hub id (default: bundled)")
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--quantize", action="store_true", help="dynamic int8 quantisation")
    ap.add_argument("--limit", type=int, default=0, help="only the first N rows")
    ap.add_argument("--skip", type=int, default=0, help="skip the first N rows")
    ap.add_argument("--chatprotect", default=None, metavar="CSV",
                    help="also report pair-mode ROC AUC and unrelated-pair bias on this ChatProtect CSV")
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
    if args.chatprotect:
        shifted = [rows[(i + 7) % len(rows)]["hypothesis"] for i in range(len(rows))]
        result["unrelated_csv_pairs"] = unrelated_bias(model, [r["premise"] for r in rows], shifted,
                                                       args.batch_size)
        result["chatprotect"] = chatprotect_report(model, args.chatprotect, args.batch_size)
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    run(main)
