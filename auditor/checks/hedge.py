"""Hedged or unsupported assertions: vague or passive attribution, doubt words, speculation, plus a classifier.

Span conventions (the rule option ``expand`` picks one from the regex cue):

* ``subject`` — attribution/doubt verbs report subject + verb: the cue grows left to the clause start
  (sentence start, or after ``, ; :``, a bracket, quote mark or dash), stops after words like "that",
  "and", "said", drops leading discourse markers ("However", "Meanwhile", "But") and falls back to the
  cue alone when the subject is longer than ``max_words``: "However, Russian state media claimed" →
  "Russian state media claimed".
* ``noun-phrase`` — labels report determiner + label + noun phrase, stopping before a function word or
  verb (at most ``max_words`` words; a quoted phrase is taken whole): "the alleged attack." → "the alleged attack".
* ``predicate`` — modals report modal (+ negation/adverb) + auxiliaries + verb + a short object
  (determiner + up to ``max_words`` words): "may provide the jets at a later date" → "may provide the jets".
* otherwise the cue itself: "it remains to be seen", "is likely to have", "perhaps".

Overlapping spans give one finding, of the rule listed first in ``hedge.yml``; the other rule ids are in
``details["also"]``. Severity: the rule's, one step lower for ``downgrade_groups``/``downgrade_if_sentence``
matches (weak modals, legal "alleged", "claimed responsibility") and one step lower inside a direct
quote of a named speaker (quotes of unnamed sources keep it). Every finding has ``details`` ``voice``
("reporter" or "quote"), ``speaker``, ``named_source``, ``sentence`` ([start, end]) and ``cue``.

Decisions: "is expected to" is not flagged (wire copy uses it for scheduled events); "could not be reached
for comment" and "could not be verified" are not speculation; "claimed the lives", "claimed victory/the
title" are not doubt verbs; "claimed responsibility" and "alleged" in legal sentences are reported at info.

Example:
    >>> from auditor import Auditor
    >>> report = Auditor({"checks": ["hedge"]}).audit("However, experts say the dam may fail within a year.")
    >>> [(f.rule, f.text, f.severity) for f in report.findings]
    [('hedge.vague-attribution', 'experts say', 'warning'), ('hedge.speculation', 'may fail', 'info')]
"""

from __future__ import annotations

import re
from functools import cached_property

from ..document import Document
from ..findings import SEVERITIES, Finding
from ..hedge_classifier import HedgeClassifier
from ..rules import Rule, RuleMatch
from .base import Check, register, rule_matches

_CLAUSE_BREAK = re.compile(r"[,;:](?=\s)|[()\[\]“”\"«»—–]")
_WORD = re.compile(r"[^\s“”\"«»()\[\]]+")
_SUBJECT_BOUNDARY = {
    "that", "which", "who", "whom", "whose", "and", "but", "or", "nor", "because", "while", "when", "whereas",
    "where", "as", "if", "although", "though", "since", "than", "after", "before", "said", "says", "say", "told",
}
_DISCOURSE = {
    "however", "meanwhile", "moreover", "furthermore", "but", "and", "yet", "still", "also", "instead", "overall",
    "separately", "nonetheless", "nevertheless", "indeed", "so", "then", "now", "additionally", "elsewhere",
    "earlier", "later", "previously", "thus", "hence", "therefore", "again", "finally", "notably",
}
_DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "our", "your",
                "some", "any", "no", "more", "further", "new", "several", "many"}
_AUXILIARIES = {"be", "been", "being", "have", "has", "had", "get", "got"}
_FUNCTION_WORDS = {
    "at", "in", "on", "by", "for", "with", "from", "to", "of", "into", "onto", "over", "under", "about", "after",
    "before", "during", "until", "against", "between", "through", "since", "without", "within", "amid", "across",
    "near", "as", "than", "per", "via", "like", "up", "down", "out", "off", "and", "or", "but", "nor", "so", "yet",
    "if", "because", "while", "when", "whereas", "although", "though", "unless", "whether", "that", "which", "who",
    "whom", "whose", "where",
    "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "shall", "should",
    "can", "could", "may", "might", "must", "do", "does", "did", "not", "it", "he", "she", "they", "we", "you", "i",
}
_QUOTE_PAIRS = {"“": "”", '"': '"', "«": "»", "‘": "’"}


