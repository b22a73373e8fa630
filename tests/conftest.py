"""Shared fixtures: paths of the fixture files, one Auditor for the whole session, and scripts/ as modules."""

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

import auditor

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SEED = FIXTURES / "seed" / "bakhmut.txt"


def load_script(name: str) -> ModuleType:
    """``scripts/<name>.py`` imported as a module (scripts/ is no package), e.g. ``load_script("scan_clean_text")``."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def default_auditor() -> auditor.Auditor:
    return auditor.Auditor()


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text("utf-8")
