"""The ``sarif`` output of ``auditor check``: a SARIF 2.1.0 log with one run, one rule per rule id,
one result per finding (suppressed findings with an ``inSource`` suppression), the summary line in the
invocation's ``properties.summary``, a stable
``partialFingerprints`` entry and regions whose columns count characters (``unicodeCodePoints``).

Example:
    >>> import json
    >>> from auditor.runner import FileResult
    >>> log = json.loads(render_sarif([FileResult("b.md", error="b.md: is a directory")],
    ...                               [("leak.ai-self-reference", "leak", "error", "AI self-reference")]))
    >>> run = log["runs"][0]
    >>> log["version"], run["tool"]["driver"]["rules"][0]["defaultConfiguration"], run["results"]
    ('2.1.0', {'level': 'error'}, [])
    >>> run["invocations"][0]["toolExecutionNotifications"][0]["message"]
    {'text': 'b.md: is a directory'}
    >>> run["invocations"][0]["properties"]["summary"]
    '0 findings (0 errors, 0 warnings, 0 info) in 0 files; 1 file could not be read'
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from urllib.parse import quote

from .. import __version__
from ..baseline import fingerprint
from ..findings import Finding
from ..runner import FileResult
from .text import summary_line

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
SARIF_LEVELS = {"error": "error", "warning": "warning", "info": "note"}


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
                                                            for r in results if r.error is not None],
                             "properties": {"summary": summary_line(results)}}],
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
