"""Adapt a trained 3-way NLI model to self-contradictions in model-written text (explored, not shipped).

Fine-tunes on the tuning part of the ChatProtect dev pairs (split by topic, ``chatprotect.part``; the
held-out topics are never read; ``--fold`` keeps one half of the tuning topics, for cross-fitting the
calibration) with a binary loss on P(contradiction) — a pair is labelled only "contradiction" or
"consistent", which says nothing about entailment vs neutral — in both directions, mixed with
``--replay`` MultiNLI pairs per epoch under the ordinary 3-way loss so the model keeps its general NLI.
``--unrelated N`` adds N consistent pairs per epoch of two sentences about other facts of one tuning
topic (version 4), so that "a different fact" is not learnt as "a contradiction"; ``--clean N`` adds N
consistent pairs per epoch from ``--clean-pairs`` (version 8): the candidate pairs the check forms in clean
human-written Wikipedia text that no measurement or threshold choice reads except the length ramp's
(``write_clean_pairs``, run once by ``--write-clean-pairs`` where the package is installed);
``--average`` writes the uniform weight average of checkpoints (the two fold models) instead of training.
Starts from ``--init-from`` (default: the bundled model) and writes ``<out>/epoch-N`` checkpoints;
``--export-to`` stores the last one as fp16 safetensors. What it gained and cost, and why the result
is not the bundled model: the model card (``auditor/models/nli-minilm-l6/README.md``, "Version 3" and "4").

Example::

    python scripts/adapt_nli.py --out runs/nli-v3
    python scripts/adapt_nli.py --fold a --out runs/nli-v3-fold-a   # and --fold b, for --cross-fit

torch and transformers are imported inside ``main``.
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import random
import time
from pathlib import Path

from auditor.evaluation import REPO_ROOT
from auditor.evaluation.chatprotect import DATA, fold, part
from auditor.evaluation.nli_training import LABEL2ID, export_fp16, read_csv, source_group


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--init-from", default=str(REPO_ROOT / "auditor" / "models" / "nli-minilm-l6"))
    parser.add_argument("--chatprotect", default=str(DATA), help="the ChatProtect dev CSV (tuning part used)")
    parser.add_argument("--nli-data", default=str(REPO_ROOT.parent / "shared" / "data" / "nli" / "train.csv"),
                        help="NLI CSV whose MultiNLI rows are replayed")
    parser.add_argument("--fold", choices=("a", "b"), default=None,
                        help="train on this half of the tuning topics only (cross-fitting the calibration)")
    parser.add_argument("--out", required=True)
    parser.add_argument("--epochs", type=int, default=3)
    parser.add_argument("--lr", type=float, default=2e-5)
    parser.add_argument("--replay", type=int, default=2000, help="MultiNLI pairs per epoch")
    parser.add_argument("--unrelated", type=int, default=0,
                        help="consistent pairs per epoch of two sentences about other facts of one topic")
    parser.add_argument("--clean", type=int, default=0,
                        help="consistent pairs per epoch from --clean-pairs (clean human-written text)")
    parser.add_argument("--clean-pairs", default=None, help="JSON list of [premise, hypothesis] pairs")
    parser.add_argument("--write-clean-pairs", default=None, metavar="FILE",
                        help="train nothing: write the check's candidate pairs of clean_pair_texts() to FILE")
    parser.add_argument("--freeze-word-embeddings", action="store_true",
                        help="keep the word embeddings as they are (a GPU run then returns only the other weights)")
    parser.add_argument("--device", default="cpu")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--max-length", type=int, default=128)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--threads", type=int, default=0, help="torch threads (0 = all cores)")
    parser.add_argument("--export-to", default=None, help="store the last epoch here as fp16 safetensors")
    parser.add_argument("--average", nargs="+", default=None, metavar="CHECKPOINT",
                        help="train nothing: write the uniform weight average of these checkpoints (the fold "
                             "models) to <out>/epoch-<epochs>, then --export-to as usual")
    return parser.parse_args(argv)


def topic_rows(path, half: str | None = None, topics: str = "tuning") -> list[dict[str, str]]:
    """The rows of the ChatProtect CSV whose topic is in the ``topics`` part (``chatprotect.part``) and,
    if given, in ``half`` of the tuning topics (``chatprotect.fold``)."""
    with open(path, encoding="utf-8", newline="") as handle:
        return [r for r in csv.DictReader(handle) if part(r["topic"]) == topics and half in (None, fold(r["topic"]))]


def contradiction_pairs(rows: list[dict[str, str]]) -> list[tuple[str, str, bool]]:
    """``(premise, hypothesis, contradicts)`` of every pair of ``rows`` (``topic_rows``), both ways.

    >>> contradiction_pairs([{"topic": "Angela Merkel", "sentence_a": "A.", "sentence_b": "B.",
    ...                       "label": "contradiction"}])
    [('A.', 'B.', True), ('B.', 'A.', True)]
    """
    pairs = []
    for r in rows:
        label = r["label"] == "contradiction"
        pairs += [(r["sentence_a"], r["sentence_b"], label), (r["sentence_b"], r["sentence_a"], label)]
    return pairs


def unrelated_pairs(rows: list[dict[str, str]]) -> list[tuple[str, str]]:
    """Every ``(sentence, sentence)`` pair of one topic of ``rows`` (``topic_rows``) whose sentences come
    from rows about *different* statements (a different ``sentence_a``): other facts about the same
    entity, so not a contradiction. They teach the adaptation that "different fact" is not
    "contradiction".

    >>> rows = [{"topic": "Angela Merkel", "sentence_a": a, "sentence_b": b} for a, b in
    ...         (("A.", "B."), ("C.", "D."), ("A.", "E."))]
    >>> sorted(unrelated_pairs(rows))[:4]
    [('A.', 'C.'), ('A.', 'D.'), ('B.', 'C.'), ('B.', 'D.')]
    """
    statements: dict[str, dict[str, set[str]]] = {}
    for r in rows:
        statements.setdefault(r["topic"], {}).setdefault(r["sentence_a"], {r["sentence_a"]}).add(r["sentence_b"])
    pairs = []
    for groups in statements.values():
        keys = sorted(groups)
        for i, first in enumerate(keys):
            for second in keys[i + 1:]:
                pairs += [(x, y) for x in sorted(groups[first]) for y in sorted(groups[second])
                          if x not in groups[second] and y not in groups[first]]
    return pairs


def write_clean_pairs(path: Path) -> None:
    """Write the content of every candidate claim pair the shipped check forms in the clean Wikipedia text of
    ``contradiction.wikipedia_rest`` (only the length ramp's choice, ``length_tuning_pool``, also reads it)."""
    from auditor import Auditor, Config
    from auditor.checks.contradiction import ContradictionCheck
    from auditor.document import Document
    from auditor.evaluation.contradiction import wikipedia_rest

    [check] = Auditor(Config(checks=("contradiction",))).checks
    assert isinstance(check, ContradictionCheck)
    pairs = []
    texts = wikipedia_rest()
    for text in texts:
        claims = check.claims(Document(text))
        pairs += [(claims[i].content, claims[j].content) for i, j, _ in check.candidates(claims)]
    path.write_text(json.dumps(pairs, ensure_ascii=False), "utf-8")
    print(f"{len(pairs)} candidate pairs of {len(texts)} clean texts -> {path}", flush=True)


def adaptation_loss(log_probs, binary, labels, torch):
    """Mean of the binary loss on P(contradiction) for ChatProtect rows (``labels`` 1/0) and the 3-way
    negative log-likelihood for NLI rows (``labels`` = class id), ``binary`` marking which is which."""
    contradiction = log_probs[:, LABEL2ID["contradiction"]]
    target = labels.to(log_probs.dtype)
    not_contradiction = torch.log1p(-contradiction.exp().clamp(max=1 - 1e-6))
    two_way = -(target * contradiction + (1 - target) * not_contradiction)
    three_way = -log_probs.gather(1, labels.unsqueeze(1)).squeeze(1)
    return torch.where(binary, two_way, three_way).mean()


def average_checkpoints(checkpoints: list[Path], out: Path) -> None:
    """Save the uniform average of the weights of ``checkpoints`` (same architecture, fine-tuned from one
    start, e.g. the two ``--fold`` models: a model of the whole tuning part, Wortsman et al. 2022) to ``out``."""
    import torch
    from transformers import AutoModelForSequenceClassification, AutoTokenizer

    models = [AutoModelForSequenceClassification.from_pretrained(c, dtype=torch.float32) for c in checkpoints]
    states = [m.state_dict() for m in models]
    average = {k: sum(s[k] for s in states) / len(states) if v.is_floating_point() else v
               for k, v in states[0].items()}
    models[0].load_state_dict(average)
    models[0].save_pretrained(out)
    AutoTokenizer.from_pretrained(checkpoints[0]).save_pretrained(out)
    print(f"averaged {len(checkpoints)} checkpoints -> {out}", flush=True)


def main(argv=None):
    args = parse_args(argv)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import torch
    from transformers import AutoModelForSequenceClassification, AutoTokenizer

    torch.set_num_threads(args.threads or os.cpu_count() or 1)
    torch.manual_seed(args.seed)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    (out / "run_config.json").write_text(json.dumps(vars(args), indent=2), "utf-8")
    if args.write_clean_pairs:
        write_clean_pairs(Path(args.write_clean_pairs))
        return
    if args.average:
        average_checkpoints([Path(c) for c in args.average], out / f"epoch-{args.epochs}")
        if args.export_to:
            export_fp16(out / f"epoch-{args.epochs}", Path(args.export_to))
        return
    rows = topic_rows(args.chatprotect, args.fold)
    pairs = contradiction_pairs(rows)
    unrelated = unrelated_pairs(rows) if args.unrelated else []
    clean = json.loads(Path(args.clean_pairs).read_text("utf-8")) if args.clean else []
    mnli = [r for r in read_csv(args.nli_data) if source_group(r["source"]) == "mnli"]
    print(f"data: {len(pairs)} ChatProtect tuning pairs (both ways), {len(unrelated)} unrelated same-topic "
          f"pairs ({args.unrelated} per epoch), {len(clean)} clean pairs ({args.clean} per epoch), {len(mnli)} "
          f"MultiNLI to replay ({args.replay} per epoch)", flush=True)
    tokenizer = AutoTokenizer.from_pretrained(args.init_from)
    pristine = AutoTokenizer.from_pretrained(args.init_from)  # saved: the training one keeps its last padding
    model = AutoModelForSequenceClassification.from_pretrained(args.init_from, dtype=torch.float32)
    if model.config.label2id != LABEL2ID:
        raise SystemExit(f"{args.init_from}: labels {model.config.label2id}, expected {LABEL2ID}")
    if args.freeze_word_embeddings:
        model.get_input_embeddings().weight.requires_grad_(False)
    model.to(args.device)
    optimizer = torch.optim.AdamW([p for p in model.parameters() if p.requires_grad], lr=args.lr, weight_decay=0.01)
    rng = random.Random(args.seed)
    model.train()
    for epoch in range(args.epochs):
        items = [(p, h, True, int(c)) for p, h, c in pairs]
        for p, h in rng.sample(unrelated, min(args.unrelated, len(unrelated))):
            items += [(p, h, True, 0)] if rng.random() < 0.5 else [(h, p, True, 0)]
        for p, h in rng.sample(clean, min(args.clean, len(clean))):
            items += [(p, h, True, 0)] if rng.random() < 0.5 else [(h, p, True, 0)]
        items += [(r["premise"], r["hypothesis"], False, LABEL2ID[r["label"]])
                  for r in rng.sample(mnli, min(args.replay, len(mnli)))]
        rng.shuffle(items)
        started, total = time.time(), 0.0
        for start in range(0, len(items), args.batch_size):
            batch = items[start:start + args.batch_size]
            inputs = tokenizer([b[0] for b in batch], [b[1] for b in batch], truncation=True,
                               max_length=args.max_length, padding=True, return_tensors="pt").to(args.device)
            log_probs = torch.log_softmax(model(**inputs).logits, -1)
            loss = adaptation_loss(log_probs, torch.tensor([b[2] for b in batch], device=args.device),
                                   torch.tensor([b[3] for b in batch], device=args.device), torch)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            total += float(loss.detach()) * len(batch)
        model.save_pretrained(out / f"epoch-{epoch + 1}")
        pristine.save_pretrained(out / f"epoch-{epoch + 1}")
        print(f"epoch {epoch + 1}: loss {total / len(items):.4f} ({time.time() - started:.0f} s)", flush=True)
    if args.export_to:
        export_fp16(out / f"epoch-{args.epochs}", Path(args.export_to))
