"""Model precision: float32 by default, bfloat16 on request, and a clear error for a typo."""

import subprocess
import sys

import pytest

from auditor import Auditor, ConfigError, nli
from auditor.precision import native_bfloat16, precision, requested, set_precision
from conftest import ROOT, SEED

needs_native_bfloat16 = pytest.mark.skipif(not native_bfloat16(), reason="this CPU has no native bfloat16")


@pytest.fixture
def restore_precision():
    yield
    set_precision(None)


def test_float32_is_the_default(monkeypatch):
    monkeypatch.delenv("AUDITOR_PRECISION", raising=False)
    assert (requested(), precision()) == ("float32", "float32")
    monkeypatch.setenv("AUDITOR_PRECISION", " BFloat16 ")
    assert precision() == "bfloat16"
    monkeypatch.setenv("AUDITOR_PRECISION", "auto")
    assert precision() == ("bfloat16" if native_bfloat16() else "float32")


def test_a_typo_in_the_variable_is_an_error_naming_it(monkeypatch):
    monkeypatch.setenv("AUDITOR_PRECISION", "float64")
    with pytest.raises(ConfigError, match=r"AUDITOR_PRECISION: unknown value 'float64' \(choose from float32, "):
        Auditor({"checks": ["hedge"]})
    with pytest.raises(ConfigError, match="set_precision: name: unknown value 'half'"):
        set_precision("half")


def test_cli_reports_the_typo_and_exits_2():
    done = subprocess.run([sys.executable, "-m", "auditor.cli", "check", str(SEED)], capture_output=True, text=True,
                          cwd=ROOT, env={"AUDITOR_PRECISION": "fp16", "PATH": ""}, timeout=120)
    assert done.returncode == 2
    assert done.stderr.strip() == ("auditor: error: environment: AUDITOR_PRECISION: unknown value 'fp16' "
                                   "(choose from float32, bfloat16, auto)")
    assert "Traceback" not in done.stderr


@needs_native_bfloat16
def test_bfloat16_gives_the_seed_findings_of_float32(seed_text, restore_precision):
    auditor = Auditor()
    single = auditor.audit(seed_text).findings
    set_precision("bfloat16")
    half = auditor.audit(seed_text).findings
    assert [(f.rule, f.start, f.end, f.related) for f in half] == [(f.rule, f.start, f.end, f.related) for f in single]
    [pair] = [(a.score, b.score) for a, b in zip(single, half, strict=True) if a.rule == "contradiction.nli"]
    assert pair[0] == pytest.approx(0.730, abs=5e-4) and pair[1] == pytest.approx(pair[0], abs=0.01)  # NLI version 6


def test_an_int8_model_runs_in_float32_under_bfloat16(restore_precision):
    set_precision("bfloat16")
    model = nli.load_model(quantize=True, cache_size=0)
    [probs] = model.predict(["The vote was postponed until March."], ["The vote took place in January."])
    assert max(probs, key=probs.get) == "contradiction"
