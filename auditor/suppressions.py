"""Inline suppressions in drafts, each with a reason: findings they cover are set aside, not dropped.

    <!-- auditor: disable hedge.speculation, leak.* -- quoting the minister verbatim -->
    ... findings of these rules here are suppressed ...
    <!-- auditor: enable hedge.speculation, leak.* -->
    <!-- auditor: disable-next-line hedge -- the analyst is named two lines up -->

Ids are rule ids, globs (``hedge.*``) or check names (``hedge``); none means every rule. A
``disable`` lasts until an ``enable`` of the same id (or a bare ``enable``) or the end of the file.
A ``disable`` without ``-- reason`` still works but is itself reported (``suppression.missing-reason``),
and so is an id or glob that names no known rule (``suppression.unknown-rule``, when the known ids
are given) and an action other than these three (``suppression.unknown-action``; ``disable-line`` suppresses
nothing): a typo must not leave a finding unsuppressed without a word. In Markdown and HTML a comment counts only
where it is a comment of the draft, not an example shown in code, front matter, a tag or a script.

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
from dataclasses import dataclass, replace

from .findings import Category, Finding, declare_category
from .formats import mask
from .rules import covers, most_specific, unknown_pattern

declare_category(Category("suppression", "100,116,139", "148,163,184", order=5, source=__name__))
MISSING_REASON = "suppression.missing-reason"
UNKNOWN_RULE = "suppression.unknown-rule"
UNKNOWN_ACTION = "suppression.unknown-action"
RULES = [(MISSING_REASON, "suppression", "warning",
          "An inline <!-- auditor: disable ... --> comment gives no '-- reason'."),
         (UNKNOWN_RULE, "suppression", "warning",
          "An inline <!-- auditor: disable/enable ... --> comment names no known rule id, check or matching glob."),
         (UNKNOWN_ACTION, "suppression", "warning",
          "An inline <!-- auditor: ... --> comment names no action or an unknown one (known: disable, "
          "disable-next-line, enable).")]
_SEVERITY = {rule[0]: rule[2] for rule in RULES}
ACTIONS = ("disable", "disable-next-line", "enable")

_DIRECTIVE = re.compile(r"<!--\s*auditor:\s*(?P<action>\w*(?:-\w+)*)(?P<body>.*?)-->", re.DOTALL)
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)


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
                       format: str = "text", severity: dict[str, str] | None = None,
                       ) -> tuple[list[Finding], list[Suppressed]]:
    """``(kept, suppressed)``: kept findings plus one ``suppression.missing-reason`` per reasonless disable, one
    ``suppression.unknown-action`` per unknown action and, when ``known_ids`` are given, one
    ``suppression.unknown-rule`` per id that names no known rule. ``format`` (``text``, ``markdown``, ``html``) says
    which comments count (see ``_comments``); ``severity`` maps ids, globs or check names to the level of these
    findings (the config's ``severity``).

    >>> text = "<!-- auditor: disable hedge.speculaton -- quoted -->It may rain."
    >>> kept, _ = apply_suppressions(text, [], known_ids=["hedge.speculation"], severity={"suppression": "error"})
    >>> [(f.rule, f.severity, f.message) for f in kept]  # doctest: +NORMALIZE_WHITESPACE
    [('suppression.unknown-rule', 'error', "Suppression names unknown rule id 'hedge.speculaton'
      (closest: hedge.speculation; `auditor rules` lists every rule): it suppresses nothing.")]
    """
    regions, problems = _regions(text, _comments(text, format), None if known_ids is None else list(known_ids))
    kept, suppressed = [_at_level(p, severity or {}) for p in problems], []
    for finding in findings:
        region = next((r for r in regions if r.covers(finding)), None)
        if region is None:
            kept.append(finding)
        else:
            suppressed.append(Suppressed(finding, region.reason, region.line))
    return sorted(kept, key=lambda f: (f.start, f.end, f.rule)), suppressed


def _comments(text: str, format: str) -> list[re.Match]:
    """The ``<!-- auditor: ... -->`` comments of ``text`` that count: in a text file all of them; in Markdown and
    HTML those that ``auditor.formats`` does not mask as code, front matter, a tag, a script... (what it masks for
    being a comment does not matter: each comment is masked as if it were prose).

    >>> text = "Use `<!-- auditor: disable -->` to silence it.\\n<!-- auditor: enable -->"
    >>> [m.group("action") for m in _comments(text, "markdown")], len(_comments(text, "text"))
    (['enable'], 2)
    """
    found = list(_DIRECTIVE.finditer(text))
    if format == "text" or not found:
        return found
    masked = mask(_COMMENT.sub(lambda m: re.sub(r"[^\r\n]", "x", m.group()), text), format)
    return [m for m in found if masked[m.start()] == "x"]


def _at_level(finding: Finding, severity: dict[str, str]) -> Finding:
    """``finding`` at the level ``severity`` gives its rule (the most specific entry), if any."""
    level = most_specific(finding.rule, severity)
    return replace(finding, severity=level) if level else finding


def _regions(text: str, found: list[re.Match], known_ids: list[str] | None) -> tuple[list[_Region], list[Finding]]:
    line_starts = [0] + [m.end() for m in re.finditer(r"\r\n|\r|\n", text)]
    regions: list[_Region] = []
    problems: list[Finding] = []
    open_disables: list[_Region] = []
    for m in found:
        action = m.group("action")
        if action not in ACTIONS:
            what = f"unknown action {action!r}" if action else "no action"
            problems.append(_problem(UNKNOWN_ACTION, f"Suppression names {what} (known: {', '.join(ACTIONS)}): "
                                     "it suppresses nothing.", m))
            continue
        ids_part, _, reason = m.group("body").partition("--")
        patterns = tuple(p for p in re.split(r"[\s,]+", ids_part) if p)
        reason = " ".join(reason.split())
        for problem in filter(None, (unknown_pattern(p, known_ids) for p in patterns if known_ids is not None)):
            problems.append(_problem(UNKNOWN_RULE, f"Suppression names {problem}: it suppresses nothing.", m))
        line = bisect.bisect_right(line_starts, m.start())
        if action == "enable":
            for d in [d for d in open_disables if not patterns or set(d.patterns) & set(patterns)]:
                open_disables.remove(d)
                regions.append(_Region(d.patterns, d.start, m.start(), d.reason, d.line))
                rest = tuple(p for p in d.patterns if patterns and p not in patterns)
                if rest:
                    open_disables.append(_Region(rest, m.end(), len(text), d.reason, d.line))
            continue
        if not reason:
            problems.append(_problem(MISSING_REASON, "Suppression without a reason: add '-- why' before '-->'.", m))
        if action == "disable":
            open_disables.append(_Region(patterns, m.end(), len(text), reason, line))
        else:
            end_line = bisect.bisect_right(line_starts, m.end() - 1)
            start = line_starts[end_line] if end_line < len(line_starts) else len(text)
            end = line_starts[end_line + 1] if end_line + 1 < len(line_starts) else len(text)
            regions.append(_Region(patterns, start, end, reason, line))
    return regions + open_disables, problems


def _problem(rule: str, message: str, comment: re.Match) -> Finding:
    """A finding of suppression ``rule`` on the whole ``comment``, at the rule's default level."""
    return Finding(rule, "suppression", _SEVERITY[rule], message, comment.start(), comment.end(), comment.group())
