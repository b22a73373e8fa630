"""A BERT encoder in plain torch, so the bundled MiniLM models load without importing transformers.

The three shipped models are BERT encoders (all-MiniLM-L6-v2 for sentence embeddings and the hedge
model's frozen layers, the NLI cross-encoder ``auditor/models/nli-minilm-l6``). This module rebuilds
transformers' ``BertModel`` / ``BertForSequenceClassification`` forward pass (post-LayerNorm layers,
GELU, absolute positions) with the same parameter names, so their safetensors load unchanged, and
tokenizes with the ``tokenizers`` library straight from ``tokenizer.json``. Outputs equal
transformers' within float rounding (``tests/test_bert_encoder.py``). Models of another type, hub ids
and pickle checkpoints still go through transformers (``auditor.embeddings``, ``auditor.nli.loading``).

Example:
    >>> tokenizer, net = load_bert(encoder_dir)  # doctest: +SKIP
    >>> net(**tokenizer(["It may rain."], max_length=128)).last_hidden_state.shape  # doctest: +SKIP
    torch.Size([1, 6, 384])
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

import torch
from torch import nn
from torch.nn import functional

from .nli.errors import ModelLoadError

__all__ = ["BertConfig", "BertLayer", "BertModel", "BertForSequenceClassification", "BertTokenizer", "Packing",
           "is_plain_bert", "load_bert"]

NO_LIMIT = int(1e30)  # transformers' model_max_length when tokenizer_config.json gives none


@dataclass(frozen=True)
class BertConfig:
    """The hyperparameters of ``config.json`` that the forward pass uses (names as in transformers)."""

    vocab_size: int
    hidden_size: int
    num_hidden_layers: int
    num_attention_heads: int
    intermediate_size: int
    max_position_embeddings: int = 512
    type_vocab_size: int = 2
    layer_norm_eps: float = 1e-12
    hidden_dropout_prob: float = 0.1
    attention_probs_dropout_prob: float = 0.1
    classifier_dropout: float | None = None
    pad_token_id: int = 0
    id2label: dict[int, str] = field(default_factory=dict)

    @property
    def num_labels(self) -> int:
        return len(self.id2label)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> BertConfig:
        """Config from a ``config.json`` mapping; ``id2label`` keys become ints, and without one there are
        ``num_labels`` (default 2) generic labels, as in transformers."""
        names = cls.__dataclass_fields__
        values = {k: v for k, v in data.items() if k in names and k != "id2label" and v is not None}
        id2label = {int(k): str(v) for k, v in (data.get("id2label") or {}).items()}
        if not id2label:
            id2label = {i: f"LABEL_{i}" for i in range(int(data.get("num_labels") or 2))}
        return cls(**values, id2label=id2label)


def is_plain_bert(path: Path) -> bool:
    """Whether ``path`` holds a BERT model this module reproduces: ``model_type`` bert with absolute
    positions and GELU, an encoder only, ``model.safetensors`` and ``tokenizer.json``."""
    try:
        config = json.loads((path / "config.json").read_text("utf-8"))
    except (OSError, ValueError):
        return False
    return (isinstance(config, dict) and config.get("model_type") == "bert"
            and config.get("position_embedding_type", "absolute") == "absolute"
            and config.get("hidden_act", "gelu") == "gelu"
            and not config.get("is_decoder") and not config.get("add_cross_attention")
            and (path / "model.safetensors").is_file() and (path / "tokenizer.json").is_file())


class EncoderOutput(NamedTuple):
    last_hidden_state: torch.Tensor


class ClassifierOutput(NamedTuple):
    logits: torch.Tensor


def _unset_embedding(rows: int, width: int, padding_idx: int | None = None) -> nn.Embedding:
    """An embedding whose weights are left unset for ``load_bert`` to assign (a random start would cost
    0.1 s, and on the meta device it imports ``torch._dynamo``: seconds)."""
    return nn.Embedding(rows, width, padding_idx=padding_idx, _weight=torch.empty(rows, width))


class BertEmbeddings(nn.Module):
    """Word + position + token-type embeddings and LayerNorm; the weights are unset until loaded."""

    def __init__(self, config: BertConfig):
        super().__init__()
        self.word_embeddings = _unset_embedding(config.vocab_size, config.hidden_size, config.pad_token_id)
        self.position_embeddings = _unset_embedding(config.max_position_embeddings, config.hidden_size)
        self.token_type_embeddings = _unset_embedding(config.type_vocab_size, config.hidden_size)
        self.LayerNorm = nn.LayerNorm(config.hidden_size, eps=config.layer_norm_eps)
        self.dropout = nn.Dropout(config.hidden_dropout_prob)

    def forward(self, input_ids: torch.Tensor, token_type_ids: torch.Tensor) -> torch.Tensor:
        positions = torch.arange(input_ids.shape[1], device=input_ids.device)
        hidden = (self.word_embeddings(input_ids) + self.token_type_embeddings(token_type_ids)
                  + self.position_embeddings(positions)[None])
        return self.dropout(self.LayerNorm(hidden))


class BertSelfAttention(nn.Module):
    def __init__(self, config):
        super().__init__()
        self.heads = config.num_attention_heads
        self.query = nn.Linear(config.hidden_size, config.hidden_size)
        self.key = nn.Linear(config.hidden_size, config.hidden_size)
        self.value = nn.Linear(config.hidden_size, config.hidden_size)
        self.dropout_p = config.attention_probs_dropout_prob

    def forward(self, hidden: torch.Tensor, mask: torch.Tensor, packing: Packing | None = None) -> torch.Tensor:
        def split(x):  # (batch, length, width) -> (batch, heads, length, width / heads)
            x = x if packing is None else packing.unpack(x)
            batch, length, width = x.shape
            return x.view(batch, length, self.heads, width // self.heads).transpose(1, 2)

        context = functional.scaled_dot_product_attention(
            split(self.query(hidden)), split(self.key(hidden)), split(self.value(hidden)),
            attn_mask=mask, dropout_p=self.dropout_p if self.training else 0.0)
        batch, _, length, _ = context.shape
        context = context.transpose(1, 2).reshape(batch, length, -1)
        return context if packing is None else packing.pack(context)


class BertSelfOutput(nn.Module):
    """Projection, dropout, residual and LayerNorm after attention (``BertOutput`` after the FFN)."""

    def __init__(self, config, inner: int):
        super().__init__()
        self.dense = nn.Linear(inner, config.hidden_size)
        self.LayerNorm = nn.LayerNorm(config.hidden_size, eps=config.layer_norm_eps)
        self.dropout = nn.Dropout(config.hidden_dropout_prob)

    def forward(self, hidden: torch.Tensor, residual: torch.Tensor) -> torch.Tensor:
        return self.LayerNorm(self.dropout(self.dense(hidden)) + residual)


class BertAttention(nn.Module):
    def __init__(self, config):
        super().__init__()
        self.self = BertSelfAttention(config)
        self.output = BertSelfOutput(config, config.hidden_size)

    def forward(self, hidden: torch.Tensor, mask: torch.Tensor, packing: Packing | None = None) -> torch.Tensor:
        return self.output(self.self(hidden, mask, packing), hidden)


class BertIntermediate(nn.Module):
    def __init__(self, config):
        super().__init__()
        self.dense = nn.Linear(config.hidden_size, config.intermediate_size)

    def forward(self, hidden: torch.Tensor) -> torch.Tensor:
        return functional.gelu(self.dense(hidden))


class BertLayer(nn.Module):
    """One post-LN transformer layer, parameters named as transformers' ``BertLayer``
    (``attention.self.query``, ``attention.output.LayerNorm``, ``intermediate.dense``, ``output.dense``, …).

    ``config``: a ``BertConfig`` or transformers' (the same attribute names). ``forward(hidden, mask)``:
    ``mask`` is added to the attention scores, shape (batch, 1, 1, length), 0 for tokens to attend to
    and a large negative number for padding (see ``additive_mask``). With a ``Packing``, ``hidden`` holds
    the real tokens only, (tokens, width): attention runs on the padded batch, everything else per token.
    """

    def __init__(self, config):
        super().__init__()
        self.attention = BertAttention(config)
        self.intermediate = BertIntermediate(config)
        self.output = BertSelfOutput(config, config.intermediate_size)

    def forward(self, hidden: torch.Tensor, mask: torch.Tensor, packing: Packing | None = None) -> torch.Tensor:
        attended = self.attention(hidden, mask, packing)
        return self.output(self.intermediate(attended), attended)


class Packing(NamedTuple):
    """Where the real tokens of a padded batch lie, so a layer's token-wise parts (projections,
    feed-forward, LayerNorm: nearly all its arithmetic) skip the padding; results equal the padded
    forward pass within float rounding, and padded positions of ``unpack`` are zeros.

    Example:
        >>> packing = Packing.of(torch.tensor([[1, 1, 1], [1, 0, 0]]))
        >>> packing.pack(torch.arange(6.0).view(2, 3, 1)).flatten().tolist()
        [0.0, 1.0, 2.0, 3.0]
        >>> packing.unpack(torch.ones(4, 1)).flatten().tolist()
        [1.0, 1.0, 1.0, 1.0, 0.0, 0.0]
    """

    rows: torch.Tensor  # positions of the real tokens in the flattened (batch * length) batch
    batch: int
    length: int

    @classmethod
    def of(cls, attention_mask: torch.Tensor) -> Packing:
        """The packing of a (batch, length) 1/0 mask."""
        batch, length = attention_mask.shape
        return cls(attention_mask.reshape(-1).nonzero().squeeze(1), batch, length)

    def pack(self, padded: torch.Tensor) -> torch.Tensor:
        """(batch, length, width) -> (tokens, width)."""
        return padded.reshape(self.batch * self.length, -1)[self.rows]

    def unpack(self, tokens: torch.Tensor) -> torch.Tensor:
        """(tokens, width) -> (batch, length, width), zeros at the padding."""
        padded = tokens.new_zeros(self.batch * self.length, tokens.shape[-1]).index_copy(0, self.rows, tokens)
        return padded.view(self.batch, self.length, -1)


def additive_mask(attention_mask: torch.Tensor, dtype: torch.dtype = torch.float32) -> torch.Tensor:
    """(batch, length) 1/0 mask -> (batch, 1, 1, length) scores to add: 0 or the dtype's minimum."""
    return (1.0 - attention_mask[:, None, None, :].to(dtype)) * torch.finfo(dtype).min


