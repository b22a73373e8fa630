"""Rules are data: YAML files of id, category, severity, message, patterns and exceptions.

The package ships one file per check in ``auditor/data/rules``; users add files through
``Config.extra_rules`` (a rule with an existing id replaces it, like Vale's styles). A file looks like::

    check: hedge                      # the check that applies these rules
    rules:
      - id: hedge.weasel-passive       # stable id: <check>.<name>
        category: hedge
        severity: warning              # info | warning | error
        message: Passive attribution hides who holds this view.
        description: '"It is believed", "it has been reported".'
        patterns: ['\\bit (?:is|was) (?:widely )?(?P<cue>believed)\\b']
        exceptions: []                 # a match overlapping an exception match is dropped
        case_sensitive: false
        options: {}                    # check-specific settings

A named group ``cue`` narrows the reported span to that part of the match.

Example:
    >>> rule = Rule.from_dict({"id": "x.may", "category": "hedge", "severity": "warning", "message": "m",
    ...     "patterns": [r"\\bmay\\b"], "exceptions": [r"\\bin May\\b"], "case_sensitive": True}, check="x")
    >>> [m.span() for m in rule.finditer("It may rain in May.")]
    [(3, 6)]
"""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path

import yaml

from .errors import RuleError
from .findings import CATEGORIES, SEVERITIES

_REQUIRED = ("id", "category", "severity", "message")
_OPTIONAL = ("description", "patterns", "exceptions", "case_sensitive", "options", "scope")
_ID = re.compile(r"^[a-z0-9]+(?:[.-][a-z0-9]+)+$")


@dataclass(frozen=True)
class RuleMatch:
    """One match of a rule: the reported span (offsets into the document) and the regex match it came
    from (whose own offsets are relative to the matched scope)."""

    start: int
    end: int
    match: re.Match

    def span(self) -> tuple[int, int]:
        return self.start, self.end


@dataclass(frozen=True)
class Rule:
    id: str
    check: str
    category: str
    severity: str
    message: str
    description: str = ""
    patterns: tuple[re.Pattern, ...] = ()
    exceptions: tuple[re.Pattern, ...] = ()
    scope: str = "sentence"
    options: dict = field(default_factory=dict)
    source: str = "<built-in>"

    @classmethod
    def from_dict(cls, data: dict, check: str, source: str = "<dict>", where: str = "rule") -> Rule:
        """Validate one rule mapping; errors name ``source`` and the field."""
        if not isinstance(data, dict):
            raise RuleError(source, where, "expected a mapping with id, category, severity, message")
        for key in data:
            if key not in _REQUIRED + _OPTIONAL:
                raise RuleError(source, f"{where}.{key}", f"unknown field (known: {', '.join(_REQUIRED + _OPTIONAL)})")
        for key in _REQUIRED:
            if not isinstance(data.get(key), str) or not data[key].strip():
                raise RuleError(source, f"{where}.{key}", "required text field is missing or empty")
        if not _ID.match(data["id"]):
            raise RuleError(source, f"{where}.id", f"{data['id']!r} is not a dotted lower-case id like 'hedge.speculation'")
        if data["severity"] not in SEVERITIES:
            raise RuleError(source, f"{where}.severity", f"{data['severity']!r} is not one of {', '.join(SEVERITIES)}")
        if data["category"] not in CATEGORIES:
            raise RuleError(source, f"{where}.category", f"{data['category']!r} is not one of {', '.join(CATEGORIES)}")
        if data.get("scope", "sentence") not in ("sentence", "paragraph", "document"):
            raise RuleError(source, f"{where}.scope", "expected sentence, paragraph or document")
        if not isinstance(data.get("options", {}), dict):
            raise RuleError(source, f"{where}.options", "expected a mapping")
        flags = 0 if data.get("case_sensitive", False) else re.IGNORECASE
        return cls(
            id=data["id"],
            check=check,
            category=data["category"],
            severity=data["severity"],
            message=data["message"].strip(),
            description=str(data.get("description", "")).strip(),
            patterns=_compile(data.get("patterns", []), flags, source, f"{where}.patterns"),
            exceptions=_compile(data.get("exceptions", []), flags, source, f"{where}.exceptions"),
            scope=data.get("scope", "sentence"),
            options=dict(data.get("options", {})),
            source=source,
        )

    def option_patterns(self, key: str) -> list[re.Pattern]:
        """Regular expressions listed under ``options[key]`` (case-insensitive), errors naming the rule."""
        value = self.options.get(key, [])
        patterns = [value] if isinstance(value, str) else value
        return list(_compile(patterns, re.IGNORECASE, self.source, f"{self.id}.options.{key}"))

    def finditer(self, text: str, start: int = 0, end: int | None = None) -> Iterator[RuleMatch]:
        """Matches in ``text[start:end]`` (offsets into ``text``), minus those overlapping an exception.

        Patterns see only the slice, so ``^`` and ``$`` anchor at the slice's (the sentence's) ends.
        """
        end = len(text) if end is None else end
        scope = text[start:end]
        excluded = [m.span() for pattern in self.exceptions for m in pattern.finditer(scope)]
        seen = set()
        for pattern in self.patterns:
            for m in pattern.finditer(scope):
                s, e = m.span("cue") if "cue" in pattern.groupindex and m.group("cue") is not None else m.span()
                if s == e or (s, e) in seen or any(xs < e and s < xe for xs, xe in excluded):
                    continue
                seen.add((s, e))
                yield RuleMatch(start + s, start + e, m)


