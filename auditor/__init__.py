"""article-auditor: audit AI-generated news articles for AI disclosures, leaked chatbot text,
hedged or unsupported assertions and internal contradictions.

Example:
    >>> import auditor
    >>> report = auditor.audit("Experts say the plan may fail.")
    >>> [(f.rule, f.text) for f in report.findings]
    [('hedge.vague-attribution', 'Experts say'), ('hedge.speculation', 'may fail')]
"""

from .batch import audit_many
from .config import Config
from .corpus import audit_corpus
from .document import Document
from .engine import Auditor, audit
from .errors import AuditorError, ConfigError, InputError, RuleError
from .findings import Finding
from .nli.errors import ModelLoadError
from .report import Report

__version__ = "0.1.0"

__all__ = ["Auditor", "audit", "audit_many", "audit_corpus", "Config", "Document", "Finding", "Report",
           "AuditorError", "ConfigError", "InputError", "ModelLoadError", "RuleError", "__version__"]