def _bare(word: str) -> str:
    return word.strip(".,;:!?…'’").lower()


def expand_subject(text: str, floor: int, start: int, max_words: int) -> int:
    """New start of a verb cue at ``start``: its subject back to the clause start (>= ``floor``)."""
    cut = max([floor] + [m.end() for m in _CLAUSE_BREAK.finditer(text, floor, start)])
    words = list(_WORD.finditer(text, cut, start))
    chosen: list[re.Match] = []
    for word in reversed(words):
        if _bare(word.group()) in _SUBJECT_BOUNDARY:
            break
        chosen.append(word)
    while chosen and _bare(chosen[-1].group()) in _DISCOURSE:
        chosen.pop()
    return chosen[-1].start() if chosen and len(chosen) <= max_words else start


def expand_noun_phrase(text: str, start: int, end: int, ceiling: int, max_words: int) -> tuple[int, int]:
    """Span of determiner + label ``text[start:end]`` + noun phrase (or quoted phrase) up to ``ceiling``."""
    before = list(_WORD.finditer(text, max(0, start - 40), start))
    if before and (_bare(before[-1].group()) in _DETERMINERS or before[-1].group().endswith(("'s", "’s"))) \
            and not text[before[-1].end():start].strip():
        start = before[-1].start()
    rest = text[end:ceiling]
    gap = len(rest) - len(rest.lstrip())
    opener = rest[gap:gap + 1]
    if opener in _QUOTE_PAIRS:
        close = text.find(_QUOTE_PAIRS[opener], end + gap + 1, ceiling)
        return start, (close + 1 if close > 0 else end)
    for count, word in enumerate(_WORD.finditer(text, end, ceiling)):
        bare = _bare(word.group())
        if count >= max_words or bare in _FUNCTION_WORDS or (count and bare.endswith("ed")):
            break
        end = _word_end(word)
        if word.group()[-1] in ".,;:!?…":
            break
    return start, end


def expand_predicate(text: str, end: int, ceiling: int, max_words: int) -> int:
    """New end of a modal cue ending at ``end``: + auxiliaries ("have to", "be") + verb + object
    (an optional determiner and at most ``max_words`` words, stopping at a function word or punctuation)."""
    words = []
    for word in _WORD.finditer(text, end, ceiling):
        words.append(word)
        if word.group()[-1] in ".,;:!?…":
            break
    bare = [_bare(w.group()) for w in words]
    i = 0
    while i < len(words) and (bare[i] in _AUXILIARIES or (bare[i] == "to" and i and bare[i - 1] in _AUXILIARIES)):
        i += 1
    if i == len(words) or not bare[i][:1].isalpha():
        return _word_end(words[i - 1]) if i else end
    last, i = i, i + 1
    if i < len(words) and bare[i] in _DETERMINERS:
        i += 1
    for j in range(i, min(i + max_words, len(words))):
        if bare[j] in _FUNCTION_WORDS or bare[j] in _DETERMINERS or not (bare[j][:1].isalnum() or bare[j][:1] in "$€£"):
            break
        last = j
    return _word_end(words[last])


def _word_end(word: re.Match) -> int:
    return word.start() + len(word.group().rstrip(".,;:!?…"))


def _weaker(severity: str, steps: int) -> str:
    return SEVERITIES[max(0, SEVERITIES.index(severity) - steps)]


