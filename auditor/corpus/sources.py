"""Corpus sources: everything ``audit_corpus`` accepts, read as ``Item``s (one per document).

- a list (or other iterable) of texts: ids ``text-1``, ``text-2``... (zero-padded so that ids sort in
  input order: ``text-01`` ... ``text-12``; ``auditor.discovery.text_ids``, as ``audit_many``);
- a directory: the files below it that ``auditor check`` would audit (``auditor.discovery.collect``: hidden
  files and folders skipped, the config's ``include`` globs kept, its ``exclude`` globs dropped; a folder
  that cannot be listed is an error document), id = path relative to it;
- a glob (``archive/**/*.md``): every matching file that no ``exclude`` glob drops, id = path as matched;
- a ``.jsonl``/``.ndjson``, ``.csv`` or ``.parquet`` table with an id column and a text column;
- any other file: that one document, unless an ``exclude`` glob drops it (as ``auditor check``).

Globs match paths relative to ``base_dir`` (default: the current folder).

Files are read like ``auditor check`` reads them (UTF-8; Markdown/HTML by extension). A document
that cannot be read becomes an ``Item`` with an ``error``; the others are still audited.

Example:
    >>> [(i.document_id, i.text) for i in read_source(["I am an AI.", "It rained."])]
    [('text-1', 'I am an AI.'), ('text-2', 'It rained.')]
"""

from __future__ import annotations

import csv
import glob
import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from collections.abc import Iterable, Iterator

from ..config import Config
from ..discovery import OneConfig, collect, text_ids
from ..errors import InputError
from ..formats import detect_format
from ..textio import read_file, read_text

TABLE_SUFFIXES = (".jsonl", ".ndjson", ".csv", ".parquet")


@dataclass(frozen=True)
class Item:
    """One document: its id and text, or the ``error`` that kept it from being read.

    ``format`` is None for a text audited as is (``Auditor.audit``), else ``text``/``markdown``/``html``:
    the prose of a file, audited like ``Auditor.audit_file``.
    """

    document_id: str
    text: str | None
    format: str | None = None
    error: str | None = None


def read_source(source, id_column: str = "id", text_column: str = "text", config: Config | None = None,
                base_dir: str | os.PathLike | None = None) -> Iterator[Item]:
    """The documents of ``source`` (see the module docstring), files chosen by ``config``'s include/exclude globs
    (default: ``Config()``'s); a repeated id raises ``InputError``."""
    seen = set()
    for item in _items(source, id_column, text_column, OneConfig(config or Config(), base_dir)):
        if item.document_id in seen:
            where = f"{os.fspath(source)}: " if isinstance(source, (str, os.PathLike)) else ""
            raise InputError(f"{where}document ids must be unique; repeated: {item.document_id}")
        seen.add(item.document_id)
        yield item


def _items(source, id_column: str, text_column: str, files: OneConfig) -> Iterator[Item]:
    if isinstance(source, (str, os.PathLike)):
        path = os.fspath(source)
        if os.path.isdir(path):
            return _files(collect([path], files), root=path)
        if glob.has_magic(path):
            matches = [p for p in sorted(glob.glob(path, recursive=True)) if not os.path.isdir(p)]
            return _files(collect(matches, files))
        if path.lower().endswith(TABLE_SUFFIXES):
            return _table(path, id_column, text_column)
        return _files(collect([path], files))
    return _texts(source)


def _texts(texts: Iterable[str]) -> Iterator[Item]:
    texts = list(texts)
    for document_id, text in zip(text_ids(len(texts)), texts, strict=True):
        yield Item(document_id, text)


def _files(entries: list[tuple[str, str | None, str | None]], root: str | None = None) -> Iterator[Item]:
    """Items of ``(path, config key, error)`` entries (see ``auditor.discovery.collect``); ids relative to ``root``."""
    for path, _, error in entries:
        document_id = Path(os.path.relpath(path, root)).as_posix() if root else path
        if error is not None:
            yield Item(document_id, None, error=error)
            continue
        try:
            yield Item(document_id, read_file(path), detect_format(path))
        except InputError as exc:
            yield Item(document_id, None, error=str(exc))


def _table(path: str, id_column: str, text_column: str) -> Iterator[Item]:
    """Items of a table; a CSV or Parquet table without the id or text column is an ``InputError`` naming
    the columns it has (every row would fail), a JSONL row without either field an error row."""
    columns = (id_column, text_column)
    rows = _parquet_rows(path, columns) if path.lower().endswith(".parquet") else (
        _csv_rows(path, columns) if path.lower().endswith(".csv") else _jsonl_rows(path))
    for where, row in rows:
        if isinstance(row, str):
            yield Item(where, None, error=row)
        elif row.get(id_column) is None:
            yield Item(where, None, error=f"{where}: no {id_column!r} value")
        elif text_column not in row:
            yield Item(str(row[id_column]), None, error=f"{where}: no {text_column!r} field")
        elif not isinstance(row[text_column], (str, type(None))):
            yield Item(str(row[id_column]), None, error=f"{where}: {text_column!r} is not a string")
        else:
            yield Item(str(row[id_column]), row[text_column])


def _require_columns(path: str, have: list[str], columns: tuple[str, str]) -> None:
    """Raise ``InputError`` unless the table's header ``have`` holds the id and text ``columns``."""
    missing = [name for name in columns if name not in have]
    if missing:
        raise InputError(f"{path}: no column {missing[0]!r} (columns: {', '.join(map(repr, have)) or 'none'}); "
                         "name the columns with --id-column / --text-column (Python: id_column=, text_column=)")


def _jsonl_rows(path: str) -> Iterator[tuple[str, dict | str]]:
    """``(where, row)`` per non-blank line; ``row`` is an error message for a line that is not a JSON object."""
    with open(path, "rb") as file:
        for number, line in enumerate(file, 1):
            where = f"{path}:{number}"
            if not line.strip():
                continue
            try:
                row = json.loads(read_text(line, where))
            except (InputError, ValueError) as exc:
                yield where, str(exc) if isinstance(exc, InputError) else f"{where}: not JSON ({exc})"
                continue
            yield where, row if isinstance(row, dict) else f"{where}: not a JSON object"


def _csv_rows(path: str, columns: tuple[str, str]) -> Iterator[tuple[str, dict | str]]:
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))  # articles are longer than csv's 128 KiB default
    with open(path, encoding="utf-8-sig", errors="surrogateescape", newline="") as file:
        reader = csv.DictReader(file)
        _require_columns(path, list(reader.fieldnames or []), columns)
        for row in reader:
            where = f"{path}:{reader.line_num}"
            yield where, row if all(map(_is_utf8, row.values())) else f"{where}: not valid UTF-8"


def _is_utf8(value) -> bool:
    """False for a cell with undecodable bytes (kept as lone surrogates by ``surrogateescape``)."""
    try:
        str(value or "").encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _parquet_rows(path: str, columns: tuple[str, str]) -> Iterator[tuple[str, dict | str]]:
    from .output import require_pyarrow

    parquet = require_pyarrow().parquet.ParquetFile(path)
    _require_columns(path, list(parquet.schema_arrow.names), columns)
    number = 0
    for batch in parquet.iter_batches():
        for row in batch.to_pylist():
            number += 1
            yield f"{path}:row {number}", row
