"""``Auditor``: runs every enabled check over a document; ``audit``: the one-off shortcut.

Example:
    >>> aud = Auditor({"disable": ["hedge"]})
    >>> [f.rule for f in aud.audit("As an AI language model, I cannot do that.").findings]
    ['leak.ai-self-reference']
"""

from __future__ import annotations

import fnmatch
from pathlib import Path

from .checks import REGISTRY, Check
from .config import Config
from .document import Document
from .errors import ConfigError
from .formats import audit_prose, detect_format
from .report import Report
from .rules import RuleSet
from .textio import read_file


class Auditor:
    """Reusable auditor: rules load at construction, checks (and their models) on first use."""

    def __init__(self, config: Config | dict | None = None):
        if isinstance(config, dict):
            config = Config.from_dict(config)
        self.config = config or Config()
        self.rules = RuleSet(self.config.extra_rules, self.config.disable, self.config.severity)
        names = self.config.checks if self.config.checks is not None else tuple(REGISTRY)
        unknown = [n for n in names if n not in REGISTRY]
        if unknown:
            raise ConfigError("<config>", "checks", f"unknown check {unknown[0]!r} (known: {', '.join(REGISTRY)})")
        self.check_names = [n for n in names if not any(fnmatch.fnmatchcase(n, p) for p in self.config.disable)]
        self._checks: list[Check] | None = None

    @property
    def checks(self) -> list[Check]:
        """The check objects, built on first access and reused for every later audit."""
        if self._checks is None:
            self._checks = [REGISTRY[n](self.rules.for_check(n), self.config) for n in self.check_names]
        return self._checks

    def audit(self, text: str, source: str | None = None) -> Report:
        """Audit one text; ``source`` is the name findings are reported under."""
        doc = Document(text, source)
        findings = [f for check in self.checks for f in check.check(doc) if self.rules.enabled(f.rule)]
        return Report(doc, findings)

    def audit_file(self, path: str | Path, format: str | None = None) -> Report:
        """Read (UTF-8) and audit the prose of one file; raises ``InputError`` naming the file when it cannot.

        ``format`` (``text``, ``markdown``, ``html``; default: from the extension) says what to skip:
        code, front matter, tags... (see ``auditor.formats``); findings keep the file's offsets and text.
        """
        return audit_prose(self, read_file(path), str(path), format or detect_format(path))


_default: Auditor | None = None


def audit(text: str, source: str | None = None, config: Config | dict | None = None) -> Report:
    """Audit ``text`` with the default config (a shared ``Auditor``) or with ``config``."""
    global _default
    if config is not None:
        return Auditor(config).audit(text, source)
    if _default is None:
        _default = Auditor()
    return _default.audit(text, source)
