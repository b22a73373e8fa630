"""``auditor check --jobs N`` and the local corpus engine load the models once, in the parent, and fork
workers that share them (measured in benchmarks/bench_corpus.py --check-files)."""

import os

import pytest

from auditor.checks import REGISTRY, Check
from auditor.config import Config
from auditor.corpus.local import run_local
from auditor.corpus.sources import Item
from auditor.runner import Task, run_tasks
from auditor.workers import fork_pool


class _LoadCounting(Check):
    """A check whose "model" loads on first use and writes the loading process id to ``log``."""

    name = "load-counting"
    log = None

    def check(self, doc):
        if not hasattr(self, "model"):
            with open(self.log, "a") as file:
                file.write(f"{os.getpid()}\n")
            self.model = "loaded"
        return []


@pytest.fixture
def load_log(tmp_path, monkeypatch):
    monkeypatch.setitem(REGISTRY, _LoadCounting.name, _LoadCounting)
    monkeypatch.setattr(_LoadCounting, "log", str(tmp_path / "loads.txt"))
    return tmp_path / "loads.txt"


needs_fork = pytest.mark.skipif(fork_pool(1) is None, reason="no fork on this platform")


@needs_fork
def test_check_jobs_load_the_model_once_in_the_parent(load_log):
    tasks = [Task(f"<draft {n}>", None, f"Draft {n}.".encode(), "text", None) for n in range(6)]
    results = run_tasks(tasks, {None: Config(checks=("load-counting",))}, jobs=2)
    assert [r.path for r in results] == [t.display for t in tasks] and all(r.error is None for r in results)
    assert load_log.read_text().split() == [str(os.getpid())]


@needs_fork
def test_corpus_workers_share_the_parents_model(load_log):
    batches = [[Item(f"doc-{b}-{n}", f"Document {n}.") for n in range(3)] for b in range(4)]
    rows = list(run_local(batches, Config(checks=("load-counting",)), workers=2))
    assert [d["document_id"] for _, documents in rows for d in documents] == [
        f"doc-{b}-{n}" for b in range(4) for n in range(3)]
    assert load_log.read_text().split() == [str(os.getpid())]
