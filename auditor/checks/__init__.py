"""Checks, one module each; importing this package registers every module listed in ``CHECK_MODULES``.

Adding a check: write ``auditor/checks/<name>.py`` with a ``@register``-ed ``Check`` subclass, add
its rule file ``auditor/data/rules/<name>.yml`` and its module name here.
"""

from importlib import import_module

from .base import REGISTRY, Check, register, rule_matches, scopes

CHECK_MODULES = ("disclosure", "leak", "hedge", "contradiction")

for _module in CHECK_MODULES:
    import_module(f"{__name__}.{_module}")

__all__ = ["REGISTRY", "Check", "register", "rule_matches", "scopes", "CHECK_MODULES"]
