"""Offline 3-way natural-language inference (entailment / neutral / contradiction).

``predict`` scores (premise, hypothesis) pairs with the bundled MiniLM-L6
cross-encoder (``auditor/models/nli-minilm-l6``) or any Hugging Face
sequence-classification NLI model a user names (a local directory, or a hub id
such as ``"cross-encoder/nli-deberta-v3-base"``, ``"roberta-large-mnli"``).
torch is imported only when a model is loaded; the bundled model runs on ``auditor.bert``, and
transformers is imported only for a hub id or a model that is not a plain BERT.

Example:
    >>> from auditor import nli
    >>> [p] = nli.predict(["A man is playing a guitar."], ["Nobody is playing music."])  # doctest: +SKIP
    >>> max(p, key=p.get)  # doctest: +SKIP
    'contradiction'
    >>> model = nli.load_model()  # load once, reuse  # doctest: +SKIP
    >>> probs = model.predict(["It rained all day."], ["The ground stayed dry."])  # doctest: +SKIP
"""
from __future__ import annotations

import os
import threading
import warnings
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from pathlib import Path

from ..precision import inference
from ..textio import encodable
from .errors import ModelLoadError
from .labels import NLI_LABELS, label_mapping
from .loading import bundled_model_dir, load_checkpoint, resolve_source

__all__ = ["NLIModel", "ModelLoadError", "NLI_LABELS", "bundled_model_dir", "load_model", "predict"]

DEFAULT_MAX_LENGTH = 256


class NLIModel:
    """A loaded NLI cross-encoder: ``.predict(premises, hypotheses)`` -> list of probability dicts.

    Build with ``load_model``.  Results are cached per (premise, hypothesis)
    in an LRU of ``cache_size`` entries (0 disables it).

    Example:
        >>> model = load_model()  # doctest: +SKIP
        >>> model.predict(["The vote passed."], ["The vote failed."])[0]["contradiction"] > 0.5  # doctest: +SKIP
        True
    """

    def __init__(self, model, tokenizer, id_to_label: dict[int, str], *, source: str = "",
                 max_length: int = DEFAULT_MAX_LENGTH, cache_size: int = 4096,
                 quantized: bool = False):
        self.model, self.tokenizer = model, tokenizer
        self.id_to_label = dict(id_to_label)
        self.source, self.max_length, self.quantized = source, max_length, quantized
        self.cache_size = cache_size
        self._cache: OrderedDict[tuple[str, str], dict[str, float]] = OrderedDict()
        self._lock = threading.Lock()

    def __repr__(self):
        return (f"NLIModel(source={self.source!r}, labels={self.id_to_label}, "
                f"quantized={self.quantized})")

    def predict(self, premises: Sequence[str] | str, hypotheses: Sequence[str] | str,
                batch_size: int = 16) -> list[dict[str, float]]:
        """Return one {"entailment", "neutral", "contradiction"} probability dict per pair."""
        premises = [premises] if isinstance(premises, str) else list(premises)
        hypotheses = [hypotheses] if isinstance(hypotheses, str) else list(hypotheses)
        if len(premises) != len(hypotheses):
            raise ValueError(f"got {len(premises)} premises but {len(hypotheses)} hypotheses")
        if batch_size < 1:
            raise ValueError(f"batch_size must be >= 1, got {batch_size}")
        pairs = [(str(p), str(h)) for p, h in zip(premises, hypotheses, strict=True)]
        results: list[dict[str, float] | None] = [None] * len(pairs)
        todo: dict[tuple[str, str], list[int]] = {}
        with self._lock:
            for i, pair in enumerate(pairs):
                if pair in self._cache:
                    self._cache.move_to_end(pair)
                    results[i] = dict(self._cache[pair])
                else:
                    todo.setdefault(pair, []).append(i)
        if todo:
            unique = list(todo)
            for pair, probs in zip(unique, self._score(unique, batch_size), strict=True):
                for i in todo[pair]:
                    results[i] = dict(probs)
                self._remember(pair, probs)
        return results  # type: ignore[return-value]

    def clear_cache(self) -> None:
        """Forget every cached (premise, hypothesis) result."""
        with self._lock:
            self._cache.clear()

    def _remember(self, pair, probs):
        if self.cache_size <= 0:
            return
        with self._lock:
            self._cache[pair] = probs
            while len(self._cache) > self.cache_size:
                self._cache.popitem(last=False)

    def _score(self, pairs: list[tuple[str, str]], batch_size: int) -> list[dict[str, float]]:
        import torch

        lengths = [len(p) + len(h) for p, h in pairs]  # characters: a cheap proxy for tokens
        order = sorted(range(len(pairs)), key=lengths.__getitem__)
        out: list[dict[str, float] | None] = [None] * len(pairs)
        with inference(bfloat16_ok=not self.quantized):
            for start in range(0, len(order), batch_size):
                idx = order[start:start + batch_size]
                enc = self.tokenizer([encodable(pairs[i][0]) for i in idx], [encodable(pairs[i][1]) for i in idx],
                                     padding=True, truncation=True, max_length=self.max_length,
                                     return_tensors="pt")
                logits = self.model(**enc).logits.double()
                probs = torch.softmax(logits, dim=-1).tolist()
                for i, row in zip(idx, probs, strict=True):
                    out[i] = {name: row[k] for k, name in sorted(self.id_to_label.items())}
        return [{name: p[name] for name in NLI_LABELS} for p in out]  # type: ignore[index]


