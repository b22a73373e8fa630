"""Tests for auditor.nli: label layouts, loading errors, well-formed probabilities, bundled accuracy."""
from __future__ import annotations

import csv
import math
import os
import subprocess
import sys
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
torch = pytest.importorskip("torch")
transformers = pytest.importorskip("transformers")

from auditor import nli  # noqa: E402 -- imported after HF_HUB_OFFLINE is set and torch is known to be installed
from auditor.nli import ModelLoadError  # noqa: E402 -- imported after HF_HUB_OFFLINE is set and torch is known to be installed
from auditor.nli.labels import canonical_label, label_mapping  # noqa: E402 -- imported after HF_HUB_OFFLINE is set and torch is known to be installed
from auditor.nli.loading import resolve_source  # noqa: E402 -- imported after HF_HUB_OFFLINE is set and torch is known to be installed

REPO = Path(__file__).resolve().parents[1]
FIXTURE = REPO / "fixtures" / "nli" / "mnli_dev_heldout.csv"
BUNDLED_WEIGHTS = nli.bundled_model_dir() / "model.safetensors"
# Accuracy measured for the shipped model on FIXTURE (see the model card), minus a 0.03 margin.
FIXTURE_ACCURACY_FLOOR = 0.7375  # measured 0.7675 (fp16, 400 pairs, model v2) - 0.03

WORDS = ["a", "the", "man", "woman", "dog", "is", "not", "playing", "sleeping", "guitar",
         "outside", "inside", "sales", "rose", "fell", "."]
PREMISES = ["a man is playing the guitar .", "the dog is sleeping inside .", "sales rose .",
            "a woman is outside .", "the man is not sleeping ."]
HYPOTHESES = ["the man is sleeping .", "a dog is outside .", "sales fell .",
              "a woman is not inside .", "the man is playing ."]


def make_tiny_model(path: Path, id2label=None, num_labels=3, head=True) -> Path:
    """Save a randomly initialised 1-layer BERT NLI model + tokenizer to ``path``."""
    from transformers import BertConfig, BertForSequenceClassification, BertModel, BertTokenizerFast

    path.mkdir(parents=True, exist_ok=True)
    vocab = path / "vocab.txt"
    vocab.write_text("\n".join(["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"] + WORDS) + "\n")
    BertTokenizerFast(vocab_file=str(vocab)).save_pretrained(path)
    id2label = id2label or {i: f"LABEL_{i}" for i in range(num_labels)}
    config = BertConfig(vocab_size=len(WORDS) + 5, hidden_size=32, num_hidden_layers=1,
                        num_attention_heads=2, intermediate_size=37, num_labels=num_labels,
                        id2label=id2label, label2id={v: k for k, v in id2label.items()})
    torch.manual_seed(0)
    net = BertForSequenceClassification(config) if head else BertModel(config)
    with torch.no_grad():  # make the head's outputs clearly distinct per class
        if head:
            net.classifier.bias.copy_(torch.tensor([0.5, -0.3, 0.1][:num_labels]))
    net.save_pretrained(path)
    return path


def raw_probs(path: Path, premise: str, hypothesis: str) -> list[float]:
    from transformers import AutoModelForSequenceClassification, AutoTokenizer

    tok = AutoTokenizer.from_pretrained(path)
    net = AutoModelForSequenceClassification.from_pretrained(path).eval()
    with torch.inference_mode():
        logits = net(**tok(premise, hypothesis, return_tensors="pt")).logits[0].double()
    return torch.softmax(logits, -1).tolist()


# ---------------------------------------------------------------- label layouts

