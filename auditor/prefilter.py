"""A cheap test that a regular expression cannot match a text: words every match must contain.

``required_words(pattern)`` reads the pattern's parse tree for a set of literal strings at least one of
which is part of every match (a literal run of the top-level sequence, a group's or every branch's own
set); ``may_match(pattern, text)`` is False only when the text contains none of them, so running the
regex only where ``may_match`` says so finds exactly the same matches. The rule files' disclosure
patterns (hundreds, in many languages) run on every sentence of a document; most sentences contain none
of their words. Case-insensitive patterns use only ASCII words, compared with the text lower-cased after
mapping the four non-ASCII letters that ``re`` matches to ASCII ones (İ ı → i, K → k, ſ → s).

Example:
    >>> pattern = re.compile(r"\\b(?:generated|written)\\s+(?:by|with)\\s+AI\\b", re.IGNORECASE)
    >>> words = required_words(pattern)
    >>> sorted(words)
    ['generated', 'written']
    >>> may_match(words, fold("Written by a reporter.")), may_match(words, fold("The council met."))
    (True, False)
"""

from __future__ import annotations

import re
import sys

if sys.version_info >= (3, 11):
    from re import _parser as sre_parse  # type: ignore[attr-defined]
else:  # pragma: no cover - Python 3.10
    import sre_parse

# the non-ASCII letters that re.IGNORECASE matches to an ASCII letter (found by trying every code point)
_ASCII_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u212a": "k", "\u017f": "s"})
_OP = sre_parse  # opcode names live on the parser module (LITERAL, BRANCH, ...)


def fold(text: str) -> str:
    """``text`` as the case-insensitive words of ``required_words`` are compared with it."""
    return text.translate(_ASCII_FOLD).lower()


def required_words(pattern: re.Pattern) -> frozenset[str] | None:
    """Literal strings one of which every match of ``pattern`` contains (lower-case when the pattern
    ignores case), or None when the pattern has no such set (then it always runs)."""
    ignore_case = bool(pattern.flags & re.IGNORECASE)
    try:
        tree = sre_parse.parse(pattern.pattern, pattern.flags)
    except Exception:  # noqa: BLE001 - a private parser: when it disagrees, simply do not filter
        return None
    return _sequence(tree.data, ignore_case)


def may_match(words: frozenset[str] | None, text: str) -> bool:
    """False only when a pattern whose ``required_words`` are ``words`` cannot match ``text`` (pass
    ``fold(text)`` for a case-insensitive pattern)."""
    return words is None or any(word in text for word in words)


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
            if ignore_case and not char.isascii():
                flush()
                continue
            run.append(char.lower() if ignore_case else char)
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
