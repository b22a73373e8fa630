"""Checks, one module each; importing this package registers every module listed in ``CHECK_MODULES``.

Adding a check: write ``auditor/checks/<name>.py`` with a ``@register``-ed ``Check`` subclass, add
its rule file ``auditor/data/rules/<name>.yml`` and its module name here.
"""

from importlib import import_module

from ..errors import ConfigError
from .base import REGISTRY, Check, register, rule_matches, scopes

CHECK_MODULES = ("disclosure", "leak", "hedge", "contradiction")

for _module in CHECK_MODULES:
    import_module(f"{__name__}.{_module}")



def require_known(names, source: str = "<config>") -> None:
    """Raise ``ConfigError`` naming ``source`` when a name is not a registered check."""
    unknown = [name for name in names if name not in REGISTRY]
    if unknown:
        raise ConfigError(source, "checks", f"unknown check {unknown[0]!r} (known: {', '.join(REGISTRY)})")


__all__ = ["require_known", "REGISTRY", "Check", "register", "rule_matches", "scopes", "CHECK_MODULES"]
