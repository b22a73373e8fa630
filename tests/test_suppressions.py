"""Inline suppressions: ranges, next-line, reasons required, counted and listed, never dropped."""

import json

from cli_helpers import check, locations

from auditor import Auditor
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


LEAK = "As an AI language model, I cannot."


def _leak_audit(text, format, config=None):
    """``(rule, severity, start) of findings, rules of suppressed findings)`` of a leak-only audit of ``text``."""
    report = Auditor({"checks": ["leak"], **(config or {})}).audit(text, format=format)
    return [(f.rule, f.severity, f.start) for f in report.findings], [s.finding.rule for s in report.suppressed]


def test_a_suppression_comment_shown_as_code_or_in_a_script_suppresses_nothing():
    shown = {
        "markdown": ["How to silence it:\n\n```\n<!-- auditor: disable -- example -->\n```\n\n",
                     "Inline: `<!-- auditor: disable leak -- x -->` silences leaks.\n\n",
                     "---\nnote: <!-- auditor: disable -- front matter -->\n---\n",
                     "An example:\n\n    <!-- auditor: disable -- indented code -->\n\n",
                     "See [the guide](<!-- auditor: disable -- in a link target -->).\n\n"],
        "html": ['<p>Script:</p><script>var s = "<!-- auditor: disable -- x -->";</script>\n',
                 "<pre><!-- auditor: disable -- pre --></pre>\n",
                 '<p title="<!-- auditor: disable -- attribute -->">Hi.</p>\n'],
    }
    for format, heads in shown.items():
        for head in heads:
            expected = ([("leak.ai-self-reference", "error", len(head))], [])
            assert _leak_audit(head + LEAK + "\n", format) == expected, head
    real = "Intro `code`.\n\n> <!-- auditor: disable leak -- quoted -->\n\n"  # a real comment, in a block quote
    assert _leak_audit(real + LEAK, "markdown") == ([], ["leak.ai-self-reference"])
    in_text = "Use `<!-- auditor: disable leak -- x -->`.\n"  # a text file has no code: every comment counts
    assert _leak_audit(in_text + LEAK, "text") == ([], ["leak.ai-self-reference"])


def test_a_suppression_comment_in_a_markdown_code_block_leaves_the_leak_to_fail_the_check(tmp_path):
    draft = tmp_path / "d1.md"
    draft.write_text("How to silence it:\n\n```\n<!-- auditor: disable -- example -->\n```\n\n"
                     "As an AI language model, I cannot.\nExperts say it may rain.\n")
    result = check(str(draft), "--fail-on", "warning")
    assert locations(result.stdout) == [f"{draft}:7:1: error leak.ai-self-reference",
                                        f"{draft}:8:1: warning hedge.vague-attribution",
                                        f"{draft}:8:16: info hedge.speculation"]
    assert result.stdout.splitlines()[-1] == "3 findings (1 error, 1 warning, 1 info) in 1 file"
    assert result.returncode == 1


def test_an_unknown_action_is_reported_and_suppresses_nothing():
    for comment in ("<!-- auditor: disable-line hedge -- quoted -->", "<!-- auditor: disable-next-lines hedge -->",
                    "<!-- auditor: Disable hedge -- quoted -->", "<!-- auditor: -- quoted -->"):
        text = comment + "\nIt may rain.\n\nLater: it may snow.\n"
        found = [Finding("hedge.speculation", "hedge", "warning", "m", s, s + 8, text[s:s + 8])
                 for s in (text.index("may rain"), text.index("may snow"))]
        action = comment.split()[2] if comment.split()[2] != "--" else ""
        what = f"unknown action {action!r}" if action else "no action"
        kept, suppressed = apply_suppressions(text, found, known_ids=["hedge.speculation"])
        assert [(f.rule, f.severity, f.start, f.end, f.message) for f in kept] == [
            ("suppression.unknown-action", "warning", 0, len(comment),
             f"Suppression names {what} (known: disable, disable-next-line, enable): it suppresses nothing."),
            *[(f.rule, f.severity, f.start, f.end, f.message) for f in found]], comment
        assert suppressed == [], comment
    text = "<!-- auditor: disable--quoted -->\nIt may rain."
    kept, suppressed = apply_suppressions(text, [Finding("hedge.speculation", "hedge", "warning", "m", 37, 45, "may")])
    assert kept == [] and [s.reason for s in suppressed] == ["quoted"]  # "--" right after the action: its reason


def test_severity_overrides_apply_to_suppression_findings(tmp_path):
    text = "<!-- auditor: disable leak.refusl -->\n<!-- auditor: disable-line leak -->\n" + LEAK
    assert _leak_audit(text, "text", {"severity": {"suppression.*": "error", "suppression.unknown-rule": "info"}}) == (
        [("suppression.missing-reason", "error", 0), ("suppression.unknown-rule", "info", 0),
         ("suppression.unknown-action", "error", 38), ("leak.ai-self-reference", "error", text.index(LEAK))], [])
    assert _leak_audit(text, "text", {"disable": ["suppression.unknown-action", "suppression.missing-reason"]}) == (
        [("suppression.unknown-rule", "warning", 0), ("leak.ai-self-reference", "error", text.index(LEAK))], [])
    (tmp_path / "pyproject.toml").write_text('[tool.auditor]\nseverity = {"suppression.missing-reason" = "error"}\n')
    (tmp_path / "d3.md").write_text("<!-- auditor: disable hedge -->\nIt may rain.\n")
    result = check("d3.md", cwd=tmp_path)
    assert locations(result.stdout) == ["d3.md:1:1: error suppression.missing-reason"]
    assert result.returncode == 1
