"""The ``json`` output of ``auditor check``: one versioned document (its schema is described in docs/ci.md).

Example:
    >>> import json
    >>> from auditor.runner import FileResult
    >>> document = json.loads(render_json([FileResult("b.md", error="b.md: is a directory")]))
    >>> document["version"], document["files"], document["summary"]["unreadable"]
    ('1', [{'error': 'b.md: is a directory', 'findings': [], 'path': 'b.md'}], 1)
"""

from __future__ import annotations

import json

from .. import __version__
from ..runner import FileResult
from .text import severity_counts

JSON_SCHEMA_VERSION = "1"


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
    counts = severity_counts(results)
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