class BertEncoder(nn.Module):
    def __init__(self, config: BertConfig):
        super().__init__()
        self.layer = nn.ModuleList(BertLayer(config) for _ in range(config.num_hidden_layers))


class BertPooler(nn.Module):
    def __init__(self, config: BertConfig):
        super().__init__()
        self.dense = nn.Linear(config.hidden_size, config.hidden_size)

    def forward(self, hidden: torch.Tensor) -> torch.Tensor:
        return torch.tanh(self.dense(hidden[:, 0]))


class BertModel(nn.Module):
    """Embeddings and ``encoder.layer`` (a ``ModuleList`` that may be cut); ``pooler`` only with
    ``pooled=True`` (the classifier's). ``forward(input_ids, attention_mask, token_type_ids)`` returns
    ``.last_hidden_state`` (batch, length, hidden; zeros at padding). Built by ``load_bert``, which sets
    every weight."""

    def __init__(self, config: BertConfig, pooled: bool = False):
        super().__init__()
        self.config = config
        self.embeddings = BertEmbeddings(config)
        self.encoder = BertEncoder(config)
        self.pooler = BertPooler(config) if pooled else None

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor | None = None,
                token_type_ids: torch.Tensor | None = None) -> EncoderOutput:
        if attention_mask is None:
            attention_mask = torch.ones_like(input_ids)
        if token_type_ids is None:
            token_type_ids = torch.zeros_like(input_ids)
        hidden = self.embeddings(input_ids, token_type_ids)
        mask, packing = additive_mask(attention_mask, hidden.dtype), Packing.of(attention_mask)
        hidden = packing.pack(hidden)
        for layer in self.encoder.layer:
            hidden = layer(hidden, mask, packing)
        return EncoderOutput(packing.unpack(hidden))


