"""The regex prefilter: words every match needs, and the same matches with and without it."""

import csv
import re
from pathlib import Path

import pytest

import auditor.rules as rules_module
import sys

import auditor.prefilter as prefilter
from auditor.prefilter import (PatternFilter, WordSearch, fold, foldable, parsed_required_words, pattern_key,
                               required_words, uncased)
from auditor.rules import RuleSet, builtin_rules

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@pytest.mark.parametrize("pattern, flags, words", [
    (r"\b(?:generated|written)\s+(?:by|with)\s+AI\b", re.I, {"generated", "written"}),
    (r"\bmachine[-\s]translated\b", re.I, {"translated"}),  # the longest literal run of the sequence
    (r"(?:AI|KI)-generiert", 0, {"-generiert"}),
    (r"\bAI-generated\b", re.I, {"ai-generated"}),  # lower-cased: compared with fold(text)
    (r"(?:Foto|Photo)s?:\s*\w+\s*\((?:AI|KI)\)", 0, {"Foto", "Photo"}),  # case-sensitive: as written
    (r"\b(?:written|)\s*by\s+AI", re.I, {"by"}),  # an empty branch needs nothing: the next literal
    (r"(?:written\s+)?by\s+ChatGPT", re.I, {"chatgpt"}),
    # cased Cyrillic letters are used when case is ignored, but not those re matches beyond their lower case (с ᲃ, о ᲂ,
    # в ᲀ, т ᲄ): "Сгенерировано" gives "генерир", "Створено" "рен" (each branch's longest run)
    (r"(?:Сгенерировано|Створено)\s+ИИ", re.I, {"генерир", "рен"}),
    (r"Βεβαίως|Σίγουρα", re.I, {"αίω", "ίγου"}),  # Greek: β ϐ, ε ϵ, ρ ϱ, σ ς Σ left out
    (r"本文由(?:人工智能|AI)生成", re.I, {"本文由"}),  # uncased letters (CJK) are: re matches each only to itself
    (r"(?:Foto|صورة)\s*:\s*AI", re.I, {"foto", "صورة"}),
    # case-sensitive: any letters; re's parser moves the branches' common first letter "С" out of them
    (r"(?:Сгенерировано|Створено)\s+ИИ", 0, {"генерировано", "творено"}),
    (r"\w+\s+\d+", 0, None),
    (r"(?i:AI)\s+tool", 0, {"tool"}),  # a scoped flag: that group is not used
])
def test_required_words(pattern, flags, words):
    got = required_words(re.compile(pattern, flags))
    assert got == (None if words is None else frozenset(words))


def test_the_shipped_table_holds_the_words_of_every_shipped_pattern_and_no_other():
    """Run ``python scripts/build_required_words.py`` after editing a rule file when this fails."""
    patterns = {pattern_key(p): p for rule in builtin_rules() for p in rule.patterns}
    table = prefilter._table()
    assert set(table) == set(patterns)
    for key, pattern in patterns.items():
        parsed = parsed_required_words(pattern)
        assert table[key] == (None if parsed is None else sorted(parsed)), pattern.pattern


def test_without_the_table_the_words_come_from_the_parse_tree(monkeypatch, tmp_path):
    pattern = next(p for rule in builtin_rules() for p in rule.patterns)
    monkeypatch.setattr(prefilter, "TABLE", tmp_path / "missing.json")
    prefilter._table.cache_clear()
    try:
        assert prefilter._table() == {}
        assert required_words(pattern) == parsed_required_words(pattern)
    finally:
        prefilter._table.cache_clear()


def test_the_filter_folds_the_letters_re_matches_to_ascii():
    summarised = PatternFilter([re.compile(r"\bsummarised\s+by\s+AI\b", re.I)])
    assert summarised.candidates("Thiſ text was ſummariſed by AI")  # long s: re.IGNORECASE matches it to s
    assert re.search(r"\bsummarised\s+by\s+AI\b", "Thiſ text was ſummariſed by AI", re.I)
    assert PatternFilter([re.compile(r"\bAI\b", re.I)]).candidates("Aİ")  # dotted capital I
    assert not summarised.candidates("The council met on Tuesday.")


def test_uncased_letters_match_only_themselves_when_case_is_ignored():
    import _sre

    letters = [c for c in map(chr, range(sys.maxunicode + 1)) if uncased(c) and not c.isascii()]
    assert len(letters) > 100_000 and uncased("本") and not uncased("\u0345")  # a mark with a capital
    assert not any(_sre.unicode_iscased(ord(c)) for c in letters)  # re compiles them to plain literals
    assert fold("".join(letters)) == "".join(letters)


def test_foldable_cased_letters_match_what_fold_maps_to_the_same_letter():
    import _sre

    # re compares unicode_tolower, fold str.lower: the same for every character but the dotted capital I (folded first)
    differ = [c for c in map(chr, range(sys.maxunicode + 1)) if c.lower() != chr(_sre.unicode_tolower(ord(c)))]
    assert differ == ["\u0130"]
    cased = [c for c in map(chr, range(sys.maxunicode + 1)) if foldable(c) and not c.isascii() and not uncased(c)]
    assert len(cased) > 2000 and "ж" in cased and "Ж" in cased
    assert not {"с", "о", "σ", "ς", "Σ", "β", "ᲃ", "µ"} & set(cased)  # re's extra case classes
    for c in cased:
        variants = {c, c.lower(), c.upper(), c.title()}
        assert all(re.fullmatch(re.escape(c), v, re.I) for v in variants if len(v) == 1 and fold(v) == fold(c))
    words = required_words(re.compile(r"Разбира\s+се!\s+Ето", re.I))
    assert words == {"разбира"} and PatternFilter([re.compile(r"Разбира\s+се", re.I)]).candidates("РАЗБИРА СЕ")


def test_the_filter_keeps_the_patterns_order_and_those_without_words():
    patterns = [re.compile(p, re.I) for p in (r"\w+ AI", r"written by", r"\bAI-made", r"made with")]
    got = PatternFilter(patterns).candidates("An AI-made image, made with care.")
    assert got == [patterns[0], patterns[2], patterns[3]]


def test_word_search_finds_overlapping_and_nested_words():
    search = WordSearch(["ai", "ai-generated", "generated", "gen", "rated", "x"])
    assert search.found("ai-generated") == {"ai", "ai-generated", "generated", "gen", "rated"}
    assert search.found("") == set() and WordSearch([]).found("ai") == set()
    assert WordSearch(["a.b", "(x)"]).found("a.b (x) axb") == {"a.b", "(x)"}  # literal, not regex


def test_shipped_rules_find_the_same_matches_with_and_without_the_prefilter(monkeypatch):
    texts = [r["text"] for f in sorted((FIXTURES / "disclosure").glob("*.csv"))
             for r in csv.DictReader(f.open(encoding="utf-8")) if r.get("text")]
    texts += [p.read_text("utf-8") for p in sorted((FIXTURES / "stories").glob("*.txt"))]
    assert len(texts) > 1500
    rules = [r for r in RuleSet().all.values() if r.patterns]
    filtered = [[m.span() for m in r.finditer(t)] for t in texts for r in rules]
    monkeypatch.setattr(rules_module.PatternFilter, "candidates", lambda self, text: list(self._patterns))
    assert filtered == [[m.span() for m in r.finditer(t)] for t in texts for r in rules]
    assert sum(map(bool, filtered)) > 1000  # the texts do meet the rules
