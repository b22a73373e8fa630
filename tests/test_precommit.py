"""The pre-commit hook: .pre-commit-hooks.yaml's entry, run as pre-commit runs it, on fixture drafts."""

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import yaml
from cli_helpers import NO_NLI

from conftest import ROOT

[HOOK] = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text("utf-8"))


def run_hook(*files):
    """``<entry> FILE...`` with the venv's scripts first on PATH, as pre-commit's python environment."""
    env = dict(os.environ, PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}")
    command = shlex.split(HOOK["entry"]) + list(NO_NLI) + list(files)
    return subprocess.run(command, capture_output=True, text=True, cwd=ROOT, env=env)


def test_hook_is_declared_for_drafts_only():
    assert HOOK["id"] == "auditor" and HOOK["language"] == "python"
    files = re.compile(HOOK["files"])
    assert all(files.search(p) for p in ("news/a.md", "b.html", "c.htm", "d.txt", "e.markdown"))
    assert not any(files.search(p) for p in ("auditor/cli.py", "setup.cfg", "notes.mdx"))


def test_hook_entry_fails_on_errors_and_passes_clean_drafts(tmp_path):
    failing = run_hook("fixtures/drafts/council.html", "fixtures/drafts/council.md")
    assert failing.returncode == 1
    assert "fixtures/drafts/council.html:13:6: error leak.ai-self-reference" in failing.stdout
    clean = tmp_path / "clean.md"
    clean.write_text("# Budget\n\nThe council approved the budget by 7 votes to 2 on Monday.\n")
    passing = run_hook(str(clean))
    assert passing.returncode == 0 and passing.stderr == ""
