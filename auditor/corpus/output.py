"""Corpus rows and the output folder: Parquet or JSONL, written batch by batch, resumable.

Rows are plain data. A finding row has ``document_id``, ``finding`` (its index in the document's
report), every ``Finding`` field, 1-based ``line``/``column``/``end_line``/``end_column``, and
``related`` and ``details`` as JSON strings (so every format has one fixed schema). A document row has
``document_id``, ``findings``, ``severity_info``/``severity_warning``/``severity_error`` (counts) and
``error`` (why the document was not audited; None when it was).

An output folder ``OUT`` holds, once a job is finished::

    OUT/findings.parquet    one row per finding, sorted by document_id, then finding
    OUT/documents.parquet   one row per document, sorted by document_id

(``.jsonl`` with ``format="jsonl"``). While a job runs, every batch of documents is written to
``OUT/parts/`` as ``findings-<tag>`` and then ``documents-<tag>``, each to a temporary name renamed
into place, so a part is whole or absent. Resuming is per document: a document is done when its id is
in a documents file (final or part); a findings part whose documents part is missing (a crash between
the two) is deleted and its documents are audited again. At the end the parts are merged into the
final files (rows de-duplicated by key, so a crash during the merge loses nothing) and removed.

Example:
    >>> from auditor import Auditor
    >>> rows, doc = report_rows("a", Auditor({"checks": ["leak"]}).audit("As an AI language model, no."))
    >>> [(r["document_id"], r["rule"], r["line"]) for r in rows], doc["severity_error"], doc["error"]
    ([('a', 'leak.ai-self-reference', 1)], 1, None)
"""

from __future__ import annotations

import json
import os
import uuid
from pathlib import Path

from ..errors import InputError
from ..findings import SEVERITIES
from ..report import Report

FORMATS = ("parquet", "jsonl")
INT, FLOAT, STR = "int64", "float64", "string"
FINDING_COLUMNS = {"document_id": STR, "finding": INT, "rule": STR, "category": STR, "severity": STR,
                   "message": STR, "start": INT, "end": INT, "line": INT, "column": INT, "end_line": INT,
                   "end_column": INT, "text": STR, "score": FLOAT, "related": STR, "details": STR}
DOCUMENT_COLUMNS = {"document_id": STR, "findings": INT, **{f"severity_{s}": INT for s in SEVERITIES},
                    "error": STR}


def report_rows(document_id: str, report: Report) -> tuple[list[dict], dict]:
    """The finding rows and the document row of one audited document."""
    rows = []
    for index, finding in enumerate(report.findings):
        data = report.finding_dict(finding)
        data.update(document_id=document_id, finding=index, related=json.dumps(data["related"]),
                    details=json.dumps(data["details"], ensure_ascii=False, sort_keys=True))
        rows.append({column: data[column] for column in FINDING_COLUMNS})
    counts = report.summary()["by_severity"]
    document = {"document_id": document_id, "findings": len(rows),
                **{f"severity_{s}": counts[s] for s in SEVERITIES}, "error": None}
    return rows, document


def error_row(document_id: str, error: str) -> dict:
    """The document row of a document that could not be audited."""
    return {"document_id": document_id, "findings": 0, **{f"severity_{s}": 0 for s in SEVERITIES}, "error": error}


def sort_rows(finding_rows: list[dict], document_rows: list[dict]) -> tuple[list[dict], list[dict]]:
    """Rows in the one order every engine gives: by document id, then finding index; duplicates dropped."""
    findings = {(r["document_id"], r["finding"]): r for r in finding_rows}
    documents = {r["document_id"]: r for r in document_rows}
    return [findings[k] for k in sorted(findings)], [documents[k] for k in sorted(documents)]


def require_pyarrow():
    """The pyarrow module (with ``pyarrow.parquet``), or an ImportError naming the extra to install."""
    try:
        import pyarrow
        import pyarrow.parquet  # noqa: F401 - makes pyarrow.parquet available
    except ImportError:
        raise ImportError("Parquet needs pyarrow: pip install 'article-auditor[ray]'") from None
    return pyarrow


