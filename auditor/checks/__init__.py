"""Checks, one module each; importing this package registers every module listed in ``CHECK_MODULES``.

Adding a check: write ``auditor/checks/<name>.py`` with a ``@register``-ed ``Check`` subclass, add
its rule file ``auditor/data/rules/<name>.yml`` and its module name here.
"""

from importlib import import_module

from ..errors import ConfigError, RuleError
from .base import REGISTRY, Check, Option, PatternCheck, check_class, pattern_check, register, rule_matches, scopes

CHECK_MODULES = ("disclosure", "leak", "hedge", "contradiction")

for _module in CHECK_MODULES:
    import_module(f"{__name__}.{_module}")



def require_known(names, source: str = "<config>", pattern_checks=()) -> None:
    """Raise ``ConfigError`` naming ``source`` when a name is neither a registered check nor one of
    ``pattern_checks`` (the pattern-only checks of the rule files in use)."""
    known = list(REGISTRY) + [name for name in pattern_checks if name not in REGISTRY]
    unknown = [name for name in names if name not in known]
    if unknown:
        raise ConfigError(source, "checks", f"unknown check {unknown[0]!r} (known: {', '.join(known)})")


def require_known_checks_of(rules) -> None:
    """Raise ``RuleError`` naming the rule file when a rule's ``check:`` is no registered check and its file
    does not say ``extends: existence``, or when a pattern-only file takes a registered check's name."""
    for rule in rules:
        if rule.is_pattern and rule.check in REGISTRY:
            raise RuleError(rule.source, "check", f"{rule.check!r} is a built-in check; a pattern-only check "
                            "(extends: existence) needs a name of its own")
        if not rule.is_pattern and rule.check not in REGISTRY:
            raise RuleError(rule.source, "check", f"unknown check {rule.check!r} (known: {', '.join(REGISTRY)}; "
                            "a pattern-only check says 'extends: existence')")


__all__ = ["require_known", "require_known_checks_of", "REGISTRY", "Check", "Option", "PatternCheck", "check_class",
           "pattern_check", "register", "rule_matches", "scopes", "CHECK_MODULES"]
