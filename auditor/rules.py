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

A named group ``cue`` narrows the reported span to that part of the match. A file's ``fragments:`` (name ->
regular expression) are parts its patterns share, written once and used as ``(?&name)`` in patterns, exceptions,
options and later fragments (spliced in as ``(?:...)`` when the file is read).

Example:
    >>> rule = Rule.from_dict({"id": "x.may", "category": "hedge", "severity": "warning", "message": "m",
    ...     "patterns": [r"\\bmay\\b"], "exceptions": [r"\\bin May\\b"], "case_sensitive": True}, check="x")
    >>> [m.span() for m in rule.finditer("It may rain in May.")]
    [(3, 6)]
"""

from __future__ import annotations

import difflib
import fnmatch
import re
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path

import yaml

from .errors import ConfigError, RuleError
from .findings import _CATEGORIES, SEVERITIES, Category, declare_category, declared_categories
from .prefilter import PatternFilter

_REQUIRED = ("id", "category", "severity", "message")
_PLACEHOLDER = re.compile(r"\{(\w*)\}")  # "{text}" in a message: the matched text
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
    extends: str = ""

    @cached_property
    def _prefilter(self) -> PatternFilter:
        """Which patterns may match a text, by the words every match contains (``auditor.prefilter``)."""
        return PatternFilter(self.patterns)

    @property
    def is_pattern(self) -> bool:
        """Whether the rule belongs to a pattern-only check (its file says ``extends: existence``)."""
        return self.extends == "existence"

    @classmethod
    def from_dict(cls, data: dict, check: str, source: str = "<dict>", where: str = "rule", extends: str = "",
                  categories: Collection[str] | None = None) -> Rule:
        """Validate one rule mapping; errors name ``source`` and the field. ``categories``: the category
        names a rule may use (default: the shipped ones)."""
        if not isinstance(data, dict):
            raise RuleError(source, where, "expected a mapping with id, category, severity, message")
        for key in data:
            if key not in _REQUIRED + _OPTIONAL:
                raise RuleError(source, f"{where}.{key}", f"unknown field (known: {', '.join(_REQUIRED + _OPTIONAL)})")
        for key in _REQUIRED:
            if not isinstance(data.get(key), str) or not data[key].strip():
                raise RuleError(source, f"{where}.{key}", "required text field is missing or empty")
        if not _ID.match(data["id"]):
            raise RuleError(source, f"{where}.id",
                            f"{data['id']!r} is not a dotted lower-case id like 'hedge.speculation'")
        if data["severity"] not in SEVERITIES:
            raise RuleError(source, f"{where}.severity", f"{data['severity']!r} is not one of {', '.join(SEVERITIES)}")
        if categories is None:
            categories = [c.name for c in declared_categories()]
        if data["category"] not in categories:
            raise RuleError(source, f"{where}.category", f"{data['category']!r} is not one of {', '.join(categories)} "
                            "(a rule file declares a new one under 'categories:')")
        unknown = sorted(set(_PLACEHOLDER.findall(data["message"])) - {"text"})
        if unknown:
            raise RuleError(source, f"{where}.message",
                            f"unknown placeholder {{{unknown[0]}}} (a message may use {{text}}, the matched text)")
        if data.get("scope", "sentence") not in ("sentence", "paragraph", "document"):
            raise RuleError(source, f"{where}.scope", "expected sentence, paragraph or document")
        if not isinstance(data.get("options", {}), dict):
            raise RuleError(source, f"{where}.options", "expected a mapping")
        for key, wanted in (("case_sensitive", bool), ("description", str)):
            if key in data and not isinstance(data[key], wanted):
                raise RuleError(source, f"{where}.{key}",
                                f"expected {wanted.__name__}, got {type(data[key]).__name__} {data[key]!r}"[:200])
        flags = 0 if data.get("case_sensitive", False) else re.IGNORECASE
        return cls(
            id=data["id"],
            check=check,
            category=data["category"],
            severity=data["severity"],
            message=" ".join(data["message"].split()),  # one line of the text output, whatever the YAML
            description=" ".join(data.get("description", "").split()),
            patterns=_compile(data.get("patterns", []), flags, source, f"{where}.patterns", nonempty=True),
            exceptions=_compile(data.get("exceptions", []), flags, source, f"{where}.exceptions"),
            scope=data.get("scope", "sentence"),
            options=dict(data.get("options", {})),
            source=source,
            extends=extends,
        )

    @property
    def summary(self) -> str:
        """The description, else the message with ``{text}`` as "…" (``auditor rules``, SARIF's rule list)."""
        return self.description or self.message.replace("{text}", "…")

    def downgrades(self) -> list[str]:
        """When this rule's findings are reported below ``severity``, in words, from its options
        (``downgrade_groups``, ``downgrade_if_sentence``).

        >>> Rule.from_dict({"id": "x.may", "category": "hedge", "severity": "warning", "message": "m",
        ...     "options": {"downgrade_groups": ["modal"], "downgrade_if_sentence": [r"\\bcourt\\b"]}},
        ...     "x").downgrades()
        ["info when its 'modal' part matched", 'info in a sentence with: court']
        """
        lower = SEVERITIES[max(0, SEVERITIES.index(self.severity) - 1)]
        notes = []
        for group in self.options.get("downgrade_groups", []):
            words = [w for p in self.patterns for w in _words(_group_source(p.pattern, group))]
            example = f" ({', '.join(words[:3])}{', ...' if len(words) > 3 else ''})" if words else ""
            notes.append(f"{lower} when its {group!r} part matched{example}")
        if self.options.get("downgrade_if_sentence"):
            sentence = self.options["downgrade_if_sentence"]
            words = [w for p in ([sentence] if isinstance(sentence, str) else sentence) for w in _words(str(p))]
            notes.append(f"{lower} in a sentence with: {', '.join(words[:8])}{', ...' if len(words) > 8 else ''}")
        return notes

    def option_patterns(self, key: str) -> list[re.Pattern]:
        """Regular expressions listed under ``options[key]`` (case-insensitive), errors naming the rule."""
        value = self.options.get(key, [])
        patterns = [value] if isinstance(value, str) else value
        return list(_compile(patterns, re.IGNORECASE, self.source, f"{self.id}.options.{key}"))

    def finditer(self, text: str, start: int = 0, end: int | None = None) -> Iterator[RuleMatch]:
        """Matches in ``text[start:end]`` (offsets into ``text``), minus those overlapping an exception.

        Patterns see only the slice, so ``^`` and ``$`` anchor at the slice's (the sentence's) ends, with
        "A.I." read as "AI" (``undotted``; the match's own offsets are into that reading), except in a
        pattern-only check's rules (``extends: existence``), which see the text as written.
        """
        end = len(text) if end is None else end
        scope, offsets = (text[start:end], range(end - start + 1)) if self.is_pattern else undotted(text[start:end])
        excluded: list[tuple[int, int]] | None = None  # the exceptions' spans, found at the first match
        seen = set()
        for pattern in self._prefilter.candidates(scope):  # the others lack a word every match needs
            for m in pattern.finditer(scope):
                s, e = m.span("cue") if "cue" in pattern.groupindex and m.group("cue") is not None else m.span()
                s, e = _strip_space(scope, s, e)
                if s == e or (s, e) in seen:
                    continue
                if excluded is None:
                    excluded = [x.span() for exception in self.exceptions for x in exception.finditer(scope)]
                if any(xs < e and s < xe for xs, xe in excluded):
                    continue
                seen.add((s, e))
                yield RuleMatch(start + offsets[s], start + offsets[e], m)


_DOTTED = re.compile(r"(?<![\w.])(A\.I|K\.I|I\.A)\.(?!\w)(\s*$)?")


def undotted(text: str) -> tuple[str, Sequence[int]]:
    """``text`` with the dotted spellings of AI (A.I., and K.I. and I.A. of German and Romance news) written
    as rules spell them (AI, KI, IA), so one pattern reads both house styles; the period stays where the
    acronym ends the text (it ends the sentence too). Also, for every position of the result and its end,
    the position in ``text`` (a ``range`` when nothing was rewritten: this runs for every rule on every sentence).

    >>> text = "A.I.-generated, by A.I."
    >>> read, offsets = undotted(text)
    >>> read, text[offsets[0]:offsets[12]], text[offsets[17]:offsets[20]]
    ('AI-generated, by AI.', 'A.I.-generated', 'A.I.')
    >>> undotted("U.S. news")[0]
    'U.S. news'
    """
    if "." not in text or not _DOTTED.search(text):
        return text, range(len(text) + 1)
    parts: list[str] = []
    offsets: list[int] = []
    done = 0
    for m in _DOTTED.finditer(text):
        parts.append(text[done:m.start()])
        offsets.extend(range(done, m.start()))
        kept = m.group(1).replace(".", "") + ("." if m.group(2) is not None else "")
        parts.append(kept)
        offsets.extend((m.start(), m.start() + 2, m.start() + 3)[:len(kept)])
        done = m.end(1) + 1
    parts.append(text[done:])
    offsets.extend(range(done, len(text) + 1))
    return "".join(parts), offsets


def _strip_space(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` narrowed so that it neither starts nor ends with whitespace.

    >>> _strip_space("a\\n Certainly! ", 1, 14)
    (3, 13)
    """
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _group_source(pattern: str, group: str) -> str:
    """The source of the named ``group`` in a regular expression (empty when it has none)."""
    start = pattern.find(f"(?P<{group}>")
    if start < 0:
        return ""
    depth, i = 0, start
    while i < len(pattern):
        if pattern[i] == "\\":
            i += 2
            continue
        depth += {"(": 1, ")": -1}.get(pattern[i], 0)
        if depth == 0:
            return pattern[start:i + 1]
        i += 1
    return pattern[start:]


def _words(regex: str) -> list[str]:
    """The literal words of a regular expression, in order, once each (escapes like ``\\b`` dropped)."""
    return list(dict.fromkeys(re.findall(r"[A-Za-z]{3,}", re.sub(r"\\[a-zA-Z]|\(\?P<\w+>", " ", regex))))


def compile_pattern(pattern, flags: int = re.IGNORECASE) -> re.Pattern:
    """``pattern`` compiled; ``ValueError`` saying what is wrong when it is no string or no regular expression.

    >>> compile_pattern(False)
    Traceback (most recent call last):
    ValueError: expected a regular expression (a string), got False (YAML reads a bare yes/no/on/off/true/false as \
a boolean: quote it)
    """
    if not isinstance(pattern, str):
        hint = " (YAML reads a bare yes/no/on/off/true/false as a boolean: quote it)"
        hint = hint if isinstance(pattern, bool) else ""
        raise ValueError(f"expected a regular expression (a string), got {pattern!r}{hint}")
    try:
        return re.compile(pattern, flags)
    except re.error as exc:
        raise ValueError(f"invalid regular expression {pattern!r}: {exc}") from None


def _compile(patterns, flags: int, source: str, where: str, nonempty: bool = False) -> tuple[re.Pattern, ...]:
    """``patterns`` compiled; ``nonempty``: a pattern that matches the empty text is an error (a finding needs a
    character to point at, so such a rule would report nothing where it matches nothing)."""
    if isinstance(patterns, str) or not isinstance(patterns, list):
        raise RuleError(source, where, "expected a list of regular expressions")
    compiled = []
    for i, pattern in enumerate(patterns):
        try:
            compiled.append(compile_pattern(pattern, flags))
        except ValueError as exc:
            raise RuleError(source, f"{where}[{i}]", str(exc)) from None
        if nonempty and compiled[-1].fullmatch(""):
            raise RuleError(source, f"{where}[{i}]", f"{pattern!r} matches the empty text: a finding needs at least "
                            "one character (write what the pattern must find, e.g. 'a+' not 'a*')")
    return tuple(compiled)


FILE_KEYS = ("check", "rules", "extends", "categories", "fragments")
_FRAGMENT_USE = re.compile(r"\(\?&(\w*)\)")
# libyaml's safe loader when PyYAML was built with it: the same data, 15x faster than the pure-Python one
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
RULE_TYPES = ("existence",)


def load_rule_file(path: str | Path, text: str | None = None) -> list[Rule]:
    """Rules of one YAML file; ``text`` overrides reading ``path`` (see ``read_rule_file``)."""
    return read_rule_file(path, text)[0]


def read_rule_file(path: str | Path, text: str | None = None,
                   known: Iterable[Category] = ()) -> tuple[list[Rule], list[Category]]:
    """Rules and declared categories of one YAML file; ``text`` overrides reading ``path`` (used for
    packaged files). A rule's category is a shipped one, one of ``known`` or one this file declares.

    Besides ``check`` and ``rules`` a file may say ``extends: existence`` (a pattern-only check that
    needs no Python: every match of a rule's patterns is a finding, see ``checks.base.PatternCheck``)
    and declare new finding categories with their highlight colours::

        categories:
          statistics: {light: "14,165,233", dark: "56,189,248"}

    Declared categories are not process-wide: they belong to the ``RuleSet`` (the ``Auditor``) that
    reads the file.
    """
    source = str(path)
    if text is None:
        builtin_rules()  # the shipped files declare the shipped categories first
    try:
        data = yaml.load(Path(path).read_text("utf-8") if text is None else text, Loader=_SAFE_LOADER)
    except OSError as exc:
        raise RuleError(source, "file", f"cannot read rule file: {exc.strerror or exc}") from None
    except UnicodeDecodeError as exc:
        raise RuleError(source, "file", f"cannot read rule file: not UTF-8 ({exc.reason}, byte {exc.start})") from None
    except yaml.YAMLError as exc:
        raise RuleError(source, "file", f"invalid YAML: {exc}") from None
    if not isinstance(data, dict) or not isinstance(data.get("check"), str) or not isinstance(data.get("rules"), list):
        raise RuleError(source, "file", "expected a mapping with 'check: <name>' and a 'rules:' list")
    unknown = set(data) - set(FILE_KEYS)
    if unknown:
        raise RuleError(source, sorted(unknown)[0], f"unknown top-level key (known: {', '.join(FILE_KEYS)})")
    extends = data.get("extends", "")
    if extends and extends not in RULE_TYPES:
        raise RuleError(source, "extends", f"{extends!r} is not a rule type (known: {', '.join(RULE_TYPES)})")
    declared = _categories(data.get("categories", {}), source)
    names = {*_CATEGORIES, *(c.name for c in known), *(c.name for c in declared)}
    fragments = _fragments(data.get("fragments", {}), source)
    rules = [Rule.from_dict(_spliced(r, fragments, source, f"rules[{i}]"), data["check"], source, f"rules[{i}]",
                            extends, names)
             for i, r in enumerate(data["rules"])]
    for i, rule in enumerate(rules):
        if any(r.id == rule.id for r in rules[:i]):
            raise RuleError(source, f"rules[{i}].id", f"{rule.id!r} is already the id of an earlier rule of this file")
    return rules, declared


def _fragments(data, source: str) -> dict[str, str]:
    """The ``fragments:`` mapping of a rule file (name -> regular expression), validated: a part that several of
    the file's patterns share, written once and used as ``(?&name)``. A fragment may use the fragments written
    before it (spliced in here, so no fragment can use itself).

    >>> _fragments({"guard": "(?![A-Z])", "bot": "Claude(?&guard)"}, "f.yml")
    {'guard': '(?![A-Z])', 'bot': 'Claude(?:(?![A-Z]))'}
    """
    if not isinstance(data, dict):
        raise RuleError(source, "fragments", "expected a mapping of name to regular expression")
    spliced: dict[str, str] = {}
    for name, pattern in data.items():
        if not isinstance(name, str) or not re.fullmatch(r"[a-z][a-z0-9_]*", name):
            raise RuleError(source, f"fragments.{name}", "a fragment name is lower-case letters, digits and '_'")
        pattern = _spliced(pattern, spliced, source, f"fragments.{name}")
        try:
            compile_pattern(pattern)
        except ValueError as exc:
            raise RuleError(source, f"fragments.{name}", str(exc)) from None
        spliced[name] = pattern
    return spliced


def _spliced(value, fragments: dict[str, str], source: str, where: str):
    """``value`` (a rule's mapping, or any part of it) with every ``(?&name)`` in its strings replaced by the file's
    fragment ``(?:...)``; an unknown name is an error naming where it is used.

    >>> _spliced({"patterns": ["said (?&when)"]}, {"when": "today|yesterday"}, "f.yml", "rules[0]")
    {'patterns': ['said (?:today|yesterday)']}
    >>> _spliced(["(?&wen)"], {"when": "x"}, "f.yml", "rules[0].patterns")
    Traceback (most recent call last):
    auditor.errors.RuleError: f.yml: rules[0].patterns[0]: unknown fragment 'wen' (known: when)
    """
    if isinstance(value, dict):
        return {key: _spliced(item, fragments, source, f"{where}.{key}") for key, item in value.items()}
    if isinstance(value, list):
        return [_spliced(item, fragments, source, f"{where}[{i}]") for i, item in enumerate(value)]
    if not isinstance(value, str):
        return value

    def fragment(use: re.Match) -> str:
        name = use.group(1)
        if name not in fragments:
            raise RuleError(source, where, f"unknown fragment {name!r} (known: {', '.join(fragments) or 'none'})")
        return f"(?:{fragments[name]})"

    return _FRAGMENT_USE.sub(fragment, value)


def _categories(data, source: str) -> list[Category]:
    """The ``categories:`` mapping of a rule file, validated."""
    if not isinstance(data, dict):
        raise RuleError(source, "categories", "expected a mapping of name to {light: 'r,g,b', dark: 'r,g,b'}")
    result = []
    for name, spec in data.items():
        where = f"categories.{name}"
        if not isinstance(name, str) or not re.fullmatch(r"[a-z][a-z0-9-]*", name):
            raise RuleError(source, where, "a category name is lower-case letters, digits and '-'")
        if not isinstance(spec, dict) or set(spec) - {"light", "dark", "order"} or not {"light", "dark"} <= set(spec):
            raise RuleError(source, where, "expected {light: 'r,g,b', dark: 'r,g,b'} and optionally order")
        for key in ("light", "dark"):
            if not isinstance(spec[key], str) or not re.fullmatch(r"\d{1,3},\d{1,3},\d{1,3}", spec[key]):
                raise RuleError(source, f"{where}.{key}", f"{spec[key]!r} is not an 'r,g,b' colour")
        order = spec.get("order", 100)
        if isinstance(order, bool) or not isinstance(order, int):
            raise RuleError(source, f"{where}.order", f"{order!r} is not a whole number")
        result.append(Category(name, spec["light"], spec["dark"], order, source))
    return result


def builtin_rule_files() -> list[tuple[str, str]]:
    """``(name, yaml text)`` of every rule file shipped in the package, sorted by name."""
    folder = resources.files("auditor").joinpath("data/rules")
    return sorted((f"auditor/data/rules/{p.name}", p.read_text("utf-8"))
                  for p in folder.iterdir() if p.name.endswith(".yml"))


@lru_cache(maxsize=1)
def builtin_rules() -> tuple[Rule, ...]:
    """The shipped rules, parsed once per process (rules are immutable); they declare the shipped categories."""
    rules: list[Rule] = []
    for name, text in builtin_rule_files():
        file_rules, declared = read_rule_file(name, text)
        for category in declared:
            declare_category(category)
        rules += file_rules
    return tuple(rules)


def covers(pattern: str, rule_id: str) -> bool:
    """Whether a ``disable`` entry covers ``rule_id``: the id itself, a glob or a check name.

    >>> covers("hedge.*", "hedge.speculation"), covers("hedge", "hedge.speculation"), covers("hedge", "hedges.x")
    (True, True, False)
    """
    return fnmatch.fnmatchcase(rule_id, pattern) or rule_id.startswith(pattern + ".")


def unknown_pattern(pattern: str, known_ids: Iterable[str]) -> str | None:
    """None when ``pattern`` covers a known rule id; else why not, naming the closest known names.

    >>> unknown_pattern("hedge.speculaton", ["hedge.speculation", "leak.placeholder"])
    "unknown rule id 'hedge.speculaton' (closest: hedge.speculation; `auditor rules` lists every rule)"
    >>> unknown_pattern("leek.*", ["hedge.speculation", "leak.placeholder"])
    "glob 'leek.*' matches no rule (closest: leak.*; `auditor rules` lists every rule)"
    """
    known_ids = list(known_ids)
    if any(covers(pattern, rule_id) for rule_id in known_ids):
        return None
    checks = sorted({rule_id.split(".")[0] for rule_id in known_ids})
    is_glob = any(c in pattern for c in "*?[")
    names = list(dict.fromkeys(sorted(known_ids) + ([f"{c}.*" for c in checks] if is_glob else checks)))
    close = difflib.get_close_matches(pattern, names, n=3, cutoff=0.7)
    what = f"glob {pattern!r} matches no rule" if is_glob else f"unknown rule id {pattern!r}"
    hint = f"closest: {', '.join(close)}; " if close else ""
    return f"{what} ({hint}`auditor rules` lists every rule)"


def require_known(patterns: Iterable[str], known_ids: Iterable[str], source: str, key: str = "disable") -> None:
    """Raise ``ConfigError`` naming ``source`` and ``key`` for the first pattern that covers no known rule."""
    known_ids = list(known_ids)
    for pattern in patterns:
        problem = unknown_pattern(pattern, known_ids)
        if problem:
            raise ConfigError(source, key, problem)


def most_specific(rule_id: str, levels: dict[str, str]) -> str | None:
    """The level of the entry of ``levels`` that names ``rule_id`` itself, else of the longest glob or check name
    that covers it, whatever their order.

    >>> most_specific("hedge.speculation", {"hedge.speculation": "error", "hedge.*": "info", "hedge": "warning"})
    'error'
    >>> most_specific("hedge.belief", {"hedge": "warning", "hedge.b*": "error"})
    'error'
    """
    if rule_id in levels:
        return levels[rule_id]
    covering = [pattern for pattern in levels if covers(pattern, rule_id)]
    return levels[max(covering, key=len)] if covering else None


def known_rule_ids(extra_files: Iterable[str | Path] = ()) -> list[str]:
    """Ids of the shipped rules, of the rules in ``extra_files`` and of the suppression rules."""
    from .suppressions import RULES as SUPPRESSION_RULES

    return list(RuleSet(extra_files).all) + [rule[0] for rule in SUPPRESSION_RULES]


class RuleSet:
    """Built-in rules plus user rule files, with disabled ids, severity and option overrides applied;
    ``categories``: the shipped categories and those the user files declare, in display order.

    ``disable`` takes ids, globs ("hedge.*") or check names ("hedge"); ``severity`` maps an id, glob or check
    name to a level (an id wins over a glob, a longer glob over a shorter one); ``options`` maps a rule id to options
    that replace the file's (validated beforehand: ``checks.base.option_overrides``).
    """

    def __init__(self, extra_files: Iterable[str | Path] = (), disable: Iterable[str] = (),
                 severity: dict | None = None, options: dict[str, dict] | None = None):
        rules: dict[str, Rule] = {r.id: r for r in builtin_rules()}
        declared: dict[str, Category] = {}
        for path in extra_files:
            file_rules, file_categories = read_rule_file(path, known=declared.values())
            rules.update((r.id, r) for r in file_rules)
            declared.update((c.name, c) for c in file_categories)
        self.categories = declared_categories(declared.values())
        self.disabled = tuple(disable)
        overrides = dict(severity or {})
        for rule_id, rule in list(rules.items()):
            level = most_specific(rule_id, overrides)
            if level:
                rules[rule_id] = replace(rule, severity=level)
        for rule_id, values in (options or {}).items():
            if rule_id in rules:
                rules[rule_id] = replace(rules[rule_id], options={**rules[rule_id].options, **values})
        self.all = rules

    def pattern_checks(self) -> tuple[str, ...]:
        """Names of the pattern-only checks (``extends: existence``) of these rules, in file order."""
        return tuple(dict.fromkeys(r.check for r in self.all.values() if r.is_pattern))

    def enabled(self, rule_id: str) -> bool:
        return not any(covers(pattern, rule_id) for pattern in self.disabled)

    def for_check(self, check: str) -> list[Rule]:
        """Enabled rules that ``check`` applies, in file order."""
        return [r for r in self.all.values() if r.check == check and self.enabled(r.id)]

    def muted_for(self, check: str) -> tuple[Rule, ...]:
        """Disabled rules of ``check`` that have patterns: where they match, the check's models stay silent
        (``Check.muted``), so disabling a rule silences its wording rather than handing it to a classifier."""
        return tuple(r for r in self.all.values() if r.check == check and r.patterns and not self.enabled(r.id))

    def __iter__(self) -> Iterator[Rule]:
        return iter(self.all.values())
