"""Audit many articles at once, for exploring a corpus in a notebook.

Items are texts or files: a ``pathlib.Path`` (any ``os.PathLike``) is a file, read and audited like
``auditor check`` does; a ``str`` is the article text itself, unless ``paths=True``, which makes every
``str`` a file path too. Nothing is guessed from whether a string happens to name a file. Document
ids are ``ids`` when given, else the path of a file and ``text-1``, ``text-2``... (1-based position,
zero-padded from ten items on: ``text-01``; ``auditor.discovery.text_ids``, as ``audit_corpus``) for
a text. One ``Auditor`` audits every item, so models load once; a document that fails (unreadable
file, non-text item) is recorded in ``errors`` and the others are still audited.

Example:
    >>> batch = audit_many(["I am an AI.", "Sources said it may rain."], config={"checks": ["leak"]})
    >>> batch.ids, {doc_id: len(report) for doc_id, report in batch.reports.items()}
    (['text-1', 'text-2'], {'text-1': 1, 'text-2': 0})
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable

from .config import Config
from .discovery import text_ids
from .engine import Auditor
from .report import Report


class BatchReport:
    """Reports of many documents keyed by id, in input order, plus ``errors`` ({id: message})."""

    def __init__(self, ids: list[str], reports: dict[str, Report], errors: dict[str, str]):
        self.ids = ids
        self.reports = reports
        self.errors = errors

    def to_dataframe(self):
        """One row per finding with a ``document`` column (see ``auditor.render.frames``); needs pandas."""
        from .render.frames import batch_frame

        return batch_frame(self.reports, self.ids)

    def __getitem__(self, doc_id: str) -> Report:
        return self.reports[doc_id]

    def __len__(self) -> int:
        return len(self.ids)

    def __repr__(self) -> str:
        findings = sum(len(r) for r in self.reports.values())
        return f"BatchReport(documents={len(self.ids)}, findings={findings}, errors={len(self.errors)})"

    def _repr_html_(self) -> str:
        """Jupyter display: findings per document and category, errors (see ``auditor.render.html``)."""
        from .render.html import render_batch

        return render_batch(self)


def audit_many(items: Iterable[str | os.PathLike], config: Config | dict | Auditor | None = None,
               ids: Iterable[str] | None = None, paths: bool = False) -> BatchReport:
    """Audit texts and files with one ``Auditor`` (or ``config``'s); see the module docstring for the rules."""
    items = list(items)
    if ids is None:
        ids = [_default_id(item, text_id, paths)
               for item, text_id in zip(items, text_ids(len(items)), strict=True)]
    ids = list(ids)
    if len(ids) != len(items):
        raise ValueError(f"{len(ids)} ids for {len(items)} items")
    duplicates = [doc_id for doc_id, count in Counter(ids).items() if count > 1]
    if duplicates:
        raise ValueError(f"document ids must be unique; repeated: {', '.join(map(str, duplicates))}")
    aud = config if isinstance(config, Auditor) else Auditor(config)
    reports, errors = {}, {}
    for doc_id, item in zip(ids, items, strict=True):
        try:
            if isinstance(item, os.PathLike) or (paths and isinstance(item, str)):
                reports[doc_id] = aud.audit_file(os.fspath(item))
            else:
                reports[doc_id] = aud.audit(item, source=doc_id)
        except Exception as exc:  # recorded per document: one bad item must not stop the batch
            errors[doc_id] = f"{type(exc).__name__}: {exc}"
    return BatchReport(ids, reports, errors)


def _default_id(item, text_id: str, paths: bool) -> str:
    if isinstance(item, os.PathLike) or (paths and isinstance(item, str)):
        return os.fspath(item)
    return text_id
