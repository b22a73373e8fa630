"""Numeric precision of model inference: float32 (the default), or bfloat16 on request.

The bundled models (NLI cross-encoder, sentence embedder, hedge model) run their forward passes in
``inference()``: ``torch.inference_mode`` plus, when the precision is ``bfloat16``, ``torch.autocast``
in bfloat16 (matrix products in bfloat16; softmax and normalisation in float32). ``auto`` means
``bfloat16`` on a CPU with native bfloat16 (Intel AMX or AVX512-BF16) and ``float32`` elsewhere
(emulated bfloat16 is slower). On this project's 2-core AMX machine bfloat16 makes a whole audit about
1.3x faster, with the same figures on every real evaluation set (README, "Whole-audit speed").

float32 stays the default because it is reproducible: bfloat16 results depend on the batch a text
is scored in and on the thread count (scores move by about 0.003), so ``--jobs``, chunking and corpus
workers would no longer give byte-identical reports, and a pair or sentence scored right at a
threshold can fall on the other side. Choose with ``AUDITOR_PRECISION=bfloat16`` (or ``auto``), or
``set_precision("bfloat16")`` in Python.

Example:
    >>> set_precision("bfloat16")
    >>> precision()
    'bfloat16'
    >>> set_precision(None)  # back to AUDITOR_PRECISION, or float32
    >>> precision()
    'float32'
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager

from .errors import ConfigError

PRECISIONS = ("float32", "bfloat16", "auto")
ENVIRONMENT = "AUDITOR_PRECISION"
_chosen: str | None = None
_native_bfloat16: bool | None = None


def set_precision(name: str | None) -> None:
    """Use ``name`` (one of ``PRECISIONS``) from now on in this process; None: ``AUDITOR_PRECISION``, or float32.
    Set it before the first audit (the models' result caches keep what they computed), and use the
    variable for ``--jobs`` and corpus workers: other processes read only ``AUDITOR_PRECISION``."""
    global _chosen
    if name is not None and name not in PRECISIONS:
        raise ConfigError("set_precision", "name", f"unknown value {name!r} (choose from {', '.join(PRECISIONS)})")
    _chosen = name


def requested() -> str:
    """The precision asked for: ``set_precision``'s, else ``AUDITOR_PRECISION``'s, else ``float32``
    (an unknown value of the variable is a ConfigError naming it)."""
    if _chosen is not None:
        return _chosen
    name = os.environ.get(ENVIRONMENT, "").strip().lower() or "float32"
    if name not in PRECISIONS:
        raise ConfigError("environment", ENVIRONMENT,
                          f"unknown value {os.environ[ENVIRONMENT]!r} (choose from {', '.join(PRECISIONS)})")
    return name


def precision() -> str:
    """``float32`` or ``bfloat16``: the precision the models run in now (``auto`` resolved)."""
    name = requested()
    if name == "auto":
        return "bfloat16" if native_bfloat16() else "float32"
    return name


def native_bfloat16() -> bool:
    """Whether this CPU computes bfloat16 natively (AMX or AVX512-BF16)."""
    global _native_bfloat16
    if _native_bfloat16 is None:
        import torch

        try:
            _native_bfloat16 = bool(torch.cpu._is_amx_tile_supported() or torch.cpu._is_avx512_bf16_supported())
        except (AttributeError, RuntimeError):  # another torch build: no way to tell, so float32
            _native_bfloat16 = False
    return _native_bfloat16


@contextmanager
def inference(bfloat16_ok: bool = True) -> Iterator[None]:
    """Run a model's forward pass without gradients, in the current ``precision()`` (float32 whatever it
    is when not ``bfloat16_ok``: an int8-quantised model); convert outputs with ``.float()`` before
    ``.numpy()``."""
    import torch

    bfloat16 = bfloat16_ok and precision() == "bfloat16"
    with torch.inference_mode(), torch.autocast("cpu", dtype=torch.bfloat16, enabled=bfloat16):
        yield
