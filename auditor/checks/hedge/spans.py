"""Span conventions of hedge findings: how far a rule's cue grows (subject, noun phrase, predicate).

* ``subject`` — attribution/doubt verbs report subject + verb: the cue grows left to the clause start
  (sentence or line start, or after ``, ; :``, a bracket, quote mark or dash), stops after words like
  "that", "and", "said", drops leading discourse markers ("However", "Meanwhile", "But") and falls back
  to the cue alone when the subject is longer than ``max_words``: "However, Russian state media claimed"
  → "Russian state media claimed".
* ``noun-phrase`` — labels report determiner + label + noun phrase, stopping before a function word or
  verb (at most ``max_words`` words; a quoted phrase is taken whole): "the alleged attack." → "the alleged attack".
* ``predicate`` — modals report modal (+ negation/adverb) + auxiliaries + verb + a short object
  (determiner + up to ``max_words`` words): "may provide the jets at a later date" → "may provide the jets".

Noun phrases and predicates stop at a quote mark or bracket: a quoted cue's span stays inside its quote.
A span never starts with punctuation, a symbol or an invisible character: a subject stops at an emoji or other
symbol, a zero-width space or a bidi control ("🎉 Experts say" → "Experts say") and at a word with no letter or digit
("###", "``"; not "&", "%" or a currency sign: "50 % of analysts say"), and its first word starts at a letter or
digit ("#Trump's alleged affair" → "Trump's alleged affair").

Callers pass a floor and ceiling inside one line (``line_bounds``), so no span crosses a line break.

Example:
    >>> text = "However, Russian state media claimed it."
    >>> text[expand_subject(text, 0, text.index("state"), 6):text.index(" it")]
    'Russian state media claimed'
    >>> text = "It passed, a move supporters say will help."
    >>> text[expand_subject(text, 0, text.index("supporters"), 6):text.index(" will")]
    'supporters say'
"""

from __future__ import annotations

import re
import unicodedata

# a clause mark, a bracket or quote, a dash, a line break, a table cell's bar, or a list marker or spaced hyphen
_CLAUSE_BREAK = re.compile(r"[,;:](?=\s)|[()\[\]“”\"«»—–|•\n\r]|(?<!\S)[-*+](?=\s)")
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
_JOINERS = {"&", "%", "$", "€", "£"}  # words of a subject without a letter or digit: "Procter & Gamble", "50 % of"
_IN_WORD_INVISIBLE = {"\u00ad", "\u200c", "\u200d"}  # soft hyphen, zero-width (non-)joiner: inside words
_PLURAL_QUANTIFIERS = {"few", "dozen", "great", "good", "handful", "couple", "number", "lot", "host"}
_QUOTE_PAIRS = {"“": "”", '"': '"', "«": "»", "‘": "’"}


def _bare(word: str) -> str:
    return word.strip(".,;:!?…'’").lower()


def expand_subject(text: str, floor: int, start: int, max_words: int) -> int:
    """New start of a verb cue at ``start``: its subject back to the clause start (>= ``floor``)."""
    cut = _symbol_end(text, max([floor] + [m.end() for m in _CLAUSE_BREAK.finditer(text, floor, start)]), start)
    words = list(_WORD.finditer(text, cut, start))
    chosen: list[re.Match] = []
    for word in reversed(words):
        token = word.group()
        if _bare(token) in _SUBJECT_BOUNDARY or not (token in _JOINERS or any(c.isalnum() for c in token)):
            break
        chosen.append(word)
    while chosen and _bare(chosen[-1].group()) in _DISCOURSE:
        chosen.pop()
    first = _lead(text, chosen[-1].start(), start) if chosen else start
    cut_off = re.search(r"(\S+)\s+$", text[max(0, first - 20):first])  # a word before the floor: "a\nmove supporters"
    reading = ([cut_off.group(1)] if cut_off else []) + [w.group() for w in reversed(chosen)]
    if _singular_article_before_plural([_bare(w) for w in reading], text[start:]):
        return start
    return first if chosen and len(chosen) <= max_words else start


