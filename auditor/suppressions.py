"""Inline suppressions in drafts, each with a reason: findings they cover are set aside, not dropped.

    <!-- auditor: disable hedge.speculation, leak.* -- quoting the minister verbatim -->
    ... findings of these rules here are suppressed ...
    <!-- auditor: enable hedge.speculation, leak.* -->
    <!-- auditor: disable-next-line hedge -- the analyst is named two lines up -->

Ids are rule ids, globs (``hedge.*``) or check names (``hedge``); none means every rule. A
``disable`` lasts until an ``enable`` of the same id (or a bare ``enable``) or the end of the file.
A ``disable`` without ``-- reason`` still works but is itself reported (``suppression.missing-reason``),
and so is an id or glob that names no known rule (``suppression.unknown-rule``, when the known ids
are given): a typo must not leave a finding unsuppressed without a word.

Example:
    >>> from auditor.findings import Finding
    >>> text = "<!-- auditor: disable-next-line hedge -- quoted -->\\nIt may rain.\\nIt may snow."
    >>> found = [Finding("hedge.speculation", "hedge", "warning", "m", s, s + 7, "may ...") for s in (55, 68)]
    >>> kept, suppressed = apply_suppressions(text, found)
    >>> [f.start for f in kept], [(s.finding.start, s.reason) for s in suppressed]
    ([68], [(55, 'quoted')])
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass

from .findings import Category, Finding, declare_category
from .rules import covers, unknown_pattern

declare_category(Category("suppression", "100,116,139", "148,163,184", order=5, source=__name__))
MISSING_REASON = "suppression.missing-reason"
UNKNOWN_RULE = "suppression.unknown-rule"
RULES = [(MISSING_REASON, "suppression", "warning",
          "An inline <!-- auditor: disable ... --> comment gives no '-- reason'."),
         (UNKNOWN_RULE, "suppression", "warning",
          "An inline <!-- auditor: disable/enable ... --> comment names no known rule id, check or matching glob.")]

_DIRECTIVE = re.compile(r"<!--\s*auditor:\s*(?P<action>disable-next-line|disable|enable)\b(?P<body>.*?)-->", re.DOTALL)


@dataclass(frozen=True)
class Suppressed:
    """A finding set aside by the suppression comment at ``line`` for ``reason``."""

    finding: Finding
    reason: str
    line: int


@dataclass(frozen=True)
class _Region:
    patterns: tuple[str, ...]
    start: int
    end: int
    reason: str
    line: int

    def covers(self, finding: Finding) -> bool:
        return self.start <= finding.start < self.end and (
            not self.patterns or any(covers(p, finding.rule) for p in self.patterns))


def apply_suppressions(text: str, findings: list[Finding], known_ids: Iterable[str] | None = None,
                       ) -> tuple[list[Finding], list[Suppressed]]:
    """``(kept, suppressed)``: kept findings plus one ``suppression.missing-reason`` per reasonless disable
    and, when ``known_ids`` are given, one ``suppression.unknown-rule`` per id that names no known rule.

    >>> text = "<!-- auditor: disable hedge.speculaton -- quoted -->It may rain."
    >>> kept, _ = apply_suppressions(text, [], known_ids=["hedge.speculation"])
    >>> [(f.rule, f.message) for f in kept]  # doctest: +NORMALIZE_WHITESPACE
    [('suppression.unknown-rule', "Suppression names unknown rule id 'hedge.speculaton'
      (closest: hedge.speculation; `auditor rules` lists every rule): it suppresses nothing.")]
    """
    regions, problems = _regions(text, None if known_ids is None else list(known_ids))
    kept, suppressed = list(problems), []
    for finding in findings:
        region = next((r for r in regions if r.covers(finding)), None)
        if region is None:
            kept.append(finding)
        else:
            suppressed.append(Suppressed(finding, region.reason, region.line))
    return sorted(kept, key=lambda f: (f.start, f.end, f.rule)), suppressed


def _regions(text: str, known_ids: list[str] | None) -> tuple[list[_Region], list[Finding]]:
    line_starts = [0] + [m.end() for m in re.finditer(r"\r\n|\r|\n", text)]
    regions: list[_Region] = []
    problems: list[Finding] = []
    open_disables: list[_Region] = []
    for m in _DIRECTIVE.finditer(text):
        ids_part, _, reason = m.group("body").partition("--")
        patterns = tuple(p for p in re.split(r"[\s,]+", ids_part) if p)
        reason = " ".join(reason.split())
        for problem in filter(None, (unknown_pattern(p, known_ids) for p in patterns if known_ids is not None)):
            problems.append(Finding(UNKNOWN_RULE, "suppression", "warning",
                                    f"Suppression names {problem}: it suppresses nothing.",
                                    m.start(), m.end(), m.group()))
        line = bisect.bisect_right(line_starts, m.start())
        if m.group("action") == "enable":
            for d in [d for d in open_disables if not patterns or set(d.patterns) & set(patterns)]:
                open_disables.remove(d)
                regions.append(_Region(d.patterns, d.start, m.start(), d.reason, d.line))
                rest = tuple(p for p in d.patterns if patterns and p not in patterns)
                if rest:
                    open_disables.append(_Region(rest, m.end(), len(text), d.reason, d.line))
            continue
        if not reason:
            problems.append(Finding(MISSING_REASON, "suppression", "warning",
                                    "Suppression without a reason: add '-- why' before '-->'.",
                                    m.start(), m.end(), m.group()))
        if m.group("action") == "disable":
            open_disables.append(_Region(patterns, m.end(), len(text), reason, line))
        else:
            end_line = bisect.bisect_right(line_starts, m.end() - 1)
            start = line_starts[end_line] if end_line < len(line_starts) else len(text)
            end = line_starts[end_line + 1] if end_line + 1 < len(line_starts) else len(text)
            regions.append(_Region(patterns, start, end, reason, line))
    return regions + open_disables, problems

