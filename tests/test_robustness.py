"""Robustness and safety: bad files, huge input, broken models, bad config, no network, determinism.

An auditor running unattended in CI must never crash on an article, never hang and never phone
home. Most CLI tests run fast checks only (``--disable contradiction``); the network and determinism
tests run the default configuration, bundled NLI model included.
"""

from __future__ import annotations

import codecs
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from cli_helpers import check, run
from conftest import FIXTURES, ROOT, SEED

import auditor
import auditor.checks.contradiction  # noqa: F401 -- registers the check until CHECK_MODULES lists it
from auditor import Auditor
from auditor.config import Config
from auditor.configfile import load_config
from auditor.engine import chunk_bounds
from auditor.errors import AuditorError, ConfigError, InputError
from auditor.nli import ModelLoadError, bundled_model_dir, load_model
from auditor.textio import read_file, read_text

LEAK = "Certainly! Here is the article you asked for.\nThe council met on Monday.\n"
PAIRS = ("The plant will close in March.\n\nIts 300 workers were told on Friday.\n\n"
         "Analysts have opined that the plant will stay open for years.")
BUNDLED_WEIGHTS = bundled_model_dir() / "model.safetensors"
needs_bundled_model = pytest.mark.skipif(not BUNDLED_WEIGHTS.is_file(),
                                         reason=f"bundled NLI weights not built yet ({BUNDLED_WEIGHTS} is missing)")


# --- files -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("data, expected", [
    (codecs.BOM_UTF8 + "café".encode(), "café"),
    ("café “x”".encode("utf-16"), "café “x”"),                                   # BOM, either byte order
    (codecs.BOM_UTF16_BE + "café".encode("utf-16-be"), "café"),
    ("café".encode("utf-32"), "café"),
    ("As an AI language model".encode("utf-16-le"), "As an AI language model"),  # Windows, no BOM
    (b'<html><head><meta charset="windows-1252"></head><p>caf\xe9 \x93x\x94</p>', None),
    (b'<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">caf\xe9', None),
    (b'<?xml version="1.0" encoding="latin-1"?><p>caf\xe9</p>', None),
    (b'<meta charset="utf-16"><p>caf\xc3\xa9</p>', None),                       # ignored, as browsers do
    (b"", ""),
])
def test_declared_and_detected_encodings_are_decoded(data, expected):
    text = read_text(data, "draft")
    assert text == expected if expected is not None else "café" in text


@pytest.mark.parametrize("data, message", [
    (b"caf\xe9", "draft: not valid UTF-8 (byte 0xe9 at offset 3)"),
    (b"ok \xed\xa0\x80", "draft: not valid UTF-8 (byte 0xed at offset 3)"),     # an encoded lone surrogate
    (b'<meta charset="utf-8">caf\xe9', "draft: not valid UTF-8 (byte 0xe9 at offset 25)"),
    (b'<meta charset="shift_jis">\x82\xa0\xff\xff',
     "draft: not valid shift_jis as declared in the file (byte 0xff at offset 28)"),
    (codecs.BOM_UTF8 + b"caf\xe9", "draft: not valid UTF-8 (byte 0xe9 at offset 6)"),
    (codecs.BOM_UTF16_LE + b"a\x00\x00\xd8", "draft: not valid UTF-16 (byte 0x00 at offset 4)"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "draft: binary file (NUL byte at offset 8), not a text draft"),
    (codecs.BOM_UTF16_LE + "a\x00b".encode("utf-16-le"),
     "draft: binary file (NUL character 1 after decoding as UTF-16), not a text draft"),
])
def test_undecodable_bytes_are_one_line_errors_naming_file_encoding_and_offset(data, message):
    with pytest.raises(InputError) as error:
        read_text(data, "draft")
    assert str(error.value) == message


def test_read_file_stops_at_the_size_cap_even_on_an_endless_device(tmp_path):
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero")
    with pytest.raises(InputError, match=r"^/dev/zero: over 44 bytes, so over max_chars=10 characters; raise it"):
        read_file("/dev/zero", max_chars=10)
    big = tmp_path / "big.txt"
    big.write_text("x" * 45)
    with pytest.raises(InputError, match="over max_chars=10"):
        read_file(big, max_chars=10)
    assert read_file(big, max_chars=45) == "x" * 45


