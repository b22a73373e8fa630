"""Sentence splitting loads nltk's Punkt code without nltk's package import, and splits exactly as nltk does."""

import json
import subprocess
import sys

from conftest import FIXTURES, ROOT

TEXTS = sorted(p for p in FIXTURES.rglob("*") if p.suffix in (".txt", ".md", ".html"))

# In a fresh process: split every fixture text with auditor.sentences, say what was imported.
_ISOLATED = """
import json, sys
from auditor.sentences import punkt_tokenizer
tokenizer = punkt_tokenizer()
spans = {path: list(tokenizer.span_tokenize(open(path, encoding="utf-8").read())) for path in sys.argv[1:]}
loaded = sorted(m for m in ("nltk", "scipy", "sklearn", "pandas") if m in sys.modules)
import nltk  # afterwards nltk imports as usual
print(json.dumps({"spans": spans, "loaded": loaded, "word_tokenize": hasattr(nltk.tokenize, "word_tokenize")}))
"""


def test_punkt_loads_without_nltks_package_import_and_splits_exactly_like_nltk():
    done = subprocess.run([sys.executable, "-c", _ISOLATED, *map(str, TEXTS)], capture_output=True, text=True,
                          cwd=ROOT, timeout=300, check=True)
    result = json.loads(done.stdout)
    assert result["loaded"] == [] and result["word_tokenize"]
    from nltk.tokenize import punkt  # nltk imported the ordinary way

    from auditor.sentences import punkt_parameters

    nltk_tokenizer = punkt.PunktSentenceTokenizer(punkt_parameters(punkt))
    assert len(TEXTS) > 40 and sum(len(s) for s in result["spans"].values()) > 500
    for path in TEXTS:
        expected = [list(span) for span in nltk_tokenizer.span_tokenize(path.read_text("utf-8"))]
        assert result["spans"][str(path)] == expected, path
