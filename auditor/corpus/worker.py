"""What every engine's workers run: audit a batch of ``Item``s with one ``Auditor`` into rows.

A document that is empty, longer than ``max_chars`` or fails to audit becomes an error row; the
others in the batch are still audited.

Example:
    >>> from auditor import Auditor
    >>> from auditor.corpus.sources import Item
    >>> findings, documents = audit_items(Auditor({"checks": ["leak"]}), [Item("a", "I am an AI."), Item("b", " ")])
    >>> [(d["document_id"], d["findings"], d["error"]) for d in documents]
    [('a', 1, None), ('b', 0, 'empty document')]
"""

from __future__ import annotations

from ..engine import Auditor
from .output import error_row, report_rows
from .sources import Item

MAX_CHARS = 1_000_000


def audit_items(auditor: Auditor, items: list[Item], max_chars: int = MAX_CHARS) -> tuple[list[dict], list[dict]]:
    """Finding rows and document rows of ``items``, in item order."""
    finding_rows, document_rows = [], []
    for item in items:
        rows, document = audit_item(auditor, item, max_chars)
        finding_rows += rows
        document_rows.append(document)
    return finding_rows, document_rows


def audit_item(auditor: Auditor, item: Item, max_chars: int = MAX_CHARS) -> tuple[list[dict], dict]:
    """The rows of one document (an error row, and no findings, when it cannot be audited)."""
    error = item.error or _unfit(item.text, max_chars)
    if error:
        return [], error_row(item.document_id, error)
    try:
        report = auditor.audit(item.text, item.document_id, item.format or "text")
    except Exception as exc:  # noqa: BLE001 - one bad document must not stop the corpus
        return [], error_row(item.document_id, f"{type(exc).__name__}: {exc}")
    return report_rows(item.document_id, report)


def _unfit(text: str | None, max_chars: int) -> str | None:
    if text is None or not text.strip():
        return "empty document"
    if len(text) > max_chars:
        return f"document too large ({len(text):,} characters; the limit is {max_chars:,})"
    return None
