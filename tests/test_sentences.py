"""Sentence splitting loads nltk's Punkt code without nltk's package import, and splits exactly as nltk does."""

import json
import subprocess
import sys

from auditor import Auditor, Document, audit
from auditor.formats import mask
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


def test_a_line_is_measured_from_the_line_break_before_it_not_from_where_its_last_sentence_starts():
    # QA (stop 67): after "Monday. " 8 words were left of a 13-word line, read as a title line before "OpenAI tools
    # ...": the hard-wrapped disclosure statement was cut in two and the disclosure rule missed it
    text = ("Council news\n\nThe council met on Monday. This article was produced with the help of\n"
            "OpenAI tools and reviewed by our editors.")
    statement = text[text.index("This article"):]
    assert [s.text for s in Document(text).sentences] == ["Council news", "The council met on Monday.", statement]
    findings = Auditor({"checks": ["disclosure"]}).audit(text).findings
    assert [(f.rule, f.text) for f in findings] == [("disclosure.ai-assisted", statement)]
    # an indented wrap too; a whole line that is short still ends its sentence (a dateline after a sentence)
    text = ("Intro.\n\nIn this tip we look at motors, servos and how to compare the power of servos. This\n"
            "   Tip was written with the help of Google Gemini.\n\nHe left. LONDON\nExperts say the pound may fall.")
    assert [s.text for s in Document(text).sentences] == [
        "Intro.", "In this tip we look at motors, servos and how to compare the power of servos.",
        "This\n   Tip was written with the help of Google Gemini.", "He left.", "LONDON",
        "Experts say the pound may fall."]


def test_a_markdown_list_after_a_blank_line_gives_each_item_its_own_sentence():
    # QA (stop 67): a list after a blank line is one paragraph whose masked list markers are spaces, so its items ran
    # into one sentence ('It may rain\n- Second item'); at the top of a file without a blank line each line is a
    # paragraph, so there it worked
    for text in ("Intro.\n\n- It may rain\n- Second item\n", "- It may rain\n- Second item\n\nOutro.\n",
                 "Intro.\n\n1. It may rain\n2. Second item\n"):
        [finding] = audit(text, format="markdown", config={"checks": ["hedge"]}).findings
        assert text[slice(*finding.details["sentence"])] == "It may rain", text
    # a wrapped item (a long line) goes on over its line break; a short one before another item ends
    text = ("Intro.\n\n- Parts of this article were written with the help of generative AI from\n"
            "  OpenAI and were reviewed by our editors\n- Photos by Jane\n- Jane Doe\n")
    assert [s.text for s in Document(mask(text, "markdown")).sentences] == [
        "Intro.", "Parts of this article were written with the help of generative AI from\n"
        "  OpenAI and were reviewed by our editors", "Photos by Jane", "Jane Doe"]