def _sensible_threads(threads: int | None) -> None:
    import torch

    if threads:
        torch.set_num_threads(threads)
        return
    try:
        available = len(os.sched_getaffinity(0))
    except AttributeError:
        available = os.cpu_count() or 1
    if torch.get_num_threads() > available:
        torch.set_num_threads(available)


def _quantize(model):
    import torch

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from torch.ao.quantization import quantize_dynamic
        return quantize_dynamic(model, {torch.nn.Linear}, dtype=torch.qint8)


def load_model(model: str | os.PathLike | None = None, *, allow_pickle: bool = False,
               quantize: bool = False, threads: int | None = None,
               label_order: Sequence[str] | None = None, max_length: int = DEFAULT_MAX_LENGTH,
               cache_size: int = 4096) -> NLIModel:
    """Load an NLI model: None = bundled, a directory, or a hub id (the only case that uses the network).

    ``allow_pickle`` permits ``pytorch_model.bin`` checkpoints (unsafe for untrusted
    files); ``quantize`` applies dynamic int8 quantisation to Linear layers (CPU);
    ``label_order`` overrides the checkpoint's ``id2label`` (see ``auditor.nli.labels``).

    Example:
        >>> load_model("no/such/dir/")  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        auditor.nli.errors.ModelLoadError: no/such/dir/: no such model directory ...
    """
    source, is_hub = resolve_source(model)
    if model is None and not (Path(source) / "model.safetensors").is_file():
        raise ModelLoadError(f"{source}: bundled NLI weights missing (expected model.safetensors); "
                             "reinstall the package or run scripts/train_nli.py")
    tokenizer, net = load_checkpoint(source, is_hub, allow_pickle)  # a hub id fails fast, before torch loads
    _sensible_threads(threads)
    try:
        id_to_label = label_mapping(net.config.id2label, label_order)
    except ValueError as exc:
        raise ModelLoadError(f"{source}: {exc}") from exc
    if quantize:
        net = _quantize(net)
    limit = getattr(tokenizer, "model_max_length", max_length) or max_length
    return NLIModel(net, tokenizer, id_to_label, source=str(source),
                    max_length=min(max_length, limit), cache_size=cache_size, quantized=quantize)


_LOADED: dict[tuple, NLIModel] = {}
_LOADED_LOCK = threading.Lock()


def predict(premises: Iterable[str] | str, hypotheses: Iterable[str] | str,
            model: NLIModel | str | os.PathLike | None = None,
            batch_size: int = 16) -> list[dict[str, float]]:
    """Score pairs; ``model`` is an NLIModel, a directory / hub id (loaded once, then reused), or None (bundled).

    Example:
        >>> [p] = predict(["Sales rose."], ["Sales fell."])  # doctest: +SKIP
        >>> round(sum(p.values()), 6)  # doctest: +SKIP
        1.0
    """
    if not isinstance(model, NLIModel):
        key = (str(model),)
        with _LOADED_LOCK:
            if key not in _LOADED:
                _LOADED[key] = load_model(model)
            model = _LOADED[key]
    return model.predict(list(premises) if not isinstance(premises, str) else premises,
                         list(hypotheses) if not isinstance(hypotheses, str) else hypotheses,
                         batch_size=batch_size)
