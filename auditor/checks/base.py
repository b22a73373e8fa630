"""The one interface every check implements, and the registry that finds checks by name.

A check is a class with a ``name`` and a ``check(doc) -> list[Finding]`` method, built once per
``Auditor`` with its rules (from the rule files) and the config, so models load once.

Example:
    >>> @register
    ... class Shouting(Check):
    ...     name = "shouting"
    ...     def check(self, doc):
    ...         return [self.finding(rule, doc, m.start, m.end)
    ...                 for rule in self.rules for s in doc.sentences for m in rule.finditer(doc.text, s.start, s.end)]
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import ClassVar

from ..config import Config
from ..document import Document, Span
from ..errors import ConfigError, RuleError
from ..findings import Finding
from ..rules import Rule, RuleMatch, compile_pattern

REGISTRY: dict[str, type[Check]] = {}
_PATTERN_CHECKS: dict[str, type[Check]] = {}


@dataclass(frozen=True)
class Option:
    """One setting a check reads from its rules' ``options``: the accepted types (``type(None)`` for
    null), whether every rule of the check must give it, and the allowed values (``choices``, or a
    number's ``minimum``/``maximum``, ``items``: the type of a list's items, ``patterns``: a regular
    expression or a list of them, which must compile)."""

    types: tuple[type, ...]
    required: bool = False
    choices: tuple = ()
    minimum: float | None = None
    maximum: float | None = None
    items: type | None = None
    patterns: bool = False

    def problem(self, value) -> str | None:
        """Why ``value`` is not acceptable, or None.

        >>> Option((int,)).problem("six"), Option((int,)).problem(True), Option((int,)).problem(6)
        ("expected int, got str 'six'", 'expected int, got bool True', None)
        >>> Option((str,), choices=("a", "b")).problem("c")
        "'c' is not one of a, b"
        >>> Option((float, int), minimum=0, maximum=1).problem(1.5)
        '1.5 is not in [0, 1]'
        >>> Option((list,), items=str).problem(["cue", 2])
        'item 1: expected str, got int 2'
        >>> Option((list, str), patterns=True).problem(["(a"])
        "item 0: invalid regular expression '(a': missing ), unterminated subpattern at position 0"
        """
        if isinstance(value, self.types) and not (isinstance(value, bool) and bool not in self.types):
            if self.choices and value not in self.choices:
                return f"{value!r} is not one of {', '.join(map(str, self.choices))}"
            if isinstance(value, list):
                return self._items_problem(value)
            if self.patterns and isinstance(value, str):
                return _pattern_problem(value)
            return self._range_problem(value) if isinstance(value, (int, float)) else None
        names = " or ".join("null" if t is type(None) else t.__name__ for t in self.types)
        return f"expected {names}, got {type(value).__name__} {value!r}"[:200]

    def _items_problem(self, items: list) -> str | None:
        """The first item of a list that is not of type ``items`` (or, for ``patterns``, no valid regular
        expression), or None."""
        for i, item in enumerate(items):
            wanted = self.items
            if wanted is not None and (not isinstance(item, wanted) or isinstance(item, bool) and wanted is not bool):
                return f"item {i}: expected {wanted.__name__}, got {type(item).__name__} {item!r}"[:200]
            problem = _pattern_problem(item) if self.patterns else None
            if problem:
                return f"item {i}: {problem}"
        return None

    def _range_problem(self, value: float) -> str | None:
        low, high = self.minimum, self.maximum
        if low is not None and high is not None and not low <= value <= high:
            return f"{value!r} is not in [{low}, {high}]"
        if low is not None and value < low:
            return f"{value!r} is less than {low}"
        if high is not None and value > high:
            return f"{value!r} is more than {high}"
        return None


def _pattern_problem(pattern) -> str | None:
    """Why ``pattern`` is no regular expression (as rule options compile them), or None."""
    try:
        compile_pattern(pattern)
    except ValueError as exc:
        return str(exc)
    return None


def number_problem(value, low: float | None = None, high: float | None = None, whole: bool = False) -> str | None:
    """Why ``value`` is not a number (``whole``: an int) in ``[low, high]`` (either end open when None), or None.

    >>> number_problem(0.5, 0, 1), number_problem(True), number_problem(-1, 0, whole=True)
    (None, 'expected a number, got True', 'expected a whole number >= 0, got -1')
    >>> number_problem("x", 0, 1)
    "expected a number in [0, 1], got 'x'"
    """
    fine = isinstance(value, int if whole else (int, float)) and not isinstance(value, bool)
    if fine and (low is None or value >= low) and (high is None or value <= high):
        return None
    bounds = f" in [{low}, {high}]" if low is not None and high is not None else f" >= {low}" if low is not None else ""
    return f"expected {'a whole number' if whole else 'a number'}{bounds}, got {value!r}"


def names_problem(value: Mapping, known: Sequence[str], required: Sequence[str]) -> tuple[str, str] | None:
    """``(name, problem)`` of the first unknown setting of mapping ``value``, else the first ``required`` one it
    lacks; None when there is neither.

    >>> names_problem({"per_clam": 2}, ("per_claim", "anchor_bonus"), ())
    ('per_clam', 'unknown setting (known: per_claim, anchor_bonus)')
    """
    for name in sorted(set(value) - set(known)) or [k for k in required if k not in value]:
        return name, f"{'unknown setting' if name in value else 'missing'} (known: {', '.join(known)})"
    return None


def register(cls: type[Check]) -> type[Check]:
    """Class decorator: make a check available under ``cls.name``."""
    REGISTRY[cls.name] = cls
    return cls


class Check:
    """Base class: subclasses set ``name`` and implement ``check``."""

    name: ClassVar[str]
    options: ClassVar[dict[str, Option]] = {}  # the rule options this check reads, validated at load
    muted: tuple[Rule, ...] = ()  # disabled rules of this check (set by ``Auditor``): see ``muted_spans``

    def __init__(self, rules: list[Rule], config: Config):
        self.validate(rules)
        self.rules = rules
        self.config = config
        self.rules_by_id = {r.id: r for r in rules}

    @classmethod
    def validate(cls, rules: Iterable[Rule]) -> None:
        """Raise ``RuleError`` naming the rule file and ``<rule id>.options.<key>`` for an option this
        check does not read, a value of the wrong type, or a required option a rule leaves out."""
        for rule in rules:
            for key, value in rule.options.items():
                problem = cls.option_problem(key, value)
                if problem:
                    raise RuleError(rule.source, f"{rule.id}.options.{key}", problem)
            for key, spec in cls.options.items():
                if spec.required and key not in rule.options:
                    raise RuleError(rule.source, f"{rule.id}.options.{key}", f"required by the {cls.name} check")

    @classmethod
    def option_problem(cls, key: str, value) -> str | None:
        """Why ``value`` is not acceptable for option ``key`` of this check (an unknown key included), or None."""
        spec = cls.options.get(key)
        if spec is None:
            return f"unknown option of the {cls.name} check (known: {', '.join(sorted(cls.options)) or 'none'})"
        return spec.problem(value)

    def check(self, doc: Document) -> list[Finding]:
        raise NotImplementedError

    def muted_spans(self, doc: Document) -> list[tuple[int, int]]:
        """``[start, end)`` of every match of a disabled rule of this check (``muted``): a model of the check
        reports nothing there, so a disabled rule's wording does not come back as a model finding."""
        return [(match.start, match.end) for rule in self.muted for match, _ in rule_matches(rule, doc)]

    def whole_document(self, doc: Document, findings: list[Finding]) -> list[Finding]:
        """``findings`` of this check on a text audited in chunks (offsets already into ``doc``), revised
        where a judgement needs the whole document (e.g. a disclosure's header/footer position); by
        default unchanged."""
        return findings

    def finding(self, rule: Rule, doc: Document, start: int, end: int, score: float = 1.0,
                related=(), severity: str | None = None, fill: str | None = None, message: str | None = None,
                **details) -> Finding:
        """A finding of ``rule`` at ``doc.text[start:end]``; ``{text}`` in the message (``message``, default the
        rule's) becomes ``fill`` (default: the span's text, shortened to 80 characters)."""
        text = doc.text[start:end]
        if fill is None:
            fill = shorten(text)
        message = (message or rule.message).replace("{text}", fill)
        return Finding(rule.id, rule.category, severity or rule.severity, message, start, end, text,
                       round(float(score), 4), [tuple(r) for r in related], details)


