"""NLI version 3's adaptation step on a tiny random BERT: data, loss, training direction and export."""

import csv
import math

import pytest

from auditor.evaluation import nli_adapt
from test_nli import HYPOTHESES, PREMISES, make_tiny_model, raw_probs

torch = pytest.importorskip("torch")

LABELS = {0: "contradiction", 1: "entailment", 2: "neutral"}  # the bundled model's order


@pytest.fixture(scope="module")
def data(tmp_path_factory):
    """A tiny 3-way model, a ChatProtect-style CSV (tuning topic "Angela Merkel", held-out topic
    "Augustin-Louis Cauchy") and a MultiNLI CSV."""
    root = tmp_path_factory.mktemp("adapt")
    make_tiny_model(root / "model", id2label=LABELS)
    rows = [{"topic": "Angela Merkel", "sentence_a": PREMISES[2], "sentence_b": HYPOTHESES[2],
             "label": "contradiction"},
            {"topic": "Angela Merkel", "sentence_a": PREMISES[0], "sentence_b": HYPOTHESES[4],
             "label": "consistent"},
            {"topic": "Augustin-Louis Cauchy", "sentence_a": PREMISES[1], "sentence_b": HYPOTHESES[1],
             "label": "contradiction"}]
    for name, fields, table in (
            ("chatprotect.csv", ["topic", "sentence_a", "sentence_b", "label"], rows),
            ("train.csv", ["premise", "hypothesis", "label", "source"],
             [{"premise": p, "hypothesis": h, "label": "neutral", "source": "mnli_train_sample_llmsknow"}
              for p, h in zip(PREMISES, HYPOTHESES, strict=True)])):
        with open(root / name, "w", newline="", encoding="utf-8") as handle:
            writer = csv.DictWriter(handle, fieldnames=fields)
            writer.writeheader()
            writer.writerows(table)
    return root


def test_only_tuning_topics_are_read_both_ways(data):
    assert nli_adapt.contradiction_pairs(nli_adapt.topic_rows(data / "chatprotect.csv")) == [
        (PREMISES[2], HYPOTHESES[2], True), (HYPOTHESES[2], PREMISES[2], True),
        (PREMISES[0], HYPOTHESES[4], False), (HYPOTHESES[4], PREMISES[0], False)]


def test_loss_is_binary_for_pairs_and_three_way_for_nli_rows():
    probs = torch.tensor([[0.2, 0.5, 0.3], [0.2, 0.5, 0.3], [0.2, 0.5, 0.3]])
    loss = nli_adapt.adaptation_loss(probs.log(), torch.tensor([True, True, False]),
                                     torch.tensor([1, 0, 2]), torch)
    expected = (-math.log(0.2) - math.log(0.8) - math.log(0.3)) / 3
    assert float(loss) == pytest.approx(expected, rel=1e-5)


def test_training_on_contradictions_raises_their_probability_and_exports_fp16(data, tmp_path):
    """Trained on the tuning contradiction alone (the consistent row and the replay left out), the
    model's P(contradiction) for it rises."""
    with open(data / "chatprotect.csv", encoding="utf-8") as handle:
        lines = [line for line in handle if "consistent" not in line]
    (tmp_path / "contradictions.csv").write_text("".join(lines), encoding="utf-8")
    before = raw_probs(data / "model", PREMISES[2], HYPOTHESES[2])[0]
    (tmp_path / "export").mkdir()
    (tmp_path / "export" / "README.md").write_text("model card")
    nli_adapt.main(["--init-from", str(data / "model"), "--chatprotect", str(tmp_path / "contradictions.csv"),
                    "--nli-data", str(data / "train.csv"), "--out", str(tmp_path / "run"), "--epochs", "3",
                    "--lr", "1e-2", "--replay", "0", "--batch-size", "4", "--threads", "1",
                    "--export-to", str(tmp_path / "export")])
    assert sorted(p.name for p in (tmp_path / "run").iterdir()) == ["epoch-1", "epoch-2", "epoch-3",
                                                                   "run_config.json"]
    after = raw_probs(tmp_path / "run" / "epoch-3", PREMISES[2], HYPOTHESES[2])[0]
    assert after > before + 0.1
    assert (tmp_path / "export" / "README.md").read_text() == "model card"
    from safetensors import safe_open
    with safe_open(tmp_path / "export" / "model.safetensors", "pt") as weights:
        names = weights.keys()
        assert {weights.get_tensor(name).dtype for name in names} == {torch.float16}


def test_a_model_with_other_labels_is_refused(data, tmp_path):
    make_tiny_model(tmp_path / "other")
    with pytest.raises(SystemExit, match="expected"):
        nli_adapt.main(["--init-from", str(tmp_path / "other"), "--chatprotect", str(data / "chatprotect.csv"),
                        "--nli-data", str(data / "train.csv"), "--out", str(tmp_path / "run"),
                        "--epochs", "1", "--threads", "1"])


def test_clean_pairs_train_as_consistent_with_the_word_embeddings_frozen(data, tmp_path):
    """Version 8: consistent pairs of clean human-written text (``--clean-pairs``, ``--clean N`` per epoch) lower
    P(contradiction) of such a pair; ``--freeze-word-embeddings`` leaves the word embeddings as they were."""
    import json

    from safetensors.torch import load_file
    (tmp_path / "clean.json").write_text(json.dumps([[PREMISES[2], HYPOTHESES[2]]]), "utf-8")
    with open(data / "chatprotect.csv", encoding="utf-8") as handle:
        header = handle.readline()
    (tmp_path / "none.csv").write_text(header, encoding="utf-8")  # no ChatProtect row: the clean pair alone
    before = raw_probs(data / "model", PREMISES[2], HYPOTHESES[2])[0]
    nli_adapt.main(["--init-from", str(data / "model"), "--chatprotect", str(tmp_path / "none.csv"),
                    "--nli-data", str(data / "train.csv"), "--out", str(tmp_path / "run"), "--epochs", "3",
                    "--lr", "1e-2", "--replay", "0", "--clean", "5", "--clean-pairs", str(tmp_path / "clean.json"),
                    "--freeze-word-embeddings", "--batch-size", "4", "--threads", "1"])
    assert raw_probs(tmp_path / "run" / "epoch-3", PREMISES[2], HYPOTHESES[2])[0] < before - 0.1
    name = "bert.embeddings.word_embeddings.weight"
    start, end = (load_file(str(d / "model.safetensors"))[name] for d in (data / "model", tmp_path / "run" / "epoch-3"))
    assert torch.equal(start, end.to(start.dtype))
