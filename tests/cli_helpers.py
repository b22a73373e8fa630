"""Running ``auditor`` in a subprocess, as CI and pre-commit do; the NLI check is left out (not the point)."""

import subprocess
import sys

from conftest import FIXTURES, ROOT

DRAFTS = FIXTURES / "drafts"
NO_NLI = ("--disable", "contradiction")


def run(*args, stdin=None, cwd=ROOT, env=None):
    """``python -m auditor.cli ARGS`` with captured text output."""
    return subprocess.run([sys.executable, "-m", "auditor.cli", *args], input=stdin, capture_output=True,
                          text=True, cwd=cwd, env=env)


def check(*args, **kwargs):
    """``auditor check ARGS --disable contradiction``."""
    return run("check", *args, *NO_NLI, **kwargs)


def locations(stdout: str) -> list[str]:
    """``path:line:col: severity rule`` of each finding line of the text format (the summary dropped)."""
    return [" ".join(line.split()[:3]) for line in stdout.splitlines()[:-1]]
