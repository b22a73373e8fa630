"""The ``auditor`` command: ``auditor check PATH... [-]`` and ``auditor rules``.

Exit codes: 0 nothing reached the fail level, 1 something did, 2 usage error or unreadable input
(every other file is still audited and reported).

Example:
    $ auditor check fixtures/seed/bakhmut.txt --fail-on warning
    fixtures/seed/bakhmut.txt:2:10: warning hedge.interested-party ...
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from . import __version__
from .config import FAIL_LEVELS, Config
from .engine import Auditor
from .errors import AuditorError
from .findings import SEVERITIES, Finding
from .report import Report
from .textio import read_text

JSON_SCHEMA_VERSION = "1"
STDIN = "-"


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        return args.run(args)
    except AuditorError as exc:
        print(f"auditor: error: {exc}", file=sys.stderr)
        return 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="auditor", description="Audit AI-generated news articles.")
    parser.add_argument("--version", action="version", version=f"article-auditor {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)

    check = commands.add_parser("check", help="audit files (or - for standard input)")
    check.add_argument("paths", nargs="+", metavar="PATH", help="files to audit; - reads standard input")
    check.add_argument("--format", choices=("text", "json"), default="text", help="output format (default: text)")
    check.add_argument("--fail-on", choices=FAIL_LEVELS, default=None,
                       help="exit 1 when a finding reaches this severity (default: error)")
    check.add_argument("--disable", action="append", default=[], metavar="ID",
                       help="disable a rule id, glob (hedge.*) or check name; repeatable")
    check.add_argument("--rules", action="append", default=[], metavar="FILE", help="extra YAML rule file; repeatable")
    check.set_defaults(run=_run_check)

    rules = commands.add_parser("rules", help="list every rule with id, category, severity and description")
    rules.add_argument("--rules", action="append", default=[], metavar="FILE", help="extra YAML rule file; repeatable")
    rules.set_defaults(run=_run_rules)
    return parser


def _run_check(args) -> int:
    config = Config(disable=tuple(args.disable), extra_rules=tuple(args.rules))
    fail_on = args.fail_on or config.fail_on
    auditor = Auditor(config)
    reports: list[tuple[str, Report | None, str | None]] = []
    for path in args.paths:
        try:
            report = auditor.audit(read_text(sys.stdin.buffer.read(), "<stdin>"), "<stdin>") if path == STDIN \
                else auditor.audit_file(path)
            reports.append((_display(path), report, None))
        except AuditorError as exc:
            print(f"auditor: error: {exc}", file=sys.stderr)
            reports.append((_display(path), None, str(exc)))
    print(_render_json(reports) if args.format == "json" else _render_text(reports), end="")
    if any(error for _, _, error in reports):
        return 2
    threshold = None if fail_on == "never" else Finding.rank(fail_on)
    failed = threshold is not None and any(f.severity_rank >= threshold for _, r, _ in reports if r for f in r.findings)
    return 1 if failed else 0


def _display(path: str) -> str:
    return "<stdin>" if path == STDIN else path


def _render_text(reports) -> str:
    lines, counts, files = [], dict.fromkeys(SEVERITIES, 0), 0
    for path, report, error in reports:
        if report is None:
            continue
        files += 1
        for f in report.findings:
            line, col = report.document.line_col(f.start)
            lines.append(f"{path}:{line}:{col}: {f.severity} {f.rule} {f.message}")
            counts[f.severity] += 1
    total = sum(counts.values())
    errors = sum(1 for _, r, _ in reports if r is None)
    summary = (f"{total} finding{'s' * (total != 1)} ({counts['error']} errors, {counts['warning']} warnings, "
               f"{counts['info']} info) in {files} file{'s' * (files != 1)}")
    if errors:
        summary += f"; {errors} file{'s' * (errors != 1)} could not be read"
    return "\n".join(lines + [summary]) + "\n"


def _render_json(reports) -> str:
    files, counts = [], dict.fromkeys(SEVERITIES, 0)
    for path, report, error in reports:
        if report is None:
            files.append({"path": path, "error": error, "findings": []})
            continue
        data = report.to_dict()
        for f in report.findings:
            counts[f.severity] += 1
        files.append({"path": path, "findings": data["findings"], "summary": data["summary"]})
    document = {
        "version": JSON_SCHEMA_VERSION,
        "tool": {"name": "article-auditor", "version": __version__},
        "files": files,
        "summary": {"files": len(files), "unreadable": sum("error" in f for f in files),
                    "findings": sum(counts.values()), "by_severity": counts},
    }
    return json.dumps(document, indent=2, ensure_ascii=False, sort_keys=True) + "\n"


def _run_rules(args) -> int:
    auditor = Auditor(Config(extra_rules=tuple(args.rules)))
    rules = sorted(auditor.rules, key=lambda r: r.id)
    width = max(len(r.id) for r in rules)
    for rule in rules:
        print(f"{rule.id:<{width}}  {rule.category:<13}  {rule.severity:<7}  {rule.description or rule.message}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
