"""A cheap test that a regular expression cannot match a text: words every match must contain.

``required_words(pattern)`` reads the pattern's parse tree for a set of literal strings at least one of
which is part of every match (a literal run of the top-level sequence, a group's or every branch's own
set); running the regex only on a text that contains one of them finds exactly the same matches. The
rule files' disclosure patterns (hundreds, in many languages) run on every sentence of a document; most
sentences contain none of their words, so a rule's ``PatternFilter`` finds which of its patterns' words
occur in one pass over the sentence. Case-insensitive patterns use only words of ``foldable`` letters
(ASCII, uncased CJK/Arabic/Indic…, and cased Cyrillic/Greek/Latin letters outside ``re``'s extra case
classes), compared with the text lower-cased after mapping the four non-ASCII letters that ``re`` matches
to ASCII ones (İ ı → i, K → k, ſ → s).

Example:
    >>> pattern = re.compile(r"\\b(?:generated|written)\\s+(?:by|with)\\s+AI\\b", re.IGNORECASE)
    >>> words = required_words(pattern)
    >>> sorted(words)
    ['generated', 'written']
    >>> patterns = PatternFilter([pattern])
    >>> len(patterns.candidates("Written by a reporter.")), len(patterns.candidates("The council met."))
    (1, 0)
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
import sys
from collections.abc import Collection, Sequence
from pathlib import Path

if sys.version_info >= (3, 11):
    from re import _casefix  # type: ignore[attr-defined]
    from re import _parser as sre_parse  # type: ignore[attr-defined]

    _CASE_CLASSES = [(lower, *others) for lower, others in _casefix._EXTRA_CASES.items()]
else:  # pragma: no cover - Python 3.10
    import sre_compile
    import sre_parse

    _CASE_CLASSES = sre_compile._equivalences  # type: ignore[attr-defined]

# the non-ASCII letters that re.IGNORECASE matches to an ASCII letter (found by trying every code point)
_ASCII_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u212a": "k", "\u017f": "s"})
_OP = sre_parse  # opcode names live on the parser module (LITERAL, BRANCH, ...)
# ``required_words`` of every shipped pattern, worked out ahead (reading 1,072 parse trees took 0.7 s of each
# cold start); written by scripts/build_required_words.py, checked against the rules by tests/test_prefilter.py
TABLE = Path(__file__).resolve().parent / "data" / "rules" / "required_words.json"


def fold(text: str) -> str:
    """``text`` as the case-insensitive words of ``required_words`` are compared with it."""
    return text.translate(_ASCII_FOLD).lower()


# the characters re.IGNORECASE matches beyond their lower case (re._casefix: σ ς, β ϐ, в ᲀ, о ᲂ, …): a literal of one
# of them may match a text character that ``fold`` maps elsewhere, so words never hold them
_EXTRA_CASES = frozenset(chr(code) for case_class in _CASE_CLASSES for code in case_class)


@functools.cache
def foldable(char: str) -> bool:
    """Whether ``re.IGNORECASE`` matches ``char`` to exactly the characters that ``fold`` maps to
    ``fold(char)``: ASCII and ``uncased`` ones, and cased letters with a one-letter lower case outside
    ``_EXTRA_CASES`` (for them ``re`` compares ``unicode_tolower``, which ``str.lower`` equals for every
    character but İ, mapped first: ``tests/test_prefilter.py`` checks every code point).

    >>> foldable("Ж"), foldable("ж"), foldable("с"), foldable("Σ"), foldable("本")
    (True, True, False, False, True)
    """
    if char.isascii() or uncased(char):
        return True
    lower = char.lower()
    return len(lower) == 1 and char not in _EXTRA_CASES and lower not in _EXTRA_CASES


def uncased(char: str) -> bool:
    """Whether ``char`` has no case (CJK, kana, hangul, Arabic, Hebrew, Indic letters, most marks and
    digits): then ``re.IGNORECASE`` matches it only to itself, and ``fold`` keeps it (both checked for
    every code point in ``tests/test_prefilter.py``)."""
    return char.lower() == char == char.upper()


def required_words(pattern: re.Pattern) -> frozenset[str] | None:
    """Literal strings one of which every match of ``pattern`` contains (lower-case when the pattern
    ignores case), or None when the pattern has no such set (then it always runs); a shipped pattern's
    are read from ``TABLE``, others from the pattern's parse tree (``parsed_required_words``)."""
    table = _table()
    key = pattern_key(pattern)
    if key not in table:
        return parsed_required_words(pattern)
    known = table[key]
    return None if known is None else frozenset(known)


def pattern_key(pattern: re.Pattern) -> str:
    """``TABLE``'s key of a compiled pattern: a hash of its flags and source."""
    return hashlib.sha1(f"{pattern.flags}\x00{pattern.pattern}".encode()).hexdigest()[:20]


