"""Files a user expects (licence, notice, changelog, typing marker), a packaging config that installs
without warnings, a ``make audit`` without test tools, and docs that state the real defaults."""

import configparser
import json
import re
import shutil
import subprocess
import sys
from dataclasses import fields

import pytest

from conftest import ROOT

import auditor
from auditor import Auditor
from auditor.config import Config
from auditor.rules import RuleSet

SETUP = configparser.ConfigParser(interpolation=None)
SETUP.read(ROOT / "setup.cfg")


def test_licence_notice_changelog_and_typing_marker_ship():
    assert (ROOT / "LICENSE").read_text("utf-8").startswith("MIT License\n")
    assert SETUP["metadata"]["license_expression"] == "MIT"
    assert SETUP["metadata"]["license_files"].split() == ["LICENSE", "NOTICE"]
    assert "License ::" not in SETUP["metadata"]["classifiers"]
    assert (ROOT / "auditor" / "py.typed").is_file() and "py.typed" in SETUP["options.package_data"]["auditor"].split()
    changelog = (ROOT / "CHANGELOG.md").read_text("utf-8")
    assert "## [Unreleased]" in changelog and f"## [{auditor.__version__}]" in changelog


def test_notice_names_every_shipped_model_and_the_data_licences():
    notice = (ROOT / "NOTICE").read_text("utf-8")
    models = sorted(p.name for p in (ROOT / "auditor" / "models").iterdir() if p.is_dir())
    assert models and all(f"auditor/models/{name}" in notice for name in models)
    for required in ("Apache License 2.0", "MultiNLI", "SNLI", "CC BY-SA 3.0", "CC BY-SA 4.0", "Wikipedia",
                     "all-MiniLM-L6-v2"):
        assert required in notice


def test_an_editable_install_builds_without_setuptools_warnings(tmp_path):
    for name in ("setup.cfg", "pyproject.toml", "README.md", "LICENSE", "NOTICE"):
        shutil.copy(ROOT / name, tmp_path / name)
    (tmp_path / "auditor").mkdir()
    for name in ("__init__.py", "py.typed"):
        shutil.copy(ROOT / "auditor" / name, tmp_path / "auditor" / name)
    build = f"from setuptools import build_meta; print(build_meta.build_editable({str(tmp_path / 'dist')!r}))"
    result = subprocess.run([sys.executable, "-W", "default", "-c", build], capture_output=True, text=True,
                            cwd=tmp_path, timeout=300)
    assert result.returncode == 0, result.stderr
    output = result.stdout + result.stderr
    assert "Warning" not in output and "deprecated" not in output, output
    assert "same\n        name as your package" not in output and "meta path finder" not in output


def test_make_audit_installs_only_the_package_and_make_test_adds_the_test_extra(tmp_path):
    if shutil.which("make") is None:
        pytest.skip("make is not installed")

    def installs(target):
        dry_run = subprocess.run(["make", "-n", "-B", target, f"VENV={tmp_path}/venv"], capture_output=True,
                                 text=True, cwd=ROOT, check=True).stdout
        return [line.split(" -c constraints.txt ")[1] for line in dry_run.splitlines()
                if " -c constraints.txt " in line]

    assert installs("audit") == ["-e ."]
    assert installs("test") == ["-e .", '-e ".[test]"']


def test_the_notebook_extra_has_what_running_the_notebook_needs():
    extra = {re.split(r"[<>=\[]", line)[0] for line in SETUP["options.extras_require"]["notebook"].split()}
    assert {"pandas", "matplotlib", "ipykernel", "ipywidgets", "nbconvert"} <= extra


# --- docs state the real defaults ----------------------------------------------------------------------

def _defaults():
    """Every default the docs may state: the numeric ``Config`` fields and the number or null options of
    the shipped rules as ``<rule id>.<option>`` (the contradiction threshold: the check's, i.e. calibrated)."""
    config = Config()
    values = {f.name: getattr(config, f.name) for f in fields(Config) if f.type in ("float", "int", "float | None")}
    for rule in RuleSet():
        for key, value in rule.options.items():
            if value is None or (isinstance(value, (int, float)) and not isinstance(value, bool)):
                values[f"{rule.id}.{key}"] = value
    values["contradiction.nli.threshold"] = Auditor({"checks": ["contradiction"]}).checks[0].threshold
    return values


DEFAULTS = _defaults()