def shorten(text: str, limit: int = 80) -> str:
    """``text`` on one line (each run of white space, line breaks included, one space), or its first ``limit - 3``
    characters (trailing space dropped) and "...": a message stays one line of the text output.

    >>> shorten("The fall of Bakhmut is a significant setback", 15), shorten("The council rejected\\na plan")
    ('The fall of...', 'The council rejected a plan')
    """
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 3].rstrip() + "..."


def scopes(doc: Document, scope: str) -> Sequence[Span]:
    """The spans a rule of ``scope`` ("sentence", "paragraph" or "document") is matched within."""
    if scope == "sentence":
        return doc.sentences
    if scope == "paragraph":
        return doc.paragraphs
    return [Span(doc, 0, len(doc.text))]


def rule_matches(rule: Rule, doc: Document) -> Iterator[tuple[RuleMatch, Span]]:
    """Every match of ``rule`` in ``doc``, each with the sentence/paragraph/document span it lies in."""
    for span in scopes(doc, rule.scope):
        for match in rule.finditer(doc.text, span.start, span.end):
            yield match, span


class PatternCheck(Check):
    """A pattern-only check, made from a rule file that says ``extends: existence`` (like Vale's
    ``existence``): every match of a rule's patterns is a finding, except inside a quotation when
    ``options.skip_quoted`` is true, or in a sentence matching ``options.skip_if_sentence``.

    Example:
        >>> rule = Rule.from_dict({"id": "stats.percent", "category": "hedge", "severity": "info",
        ...     "message": "Statistic {text}: name its source.", "patterns": [r"\\d+%"],
        ...     "options": {"skip_if_sentence": [r"\\bsaid\\b"]}}, "stats", extends="existence")
        >>> check = pattern_check("stats")([rule], Config())
        >>> [f.text for f in check.check(Document("Sales rose 12%. Costs rose 3%, the firm said."))]
        ['12%']
    """

    name = "existence"
    options = {"skip_quoted": Option((bool,)), "skip_if_sentence": Option((list, str), patterns=True)}

    @cached_property
    def _skip(self) -> dict[str, list[re.Pattern]]:
        return {rule.id: rule.option_patterns("skip_if_sentence") for rule in self.rules}

    def check(self, doc: Document) -> list[Finding]:
        findings = []
        for rule in self.rules:
            for match, _ in rule_matches(rule, doc):
                sentence = doc.sentence_at(match.start)
                if sentence and any(p.search(sentence.text) for p in self._skip[rule.id]):
                    continue
                if rule.options.get("skip_quoted") and doc.quote_at(match.start, match.end):
                    continue
                findings.append(self.finding(rule, doc, match.start, match.end))
        return findings


