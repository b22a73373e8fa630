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
import re
from array import array
from dataclasses import dataclass
from functools import cached_property

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
    """Quoted words without their quote marks; ``speaker`` is who the text says spoke them."""

    speaker_start: int | None = None
    speaker_end: int | None = None

    @property
    def speaker(self) -> str | None:
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


_BLANK_LINE = re.compile(r"\n[ \t]*\n|\r\n[ \t]*\r\n|\r[ \t]*\r")
_LINE = re.compile(r"[^\r\n]+")
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
_DETERMINERS = {"the", "a", "an", "some", "one", "his", "her", "their", "its", "this", "that", "he", "she", "they"}
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


def _subject_before(text: str, verb: int) -> tuple[int, int] | None:
    """Offsets of the subject of a reporting verb at ``verb``: up to 6 words back to a clause break or
    a conjunction, less the auxiliaries right before the verb ("Edwards has stated"); after "Name, who …," (an empty
    subject) the words before the first comma, or the name set between two commas after a title ("The mayor, Jane Doe,
    said" -> "Jane Doe")."""
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
        first = list(re.finditer(r"\S+", text[: breaks[0] - 1]))
        if not 0 < len(first) <= 6:
            return None
        title = not _is_named(" ".join(w.group() for w in first)) or first[-1].group().lower() in _TITLES
        if len(breaks) == 2 and title:  # "The mayor, Jane Doe, said", "National Security Advisor, Jake Sullivan, said"
            name = list(re.finditer(r"\S+", text[breaks[0]:breaks[1] - 1]))
            if 0 < len(name) <= 4 and all(w.group()[:1].isupper() for w in name):
                return breaks[0] + name[0].start(), breaks[0] + name[-1].end()
        return first[0].start(), first[-1].end()
    if not kept or len(kept) > 6:
        return None
    return offset + kept[-1].start(), offset + kept[0].end()


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
        Svensson. "But it seems to help."')."""
        quotes: list[Quote] = []
        for match in _QUOTE.finditer(self.text):
            quote = self._quote(match)
            previous = quotes[-1] if quotes else None
            if quote.speaker is None and previous is not None and previous.speaker is not None \
                    and self._continues(previous, match.start()):
                quote = Quote(self, quote.start, quote.end, previous.speaker_start, previous.speaker_end)
            quotes.append(quote)
        return quotes

    def _continues(self, previous: Quote, opening: int) -> bool:
        """The quote mark at ``opening`` opens a sentence of the paragraph of ``previous``, the sentence after the one
        that holds ``previous`` and its speaker."""
        sentence, before = self.sentence_at(opening), self.sentence_at(max(previous.end, previous.speaker_end or 0))
        return (sentence is not None and before is not None and sentence.index == before.index + 1
                and sentence.paragraph == before.paragraph and not self.text[sentence.start:opening].strip())

    def _quote(self, match: re.Match) -> Quote:
        group = next(i for i in (1, 2, 3, 4) if match.group(i) is not None)
        start, end = match.span(group)
        sentence = self.sentence_at(match.start())
        floor = sentence.start if sentence else 0
        last = self.sentence_at(match.end() - 1)
        ceiling = last.end if last else len(self.text)
        after = _SPEAKER_AFTER.match(self.text, match.end(), ceiling)
        speaker: tuple[int, int] | None
        if after:
            speaker = after.span(next(g for g in "abc" if after.group(g)))
        else:
            before = list(_SPEAKER_BEFORE.finditer(self.text, floor, match.start()))  # no copy of the prefix
            before = before or list(_ACCORDING_BEFORE.finditer(self.text, floor, match.start()))
            speaker = before[-1].span("s") if before else None
        if speaker is None:  # a quote inside indirect speech is its speaker's: 'Ruiz said it "could fail"'
            core = start + len(self.text[start:end].rstrip(".!?…,;: "))  # the reported clause ends before its mark
            reported = self.reported_at(start, max(start + 1, core))
            if reported is not None and reported.speaker_start is not None and reported.speaker_end is not None:
                speaker = reported.speaker_start, reported.speaker_end
        if speaker is None:
            return Quote(self, start, end)
        s_start, s_end = speaker
        while s_end > s_start and self.text[s_end - 1] in ".,":
            s_end -= 1
        return Quote(self, start, end, s_start, s_end)

    @cached_property
    def reported_speech(self) -> list[ReportedSpeech]:
        """Indirect speech in each sentence: the clause after a reporting verb with its subject as
        speaker ("He said the city could absorb the cost"), the clause before a postposed
        "…, he said." / "…, said Jane Smith.", or the claim a source is named for with "according to" ("…, according
        to two aides." / "According to the police report, …") (at most one per sentence)."""
        found = []
        for sentence in self.sentences:
            report = self._reported_in(sentence.start, sentence.end)
            if report is not None:
                found.append(report)
        return found

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
        end = start + 1 if end is None else end
        i = bisect.bisect_right(self._reported_starts, start) - 1
        if i >= 0 and end <= self.reported_speech[i].end:
            return self.reported_speech[i]
        return None

    @cached_property
    def _reported_starts(self) -> list[int]:
        return [r.start for r in self.reported_speech]

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
        return [q.start for q in self.quotes]

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
