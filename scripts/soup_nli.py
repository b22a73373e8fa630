#!/usr/bin/env python
"""Greedy weight soup of NLI runs fine-tuned from the same base (Wortsman et al., 2022).

How runs are ranked and joined: ``auditor/evaluation/nli_soup.py``.

Example::

    python scripts/soup_nli.py --runs runs/sweep/* --heldout runs/sweep/a/heldout.csv \\
        --out runs/soup
"""

from auditor.evaluation.nli_soup import main
from auditor.evaluation import run

if __name__ == "__main__":
    run(main)