def pattern_check(name: str) -> type[Check]:
    """The check class of the pattern-only check ``name`` (one class per name, made on first use)."""
    if name not in _PATTERN_CHECKS:
        _PATTERN_CHECKS[name] = type(f"PatternCheck[{name}]", (PatternCheck,), {"name": name})
    return _PATTERN_CHECKS[name]


def check_class(name: str, rules: Iterable[Rule] = ()) -> type[Check] | None:
    """The class that runs check ``name``: a registered one, or a pattern check when ``rules`` of that
    check come from an ``extends: existence`` file; None when there is neither."""
    if name in REGISTRY:
        return REGISTRY[name]
    return pattern_check(name) if any(r.check == name and r.is_pattern for r in rules) else None


def option_overrides(data, rules: Mapping[str, Rule], source: str = "Config") -> dict[str, dict]:
    """``data``, the ``options`` setting, as ``{rule id: {option: value}}``, each value validated by the
    schema of the check that owns the rule (``rules``: every rule by id).

    Keys may be rule ids (``{"contradiction.nli": {"threshold": 0.7}}``), dotted paths to one option
    (``{"contradiction.nli.threshold": 0.7}``, as in ``setup.cfg``) or nested tables
    (``{"contradiction": {"nli": {"threshold": 0.7}}}``, as in TOML without quotes). An option whose
    rule value is a mapping takes single settings, merged into the rule's (``{"contradiction.nli":
    {"long_documents": {"threshold": 0.95}}}`` or ``"contradiction.nli.long_documents.threshold"``). An
    unknown rule or option, or a bad value, raises ``ConfigError`` naming ``source`` and
    ``options.<rule id>.<key>``.

    >>> import auditor.checks  # registers the built-in checks
    >>> from auditor.rules import RuleSet
    >>> rules = RuleSet().all
    >>> option_overrides({"hedge": {"classifier": {"threshold": 0.5}}}, rules)
    {'hedge.classifier': {'threshold': 0.5}}
    >>> option_overrides({"contradiction.nli.long_documents.threshold": 0.95}, rules)
    {'contradiction.nli': {'long_documents': {'from_pairs': 40, 'to_pairs': 60, 'threshold': 0.95}}}
    >>> option_overrides({"hedge.classifier.threshold": 2}, rules, "setup.cfg")
    Traceback (most recent call last):
    auditor.errors.ConfigError: setup.cfg: options.hedge.classifier.threshold: 2 is not in [0, 1]
    """
    if not isinstance(data, dict):
        raise ConfigError(source, "options", "expected a mapping of rule id to {option: value}")
    result: dict[str, dict] = {}

    def walk(path: str, value) -> None:
        rule_id, _, key = path.rpartition(".")
        owner, _, option = rule_id.rpartition(".")
        if path in rules:
            if not isinstance(value, dict):
                raise ConfigError(source, f"options.{path}", "expected a mapping of option to value")
            for name, inner in value.items():
                walk(f"{path}.{name}", inner)
        elif rule_id in rules:
            old = result.setdefault(rule_id, {}).get(key)
            result[rule_id][key] = {**old, **value} if isinstance(old, dict) and isinstance(value, dict) else value
        elif owner in rules and isinstance(rules[owner].options.get(option), dict):
            old = result.setdefault(owner, {}).get(option)
            result[owner][option] = {**(old if isinstance(old, dict) else {}), key: value}
        elif isinstance(value, dict) and value:
            for name, inner in value.items():
                walk(f"{path}.{name}", inner)
        else:
            known = [f"{r}.{o}" for r, rule in rules.items() for o in _check_of(rule, rules).options]
            close = difflib.get_close_matches(path, known, n=3, cutoff=0.6)
            hint = f"closest: {', '.join(close)}; " if close else ""
            raise ConfigError(source, f"options.{path}", f"no such rule option ({hint}write options.<rule id>.<option>;"
                              " `auditor rules` lists the rules, docs/ci.md their options)")

    for name, value in data.items():
        walk(str(name), value)
    for rule_id, values in result.items():
        cls = _check_of(rules[rule_id], rules)
        for key, value in values.items():
            if isinstance(value, dict) and isinstance(rules[rule_id].options.get(key), dict):
                value = values[key] = {**rules[rule_id].options[key], **value}
            problem = cls.option_problem(key, value)
            if problem:
                raise ConfigError(source, f"options.{rule_id}.{key}", problem)
    return result


def _check_of(rule: Rule, rules: Mapping[str, Rule]) -> type[Check]:
    cls = check_class(rule.check, rules.values())
    if cls is None:
        raise RuleError(rule.source, "check", f"unknown check {rule.check!r}")
    return cls
