"""The ``text`` output of ``auditor check``: ``path:line:col: severity rule message`` per finding, then a
summary line (``summary_line``, also printed by the ``github`` format; ``plural`` by ``auditor corpus``).
Columns are 1-based and count characters (Unicode code points).

Example:
    >>> from auditor.runner import FileResult
    >>> summary_line([FileResult("a.md"), FileResult("b.md", error="b.md: is a directory")])
    '0 findings (0 errors, 0 warnings, 0 info) in 1 file; 1 file could not be read'
"""

from __future__ import annotations

from ..findings import SEVERITIES
from ..runner import FileResult


def plural(n: int, word: str) -> str:
    """``1 error``, ``2 errors``, ``0 errors``.

    >>> plural(1, "warning"), plural(0, "warning")
    ('1 warning', '0 warnings')
    """
    return f"{n} {word}{'s' * (n != 1)}"


def summary_line(results: list[FileResult]) -> str:
    """``N findings (e errors, w warnings, i info) in F files`` plus suppressed, baselined, unreadable."""
    counts = severity_counts(results)
    read = [r for r in results if r.error is None]
    line = (f"{plural(sum(counts.values()), 'finding')} ({plural(counts['error'], 'error')}, "
            f"{plural(counts['warning'], 'warning')}, {counts['info']} info) in {plural(len(read), 'file')}")
    suppressed = sum(len(r.suppressed) for r in results)
    baselined = sum(len(r.baselined) for r in results)
    unreadable = len(results) - len(read)
    if suppressed:
        line += f"; {suppressed} suppressed"
    if baselined:
        line += f"; {baselined} baselined"
    if unreadable:
        line += f"; {plural(unreadable, 'file')} could not be read"
    return line


def severity_counts(results: list[FileResult]) -> dict[str, int]:
    """Findings of every file per severity (``info``, ``warning``, ``error``)."""
    counts = dict.fromkeys(SEVERITIES, 0)
    for result in results:
        for f in result.findings:
            counts[f.severity] += 1
    return counts


def render_text(results: list[FileResult], show_suppressed: bool = False) -> str:
    """``path:line:col: severity rule message`` per finding, then the summary line."""
    lines = []
    for result in results:
        if result.report is None:
            continue
        line_col = result.report.document.line_col
        entries = [(f.start, f"{f.severity} {f.rule} {f.message}", f) for f in result.findings]
        if show_suppressed:
            entries += [(s.finding.start, f"suppressed {s.finding.rule} {s.finding.message} "
                         f"(line {s.line}: {s.reason or 'no reason given'})", s.finding) for s in result.suppressed]
        for start, body, _ in sorted(entries, key=lambda e: (e[0], e[2].end, e[2].rule)):
            line, col = line_col(start)
            lines.append(f"{result.path}:{line}:{col}: {body}")
    return "\n".join(lines + [summary_line(results)]) + "\n"
