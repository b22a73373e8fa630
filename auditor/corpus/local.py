"""The local engine: batches of documents audited in worker processes, one ``Auditor`` each.

Each process builds its ``Auditor`` once (models load on its first document) and gets one torch
thread per core it may use. At most two batches per worker are in flight, so memory stays bounded
however long the corpus is; results come back in input order.

Example:
    >>> from auditor.config import Config
    >>> from auditor.corpus.sources import Item
    >>> [(findings, documents)] = run_local([[Item("a", "I am an AI.")]], Config(checks=("leak",)), workers=1)
    >>> [r["rule"] for r in findings]
    ['leak.ai-self-reference']
"""

from __future__ import annotations

import os
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from typing import Iterable, Iterator

from ..config import Config
from ..engine import Auditor
from .sources import Item
from .worker import MAX_CHARS, audit_items

_auditor: Auditor | None = None


def available_cores() -> int:
    """Cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def run_local(batches: Iterable[list[Item]], config: Config, workers: int | None = None,
              max_chars: int = MAX_CHARS) -> Iterator[tuple[list[dict], list[dict]]]:
    """``(finding_rows, document_rows)`` per batch, in order; ``workers`` processes (default: one per core)."""
    workers = workers or available_cores()
    if workers == 1:
        auditor = Auditor(config)
        yield from (audit_items(auditor, batch, max_chars) for batch in batches)
        return
    with ProcessPoolExecutor(workers, initializer=_start_worker, initargs=(config, workers)) as pool:
        pending = deque()
        for batch in batches:
            pending.append(pool.submit(_audit_batch, batch, max_chars))
            if len(pending) >= 2 * workers:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


def _start_worker(config: Config, workers: int) -> None:
    global _auditor
    _auditor = Auditor(config)
    if "contradiction" in _auditor.check_names:
        import torch

        torch.set_num_threads(max(1, available_cores() // workers))


def _audit_batch(batch: list[Item], max_chars: int) -> tuple[list[dict], list[dict]]:
    return audit_items(_auditor, batch, max_chars)
