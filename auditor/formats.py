"""Prose of Markdown, HTML and plain-text drafts, extracted by masking so offsets stay exact.

``mask(text, format)`` returns a text of the same length in which every character that is not prose
(front matter, code blocks and inline code, HTML tags with their attributes, comments, scripts and
styles, link URLs, Markdown markers) is a space; line breaks are kept, so every offset of the masked
text is the original file's. In HTML, where line breaks mean nothing, a block-level tag (``<p>``,
``<div>``, ``<h1>``, ``<li>``, ...) starts with a blank line instead (its first two characters become
``\n\n``) and ``<br>`` with a line break, so paragraphs follow the markup; line and column are
always taken from the original text. An HTML entity becomes the character it stands for,
placed next to the word that follows it (or, before a space or the end, after the preceding text),
the rest of its span spaces: ``Russia&rsquo;s`` is masked as ``Russia      ’s``.

Example:
    >>> mask("---\\ntitle: x\\n---\\nSee `code` and [the report](http://x.org/r).\\n", "markdown")
    '   \\n        \\n   \\nSee        and  the report                 .\\n'
    >>> mask('<p class="lede">AT&amp;T <b>said</b></p>', "html")
    '\\n\\n              AT    &T    said    \\n\\n  '
"""

from __future__ import annotations

import html
import re
from pathlib import Path

FORMATS = ("text", "markdown", "html")
EXTENSIONS = {".md": "markdown", ".markdown": "markdown", ".mdown": "markdown", ".mkd": "markdown",
              ".html": "html", ".htm": "html", ".xhtml": "html"}

_DIRECTIVE = re.compile(r"<!--\s*auditor:.*?-->", re.DOTALL)
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_RAW_ELEMENT = re.compile(r"<(script|style|pre|code|template)\b.*?</\1\s*>", re.DOTALL | re.IGNORECASE)
_DECLARATION = re.compile(r"<!\[CDATA\[.*?\]\]>|<![A-Za-z][^>]*>|<\?.*?\?>", re.DOTALL)
_TAG = re.compile(r"</?([A-Za-z][A-Za-z0-9:-]*)(?:\s(?:\"[^\"]{0,2000}\"|'[^']{0,2000}'|[^'\">]){0,2000})?/?>")
_AUTOLINK = re.compile(r"<[A-Za-z][A-Za-z0-9+.-]*:[^\s<>]*>|<[^@\s<>]+@[^@\s<>]+>")
_BLOCK_TAGS = frozenset("""address article aside blockquote body caption dd details dialog div dl dt
    fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html li main nav ol p
    section summary table tbody td tfoot th thead tr ul""".split())
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
_FENCE = re.compile(r"^[ \t]*(`{3,}|~{3,})")  # any indent: fences nested in list items too
_INDENTED = re.compile(r"^(?: {4}|\t)")
_LIST_ITEM = re.compile(r"^[ \t]*(?:[-+*]|\d{1,9}[.)])(?:[ \t]+|$)")
_BLOCK_MARKERS = re.compile(r"^(?: {0,3}>[ \t]?)+|^ {0,3}#{1,6}(?=[ \t]|$)")
_RULE_LINE = re.compile(r"^ {0,3}(?:=+|-{2,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})[ \t]*$")
_REFERENCE_DEF = re.compile(r"^ {0,3}\[[^\]\n]+\]:[ \t]*\S.*$")
_INLINE_CODE = re.compile(r"(?<!`)(`+)(?!`)((?:(?!\n[ \t]*\n).)+?)(?<!`)\1(?!`)", re.DOTALL)
_IMAGE = re.compile(r"!\[[^\]\n]*\](?:\([^()\n]*(?:\([^()\n]*\)[^()\n]*)*\)|\[[^\]\n]*\])")
_LINK = re.compile(r"(\[)[^\]\n]*(\](?:\([^()\n]*(?:\([^()\n]*\)[^()\n]*)*\)|\[[^\]\n]*\]))")
_EMPHASIS = re.compile(r"(?<![\w*])(\*{1,3}|~~)(?=\S)(?:.{1,500}?)(?<=\S)(\1)(?![\w*])"
                       r"|(?<!\w)(_{1,3})(?=\S)(?:.{1,500}?)(?<=\S)(\3)(?!\w)")


def detect_format(path: str | Path) -> str:
    """``markdown`` or ``html`` from the file extension, else ``text``.

    >>> detect_format("news/draft.MD"), detect_format("a.htm"), detect_format("notes")
    ('markdown', 'html', 'text')
    """
    return EXTENSIONS.get(Path(path).suffix.lower(), "text")


