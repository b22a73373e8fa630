"""Shared fixtures: paths of the fixture files and one Auditor for the whole session."""

from pathlib import Path

import pytest

import auditor

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SEED = FIXTURES / "seed" / "bakhmut.txt"


@pytest.fixture(scope="session")
def default_auditor() -> auditor.Auditor:
    return auditor.Auditor()


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text("utf-8")
