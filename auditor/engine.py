"""``Auditor``: the one audit pipeline; ``audit``: the one-off shortcut.

Every entry point (``audit``, ``audit_file``, ``audit_many``, ``audit_corpus``, ``auditor check``,
``auditor corpus``) runs the same steps in ``Auditor.audit``: size cap → format masking (Markdown,
HTML: only prose is audited) → ``Document`` → checks → inline suppressions → one ``Report``.

Example:
    >>> aud = Auditor({"disable": ["hedge"]})
    >>> [f.rule for f in aud.audit("As an AI language model, I cannot do that.").findings]
    ['leak.ai-self-reference']
    >>> [f.rule for f in aud.audit("```\\nAs an AI language model, no.\\n```\\n", source="draft.md").findings]
    []
"""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from .checks import REGISTRY, Check, check_class, require_known, require_known_checks_of
from .checks.base import option_overrides
from .config import Config
from .document import _BLANK_LINE, Document
from .errors import ConfigError, TooLargeError
from .findings import Finding
from .formats import FORMATS, Prose, detect_format, extract
from .report import Report
from .precision import requested as requested_precision
from .rules import RuleSet
from .rules import require_known as require_known_rules
from .suppressions import RULES as SUPPRESSION_RULES
from .suppressions import apply_suppressions
from .textio import read_file


CHUNK_CHARS = 100_000
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_SPACE = re.compile(r"\s+")
_OFFSET_DETAILS = ("sentence", "paragraph")  # details holding [start, end] offsets
_MASKED_RUN = re.compile(r" {2,}")  # in a detail's text: masked markup between words


def too_large(chars: int, limit: int, source: str | None) -> TooLargeError:
    """The error for a text of ``chars`` characters over ``max_chars=limit``."""
    return TooLargeError(source or "<text>", chars, limit)


