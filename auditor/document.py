"""The document model: the original text with exact offsets of its paragraphs, sentences and quotes.

Every span is a pair of character offsets into ``Document.text`` (like spaCy's ``Span``), so a
finding built from any of them points at the real text.

Example:
    >>> doc = Document('Mr. Ortiz said: “We will rebuild.” The mayor agreed.\\n\\nTalks resume today.')
    >>> [s.text for s in doc.sentences]
    ['Mr. Ortiz said: “We will rebuild.”', 'The mayor agreed.', 'Talks resume today.']
    >>> doc.quotes[0].text, doc.quotes[0].speaker
    ('We will rebuild.', 'Mr. Ortiz')
    >>> doc.line_col(doc.sentences[2].start)
    (3, 1)
"""

from __future__ import annotations

import bisect
import itertools
import re
from array import array
from dataclasses import dataclass, replace
from functools import cached_property
from typing import TypeVar

from .sentences import sentence_spans


@dataclass(frozen=True)
class Span:
    """A ``[start, end)`` slice of a document's text."""

    doc: Document
    start: int
    end: int

    @property
    def text(self) -> str:
        return self.doc.text[self.start : self.end]

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.start}, {self.end}, {self.text[:40]!r})"


@dataclass(frozen=True, repr=False)
class Paragraph(Span):
    index: int


@dataclass(frozen=True, repr=False)
class Sentence(Span):
    index: int
    paragraph: int


@dataclass(frozen=True, repr=False)
class Quote(Span):
    """Quoted words without their quote marks; ``speaker`` is who the text says spoke them.

    ``speaker_start``/``speaker_end``: the speaker's words in this attribution ("she"); ``referent_start``/
    ``referent_end``: the named speaker a "he"/"she" there stands for, when the document names one (see
    ``Document.quotes``), and then ``speaker`` is that name.
    """

    speaker_start: int | None = None
    speaker_end: int | None = None
    referent_start: int | None = None
    referent_end: int | None = None

    @property
    def speaker(self) -> str | None:
        if self.referent_start is not None:
            return self.doc.text[self.referent_start : self.referent_end]
        return None if self.speaker_start is None else self.doc.text[self.speaker_start : self.speaker_end]

    @property
    def named(self) -> bool:
        """True when the speaker is named (a proper noun), not "a source" or "the head of the group"."""
        return self.speaker is not None and _is_named(self.speaker)


@dataclass(frozen=True, repr=False)
class ReportedSpeech(Quote):
    """Indirect speech: the reported clause of a speech verb, without quote marks, and who said it.

    "He said [the city could absorb the cost]."; "[Prices will rise], the minister said on Tuesday."; "The firm
    declined to say [by how much they might fall]."; "[The plan, officials said, could cost more]" (the source
    inside: the whole sentence). ``speaker`` is the verb's subject (or the name after a postposed "said")."""


# Two line breaks (``\r\n``, ``\r`` or ``\n``, as ``Document.line_col`` counts them) with only spaces or tabs between:
# "\n\n", "\r\n\r\n", "\n\r\n", "\r\n\n", "\r\r"; the "\r" of a "\r\n" is never a break of its own.
_BLANK_LINE = re.compile(r"(?:\r\n|\r(?!\n)|\n)[ \t]*(?:\r\n|\r|\n)")
_LINE = re.compile(r"[^\r\n]+")
_ANY_QUOTE_MARK = re.compile(r"[\"“”‘«»]")
_OPENING_MARK = re.compile(r"(?<![\w.,;!?…])(?:[\"“‘](?=\S)|«)")  # a mark before its words, not after them
_RESOLVED_PRONOUNS = {"he", "she"}  # not "they" (mostly a group) or "it" (an organisation)
PRONOUN_REACH = 3
"""How many paragraphs back the named speaker a "he"/"she" speaker stands for may be."""
_NAME_RUN = re.compile(r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)+")  # "Supervisor Dale Harmon", "The Fairbridge"
# Words no name of a person has: a speaker with one ("In a statement after the hearing", "Officials in Kyiv") is none.
_NOT_IN_NAMES = frozenset("""a an the in on at of for to from with by after before and or but so then as if when while
he she they it we i his her their its this that""".split())
# British single quotes too: "‘We will appeal,’ she said." The closing ’ is also the apostrophe, so inside a quote ’
# before a letter or a space is one ("It’s", "the players’ union"); the quote closes at a ’ after a sentence mark or
# comma, or before punctuation or the line's end ("called it ‘a disaster’." but not "called it ‘a disaster’ and left").
_QUOTE = re.compile(r"“([^“”]{1,2000}?)”|\"([^\"\n]{1,2000}?)\"|«\s?([^«»]{1,2000}?)\s?»"
                    r"|‘((?:[^‘’\n]|’(?=[\w ])){1,2000}?)(?:(?<=[.,!?…])’|’(?=[.,;:!?)\]]|[ \t]*$))", re.MULTILINE)
