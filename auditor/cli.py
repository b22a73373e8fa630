"""The ``auditor`` command: ``auditor check PATH... [-]`` and ``auditor rules``.

Exit codes: 0 nothing reached the fail level, 1 something did, 2 usage error, bad config or
unreadable input (every other file is still audited and reported).

Example:
    $ auditor check fixtures/seed/bakhmut.txt --fail-on warning
    fixtures/seed/bakhmut.txt:2:10: warning hedge.interested-party ...
    $ auditor check drafts/ --format sarif --jobs 2 > auditor.sarif
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import traceback
from collections.abc import Sequence
from dataclasses import replace

from . import __version__
from .baseline import Baseline
from .config import FAIL_LEVELS
from .corpus.cli import add_corpus_command
from .configfile import load_config
from .discovery import STDIN, ConfigResolver, collect
from .engine import Auditor
from .errors import AuditorError
from .findings import Finding
from .formats import FORMATS as INPUT_FORMATS
from .render import FORMATS
from .render.github import render_github
from .render.json import render_json
from .render.sarif import render_sarif
from .render.text import render_text
from .runner import FileResult, Task, run_tasks
from .rules import most_specific
from .suppressions import RULES as SUPPRESSION_RULES


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    for stream in (sys.stdout, sys.stderr):  # a text a terminal cannot show must not crash the run
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    try:
        return args.run(args)
    except KeyboardInterrupt:
        print("auditor: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # output piped into `head` and the like: stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except Exception as exc:  # noqa: BLE001 - one line for users, the traceback with --debug
        if getattr(args, "debug", False):
            traceback.print_exc()
        message = (str(exc) if isinstance(exc, AuditorError)
                   else f"unexpected {type(exc).__name__}: {exc} (--debug shows where)")
        print(f"auditor: error: {_one_line(message)}", file=sys.stderr)
        return 2


def _one_line(message: str) -> str:
    """Line breaks in an error message (from a parser, a model library) become spaces."""
    return re.sub(r"\s*[\r\n]+\s*", " ", message).strip()


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="auditor", description="Audit AI-generated news articles.")
    parser.add_argument("-V", "--version", action="version", version=f"article-auditor {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)

    check = commands.add_parser("check", help="audit files and folders (or - for standard input)")
    check.add_argument("paths", nargs="+", metavar="PATH", help="files or folders to audit; - reads standard input")
    check.add_argument("--format", choices=FORMATS, default="text", help="output format (default: text)")
    check.add_argument("--format-in", choices=INPUT_FORMATS, default=None,
                       help="input format of every file (default: from the extension; standard input: text)")
    check.add_argument("--fail-on", choices=FAIL_LEVELS, default=None,
                       help="exit 1 when a finding reaches this severity (default: config, else error)")
    check.add_argument("--disable", action="append", default=[], metavar="ID[,ID...]",
                       help="disable rule ids, globs (hedge.*) or check names; comma list, repeatable")
    check.add_argument("--rules", action="append", default=[], metavar="FILE", help="extra YAML rule file; repeatable")
    check.add_argument("--config", metavar="FILE",
                       help="config file (default: nearest pyproject.toml [tool.auditor] or setup.cfg [auditor])")
    check.add_argument("--baseline", metavar="FILE", help="report only findings not accepted in this baseline")
    check.add_argument("--write-baseline", metavar="FILE", help="accept every current finding into this baseline")
    check.add_argument("--show-suppressed", action="store_true", help="also list findings suppressed inline (text)")
    check.add_argument("--jobs", "-j", type=_positive, default=1, metavar="N", help="audit N files in parallel")
    check.add_argument("--max-chars", type=_non_negative, default=None, metavar="N",
                       help="longest draft audited, in characters (default: config, else 2,000,000; 0: no limit)")
    check.add_argument("--debug", action="store_true", help="show tracebacks of errors")
    check.set_defaults(run=_run_check)

    rules = commands.add_parser(
        "rules", help="list every rule: id, category, severity (and when it is lower), description")
    rules.add_argument("--rules", action="append", default=[], metavar="FILE", help="extra YAML rule file; repeatable")
    rules.add_argument("--config", metavar="FILE", help="config file whose extra rules and severities apply")
    rules.set_defaults(run=_run_rules)
    add_corpus_command(commands)
    return parser


def _positive(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number >= 1")
    return int(value)


def _non_negative(value: str) -> int:
    if not value.isdigit():
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number >= 0")
    return int(value)


def _run_check(args) -> int:
    overrides = {"disable": args.disable, "extra_rules": args.rules, "fail_on": args.fail_on}
    resolver = ConfigResolver(args.config, overrides)
    baseline = Baseline.load(args.baseline) if args.baseline else None
    targets = collect(args.paths, resolver)
    if args.max_chars is not None:
        for key, config in resolver.configs.items():
            resolver.configs[key] = replace(config, max_chars=args.max_chars)
    tasks = []
    for path, key, error in targets:
        if path == STDIN:
            tasks.append(_stdin_task(args.format_in or "text", key, resolver.configs[key].max_chars))
        else:
            tasks.append(Task(path, path, None, args.format_in, key, error=error))
    rule_table = _rule_table(resolver.configs.values() or [load_config(args.config)])  # also validates configs
    results = run_tasks(tasks, resolver.configs, args.jobs, progress=_show_progress(len(tasks)))
    for result in results:
        if result.notice is not None:
            print(f"auditor: {_one_line(result.notice)}", file=sys.stderr)
        if result.error is not None:
            if args.debug and result.traceback:
                print(result.traceback, end="", file=sys.stderr)
            print(f"auditor: error: {_one_line(result.error)}", file=sys.stderr)
    if args.write_baseline:
        baseline = Baseline(args.write_baseline)
        baseline.write([(r.path, r.findings) for r in results if r.report])
    if baseline is not None:
        _apply_baseline(results, baseline)
    renderers = {"text": lambda: render_text(results, args.show_suppressed), "json": lambda: render_json(results),
                 "sarif": lambda: render_sarif(results, rule_table), "github": lambda: render_github(results)}
    print(renderers[args.format](), end="")
    return _exit_code(results)


def _stdin_task(format: str, key: str | None, max_chars: int) -> Task:
    """Standard input, read up to the most bytes ``max_chars`` characters can take (0: all of it)."""
    if not max_chars:
        return Task("<stdin>", None, sys.stdin.buffer.read(), format, key)
    max_bytes = 4 * max_chars + 4
    data = sys.stdin.buffer.read(max_bytes + 1)
    if len(data) > max_bytes:
        return Task("<stdin>", None, None, format, key,
                    error=f"<stdin>: over {max_bytes:,} bytes, so over max_chars={max_chars:,} characters; "
                          "raise it with --max-chars or max_chars in the config (0: no limit)")
    return Task("<stdin>", None, data, format, key)


def _apply_baseline(results: list[FileResult], baseline: Baseline) -> None:
    for result in results:
        if result.report is not None:
            new, result.baselined = baseline.split(result.path, result.report.findings)
            result.report.findings = new


def _exit_code(results: list[FileResult]) -> int:
    if any(r.error is not None for r in results):
        return 2
    failed = any(r.fail_on != "never" and f.severity_rank >= Finding.rank(r.fail_on)
                 for r in results for f in r.findings)
    return 1 if failed else 0


def _show_progress(files: int) -> bool:
    """A progress bar only for several files, on a terminal, outside CI."""
    return files > 1 and sys.stderr.isatty() and sys.stdout.isatty() and not os.environ.get("CI")


def _rule_table(configs) -> list[tuple[str, str, str, str]]:
    """``(id, category, severity, description)`` of every rule of these configs, plus suppression rules."""
    return [row[:4] for row in _rule_rows(configs)]


def _rule_rows(configs) -> list[tuple[str, str, str, str, list[str]]]:
    """``_rule_table`` rows plus, for each rule, when it is reported at a lower severity (``Rule.downgrades``)."""
    table: dict[str, tuple[str, str, str, str, list[str]]] = {}
    for config in configs:
        for rule in Auditor(config).rules:
            notes = rule.downgrades()
            table.setdefault(rule.id, (rule.id, rule.category, rule.severity, rule.summary, notes))
        for rule_id, category, severity, description in SUPPRESSION_RULES:
            level = most_specific(rule_id, config.severity) or severity
            table.setdefault(rule_id, (rule_id, category, level, description, []))
    return sorted(table.values())


def _run_rules(args) -> int:
    config = load_config(args.config, args.rules)
    rules = _rule_rows([replace(config, extra_rules=config.extra_rules + tuple(args.rules))])
    width = max(len(r[0]) for r in rules)
    for rule_id, category, severity, description, downgrades in rules:
        lower = f" [{'; '.join(downgrades)}]" if downgrades else ""
        print(f"{rule_id:<{width}}  {category:<13}  {severity:<7}  {description}{lower}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