def chunk_bounds(text: str, size: int = CHUNK_CHARS) -> list[tuple[int, int]]:
    """``[start, end)`` pieces of ``text`` of at most ``size`` characters that cover it, each cut after
    its last blank line, else its last line break, else its last whitespace, else at ``size``; never inside a
    line break.

    >>> text = "One.\\n\\nTwo.\\n\\nThree."
    >>> [text[s:e] for s, e in chunk_bounds(text, 12)]
    ['One.\\n\\nTwo.\\n\\n', 'Three.']
    >>> crlf = "One.\\r\\n\\r\\nTwo."
    >>> [crlf[s:e] for s, e in chunk_bounds(crlf, 7)]  # a cut never splits a "\\r\\n"
    ['One.\\r\\n', '\\r\\nTwo.']
    """
    bounds, start = [], 0
    while len(text) - start > size:
        limit = start + size
        cut = limit
        for pattern in (_BLANK_LINE, _LINE_BREAK, _SPACE):
            ends = [m.end() for m in pattern.finditer(text, start, limit)
                    if m.end() <= limit and text[m.end() - 1:m.end() + 1] != "\r\n"]  # never inside a "\r\n"
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

    ``models`` passes model objects to checks, scikit-learn style, instead of the bundled ones:
    ``Auditor(models={"contradiction": {"nli": my_nli, "embedder": my_embedder}, "hedge": {"model": m}})``
    (an NLI model is anything with ``predict(premises, hypotheses)`` returning, per pair, a dict of "entailment",
    "neutral" and "contradiction" probabilities or a row of three probabilities in that order: ``nli.NLI_LABELS``).
    """

    chunk_chars = CHUNK_CHARS

    def __init__(self, config: Config | dict | None = None, models: dict[str, dict] | None = None):
        if isinstance(config, dict):
            config = Config.from_dict(config)
        if config is not None and not isinstance(config, Config):
            raise ConfigError("Auditor", "config", f"expected a Config or a dict of settings, got {config!r}"[:200])
        self.config = config or Config()
        options = (option_overrides(self.config.options, RuleSet(self.config.extra_rules).all, "Config")
                   if self.config.options else {})
        self.rules = RuleSet(self.config.extra_rules, self.config.disable, self.config.severity, options)
        require_known_checks_of(self.rules)
        pattern_checks = self.rules.pattern_checks()
        self.known_rule_ids = (tuple(self.rules.all) + tuple(rule[0] for rule in SUPPRESSION_RULES) + tuple(REGISTRY)
                               + pattern_checks)
        require_known_rules(self.config.disable, self.known_rule_ids, "Config")
        require_known_rules(self.config.severity, self.known_rule_ids, "Config", "severity")
        names = self.config.checks if self.config.checks is not None else tuple(REGISTRY) + pattern_checks
        require_known(names, "Config", pattern_checks)
        self.check_names = [n for n in names if not any(fnmatch.fnmatchcase(n, p) for p in self.config.disable)]
        self._check_classes: dict[str, type[Check]] = {}
        for name in self.check_names:
            cls = check_class(name, self.rules)
            assert cls is not None, name  # require_known: every name is registered or a pattern check
            cls.validate(self.rules.for_check(name))  # option errors now, not at the first audit
            self._check_classes[name] = cls
        self.models = dict(models or {})
        unknown = sorted(set(self.models) - set(self._check_classes))
        if unknown:
            raise ValueError(f"models for {unknown[0]!r}, which is not a check of this auditor "
                             f"(checks: {', '.join(self.check_names)})")
        self._checks: list[Check] | None = None
        requested_precision()  # AUDITOR_PRECISION is checked now, not at the first model call

    @property
    def checks(self) -> list[Check]:
        """The check objects, built on first access and reused for every later audit."""
        if self._checks is None:
            self._checks = [cls(self.rules.for_check(n), self.config, **self.models.get(n, {}))
                            for n, cls in self._check_classes.items()]
            for check in self._checks:
                check.muted = self.rules.muted_for(check.name)
        return self._checks

    def audit(self, text: str, source: str | None = None, format: str | None = None) -> Report:
        """Audit one text; ``source`` is the name findings are reported under.

        ``format`` (``text``, ``markdown``, ``html``; default: from ``source``'s extension, else
        ``text``) says what is not prose: code, front matter, tags, scripts... are masked out (see
        ``auditor.formats``) and findings keep the offsets and text of ``text`` itself. Inline
        suppression comments then set findings aside (``report.suppressed``, see ``auditor.suppressions``).

        A text over ``config.max_chars`` characters raises ``InputError``. A text over ``chunk_chars``
        is audited chunk by chunk (cut at blank lines, see ``chunk_bounds``) with offsets shifted back;
        findings equal the whole-text audit except that contradictions are only searched within a
        chunk and a quotation, leak or other match cannot span a chunk boundary.

        >>> report = Auditor({"checks": ["leak"]}).audit("<p>As an AI language model, no.</p>", source="a.html")
        >>> [(f.rule, f.text, f.line, f.column) for f in report.findings]
        [('leak.ai-self-reference', 'As an AI language model', 1, 4)]
        """
        doc = Document(text, source)  # raises TypeError for a non-str; splits nothing yet
        limit = self.config.max_chars
        if limit and len(text) > limit:
            raise too_large(len(text), limit, source)
        format = format or detect_format(source or "")
        if format not in FORMATS:
            raise ConfigError(source or "<text>", "format",
                              f"unknown input format {format!r} (known: {', '.join(FORMATS)})")
        prose = extract(text, format)
        findings = self._prose_findings(prose.text, source, prose.regions)
        if prose.origin is not None:
            findings = [_restored(f, prose) for f in findings]
        if prose.text is not text:
            findings = [replace(f, text=text[f.start:f.end]) for f in findings]
        kept, suppressed = apply_suppressions(text, findings, self.known_rule_ids, format, self.config.severity)
        return Report(doc, [f for f in kept if self.rules.enabled(f.rule)], suppressed, self.rules.categories, format)

    def _prose_findings(self, prose: str, source: str | None, regions: tuple = ()) -> list[Finding]:
        doc = Document(prose, source, regions=regions)
        if len(prose) <= self.chunk_chars:
            return self._findings(doc)
        blank_lines = doc.blocks
        found: dict[str, list[Finding]] = {check.name: [] for check in self.checks}
        for start, end in chunk_bounds(prose, self.chunk_chars):
            inside = tuple((max(s, start) - start, min(e, end) - start, kind) for s, e, kind in regions
                           if s < end and start < e)
            chunk = Document(prose[start:end], source, blank_lines=blank_lines, regions=inside)
            for check in self.checks:
                found[check.name] += [_shifted(f, start) for f in check.check(chunk) if self.rules.enabled(f.rule)]
        return [f for check in self.checks for f in check.whole_document(doc, found[check.name])]

    def _findings(self, doc: Document) -> list[Finding]:
        return [f for check in self.checks for f in check.check(doc) if self.rules.enabled(f.rule)]

    def audit_file(self, path: str | Path, format: str | None = None) -> Report:
        """Read (decoding as ``auditor.textio`` says) and audit one file, like ``audit`` with the path as
        ``source``; raises ``InputError`` naming the file when it cannot be read."""
        return self.audit(read_file(path, self.config.max_chars), str(path), format or detect_format(path))


def _shifted(finding: Finding, offset: int) -> Finding:
    """``finding`` of a chunk starting at ``offset``, with offsets into the whole text."""
    if not offset:
        return finding
    return _remapped(finding, lambda start, end: (start + offset, end + offset))


def _restored(finding: Finding, prose: Prose) -> Finding:
    """``finding`` of ``prose.text``, with the draft's offsets (entities whole), and the text its details quote
    (a claim, a speaker, a cue, an evidence value) read as prose: each run of spaces (masked markup) one space.

    >>> prose = extract("The *city* budget may fail.", "markdown")
    >>> finding = Finding("hedge.speculation", "hedge", "info", "", 18, 26, "may fail",
    ...                   details={"speaker": prose.text[:17], "sentence": [0, 27]})
    >>> prose.text[:17], _restored(finding, prose).details
    ('The  city  budget', {'speaker': 'The city budget', 'sentence': [0, 27]})
    """
    restored = _remapped(finding, prose.span)
    return replace(restored, details=_as_prose(restored.details))


def _as_prose(value):
    """``value`` (a detail) with each run of two or more spaces in its strings one space."""
    if isinstance(value, str):
        return _MASKED_RUN.sub(" ", value)
    if isinstance(value, (list, tuple)):
        return type(value)(_as_prose(item) for item in value)
    if isinstance(value, dict):
        return {key: _as_prose(item) for key, item in value.items()}
    return value


def _remapped(finding: Finding, span: Callable[[int, int], tuple[int, int]]) -> Finding:
    details = dict(finding.details)
    for key in _OFFSET_DETAILS:
        if isinstance(details.get(key), list) and len(details[key]) == 2:
            details[key] = list(span(*details[key]))
    start, end = span(finding.start, finding.end)
    return replace(finding, start=start, end=end, details=details, related=[span(s, e) for s, e in finding.related])


_default: Auditor | None = None


def audit(text: str, source: str | None = None, config: Config | dict | None = None,
          format: str | None = None) -> Report:
    """Audit ``text`` with the default config (a shared ``Auditor``) or with ``config``; ``format``:
    ``text``, ``markdown`` or ``html`` (default: from ``source``'s extension, else ``text``)."""
    global _default
    if config is not None:
        return Auditor(config).audit(text, source, format)
    if _default is None:
        _default = Auditor()
    return _default.audit(text, source, format)
