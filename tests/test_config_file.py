"""Config files: discovery (nearest, walking up), pyproject.toml and setup.cfg, --config, clear errors."""

import json
import shutil

from cli_helpers import DRAFTS, check, locations, run

from auditor.configfile import find_config, load_config

LEAK_AND_HEDGE = "Certainly! Here is the article you asked for.\n\nExperts say the plan may fail.\n"


def make_tree(tmp_path):
    """tmp/pyproject.toml (leak errors -> info), tmp/news/setup.cfg (hedge off), drafts in both."""
    (tmp_path / "pyproject.toml").write_text(
        '[tool.auditor]\nfail-on = "warning"\n[tool.auditor.severity]\n"leak.*" = "info"\n')
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "setup.cfg").write_text("[metadata]\nname = x\n\n[auditor]\ndisable =\n    hedge\n")
    for folder in (tmp_path, tmp_path / "news"):
        (folder / "draft.txt").write_text(LEAK_AND_HEDGE)
    return tmp_path


def test_nearest_config_applies_to_each_file(tmp_path):
    make_tree(tmp_path)
    result = check("draft.txt", "news/draft.txt", cwd=tmp_path)
    assert locations(result.stdout) == [
        "draft.txt:1:1: info leak.chat-preamble",
        "draft.txt:3:1: warning hedge.vague-attribution",
        "draft.txt:3:22: info hedge.speculation",
        "news/draft.txt:1:1: error leak.chat-preamble",
    ]
    assert result.returncode == 1  # fail-on warning at the top; an error in news/


def test_explicit_config_and_ini_numbers_and_lists(tmp_path):
    make_tree(tmp_path)
    config = tmp_path / "house.cfg"
    config.write_text("[auditor]\ndisable = leak, hedge.vague-attribution\nfail_on = info\n"
                      "options.hedge.classifier.threshold = 0.95\noptions.contradiction.nli.max_pairs = 10\n"
                      "options.contradiction.nli.model = null\n")
    loaded = load_config(config)
    assert (loaded.disable, loaded.options) == (("leak", "hedge.vague-attribution"), {
        "hedge.classifier": {"threshold": 0.95}, "contradiction.nli": {"max_pairs": 10, "model": None}})
    result = check("news/draft.txt", "--config", str(config), cwd=tmp_path)
    assert locations(result.stdout) == ["news/draft.txt:3:22: info hedge.speculation"]
    assert result.returncode == 1