def truncated(model: BertModel, layers: int) -> BertModel:
    """A ``BertModel`` that runs ``model``'s embeddings and its first ``layers`` layers — the same modules,
    so no weight is copied and ``model`` is left whole.

    Example:
        >>> bottom = truncated(model, 2)  # doctest: +SKIP
        >>> len(bottom.encoder.layer), bottom.embeddings is model.embeddings  # doctest: +SKIP
        (2, True)
    """
    bottom = BertModel.__new__(BertModel)
    nn.Module.__init__(bottom)
    bottom.config, bottom.embeddings, bottom.pooler = model.config, model.embeddings, None
    bottom.encoder = BertEncoder.__new__(BertEncoder)
    nn.Module.__init__(bottom.encoder)
    bottom.encoder.layer = model.encoder.layer[:layers]
    return bottom.eval()


class BertForSequenceClassification(nn.Module):
    """``bert`` (with pooler) + ``classifier`` on the pooled [CLS] vector; ``forward(...)`` returns
    ``.logits`` (batch, num_labels)."""

    def __init__(self, config: BertConfig):
        super().__init__()
        self.config = config
        self.bert = BertModel(config, pooled=True)
        dropout = config.classifier_dropout if config.classifier_dropout is not None else config.hidden_dropout_prob
        self.dropout = nn.Dropout(dropout)
        self.classifier = nn.Linear(config.hidden_size, config.num_labels)

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor | None = None,
                token_type_ids: torch.Tensor | None = None) -> ClassifierOutput:
        hidden = self.bert(input_ids, attention_mask, token_type_ids).last_hidden_state
        assert self.bert.pooler is not None
        return ClassifierOutput(self.classifier(self.dropout(self.bert.pooler(hidden))))


