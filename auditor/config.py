"""Audit settings, validated: every bad key or value is an error naming the key and its source.

``Config`` holds run settings; a check's settings are options of its rules (``options``, validated by
the check's schema, see ``auditor.checks.base.option_overrides``).

Example:
    >>> Config.from_dict({"disable": ["hedge.speculation"], "severity": {"leak.*": "warning"}}).disable
    ('hedge.speculation',)
    >>> Config.from_dict({"options": {"contradiction.nli": {"threshold": 0.7}}}).options
    {'contradiction.nli': {'threshold': 0.7}}
    >>> Config.from_dict({"treshold": 1}, source="setup.cfg")  # doctest: +NORMALIZE_WHITESPACE
    Traceback (most recent call last):
    auditor.errors.ConfigError: setup.cfg: treshold: unknown setting (known: checks, disable, exclude, extra_rules,
    fail_on, include, max_chars, options, severity)
    >>> Config.from_dict({"contradiction_threshold": 0.7})  # doctest: +NORMALIZE_WHITESPACE
    Traceback (most recent call last):
    auditor.errors.ConfigError: <config>: contradiction_threshold: now an option of rule contradiction.nli:
    Config(options={'contradiction.nli': {'threshold': 0.7}})
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path

from .errors import ConfigError
from .findings import SEVERITIES
from .rules import RuleSet, known_rule_ids
from .rules import require_known as require_known_rules

FAIL_LEVELS = SEVERITIES + ("never",)
_NAME_LISTS = ("checks", "disable", "extra_rules", "include", "exclude")  # Config fields that list names
_PATH_LISTS = ("extra_rules", "include", "exclude")  # of them, those whose items are paths or globs


# Settings that were ``Config`` fields before the checks owned them: (rule id, option).
MOVED = {"nli_model": ("contradiction.nli", "model"), "contradiction_threshold": ("contradiction.nli", "threshold"),
         "contradiction_min_similarity": ("contradiction.nli", "min_similarity"),
         "contradiction_max_pairs": ("contradiction.nli", "max_pairs"),
         "hedge_classifier_threshold": ("hedge.classifier", "threshold")}


@dataclass(frozen=True)
class Config:
    """``checks``: names to run (None = all registered); ``disable``: rule ids/globs or check names;
    ``severity``: {rule id or glob: level}; ``extra_rules``: YAML rule files; ``options``: {rule id:
    {option: value}} over the rule files' ``options`` (e.g. ``{"contradiction.nli": {"threshold": 0.7,
    "model": "models/nli"}, "hedge.classifier": {"threshold": 0.9}}``), validated by the owning check;
    ``fail_on``: the CLI's default fail level; ``include``/``exclude``: globs of the files ``auditor
    check`` audits in a directory (a glob without ``/`` matches the file name; ``**`` spans folders;
    ``exclude`` also drops files named on the command line); ``max_chars``: the longest text audited,
    in characters (longer texts raise ``InputError`` instead of running for minutes; 0 = no limit)."""

    checks: tuple[str, ...] | None = None
    disable: tuple[str, ...] = ()
    severity: dict[str, str] = field(default_factory=dict)
    extra_rules: tuple[str, ...] = ()
    options: dict[str, dict] = field(default_factory=dict)
    fail_on: str = "error"
    include: tuple[str, ...] = ("*.md", "*.markdown", "*.mdown", "*.mkd", "*.html", "*.htm", "*.xhtml", "*.txt")
    exclude: tuple[str, ...] = ()
    max_chars: int = 2_000_000

    def __new__(cls, *args, **kwargs):
        """Refuse a setting that moved to a check's options, saying its new spelling (``Config(nli_model=...)``),
        and a string or mapping where names are listed (``Config("hedge")``, ``Config({"checks": [...]})``)."""
        for key in kwargs:
            if key in MOVED:
                raise ConfigError("Config", key, moved_message(key, kwargs[key], "Config"))
        given = {**dict(zip((f.name for f in fields(cls)), args, strict=False)), **kwargs}
        for key in _NAME_LISTS:
            value = given.get(key)
            if isinstance(value, str):
                raise ConfigError("Config", key, f"expected a list of names, got the string {value!r}: "
                                                 f"write {key}=[{value!r}]")
            if isinstance(value, Mapping):
                raise ConfigError("Config", key, "expected a list of names, got a mapping: settings in a dict go "
                                                 "to Config.from_dict(settings) or Auditor(settings)")
        return super().__new__(cls)

    @classmethod
    def from_dict(cls, data: dict, source: str = "<config>", base_dir: str | Path | None = None,
                  other_rules: Iterable[str] = ()) -> Config:
        """Build from plain data (as read from a config file); relative rule paths resolve from ``base_dir``;
        ``other_rules``: rule files given elsewhere (``--rules``) whose rules the settings may name too."""
        if not isinstance(data, dict):
            raise ConfigError(source, "config", "expected a mapping of settings")
        known = sorted(f.name for f in fields(cls))
        for key in data:
            if key in MOVED:
                raise ConfigError(source, key, moved_message(key, data[key], source))
            if key not in known:
                raise ConfigError(source, key, f"unknown setting (known: {', '.join(known)})")
        values = dict(data)
        for key in _NAME_LISTS:
            if key in values and values[key] is not None:
                values[key] = _string_list(values[key], source, key)
        if "extra_rules" in values and base_dir is not None:
            values["extra_rules"] = tuple(str(Path(base_dir, p)) for p in values["extra_rules"])
        extra = tuple(values.get("extra_rules") or ()) + tuple(other_rules)
        if values.get("checks") is not None:
            from .checks import require_known

            require_known(values["checks"], source, RuleSet(extra).pattern_checks() if extra else ())
        if "options" in values:
            from .checks.base import option_overrides

            values["options"] = option_overrides(values["options"], RuleSet(extra).all, source)
        _check_values(values, source)
        return cls(**values)

    def __post_init__(self):
        """``Config(severity={"hedge": "critical"})`` is refused here, not at the first audit."""
        _check_values({f.name: getattr(self, f.name) for f in fields(self)}, "Config")


def _check_values(values: Mapping, source: str) -> None:
    """Raise ``ConfigError`` naming ``source`` and the key for a list of names that is none, or a severity level,
    ``max_chars`` or ``fail_on`` that is not one of its values."""
    for key in _NAME_LISTS:
        value = values.get(key, ())
        if not (value is None and key == "checks") and not (
                isinstance(value, (list, tuple)) and all(isinstance(v, str) for v in value)):
            raise ConfigError(source, key, f"expected a list of names, got {value!r}"[:200])
    severity = values.get("severity", {})
    if not isinstance(severity, dict):
        raise ConfigError(source, "severity", "expected a mapping of rule id to info, warning or error")
    for rule_id, level in severity.items():
        if level not in SEVERITIES:
            raise ConfigError(source, f"severity.{rule_id}", f"{level!r} is not one of {', '.join(SEVERITIES)}")
    limit = values.get("max_chars", 0)
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 0:
        raise ConfigError(source, "max_chars", f"{limit!r} is not a whole number >= 0 (0: no limit)")
    if values.get("fail_on", "error") not in FAIL_LEVELS:
        raise ConfigError(source, "fail_on", f"{values['fail_on']!r} is not one of {', '.join(FAIL_LEVELS)}")


def moved_message(key: str, value, source: str) -> str:
    """How to write a setting that moved from ``Config`` to a check's options, in the syntax of ``source``.

    >>> moved_message("hedge_classifier_threshold", 0.9, "setup.cfg")
    'now an option of rule hedge.classifier: options.hedge.classifier.threshold = 0.9'
    >>> moved_message("nli_model", "models/nli", "pyproject.toml")
    'now an option of rule contradiction.nli: [tool.auditor.options."contradiction.nli"] model = "models/nli"'
    """
    rule_id, option = MOVED[key]
    if source.endswith((".cfg", ".ini")):
        spelling = f"options.{rule_id}.{option} = {value}"
    elif source.endswith(".toml"):
        table = "tool.auditor.options" if source.endswith("pyproject.toml") else "options"
        shown = f'"{value}"' if isinstance(value, str) else str(value).lower() if isinstance(value, bool) else value
        spelling = f'[{table}."{rule_id}"] {option} = {shown}'
    else:
        spelling = f"Config(options={{{rule_id!r}: {{{option!r}: {value!r}}}}})"
    return f"now an option of rule {rule_id}: {spelling}"


def with_disabled(config: Config, names: Iterable[str], source: str = "command line", key: str = "--disable") -> Config:
    """``config`` with ``names`` (each may be a comma list) added to ``disable``.

    A name that is no rule id, check name or glob matching a rule raises ``ConfigError`` naming
    ``source``, ``key`` and the closest known ids.

    >>> with_disabled(Config(), ["hedge.speculation,leak"]).disable
    ('hedge.speculation', 'leak')
    >>> with_disabled(Config(), ["hedge.speculaton"])  # doctest: +NORMALIZE_WHITESPACE
    Traceback (most recent call last):
    auditor.errors.ConfigError: command line: --disable: unknown rule id 'hedge.speculaton'
    (closest: hedge.speculation; `auditor rules` lists every rule)
    """
    added = split_names(names)
    require_known_rules(added, known_rule_ids(config.extra_rules), source, key)
    return replace(config, disable=config.disable + added)


def split_names(values: Iterable[str]) -> tuple[str, ...]:
    """Names from strings that may each hold several, separated by commas or spaces.

    >>> split_names(["hedge.speculation,leak", "contradiction"])
    ('hedge.speculation', 'leak', 'contradiction')
    """
    return tuple(name for value in values for name in re.split(r"[,\s]+", value) if name)


def _string_list(value, source: str, key: str) -> tuple[str, ...]:
    """The names of a list setting: each item of a list a path or glob whole (``"old drafts/*"``), or split at commas
    and line breaks when a string (``setup.cfg``); names (rule ids, checks) also split at spaces."""
    if isinstance(value, str):
        value = re.split(r"[,\r\n]+", value) if key in _PATH_LISTS else [value]
    if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) for v in value):
        raise ConfigError(source, key, "expected a list of names")
    return tuple(v.strip() for v in value if v.strip()) if key in _PATH_LISTS else split_names(value)
