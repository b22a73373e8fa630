"""Renderers of ``auditor check`` results: ``text``, ``json``, ``sarif`` (2.1.0) and ``github``.

Each takes the ``FileResult`` list and returns the whole output; ``summary_line`` is shared.
Columns are 1-based and count characters (Unicode code points), as SARIF's ``unicodeCodePoints``.

Example:
    >>> from auditor.runner import FileResult
    >>> summary_line([FileResult("a.md"), FileResult("b.md", error="b.md: is a directory")])
    '0 findings (0 errors, 0 warnings, 0 info) in 1 file; 1 file could not be read'
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from urllib.parse import quote

from . import __version__
from .baseline import fingerprint
from .findings import SEVERITIES, Finding
from .runner import FileResult

JSON_SCHEMA_VERSION = "1"
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
SARIF_LEVELS = {"error": "error", "warning": "warning", "info": "note"}
GITHUB_LEVELS = {"error": "error", "warning": "warning", "info": "notice"}
FORMATS = ("text", "json", "sarif", "github")


def plural(n: int, word: str) -> str:
    """``1 error``, ``2 errors``, ``0 errors``.

    >>> plural(1, "warning"), plural(0, "warning")
    ('1 warning', '0 warnings')
    """
    return f"{n} {word}{'s' * (n != 1)}"


def summary_line(results: list[FileResult]) -> str:
    """``N findings (e errors, w warnings, i info) in F files`` plus suppressed, baselined, unreadable."""
    counts = _severity_counts(results)
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


def _severity_counts(results: list[FileResult]) -> dict[str, int]:
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


def render_json(results: list[FileResult]) -> str:
    """The versioned JSON document described in docs/ci.md."""
    files: list[dict] = []
    for result in results:
        if result.report is None:
            files.append({"path": result.path, "error": result.error, "findings": []})
            continue
        data = result.report.to_dict()
        suppressed = [dict(result.report.finding_dict(s.finding), reason=s.reason, suppression_line=s.line)
                      for s in result.suppressed]
        files.append({"path": result.path, "findings": data["findings"], "summary": data["summary"],
                      "suppressed": suppressed, "baselined": len(result.baselined)})
    counts = _severity_counts(results)
    document = {
        "version": JSON_SCHEMA_VERSION,
        "tool": {"name": "article-auditor", "version": __version__},
        "files": files,
        "summary": {"files": len(files), "unreadable": sum("error" in f for f in files),
                    "findings": sum(counts.values()), "by_severity": counts,
                    "suppressed": sum(len(r.suppressed) for r in results),
                    "baselined": sum(len(r.baselined) for r in results)},
    }
    return json.dumps(document, indent=2, ensure_ascii=False, sort_keys=True) + "\n"


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


def render_sarif(results: list[FileResult], rules: list[tuple[str, str, str, str]]) -> str:
    """A SARIF 2.1.0 log with one run; ``rules`` are ``(id, category, severity, description)``.

    Suppressed findings are results with an ``inSource`` suppression; baselined ones are left out.
    """
    known = {r[0] for r in rules}
    extra = sorted({(f.rule, f.category, f.severity, f.message) for r in results
                    for f in r.findings + [s.finding for s in r.suppressed] if f.rule not in known})
    all_rules = sorted(rules) + extra
    index = {rule[0]: i for i, rule in enumerate(all_rules)}
    sarif_results = []
    for result in results:
        if result.report is None:
            continue
        for finding, suppression in [(f, None) for f in result.findings] + [(s.finding, s) for s in result.suppressed]:
            sarif_results.append(_sarif_result(result, finding, index[finding.rule], suppression))
    log = {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "article-auditor",
                "version": __version__,
                "rules": [{"id": rid, "shortDescription": {"text": description or rid},
                           "defaultConfiguration": {"level": SARIF_LEVELS[severity]},
                           "properties": {"category": category}}
                          for rid, category, severity, description in all_rules],
            }},
            "columnKind": "unicodeCodePoints",
            "results": sarif_results,
            "invocations": [{"executionSuccessful": all(r.error is None for r in results),
                             "toolExecutionNotifications": [{"level": "error", "message": {"text": r.error}}
                                                            for r in results if r.error is not None]}],
        }],
    }
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"


def _sarif_result(result: FileResult, finding: Finding, rule_index: int, suppression) -> dict:
    assert result.report is not None  # the caller skips results without a report
    line_col = result.report.document.line_col
    (line, col), (end_line, end_col) = line_col(finding.start), line_col(finding.end)
    sarif = {
        "ruleId": finding.rule,
        "ruleIndex": rule_index,
        "level": SARIF_LEVELS[finding.severity],
        "message": {"text": finding.message},
        "locations": [{"physicalLocation": {
            "artifactLocation": {"uri": _uri(result.path)},
            "region": {"startLine": line, "startColumn": col, "endLine": end_line, "endColumn": end_col,
                       "charOffset": finding.start, "charLength": finding.end - finding.start,
                       "snippet": {"text": finding.text}},
        }}],
        "partialFingerprints": {"auditorFinding/v1": fingerprint(finding)},
        "properties": {"category": finding.category, "score": finding.score},
    }
    if suppression is not None:
        sarif["suppressions"] = [{"kind": "inSource", "justification": suppression.reason or "no reason given"}]
    return sarif


def _uri(path: str) -> str:
    """A relative URI with forward slashes (absolute ``file://`` outside the current folder)."""
    if path == "<stdin>":
        return "stdin"
    absolute = Path(path).resolve()
    relative = os.path.relpath(absolute, Path.cwd())
    return absolute.as_uri() if relative.startswith("..") else quote(Path(relative).as_posix())
