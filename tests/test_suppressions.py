"""Inline suppressions: ranges, next-line, reasons required, counted and listed, never dropped."""

import json

from cli_helpers import check, locations

from auditor.findings import Finding
from auditor.suppressions import apply_suppressions

DRAFT = """It may rain today.
<!-- auditor: disable hedge.speculation, leak -- quoting the forecaster verbatim -->
It may snow. As an AI language model, I cannot say.
<!-- auditor: enable hedge.speculation -->
It may hail. As an AI language model, I cannot say.
<!-- auditor: enable -->
<!-- auditor: disable-next-line hedge.* -->
It may freeze.
It may thaw.
"""


def test_ranges_next_line_and_missing_reason():
    result = check("-", "--format-in", "markdown", "--show-suppressed", stdin=DRAFT)
    assert locations(result.stdout) == [
        "<stdin>:1:4: info hedge.speculation",
        "<stdin>:3:4: suppressed hedge.speculation",
        "<stdin>:3:14: suppressed leak.ai-self-reference",
        "<stdin>:5:4: info hedge.speculation",
        "<stdin>:5:14: suppressed leak.ai-self-reference",
        "<stdin>:7:1: warning suppression.missing-reason",
        "<stdin>:8:4: suppressed hedge.speculation",
        "<stdin>:9:4: info hedge.speculation",
    ]
    assert "(line 2: quoting the forecaster verbatim)" in result.stdout.splitlines()[1]
    assert "(line 7: no reason given)" in result.stdout.splitlines()[6]
    assert result.stdout.splitlines()[-1] == "4 findings (0 errors, 1 warning, 3 info) in 1 file; 4 suppressed"


def test_suppressed_are_counted_without_show_suppressed_and_do_not_fail():
    result = check("-", "--fail-on", "error", stdin=DRAFT)
    assert "suppressed" not in " ".join(result.stdout.splitlines()[:-1])
    assert result.stdout.splitlines()[-1].endswith("; 4 suppressed")
    assert result.returncode == 0
    data = json.loads(check("-", "--format", "json", stdin=DRAFT).stdout)
    assert len(data["files"][0]["suppressed"]) == data["summary"]["suppressed"] == 4


def test_missing_reason_rule_can_be_disabled_like_any_rule():
    assert "suppression.missing-reason" not in check("-", "--disable", "suppression.*", stdin=DRAFT).stdout


def test_check_name_covers_its_rules_and_bare_disable_covers_all():
    text = "<!-- auditor: disable -- legacy copy -->\nIt may rain. Experts say so.\n"
    found = [Finding("hedge.speculation", "hedge", "warning", "m", 44, 47, "may"),
             Finding("hedge.vague-attribution", "hedge", "warning", "m", 54, 65, "Experts say")]
    kept, suppressed = apply_suppressions(text, found)
    assert kept == [] and {s.reason for s in suppressed} == {"legacy copy"}
