"""End-to-end CLI tests through a subprocess: output format, JSON shape, exit codes."""

import json
import subprocess
import sys

from conftest import ROOT, SEED

LEAK = "Certainly! Here is the article you asked for.\nThe council met on Monday.\n"


def run(*args, stdin=None):
    return subprocess.run([sys.executable, "-m", "auditor.cli", *args], input=stdin, capture_output=True,
                          text=True, cwd=ROOT)


def test_text_format_is_path_line_col_severity_rule_message(tmp_path):
    draft = tmp_path / "draft.txt"
    draft.write_text(LEAK)
    result = run("check", str(draft))
    lines = result.stdout.splitlines()
    assert lines[0].startswith(f"{draft}:1:1: error leak.chat-preamble ")
    assert lines[-1] == "1 finding (1 error, 0 warnings, 0 info) in 1 file"
    assert result.returncode == 1


def test_stdin_and_fail_on_levels():
    assert run("check", "-", stdin=LEAK).stdout.startswith("<stdin>:1:1: error leak.chat-preamble")
    assert run("check", "-", "--fail-on", "never", stdin=LEAK).returncode == 0
    clean = "The council approved the budget by 7 votes to 2 on Monday.\n"
    assert run("check", "-", "--fail-on", "info", stdin=clean).returncode == 0


def test_seed_fails_on_warning_but_not_on_error():
    assert run("check", str(SEED), "--fail-on", "warning").returncode == 1
    assert run("check", str(SEED)).returncode == 0


def test_json_has_version_files_findings_with_line_column_and_summary(tmp_path):
    draft = tmp_path / "draft.md"
    draft.write_text("Intro line.\n\nAs an AI language model, I cannot write that.\n")
    result = run("check", str(draft), "--format", "json")
    data = json.loads(result.stdout)
    assert data["version"] == "1" and data["tool"]["name"] == "article-auditor"
    [file] = data["files"]
    [finding] = [f for f in file["findings"] if f["rule"] == "leak.ai-self-reference"]
    assert (finding["line"], finding["column"], finding["text"]) == (3, 1, "As an AI language model")
    assert draft.read_text()[finding["start"]:finding["end"]] == finding["text"]
    assert set(finding) >= {"rule", "category", "severity", "message", "start", "end", "text", "score", "related",
                            "line", "column"}
    assert data["summary"]["findings"] == len(file["findings"])


def test_unreadable_input_exits_2_and_other_files_are_still_reported(tmp_path):
    binary = tmp_path / "photo.jpg"
    binary.write_bytes(b"\xff\xd8\x00\x10JFIF")
    latin1 = tmp_path / "old.txt"
    latin1.write_bytes("caf\xe9".encode("latin-1"))
    draft = tmp_path / "draft.txt"
    draft.write_text(LEAK)
    result = run("check", str(tmp_path / "missing.txt"), str(binary), str(latin1), str(draft))
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        f"auditor: error: {tmp_path / 'missing.txt'}: cannot read (No such file or directory)",
        f"auditor: error: {binary}: binary file (NUL byte at offset 2), not a text draft",
        f"auditor: error: {latin1}: not valid UTF-8 (byte 0xe9 at offset 3)",
    ]
    assert f"{draft}:1:1: error leak.chat-preamble" in result.stdout
    assert "Traceback" not in result.stderr


def test_usage_errors_exit_2():
    assert run("check").returncode == 2
    assert run("check", "x.txt", "--fail-on", "sometimes").returncode == 2
    assert run("lint").returncode == 2


def test_bad_rule_file_is_a_clear_error(tmp_path):
    rules = tmp_path / "house.yml"
    rules.write_text("check: hedge\nrules:\n  - id: house.x\n    category: hedge\n    severity: loud\n    message: m\n")
    result = run("check", "-", "--rules", str(rules), stdin="Text.")
    assert result.returncode == 2
    assert result.stderr.strip() == (f"auditor: error: {rules}: rules[0].severity: "
                                     "'loud' is not one of info, warning, error")


def test_rules_lists_every_rule_with_id_category_severity():
    lines = run("rules").stdout.splitlines()
    ids = [line.split()[0] for line in lines]
    assert ids == sorted(ids)
    assert {"disclosure.ai-generated", "leak.placeholder", "hedge.vague-attribution", "hedge.classifier"} <= set(ids)
    assert lines[ids.index("leak.placeholder")].split()[1:3] == ["leak", "error"]


