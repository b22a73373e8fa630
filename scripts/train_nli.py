#!/usr/bin/env python
"""Fine-tune all-MiniLM-L6-v2 as a 3-way NLI cross-encoder (CPU or CUDA).

The recipe, options and outputs: ``auditor/evaluation/nli_training.py`` (``--help`` lists the options).

Example (the command used for the bundled model is in its model card)::

    nohup python scripts/train_nli.py --out runs/nli > runs/nli/train.log 2>&1 &
"""

from auditor.evaluation.nli_training import main
from auditor.evaluation import run

if __name__ == "__main__":
    run(main)
