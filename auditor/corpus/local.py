"""The local engine: batches of documents audited in worker processes that share one ``Auditor``.

This process builds the ``Auditor`` and audits the first batch itself (loading the models it needs),
then forks the workers, which inherit the auditor and its loaded models instead of each loading its
own (``auditor.workers``: torch on ``cores // workers`` threads each). At most two batches per worker
are in flight, so memory stays bounded however long the corpus is; results come back in input order.

Example:
    >>> from auditor.config import Config
    >>> from auditor.corpus.sources import Item
    >>> [(findings, documents)] = run_local([[Item("a", "I am an AI.")]], Config(checks=("leak",)), workers=1)
    >>> [r["rule"] for r in findings]
    ['leak.ai-self-reference']
"""

from __future__ import annotations

from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from collections.abc import Iterable, Iterator

from ..config import Config
from ..engine import Auditor
from ..workers import available_cores, fork_pool, single_threaded
from .sources import Item
from .worker import audit_items

_auditor: Auditor | None = None


def run_local(batches: Iterable[list[Item]], config: Config,
              workers: int | None = None) -> Iterator[tuple[list[dict], list[dict]]]:
    """``(finding_rows, document_rows)`` per batch, in order; ``workers`` processes (default: one per core)."""
    global _auditor
    workers = workers or available_cores()
    auditor = Auditor(config)
    batches = iter(batches)
    if workers == 1:
        yield from (audit_items(auditor, batch) for batch in batches)
        return
    pool = fork_pool(workers)
    if pool is None:  # no fork on this platform: each worker builds its own auditor and models
        pool = ProcessPoolExecutor(workers, initializer=_start_worker, initargs=(config,))
    else:
        first = next(batches, None)
        if first is None:
            return
        yield single_threaded(audit_items, auditor, first)
    _auditor = auditor  # what forked workers inherit
    try:
        with pool:
            pending: deque[Future] = deque()
            for batch in batches:
                pending.append(pool.submit(_audit_batch, batch))
                if len(pending) >= 2 * workers:
                    yield pending.popleft().result()
            while pending:
                yield pending.popleft().result()
    finally:
        _auditor = None


def _start_worker(config: Config) -> None:
    global _auditor
    _auditor = Auditor(config)


def _audit_batch(batch: list[Item]) -> tuple[list[dict], list[dict]]:
    if _auditor is None:
        raise RuntimeError("a worker audits only after _start_worker or a fork from audit_local")
    return audit_items(_auditor, batch)
