"""Evaluation code shared by ``scripts/`` (the command-line front ends) and the tests.

One module per subject: ``disclosure`` (real-statement rows, the publisher split, scoring),
``hedge`` (the WikiWeasel split and readers, FactBank), ``chatprotect`` (the ChatProtect pairs, split
by topic, and disk caches), ``contradiction`` (fixture and ChatProtect measures), ``nli_training`` and
``nli_soup`` (fine-tuning and souping the NLI cross-encoder). Nothing here is imported by
``import auditor`` and nothing reads data at import: data paths are parameter defaults, relative to
the checkout (``REPO_ROOT``; real data under ``../shared`` is read by scripts only). torch and
scikit-learn are imported inside the functions that need them.

Example:
    >>> from auditor.evaluation.hedge import normalise_ptb
    >>> normalise_ptb("ca n't -LRB- yet -RRB- .")
    "can't (yet)."
"""

import sys
from collections.abc import Callable
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
"""The checkout holding ``auditor/``: fixtures, ``data/`` and ``runs/`` default to paths under it."""


def run(main: Callable[[], int | None]) -> int | None:
    """Run a script's ``main``; a file it cannot open or read ends it with one line naming the file and
    exit status 2, not a traceback (real data lives beside the checkout, in ``../shared``).

    Example:
        >>> run(lambda: open("/no/such/data.csv"))
        Traceback (most recent call last):
        SystemExit: 2
    """
    try:
        return main()
    except OSError as exc:
        if exc.filename is None:
            raise
        print(f"{Path(sys.argv[0]).name}: error: cannot read {exc.filename}: {exc.strerror}", file=sys.stderr)
        raise SystemExit(2) from None