@pytest.mark.parametrize("id2label, expected", [
    ({0: "contradiction", 1: "entailment", 2: "neutral"}, ["contradiction", "entailment", "neutral"]),
    ({0: "ENTAILMENT", 1: "NEUTRAL", 2: "CONTRADICTION"}, ["entailment", "neutral", "contradiction"]),
    ({0: "CONTRADICTION", 1: "NEUTRAL", 2: "ENTAILMENT"}, ["contradiction", "neutral", "entailment"]),
    ({0: "LABEL_0", 1: "LABEL_1", 2: "LABEL_2"}, ["entailment", "neutral", "contradiction"]),
])
def test_label_layout_is_mapped(tmp_path, id2label, expected):
    path = make_tiny_model(tmp_path / "m", id2label)
    model = nli.load_model(path)
    assert model.id_to_label == dict(enumerate(expected))
    got = model.predict([PREMISES[0]], [HYPOTHESES[0]])[0]
    want = raw_probs(path, PREMISES[0], HYPOTHESES[0])
    for class_id, name in enumerate(expected):
        assert got[name] == pytest.approx(want[class_id], abs=1e-6)


def test_label_order_overrides_generic_names(tmp_path):
    path = make_tiny_model(tmp_path / "m")
    model = nli.load_model(path, label_order=["contradiction", "entailment", "neutral"])
    want = raw_probs(path, PREMISES[1], HYPOTHESES[1])
    got = model.predict(PREMISES[1], HYPOTHESES[1])[0]
    assert got["contradiction"] == pytest.approx(want[0], abs=1e-6)
    assert got["neutral"] == pytest.approx(want[2], abs=1e-6)


def test_label_name_variants():
    assert canonical_label(" Contradiction ") == "contradiction"
    assert canonical_label("entails") == "entailment"
    assert canonical_label("LABEL_1") is None
    with pytest.raises(ValueError, match="cannot map"):
        label_mapping({0: "LABEL_0", 1: "LABEL_2", 2: "LABEL_1"})
    with pytest.raises(ValueError, match="cannot map"):
        label_mapping({0: "entailment", 1: "entailment", 2: "neutral"})


# ---------------------------------------------------------------- loading errors

def test_unmappable_labels_raise(tmp_path):
    path = make_tiny_model(tmp_path / "m", {0: "yes", 1: "no", 2: "maybe"})
    with pytest.raises(ModelLoadError, match="cannot map labels"):
        nli.load_model(path)


def test_two_way_head_raises(tmp_path):
    path = make_tiny_model(tmp_path / "m", num_labels=2)
    with pytest.raises(ModelLoadError, match="3-way"):
        nli.load_model(path)


def test_bare_encoder_raises(tmp_path):
    path = make_tiny_model(tmp_path / "m", {0: "entailment", 1: "neutral", 2: "contradiction"},
                           head=False)
    with pytest.raises(ModelLoadError, match="classifier"):
        nli.load_model(path)


def test_missing_and_corrupt_directories_raise(tmp_path):
    with pytest.raises(ModelLoadError, match="no such model directory"):
        nli.load_model(tmp_path / "absent")
    (tmp_path / "empty").mkdir()
    with pytest.raises(ModelLoadError, match="config.json"):
        nli.load_model(tmp_path / "empty")
    path = make_tiny_model(tmp_path / "corrupt")
    (path / "model.safetensors").write_bytes(b"not a safetensors file")
    with pytest.raises(ModelLoadError, match=str(path)):
        nli.load_model(path)


def test_pickle_checkpoint_refused_unless_allowed(tmp_path):
    path = make_tiny_model(tmp_path / "m", {0: "entailment", 1: "neutral", 2: "contradiction"})
    from safetensors.torch import load_file

    state = load_file(str(path / "model.safetensors"))
    torch.save(state, path / "pytorch_model.bin")
    (path / "model.safetensors").unlink()
    with pytest.raises(ModelLoadError, match="allow_pickle"):
        nli.load_model(path)
    model = nli.load_model(path, allow_pickle=True)
    assert set(model.predict(PREMISES[:1], HYPOTHESES[:1])[0]) == set(nli.NLI_LABELS)


def test_hub_ids_are_recognised_without_network():
    assert resolve_source("cross-encoder/nli-deberta-v3-base") == ("cross-encoder/nli-deberta-v3-base", True)
    assert resolve_source("roberta-large-mnli")[1] is True
    with pytest.raises(ModelLoadError, match="no such model directory"):
        resolve_source("./models/missing")
    with pytest.raises(ModelLoadError):
        resolve_source("/no/such/dir")