def test_bad_files_are_one_line_errors_exit_2_and_every_other_file_is_reported(tmp_path):
    files = {
        "missing.txt": None,
        "photo.jpg": b"\xff\xd8\x00\x10JFIF",
        "old.txt": "caf\xe9".encode("latin-1"),
        "empty.txt": b"",
        "windows.txt": LEAK.encode("utf-16"),
        "legacy.html": (b'<meta charset="windows-1252"><p>As an AI language model, I cannot say.</p>'
                        b'<p>Caf\xe9 \x93open\x94.</p>'),
        "draft.txt": LEAK.encode(),
    }
    for name, data in files.items():
        if data is not None:
            (tmp_path / name).write_bytes(data)
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    paths = [str(tmp_path / name) for name in [*files, "dangling.txt"]]
    result = check(*paths, "--format", "json")
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        f"auditor: error: {tmp_path / 'missing.txt'}: cannot read (No such file or directory)",
        f"auditor: error: {tmp_path / 'photo.jpg'}: binary file (NUL byte at offset 2), not a text draft",
        f"auditor: error: {tmp_path / 'old.txt'}: not valid UTF-8 (byte 0xe9 at offset 3)",
        f"auditor: {tmp_path / 'empty.txt'}: empty, nothing to audit",
        f"auditor: error: {tmp_path / 'dangling.txt'}: cannot read (No such file or directory)",
    ]
    data = json.loads(result.stdout)
    by_name = {Path(f["path"]).name: f for f in data["files"]}
    assert [name for name, f in by_name.items() if "error" in f] == [
        "missing.txt", "photo.jpg", "old.txt", "dangling.txt"]
    assert by_name["empty.txt"]["findings"] == []
    for name in ("windows.txt", "legacy.html", "draft.txt"):
        assert any(f["rule"].startswith("leak.") for f in by_name[name]["findings"]), name
    assert data["summary"]["unreadable"] == 4


@pytest.mark.skipif(os.geteuid() == 0 if hasattr(os, "geteuid") else True, reason="root can read any file")
def test_unreadable_file_is_a_one_line_error(tmp_path):
    locked = tmp_path / "locked.txt"
    locked.write_text(LEAK)
    locked.chmod(0)
    result = check(str(locked))
    assert result.returncode == 2
    assert result.stderr == f"auditor: error: {locked}: cannot read (Permission denied)\n"


def test_folder_of_two_thousand_files_is_audited_with_the_bad_ones_reported(tmp_path):
    folder = tmp_path / "drafts"
    for i in range(2000):
        sub = folder / f"batch{i // 500}"
        sub.mkdir(parents=True, exist_ok=True)
        if i % 400 == 7:
            (sub / f"story{i:04}.txt").write_bytes(b"caf\xe9 " + str(i).encode())
        else:
            body = LEAK if i % 100 == 0 else f"The council met on Monday {i}.\n"
            (sub / f"story{i:04}.txt").write_text(body)
    result = check(str(folder), "--disable", "hedge", "--format", "json")
    assert result.returncode == 2
    errors = result.stderr.splitlines()
    assert len(errors) == 5 and all(e.startswith("auditor: error: ") and "not valid UTF-8" in e for e in errors)
    data = json.loads(result.stdout)
    assert data["summary"]["files"] == 2000 and data["summary"]["unreadable"] == 5
    leaked = sorted(Path(f["path"]).name for f in data["files"] if f["findings"])
    assert leaked == [f"story{i:04}.txt" for i in range(0, 2000, 100)]
    assert "Traceback" not in result.stderr