def _documents():
    notebook = json.loads((ROOT / "notebooks" / "explore.ipynb").read_text("utf-8"))
    yield "notebooks/explore.ipynb", "\n".join("".join(cell["source"]) for cell in notebook["cells"])
    for name in ("docs/ci.md", "docs/notebook.md", "docs/corpus.md", "README.md"):
        yield name, (ROOT / name).read_text("utf-8")


def _stated_defaults(text):
    """``(setting, value)`` for every "setting ... (default X" and every ``setting = X  # ... default``; a
    rule option is written ``[options.]<rule id>.<option>``."""
    names = "|".join(re.escape(name) for name in sorted(DEFAULTS, key=len, reverse=True))
    number = r"None|null|\d+(?:[,_]\d{3})*(?:\.\d+)?"
    for m in re.finditer(rf"`?\b(?:options\.)?({names})\b`?[^.\n]{{0,40}}?\(default:? ({number})", text):
        yield m.group(1), m.group(2)
    for m in re.finditer(rf"^\s*(?:options\.)?({names})\s*=\s*({number})\s*#.*\bdefault\b", text, re.MULTILINE):
        yield m.group(1), m.group(2)


def test_docs_and_notebook_state_the_defaults_of_config_and_check_options():
    stated = [(doc, name, value) for doc, text in _documents() for name, value in _stated_defaults(text)]
    assert {name for _, name, _ in stated} >= {"contradiction.nli.threshold", "contradiction.nli.max_pairs"}
    for doc, name, value in stated:
        real = DEFAULTS[name]
        if real is None or value in ("None", "null"):
            same = real is None and value in ("None", "null")
        else:
            same = float(value.replace(",", "").replace("_", "")) == real
        assert same, f"{doc}: {name} default stated as {value}, the real default is {real}"


_NOQA = re.compile(r"#\s*noqa\b(?P<rest>.*)", re.IGNORECASE)
_NOQA_WITH_REASON = re.compile(r":\s*[A-Z]+[0-9]+(?:[\s,]+[A-Z]+[0-9]+)*\s+(?:--?|—)\s*\S")


def test_every_noqa_names_its_codes_and_gives_a_reason():
    """``# noqa: E402 -- imported after the sys.path setup``: a lint exception says what it allows and why."""
    assert _NOQA_WITH_REASON.match(": E402, F401 -- imported after the sys.path setup")
    assert not _NOQA_WITH_REASON.match(": E402")
    assert not _NOQA_WITH_REASON.match("")
    bare = []
    for folder in ("auditor", "scripts", "tests", "benchmarks"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            for number, line in enumerate(path.read_text("utf-8").splitlines(), 1):
                found = _NOQA.search(line)
                if found and not _NOQA_WITH_REASON.match(found.group("rest")):
                    bare.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert not bare, "lint exceptions without a reason:\n" + "\n".join(bare)


@pytest.mark.parametrize("script, option", [("scripts/eval_contradiction.py", "--data"),
                                            ("scripts/eval_hedge.py", "--weasel"),
                                            ("scripts/eval_nli.py", "--csv"),
                                            ("benchmarks/bench_contradiction.py", "--data")])
def test_a_script_given_a_missing_data_file_names_it_in_one_line(tmp_path, script, option):
    missing = tmp_path / "no-such-data.csv"
    run = subprocess.run([sys.executable, str(ROOT / script), option, str(missing)], cwd=ROOT,
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 2 and run.stdout == ""
    assert run.stderr == f"{script.split('/')[1]}: error: cannot read {missing}: No such file or directory\n"


def test_calibration_refuses_to_write_without_reading_the_held_out_part():
    """``--tuning-only`` compares candidate models without the held-out figures the rule file records."""
    run = subprocess.run([sys.executable, str(ROOT / "scripts/calibrate_contradiction.py"), "--tuning-only", "--write"],
                         cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert run.returncode == 2 and run.stdout == ""
    assert run.stderr.endswith("error: --write needs the held-out figures: leave out --tuning-only\n")


def test_every_script_and_benchmark_that_reads_files_runs_its_main_through_run():
    for path in sorted([*(ROOT / "scripts").glob("*.py"), *(ROOT / "benchmarks").glob("*.py")]):
        tail = path.read_text("utf-8").split('if __name__ == "__main__":')[-1]
        reads_files = path.stem not in ("bench_memory", "bench_startup", "bench_corpus", "scan_clean_text")
        assert ("run(main)" in tail) == reads_files, path.name