_SPEECH_VERB = (r"(?:said|says|told|tells|added|adds|wrote|writes|stated|declared|claimed|claims|insisted|warned"
                r"|argued|noted|explained|announced|tweeted|posted|replied|responded|answered|asked)\b")
_SPEAKER = r"(?:[A-Z][\w’'-]*\.?|[a-z][\w’'-]*)(?:\s+(?:[A-Z][\w’'-]*\.?|[a-z][\w’'-]*)){0,6}?"
_SPEAKER_AFTER = re.compile(
    rf"\s*,?\s*(?:{_SPEECH_VERB}\s+(?P<a>{_SPEAKER})(?=\s*(?:[,;:!?]|\.(?=\s|$)|$|\s+(?:who|which|in|on|at|during|after|before|of)\b))"
    rf"|(?P<b>{_SPEAKER})\s+{_SPEECH_VERB}|according\s+to\s+(?P<c>{_SPEAKER})(?=\s*(?:[,;:!?]|\.(?=\s|$)|$)))"
)
_SPEAKER_BEFORE = re.compile(rf"(?:^|(?<=[,;:]\s)|(?<=[.!?]\s))(?P<s>{_SPEAKER})\s+{_SPEECH_VERB}", re.MULTILINE)
_ACCORDING_BEFORE = re.compile(rf"\b[Aa]ccording\s+to\s+(?P<s>{_SPEAKER}),")  # 'According to Ana Ruiz, it "could fail"'
_DETERMINERS = {"the", "a", "an", "some", "one", "his", "her", "their", "its", "this", "that", "he", "she", "they",
                "it", "we", "i"}
_REPORTING_VERB = re.compile(
    r"\b(?:said|says|say|told|tells|tell|added|adds|wrote|writes|stated|declared|insisted|warned|argued|noted|explained|"
    r"announced|replied|responded|answered|believes|thinks|predicts|expects|estimates|forecasts|contends|maintains|"
    r"confirmed|confirms|"
    r"(?:declined|refused)\s+to\s+(?:say|specify|disclose|comment\s+on|"
    r"elaborate\s+on)|(?:would|could|did)\s+not\s+(?:say|specify|disclose))\b(?:\s+that\b)?")
