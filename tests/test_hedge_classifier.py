"""The hedge model and its data: the fixed WikiWeasel split, the shipped model's size and recorded figures."""

import json

import pytest

from auditor import Auditor
from auditor.checks.hedge.model import DEFAULT_PATH, HedgeModel
from auditor.evaluation import hedge
from conftest import ROOT


@pytest.fixture(scope="module")
def weasel():
    return hedge.load_weasel()


@pytest.fixture(scope="module")
def model():
    return HedgeModel.load()


def test_data_is_in_the_repo_not_shared(weasel):
    assert hedge.WEASEL == ROOT / "data" / "hedge" / "wikiweasel_train.csv"
    assert (len(weasel), sum(r["label"] for r in weasel)) == (7363, 2131)


def test_split_is_fixed_by_article_bins_and_keeps_the_label_ratio(weasel):
    counts = {s: [r["label"] for r in weasel if r["split"] == s] for s in hedge.SPLITS}
    assert {s: (len(v), sum(v)) for s, v in counts.items()} == {
        "train": (5153, 1493), "dev": (734, 211), "test": (1476, 427)}
    assert all(abs(sum(v) / len(v) - 2131 / 7363) < 0.01 for v in counts.values())
    # neighbouring rows (one article) share a split: the split changes only at bin edges
    changes = sum(a["split"] != b["split"] for a, b in zip(weasel, weasel[1:], strict=False))
    assert changes <= 2 * hedge.BINS


def test_ptb_normalisation():
    assert hedge.normalise_ptb("QJ -LRB- 2-10-2 -RRB- ca n't `` go '' , he said .\n") == \
        'QJ (2-10-2) can\'t "go", he said.'


def test_model_is_small_safetensors_with_a_card():
    files = {p.name: p.stat().st_size for p in DEFAULT_PATH.iterdir()}
    assert set(files) == {"README.md", "config.json", "top.safetensors"}
    assert files["top.safetensors"] <= 30_000_000


def test_model_reproduces_its_recorded_dev_figures(weasel, model):
    recorded = json.loads((DEFAULT_PATH / "config.json").read_text("utf-8"))["model_alone"]["dev"]
    dev = [r for r in weasel if r["split"] == "dev"]
    scores = model.score([r["text"] for r in dev])
    for threshold, figures in recorded.items():
        flagged = [p >= float(threshold) for p, _, _ in scores]
        tp = sum(f and r["label"] for f, r in zip(flagged, dev, strict=True))
        precision = tp / max(1, sum(flagged))
        recall = tp / sum(r["label"] for r in dev)
        assert precision == pytest.approx(figures["precision"], abs=0.01), threshold
        assert recall == pytest.approx(figures["recall"], abs=0.01), threshold


def test_model_finding_in_a_sentence_no_rule_matched():
    finding, = Auditor({"checks": ["hedge"]}).audit("He is often cited as an influence on later painters.").findings
    assert (finding.rule, finding.severity, finding.text) == ("hedge.classifier", "info", "often")
    assert finding.score >= HedgeModel.load().threshold
    assert finding.details["voice"] == "reporter" and finding.details["cue"] == "often"
    assert finding.details["model_score"] == finding.score


def test_model_scores_every_sentence_of_a_document_in_one_call(monkeypatch, seed_text):
    auditor = Auditor({"checks": ["hedge"]})
    check = auditor.checks[0]
    calls = []
    score = check.model.score
    monkeypatch.setattr(check.model, "score", lambda sentences: calls.append(list(sentences)) or score(sentences))
    auditor.audit(seed_text)
    assert len(calls) == 1 and len(calls[0]) == 22


class CueModel:
    """A stand-in hedge model: every sentence scores 0.9 with its first word as the cue."""

    threshold = 0.5

    def score(self, sentences):
        return [(0.9, 0, len(s.split()[0])) for s in sentences]


def test_reporting_and_certainty_words_are_never_model_cues():
    auditor = Auditor({"checks": ["hedge"]}, models={"hedge": {"model": CueModel()}})
    kept, = auditor.audit("Often the bridge floods.").findings
    assert (kept.rule, kept.text, kept.score) == ("hedge.classifier", "Often", 0.9)
    assert auditor.audit("Said the mayor: the bridge floods.").findings == []
    assert auditor.audit("Certainly the bridge floods.").findings == []
    assert auditor.audit("If the river rises, the bridge floods.").findings == []


def test_a_cue_that_opens_an_open_question_is_no_model_cue():
    # issue 15: "whether" questions are no hedges; the rules leave "unclear whether" alone, and so does the model
    auditor = Auditor({"checks": ["hedge"]}, models={"hedge": {"model": CueModel()}})
    assert auditor.audit("Doubtful whether the dam holds.").findings == []
    assert auditor.audit("Doubtful if the dam holds.").findings == []
    kept, = auditor.audit("Doubtful reports came in.").findings
    assert (kept.rule, kept.text) == ("hedge.classifier", "Doubtful")
    assert Auditor({"checks": ["hedge"]}).audit("It is unclear whether the dam could fail.").findings == []


def test_a_cue_that_rounds_a_figure_is_no_model_cue():
    # stop 43 (real news pools): "Some 167 flights ..." rounds a figure; "Some flights ..." stays a vague quantity
    auditor = Auditor({"checks": ["hedge"]}, models={"hedge": {"model": CueModel()}})
    assert auditor.audit("Some 167 flights scheduled to depart have been axed.").findings == []
    kept, = auditor.audit("Some flights scheduled to depart have been axed.").findings
    assert (kept.rule, kept.text) == ("hedge.classifier", "Some")


def test_seed_footer_has_no_hedge(seed_text):
    # "We strive to provide the highest quality content possible ... Please let us know if you have any concerns"
    footer = seed_text[seed_text.index("We strive"):]
    assert [(f.rule, f.text) for f in Auditor({"checks": ["hedge"]}).audit(footer).findings] == []


def test_hedge_model_runs_the_sentence_embedders_own_bottom_layers():
    """The encoder's weights are in memory once: the hedge model's frozen bottom is the embedder's modules."""
    from auditor.embeddings import default_embedder

    model = HedgeModel.load()
    [(probability, start, end)] = model.score(["Some critics say the plan will fail."])
    assert probability > 0.5 and (start, end) == (5, 12)  # "critics"
    _, net = default_embedder().encoder()
    bottom = model._bottom
    assert bottom.embeddings is net.embeddings
    assert len(net.encoder.layer) == 6 and len(bottom.encoder.layer) == 6 - model.config["top_layers"]
    shared = net.encoder.layer[:len(bottom.encoder.layer)]
    assert all(mine is theirs for mine, theirs in zip(bottom.encoder.layer, shared, strict=True))
