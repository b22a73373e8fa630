"""The one result shape every check returns.

Example:
    >>> f = Finding("hedge.speculation", "hedge", "warning", "Speculation in the reporter's voice.", 4, 7, "may")
    >>> f.severity_rank > Finding.rank("info")
    True
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any

SEVERITIES = ("info", "warning", "error")


@dataclass(frozen=True)
class Category:
    """A finding category and its highlight colours ("r,g,b" for light and dark themes), declared by the
    rule file that uses it (``categories:``) or, for rules defined in code, by their module."""

    name: str
    light: str
    dark: str
    order: int = 100
    source: str = "<built-in>"


_CATEGORIES: dict[str, Category] = {}  # the shipped ones: built-in rule files and modules such as suppressions


def declare_category(category: Category) -> None:
    """Make ``category`` known process-wide (a later declaration of the same name replaces it); only the
    shipped rule files and modules do this, a user's rule files declare theirs for one ``RuleSet``."""
    _CATEGORIES[category.name] = category


def declared_categories(extra: Iterable[Category] = ()) -> tuple[Category, ...]:
    """The shipped categories and ``extra`` ones (e.g. ``RuleSet.categories`` of a user's rule files; one
    of the same name replaces a shipped one), in their declared order, shipped ones first on a tie."""
    from . import suppressions  # noqa: F401 -- declares the suppression category
    from .rules import builtin_rules

    builtin_rules()  # the shipped rule files declare their categories
    known = {**_CATEGORIES, **{c.name: c for c in extra}}
    ordered = sorted(enumerate(known.values()), key=lambda item: (item[1].order, item[0]))
    return tuple(category for _, category in ordered)


def categories() -> tuple[str, ...]:
    """Every shipped category name, in their declared order (categories of a user's rule files belong
    to the ``Auditor`` that loaded them: ``Report.categories``).

    >>> categories()[:5]
    ('disclosure', 'leak', 'hedge', 'contradiction', 'suppression')
    """
    return tuple(category.name for category in declared_categories())


def category(name: str) -> Category | None:
    """The shipped category ``name``, or None."""
    return next((category for category in declared_categories() if category.name == name), None)


@dataclass(frozen=True)
class Finding:
    """One problem at ``text[start:end]``.

    ``related`` holds other evidence spans (the other side of a contradiction); ``details`` holds
    check-specific facts: ``kind``/``position`` for disclosures, ``voice``/``speaker``/``sentence``
    for hedges, ``attribution`` for contradictions. ``line``/``column`` (1-based, of ``start``) are
    filled in by the ``Report`` that holds the finding.
    """

    rule: str
    category: str
    severity: str
    message: str
    start: int
    end: int
    text: str
    score: float = 1.0
    related: list[tuple[int, int]] = field(default_factory=list)
    details: dict[str, Any] = field(default_factory=dict)
    line: int | None = None
    column: int | None = None

    @staticmethod
    def rank(severity: str) -> int:
        """Order of a severity name: info 0 < warning 1 < error 2."""
        return SEVERITIES.index(severity)

    @property
    def severity_rank(self) -> int:
        return self.rank(self.severity)

    def with_severity(self, severity: str) -> Finding:
        return replace(self, severity=severity)
