#!/usr/bin/env python
"""Adapt the bundled NLI model to self-contradictions in model-written text (NLI version 3).

The recipe and options: ``auditor/evaluation/nli_adapt.py`` (``--help`` lists them).

Example (the command used for the bundled model is in its model card)::

    python scripts/adapt_nli.py --out runs/nli-v3 --export-to auditor/models/nli-minilm-l6
"""

from auditor.evaluation.nli_adapt import main

if __name__ == "__main__":
    main()