def test_an_internal_error_on_one_file_is_one_line_and_others_are_still_audited(tmp_path, monkeypatch, capsys):
    from auditor import cli, engine

    boom, fine = tmp_path / "boom.txt", tmp_path / "fine.txt"
    boom.write_text("BOOM. " + LEAK)
    fine.write_text(LEAK)
    original = engine.Auditor.audit

    def audit(self, text, source=None, format=None):
        if "BOOM" in text:
            raise RuntimeError("simulated bug")
        return original(self, text, source, format)

    monkeypatch.setattr(engine.Auditor, "audit", audit)
    assert cli.main(["check", str(boom), str(fine), "--disable", "contradiction"]) == 2
    out, err = capsys.readouterr()
    assert err == (f"auditor: error: {boom}: internal error while auditing (RuntimeError: simulated bug); "
                   "--debug shows where\n")
    assert f"{fine}:1:1: error leak.chat-preamble" in out
    assert cli.main(["check", str(boom), "--disable", "contradiction", "--debug"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("Traceback (most recent call last):") and "simulated bug" in err


# --- huge input --------------------------------------------------------------------------------------

def test_max_chars_is_a_clear_error_from_the_api_and_the_cli(tmp_path):
    with pytest.raises(InputError) as error:
        Auditor({"max_chars": 10, "checks": ["leak"]}).audit("x" * 11, source="big.txt")
    assert str(error.value) == ("big.txt: 11 characters exceeds max_chars=10; "
                                "raise it with --max-chars or max_chars in the config (0: no limit)")
    assert Auditor({"max_chars": 0, "checks": ["leak"]}).audit("x" * 11).findings == []
    big, small = tmp_path / "big.txt", tmp_path / "small.txt"
    big.write_text("As an AI language model, I cannot. " * 100)
    small.write_text(LEAK)
    result = check(str(big), str(small), "--max-chars", "1000")
    assert result.returncode == 2
    assert result.stderr == (f"auditor: error: {big}: 3,500 characters exceeds max_chars=1,000; "
                             "raise it with --max-chars or max_chars in the config (0: no limit)\n")
    assert f"{small}:1:1: error leak.chat-preamble" in result.stdout
    config = tmp_path / "auditor.toml"
    config.write_text("max_chars = 5000\n")
    assert check(str(big), "--config", str(config)).returncode == 1     # audited: leak errors


def test_default_cap_refuses_a_ten_megabyte_article_quickly(tmp_path):
    huge = tmp_path / "huge.txt"
    huge.write_text(("The council met on Monday. " * 37 + "\n\n") * 10_000)
    result = check(str(huge))  # refused after reading 8 MB: more bytes than 2,000,000 characters can take
    assert result.returncode == 2
    assert result.stderr == (f"auditor: error: {huge}: over 8,000,004 bytes, so over max_chars=2,000,000 characters; "
                             "raise it with --max-chars or max_chars in the config (0: no limit)\n")
    result = check("-", stdin=huge.read_text())  # standard input: read no further than that either
    assert result.returncode == 2
    assert result.stderr == ("auditor: error: <stdin>: over 8,000,004 bytes, so over max_chars=2,000,000 characters; "
                             "raise it with --max-chars or max_chars in the config (0: no limit)\n")
    result = check("-", stdin=huge.read_text()[:2_500_000])  # fewer bytes: counted in characters
    assert result.returncode == 2
    assert result.stderr == ("auditor: error: <stdin>: 2,500,000 characters exceeds max_chars=2,000,000; "
                             "raise it with --max-chars or max_chars in the config (0: no limit)\n")


def test_chunked_audit_equals_the_whole_text_audit_on_a_long_article(seed_text):
    text = "\n\n".join(f"{seed_text.strip()}\n\nThis article was generated by AI." if i % 7 == 3 else seed_text.strip()
                       for i in range(60))
    whole = Auditor({"disable": ["contradiction"]})
    whole.chunk_chars = len(text)
    chunked = Auditor({"disable": ["contradiction"]})
    chunked.chunk_chars = 20_000
    assert len(chunk_bounds(text, chunked.chunk_chars)) > 5
    expected, found = whole.audit(text).findings, chunked.audit(text).findings
    assert found == expected and len(found) > 60 * 10  # disclosure positions included: judged on the whole text


def test_chunk_bounds_cover_the_text_and_prefer_blank_lines():
    text = "a" * 50 + "\n\n" + "b" * 50 + "\n" + "c" * 50 + " " + "d" * 120
    bounds = chunk_bounds(text, 100)
    assert [text[s:e] for s, e in bounds] == ["a" * 50 + "\n\n", "b" * 50 + "\n", "c" * 50 + " ", "d" * 100, "d" * 20]
    assert bounds[0][0] == 0 and bounds[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(bounds, bounds[1:], strict=False))


# --- models --------------------------------------------------------------------------------------------

def _model_dir(tmp_path: Path, kind: str) -> Path:
    folder = tmp_path / kind
    folder.mkdir()
    config = {"architectures": ["BertForSequenceClassification"], "model_type": "bert", "num_labels": 3,
              "id2label": {"0": "entailment", "1": "neutral", "2": "contradiction"}}
    if kind == "corrupt":
        (folder / "config.json").write_text("{not json")
        (folder / "model.safetensors").write_bytes(b"garbage")
        (folder / "vocab.txt").write_text("[PAD]\n")
    elif kind == "two-labels":
        (folder / "config.json").write_text(json.dumps(dict(config, num_labels=2, id2label={"0": "a", "1": "b"})))
        (folder / "model.safetensors").write_bytes(b"garbage")
        (folder / "vocab.txt").write_text("[PAD]\n")
    elif kind == "pickle-only":
        (folder / "config.json").write_text(json.dumps(config))
        (folder / "pytorch_model.bin").write_bytes(b"\x80\x04K\x01.")
        (folder / "vocab.txt").write_text("[PAD]\n")
    elif kind == "bad-weights":
        (folder / "config.json").write_text(json.dumps(config))
        (folder / "model.safetensors").write_bytes(b"\x08\x00\x00\x00\x00\x00\x00\x00{}garbage")
        (folder / "vocab.txt").write_text("[PAD]\n[UNK]\n[CLS]\n[SEP]\n")
    return folder


@pytest.mark.parametrize("kind, expected", [
    ("missing", "no such model directory (expected a directory with config.json, model.safetensors"),
    ("empty", "missing config.json (expected a Hugging Face model directory)"),
    ("corrupt", "unreadable"),
    ("two-labels", "config has 2 labels; expected a 3-way NLI head"),
    ("pickle-only", "only pickle weights (pytorch_model.bin); expected model.safetensors; pass allow_pickle=True"),
])
def test_broken_model_directories_are_one_clear_error_naming_the_path(tmp_path, kind, expected):
    folder = tmp_path / kind if kind == "missing" else _model_dir(tmp_path, kind) if kind != "empty" else tmp_path
    model = str(folder) + ("/" if kind == "missing" else "")
    aud = Auditor({"checks": ["contradiction"], "options": {"contradiction.nli": {"model": model}}})
    with pytest.raises(ModelLoadError) as error:
        aud.audit(PAIRS)
    message = str(error.value)
    assert isinstance(error.value, AuditorError) and "\n" not in message
    assert str(folder) in message and expected in message and "expected" in message


@pytest.mark.filterwarnings("ignore::UserWarning")
def test_pickle_checkpoints_load_only_when_explicitly_allowed(tmp_path):
    folder = _model_dir(tmp_path, "pickle-only")
    with pytest.raises(ModelLoadError, match="only pickle weights"):
        load_model(folder)
    with pytest.raises(ModelLoadError) as error:  # allowed: gets past the refusal, then fails on the bad file
        load_model(folder, allow_pickle=True)
    assert "only pickle weights" not in str(error.value) and str(folder) in str(error.value)


def test_a_broken_model_is_one_line_exit_2_from_the_cli(tmp_path):
    folder = _model_dir(tmp_path, "bad-weights")
    config = tmp_path / "auditor.toml"
    config.write_text(f'[options."contradiction.nli"]\nmodel = "{folder}"\n')
    draft = tmp_path / "draft.txt"
    draft.write_text(PAIRS)
    code = ("import sys, auditor.checks.contradiction\nfrom auditor.cli import main\n"
            "sys.exit(main(sys.argv[1:]))")
    result = subprocess.run([sys.executable, "-c", code, "check", str(draft), "--config", str(config)],
                            capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert result.returncode == 2, result.stderr
    [line] = result.stderr.splitlines()
    assert line.startswith(f"auditor: error: {folder}: ") and "expected" in line
    assert "Traceback" not in result.stderr


# --- network -------------------------------------------------------------------------------------------

_NO_NETWORK = textwrap.dedent("""
    import socket, sys
    attempts = []

    def hook(event, args):
        if event in ("socket.connect", "socket.getaddrinfo", "socket.gethostbyname", "socket.sendto",
                     "socket.sendmsg", "socket.bind") \
                and not (args and getattr(args[0], "family", None) == socket.AF_UNIX):
            attempts.append(event)
            raise OSError("network use forbidden in this test: " + event)

    sys.addaudithook(hook)
    def refuse(*args, **kwargs):
        attempts.append("create_connection")
        raise OSError("network use forbidden in this test")
    socket.create_connection = refuse
    socket.getaddrinfo = refuse
    socket.socket.connect = refuse
    socket.socket.connect_ex = refuse

    import auditor.checks.contradiction  # registered here until CHECK_MODULES lists it
    from auditor.cli import main
    code = main(sys.argv[1:])
    print("NETWORK ATTEMPTS:", attempts, file=sys.stderr)
    sys.exit(code)
""")


def _without_network(*args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("HF_", "TRANSFORMERS_", "HUGGINGFACE_"))}
    env["HF_HOME"] = str(Path(os.environ.get("TMPDIR", "/tmp")) / "auditor-test-empty-hf-home")
    return subprocess.run([sys.executable, "-c", _NO_NETWORK, *args], capture_output=True, text=True, cwd=ROOT,
                          env=env, timeout=600)


@needs_bundled_model
def test_default_audit_with_the_bundled_model_opens_no_network_socket():
    result = _without_network("check", str(SEED), "--format", "json")
    assert "NETWORK ATTEMPTS: []" in result.stderr, result.stderr
    data = json.loads(result.stdout)
    assert result.returncode in (0, 1) and data["summary"]["unreadable"] == 0
    assert "contradiction" in auditor.checks.REGISTRY


def test_fast_checks_and_the_hedge_classifier_open_no_network_socket():
    result = _without_network("check", str(SEED), "--disable", "contradiction")
    assert result.stderr.strip() == "NETWORK ATTEMPTS: []" and result.returncode == 0


@pytest.mark.skipif(os.environ.get("AUDITOR_HYPOTHESIS_PROFILE") != "long",
                    reason="about a minute (huggingface_hub retries the refused connection); runs in make test-long")
def test_a_configured_hub_id_is_the_only_way_to_the_network(tmp_path):
    """Positive control: naming a hub model does try the network (refused here), and says so in one line."""
    config = tmp_path / "auditor.toml"
    config.write_text('[options."contradiction.nli"]\nmodel = "example-org/no-such-nli-model"\n')
    draft = tmp_path / "draft.txt"
    draft.write_text(PAIRS)
    result = _without_network("check", str(draft), "--config", str(config))
    assert result.returncode == 2
    assert "NETWORK ATTEMPTS: []" not in result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("auditor: error: ")]
    assert len(errors) == 1 and "example-org/no-such-nli-model" in errors[0]
    assert "Traceback" not in result.stderr


# --- config ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("name, content, message", [
    ("a.toml", "checks = [\n", "a.toml: file: invalid TOML: "),
    ("setup.cfg", "[auditor]\ndisable = a\ndisable = b\n", "setup.cfg: file: invalid INI: "),
    ("a.toml", "treshold = 0.5\n", "a.toml: treshold: unknown setting (known: checks, "),
    ("a.toml", 'max_chars = "big"\n', "a.toml: max_chars: 'big' is not a whole number >= 0 (0: no limit)"),
    ("a.toml", "max_chars = -1\n", "a.toml: max_chars: -1 is not a whole number >= 0 (0: no limit)"),
    ("setup.cfg", "[auditor]\nmax_chars = 1.5\n", "setup.cfg: max_chars: 1.5 is not a whole number >= 0"),
    ("a.toml", "checks = 3\n", "a.toml: checks: expected a list of names"),
    ("a.toml", 'checks = ["hedge", "spelling"]\n', "a.toml: checks: unknown check 'spelling'"),
    ("a.toml", "disable = [1]\n", "a.toml: disable: expected a list of names"),
    ("a.toml", "fail_on = 1\n", "a.toml: fail_on: 1 is not one of info, warning, error, never"),
    ("a.toml", '[options."contradiction.nli"]\nthreshold = "high"\n',
     "a.toml: options.contradiction.nli.threshold: expected float or int, got str 'high'"),
    ("a.toml", '[options."hedge.classifier"]\nthreshold = true\n',
     "a.toml: options.hedge.classifier.threshold: expected float or int or null, got bool True"),
    ("a.toml", '[options."contradiction.nli"]\nmax_pairs = 1.5\n',
     "a.toml: options.contradiction.nli.max_pairs: expected int, got float 1.5"),
    ("a.toml", "contradiction_max_pairs = 10\n",
     """a.toml: contradiction_max_pairs: now an option of rule contradiction.nli: [options."contradiction.nli"] """
     "max_pairs = 10"),
    ("a.toml", "severity = 3\n", "a.toml: severity: expected a mapping"),
    ("a.toml", '[severity]\n"hedge.*" = "loud"\n',
     "a.toml: severity.hedge.*: 'loud' is not one of info, warning, error"),
    ("a.toml", '[options."contradiction.nli"]\nmodel = 5\n',
     "a.toml: options.contradiction.nli.model: expected str or null, got int 5"),
    ("a.toml", '[options."contradiction.nli".long_documents]\ntreshold = 0.95\n',
     "a.toml: options.contradiction.nli.long_documents: treshold: unknown setting (known: from_pairs, to_pairs, "
     "threshold)"),
    ("setup.cfg", "[auditor]\noptions.contradiction.nli.cues.max_number = 3\n",
     "setup.cfg: options.contradiction.nli.cues: max_number: unknown setting (known: "),
    ("setup.cfg", "[auditor]\noptions.contradiction.nli.long_documents.to_pairs = 10\n",
     "setup.cfg: options.contradiction.nli.long_documents: to_pairs: must be above from_pairs (40)"),
    ("a.toml", "[tool]\nauditor = 3\n", "a.toml: tool.auditor: expected a table"),
    ("b.toml", "", "b.toml: [tool.auditor]: no such table in this file"),
])
def test_bad_config_is_a_clear_error_naming_file_and_key(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_text(content)
    with pytest.raises(ConfigError) as error:
        load_config(path)
    expected = str(tmp_path / message.split(":")[0]) + ":" + message.split(":", 1)[1]
    assert str(error.value).startswith(expected), str(error.value)


def test_bad_config_through_the_cli_is_one_line_exit_2(tmp_path):
    config = tmp_path / "pyproject.toml"
    config.write_text("[tool.auditor]\nmax_chars = \"big\"\n")
    result = check("-", "--config", str(config), stdin="Text.")
    assert result.returncode == 2
    assert result.stderr == f"auditor: error: {config}: max_chars: 'big' is not a whole number >= 0 (0: no limit)\n"
    config.write_text("[tool.auditor\n")
    result = check("-", "--config", str(config), stdin="Text.")
    assert result.returncode == 2 and len(result.stderr.splitlines()) == 1
    assert result.stderr.startswith(f"auditor: error: {config}: file: invalid TOML: ")


def test_config_max_chars_from_dict():
    assert Config.from_dict({"max_chars": 10}).max_chars == 10 and Config().max_chars == 2_000_000
    with pytest.raises(ConfigError, match="max_chars: True is not a whole number"):
        Config.from_dict({"max_chars": True})


# --- determinism ------------------------------------------------------------------------------------------

def test_json_output_is_byte_identical_across_runs_and_job_counts():
    """The default configuration (the NLI check too, once it is registered) on the seed and the drafts."""
    paths = [str(SEED), *sorted(str(p) for p in (FIXTURES / "drafts").iterdir())]
    first = run("check", *paths, "--format", "json", "--fail-on", "never")
    second = run("check", *paths, "--format", "json", "--fail-on", "never")
    parallel = run("check", *paths, "--format", "json", "--fail-on", "never", "--jobs", "2")
    assert first.returncode == 0, first.stderr
    assert json.loads(first.stdout)["summary"]["findings"] > 10
    assert first.stdout == second.stdout == parallel.stdout
