"""Baselines: accept today's findings, report only new ones; matching survives edits elsewhere."""

import json

from cli_helpers import check, locations

DRAFT = "Experts say the plan may fail.\n\nThe council met on Monday.\n"


def test_write_baseline_then_only_new_findings_are_reported(tmp_path):
    draft = tmp_path / "draft.txt"
    draft.write_text(DRAFT)
    written = check("draft.txt", "--write-baseline", "baseline.json", "--fail-on", "warning", cwd=tmp_path)
    assert written.returncode == 0
    assert written.stdout == "0 findings (0 errors, 0 warnings, 0 info) in 1 file; 2 baselined\n"
    entries = json.loads((tmp_path / "baseline.json").read_text())["findings"]
    assert [(e["path"], e["rule"], e["text"]) for e in entries] == [
        ("draft.txt", "hedge.speculation", "may fail"), ("draft.txt", "hedge.vague-attribution", "Experts say")]

    draft.write_text("A new opening paragraph.\n\n" + DRAFT.replace("the plan", "the  new plan")
                     + "\nIt is believed the plan may fail.\n")
    result = check("draft.txt", "--baseline", "baseline.json", "--fail-on", "warning", cwd=tmp_path)
    assert locations(result.stdout) == ["draft.txt:7:1: warning hedge.weasel-passive",
                                        "draft.txt:7:25: info hedge.speculation"]
    assert result.stdout.splitlines()[-1].endswith("in 1 file; 2 baselined")
    assert result.returncode == 1


def test_baseline_paths_are_relative_to_the_baseline_file(tmp_path):
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "draft.txt").write_text(DRAFT)
    check("news", "--write-baseline", "news/.auditor-baseline.json", cwd=tmp_path)
    result = check("draft.txt", "--baseline", ".auditor-baseline.json", cwd=tmp_path / "news")
    assert result.stdout == "0 findings (0 errors, 0 warnings, 0 info) in 1 file; 2 baselined\n"


def test_unreadable_baseline_is_a_clear_error(tmp_path):
    (tmp_path / "baseline.json").write_text("[1, 2]")
    result = check("-", "--baseline", str(tmp_path / "baseline.json"), stdin=DRAFT)
    assert result.returncode == 2
    assert result.stderr.startswith(f"auditor: error: {tmp_path / 'baseline.json'}: baseline: not a baseline file")
