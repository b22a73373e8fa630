"""``Auditor``: runs every enabled check over a document; ``audit``: the one-off shortcut.

Example:
    >>> aud = Auditor({"disable": ["hedge"]})
    >>> [f.rule for f in aud.audit("As an AI language model, I cannot do that.").findings]
    ['leak.ai-self-reference']
"""

from __future__ import annotations

import fnmatch
import re
from dataclasses import replace
from pathlib import Path

from .checks import REGISTRY, Check, require_known
from .config import Config
from .document import _BLANK_LINE, Document
from .errors import InputError
from .findings import Finding
from .formats import audit_prose, detect_format
from .report import Report
from .rules import RuleSet
from .textio import read_file


CHUNK_CHARS = 100_000
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_SPACE = re.compile(r"\s+")
_OFFSET_DETAILS = ("sentence", "paragraph")  # details holding [start, end] offsets


def too_large(chars: int, limit: int, source: str | None) -> InputError:
    """The error for a text of ``chars`` characters over ``max_chars=limit``."""
    return InputError(f"{source or '<text>'}: {chars:,} characters exceeds max_chars={limit:,}; "
                      "raise it with --max-chars or max_chars in the config (0: no limit)")


def chunk_bounds(text: str, size: int = CHUNK_CHARS) -> list[tuple[int, int]]:
    """``[start, end)`` pieces of ``text`` of at most ``size`` characters that cover it, each cut after
    its last blank line, else its last line break, else its last whitespace, else at ``size``.

    >>> text = "One.\\n\\nTwo.\\n\\nThree."
    >>> [text[s:e] for s, e in chunk_bounds(text, 12)]
    ['One.\\n\\nTwo.\\n\\n', 'Three.']
    """
    bounds, start = [], 0
    while len(text) - start > size:
        limit = start + size
        cut = limit
        for pattern in (_BLANK_LINE, _LINE_BREAK, _SPACE):
            ends = [m.end() for m in pattern.finditer(text, start, limit) if m.end() <= limit]
            if ends and ends[-1] > start:
                cut = ends[-1]
                break
        bounds.append((start, cut))
        start = cut
    bounds.append((start, len(text)))
    return bounds


class Auditor:
    """Reusable auditor: rules load at construction, checks (and their models) on first use.

    Texts longer than ``config.max_chars`` raise ``InputError``; texts longer than ``chunk_chars`` are
    audited in pieces cut at paragraph breaks (see ``audit``), so time and memory grow linearly.
    """

    chunk_chars = CHUNK_CHARS

    def __init__(self, config: Config | dict | None = None):
        if isinstance(config, dict):
            config = Config.from_dict(config)
        self.config = config or Config()
        self.rules = RuleSet(self.config.extra_rules, self.config.disable, self.config.severity)
        names = self.config.checks if self.config.checks is not None else tuple(REGISTRY)
        require_known(names)
        self.check_names = [n for n in names if not any(fnmatch.fnmatchcase(n, p) for p in self.config.disable)]
        self._checks: list[Check] | None = None

    @property
    def checks(self) -> list[Check]:
        """The check objects, built on first access and reused for every later audit."""
        if self._checks is None:
            self._checks = [REGISTRY[n](self.rules.for_check(n), self.config) for n in self.check_names]
        return self._checks

    def audit(self, text: str, source: str | None = None) -> Report:
        """Audit one text; ``source`` is the name findings are reported under.

        A text over ``config.max_chars`` characters raises ``InputError``. A text over ``chunk_chars``
        is audited chunk by chunk (cut at blank lines, see ``chunk_bounds``) with offsets shifted back;
        findings equal the whole-text audit except that contradictions are only searched within a
        chunk and a quotation, leak or other match cannot span a chunk boundary.
        """
        doc = Document(text, source)  # raises TypeError for a non-str; splits nothing yet
        limit = self.config.max_chars
        if limit and len(text) > limit:
            raise too_large(len(text), limit, source)
        if len(text) <= self.chunk_chars:
            return Report(doc, self._findings(doc))
        blank_lines = bool(_BLANK_LINE.search(text))
        findings = []
        for start, end in chunk_bounds(text, self.chunk_chars):
            chunk = Document(text[start:end], source, blank_lines=blank_lines)
            findings += [_shifted(f, start) for f in self._findings(chunk)]
        return Report(doc, _replace_disclosure_placement(doc, findings))

    def _findings(self, doc: Document) -> list[Finding]:
        return [f for check in self.checks for f in check.check(doc) if self.rules.enabled(f.rule)]

    def audit_file(self, path: str | Path, format: str | None = None) -> Report:
        """Read (UTF-8) and audit the prose of one file; raises ``InputError`` naming the file when it cannot.

        ``format`` (``text``, ``markdown``, ``html``; default: from the extension) says what to skip:
        code, front matter, tags... (see ``auditor.formats``); findings keep the file's offsets and text.
        """
        return audit_prose(self, read_file(path, self.config.max_chars), str(path), format or detect_format(path))


def _shifted(finding: Finding, offset: int) -> Finding:
    """``finding`` of a chunk starting at ``offset``, with offsets into the whole text."""
    if not offset:
        return finding
    details = dict(finding.details)
    for key in _OFFSET_DETAILS:
        if isinstance(details.get(key), list) and len(details[key]) == 2:
            details[key] = [details[key][0] + offset, details[key][1] + offset]
    return replace(finding, start=finding.start + offset, end=finding.end + offset, details=details,
                   related=[(s + offset, e + offset) for s, e in finding.related])


def _replace_disclosure_placement(doc: Document, findings: list[Finding]) -> list[Finding]:
    """A disclosure's header/footer/inline position is judged on the whole text, not on its chunk."""
    if not any(f.category == "disclosure" and "position" in f.details for f in findings):
        return findings
    from .checks.disclosure import placement, short_paragraphs

    short = short_paragraphs(doc)
    return [replace(f, details={**f.details, **placement(doc, (f.start, f.end), short)})
            if f.category == "disclosure" and "position" in f.details else f for f in findings]


_default: Auditor | None = None


def audit(text: str, source: str | None = None, config: Config | dict | None = None) -> Report:
    """Audit ``text`` with the default config (a shared ``Auditor``) or with ``config``."""
    global _default
    if config is not None:
        return Auditor(config).audit(text, source)
    if _default is None:
        _default = Auditor()
    return _default.audit(text, source)