def _compile(patterns, flags: int, source: str, where: str) -> tuple[re.Pattern, ...]:
    if isinstance(patterns, str) or not isinstance(patterns, list):
        raise RuleError(source, where, "expected a list of regular expressions")
    compiled = []
    for i, pattern in enumerate(patterns):
        try:
            compiled.append(re.compile(pattern, flags))
        except (re.error, TypeError) as exc:
            raise RuleError(source, f"{where}[{i}]", f"invalid regular expression {pattern!r}: {exc}") from None
    return tuple(compiled)


def load_rule_file(path: str | Path, text: str | None = None) -> list[Rule]:
    """Rules of one YAML file; ``text`` overrides reading ``path`` (used for packaged files)."""
    source = str(path)
    try:
        data = yaml.safe_load(Path(path).read_text("utf-8") if text is None else text)
    except OSError as exc:
        raise RuleError(source, "file", f"cannot read rule file: {exc.strerror or exc}") from None
    except yaml.YAMLError as exc:
        raise RuleError(source, "file", f"invalid YAML: {exc}") from None
    if not isinstance(data, dict) or not isinstance(data.get("check"), str) or not isinstance(data.get("rules"), list):
        raise RuleError(source, "file", "expected a mapping with 'check: <name>' and a 'rules:' list")
    unknown = set(data) - {"check", "rules"}
    if unknown:
        raise RuleError(source, sorted(unknown)[0], "unknown top-level key (known: check, rules)")
    return [Rule.from_dict(r, data["check"], source, f"rules[{i}]") for i, r in enumerate(data["rules"])]


def builtin_rule_files() -> list[tuple[str, str]]:
    """``(name, yaml text)`` of every rule file shipped in the package, sorted by name."""
    folder = resources.files("auditor").joinpath("data/rules")
    return sorted((f"auditor/data/rules/{p.name}", p.read_text("utf-8")) for p in folder.iterdir() if p.name.endswith(".yml"))


class RuleSet:
    """Built-in rules plus user rule files, with disabled ids and severity overrides applied.

    ``disable`` takes ids or globs ("hedge.*"); ``severity`` maps an id or glob to a level.
    """

    def __init__(self, extra_files: Iterable[str | Path] = (), disable: Iterable[str] = (), severity: dict | None = None):
        rules: dict[str, Rule] = {}
        for name, text in builtin_rule_files():
            rules.update((r.id, r) for r in load_rule_file(name, text))
        for path in extra_files:
            rules.update((r.id, r) for r in load_rule_file(path))
        self.disabled = tuple(disable)
        overrides = dict(severity or {})
        for rule_id, rule in list(rules.items()):
            level = next((lvl for pat, lvl in overrides.items() if fnmatch.fnmatchcase(rule_id, pat)), None)
            if level:
                rules[rule_id] = replace(rule, severity=level)
        self.all = rules

    def enabled(self, rule_id: str) -> bool:
        return not any(fnmatch.fnmatchcase(rule_id, pat) for pat in self.disabled)

    def for_check(self, check: str) -> list[Rule]:
        """Enabled rules that ``check`` applies, in file order."""
        return [r for r in self.all.values() if r.check == check and self.enabled(r.id)]

    def __iter__(self) -> Iterator[Rule]:
        return iter(self.all.values())
