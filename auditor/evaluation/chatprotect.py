"""The ChatProtect self-contradiction pairs (../shared/data/contradiction/chatprotect_dev.csv) for the
contradiction scripts and benchmark: rows, the fixed tuning/held-out split by topic, documents, and disk caches of
NLI probabilities and sentence embeddings under runs/contradiction/ so that re-runs cost seconds.

Data: Mündler et al., "Self-contradictory Hallucinations of Large Language Models", ICLR 2024;
eth-sri/ChatProtect@b56ee22, Apache-2.0 (see the data README). Used to measure and calibrate only.

Split: a topic (entity or PopQA question) is in the tuning part when the first byte of the SHA-1 of
its text is below 128, else held out. popqa and popqa_contriever share questions, so the split is by
topic across splits; the validation split's 11 entities fall 7 tuning / 4 held out.

Example:
    >>> part("Angela Merkel"), part("Augustin-Louis Cauchy")
    ('tuning', 'held-out')
"""

from __future__ import annotations

import csv
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from auditor.document import Document
from auditor.evaluation import REPO_ROOT
from auditor.nli.loading import bundled_model_dir
from auditor.precision import precision

DATA = REPO_ROOT.parent / "shared" / "data" / "contradiction" / "chatprotect_dev.csv"
CACHE = REPO_ROOT / "runs" / "contradiction"
SPLITS = ("validation", "popqa", "popqa_contriever")


def part(topic: str) -> str:
    """"tuning" or "held-out" for a topic (fixed: SHA-1 of the topic)."""
    return "tuning" if hashlib.sha1(topic.encode("utf-8")).digest()[0] < 128 else "held-out"


def fold(topic: str) -> str:
    """"a" or "b": the half of the tuning topics a topic falls in, for cross-fitting (fixed: SHA-1).

    >>> fold("Angela Merkel"), fold("Augustin-Louis Cauchy")
    ('b', 'a')
    """
    return "a" if hashlib.sha1(("fold:" + topic).encode("utf-8")).digest()[0] < 128 else "b"


@dataclass(frozen=True)
class Row:
    """One labelled pair, as a document (context + sentence_a + sentence_b) with the two spans."""

    id: str
    split: str
    topic: str
    part: str
    text: str
    a: tuple[int, int]
    b: tuple[int, int]
    context_words: int
    contradiction: bool

    @property
    def sentence_a(self) -> str:
        return self.text[slice(*self.a)]

    @property
    def sentence_b(self) -> str:
        return self.text[slice(*self.b)]


def load_rows(path: Path = DATA) -> list[Row]:
    """Every row of the CSV as a document, built as the data README says."""
    rows = []
    with open(path, encoding="utf-8", newline="") as handle:
        for r in csv.DictReader(handle):
            head = r["context"] + " " if r["context"] else ""
            a = (len(head), len(head) + len(r["sentence_a"]))
            b = (a[1] + 1, a[1] + 1 + len(r["sentence_b"]))
            rows.append(Row(r["id"], r["split"], r["topic"], part(r["topic"]),
                            head + r["sentence_a"] + " " + r["sentence_b"], a, b, len(r["context"].split()),
                            r["label"] == "contradiction"))
    return rows


def distinct_contexts(rows: list[Row]) -> dict[str, str]:
    """``{context: split}`` of the distinct non-empty contexts of ``rows`` (the text before sentence_a),
    sorted: the unlabelled model text on which the check's false alarms are counted."""
    return {c: s for c, s in sorted({(r.text[:r.a[0]].strip(), r.split) for r in rows if r.context_words})}


class CachedNLI:
    """An NLI model whose results are kept in a JSON file: ``predict`` as ``NLIModel.predict``."""

    def __init__(self, model, path: Path):
        self.model, self.path = model, path
        self.table = json.loads(path.read_text("utf-8")) if path.is_file() else {}
        self.new = 0

    def predict(self, premises, hypotheses, batch_size: int = 32):
        keys = [p + "\x00" + h for p, h in zip(premises, hypotheses, strict=True)]
        todo = sorted({k for k in keys if k not in self.table})
        if todo:
            pairs = [k.split("\x00") for k in todo]
            scored = self.model.predict([p for p, _ in pairs], [h for _, h in pairs], batch_size)
            for key, probs in zip(todo, scored, strict=True):
                self.table[key] = probs
            self.new += len(todo)
        return [dict(self.table[k]) for k in keys]

    def clear_cache(self):
        self.model.clear_cache()

    def save(self) -> None:
        if self.new:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.path.write_text(json.dumps(self.table), "utf-8")
            self.new = 0


class CachedEmbedder:
    """A sentence embedder whose vectors are kept in an .npz file: ``encode`` as ``SentenceEmbedder.encode``."""

    def __init__(self, embedder, path: Path):
        self.embedder, self.path = embedder, path
        self.table: dict[str, np.ndarray] = {}
        if path.is_file():
            saved = np.load(path)
            self.table = dict(zip(json.loads(str(saved["texts"])), saved["vectors"], strict=True))
        self.new = 0

    def encode(self, texts, batch_size: int = 64):
        todo = sorted({t for t in texts if t not in self.table})
        if todo:
            self.table.update(zip(todo, self.embedder.encode(todo, batch_size), strict=True))
            self.new += len(todo)
        return np.stack([self.table[t] for t in texts]) if texts else np.zeros((0, 384), np.float32)

    def save(self) -> None:
        if self.new:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            texts = list(self.table)
            np.savez(self.path, texts=json.dumps(texts), vectors=np.stack([self.table[t] for t in texts]))
            self.new = 0


def cached_check(check, nli_model: str | None = None):
    """Give ``check`` (a ContradictionCheck) disk-cached NLI and embeddings; returns the two caches. The NLI
    cache is named after the model's weights (a retrained bundled model gets a new cache), else its name."""
    folder = bundled_model_dir() if nli_model is None else Path(nli_model)
    weights = folder / "model.safetensors"
    name = (f"weights-{hashlib.sha1(weights.read_bytes()).hexdigest()[:10]}" if weights.is_file()
            else hashlib.sha1(str(nli_model).encode()).hexdigest()[:10])
    suffix = "" if precision() == "float32" else f"-{precision()}"  # AUDITOR_PRECISION=bfloat16: other results
    nli = CachedNLI(check.model, CACHE / f"nli-{name}{suffix}.json")
    embedder = CachedEmbedder(check.embedder, CACHE / f"embeddings{suffix}.npz")
    check.model, check.embedder = nli, embedder
    return nli, embedder


def overlaps(span: tuple[int, int], claim) -> bool:
    return claim.start < span[1] and span[0] < claim.end


@dataclass
class Traced:
    """What the check does with one row: its claims, candidate pairs and the pairs linking the two
    labelled sentences (``linking``, indices into ``pairs``; ``possible``: claim pairs that could link)."""

    row: Row
    claims: list
    pairs: list
    possible: list
    linking: list


def trace(check, row: Row) -> Traced:
    """Run claim extraction and pairing of ``check`` on the row's document."""
    claims = check.claims(Document(row.text))
    possible = [(i, j) for i, a in enumerate(claims) for j, b in enumerate(claims)
                if i < j and a.sentence != b.sentence and
                ((overlaps(row.a, a) and overlaps(row.b, b)) or (overlaps(row.b, a) and overlaps(row.a, b)))]
    pairs = check.candidates(claims) if possible else []
    linking = [k for k, (i, j, _) in enumerate(pairs) if (i, j) in possible]
    return Traced(row, claims, pairs, possible, linking)
