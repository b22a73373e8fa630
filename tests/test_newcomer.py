"""What a newsroom developer trips over (issue 17): typos are errors, the Python API masks formats like
the CLI, findings carry line/column, plurals, ``-V``, empty files, ``auditor rules`` downgrades,
exported errors and a hub model id that fails fast."""

import subprocess
import sys
import textwrap

import pytest

from cli_helpers import check, run
from conftest import ROOT

import auditor
from auditor.config import Config
from auditor.errors import AuditorError, ConfigError

DRAFT = "It may rain. As an AI language model, I cannot say.\n"


# --- typos in disable lists ---------------------------------------------------------------------------

def test_disable_takes_a_comma_list():
    result = check("-", "--disable", "hedge.speculation,leak", stdin=DRAFT)
    assert result.stdout == "0 findings (0 errors, 0 warnings, 0 info) in 1 file\n"
    assert "hedge.speculation" in check("-", "--disable", "leak", stdin=DRAFT).stdout


@pytest.mark.parametrize("name, message", [
    ("hedge.speculaton", "unknown rule id 'hedge.speculaton' (closest: hedge.speculation; "),
    ("hedg.*", "glob 'hedg.*' matches no rule (closest: hedge.*; "),
    ("leek", "unknown rule id 'leek' (closest: leak; "),
])
def test_an_unknown_id_on_the_command_line_is_a_usage_error(name, message):
    result = check("-", "--disable", f"leak,{name}", stdin=DRAFT)
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr == f"auditor: error: command line: --disable: {message}`auditor rules` lists every rule)\n"


