"""Worker processes that share this process's loaded models: load once, then fork.

Loading the models (NLI cross-encoder, hedge and sentence encoders) takes seconds per process; a
worker forked after the parent has loaded them starts with them in (copy-on-write) memory. torch's
OpenMP thread pool does not survive a fork: a worker hangs on its first parallel operation when the
parent has run torch on more than one thread. So the parent does its own work single-threaded
(``single_threaded``) and each worker then runs torch on ``cores // workers`` threads (one thread when
torch had already been used here before).

Example:
    >>> single_threaded(sum, [1, 2, 3])
    6
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from concurrent.futures import ProcessPoolExecutor


def available_cores() -> int:
    """Cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def fork_pool(workers: int, initializer=None, initargs: tuple = ()) -> ProcessPoolExecutor | None:
    """A pool of ``workers`` forked processes that inherit this process's objects (auditors, loaded
    models), each limited to its share of the cores, then running ``initializer(*initargs)``; None where
    fork is unavailable (macOS and Windows default to spawn: use a plain pool there)."""
    if "fork" not in multiprocessing.get_all_start_methods():
        return None
    threads = 1 if "torch" in sys.modules else max(1, available_cores() // workers)
    return ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork"),
                               initializer=_start_forked_worker, initargs=(threads, initializer, initargs))


def single_threaded(function, *args):
    """``function(*args)`` with torch limited to one thread in this process (see the module docstring)."""
    if "torch" in sys.modules:
        import torch

        threads = torch.get_num_threads()
        torch.set_num_threads(1)
        try:
            return function(*args)
        finally:
            torch.set_num_threads(threads)
    previous = os.environ.get("OMP_NUM_THREADS")
    os.environ["OMP_NUM_THREADS"] = "1"  # read when torch starts: this process then stays at one thread
    try:
        return function(*args)
    finally:
        if previous is None:
            del os.environ["OMP_NUM_THREADS"]
        else:
            os.environ["OMP_NUM_THREADS"] = previous


def _start_forked_worker(threads: int, initializer, initargs: tuple) -> None:
    os.environ["OMP_NUM_THREADS"] = str(threads)
    if "torch" in sys.modules:
        import torch

        torch.set_num_threads(threads)
    if initializer is not None:
        initializer(*initargs)
