"""What every engine's workers run: audit a batch of ``Item``s with one ``Auditor`` into rows.

A document that is empty, longer than the config's ``max_chars`` (the one size cap, checked by
``Auditor.audit``) or fails to audit becomes an error row; the others in the batch are still audited.

Example:
    >>> from auditor import Auditor
    >>> from auditor.corpus.sources import Item
    >>> findings, documents = audit_items(Auditor({"checks": ["leak"]}), [Item("a", "I am an AI."), Item("b", " ")])
    >>> [(d["document_id"], d["findings"], d["error"]) for d in documents]
    [('a', 1, None), ('b', 0, 'empty document')]
"""

from __future__ import annotations

from ..engine import Auditor
from ..errors import TooLargeError
from .output import error_row, report_rows
from .sources import Item

def audit_items(auditor: Auditor, items: list[Item]) -> tuple[list[dict], list[dict]]:
    """Finding rows and document rows of ``items``, in item order."""
    finding_rows, document_rows = [], []
    for item in items:
        rows, document = audit_item(auditor, item)
        finding_rows += rows
        document_rows.append(document)
    return finding_rows, document_rows


def audit_item(auditor: Auditor, item: Item) -> tuple[list[dict], dict]:
    """The rows of one document (an error row, and no findings, when it cannot be audited)."""
    error = item.error or (None if item.text is not None and item.text.strip() else "empty document")
    if error or item.text is None:
        return [], error_row(item.document_id, error or "empty document")
    try:
        report = auditor.audit(item.text, item.document_id, item.format or "text")
    except TooLargeError as exc:
        return [], error_row(item.document_id, f"document too large ({exc.chars:,} characters; "
                                               f"the limit is {exc.limit:,}); raise max_chars to audit it")
    except Exception as exc:  # noqa: BLE001 - one bad document must not stop the corpus
        return [], error_row(item.document_id, f"{type(exc).__name__}: {exc}")
    return report_rows(item.document_id, report)
