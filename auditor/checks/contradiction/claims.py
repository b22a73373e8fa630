"""Claims of a document: sentences, split into clauses where a sentence carries two claims, with
attribution stripped ("Analysts have opined that X" → content X, attribution "Analysts have opined"; "The plan,
officials said, will cost more" → content "The plan will cost more").

The patterns are data: ``options`` of the ``contradiction.nli`` rule in ``data/rules/contradiction.yml``.

Example:
    >>> from auditor.document import Document
    >>> from auditor.rules import RuleSet
    >>> rule = RuleSet().all["contradiction.nli"]
    >>> doc = Document("Rates rose sharply, and it remains unclear why. Analysts said that rates fell again.")
    >>> [(c.text, c.content, c.attribution) for c in extract_claims(doc, rule)]  # doctest: +NORMALIZE_WHITESPACE
    [('Rates rose sharply', 'Rates rose sharply', None), ('it remains unclear why', 'it remains unclear why', None),
     ('Analysts said that rates fell again', 'rates fell again', 'Analysts said')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...document import Document
from ...language import looks_foreign
from ...rules import Rule
from .values import _FUNCTION_WORDS, _MONTHS

_PRONOUN = re.compile(r"(?:he|she)\b")
# A run of capitalised words that names a person: not an opening phrase's word, a weekday or a month.
_NAME_RUN = re.compile(r"(?<![\w'’])(?:(?:Mr|Mrs|Ms|Dr)\.\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*")
# What follows a speaker's name in an attribution: an appositive, then the reporting verb ("A Globex spokesman said":
# "Globex" is followed by a noun, so it names no speaker).
_BEFORE_VERB = re.compile(r"(?:,[^,]{1,60},)?\s+(?:has\s+|had\s+|have\s+|also\s+|previously\s+|later\s+|earlier\s+)?"
                          r"(?:said|says|say|told|tells|added|adds|noted|notes|wrote|writes|argued|argues|claimed|claims|"
                          r"insisted|insists|warned|warns|believes|believed|thinks|thought|stated|states|announced|"
                          r"confirmed|explained|recalled|testified|acknowledged|admitted|conceded|stressed|asserted)\b")
# A person named by a role, just before the reporting verb ("The health minister said", "the club's head coach told"):
# one person, so a leading "he"/"she" of the content is them. Not "The report said she ...": the role nouns are people.
_ROLE = re.compile(r"(?:^|(?<=\s))the\s+(?:[\w'’-]+\s+){0,3}?(?:minister|president|mayor|governor|senator|"
                   r"chancellor|premier|chairman|chairwoman|chair|spokesman|spokeswoman|spokesperson|executive|director|coach|manager|captain|"
                   r"judge|prosecutor|commissioner|secretary|ambassador|sheriff|councillor|councilor|leader|founder|"
                   r"owner|author|candidate|suspect|victim|defendant|principal|headteacher|chief|actor|actress|singer)$",
                   re.IGNORECASE)
_NOT_NAMES = frozenset("""In On At During After Before When As The A An According Speaking Asked Writing Responding
Separately Yesterday Today Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May
June July August September October November December""".split())
_TRAILING = ".!?;:,\"'”’»)… \t\r\n"
_LEADING = "\"'“‘«("
_CLOSERS = "\"'”’»)] \t"
_ENDS = (".", "!", "?", ":", ";", ",", "…", "。", "！", "？")
_LIST_ITEM = re.compile(r"[-*•·–—+]|\d+[.)]\s|\(?[a-z]\)\s")


@dataclass(frozen=True)
class Claim:
    """A claim at ``doc.text[start:end]``; its content (what NLI compares) at ``[content_start, content_end)``
    less ``[gap_start, gap_end)``, the attribution set inside it ("The plan, officials said, will ...")."""

    doc: Document
    start: int
    end: int
    content_start: int
    content_end: int
    sentence: int
    attribution: str | None = None
    gap_start: int = 0
    gap_end: int = 0
    speaker: str | None = None  # the named source a leading "he"/"she" of the content is ("Ortiz said he will ...")
    heading: bool = False  # a headline or caption (``_headings``): compared with the report on values only

    @property
    def text(self) -> str:
        return self.doc.text[self.start : self.end]

    @property
    def content(self) -> str:
        """What the NLI model compares: the claim less its attribution, a leading "he"/"she" read as the named
        speaker ("Mayor Dan Ortiz said he will run" -> "Mayor Dan Ortiz will run")."""
        text = self.doc.text
        if self.gap_end > self.gap_start:
            content = text[self.content_start : self.gap_start] + text[self.gap_end : self.content_end]
        else:
            content = text[self.content_start : self.content_end]
        pronoun = _PRONOUN.match(content) if self.speaker else None
        return f"{self.speaker}{content[pronoun.end():]}" if pronoun else content

    @property
    def speech(self) -> bool:
        """Direct speech: at least half of the content lies inside quotation marks (a character's or a
        source's words, not the writer's)."""
        inside = sum(max(0, min(q.end, self.content_end) - max(q.start, self.content_start)) for q in self.doc.quotes)
        return 2 * inside >= self.content_end - self.content_start


def extract_claims(doc: Document, rule: Rule) -> list[Claim]:
    """Claims of ``doc``: one per clause of at least ``options.min_words`` content words of ``rule``; a clause
    that ends in a question mark is no claim; a relative clause on the subject (``options.relative_clause``) is a
    claim of its own: "The museum, which opened in 2003, is the city's most visited site" gives "The museum is the
    city's most visited site" and "The museum opened in 2003". A second verb phrase split off by a bare "and" / "but"
    keeps the source of the clause before it ("Petrova said the rise would lift wages and would not cost jobs"). A
    paragraph in another language gives none (``language.looks_foreign``): the NLI model and the conflict cues read
    English only. A heading's claims (a headline, a caption: ``_headings``, ``options.max_heading_words``) are marked
    ``Claim.heading``."""
    [split] = rule.option_patterns("clause_split")
    attributions = rule.option_patterns("attribution_patterns")
    [lead] = rule.option_patterns("discourse_markers")
    [relative] = rule.option_patterns("relative_clause")
    claims: list[Claim] = []
    foreign = {p.index for p in doc.paragraphs if looks_foreign(doc.text[p.start:p.end])}
    headings = _headings(doc, rule.options["max_heading_words"])
    for sentence in doc.sentences:
        if sentence.paragraph in foreign:  # the NLI model and the cues read English only
            continue
        heading = sentence.paragraph in headings
        bounds, pos, shared = [], sentence.start, [False]
        for m in split.finditer(doc.text, sentence.start, sentence.end):
            bounds.append((pos, m.start()))
            pos = m.end()
            shared.append(not any(c in m.group() for c in ",;"))  # "… and would not …": the same subject and source
        bounds.append((pos, sentence.end))
        attribution: str | None = None
        for (start, clause_end), same_source in zip(bounds, shared, strict=True):
            start, end = _strip(doc.text, start, clause_end, lead)
            if start >= end or "?" in doc.text[end:clause_end]:  # a question asserts nothing
                continue
            before: str | None = attribution if same_source else None
            content_start, content_end, attribution, gap = _strip_attribution(doc.text, start, end, attributions, lead)
            attribution = attribution or before
            within = relative.fullmatch(doc.text, content_start, content_end) if gap == (0, 0) else None
            if within:  # "The museum, which opened in 2003, is ..." -> "The museum opened in 2003", "The museum is ..."
                found = [Claim(doc, start, end, content_start, content_end, sentence.index, attribution,
                               within.end("subject"), within.start("rest"), heading=heading),
                         Claim(doc, content_start, within.end("clause"), content_start, within.end("clause"),
                               sentence.index, attribution, within.end("subject"), within.start("clause"),
                               heading=heading)]
            else:
                found = [Claim(doc, start, end, content_start, content_end, sentence.index, attribution, gap[0], gap[1],
                               _speaker(attribution, doc.text), heading)]
            claims.extend(c for c in found if _word_count(c.content) >= rule.options["min_words"]
                          and _has_words(c.content))
    return claims


def _headings(doc: Document, max_words: int | None) -> set[int]:
    """Indexes of the paragraphs that are headings: one line of at most ``max_words`` words between blank lines, no
    list item, with no closing punctuation, and more text after it (a headline, a section title, a caption); ``None``:
    none is. In text without blank lines each line is a paragraph, and a line may be a sentence's first part.

    >>> _headings(Document("Council backs plan\\n\\nThe council voted 9-4 for the plan."), 20)
    {0}
    >>> _headings(Document("The council voted 9-4.\\n\\n- Rates rise 2%\\n\\nNo change"), 20)
    set()
    >>> _headings(Document("The council voted nine to four\\nfor the plan on Monday."), 20)
    set()
    """
    if max_words is None or not doc.blocks:
        return set()
    found = set()
    for paragraph in doc.paragraphs[:-1]:
        text = doc.text[paragraph.start : paragraph.end].rstrip(_CLOSERS)
        if "\n" not in text and not _LIST_ITEM.match(text) and not text.endswith(_ENDS) \
                and _word_count(text) <= max_words:
            found.add(paragraph.index)
    return found


def _word_count(content: str) -> int:
    """Words holding a letter or a digit: a list's bullet or a dash is none ("• No: 28" has two).

    >>> _word_count("• No: 28"), _word_count("The plant – at last – closed")
    (2, 5)
    """
    return sum(1 for word in content.split() if any(ch.isalnum() for ch in word))


def _has_words(content: str) -> bool:
    """A content word beside dates, numbers and function words: "15 August 2007" (a list's date line) is no claim.

    >>> _has_words("15 August 2007"), _has_words("On 3 May 1996, the plant closed")
    (False, True)
    """
    return any(w not in _FUNCTION_WORDS and w not in _MONTHS for w in re.findall(r"[^\W\d_]+", content.lower()))


def _speaker(source: str | None, text: str) -> str | None:
    """The person an attribution names: the run of capitalised words just before its reporting verb ("Mayor Dan
    Ortiz" of "Mayor Dan Ortiz said", "Reyes" of "In a radio interview on Sunday, Reyes said"), else a person's role
    ("The health minister said", "The Prime Minister said"); None for an organisation ("the Justice Department
    said"), a plural ("Officials said") or a lone word the document (``text``) never gives with a first name or title.

    >>> _speaker("In a radio interview, Reyes said", "Mayor Tom Reyes spoke."), _speaker("Reyes said", "")
    ('Reyes', None)
    >>> _speaker("The Justice Department said", ""), _speaker("Officials said", "Mayor Tom Reyes and officials")
    (None, None)
    >>> _speaker("The health minister said on Saturday", ""), _speaker("The report said", "")
    ('The health minister', None)
    >>> _speaker("The Prime Minister said", ""), _speaker("the White House said", "")
    ('The Prime Minister', None)
    """
    source = source or ""
    runs = [m for m in _NAME_RUN.finditer(source) if _BEFORE_VERB.match(source, m.end())]
    if not runs or runs[-1].group().startswith("The ") or re.search(r"\bthe\s+$", source[:runs[-1].start()]):
        verb = _BEFORE_VERB.search(source)
        role = _ROLE.search(source[:verb.start()]) if verb else None
        return role.group()[0].upper() + role.group()[1:] if role else None
    words = runs[-1].group().split()
    while words and words[0] in _NOT_NAMES:
        words = words[1:]
    if len(words) == 1 and not (re.search(rf"[A-Z][\w'’.-]*\s+{re.escape(words[0])}\b", text)
                                and not re.search(rf"\b{re.escape(words[0].lower())}\b", text)):
        return None
    return " ".join(words) or None


def _strip(text: str, start: int, end: int, lead: re.Pattern) -> tuple[int, int]:
    """Drop surrounding space, final punctuation and a leading discourse marker ("However, ")."""
    while end > start and text[end - 1] in _TRAILING:
        end -= 1
    while start < end and (text[start].isspace() or text[start] in _LEADING):
        start += 1
    m = lead.match(text, start, end)
    return (m.end() if m else start), end


_MARK_PAIRS = {"“": "”", '"': '"', "«": "»", "‘": "’"}


def balanced_span(doc: Document, start: int, end: int, lead: re.Pattern) -> tuple[int, int]:
    """The span ``[start, end)`` of a claim, shown with both marks of each quote it cuts or neither: the closing mark
    (and the punctuation before it) that ``_strip`` cut off comes back when the span holds the opening one, the opening
    mark it cut off when the span holds the closing one; a span that starts with the opening mark loses it.

    >>> doc = Document('The mayor said: "Revenue rose." "Costs fell," she said. So, "prices rose."')
    >>> [doc.text[slice(*balanced_span(doc, s, e, re.compile("So, ")))] for s, e in [(0, 29), (33, 54), (60, 72)]]
    ['The mayor said: "Revenue rose."', '"Costs fell," she said', 'prices rose']
    """
    text = doc.text
    for quote in doc.quotes:
        opening = quote.start - 1 - (text[quote.start - 1] == " ")  # "« Oui »": a space inside the marks
        closing = quote.end + (text[quote.end:quote.end + 1] == " ")
        if text[closing:closing + 1] != _MARK_PAIRS.get(text[opening]):  # a quote left open, or no mark
            continue
        if start <= opening < end <= closing and all(ch in _TRAILING for ch in text[end:closing]):
            if opening == start:
                start = quote.start
            else:
                end = closing + 1
        elif opening < start <= closing < end and _strip(text, opening, end, lead)[0] == start:
            start = opening
    return start, end


def _strip_attribution(text: str, start: int, end: int, patterns: list[re.Pattern], lead: re.Pattern,
                       nested: bool = True):
    """Content span, attribution words and the content's gap (the attribution inside it, ``(0, 0)``: none) of
    the clause ``text[start:end]``; a pattern with a group ``rest`` has its source between two parts of the
    content ("The plan, officials said, will cost more"); a content with an attribution of its own loses it too
    ('"We believe he has left the city," she said': "he has left the city", attribution "We believe; she said")."""
    for pattern in patterns:
        m = pattern.fullmatch(text, start, end)
        if m:
            source = " ".join(m.group("source").split())
            if "rest" in pattern.groupindex and m.group("rest") is not None:
                content_start, gap_start = _strip(text, *m.span("content"), lead)
                return content_start, m.end("rest"), source, (gap_start, m.start("rest"))
            content_start, content_end = _strip(text, *m.span("content"), lead)
            inner = _strip_attribution(text, content_start, content_end, patterns, lead, False) if nested else None
            if inner and inner[2] and inner[3] == (0, 0):  # '"We believe he has left," she said': both go
                return inner[0], inner[1], f"{source}; {inner[2]}", (0, 0)
            return content_start, content_end, source, (0, 0)
    return start, end, None, (0, 0)
