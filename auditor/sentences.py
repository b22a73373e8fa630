"""Offline sentence splitting with nltk's Punkt algorithm.

Punkt needs parameters that ``nltk.download("punkt")`` would fetch; this module builds them
from the abbreviation and sentence-starter lists shipped in ``auditor/data`` so nothing is downloaded.

nltk's Punkt code is used as is, but loaded without running ``nltk/__init__.py``: that file imports
most of nltk, with scipy, scikit-learn and pandas, about 2.5 s of a cold ``auditor check``, none of
which Punkt uses (see ``punkt_module``).

Example:
    >>> text = "Dr. Lee left at 5 p.m. on Jan. 3. He paid $2.5m."
    >>> [text[s:e] for s, e in sentence_spans(text)]
    ['Dr. Lee left at 5 p.m. on Jan. 3.', 'He paid $2.5m.']
"""

import importlib
import importlib.util
import re
import sys
import threading
from functools import lru_cache, cache
from importlib import resources
from types import ModuleType
from typing import Any
from collections.abc import Callable

_PUNKT = "nltk.tokenize.punkt"
_lock = threading.Lock()


def punkt_module() -> ModuleType:
    """nltk's ``nltk.tokenize.punkt`` module (its code unchanged, so the sentence boundaries are nltk's).

    When nltk is not imported yet, the module and the few nltk modules it imports (``nltk.redos``,
    ``nltk.probability``, ``nltk.tokenize.api`` ...) are loaded under not-yet-executed ``nltk`` and
    ``nltk.tokenize`` package objects, then every ``nltk`` entry this added is taken out of
    ``sys.modules`` again: a later ``import nltk`` anywhere in the process runs nltk normally. 0.1 s
    instead of 2.6 s.
    """
    with _lock:
        if "nltk" in sys.modules:  # nltk is imported already: the ordinary way costs nothing more
            return importlib.import_module(_PUNKT)
        before = set(sys.modules)
        try:
            for package in ("nltk", "nltk.tokenize"):
                spec = importlib.util.find_spec(package)
                if spec is None:
                    raise ImportError(f"sentence splitting needs nltk: no module named {package!r}")
                sys.modules[package] = importlib.util.module_from_spec(spec)  # __init__.py not executed
            return importlib.import_module(_PUNKT)
        finally:
            for name in set(sys.modules) - before:
                if name == "nltk" or name.startswith("nltk."):
                    del sys.modules[name]