def _symbol_end(text: str, floor: int, start: int) -> int:
    """End of the last symbol ("🎉", "©") or invisible character (a zero-width space, a bidi control) of
    ``text[floor:start]``, else ``floor``.

    >>> text = "\u202eمرحبا\u202c Experts"
    >>> text[_symbol_end(text, 0, len(text)):]
    ' Experts'
    """
    for i in range(start - 1, floor - 1, -1):
        if text[i] not in _IN_WORD_INVISIBLE and unicodedata.category(text[i]) in ("So", "Co", "Cf"):
            return i + 1
    return floor


def _lead(text: str, start: int, end: int) -> int:
    """The first letter or digit of ``text[start:end]`` after its last symbol or invisible character, else ``end``:
    where a word starts ("#Trump's" → "Trump's")."""
    start = _symbol_end(text, start, end)
    return next((i for i in range(start, end) if text[i].isalnum()), end)


def _singular_article_before_plural(reading: list[str], cue: str) -> bool:
    """An "a" / "an" among the words before a plural cue, with no "of" after it and no plural quantifier ("a few", "a
    dozen", "a great many"), belongs to another noun: "a move supporters say" is "a move" + "supporters say" (but "a
    group of analysts say" and "a few critics say" are one subject); ``reading``: the words before the cue, in order."""
    article = max((k for k, w in enumerate(reading) if w in ("a", "an")), default=None)
    first = cue.split(maxsplit=1)[0] if cue.strip() else ""
    return (article is not None and "of" not in reading[article:] and first.lower().endswith("s")
            and not _PLURAL_QUANTIFIERS.intersection(reading[article + 1:article + 2]))


def expand_noun_phrase(text: str, start: int, end: int, ceiling: int, max_words: int) -> tuple[int, int]:
    """Span of determiner + label ``text[start:end]`` + noun phrase (or quoted phrase) up to ``ceiling``."""
    before = list(_WORD.finditer(text, max(0, start - 40), start))
    if before and not text[before[-1].end():start].strip():
        word = before[-1]
        lead = _lead(text, word.start(), word.end())
        if _bare(word.group()) in _DETERMINERS or (word.group().endswith(("'s", "’s")) and lead < word.end() - 2):
            start = lead
    rest = text[end:ceiling]
    gap = len(rest) - len(rest.lstrip())
    opener = rest[gap:gap + 1]
    if opener in _QUOTE_PAIRS:
        close = text.find(_QUOTE_PAIRS[opener], end + gap + 1, ceiling)
        return start, (close + 1 if close > 0 else end)
    previous = end
    for count, word in enumerate(_WORD.finditer(text, end, ceiling)):
        bare = _bare(word.group())
        if _closes(text, previous, word.start()):
            break
        previous = word.end()
        if count >= max_words or bare in _FUNCTION_WORDS or (count and bare.endswith("ed")):
            break
        end = _word_end(word)
        if word.group()[-1] in ".,;:!?…":
            break
    return start, end


def expand_predicate(text: str, end: int, ceiling: int, max_words: int) -> int:
    """New end of a modal cue ending at ``end``: + auxiliaries ("have to", "be") + verb + object
    (an optional determiner and at most ``max_words`` words, stopping at a function word or punctuation)."""
    words: list[re.Match] = []
    for word in _WORD.finditer(text, end, ceiling):
        if _closes(text, words[-1].end() if words else end, word.start()):
            break
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


def _closes(text: str, start: int, end: int) -> bool:
    """A quote mark or bracket between two words: a span grows no further ('said it "may need adjustments" later'
    ends at "adjustments"). Between two ``_WORD`` matches anything but white space is one of the marks it leaves out."""
    return bool(text[start:end].strip())


def _word_end(word: re.Match) -> int:
    return word.start() + len(word.group().rstrip(".,;:!?…"))


def line_bounds(text: str, floor: int, ceiling: int, start: int, end: int) -> tuple[int, int]:
    """``(floor, ceiling)`` narrowed to the line(s) of ``text[start:end]``: no expansion crosses a line break."""
    floor = max(floor, text.rfind("\n", floor, start) + 1, text.rfind("\r", floor, start) + 1)
    breaks = [i for i in (text.find("\n", end, ceiling), text.find("\r", end, ceiling)) if i >= 0]
    return floor, min(breaks + [ceiling])
