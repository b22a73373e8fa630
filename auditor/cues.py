"""Lexical contradiction cues of a claim pair, the features that calibrate the NLI score.

A small NLI model misses contradictions that news copy makes with a negation ("will reopen" /
"will not reopen"), an antonym ("sales rose" / "sales fell"), another figure for the same fact
("founded in 1998" / "since its founding in 2006") or a clash of evaluation ("a major blow" / "of
little consequence"). Each cue is 0 or 1; the word lists are data (``options.cues`` of the
``contradiction.nli`` rule).

Example:
    >>> from auditor.rules import RuleSet
    >>> cues = ContradictionCues(RuleSet().all["contradiction.nli"].options["cues"])
    >>> cues.features("Sales rose 4 per cent", "Sales fell in the period")
    {'negation': 0, 'antonym': 1, 'number': 0, 'evaluation': 0}
    >>> cues.features("The bridge will reopen on Monday", "The bridge will not reopen until next year")
    {'negation': 1, 'antonym': 0, 'number': 0, 'evaluation': 0}
    >>> cues.features("She won 54 per cent of the vote", "Her share of 61 per cent")["number"]
    1
"""

from __future__ import annotations

import re

_STOP_WORDS = {"a", "an", "the", "in", "on", "at", "of", "to", "by", "for", "from", "and", "or", "since", "than",
               "about", "around", "over", "under", "nearly", "almost", "some", "was", "were", "is", "are"}
_WORD = re.compile(r"[a-z]+(?:[’'][a-z]+)?|\d+(?:[.,]\d+)*")


class ContradictionCues:
    """Cue features from word lists: ``negations``, ``antonyms`` (pairs of word groups),
    ``number_words``, ``intensifiers`` and ``minimisers``."""

    def __init__(self, lists: dict):
        self.negations = set(lists["negations"])
        self.antonyms = [(set(a.split()), set(b.split())) for a, b in lists["antonyms"]]
        self.number_words = {w: i for i, w in enumerate(lists["number_words"])}
        self.intensifiers = set(lists["intensifiers"])
        self.minimisers = set(lists["minimisers"])

    def _words(self, text: str) -> list[str]:
        return _WORD.findall(text.lower().replace("n’t", " not").replace("n't", " not"))

    def _quantities(self, words: list[str]) -> set[tuple[str, float]]:
        """``(unit, value)`` pairs of each number, its unit being the word before and the word after it
        ("magnitude 6.4 earthquake", "54 per cent"), stop words excepted."""
        found = set()
        for i, word in enumerate(words):
            value = float(word.replace(",", "")) if word[0].isdigit() else self.number_words.get(word)
            if value is None:
                continue
            for unit in words[max(i - 1, 0):i] + words[i + 1:i + 2]:
                if unit not in _STOP_WORDS and not unit[0].isdigit():
                    found.add((unit, float(value)))
        return found

    def features(self, a: str, b: str) -> dict[str, int]:
        """Cues of the pair: 1 when the cue fires, else 0."""
        wa, wb = self._words(a), self._words(b)
        sa, sb = set(wa), set(wb)
        negated_a, negated_b = bool(sa & self.negations), bool(sb & self.negations)
        qa, qb = self._quantities(wa), self._quantities(wb)
        units_b = {u for u, _ in qb}
        strong_a, strong_b = bool(sa & self.intensifiers), bool(sb & self.intensifiers)
        weak_a, weak_b = negated_a or bool(sa & self.minimisers), negated_b or bool(sb & self.minimisers)
        return {
            "negation": int(negated_a != negated_b),
            "antonym": int(any((sa & x and sb & y) or (sa & y and sb & x) for x, y in self.antonyms)),
            "number": int(any(u in units_b and (u, v) not in qb for u, v in qa) and not qa & qb),
            "evaluation": int((strong_a and weak_b and not weak_a) or (strong_b and weak_a and not weak_b)),
        }
