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

from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
"""The checkout holding ``auditor/``: fixtures, ``data/`` and ``runs/`` default to paths under it."""