def mask(text: str, format: str) -> str:
    """The prose of ``text`` (``text``, ``markdown`` or ``html``), same length, non-prose blanked;
    ``text`` itself when nothing is masked.

    Plain text only loses ``<!-- auditor: ... -->`` suppression comments.
    """
    if format not in FORMATS:
        raise ValueError(f"unknown input format {format!r} (known: {', '.join(FORMATS)})")
    if format == "text" and "<!--" not in text:  # nothing to mask: skip the per-character copy
        return text
    chars = list(text)
    if format == "text":
        _blank_matches(chars, _DIRECTIVE)
    elif format == "html":
        for pattern in (_COMMENT, _RAW_ELEMENT, _DECLARATION):
            _blank_matches(chars, pattern)
        _blank_html_tags(chars)
        _decode_entities(chars)
    else:
        _mask_markdown_blocks(chars, text)
        for pattern in (_COMMENT, _RAW_ELEMENT, _INLINE_CODE, _DECLARATION, _TAG, _AUTOLINK, _IMAGE):
            _blank_matches(chars, pattern)
        _blank_matches(chars, _LINK, groups=(1, 2))
        _blank_matches(chars, _EMPHASIS, groups=(1, 2, 3, 4))
        _decode_entities(chars)
    masked = "".join(chars)
    return text if masked == text else masked


def audit_prose(auditor, text: str, source: str | None, format: str):
    """``auditor.audit(text, source, format)``: findings carry the original file's offsets and text."""
    return auditor.audit(text, source, format)


def _blank(chars: list[str], start: int, end: int) -> None:
    for i in range(start, end):
        if chars[i] not in "\r\n":
            chars[i] = " "


def _blank_matches(chars: list[str], pattern: re.Pattern, groups: tuple[int, ...] = (0,)) -> None:
    for m in list(pattern.finditer("".join(chars))):
        for group in groups:
            if m.group(group) is not None:
                _blank(chars, *m.span(group))


def _blank_html_tags(chars: list[str]) -> None:
    """Blank every tag; a block-level tag starts with a blank line, ``<br>`` with a line break."""
    for m in list(_TAG.finditer("".join(chars))):
        _blank(chars, *m.span())
        name = m.group(1).lower()
        if name in _BLOCK_TAGS:
            chars[m.start()] = chars[m.start() + 1] = "\n"
        elif name == "br":
            chars[m.start()] = "\n"


def _decode_entities(chars: list[str]) -> None:
    text = "".join(chars)
    for m in _ENTITY.finditer(text):
        decoded = html.unescape(m.group())
        if decoded == m.group() or len(decoded) != 1:
            continue
        _blank(chars, *m.span())
        if not decoded.isspace():
            follows_word = m.end() < len(text) and not text[m.end()].isspace()
            chars[m.end() - 1 if follows_word else m.start()] = decoded


def _mask_markdown_blocks(chars: list[str], text: str) -> None:
    """Front matter, fenced and indented code, reference definitions and block markers."""
    lines = [m.span() for m in _LINE.finditer(text) if m.end() > m.start()]
    first = text[lines[0][0]:lines[0][1]].rstrip() if lines else ""
    index = 0
    if first in ("---", "+++"):
        closers = ("---", "...") if first == "---" else ("+++",)
        end = next((i for i in range(1, len(lines)) if text[slice(*lines[i])].rstrip() in closers), None)
        if end is not None:
            _blank(chars, lines[0][0], lines[end][1])
            index = end + 1
    fence, previous_blank, in_list = None, True, False
    for start, end in lines[index:]:
        line = text[start:end].rstrip("\r\n")
        blank = not line.strip()
        if fence or (opening := _FENCE.match(line)):
            _blank(chars, start, end)
            closing = fence and re.match(rf"^[ \t]*{re.escape(fence[0])}{{{len(fence)},}}[ \t]*$", line)
            fence = None if closing else fence or opening.group(1)
        elif _INDENTED.match(line) and previous_blank and not in_list and not blank:
            _blank(chars, start, end)
            continue
        elif _REFERENCE_DEF.match(line) or _RULE_LINE.match(line):
            _blank(chars, start, end)
        elif not blank:
            for marker in (_BLOCK_MARKERS, _LIST_ITEM):
                if m := marker.match(line):
                    _blank(chars, start + m.start(), start + m.end())
            in_list = bool(_LIST_ITEM.match(line)) or (in_list and line[:1] in " \t")
            previous_blank = False
            continue
        previous_blank = True