def test_mistyped_local_path_is_an_error_not_a_hub_id(tmp_path, monkeypatch):
    (tmp_path / "models").mkdir()
    monkeypatch.chdir(tmp_path)
    with pytest.raises(ModelLoadError, match="models/newsroom-nli: no such model directory"):
        resolve_source("models/newsroom-nli")


# ---------------------------------------------------------------- probabilities

def test_probabilities_are_well_formed_and_batch_invariant(tmp_path):
    model = nli.load_model(make_tiny_model(tmp_path / "m"), cache_size=0)
    batched = model.predict(PREMISES, HYPOTHESES, batch_size=4)
    single = [model.predict([p], [h], batch_size=1)[0] for p, h in zip(PREMISES, HYPOTHESES, strict=True)]
    for b, s in zip(batched, single, strict=True):
        assert set(b) == {"entailment", "neutral", "contradiction"}
        assert math.isclose(sum(b.values()), 1.0, abs_tol=1e-9)
        assert all(0.0 <= v <= 1.0 for v in b.values())
        for k in b:
            assert b[k] == pytest.approx(s[k], abs=1e-5)


def test_cache_and_argument_checks(tmp_path):
    model = nli.load_model(make_tiny_model(tmp_path / "m"), cache_size=2)
    first = model.predict(PREMISES[:3], HYPOTHESES[:3])
    assert len(model._cache) == 2
    assert model.predict(PREMISES[2:3], HYPOTHESES[2:3])[0] == first[2]
    assert model.predict([], []) == []
    with pytest.raises(ValueError):
        model.predict(PREMISES[:2], HYPOTHESES[:1])


def test_int8_quantised_model_predicts(tmp_path):
    model = nli.load_model(make_tiny_model(tmp_path / "m"), quantize=True)
    assert model.quantized
    [p] = model.predict(PREMISES[:1], HYPOTHESES[:1])
    assert math.isclose(sum(p.values()), 1.0, abs_tol=1e-9)


def test_importing_auditor_does_not_import_torch():
    code = "import sys, auditor, auditor.nli; print('torch' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "False"


# ---------------------------------------------------------------- bundled model

needs_bundled = pytest.mark.skipif(not BUNDLED_WEIGHTS.is_file(),
                                   reason=f"bundled NLI weights missing: {BUNDLED_WEIGHTS}")


@pytest.fixture(scope="module")
def bundled():
    return nli.load_model()


@needs_bundled
def test_bundled_model_card_and_size():
    folder = nli.bundled_model_dir()
    assert (folder / "README.md").is_file() and (folder / "tokenizer.json").is_file()
    assert sum(f.stat().st_size for f in folder.iterdir()) <= 50 * 1024 * 1024


@needs_bundled
def test_bundled_model_accuracy_on_heldout_fixture(bundled):
    with open(FIXTURE, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) >= 300
    probs = bundled.predict([r["premise"] for r in rows], [r["hypothesis"] for r in rows])
    accuracy = sum(max(p, key=p.get) == r["label"] for p, r in zip(probs, rows, strict=True)) / len(rows)
    assert accuracy >= FIXTURE_ACCURACY_FLOOR, f"accuracy {accuracy:.3f}"


@needs_bundled
def test_bundled_batch_equals_single_and_module_predict(bundled):
    premises = ["The company reported record profits this year.", "A man is playing a guitar.",
                "The vote was postponed until March."]
    hypotheses = ["The company lost money this year.", "A man is making music.",
                  "The vote took place in January as planned."]
    batched = bundled.predict(premises, hypotheses, batch_size=3)
    for p, h, b in zip(premises, hypotheses, batched, strict=True):
        single = nli.predict([p], [h], batch_size=1)[0]
        assert math.isclose(sum(b.values()), 1.0, abs_tol=1e-9)
        for k in b:
            assert b[k] == pytest.approx(single[k], abs=1e-4)


def test_a_lone_surrogate_does_not_stop_the_bundled_model():
    [p] = nli.predict(["The vote passed \ud800 easily."], ["The vote failed."])
    assert abs(sum(p.values()) - 1) < 1e-6