@register
class HedgeCheck(Check):
    """Applies the ``hedge.*`` rules, then the classifier to sentences no rule matched."""

    name = "hedge"

    def __init__(self, rules, config):
        super().__init__(rules, config)
        self._sentence_regexes = {
            (rule.id, key): rule.option_patterns(key)
            for rule in rules for key in ("skip_if_sentence", "downgrade_if_sentence")
        }

    @cached_property
    def classifier(self) -> HedgeClassifier:
        return HedgeClassifier.load(self.rules_by_id["hedge.classifier"].options.get("model"))

    def check(self, doc: Document) -> list[Finding]:
        candidates = [self._candidate(rule, doc, match, span.end)
                      for rule in self.rules if rule.patterns for match, span in rule_matches(rule, doc)]
        findings = self._one_per_span([c for c in candidates if c is not None], doc)
        if "hedge.classifier" in self.rules_by_id:
            findings += self._classifier_findings(doc, findings)
        return sorted(findings, key=lambda f: (f.start, f.end))

    def _candidate(self, rule: Rule, doc: Document, match: RuleMatch, ceiling: int):
        sentence = doc.sentence_at(match.start)
        floor, ceiling = (sentence.start, sentence.end) if sentence else (0, ceiling)
        sentence_text = doc.text[floor:ceiling]
        if any(r.search(sentence_text) for r in self._sentence_regexes[rule.id, "skip_if_sentence"]):
            return None
        groups = {g for g, v in match.match.groupdict().items() if v is not None}
        mode = rule.options.get("expand")
        if isinstance(mode, dict):
            mode = next((m for g, m in mode.items() if g in groups), None)
        max_words = int(rule.options.get("max_words", 6))
        start, end = match.start, match.end
        if mode == "subject":
            start = expand_subject(doc.text, floor, start, max_words)
        elif mode == "noun-phrase":
            start, end = expand_noun_phrase(doc.text, start, end, ceiling, max_words)
        elif mode == "predicate":
            end = expand_predicate(doc.text, end, ceiling, max_words)
        steps = int(bool(groups & set(rule.options.get("downgrade_groups", [])))) + int(
            any(r.search(sentence_text) for r in self._sentence_regexes[rule.id, "downgrade_if_sentence"]))
        return rule, start, end, match.start, match.end, steps

    def _one_per_span(self, candidates, doc: Document) -> list[Finding]:
        kept: list[list] = []
        for rule, start, end, cue_start, cue_end, steps in candidates:  # rules arrive in file order
            other = next((k for k in kept if k[1] < end and start < k[2]), None)
            if other is None:
                kept.append([rule, start, end, cue_start, cue_end, steps, []])
            elif rule.id != other[0].id and rule.id not in other[6]:
                other[6].append(rule.id)
        return [self._finding(rule, doc, start, end, cue_start, cue_end, steps, also=also)
                for rule, start, end, cue_start, cue_end, steps, also in kept]

    def _finding(self, rule: Rule, doc: Document, start: int, end: int, cue_start: int, cue_end: int,
                 steps: int = 0, score: float = 1.0, also=()) -> Finding:
        quote = doc.quote_at(start, end) or doc.quote_at(cue_start, cue_end)
        sentence = doc.sentence_at(cue_start)
        named = bool(quote and quote.named)
        details = {"voice": "quote" if quote else "reporter", "speaker": quote.speaker if quote else None,
                   "named_source": named, "sentence": [sentence.start, sentence.end] if sentence else [start, end],
                   "cue": doc.text[cue_start:cue_end]}
        if also:
            details["also"] = list(also)
        return self.finding(rule, doc, start, end, score=score, severity=_weaker(rule.severity, steps + named),
                            **details)

    def _classifier_findings(self, doc: Document, findings: list[Finding]) -> list[Finding]:
        rule = self.rules_by_id["hedge.classifier"]
        unmatched = [s for s in doc.sentences if not any(s.start <= f.start < s.end for f in findings)]
        if not unmatched:
            return []
        probabilities = self.classifier.predict_proba([s.text for s in unmatched])
        result = []
        for sentence, p in zip(unmatched, probabilities):
            if p >= self.config.hedge_classifier_threshold:
                cue = self.classifier.cue(sentence.text)
                start, end = (sentence.start + cue[0], sentence.start + cue[1]) if cue else (sentence.start, sentence.end)
                result.append(self._finding(rule, doc, start, end, start, end, score=p))
        return result
