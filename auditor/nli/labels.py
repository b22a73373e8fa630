"""Map a model's ``id2label`` names onto the three NLI labels.

Accepted names (case-insensitive, ``-``/``_``/spaces ignored): ``entailment``
(``entails``, ``entail``), ``neutral``, ``contradiction`` (``contradicts``,
``contradict``, ``contradictory``).  Checkpoints that only carry generic names
(``LABEL_0``, ``LABEL_1``, ``LABEL_2`` or ``"0"``, ``"1"``, ``"2"``) are read
in the GLUE / ``datasets`` MultiNLI order, ``GENERIC_ORDER`` =
(entailment, neutral, contradiction); pass ``label_order`` when a model uses
another order.

Example:
    >>> label_mapping({0: "CONTRADICTION", 1: "NEUTRAL", 2: "ENTAILMENT"})
    {0: 'contradiction', 1: 'neutral', 2: 'entailment'}
    >>> label_mapping({0: "LABEL_0", 1: "LABEL_1", 2: "LABEL_2"})
    {0: 'entailment', 1: 'neutral', 2: 'contradiction'}
"""
from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

NLI_LABELS = ("entailment", "neutral", "contradiction")
GENERIC_ORDER = ("entailment", "neutral", "contradiction")

_ALIASES = {
    "entailment": "entailment", "entails": "entailment", "entail": "entailment",
    "entailed": "entailment",
    "neutral": "neutral",
    "contradiction": "contradiction", "contradicts": "contradiction",
    "contradict": "contradiction", "contradictory": "contradiction",
}
_GENERIC = re.compile(r"^(?:label)?(\d+)$")


def canonical_label(name: object) -> str | None:
    """Return "entailment", "neutral" or "contradiction" for a label name, else None.

    Example:
        >>> canonical_label("CONTRADICTION"), canonical_label("Entails"), canonical_label("LABEL_0")
        ('contradiction', 'entailment', None)
    """
    key = re.sub(r"[\s_\-]+", "", str(name).strip().lower())
    return _ALIASES.get(key)


def label_mapping(id2label: Mapping[Any, Any],
                  label_order: Sequence[str] | None = None) -> dict[int, str]:
    """Return {class id: canonical label} for a 3-way NLI head.

    ``label_order`` (e.g. ``("contradiction", "entailment", "neutral")``) overrides
    the names in ``id2label``.  Raises ValueError when the names cannot be mapped
    to exactly one id per NLI label.

    Example:
        >>> label_mapping({0: "LABEL_0", 1: "LABEL_1", 2: "LABEL_2"},
        ...               label_order=["contradiction", "entailment", "neutral"])
        {0: 'contradiction', 1: 'entailment', 2: 'neutral'}
    """
    ids = sorted(int(i) for i in id2label)
    if ids != [0, 1, 2]:
        raise ValueError(f"expected 3 class ids 0, 1, 2 in id2label, got {sorted(id2label)}")
    names = {int(i): str(n) for i, n in id2label.items()}
    if label_order is not None:
        order = [canonical_label(n) for n in label_order]
        if sorted(map(str, order)) != sorted(NLI_LABELS):
            raise ValueError(f"label_order must name each of {NLI_LABELS} once, got {list(label_order)}")
        return {i: str(name) for i, name in enumerate(order)}
    mapped = {i: canonical_label(n) for i, n in names.items()}
    if all(m is None for m in mapped.values()):
        generic = {i: _GENERIC.match(re.sub(r"[\s_\-]+", "", n.lower())) for i, n in names.items()}
        if all(g is not None and int(g.group(1)) == i for i, g in generic.items()):
            return dict(enumerate(GENERIC_ORDER))
    if sorted(map(str, mapped.values())) != sorted(NLI_LABELS):
        raise ValueError(f"cannot map labels {names} to {NLI_LABELS}; "
                         "pass label_order=[...] naming the label of each class id")
    return {i: str(name) for i, name in mapped.items()}