@functools.cache
def _table() -> dict[str, list[str] | None]:
    """``TABLE``'s words by ``pattern_key``; empty when the file is missing or unreadable (then every
    pattern's words come from its parse tree: slower, the same words)."""
    try:
        return json.loads(TABLE.read_text("utf-8"))["words"]
    except (OSError, ValueError, KeyError, TypeError):
        return {}


def parsed_required_words(pattern: re.Pattern) -> frozenset[str] | None:
    """``required_words`` read from the pattern's parse tree."""
    ignore_case = bool(pattern.flags & re.IGNORECASE)
    try:
        tree = sre_parse.parse(pattern.pattern, pattern.flags)
    except Exception:  # noqa: BLE001 - a private parser: when it disagrees, simply do not filter
        return None
    return _sequence(tree.data, ignore_case)


class PatternFilter:
    """The patterns of a rule that may match a text, in their order: those without required words, and
    those one of whose ``required_words`` the text contains (case-folded for a case-insensitive pattern).
    The words of all patterns are found in one pass over the text (``WordSearch``).
    """

    def __init__(self, patterns: Sequence[re.Pattern]):
        self._patterns = tuple(patterns)
        self._always: list[int] = []
        folded: dict[str, list[int]] = {}
        exact: dict[str, list[int]] = {}
        for i, pattern in enumerate(self._patterns):
            words = required_words(pattern)
            if words is None:
                self._always.append(i)
            for word in words or ():
                (folded if pattern.flags & re.IGNORECASE else exact).setdefault(word, []).append(i)
        self._folded, self._exact = (folded, WordSearch(folded)), (exact, WordSearch(exact))

    def candidates(self, text: str) -> list[re.Pattern]:
        """The patterns worth running on ``text``; the others cannot match it."""
        chosen = set(self._always)
        for (index, search), seen in ((self._folded, fold(text)), (self._exact, text)):
            for word in search.found(seen):
                chosen.update(index[word])
        return [self._patterns[i] for i in sorted(chosen)]


class WordSearch:
    """Which of a set of words occur in a text, found by one regular expression: a trie of the words in a
    lookahead, which yields the longest word starting at each position; the words that start there are
    that one's prefixes in the set.

    Example:
        >>> sorted(WordSearch(["ai", "ai-made", "made", "gpt"]).found("an ai-made picture"))
        ['ai', 'ai-made', 'made']
    """

    def __init__(self, words: Collection[str]):
        self._prefixes = {word: [word[:n] for n in range(1, len(word) + 1) if word[:n] in words] for word in words}
        self._regex = re.compile(f"(?=({_trie(sorted(words))}))") if words else None

    def found(self, text: str) -> set[str]:
        """The words that occur in ``text``."""
        if self._regex is None:
            return set()
        longest = {m.group(1) for m in self._regex.finditer(text)}
        return {word for start in longest for word in self._prefixes[start]}


def _trie(words: Sequence[str]) -> str:
    """A regex source matching any of ``words`` (sorted), the longest one that fits first; an empty word
    (in the recursion: a word that ends here) makes the rest optional."""
    branches: dict[str, list[str]] = {}
    ends = False
    for word in words:
        if word:
            branches.setdefault(word[0], []).append(word[1:])
        else:
            ends = True
    if not branches:
        return ""
    alternatives = [re.escape(first) + _trie(rests) for first, rests in branches.items()]
    body = alternatives[0] if len(alternatives) == 1 else f"(?:{'|'.join(alternatives)})"
    return f"(?:{body})?" if ends else body


def _sequence(items: list, ignore_case: bool) -> frozenset[str] | None:
    """The most selective required set of a concatenation: its longest literal run, or an item's set."""
    options: list[frozenset[str]] = []
    run: list[str] = []

    def flush():
        if run:
            options.append(frozenset({"".join(run)}))
            run.clear()

    for op, value in items:
        if op is _OP.LITERAL:
            char = chr(value)
            if ignore_case and not foldable(char):
                flush()
                continue
            run.append(fold(char) if ignore_case else char)
            continue
        flush()
        found = _item(op, value, ignore_case)
        if found:
            options.append(found)
    flush()
    return max(options, key=lambda words: (min(map(len, words)), -len(words)), default=None)


def _item(op, value, ignore_case: bool) -> frozenset[str] | None:
    """The required set of one parse item (a group, a branch, a repeat of at least once)."""
    if op is _OP.SUBPATTERN:
        _group, add_flags, del_flags, sub = value
        return None if add_flags or del_flags else _sequence(sub.data, ignore_case)
    if op is _OP.BRANCH:
        sets = [_sequence(alternative.data, ignore_case) for alternative in value[1]]
        return None if any(s is None for s in sets) else frozenset().union(*sets)  # type: ignore[arg-type]
    if op in (_OP.MAX_REPEAT, _OP.MIN_REPEAT, getattr(_OP, "POSSESSIVE_REPEAT", None)):
        low, _high, sub = value
        return _sequence(sub.data, ignore_case) if low >= 1 else None
    if op is getattr(_OP, "ATOMIC_GROUP", None):
        return _sequence(value.data, ignore_case)
    return None
