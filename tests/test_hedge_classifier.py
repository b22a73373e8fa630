"""The shipped hedge classifier reproduces its recorded dev metrics on the copied data's dev split."""

import importlib.util
import json

import numpy as np
import pytest

from auditor.hedge_classifier import DEFAULT_PATH, HedgeClassifier, normalise_ptb
from conftest import ROOT

SCRIPT = ROOT / "scripts" / "train_hedge_classifier.py"


@pytest.fixture(scope="module")
def trainer():
    spec = importlib.util.spec_from_file_location("train_hedge_classifier", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_data_is_in_the_repo_not_shared(trainer):
    assert trainer.DATA == ROOT / "data" / "hedge" / "wikiweasel_train.csv"
    texts, labels = trainer.load_data()
    assert (len(texts), int(labels.sum())) == (7363, 2131)


def test_dev_split_is_fixed_and_stratified(trainer):
    _, labels = trainer.load_data()
    train, dev = trainer.dev_split(labels)
    assert len(dev) == 1472 and not set(train) & set(dev)
    assert np.array_equal(dev, trainer.dev_split(labels)[1])
    assert abs(labels[dev].mean() - labels.mean()) < 0.005


def test_shipped_model_reproduces_recorded_dev_metrics(trainer):
    recorded = json.loads((DEFAULT_PATH / "config.json").read_text("utf-8"))
    texts, labels = trainer.load_data()
    _, dev = trainer.dev_split(labels)
    proba = HedgeClassifier.load().predict_proba([texts[i] for i in dev])
    for threshold in ("0.5", "0.8"):
        measured = trainer.scores(labels[dev], proba >= float(threshold))
        for name, value in recorded["dev_thresholds"][threshold].items():
            assert measured[name] == pytest.approx(value, abs=0.01), (threshold, name)
    assert recorded["dev_metrics"]["f1"] > 0.5


def test_model_is_small_and_not_pickled():
    files = {p.name: p.stat().st_size for p in DEFAULT_PATH.iterdir()}
    assert set(files) == {"README.md", "config.json", "vocabulary.json", "weights.safetensors"}
    assert sum(files.values()) < 5_000_000


def test_ptb_normalisation():
    assert normalise_ptb("QJ -LRB- 2-10-2 -RRB- ca n't `` go '' , he said .\n") == 'QJ (2-10-2) can\'t " go ", he said.'
