"""The hedge check's real data: WikiWeasel sentences (normalised, fixed split) and FactBank speculation.

Shared by ``scripts/train_hedge_classifier.py``, ``scripts/eval_hedge.py`` and the tests; data is read
only when a loader is called.

Split: ``data/hedge/wikiweasel_train.csv`` has no document id, but it is sorted by label and, within
each label, by Wikipedia article (alphabetically, A to Z, consecutive rows from the same page). So a row's
relative rank within its label (0..1) places it in the alphabet of articles; the alphabet is cut into
``BINS`` equal bins, and whole bins go to ``test`` (held out, 10 bins = 20 %), ``dev`` (threshold
choice, 5 bins = 10 %) or ``train``, ranked by ``sha1("wikiweasel-bin-<n>")``. An article's certain and
uncertain sentences land in the same bin (except at bin edges), each split keeps the label ratio, and
the split never changes.

FactBank (``../shared/data/hedge/factbank_news_dev.json``, measure only, never copied here): a sentence
is speculative when it has a modal or doxastic cue; sentences whose only cues are conditions ("if") or
investigations ("whether") are left out, as the project's scoreboard does.

Example:
    >>> normalise_ptb("QJ -LRB- 2-10-2 -RRB- ca n't `` go '' , he said .\\n")
    'QJ (2-10-2) can\\'t "go", he said.'
    >>> splits([0, 0, 1, 1])
    ['test', 'train', 'test', 'train']
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
from pathlib import Path

from auditor.evaluation import REPO_ROOT

WEASEL = REPO_ROOT / "data" / "hedge" / "wikiweasel_train.csv"
FACTBANK = REPO_ROOT.parent / "shared" / "data" / "hedge" / "factbank_news_dev.json"
BINS = 50
TEST_BINS, DEV_BINS = 10, 5
SPLITS = ("train", "dev", "test")

_PTB = {"-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]", "-LCB-": "{", "-RCB-": "}"}
_PTB_TOKEN = re.compile("|".join(re.escape(t) for t in _PTB))
_OPEN_QUOTE = re.compile(r"``\s*")
_CLOSE_QUOTE = re.compile(r"\s*''")
_SPACE_BEFORE_PUNCT = re.compile(r" +(?=[.,;:!?%)\]}]|n't\b|'s\b|'re\b|'ve\b|'ll\b|'d\b|'m\b)")
_SPACE_AFTER_OPEN = re.compile(r"(?<=[(\[{]) +")


def normalise_ptb(text: str) -> str:
    """Undo Penn-Treebank tokenisation: brackets, ``...'' quotes, "ca n't", spaces before punctuation."""
    text = _PTB_TOKEN.sub(lambda m: _PTB[m.group()], text.strip())
    text = _CLOSE_QUOTE.sub('"', _OPEN_QUOTE.sub('"', text))
    text = re.sub(r"\b([Cc]a|[Ww]o) n't\b", r"\1n't", text).replace("won't", "won't")
    text = re.sub(r" {2,}", " ", text)
    return _SPACE_AFTER_OPEN.sub("", _SPACE_BEFORE_PUNCT.sub("", text))


def splits(labels: list[int]) -> list[str]:
    """``train``, ``dev`` or ``test`` for each row of the label-sorted, article-ordered data."""
    order = sorted(range(BINS), key=lambda b: hashlib.sha1(f"wikiweasel-bin-{b}".encode()).hexdigest())
    name = {b: "test" if k < TEST_BINS else "dev" if k < TEST_BINS + DEV_BINS else "train"
            for k, b in enumerate(order)}
    totals = {c: labels.count(c) for c in set(labels)}
    rank = {c: 0 for c in totals}
    result = []
    for label in labels:
        result.append(name[rank[label] * BINS // totals[label]])
        rank[label] += 1
    return result


def load_weasel(path: Path = WEASEL) -> list[dict]:
    """Rows ``{"text", "label", "split"}`` of the WikiWeasel CSV, text normalised (1 = uncertain)."""
    with open(path, newline="", encoding="utf-8") as f:
        read = [(normalise_ptb(r["text"]), int(r["label"])) for r in csv.DictReader(f)]
    labels = [label for _, label in read]
    return [{"text": text, "label": label, "split": split}
            for (text, label), split in zip(read, splits(labels), strict=True)]


def load_factbank(path: Path = FACTBANK) -> list[dict]:
    """FactBank sentences ``{"text", "label", "document", "cues"}`` with label 1 = speculation (modal or
    doxastic cue); condition-only and investigation-only sentences are left out. Text is kept as given."""
    rows = []
    for item in json.loads(Path(path).read_text("utf-8")):
        kinds = set(item["ccue"] or {})
        speculation = any(k.startswith(("speculation_modal", "speculation_hypo_doxastic")) for k in kinds)
        if kinds and not speculation:
            continue
        cues = sorted({w for k, ws in (item["ccue"] or {}).items()
                       if k.startswith(("speculation_modal", "speculation_hypo_doxastic")) for w in ws})
        rows.append({"text": item["text"], "label": int(speculation), "document": item["document"], "cues": cues})
    return rows
