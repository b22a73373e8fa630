"""Audit many drafts, in this process or in ``jobs`` worker processes that each load the models once.

Results come back in input order, identical whatever ``jobs`` is.

Example:
    >>> from auditor.config import Config
    >>> [result] = run_tasks([Task("<stdin>", None, b"As an AI language model, no.", "text", None)],
    ...                      {None: Config(checks=("leak",))})
    >>> [f.rule for f in result.findings], result.suppressed
    (['leak.ai-self-reference'], [])
"""

from __future__ import annotations

import sys
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field

from tqdm import tqdm

from .config import Config
from .engine import Auditor
from .errors import InputError
from .findings import Finding
from .formats import audit_prose, detect_format
from .report import Report
from .suppressions import MISSING_REASON, Suppressed, apply_suppressions
from .textio import read_file, read_text


@dataclass(frozen=True)
class Task:
    """One draft: ``display`` name, ``path`` to read (None: its bytes are ``data``), format, config key."""

    display: str
    path: str | None
    data: bytes | None
    format: str | None
    config: str | None


@dataclass
class FileResult:
    """What one draft gave: a report of reported findings, set-aside ones, or a read ``error``."""

    path: str
    report: Report | None = None
    suppressed: list[Suppressed] = field(default_factory=list)
    baselined: list[Finding] = field(default_factory=list)
    error: str | None = None
    fail_on: str = "error"

    @property
    def findings(self) -> list[Finding]:
        return self.report.findings if self.report else []


_configs: dict[str | None, Config] = {}
_auditors: dict[str | None, Auditor] = {}


def init_worker(configs: dict[str | None, Config]) -> None:
    """Process-pool initializer: remember the configs; auditors are built once, on first use."""
    _configs.clear()
    _configs.update(configs)
    _auditors.clear()


def audit_task(task: Task) -> FileResult:
    """Read, mask, audit and apply inline suppressions to one draft."""
    config = _configs[task.config]
    auditor = _auditors.get(task.config) or _auditors.setdefault(task.config, Auditor(config))
    try:
        text = read_text(task.data, task.display) if task.path is None else read_file(task.path)
    except InputError as exc:
        return FileResult(task.display, error=str(exc), fail_on=config.fail_on)
    report = audit_prose(auditor, text, task.display, task.format or detect_format(task.path or ""))
    kept, suppressed = apply_suppressions(text, report.findings)
    kept = [f for f in kept if f.rule != MISSING_REASON or auditor.rules.enabled(MISSING_REASON)]
    return FileResult(task.display, Report(report.document, kept), suppressed, fail_on=config.fail_on)


def run_tasks(tasks: list[Task], configs: dict[str | None, Config], jobs: int = 1,
              progress: bool = False) -> list[FileResult]:
    """Audit every task (``jobs`` > 1: in a process pool), with a tqdm bar on stderr if ``progress``."""
    bar = dict(total=len(tasks), disable=not progress, file=sys.stderr, unit="file", leave=False)
    if jobs <= 1 or len(tasks) <= 1:
        init_worker(configs)
        return [audit_task(t) for t in tqdm(tasks, **bar)]
    with ProcessPoolExecutor(max_workers=jobs, initializer=init_worker, initargs=(configs,)) as pool:
        return list(tqdm(pool.map(audit_task, tasks), **bar))
