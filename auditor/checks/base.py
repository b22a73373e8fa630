"""The one interface every check implements, and the registry that finds checks by name.

A check is a class with a ``name`` and a ``check(doc) -> list[Finding]`` method, built once per
``Auditor`` with its rules (from the rule files) and the config, so models load once.

Example:
    >>> @register
    ... class Shouting(Check):
    ...     name = "shouting"
    ...     def check(self, doc):
    ...         return [self.finding(rule, doc, m.start, m.end)
    ...                 for rule in self.rules for s in doc.sentences for m in rule.finditer(doc.text, s.start, s.end)]
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import ClassVar

from ..config import Config
from ..document import Document, Span
from ..findings import Finding
from ..rules import Rule, RuleMatch

REGISTRY: dict[str, type[Check]] = {}


def register(cls: type[Check]) -> type[Check]:
    """Class decorator: make a check available under ``cls.name``."""
    REGISTRY[cls.name] = cls
    return cls


class Check:
    """Base class: subclasses set ``name`` and implement ``check``."""

    name: ClassVar[str]

    def __init__(self, rules: list[Rule], config: Config):
        self.rules = rules
        self.config = config
        self.rules_by_id = {r.id: r for r in rules}

    def check(self, doc: Document) -> list[Finding]:
        raise NotImplementedError

    def finding(self, rule: Rule, doc: Document, start: int, end: int, score: float = 1.0,
                related=(), severity: str | None = None, fill: str | None = None, **details) -> Finding:
        """A finding of ``rule`` at ``doc.text[start:end]``; ``{text}`` in the message becomes ``fill``
        (default: the span's text, shortened to 80 characters)."""
        text = doc.text[start:end]
        if fill is None:
            fill = shorten(text)
        return Finding(rule.id, rule.category, severity or rule.severity, rule.message.replace("{text}", fill),
                       start, end, text, round(float(score), 4), [tuple(r) for r in related], details)


def shorten(text: str, limit: int = 80) -> str:
    """``text``, or its first ``limit - 3`` characters (trailing space dropped) and "...".

    >>> shorten("The fall of Bakhmut is a significant setback", 15)
    'The fall of...'
    """
    return text if len(text) <= limit else text[: limit - 3].rstrip() + "..."


def scopes(doc: Document, scope: str) -> Sequence[Span]:
    """The spans a rule of ``scope`` ("sentence", "paragraph" or "document") is matched within."""
    if scope == "sentence":
        return doc.sentences
    if scope == "paragraph":
        return doc.paragraphs
    return [Span(doc, 0, len(doc.text))]


def rule_matches(rule: Rule, doc: Document) -> Iterator[tuple[RuleMatch, Span]]:
    """Every match of ``rule`` in ``doc``, each with the sentence/paragraph/document span it lies in."""
    for span in scopes(doc, rule.scope):
        for match in rule.finditer(doc.text, span.start, span.end):
            yield match, span
