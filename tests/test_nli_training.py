"""The NLI training scripts on a tiny random BERT: split, schedule length, outputs, greedy soup."""

import json

import pytest

from auditor.evaluation import nli_soup, nli_training
from test_nli import HYPOTHESES, PREMISES, make_tiny_model

torch = pytest.importorskip("torch")

LABELS = ["entailment", "neutral", "contradiction"]


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory):
    """30 dev-matched pairs and 20 training pairs (half MultiNLI, half SNLI) from the tiny vocabulary."""
    root = tmp_path_factory.mktemp("nli_data")
    pairs = [(p, h) for p in PREMISES for h in HYPOTHESES]
    dev = [{"premise": p, "hypothesis": h, "label": LABELS[k % 3]} for k, (p, h) in enumerate(pairs[:30])]
    train = [{"premise": h, "hypothesis": p, "label": LABELS[k % 3],
              "source": "mnli_train_sample_llmsknow" if k % 2 else "snli_dev"}
             for k, (p, h) in enumerate(pairs[:20])]
    nli_training.write_rows(root / "mnli_dev_matched.csv", dev, ["premise", "hypothesis", "label"])
    nli_training.write_rows(root / "train.csv", train, ["premise", "hypothesis", "label", "source"])
    make_tiny_model(root / "base", head=False)
    return root


def train(data_dir, out, *extra):
    nli_training.main(["--data-dir", str(data_dir), "--base-model", str(data_dir / "base"), "--out", str(out),
                    "--device", "cpu", "--threads", "1", "--heldout-size", "10", "--eval-size", "4",
                    "--batch-size", "4", "--eval-every", "2", "--log-every", "1", "--save-every", "2",
                    *extra])


@pytest.fixture(scope="module")
def two_runs(data_dir, tmp_path_factory):
    root = tmp_path_factory.mktemp("runs")
    train(data_dir, root / "a", "--total-steps", "3", "--lr", "1e-3")
    train(data_dir, root / "b", "--total-steps", "3", "--lr", "3e-3", "--swap-contradictions")
    return root / "a", root / "b"


def test_held_out_pairs_are_written_and_never_trained_on(data_dir, two_runs):
    held = nli_training.read_csv(two_runs[0] / "heldout.csv")
    assert len(held) == 10
    assert nli_training.read_csv(two_runs[1] / "heldout.csv") == held  # the split depends on the seed only
    dev = nli_training.read_csv(data_dir / "mnli_dev_matched.csv")
    train_part, heldout = nli_training.split_dev(dev, 10, 13)
    assert [r["id"] for r in heldout] == [r["id"] for r in held]
    assert not {r["id"] for r in train_part} & {r["id"] for r in held}


def test_total_steps_fixes_the_schedule_and_outputs_are_complete(two_runs):
    run = two_runs[0]
    config = json.loads((run / "run_config.json").read_text())
    assert config["total_steps"] == 3
    records = [json.loads(line) for line in (run / "metrics.jsonl").read_text().splitlines()]
    assert records[-1]["done"] is True and records[-1]["step"] == 3
    assert [r["step"] for r in records if "eval_acc" in r] == [2, 3]
    saved = json.loads((run / "best" / "config.json").read_text())
    assert saved["id2label"] == {"0": "contradiction", "1": "entailment", "2": "neutral"}
    assert (run / "final" / "model.safetensors").is_file()
    assert (run / "checkpoint" / "state.pt").is_file()


def test_swapped_copies_only_contradictions():
    rows = [{"premise": "p1", "hypothesis": "h1", "label": "contradiction"},
            {"premise": "p2", "hypothesis": "h2", "label": "entailment"}]
    assert nli_training.swapped(rows) == [{"premise": "h1", "hypothesis": "p1", "label": "contradiction"}]


def test_greedy_soup_is_the_mean_of_its_members(two_runs, tmp_path, capsys):
    from transformers import AutoModelForSequenceClassification

    nli_soup.main(["--runs", *map(str, two_runs), "--heldout", str(two_runs[0] / "heldout.csv"),
                   "--eval-size", "4", "--out", str(tmp_path / "soup"), "--device", "cpu"])
    summary = json.loads(capsys.readouterr().out)
    assert len(summary["candidates"]) == 2
    assert summary["soup_members"][0] == summary["candidates"][0]["run"]  # best on the selection slice first
    load = lambda p: AutoModelForSequenceClassification.from_pretrained(p).state_dict()  # noqa: E731 -- a one-line local helper
    members = [load(f"{run}/best") for run in summary["soup_members"]]
    soup = load(tmp_path / "soup" / "best")
    for name, value in soup.items():
        if value.is_floating_point():
            expected = sum(m[name] for m in members) / len(members)
            assert torch.allclose(value, expected, atol=1e-6), name


def test_rerun_resumes_from_the_checkpoint_without_training_again(data_dir, two_runs, capsys):
    run = two_runs[0]
    before = (run / "metrics.jsonl").read_text().count("\n")
    train(data_dir, run, "--total-steps", "3", "--lr", "1e-3")
    assert "resumed from step 3 (best " in capsys.readouterr().out
    records = [json.loads(line) for line in (run / "metrics.jsonl").read_text().splitlines()[before:]]
    assert [r.get("done") for r in records] == [True] and records[0]["step"] == 3


def test_second_pool_joins_by_source_group_and_excluded_sources_stay_out(data_dir, tmp_path):
    pairs = [(h, p) for p in PREMISES for h in HYPOTHESES][:12]  # 25 pairs in all; reversed = new text
    more = [{"premise": p, "hypothesis": h, "label": LABELS[k % 3],
             "source": ("mnli_train_ppft", "tenp_base", "semi_sim_wiki")[k % 3]} for k, (p, h) in enumerate(pairs)]
    root = tmp_path / "data"
    root.mkdir()
    for name in ("mnli_dev_matched.csv", "train.csv"):
        (root / name).write_bytes((data_dir / name).read_bytes())
    nli_training.write_rows(root / "train_more.csv", more, ["premise", "hypothesis", "label", "source"])
    train(root, tmp_path / "run", "--total-steps", "1", "--base-model", str(data_dir / "base"), "--more-data",
          "--snli-per-epoch", "-1")
    config = json.loads((tmp_path / "run" / "run_config.json").read_text())
    # 15 dev-matched (25 less 10 held out) + 10 MultiNLI + 10 SNLI from train.csv, + 4 MultiNLI + 4 tenp
    assert config["pairs_per_epoch"] == 15 + 10 + 10 + 4 + 4  # the 4 semi_sim_wiki rows are left out
    assert [nli_training.source_group(s) for s in ("mnli_train_hypenymy", "snli_train_ppft", "semi_base_wiki")] \
        == ["mnli", "caption", "other"]


def test_init_from_starts_at_the_given_checkpoint(data_dir, two_runs, tmp_path):
    from transformers import AutoModelForSequenceClassification

    train(data_dir, tmp_path / "warm", "--total-steps", "1", "--lr", "0", "--init-from", str(two_runs[0] / "best"))
    load = lambda p: AutoModelForSequenceClassification.from_pretrained(p).state_dict()  # noqa: E731 -- a one-line local helper
    start, end = load(two_runs[0] / "best"), load(tmp_path / "warm" / "final")
    assert all(torch.equal(start[k], end[k]) for k in start)
