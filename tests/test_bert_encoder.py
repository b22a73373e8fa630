"""auditor.bert (BERT in plain torch) against transformers on real text: same token ids, same outputs.

The three shipped models load with ``auditor.bert``; transformers stays the reference here (and the
loader for hub ids and other model types). Texts: the seed article's sentences, paragraphs and whole text
(long enough to be truncated) and the real non-English statements (16 languages) of the disclosure fixture.
"""

from __future__ import annotations

import csv
import os
import subprocess
import sys

import numpy as np
import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
torch = pytest.importorskip("torch")
transformers = pytest.importorskip("transformers")

from auditor import nli  # noqa: E402 -- imported after HF_HUB_OFFLINE is set
from auditor.bert import BertConfig, BertLayer, BertTokenizer, load_bert  # noqa: E402 -- after HF_HUB_OFFLINE is set
from auditor.checks.hedge.model import MAX_TOKENS, HedgeModel, top_module  # noqa: E402 -- after HF_HUB_OFFLINE is set
from auditor.embeddings import SentenceEmbedder, encoder_dir  # noqa: E402 -- after HF_HUB_OFFLINE is set
from auditor.sentences import sentence_spans  # noqa: E402 -- after HF_HUB_OFFLINE is set
from conftest import ROOT  # noqa: E402 -- after HF_HUB_OFFLINE is set

SEED = (ROOT / "fixtures" / "seed" / "bakhmut.txt").read_text("utf-8")
PARAGRAPHS = [p.strip() for p in SEED.splitlines() if p.strip()]
SENTENCES = [SEED[a:b] for a, b in sentence_spans(SEED)]
with open(ROOT / "fixtures" / "disclosure" / "real_statements.csv", newline="", encoding="utf-8") as f:
    STATEMENTS = [row["text"] for row in csv.DictReader(f) if row["language"] != "en"]
TEXTS = SENTENCES + PARAGRAPHS + [SEED] + STATEMENTS  # the whole article is truncated
PAIRS = list(zip(SENTENCES, SENTENCES[1:], strict=False)) + [(SEED, SENTENCES[0]), (SENTENCES[0], SEED)]


def reference_encoder():
    path = str(encoder_dir())
    return (transformers.AutoTokenizer.from_pretrained(path),
            transformers.AutoModel.from_pretrained(path, dtype=torch.float32).eval())


def test_the_texts_are_real_and_some_are_truncated():
    assert (len(SENTENCES), len(PARAGRAPHS), len(STATEMENTS)) == (22, 9, 123)
    assert len({s for s in STATEMENTS if any(ord(c) > 0x3000 for c in s)}) == 4  # Chinese / Japanese
    assert BertTokenizer(encoder_dir())([SEED], max_length=1000)["input_ids"].shape[1] > 2 * MAX_TOKENS


def test_token_ids_equal_transformers():
    ours, theirs = BertTokenizer(encoder_dir()), reference_encoder()[0]
    for batch, kwargs in [((TEXTS,), {"max_length": 128, "return_offsets_mapping": True}),
                          (tuple(zip(*PAIRS, strict=True)), {"max_length": 256})]:
        got = ours(*batch, padding=True, truncation=True, return_tensors="pt", **kwargs)
        want = theirs(*batch, padding=True, truncation=True, return_tensors="pt", **kwargs)
        assert set(got) == set(want)
        for key in got:
            assert torch.equal(got[key], want[key]), key
    nli_tokenizer = transformers.AutoTokenizer.from_pretrained(str(nli.bundled_model_dir()))
    model = nli.load_model()
    assert model.max_length == min(256, nli_tokenizer.model_max_length)
    got = model.tokenizer(*zip(*PAIRS, strict=True), max_length=model.max_length)
    want = nli_tokenizer(*zip(*PAIRS, strict=True), padding=True, truncation=True,
                         max_length=model.max_length, return_tensors="pt")
    assert all(torch.equal(got[key], want[key]) for key in want) and set(got) == set(want)


def test_sentence_embeddings_equal_transformers():
    tokenizer, net = reference_encoder()
    with torch.inference_mode():
        enc = tokenizer(TEXTS, padding=True, truncation=True, max_length=128, return_tensors="pt")
        hidden = net(**enc).last_hidden_state
        mask = enc["attention_mask"].unsqueeze(-1).float()
        want = torch.nn.functional.normalize((hidden * mask).sum(1) / mask.sum(1), dim=-1).numpy()
    got = SentenceEmbedder(cache_size=0).encode(TEXTS)
    assert np.abs(got - want).max() < 1e-4
    assert (got * want).sum(1).min() > 0.9999


def test_nli_probabilities_equal_transformers():
    path = str(nli.bundled_model_dir())
    reference = nli.NLIModel(
        transformers.AutoModelForSequenceClassification.from_pretrained(path, dtype=torch.float32).eval(),
        transformers.AutoTokenizer.from_pretrained(path), {0: "contradiction", 1: "entailment", 2: "neutral"},
        cache_size=0)
    ours = nli.load_model(cache_size=0)
    assert type(ours.model).__module__ == "auditor.bert" and ours.id_to_label == reference.id_to_label
    premises, hypotheses = zip(*PAIRS, strict=True)
    got, want = ours.predict(premises, hypotheses), reference.predict(premises, hypotheses)
    assert max(abs(g[k] - w[k]) for g, w in zip(got, want, strict=True) for k in g) < 1e-4
    assert [max(g, key=g.get) for g in got] == [max(w, key=w.get) for w in want]


