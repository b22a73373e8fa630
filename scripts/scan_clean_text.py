"""Disclosure and leak findings on real text that holds no disclosure: every finding printed is a false alarm.

Each source is ``FILE.csv:COLUMN``; the column's distinct texts are audited one by one (whitespace joined).
Used with the shared NLI pools and WikiWeasel (general text: fiction, government, travel, Wikipedia, captions):

    python scripts/scan_clean_text.py ../shared/data/nli/train.csv:premise \\
        ../shared/data/nli/train_more.csv:premise ../shared/data/nli/train_more.csv:hypothesis \\
        ../shared/data/hedge/wikiweasel_train.csv:text
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

from auditor import Auditor
from auditor.evaluation.disclosure import CATEGORIES


def source(spec: str) -> tuple[Path, str]:
    """``(path, column)`` of a ``FILE.csv:COLUMN`` argument."""
    path, sep, column = spec.rpartition(":")
    if not sep or not path or not column:
        raise argparse.ArgumentTypeError(f"{spec!r}: expected FILE.csv:COLUMN")
    return Path(path), column


def texts(path: Path, column: str) -> list[str]:
    """The distinct non-empty texts of ``column``, in file order."""
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            if column not in (reader.fieldnames or []):
                raise SystemExit(f"{path}: no column {column!r} (has {', '.join(reader.fieldnames or [])})")
            seen = dict.fromkeys(" ".join((row[column] or "").split()) for row in reader)
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        raise SystemExit(f"{path}: cannot read it as UTF-8 CSV ({error})") from None
    return [text for text in seen if text]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sources", nargs="+", type=source, metavar="FILE.csv:COLUMN")
    args = parser.parse_args(argv)
    auditor = Auditor({"checks": list(CATEGORIES)})
    total_texts = total_words = total_findings = 0
    for path, column in args.sources:
        found = 0
        items = texts(path, column)
        for text in items:
            for finding in auditor.audit(text).findings:
                found += 1
                print(f"{path.name}:{column}\t{finding.rule}\t{finding.text!r}\t{text[:200]}")
        words = sum(len(text.split()) for text in items)
        print(f"# {path}:{column}: {len(items):,} texts, {words:,} words, {found} findings", file=sys.stderr)
        total_texts, total_words, total_findings = total_texts + len(items), total_words + words, total_findings + found
    print(f"# all: {total_texts:,} texts, {total_words:,} words, {total_findings} findings", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