class BertTokenizer:
    """``tokenizer.json`` read by the ``tokenizers`` library, called like a transformers tokenizer with
    ``padding=True, truncation=True, return_tensors="pt"`` (the only settings supported): texts, or
    text pairs truncated longest-first, padded to the longest in the batch.

    Example:
        >>> tokenizer = BertTokenizer(encoder_dir)  # doctest: +SKIP
        >>> tokenizer(["A man sleeps."], ["Nobody sleeps."], max_length=256)["token_type_ids"]  # doctest: +SKIP
        tensor([[0, 0, 0, 0, 0, 0, 1, 1, 1, 1]])
    """

    def __init__(self, path: Path):
        from tokenizers import Tokenizer

        self._tokenizer = Tokenizer.from_file(str(path / "tokenizer.json"))
        settings_file = path / "tokenizer_config.json"
        settings = json.loads(settings_file.read_text("utf-8")) if settings_file.is_file() else {}
        self.model_max_length = int(settings.get("model_max_length") or NO_LIMIT)
        pad_token = settings.get("pad_token", "[PAD]")
        pad_token = pad_token.get("content", "[PAD]") if isinstance(pad_token, dict) else pad_token
        pad_id = self._tokenizer.token_to_id(pad_token)
        self._padding = {"pad_id": 0 if pad_id is None else pad_id, "pad_token": pad_token,
                         "pad_type_id": int(settings.get("pad_token_type_id", 0))}
        self._lock = threading.Lock()  # truncation is a setting of the shared Rust tokenizer

    def __call__(self, texts: list[str], pairs: list[str] | None = None, *, max_length: int,
                 padding: bool = True, truncation: bool = True, return_tensors: str = "pt",
                 return_offsets_mapping: bool = False) -> dict[str, torch.Tensor]:
        """``input_ids``, ``token_type_ids``, ``attention_mask`` (and ``offset_mapping``) as int64 tensors."""
        if padding is not True or truncation is not True or return_tensors != "pt":
            raise ValueError("BertTokenizer pads to the longest, truncates and returns PyTorch tensors only")
        inputs = list(texts) if pairs is None else list(zip(texts, pairs, strict=True))
        with self._lock:
            self._tokenizer.enable_truncation(max_length, strategy="longest_first")
            self._tokenizer.enable_padding(**self._padding)
            encodings = self._tokenizer.encode_batch(inputs)
        batch = {"input_ids": torch.tensor([e.ids for e in encodings]),
                 "token_type_ids": torch.tensor([e.type_ids for e in encodings]),
                 "attention_mask": torch.tensor([e.attention_mask for e in encodings])}
        if return_offsets_mapping:
            batch["offset_mapping"] = torch.tensor([e.offsets for e in encodings])
        return batch


def load_bert(path: Path, classifier: bool = False) -> tuple[BertTokenizer, BertModel | BertForSequenceClassification]:
    """``(tokenizer, model)`` of a plain BERT folder (``is_plain_bert``): float32, eval mode. With
    ``classifier`` a ``BertForSequenceClassification`` whose every weight must be in the file (a bare
    encoder is refused: ``ModelLoadError`` naming the missing ``classifier`` weights).

    Weights named with or without the ``bert.`` prefix load either way; weights the model does not
    use (a pooler for the encoder, ``position_ids``) are skipped.
    """
    from safetensors import SafetensorError
    from safetensors.torch import load_file

    config = BertConfig.from_dict(json.loads((path / "config.json").read_text("utf-8")))
    with torch.device("meta"):  # no random initialisation: every parameter is assigned from the file
        model: BertModel | BertForSequenceClassification = (
            BertForSequenceClassification(config) if classifier else BertModel(config))
    try:
        stored = load_file(str(path / "model.safetensors"))
    except (OSError, SafetensorError) as exc:
        raise ModelLoadError(f"{path}: cannot read model.safetensors ({exc})") from exc
    prefix = "bert." if classifier else ""
    state = {}
    for name, tensor in stored.items():
        bare = name.removeprefix("bert.")
        state[name if name.startswith("classifier.") else prefix + bare] = tensor.float()
    wanted = model.state_dict()
    missing = [name for name in wanted if name not in state]
    mismatched = [name for name in wanted if name in state and state[name].shape != wanted[name].shape]
    if missing or mismatched:
        raise ModelLoadError(f"{path}: weights do not match the model (missing {missing[:4]}, mismatched "
                             f"{mismatched[:4]}); expected "
                             + ("a trained sequence-classification head, not a bare encoder" if classifier
                                else "a BERT encoder"))
    model.load_state_dict({name: state[name] for name in wanted}, assign=True)
    return BertTokenizer(path), model.eval()
