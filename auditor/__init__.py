"""article-auditor: audit AI-generated news articles for AI disclosures, leaked chatbot text,
hedged or unsupported assertions and internal contradictions.

``import auditor`` is cheap: the engine, the checks and their libraries (torch, transformers,
scikit-learn, nltk) are imported when first used (``auditor.Auditor``, ``auditor.audit``...).

Example:
    >>> import auditor
    >>> report = auditor.audit("Experts say the plan may fail.")
    >>> [(f.rule, f.text) for f in report.findings]
    [('hedge.vague-attribution', 'Experts say'), ('hedge.speculation', 'may fail')]
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

from .errors import AuditorError, ConfigError, InputError, RuleError, TooLargeError
from .nli.errors import ModelLoadError

if TYPE_CHECKING:
    from .batch import audit_many
    from .config import Config
    from .corpus import audit_corpus
    from .document import Document
    from .engine import Auditor, audit
    from .findings import Finding
    from .report import Report

__version__ = "0.1.0"

_LAZY = {"Auditor": "engine", "audit": "engine", "audit_many": "batch", "audit_corpus": "corpus",
         "Config": "config", "Document": "document", "Finding": "findings", "Report": "report"}

__all__ = ["Auditor", "audit", "audit_many", "audit_corpus", "Config", "Document", "Finding", "Report",
           "AuditorError", "ConfigError", "InputError", "ModelLoadError", "RuleError", "TooLargeError",
           "__version__"]


def __getattr__(name: str):
    """The public names of the heavy modules (and submodules such as ``auditor.checks``), imported on first use."""
    if name not in _LAZY:
        try:
            return import_module(f"{__name__}.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"{__name__}.{name}":
                raise
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    value = getattr(import_module(f"{__name__}.{_LAZY[name]}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))
