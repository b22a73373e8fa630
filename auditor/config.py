"""Audit settings, validated: every bad key or value is an error naming the key and its source.

Example:
    >>> Config.from_dict({"disable": ["hedge.speculation"], "severity": {"leak.*": "warning"}}).disable
    ('hedge.speculation',)
    >>> Config.from_dict({"treshold": 1}, source="setup.cfg")  # doctest: +NORMALIZE_WHITESPACE
    Traceback (most recent call last):
    auditor.errors.ConfigError: setup.cfg: treshold: unknown setting (known: checks, contradiction_max_pairs,
    contradiction_min_similarity, contradiction_threshold, disable, exclude, extra_rules, fail_on,
    hedge_classifier_threshold, include, max_chars, nli_model, severity)
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, fields, replace
from pathlib import Path

from .errors import ConfigError
from .findings import SEVERITIES
from .rules import known_rule_ids
from .rules import require_known as require_known_rules

FAIL_LEVELS = SEVERITIES + ("never",)


@dataclass(frozen=True)
class Config:
    """``checks``: names to run (None = all registered); ``disable``: rule ids/globs or check names;
    ``severity``: {rule id or glob: level}; ``extra_rules``: YAML rule files; ``hedge_classifier_threshold``:
    probability from which the hedge model reports a sentence no rule matched (None: the model's own,
    chosen on real dev data); ``nli_model``:
    None (bundled), a local directory or a hub id; ``contradiction_threshold``: calibrated
    contradiction score to report a pair (default: the threshold chosen on real dev text);
    ``contradiction_min_similarity`` and
    ``contradiction_max_pairs``: candidate-pair filters (embedding cosine, see
    ``auditor.checks.contradiction.pairs``); ``fail_on``: the
    CLI's default fail level; ``include``/``exclude``: globs of the files ``auditor check`` audits in a
    directory (a glob without ``/`` matches the file name; ``**`` spans folders; ``exclude`` also drops
    files named on the command line); ``max_chars``: the longest text audited, in characters (longer
    texts raise ``InputError`` instead of running for minutes; 0 = no limit)."""

    checks: tuple[str, ...] | None = None
    disable: tuple[str, ...] = ()
    severity: dict[str, str] = field(default_factory=dict)
    extra_rules: tuple[str, ...] = ()
    hedge_classifier_threshold: float | None = None
    nli_model: str | None = None
    contradiction_threshold: float = 0.6
    contradiction_min_similarity: float = 0.2
    contradiction_max_pairs: int = 200
    fail_on: str = "error"
    include: tuple[str, ...] = ("*.md", "*.markdown", "*.mdown", "*.mkd", "*.html", "*.htm", "*.xhtml", "*.txt")
    exclude: tuple[str, ...] = ()
    max_chars: int = 2_000_000

    @classmethod
    def from_dict(cls, data: dict, source: str = "<config>", base_dir: str | Path | None = None) -> Config:
        """Build from plain data (as read from a config file); relative rule paths resolve from ``base_dir``."""
        if not isinstance(data, dict):
            raise ConfigError(source, "config", "expected a mapping of settings")
        known = sorted(f.name for f in fields(cls))
        for key in data:
            if key not in known:
                raise ConfigError(source, key, f"unknown setting (known: {', '.join(known)})")
        values = dict(data)
        for key in ("checks", "disable", "extra_rules", "include", "exclude"):
            if key in values and values[key] is not None:
                values[key] = _string_list(values[key], source, key)
        if "extra_rules" in values and base_dir is not None:
            values["extra_rules"] = tuple(str(Path(base_dir, p)) for p in values["extra_rules"])
        if values.get("checks") is not None:
            from .checks import require_known
            from .rules import RuleSet

            extra = values.get("extra_rules") or ()
            require_known(values["checks"], source, RuleSet(extra).pattern_checks() if extra else ())
        severity = values.get("severity", {})
        if not isinstance(severity, dict):
            raise ConfigError(source, "severity", "expected a mapping of rule id to info, warning or error")
        for rule_id, level in severity.items():
            if level not in SEVERITIES:
                raise ConfigError(source, f"severity.{rule_id}", f"{level!r} is not one of {', '.join(SEVERITIES)}")
        for key in ("hedge_classifier_threshold", "contradiction_threshold", "contradiction_min_similarity"):
            if key in values:
                values[key] = _probability(values[key], source, key)
        if "contradiction_max_pairs" in values:
            pairs = values["contradiction_max_pairs"]
            if isinstance(pairs, bool) or not isinstance(pairs, int) or pairs < 0:
                raise ConfigError(source, "contradiction_max_pairs", f"{pairs!r} is not a whole number >= 0")
        if "max_chars" in values:
            limit = values["max_chars"]
            if isinstance(limit, bool) or not isinstance(limit, int) or limit < 0:
                raise ConfigError(source, "max_chars", f"{limit!r} is not a whole number >= 0 (0: no limit)")
        if values.get("fail_on", "error") not in FAIL_LEVELS:
            raise ConfigError(source, "fail_on", f"{values['fail_on']!r} is not one of {', '.join(FAIL_LEVELS)}")
        if values.get("nli_model") is not None and not isinstance(values["nli_model"], str):
            raise ConfigError(source, "nli_model", "expected a local directory or a hub model id")
        return cls(**values)


def _probability(value, source: str, key: str) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        number = -1.0
    if isinstance(value, bool) or not 0.0 <= number <= 1.0:
        raise ConfigError(source, key, f"{value!r} is not a number in [0, 1]")
    return number


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
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) for v in value):
        raise ConfigError(source, key, "expected a list of names")
    return split_names(value)
