"""Is a span reported speech? The document model's quotes, plus the quotation forms of other languages'
news copy that it does not pair: German „…“, “…“ closed with an opening mark (as Italian copy often
has it), a paragraph-long quote opened and never closed (the convention for quotes running over
paragraphs), dialogue lines opened by a dash ("— Non posso", "-Je suis désolé"), one of several phrases of a
paragraph set in Markdown emphasis (a style guide's list: "*As an AI language model*, *as of my last update*"),
and a Markdown code span ("an intro like `Sure! Here's an article about`").

Both the disclosure and the leak check use it: a disclosure inside a quote is someone else's label
(an example, a policy), and chatbot text inside a quote is what a story about chatbots reports.

Example:
    >>> from auditor.document import Document
    >>> doc = Document('Der Bot schrieb: „Als KI-Modell kann ich das nicht.“ Dann nichts mehr.')
    >>> quoted(doc, doc.text.index("Als"), doc.text.index("Modell"))
    True
    >>> quoted(doc, doc.text.index("Dann"), doc.text.index("mehr"))
    False
"""

from __future__ import annotations

import re

from ...document import Document

_LOW_QUOTE = re.compile(r"„[^„“”\"\n]{1,2000}?[“”\"]|‚[^‚‘’\n]{1,500}?[‘’]|“[^“”\n]{1,2000}?“")
_OPENERS = "\"“„«‘‚"
_CLOSERS = {"\"": "\"", "“": "”", "„": "“”\"", "«": "»", "‘": "’", "‚": "‘’"}
# a dash opening a credit line is no dialogue: "— via World Pulse Now AI Editorial System", "— Photo: …",
# "— ghostwritten by @claude"
_DIALOGUE = re.compile(r"[—–]\s(?!(?i:via|by|from|source|credit|photo|image|illustration"
                       r"|(?:(?:ghost-?)?written|generated|created|produced|translated|summari[sz]ed|edited|drafted"
                       r"|narrated|illustrated|made)\s+(?:by|with|using))\b)|-(?=[^\W\d_])")
_WORDS = re.compile(r"\w(?:.*\w)?", re.S)
# a Markdown code span: "an intro like `Sure! Here's an article about`" names the words, it does not use them
_CODE_SPAN = re.compile(r"`[^`\n]{1,200}`")
# a phrase set in Markdown emphasis, "*As an AI language model*" (not "**bold**")
_EMPHASIS = re.compile(r"(?<![*\w])\*(?!\*)[^*\n]{1,100}?(?<!\*)\*(?![*\w])"
                       r"|(?<![_\w])_(?!_)[^_\n]{1,100}?(?<!_)_(?![_\w])")


def quoted(doc: Document, start: int, end: int, block_quotes: bool = False) -> bool:
    """True when ``doc.text[start:end]`` (its non-word edges trimmed) lies inside a quotation; with ``block_quotes``
    also inside a block quote of the draft's markup (a leak check: a story quotes a chatbot's reply that way, while
    a disclosure is often set as a note in one)."""
    words = _WORDS.search(doc.text, start, end)
    inner_start, inner_end = words.span() if words else (start, end)
    if doc.quote_at(inner_start, inner_end) or (block_quotes and doc.region_at(inner_start, inner_end) == "quote"):
        return True
    paragraph = doc.paragraph_at(inner_start)
    if paragraph is None:
        return False
    for pattern in (_LOW_QUOTE, _CODE_SPAN, _EMPHASIS):
        spans = list(pattern.finditer(doc.text, paragraph.start, paragraph.end))
        # emphasis marks a quotation only as one of several phrases: examples named ("*As an AI language model*, …")
        if (pattern is not _EMPHASIS or len(spans) >= 2) \
                and any(m.start() < inner_start and inner_end <= m.end() for m in spans):
            return True
    head = doc.text[paragraph.start]
    if head in _OPENERS:
        body = doc.text[paragraph.start + 1 : paragraph.end]
        if not any(closer in body for closer in _CLOSERS[head]):
            return True  # a quotation that runs on past this paragraph
    return bool(_DIALOGUE.match(doc.text, paragraph.start))
