"""``auditor corpus INPUT --out OUTPUT``: audit a corpus into Parquet/JSONL files; re-running resumes.

Example:
    $ auditor corpus archive/ --out audit/ --workers 4
    100 documents (100 audited, 0 resumed): 372 findings (12 errors, 165 warnings, 195 info); 2 could not be audited
    $ auditor corpus feed.jsonl --out audit/ --engine ray --address auto
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..discovery import ConfigResolver
from ..errors import AuditorError
from ..render.text import plural
from . import ENGINES, audit_corpus
from .output import FORMATS


def add_corpus_command(subparsers) -> None:
    """Add ``corpus`` to the ``auditor`` command's subparsers."""
    corpus = subparsers.add_parser("corpus", help="audit a corpus (folder, glob, JSONL/CSV/Parquet) into Parquet/JSONL")
    corpus.add_argument("input", metavar="INPUT",
                        help="folder (its files that the config's include/exclude select, as auditor check), "
                             "glob (quote it), .jsonl/.csv/.parquet table with id and text columns, or one file")
    corpus.add_argument("--out", required=True, metavar="OUTPUT",
                        help="output folder: findings.<format> and documents.<format>; re-running resumes")
    corpus.add_argument("--format", choices=FORMATS, default="parquet", help="output format (default: parquet)")
    corpus.add_argument("--engine", choices=ENGINES, default="local",
                        help="local: worker processes on this machine; ray: a Ray cluster (default: local)")
    corpus.add_argument("--address", help="Ray cluster address (auto, ray://head:10001; default: start a local one)")
    corpus.add_argument("--workers", type=_positive, metavar="N",
                        help="worker processes or Ray actors (default: one per core of the machine or cluster)")
    corpus.add_argument("--batch-size", type=_positive, default=16, metavar="N",
                        help="documents per task (default: 16)")
    corpus.add_argument("--id-column", default="id", help="id column of a table input (default: id)")
    corpus.add_argument("--text-column", default="text", help="text column of a table input (default: text)")
    corpus.add_argument("--max-chars", type=_non_negative, default=None, metavar="N",
                        help="longer documents become error rows (default: config, else 2,000,000; 0: no limit)")
    corpus.add_argument("--disable", action="append", default=[], metavar="ID[,ID...]",
                        help="disable rule ids, globs (hedge.*) or check names; comma list, repeatable")
    corpus.add_argument("--config", metavar="FILE",
                        help="config file (default: nearest pyproject.toml [tool.auditor] or setup.cfg [auditor] "
                             "from here)")
    corpus.add_argument("--debug", action="store_true", help="show tracebacks of errors")
    corpus.set_defaults(run=run_corpus)


def run_corpus(args) -> int:
    """Run ``auditor corpus``; prints a one-line summary; exit code 0 (error rows are data, not failures).

    The config (``--config``, else the nearest config file from the current folder) is loaded as ``auditor
    check`` loads it, and its include/exclude globs are relative to its folder."""
    resolver = ConfigResolver(args.config, {"disable": args.disable})
    key = resolver.key_for(str(Path.cwd()))
    try:
        result = audit_corpus(args.input, args.out, engine=args.engine, config=resolver.configs[key],
                              workers=args.workers, address=args.address, format=args.format,
                              id_column=args.id_column, text_column=args.text_column, batch_size=args.batch_size,
                              max_chars=args.max_chars, progress=sys.stderr.isatty(), base_dir=resolver.base_dir(key))
    except ImportError as exc:  # Ray or pyarrow missing: the message names the extra to install
        raise AuditorError(str(exc)) from None
    print(summary_line(result.summary()))
    return 0


def summary_line(summary: dict) -> str:
    """``1000 documents (990 audited, 10 resumed): 3721 findings (12 errors, ...); 2 could not be audited``.

    >>> summary_line({"documents": 2, "audited": 2, "resumed": 0, "errors": 1, "findings": 3,
    ...               "by_severity": {"info": 1, "warning": 2, "error": 0}})
    '2 documents (2 audited, 0 resumed): 3 findings (0 errors, 2 warnings, 1 info); 1 could not be audited'
    >>> summary_line({"documents": 1, "audited": 1, "resumed": 0, "errors": 0, "findings": 1,
    ...               "by_severity": {"info": 0, "warning": 0, "error": 1}})
    '1 document (1 audited, 0 resumed): 1 finding (1 error, 0 warnings, 0 info); 0 could not be audited'
    """
    by = summary["by_severity"]
    return (f"{plural(summary['documents'], 'document')} ({summary['audited']} audited, {summary['resumed']} resumed): "
            f"{plural(summary['findings'], 'finding')} "
            f"({plural(by['error'], 'error')}, {plural(by['warning'], 'warning')}, "
            f"{by['info']} info); {summary['errors']} could not be audited")


def _non_negative(value: str) -> int:
    if not value.isdigit():
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number >= 0")
    return int(value)


def _positive(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number >= 1")
    return int(value)
