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
import traceback
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field

from tqdm import tqdm

from .config import Config
from .engine import Auditor
from .errors import AuditorError, InputError
from .findings import Finding
from .formats import detect_format
from .report import Report
from .suppressions import Suppressed
from .textio import read_file, read_text
from .workers import fork_pool, single_threaded


@dataclass(frozen=True)
class Task:
    """One draft: ``display`` name, ``path`` to read (None: its bytes are ``data``), format, config key;
    ``error``: why it could not even be read (standard input over the size cap, a folder that cannot
    be listed)."""

    display: str
    path: str | None
    data: bytes | None
    format: str | None
    config: str | None
    error: str | None = None


@dataclass
class FileResult:
    """What one draft gave: a report of reported findings, set-aside ones, or a read ``error``."""

    path: str
    report: Report | None = None
    suppressed: list[Suppressed] = field(default_factory=list)
    baselined: list[Finding] = field(default_factory=list)
    error: str | None = None
    fail_on: str = "error"
    traceback: str | None = None  # of an unexpected error; ``auditor check --debug`` prints it
    notice: str | None = None  # something to say on standard error that is not an error ("empty")

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
    """Read and audit one draft (``Auditor.audit``: masking, checks, inline suppressions).

    A draft that cannot be read or decoded, or is over ``max_chars``, gives a result with ``error``
    (one line naming the file); so does an unexpected exception while auditing it (with its
    ``traceback``), and the other drafts are still audited. A config or model error (any other
    ``AuditorError``) concerns every draft and is raised.
    """
    config = _configs[task.config]
    if task.error is not None:
        return FileResult(task.display, error=task.error, fail_on=config.fail_on)
    try:
        auditor = _auditors.get(task.config) or _auditors.setdefault(task.config, Auditor(config))
        if task.path is None:
            text = read_text(task.data or b"", task.display)
        else:
            text = read_file(task.path, config.max_chars)
        report = auditor.audit(text, task.display, task.format or detect_format(task.path or ""))
    except InputError as exc:
        return FileResult(task.display, error=str(exc), fail_on=config.fail_on)
    except AuditorError:
        raise
    except Exception as exc:  # noqa: BLE001 - a bug on one draft must not lose the others
        return FileResult(task.display, error=f"{task.display}: internal error while auditing "
                          f"({type(exc).__name__}: {exc}); --debug shows where", fail_on=config.fail_on,
                          traceback=traceback.format_exc())
    notice = f"{task.display}: empty, nothing to audit" if not text.strip() else None
    return FileResult(task.display, report, report.suppressed, fail_on=config.fail_on, notice=notice)


def _audit_task_in_worker(task: Task) -> FileResult:
    """``audit_task`` in a pool worker: errors are re-raised as plain ``AuditorError`` (with the same
    message), which pickle back to the parent whatever their constructor takes."""
    try:
        return audit_task(task)
    except AuditorError as exc:
        raise AuditorError(str(exc)) from None


def run_tasks(tasks: list[Task], configs: dict[str | None, Config], jobs: int = 1,
              progress: bool = False) -> list[FileResult]:
    """Audit every task (``jobs`` > 1: in a process pool), with a tqdm bar on stderr if ``progress``.

    With ``jobs`` > 1 this process audits the first draft itself (loading the models it needs) and then
    forks the workers, which share those models instead of each loading its own (see ``auditor.workers``).
    """
    bar = dict(total=len(tasks), disable=not progress, file=sys.stderr, unit="file", leave=False)
    init_worker(configs)
    if jobs <= 1 or len(tasks) <= 1:
        return [audit_task(t) for t in tqdm(tasks, **bar)]
    pool = fork_pool(jobs)
    if pool is None:  # no fork on this platform: each worker builds its auditors and loads the models
        pool = ProcessPoolExecutor(max_workers=jobs, initializer=init_worker, initargs=(configs,))
        first = []
    else:
        first = [single_threaded(audit_task, tasks[0])]
        tasks = tasks[1:]
    with pool, tqdm(**bar) as shown:
        shown.update(len(first))
        results = first
        for result in pool.map(_audit_task_in_worker, tasks):
            results.append(result)
            shown.update()
        return results
