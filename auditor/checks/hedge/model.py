"""The learned hedge detector: all-MiniLM-L6-v2 with its top layers fine-tuned and a token-level head.

The bottom ``6 - k`` transformer layers are the installed encoder's (``auditor.embeddings.encoder_dir()``,
frozen in training; at run time the very modules of the process-wide sentence embedder, so MiniLM's weights
are loaded once); the top ``k`` layers and a linear head that scores every token come from the
model folder (``top.safetensors``, ``config.json``). A sentence's logit is a smooth maximum of its token
scores (``logsumexp(r * s) / r``), so training on sentence labels alone teaches the head which tokens
make a sentence hedged; the highest-scoring word is the cue span. All sentences of a document run in
one batch. torch is imported when the model loads; the layers are ``auditor.bert``'s (no transformers).

Example:
    >>> model = HedgeModel.load()  # doctest: +SKIP
    >>> [(round(p, 2) > 0.5, s[a:b]) for s, (p, a, b) in zip(texts, model.score(texts))]  # doctest: +SKIP
    [(True, 'widely'), (False, 'voted')]
"""

from __future__ import annotations

import json
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from ...embeddings import default_embedder
from ...nli.errors import ModelLoadError
from ...precision import inference
from ...textio import encodable

DEFAULT_PATH = Path(__file__).resolve().parents[2] / "models" / "hedge-minilm"
MAX_TOKENS = 128


def top_module(encoder_config, top_layers: int, pool_sharpness: float):
    """The trainable part: ``top_layers`` BERT layers + token head, as a torch module whose
    ``forward(hidden, mask)`` returns ``(token_logits, sentence_logits)``. ``encoder_config``: an
    ``auditor.bert.BertConfig`` or transformers' ``BertConfig``; the layers' parameter names are
    transformers' ``BertLayer``'s, so a layer loads its state dict."""
    import torch

    from ...bert import BertLayer, Packing, additive_mask

    class HedgeTop(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.layers = torch.nn.ModuleList(BertLayer(encoder_config) for _ in range(top_layers))
            self.head = torch.nn.Linear(encoder_config.hidden_size, 1)
            self.sharpness = pool_sharpness

        def forward(self, hidden, mask, scored=None):
            """``mask``: 1 for real tokens; ``scored``: 1 for tokens that may carry the cue (default:
            every real token but the first and last, i.e. not [CLS]/[SEP])."""
            additive, packing = additive_mask(mask, hidden.dtype), Packing.of(mask)
            hidden = packing.pack(hidden)
            for layer in self.layers:
                hidden = layer(hidden, additive, packing)
            tokens = self.head(packing.unpack(hidden)).squeeze(-1).float()
            if scored is None:
                scored = mask.clone()
                scored[:, 0] = 0
                scored[torch.arange(len(mask)), mask.sum(1) - 1] = 0
            masked = tokens.masked_fill(scored == 0, -1e4)
            sentence = torch.logsumexp(self.sharpness * masked, dim=1) / self.sharpness
            return tokens, sentence

    return HedgeTop()


def bottom_encoder(top_layers: int):
    """The installed all-MiniLM-L6-v2 without its top ``top_layers`` layers, and its tokenizer: the modules of
    the process-wide sentence embedder (``auditor.embeddings.default_embedder``), so the encoder's weights
    are in memory once."""
    from ...bert import truncated

    tokenizer, net = default_embedder().encoder()
    return truncated(net, len(net.encoder.layer) - top_layers), tokenizer


class HedgeModel:
    """Loaded hedge model: ``score(sentences)`` → ``(probability, cue_start, cue_end)`` per sentence."""

    def __init__(self, path: str | Path | None = None):
        self.path = Path(path) if path is not None else DEFAULT_PATH
        if not (self.path / "config.json").is_file() or not (self.path / "top.safetensors").is_file():
            raise ModelLoadError(f"{self.path}: not a hedge model folder (expected config.json and top.safetensors)")
        self.config = json.loads((self.path / "config.json").read_text("utf-8"))
        self.threshold = float(self.config["threshold"])
        self._bottom: Any = None  # torch modules and a tokenizer, loaded on first use
        self._tokenizer: Any = None
        self._top: Any = None
        self._lock = threading.Lock()

    @classmethod
    def load(cls, path: str | Path | None = None) -> HedgeModel:
        """The model in ``path`` (default: the bundled ``auditor/models/hedge-minilm``); weights load lazily."""
        return cls(path)

    def _load(self):
        with self._lock:
            if self._top is not None:
                return
            from safetensors.torch import load_file

            bottom, tokenizer = bottom_encoder(self.config["top_layers"])
            top = top_module(bottom.config, self.config["top_layers"], self.config["pool_sharpness"])
            top.load_state_dict(load_file(str(self.path / "top.safetensors")))
            self._bottom, self._tokenizer, self._top = bottom, tokenizer, top.eval()

    def score(self, sentences: Sequence[str], batch_size: int = 16) -> list[tuple[float, int, int]]:
        """P(hedged) of each sentence and the character span of its highest-scoring word (the cue).
        One call per document: sentences run in length-sorted batches of ``batch_size``."""
        if not sentences:
            return []
        import torch

        self._load()
        order = sorted(range(len(sentences)), key=lambda i: len(sentences[i]))
        result: list[tuple[float, int, int]] = [(0.0, 0, 0)] * len(sentences)
        for b in range(0, len(order), batch_size):
            rows = order[b:b + batch_size]
            texts = [encodable(sentences[i]) for i in rows]  # one character per surrogate: offsets hold
            enc = self._tokenizer(texts, padding=True, truncation=True,
                                  max_length=MAX_TOKENS, return_tensors="pt", return_offsets_mapping=True)
            offsets = enc.pop("offset_mapping").numpy()
            with inference():
                tokens, pooled = self._top(self._bottom(**enc).last_hidden_state, enc["attention_mask"])
            probabilities, scores = torch.sigmoid(pooled).numpy(), tokens.numpy()
            for k, i in enumerate(rows):
                real = np.flatnonzero(offsets[k, :, 1] > offsets[k, :, 0])
                best = real[np.argmax(scores[k, real])] if len(real) else None
                span = _word_around(sentences[i], *offsets[k, best]) if best is not None else (0, len(sentences[i]))
                result[i] = (float(probabilities[k]), *span)
        return result


def _word_around(text: str, start: int, end: int) -> tuple[int, int]:
    """Grow a word-piece span to the whole word (letters, digits, inner hyphens and apostrophes)."""
    def inner(i):
        return text[i].isalnum() or (text[i] in "-'’" and 0 < i < len(text) - 1 and text[i - 1].isalnum()
                                     and text[i + 1].isalnum())

    while start > 0 and inner(start - 1):
        start -= 1
    while end < len(text) and inner(end):
        end += 1
    return int(start), int(end)
