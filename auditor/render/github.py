"""The ``github`` output of ``auditor check``: GitHub Actions workflow commands, one annotation per finding
(``::warning file=…,line=…,col=…,endLine=…,endColumn=…,title=rule::message``), then the summary line.
Columns are 1-based and count characters (Unicode code points).

Example:
    >>> from auditor.runner import FileResult
    >>> print(render_github([FileResult("b.md", error="b.md: is a directory")]), end="")
    ::error file=b.md::b.md: is a directory
    0 findings (0 errors, 0 warnings, 0 info) in 0 files; 1 file could not be read
"""

from __future__ import annotations

from ..runner import FileResult
from .text import summary_line

GITHUB_LEVELS = {"error": "error", "warning": "warning", "info": "notice"}


def render_github(results: list[FileResult]) -> str:
    """GitHub Actions workflow commands (``::warning file=…,line=…,col=…::…``), then the summary."""
    lines = []
    for result in results:
        if result.error is not None:
            lines.append(f"::error file={_property(result.path)}::{_data(result.error)}")
        if result.report is None:
            continue
        line_col = result.report.document.line_col
        for f in result.findings:
            (line, col), (end_line, end_col) = line_col(f.start), line_col(f.end)
            where = f"file={_property(result.path)},line={line},col={col},endLine={end_line},endColumn={end_col}"
            lines.append(f"::{GITHUB_LEVELS[f.severity]} {where},title={_property(f.rule)}::{_data(f.message)}")
    return "\n".join(lines + [summary_line(results)]) + "\n"


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")