def test_include_exclude_globs_when_walking(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.auditor]\ninclude = ["*.md"]\nexclude = ["archive/**"]\n')
    for name in ("a.md", "b.txt", "archive/c.md", "news/d.md", ".git/e.md"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text(LEAK_AND_HEDGE)
    result = check(".", "archive/c.md", "b.txt", "--format", "json", cwd=tmp_path)
    assert [f["path"] for f in json.loads(result.stdout)["files"]] == ["./a.md", "./news/d.md", "b.txt"]


def test_unknown_key_and_bad_value_name_key_and_file(tmp_path):
    config = tmp_path / "pyproject.toml"
    config.write_text("[tool.auditor]\ntreshold = 0.5\n")
    result = check("-", stdin="Text.", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.startswith(f"auditor: error: {config}: treshold: unknown setting (known: checks, ")
    config.write_text('[tool.auditor.options."contradiction.nli"]\nthreshold = 1.5\n')
    assert check("-", stdin="Text.", cwd=tmp_path).stderr == (
        f"auditor: error: {config}: options.contradiction.nli.threshold: 1.5 is not in [0, 1]\n")
    config.write_text('[tool.auditor]\ncontradiction_threshold = 0.7\n')  # a setting of an earlier version
    assert check("-", stdin="Text.", cwd=tmp_path).stderr == (
        f"auditor: error: {config}: contradiction_threshold: now an option of rule contradiction.nli: "
        '[tool.auditor.options."contradiction.nli"] threshold = 0.7\n')
    (tmp_path / "setup.cfg").write_text("[auditor]\nnli_model = models/nli\n")
    assert check("-", "--config", "setup.cfg", stdin="Text.", cwd=tmp_path).stderr == (
        "auditor: error: setup.cfg: nli_model: now an option of rule contradiction.nli: "
        "options.contradiction.nli.model = models/nli\n")
    config.write_text('[tool.auditor]\n[tool.auditor.severity]\n"hedge.*" = "loud"\n')
    assert "severity.hedge.*: 'loud' is not one of info, warning, error" in check("-", stdin="T.", cwd=tmp_path).stderr


def test_malformed_files_name_file_and_line(tmp_path):
    toml = tmp_path / "pyproject.toml"
    toml.write_text("[tool.auditor]\ndisable = [\"hedge\"\nfail_on = 'x'\n")
    result = check("-", stdin="Text.", cwd=tmp_path)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.startswith(f"auditor: error: {toml}: file: invalid TOML: ") and "line 3" in result.stderr
    toml.unlink()
    ini = tmp_path / "setup.cfg"
    ini.write_text("[auditor]\ndisable = hedge\ndisable = leak\n")
    assert check("-", stdin="Text.", cwd=tmp_path).stderr.startswith(f"auditor: error: {ini}: file: invalid INI: ")
    assert "line 3" in check("-", stdin="Text.", cwd=tmp_path).stderr


def test_extra_rule_files_resolve_from_the_config_folder(tmp_path):
    shutil.copy(DRAFTS / "wire.txt", tmp_path / "wire.txt")
    (tmp_path / "house.yml").write_text(
        "check: leak\nrules:\n  - id: house.council\n    category: leak\n    severity: error\n"
        "    message: House style.\n    description: Say 'city council'.\n    patterns: ['\\bThe council\\b']\n"
        "    case_sensitive: true\n")
    (tmp_path / "pyproject.toml").write_text('[tool.auditor]\nextra_rules = ["house.yml"]\n')
    assert "wire.txt:3:1: error house.council" in check("wire.txt", cwd=tmp_path).stdout
    assert find_config(tmp_path / "wire.txt") == tmp_path / "pyproject.toml"
    listed = run("rules", "--config", str(tmp_path / "pyproject.toml")).stdout
    assert "house.council" in listed and "suppression.missing-reason" in listed


def test_nli_model_is_a_folder_beside_the_config_or_a_hub_id(tmp_path):
    (tmp_path / "models" / "nli").mkdir(parents=True)
    (tmp_path / "pyproject.toml").write_text('[tool.auditor.options."contradiction.nli"]\nmodel = "models/nli"\n')
    model = load_config(tmp_path / "pyproject.toml").options["contradiction.nli"]["model"]
    assert model == str(tmp_path / "models" / "nli")
    (tmp_path / "pyproject.toml").write_text(
        '[tool.auditor.options.contradiction.nli]\nmodel = "cross-encoder/nli-deberta-v3-xsmall"\n')
    model = load_config(tmp_path / "pyproject.toml").options["contradiction.nli"]["model"]
    assert model == "cross-encoder/nli-deberta-v3-xsmall"


def test_a_folder_that_cannot_be_listed_is_an_error_row_and_the_walk_goes_on(tmp_path, monkeypatch, capsys):
    import os

    from auditor.cli import main

    for name in ("a.txt", "locked/b.txt", "z/c.txt"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text(LEAK_AND_HEDGE)
    real_scandir = os.scandir

    def scandir(path="."):  # root may list any folder, so refuse one here
        if os.path.basename(path) == "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    monkeypatch.chdir(tmp_path)
    assert main(["check", ".", "--disable", "contradiction", "--format", "json"]) == 2
    files = json.loads(capsys.readouterr().out)["files"]
    assert [(f["path"], f.get("error")) for f in files] == [
        ("./a.txt", None), ("./locked", "./locked: cannot list folder (Permission denied)"), ("./z/c.txt", None)]
    assert all(f["findings"] for f in files if f["path"] != "./locked")


def test_a_config_file_may_name_rules_given_with_rules_on_the_command_line(tmp_path):
    """QA, stop 67: docs/ci.md says --rules adds to the config's rule files, but a severity, disable or option of the
    config naming one of its rules was "no rule" (exit 2)."""
    (tmp_path / "house.yml").write_text(
        "check: house\nextends: existence\nrules:\n"
        "  - {id: house.word, category: hedge, severity: info, message: 'Word {text}', patterns: [foo]}\n"
        "  - {id: house.other, category: hedge, severity: info, message: 'Other {text}', patterns: [bar]}\n")
    (tmp_path / "pyproject.toml").write_text(
        '[tool.auditor]\ndisable = ["house.other"]\n[tool.auditor.severity]\n"house.*" = "error"\n'
        '[tool.auditor.options."house.word"]\nskip_quoted = true\n')
    (tmp_path / "a.txt").write_text('The foo and bar.\n"A foo," she said.\n')
    result = check("a.txt", "--rules", "house.yml", "--disable", "hedge,disclosure,leak", cwd=tmp_path)
    assert (locations(result.stdout), result.returncode) == (["a.txt:1:5: error house.word"], 1)
    assert load_config(tmp_path / "pyproject.toml", [str(tmp_path / "house.yml")]).severity == {"house.*": "error"}