def arrow_schema(columns: dict[str, str]):
    """The pyarrow schema of ``FINDING_COLUMNS``-like ``{name: type alias}``."""
    pyarrow = require_pyarrow()
    return pyarrow.schema([(name, pyarrow.type_for_alias(kind)) for name, kind in columns.items()])


class CorpusOutput:
    """An output folder (see the module docstring); ``format`` is ``parquet`` or ``jsonl``."""

    def __init__(self, folder: str | os.PathLike, format: str = "parquet"):
        if format not in FORMATS:
            raise ValueError(f"unknown output format {format!r} (known: {', '.join(FORMATS)})")
        self.folder, self.format = Path(folder), format
        self.parts = self.folder / "parts"
        other = [p.name for p in self.folder.glob("*.*") if p.suffix[1:] in FORMATS and p.suffix[1:] != format]
        if other:
            raise InputError(f"{folder} holds {other[0]}: resume with the same format, or use another folder")
        if format == "parquet":
            require_pyarrow()

    def done_ids(self) -> set[str]:
        """Ids of the documents already done; removes what an interrupted batch left half-written."""
        for path in self.parts.iterdir() if self.parts.is_dir() else []:
            if path.name.endswith(".tmp") or (path.name.startswith("findings-")
                                              and not _partner(path, "documents").exists()):
                path.unlink()
        return {row["document_id"] for path in self._documents_files() for row in self._read(path)}

    def write_batch(self, finding_rows: list[dict], document_rows: list[dict]) -> None:
        """Write one batch: its findings part, then its documents part (which marks the batch done)."""
        self.parts.mkdir(parents=True, exist_ok=True)
        tag = uuid.uuid4().hex
        self._write(self.parts / f"findings-{tag}.{self.format}", finding_rows, FINDING_COLUMNS)
        self._write(self.parts / f"documents-{tag}.{self.format}", document_rows, DOCUMENT_COLUMNS)

    def merge(self) -> tuple[list[dict], list[dict]]:
        """Merge the parts into the final, sorted files, remove the parts and return every row."""
        findings_file, documents_file = (self.folder / f"{name}.{self.format}" for name in ("findings", "documents"))
        part_files = sorted(self.parts.glob(f"*.{self.format}")) if self.parts.is_dir() else []
        finding_rows = [r for p in [findings_file, *part_files] if p.name.startswith("findings") for r in self._read(p)]
        document_rows = [r for p in self._documents_files() for r in self._read(p)]
        finding_rows, document_rows = sort_rows(finding_rows, document_rows)
        self.folder.mkdir(parents=True, exist_ok=True)
        self._write(findings_file, finding_rows, FINDING_COLUMNS)
        self._write(documents_file, document_rows, DOCUMENT_COLUMNS)
        for path in part_files:
            path.unlink()
        if self.parts.is_dir():
            self.parts.rmdir()
        return finding_rows, document_rows

    def _documents_files(self) -> list[Path]:
        parts = sorted(self.parts.glob(f"documents-*.{self.format}")) if self.parts.is_dir() else []
        final = self.folder / f"documents.{self.format}"
        return [final, *parts] if final.exists() else parts

    def _read(self, path: Path) -> list[dict]:
        if not path.exists():
            return []
        if self.format == "parquet":
            return require_pyarrow().parquet.read_table(path).to_pylist()
        with open(path, encoding="utf-8") as file:
            return [json.loads(line) for line in file]

    def _write(self, path: Path, rows: list[dict], columns: dict[str, str]) -> None:
        temporary = path.with_name(path.name + ".tmp")
        if self.format == "parquet":
            pyarrow = require_pyarrow()
            pyarrow.parquet.write_table(pyarrow.Table.from_pylist(rows, schema=arrow_schema(columns)), temporary)
        else:
            with open(temporary, "w", encoding="utf-8") as file:
                file.writelines(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
        os.replace(temporary, path)


def _partner(part: Path, kind: str) -> Path:
    """The ``kind`` part of the same batch: ``findings-<tag>.jsonl`` -> ``documents-<tag>.jsonl``."""
    return part.with_name(kind + part.name[part.name.index("-"):])
