"""Greedy weight soup of NLI runs fine-tuned from the same base (Wortsman et al., 2022).

Ranks each run's ``best/`` checkpoint by accuracy on the selection slice (the first
``--eval-size`` held-out pairs), then averages weights greedily: a run joins the soup only
if the soup's selection accuracy does not drop.  Writes the soup to ``<out>/best`` (so
``train_nli.py --out <out> --export-to DIR`` exports it) and prints one JSON summary that
also gives each candidate's accuracy on the rest of the held-out set (reported, never used
for selection).

Example::

    python scripts/soup_nli.py --runs runs/sweep/* --heldout runs/sweep/a/heldout.csv \\
        --out runs/soup

``scripts/soup_nli.py`` is the command; ``main`` takes its arguments.
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from auditor.evaluation.nli_training import encode, evaluate, pick_device, read_csv


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--runs", nargs="+", required=True, help="run directories with best/")
    ap.add_argument("--heldout", required=True, help="heldout.csv written by train_nli.py")
    ap.add_argument("--eval-size", type=int, default=1000)
    ap.add_argument("--out", required=True)
    ap.add_argument("--device", default="auto")
    args = ap.parse_args(argv)
    import torch
    from transformers import AutoModelForSequenceClassification, AutoTokenizer

    device = pick_device(args.device, torch)
    runs = [Path(r) for r in args.runs if (Path(r) / "best").is_dir()]
    if not runs:
        ap.error(f"none of the --runs has a best/ checkpoint: {' '.join(args.runs)}")
    rows = read_csv(args.heldout)
    tok = AutoTokenizer.from_pretrained(runs[0] / "best")
    select = encode(tok, rows[:args.eval_size], 128)
    rest = encode(tok, rows[args.eval_size:], 128)
    model = AutoModelForSequenceClassification.from_pretrained(
        runs[0] / "best", dtype=torch.float32).to(device)

    def accuracy(state, enc):
        model.load_state_dict(state)
        return evaluate(model, enc, torch, batch_size=256, device=device)

    candidates = []
    for run in runs:
        state = AutoModelForSequenceClassification.from_pretrained(
            run / "best", dtype=torch.float32).state_dict()
        state = {k: v.to(device) for k, v in state.items()}
        candidates.append({"run": str(run), "state": state,
                           "select_acc": accuracy(state, select), "rest_acc": accuracy(state, rest)})
    candidates.sort(key=lambda c: -c["select_acc"])
    soup, members, soup_acc = dict(candidates[0]["state"]), [candidates[0]], candidates[0]["select_acc"]
    for cand in candidates[1:]:
        n = len(members)
        trial = {k: (v * n + cand["state"][k]) / (n + 1) if v.is_floating_point() else v
                 for k, v in soup.items()}
        acc = accuracy(trial, select)
        if acc >= soup_acc:
            soup, soup_acc = trial, acc
            members.append(cand)
    rest_acc = accuracy(soup, rest)  # leaves the soup loaded in model
    out = Path(args.out) / "best"
    model.save_pretrained(out)
    tok.save_pretrained(out)
    print(json.dumps({
        "candidates": [{k: c[k] for k in ("run", "select_acc", "rest_acc")} for c in candidates],
        "soup_members": [c["run"] for c in members],
        "soup_select_acc": soup_acc, "soup_rest_acc": rest_acc, "saved": str(out)}, indent=2))


if __name__ == "__main__":
    main()