# When or where something was said, after the verb: "said on Tuesday", "said in a statement", "told Reuters".
_SAID_WHEN = (r"(?:\s+(?i:in|on|at|to|during|last|this|yesterday|today|earlier|later|late|early|from|via|through|"
              r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b[^,;:“”\"]{0,60})?")
_POSTPOSED = re.compile(
    r",\s+(?:(?P<b>[^,;:“”\"]{1,60}?)\s+(?:said|says|added|adds|wrote|writes|noted|argued|warned|explained)"
    + _SAID_WHEN
    + r"(?:,\s+(?:adding|noting|citing|saying|pointing|explaining|stressing|arguing|warning)\b[^;:]{0,120})?"
    r"|(?:said|says|added|adds)\s+(?P<a>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}|(?:the|a|an|one)"
    r"(?:\s+(?!(?:could|would|may|might|will|can|should|must|is|are|was|were|has|have|had)\b)[\w'’-]+){1,3})"
    r"(?:,[^,;:]{0,80})?)[.!?]?$")
# A source named with "according to" after or before the claim: "The bill will pass, according to two aides."
_ACCORDING_AFTER = re.compile(r",\s+according\s+to\s+(?P<s>[^,;:“”\"]{2,60}?)[.!?]?$")
_ACCORDING_FIRST = re.compile(r"\W{0,2}According\s+to\s+(?P<s>[^,;:“”\"]{2,60}?),\s+(?=\S)")
# A source set inside the sentence: "The plan, officials said, could cost more."
_PARENTHETICAL = re.compile(
    r"[^,;:“”\"]{3,80}?,\s+(?P<s>[^,;:“”\"]{1,40}?)\s+(?:said|says|added|adds|noted|argued|warned|believes|believe|thinks|"
    r"think|claimed|claims|insisted|insists|wrote|writes)" + _SAID_WHEN + r",\s+\S")
_CLAUSE_BREAK = re.compile(r"[,;:(—–]")
_SPEAKER_STOP = {"that", "which", "who", "and", "but", "or", "because", "while", "when", "as", "if", "although"}
_AUXILIARIES = {"has", "have", "had", "is", "are", "was", "were", "will", "would", "also", "then", "later", "again"}
_PASSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:(?:\w+ly|so|not|also|now)\s+){0,2}$",
                             re.IGNORECASE)
# The last word of a title before a name between commas: "National Security Advisor, Jake Sullivan, said".
_TITLES = {"advisor", "adviser", "minister", "secretary", "president", "director", "spokesman", "spokeswoman",
           "spokesperson", "chief", "chairman", "chairwoman", "chair", "governor", "mayor", "senator", "ambassador",
           "general", "commander", "officer", "editor", "head", "leader", "manager", "executive", "ceo", "founder",
           "analyst", "economist", "professor", "researcher", "lawyer", "attorney", "judge", "coach", "captain"}


# Capitalised only because they open the sentence: counts and groups of unnamed people ("Two aides said", "Officials
# said"), not names.
_UNNAMED_FIRST = frozenset("""two three four five six seven eight nine ten several many few most all both other others
officials aides analysts experts critics residents sources investors economists observers lawmakers diplomats witnesses
scientists researchers police authorities employees workers protesters activists opponents supporters people""".split())


def _is_named(speaker: str) -> bool:
    """Whether a speaker is named: a capitalised word, not only a determiner, count or group opening the sentence.

    >>> [_is_named(s) for s in ("Ana Ruiz", "Officials", "Two aides", "the mayor", "Smith")]
    [True, False, False, False, True]
    """
    words = speaker.split()
    first = words[0].lower()
    unnamed = first in _DETERMINERS or first in _UNNAMED_FIRST
    return any(w[:1].isupper() for w in words[1:]) or (words[0][:1].isupper() and not unnamed)


# Words whose period is their own, so it stays on a speaker that ends the sentence with them ("said John Smith Jr.").
_NAME_ABBREVIATIONS = frozenset({"jr", "sr", "inc", "corp", "co", "ltd", "llc", "plc", "bros"})
_LAST_WORD = re.compile(r"[\w.’'-]+$")
_WORD = re.compile(r"\S+")
# Words that open a sentence or clause and are never a speaker's first word: "Then she said", "And Curdken said".
_OPENERS = frozenset("""and but so yet or nor then still now also meanwhile however instead later finally thus hence
indeed again separately""".split())
_LEADING_OPENER = re.compile(r"(?i:" + "|".join(sorted(_OPENERS)) + r")\s+(?=\S)")
# First words (after any of ``_OPENERS``) of a phrase that sets the scene before the subject ("In a statement after the
# hearing", "On Tuesday"): such a phrase between commas is no speaker.
_INTRODUCERS = frozenset("""in on at after before during following since despite from with without under for by amid
through throughout within upon over about like unlike until as when while although though because if once
whereas""".split())
# Words after a participle that opens a phrase ("Speaking to reporters", "Citing an example"), not after a first name
# ("Mohammed bin Salman").
_AFTER_PARTICIPLE = _INTRODUCERS | frozenset("to of the a an his her their its this that".split())


