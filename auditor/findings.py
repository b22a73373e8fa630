"""The one result shape every check returns.

Example:
    >>> f = Finding("hedge.speculation", "hedge", "warning", "Speculation in the reporter's voice.", 4, 7, "may")
    >>> f.severity_rank > Finding.rank("info")
    True
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

SEVERITIES = ("info", "warning", "error")
# suppression: a suppression comment without a reason or naming no rule
CATEGORIES = ("disclosure", "leak", "hedge", "contradiction", "suppression")


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
