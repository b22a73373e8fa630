#!/usr/bin/env python
"""Adapt the bundled NLI model to self-contradictions in model-written text (explored, not shipped).

The recipe and options: ``auditor/evaluation/nli_adapt.py`` (``--help`` lists them); the result in the
NLI model card ("Version 3").

Example::

    python scripts/adapt_nli.py --out runs/nli-v3
"""

from auditor.evaluation.nli_adapt import main
from auditor.evaluation import run

if __name__ == "__main__":
    run(main)
