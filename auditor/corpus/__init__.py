"""Audit a corpus (archives, daily feeds) on this machine's cores or on a Ray cluster.

``audit_corpus(source, out, engine=...)`` audits every document of ``source`` (see
``auditor.corpus.sources``: texts, a directory, a glob, a JSONL/CSV/Parquet table, or a Ray Dataset
with ``engine="ray"``; a directory's files are those ``auditor check`` audits under the same config,
its ``include``/``exclude`` globs relative to ``base_dir``) into finding rows and one summary row per document (see
``auditor.corpus.output``). With ``out`` the rows are written to that folder batch by batch, and a
re-run with the same ``out`` resumes: documents already there are skipped. Whatever the engine and
the number of workers, the rows are the same, in the same order (document id, then finding).

- ``engine="local"``: ``workers`` processes (default: one per core), one ``Auditor`` each.
- ``engine="ray"``: Ray Data actors, one ``Auditor`` each, on the cluster at ``address`` (or a local
  one); ``pip install 'article-auditor[ray]'``.

Example:
    >>> texts = ["As an AI language model, no.", "", "It rained."]
    >>> result = audit_corpus(texts, config={"checks": ["leak"]}, workers=1)
    >>> [(r["document_id"], r["rule"]) for r in result.finding_rows]
    [('text-1', 'leak.ai-self-reference')]
    >>> result.summary()["documents"], result.summary()["errors"], result.document_rows[1]["error"]
    (3, 1, 'empty document')
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from itertools import islice
from collections.abc import Iterator

from dataclasses import replace

from tqdm import tqdm

from ..config import Config
from ..findings import SEVERITIES
from .output import DOCUMENT_COLUMNS, FINDING_COLUMNS, CorpusOutput, sort_rows
from .sources import Item, read_source

ENGINES = ("local", "ray")

__all__ = ["audit_corpus", "CorpusResult", "ENGINES"]


@dataclass
class CorpusResult:
    """Every row of a corpus audit (this run's and, when resumed, earlier runs'), sorted."""

    finding_rows: list[dict]
    document_rows: list[dict]
    audited: int

    @property
    def findings(self):
        """One row per finding as a pandas DataFrame."""
        return _frame(self.finding_rows, FINDING_COLUMNS)

    @property
    def documents(self):
        """One row per document as a pandas DataFrame."""
        return _frame(self.document_rows, DOCUMENT_COLUMNS)

    def summary(self) -> dict:
        """Counts: documents (in the output), audited (by this run), resumed, errors, findings, by_severity."""
        return {"documents": len(self.document_rows), "audited": self.audited,
                "resumed": len(self.document_rows) - self.audited,
                "errors": sum(r["error"] is not None for r in self.document_rows), "findings": len(self.finding_rows),
                "by_severity": {s: sum(r[f"severity_{s}"] for r in self.document_rows) for s in SEVERITIES}}


def audit_corpus(source, out: str | os.PathLike | None = None, *, engine: str = "local",
                 config: Config | dict | None = None, workers: int | None = None, address: str | None = None,
                 format: str = "parquet", id_column: str = "id", text_column: str = "text", batch_size: int = 16,
                 max_chars: int | None = None, progress: bool = False,
                 base_dir: str | os.PathLike | None = None) -> CorpusResult:
    """Audit every document of ``source``; see the module docstring.

    ``format``: ``parquet`` or ``jsonl`` (output files); ``id_column``/``text_column``: columns of a
    table or Ray Dataset source; ``batch_size``: documents per task (and per part file);
    ``max_chars``: longer documents become error rows (default: the config's ``max_chars``, the cap
    every entry point applies); ``progress``: a tqdm bar on stderr; ``base_dir``: the folder that the
    config's ``include``/``exclude`` globs are relative to (default: the current folder; ``auditor corpus``
    passes its config file's folder, as ``auditor check`` does).
    """
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r} (known: {', '.join(ENGINES)})")
    config = Config.from_dict(config) if isinstance(config, dict) else config or Config()
    if max_chars is not None:
        config = replace(config, max_chars=max_chars)
    output = CorpusOutput(out, format) if out is not None else None
    done = output.done_ids() if output else set()
    if engine == "ray":
        from .ray_engine import run_ray

        results = run_ray(source, done, config, workers, address, batch_size, id_column, text_column, base_dir)
    else:
        from .local import run_local

        items = (i for i in read_source(source, id_column, text_column, config, base_dir) if i.document_id not in done)
        results = run_local(_batches(items, batch_size), config, workers)
    finding_rows, document_rows, audited = [], [], 0
    with tqdm(disable=not progress, file=sys.stderr, unit="doc", desc="auditing") as bar:
        for findings, documents in results:
            if output:
                output.write_batch(findings, documents)
            else:
                finding_rows += findings
                document_rows += documents
            audited += len(documents)
            bar.update(len(documents))
    finding_rows, document_rows = output.merge() if output else sort_rows(finding_rows, document_rows)
    return CorpusResult(finding_rows, document_rows, audited)


def _batches(items: Iterator[Item], size: int) -> Iterator[list[Item]]:
    while batch := list(islice(items, size)):
        yield batch


def _frame(rows: list[dict], columns: dict[str, str]):
    from ..render.frames import require_pandas

    return require_pandas().DataFrame(rows, columns=list(columns))