def test_rules_shows_the_configs_severity_of_the_suppression_rules(tmp_path):
    # stop 67: the config's level applies to suppression findings, and `auditor rules` listed the default
    (tmp_path / "pyproject.toml").write_text('[tool.auditor.severity]\n"suppression.*" = "error"\n'
                                             '"suppression.unknown-rule" = "info"\n')
    lines = run("rules", "--config", str(tmp_path / "pyproject.toml")).stdout.splitlines()
    levels = {line.split()[0]: line.split()[2] for line in lines if line.startswith("suppression.")}
    assert levels == {"suppression.missing-reason": "error", "suppression.unknown-action": "error",
                      "suppression.unknown-rule": "info"}


def test_a_severity_typo_in_a_found_config_file_exits_2_naming_the_file(tmp_path):
    # QA, stop 66: only --config and Python raised; a pyproject.toml found by the walk was silently ignored
    (tmp_path / "pyproject.toml").write_text('[tool.auditor.severity]\n"hedge.weasel-pasive" = "info"\n')
    (tmp_path / "a.txt").write_text("It is believed that the plan may fail.\n")
    result = run("check", str(tmp_path / "a.txt"))
    assert result.returncode == 2
    assert "pyproject.toml: severity: unknown rule id 'hedge.weasel-pasive'" in result.stderr


def test_a_folder_walk_takes_upper_case_extensions_and_skips_a_pipe_with_one_error_line(tmp_path):
    # QA, stop 66: NOTE.MD was skipped silently, and a named pipe hung the whole run
    import os

    (tmp_path / "NOTE.MD").write_text("As an AI language model, I cannot help.\n")
    os.mkfifo(tmp_path / "pipe.md")
    result = run("check", str(tmp_path), "--format", "json")
    assert result.returncode == 2
    note, pipe = json.loads(result.stdout)["files"]
    assert [f["rule"] for f in note["findings"]] == ["leak.ai-self-reference"]
    assert pipe["error"] == f"{tmp_path / 'pipe.md'}: not a regular file (a pipe, socket or device)"
    assert result.stderr.strip() == f"auditor: error: {pipe['error']}"


def test_sarif_holds_the_summary_line():
    result = run("check", "-", "--format", "sarif", stdin=LEAK)
    [invocation] = json.loads(result.stdout)["runs"][0]["invocations"]
    assert invocation["properties"]["summary"] == "1 finding (1 error, 0 warnings, 0 info) in 1 file"


def test_an_unknown_placeholder_in_a_rule_message_is_a_clear_error(tmp_path):
    rules = tmp_path / "house.yml"
    rules.write_text("check: house\nextends: existence\nrules:\n  - id: house.plan\n    category: hedge\n"
                     "    severity: error\n    message: 'Plan \"{txt}\"'\n    patterns: ['plan']\n")
    result = run("check", "-", "--rules", str(rules), stdin="The plan may fail.")
    assert result.returncode == 2
    assert result.stderr.strip() == (f"auditor: error: {rules}: rules[0].message: unknown placeholder {{txt}} "
                                     "(a message may use {text}, the matched text)")


def test_corpus_audits_the_files_and_findings_that_check_does_under_the_found_config(tmp_path):
    # auditor corpus audited every file of the folder; auditor check honours the config's include/exclude
    (tmp_path / "pyproject.toml").write_text('[tool.auditor]\nchecks = ["leak"]\ninclude = ["*.md", "*.txt"]\n'
                                             'exclude = ["news/archive/**", "draft-*"]\n')
    for name in ("a.md", "b.txt", "page.html", "draft-1.md", "archive/old.md", "sub/c.MD"):
        (tmp_path / "news" / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "news" / name).write_text(LEAK)

    def cli(*args):
        return subprocess.run([sys.executable, "-m", "auditor.cli", *args], capture_output=True, text=True,
                              cwd=tmp_path)

    checked = json.loads(cli("check", "news", "--format", "json").stdout)["files"]
    assert [(f["path"], len(f["findings"])) for f in checked] == [
        ("news/a.md", 1), ("news/b.txt", 1), ("news/sub/c.MD", 1)]
    result = cli("corpus", "news", "--out", "out", "--format", "jsonl", "--workers", "1")
    assert result.stdout == "3 documents (3 audited, 0 resumed): 3 findings (3 errors, 0 warnings, 0 info); " \
                            "0 could not be audited\n"
    documents = [json.loads(line) for line in (tmp_path / "out" / "documents.jsonl").read_text().splitlines()]
    assert [(d["document_id"], d["findings"]) for d in documents] == [("a.md", 1), ("b.txt", 1), ("sub/c.MD", 1)]
    findings = [json.loads(line) for line in (tmp_path / "out" / "findings.jsonl").read_text().splitlines()]
    assert [(f["rule"], f["start"], f["end"]) for f in findings] == [
        (f["rule"], f["start"], f["end"]) for file in checked for f in file["findings"]]
    assert cli("corpus", "news/draft-1.md", "--out", "out2").stdout.startswith("0 documents (0 audited")
