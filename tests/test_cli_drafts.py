"""End-to-end: Markdown, HTML and text drafts through ``auditor check``: prose only, exact line:col."""

import fcntl
import json
import os
import pty
import struct
import subprocess
import sys
import termios

from cli_helpers import DRAFTS, check, locations
from conftest import ROOT
from test_formats import assert_same_length_and_breaks

import auditor
from auditor.formats import mask

MD, HTML, TXT = (f"fixtures/drafts/{name}" for name in ("council.md", "council.html", "wire.txt"))


def test_markdown_skips_front_matter_code_and_urls_and_reports_original_line_col():
    result = check(MD)
    assert locations(result.stdout) == [
        f"{MD}:7:48: warning hedge.vague-attribution",
        f"{MD}:7:69: info hedge.speculation",
        f"{MD}:20:1: warning suppression.missing-reason",
        f"{MD}:28:1: warning hedge.weasel-passive",
        f"{MD}:29:1: info disclosure.ai-generated",
    ]
    assert result.stdout.splitlines()[-1] == "5 findings (0 errors, 3 warnings, 2 info) in 1 file; 2 suppressed"
    assert result.returncode == 0


def test_html_skips_tags_attributes_comments_scripts_styles_and_code():
    result = check(HTML, "--fail-on", "warning")
    assert locations(result.stdout) == [
        f"{HTML}:10:46: warning hedge.vague-attribution",
        f"{HTML}:10:67: info hedge.speculation",
        f"{HTML}:13:6: error leak.ai-self-reference",
        f"{HTML}:15:14: info disclosure.ai-generated",
    ]
    assert result.returncode == 1


def test_json_text_and_offsets_are_the_original_files():
    data = json.loads(check(MD, HTML, TXT, "--format", "json").stdout)
    for file in data["files"]:
        with open(file["path"], encoding="utf-8") as handle:
            original = handle.read()
        for finding in file["findings"] + file["suppressed"]:
            assert original[finding["start"]:finding["end"]] == finding["text"]
    md = data["files"][0]
    assert [(s["rule"], s["line"], s["column"], s["reason"]) for s in md["suppressed"]] == [
        ("hedge.speculation", 18, 13, "the forecast is the treasurer's, quoted below"),
        ("leak.ai-self-reference", 21, 1, ""),
    ]
    assert data["summary"]["suppressed"] == 2 and data["summary"]["baselined"] == 0


def test_format_in_overrides_the_extension_and_stdin_defaults_to_text():
    draft = "<!-- As an AI language model -->\n`As an AI language model`, it may fail.\n"
    assert locations(check("-", "--format-in", "markdown", stdin=draft).stdout) == [
        "<stdin>:2:31: info hedge.speculation"]
    assert "leak.ai-self-reference" in check("-", stdin=draft).stdout
    assert locations(check(TXT, "--format-in", "html").stdout)[0] == f"{TXT}:1:1: error leak.chat-preamble"


def test_folders_are_walked_in_order_and_jobs_give_identical_output(tmp_path):
    serial = check("fixtures/drafts", "--format", "json")
    parallel = check("fixtures/drafts", "--format", "json", "--jobs", "2")
    assert serial.stdout == parallel.stdout
    assert [f["path"] for f in json.loads(serial.stdout)["files"]] == [
        os.path.join("fixtures/drafts", n) for n in ("council.html", "council.md", "wire.txt")]
    assert serial.stderr == parallel.stderr == ""  # output piped: no progress bar


def test_github_format_emits_workflow_commands():
    lines = check(TXT, "--format", "github").stdout.splitlines()
    assert lines[0] == (f"::error file={TXT},line=1,col=1,endLine=1,endColumn=46,title=leak.chat-preamble::"
                        "Chatbot preamble or sign-off \"Certainly! Here is the article you asked for.\" "
                        "left in the text.")
    assert lines[-1] == "3 findings (1 error, 1 warning, 1 info) in 1 file"


def test_bad_input_is_one_line_error_exit_2_and_other_files_reported(tmp_path):
    bad = tmp_path / "bad.md"
    bad.write_bytes(b"caf\xe9")
    result = check(str(bad), TXT)
    assert result.returncode == 2
    assert result.stderr == f"auditor: error: {bad}: not valid UTF-8 (byte 0xe9 at offset 3)\n"
    assert f"{TXT}:1:1: error leak.chat-preamble" in result.stdout


def test_python_api_audit_file_detects_the_format():
    aud = auditor.Auditor({"disable": ["contradiction"]})
    report = aud.audit_file(DRAFTS / "council.md")
    suppressed = [(s.finding.rule, s.finding.line, s.finding.column) for s in report.suppressed]
    assert ("leak.ai-self-reference", 21, 1) in suppressed
    assert report.text == (DRAFTS / "council.md").read_text("utf-8")
    raw = aud.audit_file(DRAFTS / "council.md", format="text")
    raw_leaks = [raw.document.line_col(f.start) for f in raw.findings if f.rule == "leak.ai-self-reference"]
    assert (10, 1) in raw_leaks  # the fenced code line: masked as Markdown, audited as plain text
    assert (10, 1) not in [report.document.line_col(f.start) for f in report.findings]


def test_mask_keeps_length_and_line_breaks_of_every_fixture():
    for path, fmt in ((MD, "markdown"), (HTML, "html"), (TXT, "text")):
        with open(path, encoding="utf-8", newline="") as handle:
            original = handle.read()
        assert_same_length_and_breaks(original, mask(original, fmt), fmt)


def test_progress_bar_only_on_a_terminal_outside_ci():
    def on_terminal(env):
        leader, follower = pty.openpty()
        fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))  # a real terminal's width
        subprocess.run([sys.executable, "-m", "auditor.cli", "check", "fixtures/drafts", "--disable", "contradiction"],
                       stdout=follower, stderr=follower, cwd=ROOT, env=env)
        os.close(follower)
        output = b""
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:
                break
            if not chunk:
                break
            output += chunk
        os.close(leader)
        return output.decode()

    env = {k: v for k, v in os.environ.items() if k != "CI"}
    assert "| 0/3 [" in on_terminal(env)
    assert "0/3" not in on_terminal(dict(env, CI="true"))


def test_binary_stdin_is_a_per_file_error():
    result = check("-", TXT, stdin="\x00binary")
    assert result.returncode == 2
    assert result.stderr == "auditor: error: <stdin>: binary file (NUL byte at offset 0), not a text draft\n"
    assert f"{TXT}:1:1: error leak.chat-preamble" in result.stdout


def test_windows_line_endings_keep_line_col(tmp_path):
    draft = tmp_path / "crlf.md"
    draft.write_bytes((DRAFTS / "council.md").read_bytes().replace(b"\n", b"\r\n"))
    result = check(str(draft))
    assert locations(result.stdout) == [f"{draft}:{where}" for where in (
        "7:48: warning hedge.vague-attribution", "7:69: info hedge.speculation",
        "20:1: warning suppression.missing-reason", "28:1: warning hedge.weasel-passive",
        "29:1: info disclosure.ai-generated")]
