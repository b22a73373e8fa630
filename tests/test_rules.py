import pytest

from auditor import Auditor, RuleError
from auditor.rules import Rule, RuleSet, load_rule_file

RULE = {"id": "x.may", "category": "hedge", "severity": "warning", "message": "Hedge {text}."}


def test_cue_group_narrows_span_and_exceptions_drop_overlapping_matches():
    rule = Rule.from_dict({**RULE, "patterns": [r"\bit (?P<cue>may) rain\b", r"\bmay\b"],
                           "exceptions": [r"\bin May\b"], "case_sensitive": True}, check="x")
    assert [m.span() for m in rule.finditer("it may rain in May, may it?")] == [(3, 6), (20, 23)]


def test_matching_is_case_insensitive_by_default_and_bounded_by_range():
    rule = Rule.from_dict({**RULE, "patterns": [r"\bexperts say\b"]}, check="x")
    text = "Experts say no. Experts say yes."
    assert [m.span() for m in rule.finditer(text, 16)] == [(16, 27)]


def test_patterns_read_dotted_ai_as_ai_and_report_the_written_span():
    rule = Rule.from_dict({**RULE, "patterns": [r"(?-i:AI)[-\s]generated\b", r"\bby\s+(?-i:AI)\.$"],
                           "exceptions": [r"\bnot\s+(?-i:AI)\b"]}, check="x")
    text = "Image: A.I.-generated. Written by A.I."
    assert [text[s:e] for s, e in (m.span() for m in rule.finditer(text, 0, 22))] == ["A.I.-generated"]
    assert [text[s:e] for s, e in (m.span() for m in rule.finditer(text, 23))] == ["by A.I."]
    assert list(rule.finditer("Not A.I.-generated")) == [] and list(rule.finditer("U.S.-generated")) == []
    note = "The Times used A.I. tools to help translate this article."
    findings = Auditor({"checks": ["disclosure"]}).audit(note).findings
    assert [(f.rule, f.text) for f in findings] == [("disclosure.machine-translated", note)]


@pytest.mark.parametrize("change, field, problem", [
    ({"severity": "fatal"}, "rules[0].severity", "'fatal' is not one of info, warning, error"),
    ({"colour": "red"}, "rules[0].colour", "unknown field"),
    ({"patterns": ["(unclosed"]}, "rules[0].patterns[0]", "invalid regular expression"),
    ({"patterns": ["maybe", False]}, "rules[0].patterns[1]",  # a bare `no` in YAML
     "expected a regular expression (a string), got False (YAML reads a bare yes/no/on/off/true/false as a boolean"),
    ({"id": "NoDots"}, "rules[0].id", "is not a dotted lower-case id"),
    ({"message": ""}, "rules[0].message", "required text field"),
])
def test_bad_rule_files_name_file_and_field(tmp_path, change, field, problem):
    path = tmp_path / "house.yml"
    import yaml
    path.write_text(yaml.safe_dump({"check": "hedge", "rules": [{**RULE, "patterns": [], **change}]}))
    with pytest.raises(RuleError) as err:
        load_rule_file(path)
    assert str(err.value).startswith(f"{path}: {field}: ")
    assert problem in str(err.value)


def _house_rule(tmp_path, fragments: str, rule_lines: str):
    """The one rule of a house rule file with these ``fragments:`` lines and these lines after its message."""
    path = tmp_path / "house.yml"
    path.write_text("check: hedge\nfragments:\n" + fragments + "rules:\n  - id: house.unnamed\n    category: hedge\n"
                    "    severity: warning\n    message: 'Unnamed: {text}'\n" + rule_lines)
    [rule] = load_rule_file(path)
    return rule


def _matched(rule, text: str) -> list[str]:
    return [text[s:e] for s, e in (m.span() for m in rule.finditer(text))]


def test_a_fragment_is_written_once_and_used_by_several_patterns(tmp_path):
    rule = _house_rule(tmp_path, "  insiders: 'sources|insiders|people familiar with the matter'\n",
                       "    patterns: ['\\b(?&insiders) said\\b', '\\baccording to (?&insiders)\\b']\n"
                       "    exceptions: ['\\b(?&insiders) said no\\b']\n")
    text = "Insiders said so. According to people familiar with the matter, it failed. Sources said no."
    assert _matched(rule, text) == ["Insiders said", "According to people familiar with the matter"]


def test_a_fragment_uses_the_fragments_written_before_it(tmp_path):
    rule = _house_rule(tmp_path, "  people: 'insiders|people familiar with the matter'\n"
                                 "  unnamed: '(?:anonymous\\s+)?(?&people)'\n",
                       "    patterns: ['\\b(?&unnamed) said\\b']\n")
    text = "Anonymous insiders said so; people familiar with the matter said no."
    assert _matched(rule, text) == ["Anonymous insiders said", "people familiar with the matter said"]


@pytest.mark.parametrize("fragments, pattern, field, problem", [
    ({"insiders": "sources"}, r"\b(?&insider) said", "rules[0].patterns[0]",
     "unknown fragment 'insider' (known: insiders)"),
    ({}, r"\b(?&insiders) said", "rules[0].patterns[0]", "unknown fragment 'insiders' (known: none)"),
    ({"insiders": "(sources"}, "said", "fragments.insiders", "invalid regular expression"),
    ({"Insiders": "sources"}, "said", "fragments.Insiders", "a fragment name is lower-case letters"),
    ({"insiders": "(?&people)", "people": "people"}, "said", "fragments.insiders",
     "unknown fragment 'people' (known: none)"),
])
def test_bad_fragments_name_file_and_field(tmp_path, fragments, pattern, field, problem):
    import yaml
    path = tmp_path / "house.yml"
    path.write_text(yaml.safe_dump({"check": "hedge", "fragments": fragments,
                                    "rules": [{**RULE, "patterns": [pattern]}]}))
    with pytest.raises(RuleError) as err:
        load_rule_file(path)
    assert str(err.value).startswith(f"{path}: {field}: ")
    assert problem in str(err.value)


def test_invalid_yaml_is_a_rule_error(tmp_path):
    path = tmp_path / "broken.yml"
    path.write_text("check: hedge\nrules: [\n")
    with pytest.raises(RuleError, match=r"broken.yml: file: invalid YAML"):
        load_rule_file(path)


def test_user_rule_file_adds_rules_overrides_ids_and_severity(tmp_path):
    path = tmp_path / "house.yml"
    path.write_text(
        "check: hedge\n"
        "rules:\n"
        "  - id: house.sources-close\n"
        "    category: hedge\n"
        "    severity: error\n"
        "    message: 'Unnamed insiders: \"{text}\".'\n"
        "    patterns: ['\\bsources close to\\b']\n"
    )
    aud = Auditor({"extra_rules": [str(path)], "checks": ["hedge"], "severity": {"house.*": "info"}})
    report = aud.audit("Sources close to the mayor denied it.")
    house = [f for f in report.findings if f.rule == "house.sources-close"]
    assert [(f.start, f.end, f.severity, f.message) for f in house] == [
        (0, 16, "info", 'Unnamed insiders: "Sources close to".')]


def test_disable_by_glob():
    rules = RuleSet(disable=["leak.*"])
    assert rules.for_check("leak") == []
    assert not rules.enabled("leak.placeholder") and rules.enabled("hedge.speculation")