class _ReturnsTensor(torch.nn.Module):
    """A transformers layer as the hedge top calls one (``layer(tokens, mask, packing)`` -> tokens): it
    runs on the padded batch."""

    def __init__(self, layer):
        super().__init__()
        self.layer = layer

    def forward(self, tokens, mask, packing):
        out = self.layer(packing.unpack(tokens), mask)
        return packing.pack(out[0] if isinstance(out, tuple) else out)


def test_hedge_scores_equal_transformers_and_layers_load_transformers_weights():
    from safetensors.torch import load_file
    from transformers.models.bert.modeling_bert import BertLayer as ReferenceLayer

    tokenizer, full = reference_encoder()
    ours = HedgeModel.load()
    got = ours.score(TEXTS)
    reference = HedgeModel.load()
    k = reference.config["top_layers"]
    top = top_module(full.config, k, reference.config["pool_sharpness"])  # as the training script builds it
    for i, layer in enumerate(top.layers):  # and starts it: from the encoder's top layers
        layer.load_state_dict(full.encoder.layer[len(full.encoder.layer) - k + i].state_dict())
    top.load_state_dict(load_file(str(reference.path / "top.safetensors")))
    hf_layers = [ReferenceLayer(full.config) for _ in range(k)]
    for mine, theirs in zip(top.layers, hf_layers, strict=True):
        theirs.load_state_dict(mine.state_dict())
    top.layers = torch.nn.ModuleList(_ReturnsTensor(layer) for layer in hf_layers)
    full.encoder.layer = full.encoder.layer[:len(full.encoder.layer) - k]
    reference._bottom, reference._tokenizer, reference._top = full, tokenizer, top.eval()
    want = reference.score(TEXTS)
    assert max(abs(g[0] - w[0]) for g, w in zip(got, want, strict=True)) < 1e-4
    assert [g[1:] for g in got] == [w[1:] for w in want]  # the same cue spans
    assert sum(g[0] >= ours.threshold for g in got) >= 3


def test_a_layer_equals_transformers_layer_in_training_mode_without_dropout():
    config = BertConfig(vocab_size=10, hidden_size=32, num_hidden_layers=1, num_attention_heads=4,
                        intermediate_size=37, hidden_dropout_prob=0.0, attention_probs_dropout_prob=0.0)
    torch.manual_seed(0)
    mine = BertLayer(config)
    theirs = transformers.models.bert.modeling_bert.BertLayer(transformers.BertConfig(
        hidden_size=32, num_attention_heads=4, intermediate_size=37, hidden_dropout_prob=0.0,
        attention_probs_dropout_prob=0.0, attn_implementation="eager"))
    theirs.load_state_dict(mine.state_dict())
    hidden = torch.randn(2, 5, 32, requires_grad=True)
    mask = torch.zeros(2, 1, 1, 5)
    mask[1, ..., 3:] = torch.finfo(torch.float32).min
    out = theirs(hidden, mask)
    assert torch.allclose(mine(hidden, mask), out[0] if isinstance(out, tuple) else out, atol=1e-5)


def test_a_layer_on_packed_tokens_equals_the_padded_layer_gradients_too():
    from auditor.bert import Packing, additive_mask

    config = BertConfig(vocab_size=10, hidden_size=32, num_hidden_layers=1, num_attention_heads=4,
                        intermediate_size=37, hidden_dropout_prob=0.0, attention_probs_dropout_prob=0.0)
    torch.manual_seed(0)
    layer = BertLayer(config).train()
    attention = torch.tensor([[1, 1, 1, 1, 1], [1, 1, 1, 0, 0], [1, 0, 0, 0, 0]])
    packing, mask = Packing.of(attention), additive_mask(attention)
    hidden = torch.randn(3, 5, 32, requires_grad=True)
    padded = layer(hidden, mask)[attention.bool()]
    packed = layer(packing.pack(hidden), mask, packing)
    assert packed.shape == (9, 32) and torch.allclose(packed, padded, atol=1e-5)
    (grad_padded,) = torch.autograd.grad(padded.square().sum(), hidden)
    (grad_packed,) = torch.autograd.grad(packed.square().sum(), hidden)
    assert torch.allclose(grad_packed, grad_padded, atol=1e-5)
    assert float(packing.unpack(packed.detach())[2, 1:].abs().sum()) == 0.0  # zeros at the padding


def test_a_bare_encoder_is_no_classifier(tmp_path):
    from safetensors.torch import load_file, save_file

    folder = tmp_path / "encoder"
    folder.mkdir()
    for name in ("config.json", "tokenizer.json", "tokenizer_config.json"):
        (folder / name).write_bytes((nli.bundled_model_dir() / name).read_bytes())
    weights = load_file(str(nli.bundled_model_dir() / "model.safetensors"))
    save_file({k: v for k, v in weights.items() if not k.startswith("classifier.")}, str(folder / "model.safetensors"))
    with pytest.raises(nli.ModelLoadError, match=r"missing \['classifier.weight', 'classifier.bias'\]"):
        load_bert(folder, classifier=True)


def test_the_shipped_models_import_neither_transformers_nor_dynamo():
    code = ("import sys; from auditor import nli; from auditor.embeddings import default_embedder; "
            "from auditor.checks.hedge.model import HedgeModel; default_embedder().encode(['x']); "
            "nli.predict(['a'], ['b']); HedgeModel.load().score(['It may rain.']); "
            "print(sorted(m for m in sys.modules if m.startswith(('transformers', 'sympy', 'torch._dynamo'))))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True,
                         env={**os.environ, "OMP_NUM_THREADS": "1"})
    assert out.stdout.strip() == "[]"