@cache
def _word_list(name: str) -> frozenset[str]:
    text = resources.files("auditor").joinpath("data/" + name).read_text("utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def punkt_parameters(punkt: ModuleType) -> Any:
    """Punkt parameters from the shipped word lists: abbreviations, sentence starters, and for each starter the
    orthography a trained Punkt would have seen (capitalised at a sentence start, lower case inside one), so that an
    initial before a starter ends a sentence ("... was Ernest R. The director ...") and one before a name does not
    ("George W. Bush")."""
    params = punkt.PunktParameters()
    params.abbrev_types = set(_word_list("punkt_abbreviations.txt"))
    params.sent_starters = set(_word_list("punkt_sentence_starters.txt"))
    for word in params.sent_starters:
        params.ortho_context[word] = punkt._ORTHO_BEG_UC | punkt._ORTHO_MID_LC
    return params


@lru_cache(maxsize=1)
def punkt_tokenizer() -> Any:
    """The shared Punkt tokenizer (an nltk ``PunktSentenceTokenizer``), built once from the shipped word lists."""
    punkt = punkt_module()
    return punkt.PunktSentenceTokenizer(punkt_parameters(punkt))


_INITIALS_END = re.compile(r"(?<![\w.])(?:[^\W\d_]\.){2,}$")  # "W.H.", "J.J.", "A.R." ending a Punkt sentence
_NEXT_WORD = re.compile(r"\s*([^\W\d_][\w'’-]*)")


def _joined_initials(chunk: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Punkt's spans, each break after two or more initials ("W.H.", "J.J."; not an abbreviation of the shipped list,
    "U.S.") rejoined when a capitalised word that is no sentence starter follows: the initials begin a name ("founded by
    W.H. Turton", "directed by J.J. Abrams").

    >>> text = "It was founded by W.H. Turton in 1890. He left."
    >>> [text[s:e] for s, e in _joined_initials(text, list(punkt_tokenizer().span_tokenize(text)))]
    ['It was founded by W.H. Turton in 1890.', 'He left.']
    """
    abbreviations, starters = _word_list("punkt_abbreviations.txt"), _word_list("punkt_sentence_starters.txt")

    def name_goes_on(previous: tuple[int, int], start: int) -> bool:
        before = _INITIALS_END.search(chunk[previous[0]:previous[1]])
        word = _NEXT_WORD.match(chunk, start)
        return bool(before and before.group()[:-1].lower() not in abbreviations and word
                    and word.group(1)[:1].isupper() and word.group(1).lower() not in starters)

    return _rejoined(spans, name_goes_on)


def _rejoined(spans: list[tuple[int, int]], goes_on: Callable[[tuple[int, int], int], bool]) -> list[tuple[int, int]]:
    """``spans`` with each one that starts where ``goes_on(the span before it, its start)`` holds joined to the span
    before it (a break Punkt should not have made).

    >>> _rejoined([(0, 4), (5, 9), (10, 14)], lambda previous, start: start == 5)
    [(0, 9), (10, 14)]
    """
    joined: list[tuple[int, int]] = []
    for s, e in spans:
        if joined and goes_on(joined[-1], s):
            joined[-1] = (joined[-1][0], e)
        else:
            joined.append((s, e))
    return joined


# A German or Nordic ordinal after an article or preposition ends no sentence ("der 2. Liga", "am 3. Oktober",
# "zum 5. Mal", "den 5. maj", "i 2. divisjon"): Punkt reads the number's dot as a sentence end before a capital.
_ORDINAL_END = re.compile(r"(?<![\w.])(?:der|die|das|den|dem|des|am|im|vom|zum|zur|beim|ins|ans|bis|seit|ab|fürs|ums|"
                          r"jeden|jedes|jede|jedem|i|på|til|fra|efter|etter|inför)\s+\d{1,3}\.$", re.IGNORECASE)
_NEXT_LETTER = re.compile(r"\s*[^\W\d_]")


def _joined_ordinals(chunk: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Punkt's spans, each break after a German or Nordic ordinal ("der 2.", "am 3.") rejoined when a word follows.

    >>> text = "Das Spiel der 2. Liga endete am 3. Oktober. Danach ging es weiter."
    >>> [text[s:e] for s, e in _joined_ordinals(text, list(punkt_tokenizer().span_tokenize(text)))]
    ['Das Spiel der 2. Liga endete am 3. Oktober.', 'Danach ging es weiter.']
    """
    return _rejoined(spans, lambda previous, start: bool(_ORDINAL_END.search(chunk, *previous)
                                                         and _NEXT_LETTER.match(chunk, start)))


_CLOCK_END = re.compile(r"\b[ap]\.m\.(?=\s+([A-Z][\w'’-]*))")  # "7 p.m. Witnesses said ..."
# A sentence that opens with its time ("At 2:00 p.m. Colonel Tuttle led the advance"): the clock time ends no sentence.
_OPENING_TIME = re.compile(r"\s*(?:at|by|around|about|before|after|until|till|from|since|shortly|just|early|late|on|"
                           r"between|approximately|roughly|nearly)\b(?:\s+\S+){0,4}\s*$", re.IGNORECASE)
# What a capitalised word after "a.m." / "p.m." may be inside one sentence: a time zone, a weekday or a month.
_CLOCK_GOES_ON = frozenset("""et est edt ct cst cdt mt mst mdt pt pst pdt gmt utc bst cet cest eet eest ist jst kst hkt
sgt aest aedt eastern central mountain pacific atlantic local greenwich
monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec""".split())


def _split_after_clock_times(chunk: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Punkt's spans, each also cut after "a.m." / "p.m." when a capitalised word that is no time zone, weekday or
    month follows and the sentence does not open with the time: Punkt knows these abbreviations end no sentence, so it
    reads on ("... closed at 7 p.m. Witnesses said ..."; not "At 2 p.m. Colonel Tuttle led ...").

    >>> text = "It closed at 7 p.m. Witnesses said so. It opens at 9 a.m. Monday. At 2 p.m. Colonel Tuttle left."
    >>> [text[s:e] for s, e in _split_after_clock_times(text, list(punkt_tokenizer().span_tokenize(text)))]
    ['It closed at 7 p.m.', ' Witnesses said so.', 'It opens at 9 a.m. Monday.', 'At 2 p.m. Colonel Tuttle left.']
    """
    cut: list[tuple[int, int]] = []
    for s, e in spans:
        for match in _CLOCK_END.finditer(chunk, s, e):
            if match.group(1).lower() not in _CLOCK_GOES_ON and not _OPENING_TIME.match(chunk[s:match.start()]):
                cut.append((s, match.end()))
                s = match.end()
        cut.append((s, e))
    return cut


MAX_SENTENCE_CHARS = 2000
"""Longer runs without sentence punctuation are cut (at the last space before the limit): news
sentences are far shorter, and every per-sentence step of the checks stays bounded."""


_LINE_BREAK = re.compile(r"[ \t]*\r?\n|\r")
_LIST_START = re.compile(r"[ \t]*(?:[-*+•|]|\d{1,3}[.)])[ \t]")  # a list item or table row ("- ", "1. ", "| ")
_OPEN_END = re.compile(r"[.!?…;:,。！？，、；：]['\"”’)\]」』]*$")
_NEXT_LINE_START = re.compile(r"[ \t]*(?:[-*+•|]|\d{1,3}[.)])?[ \t]*[\"“‘'(]?(\w)")
TITLE_LINE_WORDS, TITLE_LINE_CHARS, BODY_LINE_WORDS = 8, 60, 4
"""A line of at most this many words and characters without a closing mark, before a line of at least
``BODY_LINE_WORDS`` words that starts with a capital or a digit, ends a sentence: a heading, a dateline, a credit line
("LONDON", "Photo: Jane Doe"); a longer one is hard-wrapped prose, and a short next line its value ("Image credit" /
"Midjourney"). Before a line indented as much as it, by two or more spaces (the masked markers of a Markdown list), the
next line may be short: they are list items ("- It may rain" / "- Second item"), a long one a wrapped item."""


def _line_start(text: str, pos: int) -> int:
    """The offset of the first character of the line holding ``pos``.

    >>> _line_start("One\\r\\nTwo three", 6), _line_start("One", 2)
    (5, 0)
    """
    return max(text.rfind("\n", 0, pos), text.rfind("\r", 0, pos)) + 1


def _indent(line: str) -> str:
    """The spaces and tabs ``line`` starts with.

    >>> _indent("  \\tIt may rain ")
    '  \\t'
    """
    return line[:len(line) - len(line.lstrip(" \t"))]


def _split_at_title_lines(chunk: str, spans: list[tuple[int, int]], indent: str = "") -> list[tuple[int, int]]:
    """Punkt's spans, each also cut at a line break after a heading-like line (``TITLE_LINE_WORDS``) or before or
    after a list item or table row, when the line has no closing mark and the next one starts with a capital or digit.
    A line is the whole line, from the line break before it (``indent``: the whitespace before ``chunk`` on its first
    line), also where a sentence starts in it: a long line is wrapped prose, even if its last sentence starts late.

    >>> text = "LONDON\\nExperts say the pound may fall.\\n- Prices rose in May across the region\\n- Rates may rise"
    >>> [text[s:e] for s, e in _split_at_title_lines(text, list(punkt_tokenizer().span_tokenize(text)))]
    ['LONDON', 'Experts say the pound may fall.', '- Prices rose in May across the region', '- Rates may rise']
    >>> text = "It met. This was produced with the help of\\nOpenAI tools.\\n  It may rain\\n  Second item"
    >>> [text[s:e] for s, e in _split_at_title_lines(text, list(punkt_tokenizer().span_tokenize(text)))]
    ['It met.', 'This was produced with the help of\\nOpenAI tools.', 'It may rain', '  Second item']
    """
    cut: list[tuple[int, int]] = []
    for s, e in spans:
        line_start = _line_start(chunk, s)
        for m in _LINE_BREAK.finditer(chunk, s, e):
            line, following = chunk[line_start:m.start()], m.end()
            next_start = _NEXT_LINE_START.match(chunk, following)
            first = next_start.group(1) if next_start and next_start.end() <= e else ""
            capital = first.isupper() or first.isdigit()
            listed = bool(_LIST_START.match(line) or _LIST_START.match(chunk, following))
            next_line = _LINE_BREAK.search(chunk, following, e)
            following_line = chunk[following:next_line.start() if next_line else e]
            own_indent = (indent if line_start == 0 else "") + _indent(line)
            items = len(own_indent) >= 2 and own_indent == _indent(following_line)
            body = len(following_line.split()) >= BODY_LINE_WORDS
            title = len(line.split()) <= TITLE_LINE_WORDS and len(line.strip()) <= TITLE_LINE_CHARS and (body or items)
            if line.strip() and capital and not _OPEN_END.search(line.rstrip()) and (listed or title):
                cut.append((s, m.start()))
                s = following
            line_start = following
        cut.append((s, e))
    return cut


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence ``(start, end)`` offsets into ``text`` within ``text[start:end]``, whitespace trimmed,
    none longer than ``MAX_SENTENCE_CHARS``."""
    end = len(text) if end is None else end
    chunk = text[start:end]
    spans = []
    punkt_spans = list(punkt_tokenizer().span_tokenize(chunk))
    punkt_spans = _joined_ordinals(chunk, _joined_initials(chunk, punkt_spans))
    lead = text[_line_start(text, start):start]
    for s, e in _split_at_title_lines(chunk, _split_after_clock_times(chunk, punkt_spans),
                                      "" if lead.strip() else lead):
        while s < e:
            while s < e and chunk[s].isspace():
                s += 1
            cut = e
            if cut - s > MAX_SENTENCE_CHARS:
                space = chunk.rfind(" ", s + 1, s + MAX_SENTENCE_CHARS)
                cut = space if space > s else s + MAX_SENTENCE_CHARS
            stop = cut
            while stop > s and chunk[stop - 1].isspace():
                stop -= 1
            if s < stop:
                spans.append((start + s, start + stop))
            s = cut
    return spans