def test_an_unknown_id_in_a_config_file_names_the_file(tmp_path):
    config = tmp_path / "pyproject.toml"
    config.write_text('[tool.auditor]\ndisable = ["hedge.speculation", "leak.refusl"]\n')
    result = check("-", stdin=DRAFT, cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.startswith(f"auditor: error: {config}: disable: unknown rule id 'leak.refusl' "
                                    "(closest: leak.refusal")


def test_an_unknown_id_in_python_config_raises_and_rules_of_extra_files_are_known(tmp_path):
    with pytest.raises(ConfigError,
                       match=r"^Config: disable: unknown rule id 'contradiction\.nil' \(closest: contradiction\.nli"):
        auditor.Auditor(Config(disable=("contradiction.nil",)))
    house = tmp_path / "house.yml"
    house.write_text("check: leak\nrules:\n  - id: house.council\n    category: leak\n    severity: error\n"
                     "    message: m\n    patterns: ['council']\n")
    aud = auditor.Auditor({"extra_rules": [str(house)], "disable": ["house.*", "suppression"], "checks": ["leak"]})
    assert aud.audit("The council met.").findings == []


def test_an_unknown_id_in_a_suppression_comment_is_a_warning_finding():
    text = "<!-- auditor: disable hedge.speculaton -- quoted -->\nIt may rain.\n"
    report = auditor.Auditor({"checks": ["hedge"]}).audit(text)
    assert [(f.rule, f.severity, f.start, f.end) for f in report.findings] == [
        ("suppression.unknown-rule", "warning", 0, 52), ("hedge.speculation", "info", 56, 64)]
    assert "'hedge.speculaton' (closest: hedge.speculation;" in report.findings[0].message
    result = check("-", "--format-in", "markdown", stdin=text)
    assert "<stdin>:1:1: warning suppression.unknown-rule" in result.stdout


# --- the Python API masks formats like the CLI --------------------------------------------------------

MARKDOWN = "# Budget\n\n```\nExperts say the plan may fail.\n```\n\nThe council met on Monday.\n"
HTML = "<p>The council met.</p><script>var note = 'Experts say it may fail';</script>\n"


def test_audit_masks_markdown_and_html_from_the_source_extension():
    fast = auditor.Auditor({"disable": ["contradiction"]})
    assert fast.audit(MARKDOWN, source="x.md").findings == []
    assert fast.audit(HTML, source="page.html").findings == []
    assert auditor.audit(MARKDOWN, source="x.md", config={"disable": ["contradiction"]}).findings == []
    as_text = fast.audit(MARKDOWN, source="x.md", format="text")
    assert [(f.rule, f.line) for f in as_text.findings] == [("hedge.vague-attribution", 4), ("hedge.speculation", 4)]
    assert [f.rule for f in fast.audit(HTML, format="text").findings] == [
        "hedge.vague-attribution", "hedge.speculation"]
    assert fast.audit(MARKDOWN, format="markdown").findings == []


def test_findings_carry_line_and_column():
    report = auditor.Auditor({"checks": ["hedge"]}).audit("Intro.\n\nThe plan, experts say, may fail.\n")
    assert [(f.text, f.line, f.column) for f in report.findings] == [("experts say", 3, 11), ("may fail", 3, 24)]
    assert [(d["line"], d["column"]) for d in report.to_dict()["findings"]] == [(3, 11), (3, 24)]


# --- command line details -----------------------------------------------------------------------------

def test_short_version_flag():
    result = run("-V")
    assert result.returncode == 0 and result.stdout == f"article-auditor {auditor.__version__}\n"


def test_summary_uses_singular_for_one():
    result = check("-", "--disable", "hedge", stdin="As an AI language model, I cannot say.\n")
    assert result.stdout.splitlines()[-1] == "1 finding (1 error, 0 warnings, 0 info) in 1 file"
    result = check("-", "--disable", "leak", stdin="Experts say so.\n")
    assert result.stdout.splitlines()[-1] == "1 finding (0 errors, 1 warning, 0 info) in 1 file"


def test_an_empty_file_says_so_on_stderr_and_exits_0(tmp_path):
    empty = tmp_path / "empty.md"
    empty.write_text("\n  \n")
    result = check(str(empty))
    assert result.returncode == 0
    assert result.stderr == f"auditor: {empty}: empty, nothing to audit\n"
    assert result.stdout == "0 findings (0 errors, 0 warnings, 0 info) in 1 file\n"


def test_rules_lists_when_a_rule_is_reported_at_a_lower_severity():
    lines = {line.split()[0]: line for line in run("rules").stdout.splitlines()}
    assert lines["hedge.speculation"].split()[1:3] == ["hedge", "warning"]
    assert lines["hedge.speculation"].endswith(" [info when its 'modal' part matched (may, might, could, ...)]")
    assert " [info in a sentence with: charged, charges, indicted, " in lines["hedge.doubt-verb"]
    assert not lines["leak.placeholder"].endswith("]")


# --- errors --------------------------------------------------------------------------------------------

def test_public_errors_are_exported():
    from auditor.nli import ModelLoadError

    assert auditor.ModelLoadError is ModelLoadError and issubclass(ModelLoadError, AuditorError)
    assert {"AuditorError", "ConfigError", "InputError", "RuleError", "ModelLoadError"} <= set(auditor.__all__)


_REFUSED_NETWORK = textwrap.dedent("""
    import socket, sys
    attempts = []

    def refuse(*args, **kwargs):
        attempts.append("connect")
        raise OSError("network refused by the test")

    socket.create_connection = refuse
    socket.getaddrinfo = refuse
    socket.socket.connect = refuse
    import auditor
    from auditor.nli import load_model
    try:
        load_model("example-org/no-such-nli-model")
    except auditor.ModelLoadError as exc:
        print(exc)
    print("ATTEMPTS", len(attempts))
""")


def test_an_unreachable_hub_id_fails_after_one_attempt_in_one_line(tmp_path):
    env = {"PATH": "/usr/bin:/bin", "HF_HOME": str(tmp_path / "hf"), "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-c", _REFUSED_NETWORK], capture_output=True, text=True, env=env,
                            timeout=300)
    assert result.stdout.splitlines() == [
        "example-org/no-such-nli-model: cannot reach the Hugging Face hub at huggingface.co (network refused by "
        "the test) and the model is not in the local cache; download it once with network access, or name a "
        "local model directory", "ATTEMPTS 1"]
    assert "Retrying" not in result.stderr
