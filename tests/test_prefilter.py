"""The regex prefilter: words every match needs, and the same matches with and without it."""

import csv
import re
from pathlib import Path

import pytest

import auditor.rules as rules_module
from auditor.prefilter import fold, may_match, required_words
from auditor.rules import RuleSet

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@pytest.mark.parametrize("pattern, flags, words", [
    (r"\b(?:generated|written)\s+(?:by|with)\s+AI\b", re.I, {"generated", "written"}),
    (r"\bmachine[-\s]translated\b", re.I, {"translated"}),  # the longest literal run of the sequence
    (r"(?:AI|KI)-generiert", 0, {"-generiert"}),
    (r"\bAI-generated\b", re.I, {"ai-generated"}),  # lower-cased: compared with fold(text)
    (r"(?:Foto|Photo)s?:\s*\w+\s*\((?:AI|KI)\)", 0, {"Foto", "Photo"}),  # case-sensitive: as written
    (r"\b(?:written|)\s*by\s+AI", re.I, {"by"}),  # an empty branch needs nothing: the next literal
    (r"(?:written\s+)?by\s+ChatGPT", re.I, {"chatgpt"}),
    (r"(?:Сгенерировано|Створено)\s+ИИ", re.I, None),  # non-ASCII words are not used when case is ignored
    # case-sensitive: any letters; re's parser moves the branches' common first letter "С" out of them
    (r"(?:Сгенерировано|Створено)\s+ИИ", 0, {"генерировано", "творено"}),
    (r"\w+\s+\d+", 0, None),
    (r"(?i:AI)\s+tool", 0, {"tool"}),  # a scoped flag: that group is not used
])
def test_required_words(pattern, flags, words):
    got = required_words(re.compile(pattern, flags))
    assert got == (None if words is None else frozenset(words))


def test_may_match_folds_the_letters_re_matches_to_ascii():
    words = required_words(re.compile(r"\bsummarised\s+by\s+AI\b", re.I))
    assert may_match(words, fold("Thiſ text was ſummariſed by AI"))  # long s: re.IGNORECASE matches it to s
    assert re.search(r"\bsummarised\s+by\s+AI\b", "Thiſ text was ſummariſed by AI", re.I)
    assert may_match(required_words(re.compile(r"\bAI\b", re.I)), fold("Aİ"))  # dotted capital I
    assert not may_match(words, fold("The council met on Tuesday."))


def test_shipped_rules_find_the_same_matches_with_and_without_the_prefilter(monkeypatch):
    texts = [r["text"] for f in sorted((FIXTURES / "disclosure").glob("*.csv"))
             for r in csv.DictReader(f.open(encoding="utf-8")) if r.get("text")]
    texts += [p.read_text("utf-8") for p in sorted((FIXTURES / "stories").glob("*.txt"))]
    assert len(texts) > 1500
    rules = [r for r in RuleSet().all.values() if r.patterns]
    filtered = [[m.span() for m in r.finditer(t)] for t in texts for r in rules]
    monkeypatch.setattr(rules_module, "may_match", lambda words, text: True)
    assert filtered == [[m.span() for m in r.finditer(t)] for t in texts for r in rules]
    assert sum(map(bool, filtered)) > 1000  # the texts do meet the rules
