"""The result of auditing one text: findings in text order, with line/column, as dict or JSON.

Example:
    >>> report = Report(Document("It is believed."), [])
    >>> report.to_dict()["summary"]
    {'findings': 0, 'by_severity': {'info': 0, 'warning': 0, 'error': 0}, 'by_category': {}}
"""

from __future__ import annotations

import bisect
import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import asdict, replace
from functools import cached_property

from .document import Document
from .findings import SEVERITIES, Category, Finding, declared_categories
from .formats import Prose, extract
from .suppressions import Suppressed


class Report:
    """Findings of one audited document, ordered by position, each with its ``line``/``column``;
    ``suppressed``: findings set aside by inline suppression comments (``auditor.suppressions``);
    ``categories``: the categories of the auditor that made it (shipped ones and those its rule files
    declare), in display order; default: the shipped ones; ``format``: what the draft was read as (``text``,
    ``markdown``, ``html``: ``auditor.formats``)."""

    def __init__(self, document: Document, findings: list[Finding], suppressed: Sequence[Suppressed] = (),
                 categories: Sequence[Category] | None = None, format: str = "text"):
        self.document = document
        self.format = format
        self._categories = None if categories is None else tuple(categories)
        self.findings = sorted((self._located(f) for f in findings), key=lambda f: (f.start, f.end, f.rule))
        self.suppressed = sorted((replace(s, finding=self._located(s.finding)) for s in suppressed),
                                 key=lambda s: (s.finding.start, s.finding.end, s.finding.rule))

    def _located(self, finding: Finding) -> Finding:
        line, column = self.document.line_col(finding.start)
        if (finding.line, finding.column) == (line, column):
            return finding
        return replace(finding, line=line, column=column)

    @property
    def categories(self) -> tuple[Category, ...]:
        return declared_categories() if self._categories is None else self._categories

    @property
    def text(self) -> str:
        return self.document.text

    @property
    def source(self) -> str | None:
        return self.document.source

    @cached_property
    def _prose(self) -> tuple[Prose, Document]:
        """The prose the checks read (``formats.extract``) and its document, made again on first use: the audit's own
        copy is not kept (a batch keeps many reports, a worker process pickles them back)."""
        prose = extract(self.text, self.format)
        if prose.text is self.text:
            return prose, self.document
        return prose, Document(prose.text, self.source, regions=prose.regions)

    def sentence_span(self, offset: int) -> tuple[int, int] | None:
        """The offsets in ``text`` of the sentence holding ``offset``, as the audit split the draft's prose (markup and
        code masked); None between sentences.

        >>> report = Report(Document("<h1>Storm</h1><p>Officials met.</p><p>I cannot.</p>"), [], format="html")
        >>> report.text[slice(*report.sentence_span(38))]
        'I cannot.'
        """
        prose, document = self._prose
        at = offset if prose.origin is None else bisect.bisect_right(prose.origin, offset) - 1
        sentence = document.sentence_at(at)
        return None if sentence is None else prose.span(sentence.start, sentence.end)

    def summary(self) -> dict:
        severities = Counter(f.severity for f in self.findings)
        return {
            "findings": len(self.findings),
            "by_severity": {s: severities.get(s, 0) for s in SEVERITIES},
            "by_category": dict(sorted(Counter(f.category for f in self.findings).items())),
        }

    def finding_dict(self, finding: Finding) -> dict:
        """A finding as plain data, with 1-based ``line``/``column`` (and ``end_line``/``end_column``)."""
        data = asdict(finding)
        data["related"] = [list(span) for span in finding.related]
        data["line"], data["column"] = self.document.line_col(finding.start)
        data["end_line"], data["end_column"] = self.document.line_col(finding.end)
        return data

    def to_dict(self) -> dict:
        return {
            "source": self.source,
            "findings": [self.finding_dict(f) for f in self.findings],
            "summary": self.summary(),
        }

    def to_json(self, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False, sort_keys=True)

    def to_dataframe(self):
        """One row per finding: offsets, line/column, sentence, related spans; needs pandas.

        Columns: see ``auditor.render.frames``.
        """
        from .render.frames import report_frame

        return report_frame(self)

    def _repr_html_(self) -> str:
        """Jupyter display: the article with findings highlighted (see ``auditor.render.html``)."""
        from .render.html import render_report

        return render_report(self)

    def __len__(self) -> int:
        return len(self.findings)

    def __repr__(self) -> str:
        return f"Report(source={self.source!r}, findings={len(self.findings)})"


def categories_of(reports: Iterable[Report]) -> tuple[Category, ...]:
    """The categories of several reports, in order, each name once (the shipped ones when there are none)."""
    known: dict[str, Category] = {}
    for report in reports:
        known.update((c.name, c) for c in report.categories if c.name not in known)
    return tuple(known.values()) or declared_categories()
