"""Rules as data all the way: a pattern-only check is one YAML file (``extends: existence``), rule options
are validated against the check's schema, and a rule file naming no known check is an error."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from auditor import Auditor
from auditor.errors import ConfigError, RuleError
from auditor.findings import categories, category

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "docs" / "examples" / "unsourced-statistics.yml"


@pytest.fixture(scope="module")
def statistics():
    return Auditor({"extra_rules": [str(EXAMPLE)], "checks": ["unsourced-statistics"]})


@pytest.mark.parametrize("text, expected", [
    ("Unemployment fell to 4.2% last year.", [("unsourced-statistics.percentage", "4.2%")]),
    ("Prices rose 12 per cent in March and 3% in April.",
     [("unsourced-statistics.percentage", "12 per cent"), ("unsourced-statistics.percentage", "3%")]),
    ("Unemployment fell to 4.2%, the census bureau said.", []),  # skip_if_sentence: a source is named
    ("According to the ministry, exports grew 7%.", []),
    ("She wrote: “Turnout hit 61% in the north.”", []),  # skip_quoted
    ("The shop offered 20% off.", []),  # exception
])
def test_a_pattern_only_check_is_one_rule_file(statistics, text, expected):
    assert [(f.rule, f.text) for f in statistics.audit(text).findings] == expected


def test_the_pattern_check_declares_its_category_and_colours(statistics):
    finding, = statistics.audit("Turnout hit 61% in the north.").findings
    assert (finding.category, finding.severity, finding.start, finding.end) == ("statistics", "info", 12, 15)
    report = statistics.audit("Turnout hit 61% in the north.")
    assert [(c.name, c.light) for c in report.categories if c.name == "statistics"] == [("statistics", "14,165,233")]
    html = report._repr_html_()
    assert "--aud-statistics:14,165,233" in html and 'class="aud-statistics aud-info"' in html
    assert list(report.to_dataframe().category.cat.categories)[-1] == "statistics"


def test_a_user_rule_files_category_belongs_to_its_auditor_not_the_process(statistics, tmp_path):
    statistics.audit("Turnout hit 61% in the north.")
    assert "statistics" not in categories() and category("statistics") is None
    plain = Auditor({"checks": ["leak"]}).audit("As an AI language model, I refuse.")
    assert [c.name for c in plain.categories] == ["disclosure", "leak", "hedge", "contradiction", "suppression"]
    assert "aud-statistics" not in plain._repr_html_()
    with pytest.raises(RuleError, match="'statistics' is not one of"):  # another auditor cannot use it undeclared
        Auditor({"extra_rules": [rule_file(tmp_path, "stats", "stats.x", "statistics", head="extends: existence\n")]})


def test_pattern_checks_run_with_the_shipped_checks_and_can_be_disabled():
    text = "Turnout hit 61% in the north. It may rain."
    everything = Auditor({"extra_rules": [str(EXAMPLE)], "checks": ["hedge", "unsourced-statistics"]})
    assert [f.rule for f in everything.audit(text).findings] == ["unsourced-statistics.percentage", "hedge.speculation"]
    without = Auditor({"extra_rules": [str(EXAMPLE)], "checks": ["hedge", "unsourced-statistics"],
                       "disable": ["unsourced-statistics"]})
    assert [f.rule for f in without.audit(text).findings] == ["hedge.speculation"]


def test_the_cli_runs_a_pattern_check_from_a_rule_file(tmp_path):
    draft = tmp_path / "draft.md"
    draft.write_text("Turnout hit 61% in the north.\n", "utf-8")
    done = subprocess.run([sys.executable, "-m", "auditor.cli", "check", str(draft), "--rules", str(EXAMPLE),
                           "--disable", "hedge,leak,disclosure,contradiction", "--fail-on", "info"],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 1, done.stderr
    assert f"{draft}:1:13: info unsourced-statistics.percentage" in done.stdout


RULE = "  - {{id: {id}, category: {category}, severity: info, message: m, patterns: ['x']{options}}}\n"


def rule_file(tmp_path, check: str, rule_id: str, category: str = "hedge", options: str = "", head: str = "") -> str:
    path = tmp_path / "house.yml"
    path.write_text(f"check: {check}\n{head}rules:\n" + RULE.format(id=rule_id, category=category, options=options),
                    "utf-8")
    return str(path)


@pytest.mark.parametrize("check, rule_id, category, options, head, where, message", [
    ("hedges", "hedges.x", "hedge", "", "", "check", "unknown check 'hedges'"),
    ("hedge", "hedge.x", "hedge", "", "extends: existence\n", "check", "'hedge' is a built-in check"),
    ("stats", "stats.x", "hedge", "", "extends: grammar\n", "extends", "'grammar' is not a rule type"),
    ("hedge", "hedge.speculation", "hedge", ", options: {max_word: 3}", "", "hedge.speculation.options.max_word",
     "unknown option of the hedge check"),
    ("hedge", "hedge.speculation", "hedge", ", options: {max_words: six}", "", "hedge.speculation.options.max_words",
     "expected int, got str 'six'"),
    ("disclosure", "disclosure.x", "disclosure", ", options: {kind: written}", "", "disclosure.x.options.kind",
     "'written' is not one of generated, assisted"),
    ("contradiction", "contradiction.nli", "contradiction", "", "", "contradiction.nli.options.clause_split",
     "required by the contradiction check"),
    ("stats", "stats.x", "no-such-category", "", "extends: existence\n", "rules[0].category",
     "'no-such-category' is not one of"),
    ("stats", "stats.x", "hedge", "", "extends: existence\ncategories: {bad: {light: red, dark: blue}}\n",
     "categories.bad.light", "'red' is not an 'r,g,b' colour"),
    # QA, stop 67: a quoted 'false' made the rule case-sensitive; a bad skip_if_sentence waited for the first audit
    ("stats", "stats.x", "hedge", ", case_sensitive: 'false'", "extends: existence\n", "rules[0].case_sensitive",
     "expected bool, got str 'false'"),
    ("stats", "stats.x", "hedge", ", options: {skip_if_sentence: ['(x']}", "extends: existence\n",
     "stats.x.options.skip_if_sentence", "invalid regular expression '(x'"),
])
def test_a_bad_rule_file_is_an_error_naming_the_file_and_key(tmp_path, check, rule_id, category, options, head,
                                                              where, message):
    path = rule_file(tmp_path, check, rule_id, category, options, head)
    with pytest.raises(RuleError) as error:
        Auditor({"extra_rules": [path]})
    assert str(error.value).startswith(f"{path}: {where}: ") and message in str(error.value)


def test_checks_may_name_a_pattern_check_only_when_its_rule_file_is_given():
    with pytest.raises(ConfigError, match="unknown check 'unsourced-statistics'"):
        Auditor({"checks": ["unsourced-statistics"]})


def house_file(tmp_path, rules: str, head: str = "extends: existence\n", encoding: str = "utf-8"):
    path = tmp_path / "house.yml"
    path.write_bytes(f"check: house\n{head}rules:\n{rules}".encode(encoding))
    return str(path)


@pytest.mark.parametrize("rules, where, message", [
    ("  - {id: house.w, category: hedge, severity: info, message: A, patterns: [foo]}\n"
     "  - {id: house.w, category: hedge, severity: info, message: B, patterns: [bar]}\n",
     "rules[1].id", "'house.w' is already the id of an earlier rule of this file"),
    ("  - {id: house.w, category: hedge, severity: info, message: A, patterns: ['']}\n",
     "rules[0].patterns[0]", "'' matches the empty text"),
    ("  - {id: house.w, category: hedge, severity: info, message: A, patterns: ['(?:foo)?']}\n",
     "rules[0].patterns[0]", "'(?:foo)?' matches the empty text"),
    ("  - {id: house.w, category: hedge, severity: info, message: A, patterns: [foo], description: [a, b]}\n",
     "rules[0].description", "expected str, got list"),
])
def test_rules_that_would_be_dropped_silently_are_errors(tmp_path, rules, where, message):
    """QA, stop 67: the first of two rules with one id was dropped, and a pattern matching only the empty text
    reported nothing, without a word."""
    path = house_file(tmp_path, rules)
    with pytest.raises(RuleError) as error:
        Auditor({"extra_rules": [path]})
    assert str(error.value).startswith(f"{path}: {where}: ") and message in str(error.value)


def test_a_rule_file_that_is_not_utf8_is_an_error_naming_it(tmp_path):
    path = house_file(tmp_path, "  - {id: house.w, category: hedge, severity: info, message: Café, patterns: [x]}\n",
                      encoding="latin-1")
    with pytest.raises(RuleError, match=f"^{path}: file: cannot read rule file: not UTF-8"):
        Auditor({"extra_rules": [path]})


def test_a_pattern_only_rule_sees_the_text_as_written(tmp_path):
    """QA, stop 67: house rules saw "A.I." as "AI" (the shipped checks' reading), so a rule for "A.I." never
    matched and a rule for "AI" reported "A.I."."""
    path = house_file(tmp_path, "  - {id: house.dotted, category: hedge, severity: info, message: 'Write AI: {text}',"
                                " patterns: ['\\bA\\.I\\.'], case_sensitive: true}\n"
                                "  - {id: house.plain, category: hedge, severity: info, message: 'Write A.I.: {text}',"
                                " patterns: ['\\bAI\\b'], case_sensitive: true}\n")
    report = Auditor({"extra_rules": [path], "checks": ["house"]}).audit("The A.I. tool and the AI lab.")
    assert [(f.rule, f.text, f.start) for f in report.findings] == [("house.dotted", "A.I.", 4),
                                                                    ("house.plain", "AI", 22)]


def test_a_message_written_on_several_lines_is_one_line_and_a_rule_list_never_shows_a_placeholder(tmp_path):
    """QA, stop 67: a YAML block message broke the one-line text output; without a description, `auditor rules` and
    SARIF's rule list showed the raw '{text}'."""
    path = house_file(tmp_path, "  - id: house.w\n    category: hedge\n    severity: info\n    patterns: [foo]\n"
                                "    message: |\n      Word \"{text}\":\n      say it plainly.\n")
    [finding] = Auditor({"extra_rules": [path], "checks": ["house"]}).audit("The foo.").findings
    assert finding.message == 'Word "foo": say it plainly.'
    listing = subprocess.run([sys.executable, "-m", "auditor.cli", "rules", "--rules", path], capture_output=True,
                             text=True, cwd=ROOT)
    [line] = [line for line in listing.stdout.splitlines() if line.startswith("house.w")]
    assert line.endswith('Word "…": say it plainly.')
