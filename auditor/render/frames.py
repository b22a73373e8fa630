"""Findings as pandas data frames, one row per finding (pandas: ``pip install 'article-auditor[notebook]'``).

Columns: ``document`` (batches only), ``finding`` (index in ``report.findings``), ``rule``,
``category``, ``severity``, ``message``, ``start``, ``end``, ``line``, ``column``, ``end_line``,
``end_column`` (1-based), ``text``, ``score``, ``sentence`` (the text of the finding's ``details["sentence"]``
span, else of the sentence where the finding starts, both as the audit split the prose of an HTML or Markdown draft:
``Report.sentence_span``), ``related`` (list of ``(start, end)``), ``related_text`` and ``details``. ``category`` and
``severity`` are categoricals over every known value (``severity`` ordered, so
``df[df.severity >= "warning"]`` works) and ``document`` lists every document of a batch, so group-bys
with ``observed=False`` count zeros for documents without findings.

Example:
    >>> from auditor import Auditor
    >>> df = report_frame(Auditor({"checks": ["leak"]}).audit("As an AI language model, I refuse."))
    >>> df[["rule", "severity", "line", "column", "text"]].to_dict("records")
    [{'rule': 'leak.ai-self-reference', 'severity': 'error', 'line': 1, 'column': 1, 'text': 'As an AI language model'}]
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..findings import SEVERITIES, Finding
from ..report import Report, categories_of

if TYPE_CHECKING:
    import pandas

COLUMNS = ["finding", "rule", "category", "severity", "message", "start", "end", "line", "column",
           "end_line", "end_column", "text", "score", "sentence", "related", "related_text", "details"]


def require_pandas():
    """The pandas module, or an ImportError saying which extra to install."""
    try:
        import pandas
    except ImportError:
        raise ImportError("data frames need pandas: pip install 'article-auditor[notebook]'") from None
    return pandas


def finding_rows(report: Report) -> list[dict]:
    """Plain-data rows, one per finding, with the columns of ``COLUMNS``."""
    rows = []
    for index, finding in enumerate(report.findings):
        row = report.finding_dict(finding)
        row.update(finding=index, sentence=_sentence(report, finding),
                   related=[tuple(span) for span in finding.related],
                   related_text=[report.text[s:e] for s, e in finding.related])
        rows.append({column: row[column] for column in COLUMNS})
    return rows


def _sentence(report: Report, finding: Finding) -> str:
    """The text of the finding's ``details["sentence"]`` span, else of the prose sentence where it starts.

    >>> from auditor import Document
    >>> text = "<p>Officials met.</p><p>Experts say it may rain.</p>"
    >>> found = Finding("hedge.x", "hedge", "info", "", 24, 35, "Experts say", details={"sentence": [24, 48]})
    >>> _sentence(Report(Document(text), [found]), found)
    'Experts say it may rain.'
    """
    span = finding.details.get("sentence")
    if not (isinstance(span, list) and len(span) == 2):
        span = report.sentence_span(finding.start)
    return report.text[span[0]:span[1]] if span else ""


def report_frame(report: Report) -> pandas.DataFrame:
    """One row per finding of one report."""
    return _frame(finding_rows(report), COLUMNS, [report])


def batch_frame(reports: dict[str, Report], documents: list[str] | None = None) -> pandas.DataFrame:
    """One row per finding of many reports, keyed by document id (``documents``: every id, in order)."""
    pandas = require_pandas()
    rows = [{"document": doc_id, **row} for doc_id, report in reports.items() for row in finding_rows(report)]
    frame = _frame(rows, ["document"] + COLUMNS, reports.values())
    frame["document"] = pandas.Categorical(frame["document"], categories=documents or list(reports))
    return frame


def _frame(rows: list[dict], columns: list[str], reports: Iterable[Report]) -> pandas.DataFrame:
    pandas = require_pandas()
    frame = pandas.DataFrame(rows, columns=columns)
    names = [c.name for c in categories_of(reports)]
    frame["category"] = pandas.Categorical(frame["category"], categories=names)
    frame["severity"] = pandas.Categorical(frame["severity"], categories=SEVERITIES, ordered=True)
    return frame