def _speaker_span(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` of a speaker without a closing comma or the sentence's period, but with the period of an
    abbreviation or initial it ends with ("Jr.", "Inc.", "J.", "U.S."), also where the match left that period out, and
    without the words opening its sentence (``_OPENERS``: "Then she" -> "she", "But Smith" -> "Smith").

    >>> text = "It may fail, said Ana Ruiz. It may not, said John Smith Jr. Then she said so."
    >>> [text[slice(*_speaker_span(text, *span))] for span in ((18, 27), (45, 58), (60, 68))]
    ['Ana Ruiz', 'John Smith Jr.', 'she']
    """
    while opener := _LEADING_OPENER.match(text, start, end):
        start = opener.end()
    while end > start and text[end - 1] in ".,":
        end -= 1
    word = _LAST_WORD.search(text, start, end)
    if end < len(text) and text[end] == "." and word and (
            word.group().lower() in _NAME_ABBREVIATIONS or len(word.group()) == 1 and word.group() not in "Ii"
            and word.group().isupper()
            or "." in word.group()):
        end += 1
    return start, end


def _introduces(words: list[re.Match]) -> bool:
    """Whether a phrase between commas sets the scene rather than names a speaker: after any sentence openers
    (``_OPENERS``), nothing, a preposition or conjunction (``_INTRODUCERS``), or a participle before one of
    ``_AFTER_PARTICIPLE``.

    >>> [_introduces(list(_WORD.finditer(p))) for p in ("On Tuesday", "Speaking to reporters", "Still", "And Ana Ruiz",
    ...                                                 "Mohammed bin Salman")]
    [True, True, True, False, False]
    """
    words = list(itertools.dropwhile(lambda w: w.group().lower() in _OPENERS, words))
    first = words[0].group().lower() if words else ""
    return not words or first in _INTRODUCERS or first.endswith(("ing", "ed")) and len(words) > 1 \
        and words[1].group().lower() in _AFTER_PARTICIPLE


def _subject_before(text: str, verb: int) -> tuple[int, int] | None:
    """Offsets of the subject of a reporting verb at ``verb``: up to 6 words back to a clause break or
    a conjunction, less the auxiliaries right before the verb ("Edwards has stated"); after "Name, who …," (an empty
    subject) the words before the first comma, or the name set between two commas after a title ("The mayor, Jane Doe,
    said" -> "Jane Doe"), counting from the first phrase that is no introduction ("In a statement after the hearing,
    Kestrel's chief executive, Ruth Adeyemi, said" -> "Ruth Adeyemi")."""
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text, 0, verb)]
    words = list(re.finditer(r"\S+", text[breaks[-1] if breaks else 0:verb]))
    offset = breaks[-1] if breaks else 0
    kept = []
    for word in reversed(words):
        if word.group().lower() in _SPEAKER_STOP:
            break
        kept.append(word)
    while kept and kept[0].group().lower() in _AUXILIARIES:  # "Edwards has stated" -> "Edwards"
        kept.pop(0)
    if not kept and breaks:
        phrases = [list(_WORD.finditer(text, start, end - 1))  # the phrases between commas before the verb
                   for start, end in zip([0, *breaks[:-1]], breaks, strict=True)]
        while phrases and phrases[0] and _introduces(phrases[0]):
            phrases.pop(0)
        if not phrases or not 0 < len(phrases[0]) <= 6:
            return None
        first = phrases[0]
        title = not _is_named(" ".join(w.group() for w in first)) or first[-1].group().lower() in _TITLES
        if len(phrases) == 2 and title:  # "The mayor, Jane Doe, said", "National Security Advisor, Jake Sullivan, said"
            name = phrases[1]
            if 0 < len(name) <= 4 and all(w.group()[:1].isupper() for w in name):
                return name[0].start(), name[-1].end()
        return first[0].start(), first[-1].end()
    if not kept or len(kept) > 6:
        return None
    return offset + kept[-1].start(), offset + kept[0].end()


_Q = TypeVar("_Q", bound=Quote)


class Document:
    """Original text plus paragraph, sentence and quote offsets, and offset → line/column."""

    def __init__(self, text: str, source: str | None = None, *, blank_lines: bool | None = None,
                 regions: tuple[tuple[int, int, str], ...] = ()):
        """``blank_lines``: whether paragraphs are blocks between blank lines (True) or lines (False);
        None decides from the text (blocks when it has a blank line). A chunk of a longer text passes
        the whole text's answer, so its paragraphs are the whole text's. ``regions``: ``(start, end, kind)`` of what
        a draft's markup marks (``formats.regions``: a block quote, a caption, a footer, a header)."""
        if not isinstance(text, str):
            raise TypeError(f"{source or 'text'}: expected str, got {type(text).__name__}")
        self.text = text
        self.source = source
        self.blank_lines = blank_lines
        self.regions = regions

    def region_at(self, start: int, end: int) -> str | None:
        """The kind of the innermost markup region holding ``[start, end)``, or None.

        >>> Document("Body. Made with AI.", regions=((6, 19, "footer"),)).region_at(6, 18)
        'footer'
        """
        inside = [(e - s, kind) for s, e, kind in self.regions if s <= start and end <= e]
        return min(inside)[1] if inside else None

    @cached_property
    def blocks(self) -> bool:
        """Whether paragraphs are blocks between blank lines (else each line is one): ``blank_lines``, or whether the
        text has a blank line."""
        return self.blank_lines if self.blank_lines is not None else bool(_BLANK_LINE.search(self.text))

    @cached_property
    def paragraphs(self) -> list[Paragraph]:
        """Blocks separated by blank lines; in text without blank lines, each non-empty line."""
        if self.blocks:
            bounds, pos = [], 0
            for m in _BLANK_LINE.finditer(self.text):
                bounds.append((pos, m.start()))
                pos = m.end()
            bounds.append((pos, len(self.text)))
        else:
            bounds = [m.span() for m in _LINE.finditer(self.text)]
        paragraphs: list[Paragraph] = []
        for start, end in bounds:
            while start < end and self.text[start].isspace():
                start += 1
            while end > start and self.text[end - 1].isspace():
                end -= 1
            if start < end:
                paragraphs.append(Paragraph(self, start, end, len(paragraphs)))
        return paragraphs

    @cached_property
    def sentences(self) -> list[Sentence]:
        sentences: list[Sentence] = []
        for para in self.paragraphs:
            for start, end in sentence_spans(self.text, para.start, para.end):
                sentences.append(Sentence(self, start, end, len(sentences), para.index))
        return sentences

    @cached_property
    def quotes(self) -> list[Quote]:
        """Quoted passages with their speakers; a quote with no speaker of its own that opens the sentence right after
        a quote with a speaker, in the same paragraph, is that speaker's ('"The effect is modest," said Dr Karin
        Svensson. "But it seems to help."'). A paragraph that opens a quote and ends without closing it, before a
        paragraph that opens with the same quote mark, goes on in that paragraph (news convention): the two parts are
        one quote, and a speaker named in either is both parts' ('"It may take years.\\n\\n"But we will finish it,"
        she said.'). A "he"/"she" speaker stands for the nearest speaker before it when that one is a person's name, at
        most ``PRONOUN_REACH`` paragraphs back, with no other name between them ('…, said Mayor Ana Ruiz.\\n\\n"It may
        fail," she said.': Mayor Ana Ruiz); otherwise it stays "she", unnamed."""
        return [self._resolved(q) for q in self._quotes]

    @cached_property
    def _quotes(self) -> list[Quote]:
        """The quotes with the speakers their own words give (no pronoun resolved)."""
        closed = [(m.start(), m.end(), *m.span(next(i for i in (1, 2, 3, 4) if m.group(i) is not None)))
                  for m in _QUOTE.finditer(self.text)]
        opened = self._open_quotes(closed)
        spans = sorted(closed + opened)
        quotes: list[Quote] = []
        for outer_start, outer_end, start, end in spans:
            quote = self._quote(outer_start, outer_end, start, end)
            previous = quotes[-1] if quotes else None
            if quote.speaker is None and previous is not None and previous.speaker is not None \
                    and self._continues(previous, outer_start):
                quote = Quote(self, quote.start, quote.end, previous.speaker_start, previous.speaker_end)
            quotes.append(quote)
        open_marks = {span[0] for span in opened}
        pairs = [(i, i + 1) for i, span in enumerate(spans[:-1])  # an open quote and the quote it goes on in
                 if span[0] in open_marks and spans[i + 1][0] == self._next_paragraph(span[0])]
        for i, j in pairs + [(j, i) for i, j in reversed(pairs)]:  # forwards through a chain, then backwards
            if quotes[j].speaker_start is None and quotes[i].speaker_start is not None:
                quotes[j] = replace(quotes[j], speaker_start=quotes[i].speaker_start, speaker_end=quotes[i].speaker_end)
        return quotes

    def _open_quotes(self, spans: list[tuple[int, int, int, int]]) -> list[tuple[int, int, int, int]]:
        """``(mark, end, mark + 1, end)`` for each paragraph whose last quote mark opens a quote left open to its
        ``end``, when the next paragraph opens with the same mark; ``spans``: the closed quotes' ``(mark, end, …)``,
        in order."""
        found = []
        outer = [span[:2] for span in spans]
        for paragraph, following in zip(self.paragraphs, self.paragraphs[1:], strict=False):
            marks = [m.start() for m in _ANY_QUOTE_MARK.finditer(self.text, paragraph.start, paragraph.end)]
            if not marks or self.text[marks[-1]] != self.text[following.start] or marks[-1] + 1 == paragraph.end \
                    or not _OPENING_MARK.match(self.text, marks[-1]):
                continue
            i = bisect.bisect_right(outer, (marks[-1], len(self.text))) - 1
            if not (i >= 0 and outer[i][0] <= marks[-1] < outer[i][1]):  # not a closed quote's opening mark
                found.append((marks[-1], paragraph.end, marks[-1] + 1, paragraph.end))
        return found

    def _next_paragraph(self, offset: int) -> int | None:
        """The start of the paragraph after the one holding ``offset``, or None."""
        paragraph = self.paragraph_at(offset)
        following = paragraph.index + 1 if paragraph else len(self.paragraphs)
        return self.paragraphs[following].start if following < len(self.paragraphs) else None

    def _continues(self, previous: Quote, opening: int) -> bool:
        """The quote mark at ``opening`` opens a sentence of the paragraph of ``previous``, the sentence after the one
        that holds ``previous`` and its speaker."""
        sentence, before = self.sentence_at(opening), self.sentence_at(max(previous.end, previous.speaker_end or 0))
        return (sentence is not None and before is not None and sentence.index == before.index + 1
                and sentence.paragraph == before.paragraph and not self.text[sentence.start:opening].strip())

    def _quote(self, outer_start: int, outer_end: int, start: int, end: int) -> Quote:
        """The quote ``[start, end)`` within its marks ``[outer_start, outer_end)``, with its speaker."""
        sentence = self.sentence_at(outer_start)
        floor = sentence.start if sentence else 0
        last = self.sentence_at(outer_end - 1)
        ceiling = last.end if last else len(self.text)
        after = _SPEAKER_AFTER.match(self.text, outer_end, ceiling)
        speaker: tuple[int, int] | None
        if after:
            speaker = after.span(next(g for g in "abc" if after.group(g)))
        else:
            before = list(_SPEAKER_BEFORE.finditer(self.text, floor, outer_start))  # no copy of the prefix
            before = before or list(_ACCORDING_BEFORE.finditer(self.text, floor, outer_start))
            speaker = before[-1].span("s") if before else None
        if speaker is None:  # a quote inside indirect speech is its speaker's: 'Ruiz said it "could fail"'
            core = start + len(self.text[start:end].rstrip(".!?…,;: "))  # the reported clause ends before its mark
            i = self._reported_index(start, max(start + 1, core))
            reported = None if i is None else self._reported[i]
            if reported is not None and reported.speaker_start is not None and reported.speaker_end is not None:
                speaker = reported.speaker_start, reported.speaker_end
        if speaker is None:
            return Quote(self, start, end)
        return Quote(self, start, end, *_speaker_span(self.text, *speaker))

    @cached_property
    def reported_speech(self) -> list[ReportedSpeech]:
        """Indirect speech in each sentence: the clause after a reporting verb with its subject as
        speaker ("He said the city could absorb the cost"), the clause before a postposed
        "…, he said." / "…, said Jane Smith.", or the claim a source is named for with "according to" ("…, according
        to two aides." / "According to the police report, …") (at most one per sentence); a "he"/"she" speaker is
        resolved as in ``quotes``."""
        return [self._resolved(r) for r in self._reported]

    @cached_property
    def _reported(self) -> list[ReportedSpeech]:
        found = []
        for sentence in self.sentences:
            report = self._reported_in(sentence.start, sentence.end)
            if report is not None and report.speaker_start is not None and report.speaker_end is not None:
                start, end = _speaker_span(self.text, report.speaker_start, report.speaker_end)
                found.append(replace(report, speaker_start=start, speaker_end=end))
        return found

    def _resolved(self, quote: _Q) -> _Q:
        """``quote`` with the named speaker its "he"/"she" speaker stands for, if any: the nearest speaker of a quote
        or indirect speech before it, when that is a person's name ("Board chair Linda Osei", not "Officials" or "Aides
        in Kyiv"), at most ``PRONOUN_REACH`` paragraphs back, and no other name stands between them outside quotes
        ('…, said Linda Osei. Supervisor Dale Harmon voted no. "It is a tax rise," he said.': "he" stays)."""
        if quote.speaker_start is None or (quote.speaker or "").lower() not in _RESOLVED_PRONOUNS:
            return quote
        i = bisect.bisect_left(self._speakers, (quote.speaker_start,)) - 1
        if i < 0:
            return quote
        start, end = self._speakers[i]
        words = self.text[start:end].split()
        here, there = self.paragraph_at(quote.speaker_start), self.paragraph_at(start)
        if not _is_named(" ".join(words)) or not words[-1][:1].isupper() \
                or any(w.lower() in _NOT_IN_NAMES for w in words) or here is None or there is None \
                or here.index - there.index > PRONOUN_REACH or self._name_between(end, quote.speaker_start, quote):
            return quote
        return replace(quote, referent_start=start, referent_end=end)

    def _name_between(self, start: int, end: int, own: Quote) -> bool:
        """Whether a name (``_names``) starts in ``[start, end)`` outside the words ``own`` reports: someone else a
        "he"/"she" after it may be."""
        i = bisect.bisect_left(self._names, start)
        while i < len(self._names) and self._names[i] < end:
            if not own.start <= self._names[i] < own.end:
                return True
            i += 1
        return False

    @cached_property
    def _names(self) -> list[int]:
        """Starts of two or more capitalised words outside quotes, after any of ``_NOT_IN_NAMES`` ("Supervisor Dale
        Harmon"; "The Fairbridge" is none)."""
        names = []
        for run in _NAME_RUN.finditer(self.text):
            words = run.group().split()
            while words and words[0].lower() in _NOT_IN_NAMES:
                words.pop(0)
            i = bisect.bisect_right(self._quote_starts, run.start()) - 1
            if len(words) >= 2 and not (i >= 0 and run.start() < self._quotes[i].end):
                names.append(run.start())
        return names

    @cached_property
    def _speakers(self) -> list[tuple[int, int]]:
        """``(start, end)`` of every speaker of a quote or indirect speech that is no "he"/"she", in text order."""
        return sorted({(q.speaker_start, q.speaker_end) for q in [*self._quotes, *self._reported]
                       if q.speaker_start is not None and q.speaker_end is not None
                       and (q.speaker or "").lower() not in _RESOLVED_PRONOUNS})

    def _reported_in(self, start: int, end: int) -> ReportedSpeech | None:
        text = self.text[start:end]
        whole = len(text.rstrip(".!?…”\"’ "))  # where a clause reported to the sentence's end stops
        post = _POSTPOSED.search(text)
        if post:
            group = "a" if post.group("a") else "b"
            if len(post.group(group).split()) <= 6:
                clause_end = len(text[:post.start()].rstrip("”\"’"))
                return ReportedSpeech(self, start, start + clause_end,
                                      start + post.start(group), start + post.end(group))
        according = _ACCORDING_AFTER.search(text)
        if according:
            return ReportedSpeech(self, start, start + according.start(), start + according.start("s"),
                                  start + according.end("s"))
        according = _ACCORDING_FIRST.match(text)
        if according:
            return ReportedSpeech(self, start + according.end(), start + whole,
                                  start + according.start("s"), start + according.end("s"))
        inside = _PARENTHETICAL.match(text)
        if inside:  # the whole sentence is reported, its source inside it
            return ReportedSpeech(self, start, start + whole, start + inside.start("s"), start + inside.end("s"))
        for verb in _REPORTING_VERB.finditer(text):
            if _PASSIVE_BEFORE.search(text, 0, verb.start()):  # "It was said that …", "The deal was confirmed"
                continue
            if text[:verb.start()].rstrip()[-1:] in ("”", '"', "’", "»"):  # '"We will rebuild," said the mayor, who …'
                continue
            speaker = _subject_before(text, verb.start())
            clause = len(text) - len(text[verb.end():].lstrip())
            if speaker and clause < whole:
                return ReportedSpeech(self, start + clause, start + whole, start + speaker[0], start + speaker[1])
        return None

    def reported_at(self, start: int, end: int | None = None) -> ReportedSpeech | None:
        """The indirect speech containing ``[start, end)``, or None."""
        i = self._reported_index(start, end)
        return None if i is None else self.reported_speech[i]

    def _reported_index(self, start: int, end: int | None = None) -> int | None:
        end = start + 1 if end is None else end
        i = bisect.bisect_right(self._reported_starts, start) - 1
        return i if i >= 0 and end <= self._reported[i].end else None

    @cached_property
    def _reported_starts(self) -> list[int]:
        return [r.start for r in self._reported]

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    @cached_property
    def _line_starts(self) -> array:
        return array("q", [0] + [m.end() for m in re.finditer(r"\r\n|\r|\n", self.text)])

    @cached_property
    def _paragraph_starts(self) -> list[int]:
        return [p.start for p in self.paragraphs]

    @cached_property
    def _quote_starts(self) -> list[int]:
        return [q.start for q in self._quotes]

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column of a character offset (``\\n``, ``\\r\\n`` and ``\\r`` end lines)."""
        line = bisect.bisect_right(self._line_starts, offset)
        return line, offset - self._line_starts[line - 1] + 1

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence containing ``offset``, or None between sentences."""
        i = bisect.bisect_right(self._sentence_starts, offset) - 1
        if i >= 0 and offset < self.sentences[i].end:
            return self.sentences[i]
        return None

    def quote_at(self, start: int, end: int | None = None) -> Quote | None:
        """The direct quote containing ``[start, end)``, or None."""
        end = start + 1 if end is None else end
        i = bisect.bisect_right(self._quote_starts, start) - 1  # quotes do not overlap: only this one can
        if i >= 0 and end <= self.quotes[i].end:
            return self.quotes[i]
        return None

    def paragraph_at(self, offset: int) -> Paragraph | None:
        i = bisect.bisect_right(self._paragraph_starts, offset) - 1
        if i >= 0 and offset < self.paragraphs[i].end:
            return self.paragraphs[i]
        return None

    def __repr__(self) -> str:
        return f"Document(source={self.source!r}, chars={len(self.text)}, sentences={len(self.sentences)})"
