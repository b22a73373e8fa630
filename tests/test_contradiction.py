"""The contradiction check: scoring logic with a scripted NLI model, then the bundled model on fixtures."""

import json
import math

import pytest
import yaml

from auditor import Auditor, Config, ConfigError, RuleError
from auditor.rules import RuleSet
from auditor.checks.contradiction.calibration import Calibration
from auditor.document import Document
from auditor.checks.contradiction import ContradictionCheck
from auditor.evaluation.chatprotect import Row
from auditor.evaluation.contradiction import _apart, evaluate, false_alarms, length_balanced_accuracy, story_chunks
from conftest import FIXTURES

TEXT = ("The plant will close in March.\n\n"
        "Its 300 workers were told on Friday.\n\n"
        "Analysts have opined that the plant will stay open for years.")


class ScriptedNLI:
    """Returns P(contradiction) by (premise, hypothesis) keywords and records every pair it scores."""

    def __init__(self, table):
        self.table, self.calls = table, []

    def predict(self, premises, hypotheses, batch_size=32):
        self.calls += list(zip(premises, hypotheses, strict=True))
        out = []
        for p, h in zip(premises, hypotheses, strict=True):
            c = next((v for (a, b), v in self.table.items() if a in p and b in h), 0.0)
            out.append({"contradiction": c, "entailment": (1 - c) / 2, "neutral": (1 - c) / 2})
        return out


SIMPLE_CALIBRATION = {"intercept": -6.0, "weights": {"contradiction": 10.0}}  # score = σ(10·mean P(c) − 6)


def sigmoid(z):
    return 1 / (1 + math.exp(-z))


def scripted_check(table, **options):
    options = {"threshold": 0.6, **options}
    auditor = Auditor(Config(checks=("contradiction",), options={"contradiction.nli": options}),
                      models={"contradiction": {"nli": ScriptedNLI(table)}})
    [check] = auditor.checks
    check.calibration = Calibration(SIMPLE_CALIBRATION)
    return auditor, check


def test_score_is_mean_of_both_directions_and_finding_links_both_claims():
    auditor, check = scripted_check({("close", "stay open"): 0.9, ("stay open", "close"): 0.5})
    [finding] = auditor.audit(TEXT).findings
    assert finding.text == "Analysts have opined that the plant will stay open for years"
    assert TEXT[slice(*finding.related[0])] == "The plant will close in March"
    assert finding.score == pytest.approx(sigmoid(10 * 0.7 - 6), abs=1e-4)
    assert (finding.rule, finding.category) == ("contradiction.nli", "contradiction")
    assert finding.details["kind"] == "sources"
    assert finding.details["attribution"] == [None, "Analysts have opined"]
    assert finding.details["evidence"] == [{"type": "antonym", "values": ["close", "open"]}]
    assert finding.message == ("Contradiction: “Analysts have opined that the plant will stay open for years” "
                               "contradicts the earlier “The plant will close in March” "
                               "(attributed: Analysts have opined) — antonym close vs open.")


def test_message_quotes_a_wrapped_claim_on_one_line():
    """A Markdown draft wraps its paragraphs; the message (one line of the text output) quotes each claim with its
    line breaks read as spaces, while the finding's text keeps the source."""
    auditor, _ = scripted_check({("close", "stay open"): 0.9, ("stay open", "close"): 0.5})
    wrapped = TEXT.replace("plant will stay", "plant\nwill stay")
    [finding] = auditor.audit(wrapped).findings
    assert finding.text == "Analysts have opined that the plant\nwill stay open for years"
    assert "\n" not in finding.message
    assert "“Analysts have opined that the plant will stay open for years”" in finding.message


def test_a_claim_against_a_text_told_twice_is_reported_once():
    """A page's <title> and <h1> give the headline twice: the claim that contradicts it is reported once, against the
    first."""
    auditor, _ = scripted_check({("close", "stay open"): 0.9, ("stay open", "close"): 0.5})
    text = "The plant will close in March.\n\n" + TEXT
    [finding] = auditor.audit(text).findings
    assert finding.related == [(0, len("The plant will close in March"))]


def test_reverse_direction_is_skipped_only_when_it_cannot_reach_the_threshold():
    # threshold 0.6: with forward P(c) = 0.19 even a reverse P(c) of 1 gives σ(10·0.595 − 6) < 0.6
    auditor, check = scripted_check({("close", "stay open"): 0.19, ("stay open", "close"): 1.0})
    assert auditor.audit(TEXT).findings == []
    assert ("the plant will stay open for years", "The plant will close in March") not in check.model.calls
    auditor, check = scripted_check({("close", "stay open"): 0.3, ("stay open", "close"): 1.0})
    [finding] = auditor.audit(TEXT).findings
    assert finding.score == pytest.approx(sigmoid(10 * 0.65 - 6), abs=1e-4)


def test_threshold_and_max_pairs_are_configurable():
    table = {("close", "stay open"): 0.9, ("stay open", "close"): 0.5}
    assert scripted_check(table, threshold=0.75)[0].audit(TEXT).findings == []
    auditor, check = scripted_check(table, max_pairs=0)
    assert auditor.audit(TEXT).findings == [] and check.model.calls == []


def test_a_pair_without_conflict_evidence_needs_threshold_without_evidence():
    """The NLI model alone (no number, date, name, negation or antonym conflict) reports a pair only from
    ``threshold_without_evidence`` (0.72 in the shipped rule); a pair that cannot reach it is not sent the reverse
    way."""
    text = "The bridge was built to last for a century. Engineers say the bridge is crumbling after a decade."
    table = {("built to last", "crumbling"): 0.69, ("crumbling", "built to last"): 0.69}  # score σ(0.9) = 0.711
    auditor, check = scripted_check(table)
    assert check.without_evidence == 0.72 and auditor.audit(text).findings == []
    skewed = {("built to last", "crumbling"): 0.35, ("crumbling", "built to last"): 1.0}  # at best σ(0.75) = 0.679
    auditor, check = scripted_check(skewed)
    assert auditor.audit(text).findings == [] and len(check.model.calls) == 1
    auditor, check = scripted_check(skewed, threshold_without_evidence=None)  # the threshold, 0.6, alone
    assert len(auditor.audit(text).findings) == 1 and len(check.model.calls) == 2
    auditor, _ = scripted_check(table, threshold_without_evidence=None)
    [finding] = auditor.audit(text).findings
    assert finding.details["evidence"] == [] and finding.score == pytest.approx(sigmoid(10 * 0.69 - 6), abs=1e-4)


def test_threshold_without_evidence_must_be_a_score(tmp_path):
    path = replacement_rule(tmp_path, threshold_without_evidence=1.5)
    with pytest.raises(RuleError) as error:
        Auditor({"checks": ["contradiction"], "extra_rules": [str(path)]})
    assert str(error.value).startswith(f"{path}: contradiction.nli.options.threshold_without_evidence")


def replacement_rule(tmp_path, **changed):
    """A rule file replacing ``contradiction.nli``, its options updated with ``changed``; its path."""
    rule = RuleSet().all["contradiction.nli"]
    data = {"id": rule.id, "category": rule.category, "severity": rule.severity, "message": rule.message,
            "options": {**rule.options, **changed}}
    path = tmp_path / "contradiction.yml"
    path.write_text(yaml.safe_dump({"check": "contradiction", "rules": [data]}), "utf-8")
    return path


def test_a_replacement_rule_needs_a_threshold_in_its_options_or_calibration(tmp_path):
    path = replacement_rule(tmp_path, calibration=SIMPLE_CALIBRATION)
    with pytest.raises(RuleError) as error:
        Auditor({"checks": ["contradiction"], "extra_rules": [str(path)]})
    assert str(error.value) == (f"{path}: contradiction.nli.options.calibration.threshold: missing "
                                "(the threshold, unless options.threshold is given)")
    [check] = Auditor({"checks": ["contradiction"], "extra_rules": [str(path)],
                       "options": {"contradiction.nli": {"threshold": 0.8}}}).checks
    assert check.threshold == 0.8


def test_a_misspelt_cue_setting_is_an_error_naming_it(tmp_path):
    path = replacement_rule(tmp_path, cues={**RuleSet().all["contradiction.nli"].options["cues"], "max_number": 2})
    with pytest.raises(RuleError) as error:
        Auditor({"checks": ["contradiction"], "extra_rules": [str(path)]})
    assert str(error.value).startswith(f"{path}: contradiction.nli.options.cues.max_number: unknown setting (known: ")


@pytest.mark.parametrize("setting, value, problem", [
    # YAML reads a bare no / yes / on / off as a boolean: the shipped negation "no" was false until stop 31
    ("negations", ["not", False], "negations: expected a list of words, got False"),
    ("negations", "not", "negations: expected a list of words, got 'not'"),
    ("antonyms", [["rise rose", "fall fell"], [True, False]],
     'antonyms: expected pairs of word groups (["rise rose", "fall fell"]), got [True, False]'),
    ("min_shared_frame", "high", "min_shared_frame: expected a number in [0, 1], got 'high'"),
    ("max_numbers", 2.5, "max_numbers: expected a whole number >= 0, got 2.5"),
])
def test_a_cue_setting_of_the_wrong_type_is_an_error_naming_it(tmp_path, setting, value, problem):
    """Was an AttributeError / ValueError traceback, or silence (a string read as its letters)."""
    with pytest.raises(ConfigError) as error:
        Auditor({"checks": ["contradiction"], "options": {"contradiction.nli": {"cues": {setting: value}}}})
    assert str(error.value) == f"<config>: options.contradiction.nli.cues: {problem}"
    path = replacement_rule(tmp_path, cues={**RuleSet().all["contradiction.nli"].options["cues"], setting: value})
    with pytest.raises(RuleError) as error:
        Auditor({"checks": ["contradiction"], "extra_rules": [str(path)]})
    assert str(error.value) == f"{path}: contradiction.nli.options.cues.{problem}"


@pytest.mark.parametrize("option, problem", [
    ({"pairing": {"per_claim": "two"}}, "pairing: per_claim: expected a whole number >= 1, got 'two'"),
    ({"pairing": {"per_clam": 2}}, "pairing: per_clam: unknown setting (known: per_claim, anchor_bonus)"),
    ({"calibration": {"intercept": "x"}}, "calibration: intercept: expected a number, got 'x'"),
    ({"calibration": {"weights": {"contradictoin": 1.0}}},
     "calibration: weights.contradictoin: unknown feature (known: contradiction, entailment, contradiction_max, "),
])
def test_a_faulty_pairing_or_calibration_setting_is_an_error_naming_it(option, problem):
    """Were TypeError / ValueError tracebacks when the first document was audited, or silence (a misspelt name)."""
    with pytest.raises(ConfigError) as error:
        Auditor({"checks": ["contradiction"], "options": {"contradiction.nli": option}})
    assert str(error.value).startswith(f"<config>: options.contradiction.nli.{problem}")


def test_the_shipped_negations_include_no_and_the_scopes_on():
    cues = RuleSet().all["contradiction.nli"].options["cues"]
    assert "no" in cues["negations"] and "on" in cues["scope_prepositions"]


def test_a_long_document_needs_a_higher_score():
    # threshold 0.6, rising to 0.9 from 0 to 2 candidate pairs; TEXT gives 1 pair, so 0.75: its pair's 0.731 is too low
    table = {("close", "stay open"): 0.9, ("stay open", "close"): 0.5}
    ramp = {"from_pairs": 0, "to_pairs": 2, "threshold": 0.9}
    auditor, check = scripted_check(table, long_documents=ramp)
    assert len(check.candidates(check.claims(Document(TEXT)))) == 1 and check.threshold_for(1) == pytest.approx(0.75)
    assert auditor.audit(TEXT).findings == []
    [finding] = scripted_check(table, long_documents=None)[0].audit(TEXT).findings
    assert finding.details["threshold"] == 0.6 < finding.score == pytest.approx(sigmoid(10 * 0.7 - 6), abs=1e-4)


def test_clean_real_fiction_of_1000_words_is_held_to_the_raised_threshold():
    # two inspect-half chunks of A Study in Scarlet (public domain): 117 candidate pairs, so threshold 0.9. Held to a
    # flat 0.6 they give false pairs (stop 34: the one over 0.7, "My colleague, Mr. Lestrade, is here", went when a
    # title's full stop stopped ending the name's phrase)
    chunks = story_chunks(FIXTURES / "stories")
    text = chunks[12] + "\n\n" + chunks[14]
    flat = Auditor({"checks": ["contradiction"],
                    "options": {"contradiction.nli": {"long_documents": None, "threshold": 0.6}}})
    top = max(flat.audit(text).findings, key=lambda finding: finding.score)
    assert top.text == "We are at a loss as to how he came into the empty house" and 0.6 <= top.score < 0.7
    auditor = Auditor({"checks": ["contradiction"]})
    [check] = auditor.checks
    assert check.threshold_for(len(check.candidates(check.claims(Document(text))))) == 0.9
    assert auditor.audit(text).findings == []


def test_two_prices_of_one_plan_in_a_news_draft_are_reported():
    # a team-written draft: the plan's cost told twice, once as the figure before "plan" and once as what it "will
    # cost" in a relative clause; the two claims share a price anchor, so they are paired, and the number evidence
    # lifts the pair over the threshold; the findings name both figures
    text = ("The Riverton city council on Tuesday approved a $45 million plan to expand bus service across the eastern "
            "districts.\n\nThe measure passed 7-2 after a three-hour debate.\n\nUnder the plan, the city will add 12 "
            "new routes and buy 40 electric buses by 2027.\n\nThe plan, which will cost $60 million, is the largest "
            "transit investment in Riverton's history.")
    [finding] = Auditor({"checks": ["contradiction"]}).audit(text).findings
    assert finding.text == "The plan, which will cost $60 million"
    assert text[slice(*finding.related[0])].startswith("The Riverton city council on Tuesday approved a $45 million")
    assert finding.details["evidence"] == [{"type": "number", "values": ["45", "60"]}]


def test_two_days_of_one_launch_in_a_news_draft_are_reported():
    # a team-written draft: the day of the month is part of a date, so "October 12" / "October 19" conflict
    text = ("Zentra Corp. on Wednesday unveiled its latest flagship phone, the Zentra X9.\n\n"
            "The X9 will go on sale on October 12 in the United States and Europe, priced at $899 for the base "
            "model.\n\n"
            "Zentra shares rose 2.3% in New York trading after the announcement.\n\n"
            "The X9 goes on sale in the United States on October 19. Prices start at $899.")
    [finding] = Auditor({"checks": ["contradiction"]}).audit(text).findings
    assert finding.text == "The X9 goes on sale in the United States on October 19"
    assert finding.details["evidence"] == [{"type": "date", "values": ["October 12", "October 19"]}]


def test_length_study_counts_each_document_at_its_own_threshold():
    study = {500: {"clean": [{"pairs": 10, "scores": [0.6], "planted": 0.0},
                             {"pairs": 50, "scores": [0.8], "planted": 0.0}],
                   "planted": [{"pairs": 10, "scores": [0.75, 0.2], "planted": 0.75},
                               {"pairs": 50, "scores": [0.95, 0.5], "planted": 0.5}]}}
    result = length_balanced_accuracy(study, lambda pairs: 0.7 if pairs <= 40 else 0.9)
    assert result == {500: {"planted_flagged": 1.0, "planted_found": 0.5, "clean_flagged": 0.0,
                            "balanced_accuracy": 1.0}}


def test_length_study_weighs_the_multinli_kind_as_much_as_the_chatprotect_kind():
    study = {500: {"clean": [{"pairs": 10, "scores": [0.6], "planted": 0.0}],
                   "planted": [{"pairs": 10, "scores": [0.75], "planted": 0.75}],
                   "mnli_planted": [{"pairs": 50, "scores": [0.8], "planted": 0.8},
                                    {"pairs": 10, "scores": [0.65], "planted": 0.65}],
                   "mnli_consistent": [{"pairs": 50, "scores": [0.95], "planted": 0.2},
                                       {"pairs": 50, "scores": [0.3], "planted": 0.3}]}}
    [result] = length_balanced_accuracy(study, lambda pairs: 0.7 if pairs <= 40 else 0.9).values()
    assert (result["mnli_planted_found"], result["mnli_consistent_flagged"]) == (0.0, 0.5)
    assert (result["mnli_balanced_accuracy"], result["mean_balanced_accuracy"]) == (0.25, 0.625)


def test_a_multinli_pair_is_planted_apart_in_a_long_document():
    texts = []
    check = ContradictionCheck.__new__(ContradictionCheck)
    check.claims, check.candidates = (lambda doc: texts.append(doc.text) or []), (lambda claims: [])
    _apart(check, [f"Paragraph {k}." for k in range(6)], {"premise": "the museum opened in May",
                                                          "hypothesis": "It never opened"})
    assert texts[0].split("\n\n") == ["Paragraph 0.", "Paragraph 1.", "The museum opened in May.", "Paragraph 2.",
                                       "Paragraph 3.", "It never opened.", "Paragraph 4.", "Paragraph 5."]


def test_one_setting_of_a_mapping_option_is_merged_into_the_rule_s():
    # the rest of `cues` and `long_documents` stays as shipped (a partial mapping used to replace the whole one)
    [check] = Auditor({"checks": ["contradiction"], "options": {"contradiction.nli": {
        "cues": {"min_shared_frame": 0.4}, "long_documents.threshold": 0.95}}}).checks
    shipped = RuleSet().all["contradiction.nli"].options
    assert check.cues.min_shared_frame == 0.4 and check.cues.negations == set(shipped["cues"]["negations"])
    assert check.long_documents == {**shipped["long_documents"], "threshold": 0.95}
    assert check.threshold_for(200) == 0.95


@pytest.mark.parametrize("ramp, message", [
    ({"from_pairs": 40, "to_pairs": 60, "treshold": 0.9}, "long_documents.treshold: unknown setting (known: "
                                                          "from_pairs, to_pairs, threshold)"),
    ({"from_pairs": 40, "to_pairs": 60}, "long_documents.threshold: missing (known: from_pairs, to_pairs, threshold)"),
    ({"from_pairs": 60, "to_pairs": 40, "threshold": 0.9}, "long_documents.to_pairs: must be above from_pairs (60)"),
    ({"from_pairs": 4.5, "to_pairs": 60, "threshold": 0.9}, "long_documents.from_pairs: expected a whole number >= 0, "
                                                           "got 4.5"),
    ({"from_pairs": 40, "to_pairs": 60, "threshold": 1.5}, "long_documents.threshold: expected a number in [0, 1], "
                                                          "got 1.5"),
])
def test_a_faulty_long_documents_setting_is_an_error_naming_it(tmp_path, ramp, message):
    path = replacement_rule(tmp_path, long_documents=ramp)
    with pytest.raises(RuleError) as error:
        Auditor({"checks": ["contradiction"], "extra_rules": [str(path)]})
    assert str(error.value) == f"{path}: contradiction.nli.options.{message}"


def test_reporter_contradicting_themself_is_kind_self():
    text = "The plant will close in March.\n\nThe plant will stay open for years."
    auditor, _ = scripted_check({("close", "stay open"): 0.9, ("stay open", "close"): 0.9})
    [finding] = auditor.audit(text).findings
    assert finding.details["kind"] == "self"
    assert finding.message.endswith("“The plant will close in March” — antonym close vs open.")


# The bundled model on the team-written fixture corpus (fixtures/contradiction), a regression test:
# `python scripts/eval_contradiction.py --fixtures` at the default threshold. The calibration is fitted on
# real text (ChatProtect dev pairs), not on these articles; since then recall is higher (article 0.50,
# was 0.25; pair 0.40, was 0.20) and precision lower (article 0.667, was 0.714; pair 0.381, was 0.571).
# NLI model v2 recalibrated (threshold 0.6): article precision 0.643 recall 0.450, pair precision 0.412
# recall 0.350, 5 consistent articles flagged (as before). Stop 15 (evidence aligned by subject, unit and
# period; threshold 0.65): article precision 0.889 recall 0.400, pair precision 0.583 recall 0.350, 1 consistent
# article flagged — the article lost is 32_tavara_earthquake, found before only through a wrong pair. Stop 17
# (threshold 0.7, chosen with clean human-written tuning text): pair precision 0.600 recall 0.300 — the pair
# lost is 22_greenhill_school_closure's "will not close this year" / "will close permanently" (0.670). Stop 18
# (NLI model version 6, chosen on real text): article precision 0.875 recall 0.35, pair precision 0.667 recall
# 0.30 — the article lost is 22_greenhill_school_closure again, which version 2 still flagged through a wrong pair.
# Stop 31 (news attribution stripped: "In a radio interview, X said", "The plan, officials said, will ..."): article
# precision 0.778, pair precision 0.600 — 36_marlow_sales_tax_vote's "approved" / "A similar measure was narrowly
# rejected ... in 2018" (0.701) became a candidate pair once "Opponents, led by ..., argued" was stripped (real
# text: two more ChatProtect tuning contradictions found, one clean fiction chunk fewer flagged, all else unchanged).
# Stop 32: back to article precision 0.875, pair precision 0.667, 1 consistent article flagged — incidentally: in
# 36_marlow "Group spokesman Ron Whitley said he was disappointed" now compares "Ron Whitley was disappointed ..." (the
# speaker for "he"), which changes that article's candidate pairs, and "approved" / "A similar measure was narrowly
# rejected" is no longer one (real text: all figures unchanged by that change).
# Stop 37 (an antonym pair counts only in claims that share some frame, min_antonym_frame): article precision 0.857
# recall 0.30, pair precision 0.75 recall 0.30 — the article lost, 29_halwan_prisoner_deal, was flagged only through a
# wrong pair ("... agreed late on Monday to exchange 40 prisoners each and reopen the Halwan border crossing" / "The
# crossing, closed since fighting resumed last year, is a vital route": reopen / closed in claims sharing one word of
# nine); the same planted pairs are found.
MEASURED = {"article_precision": 0.857, "article_recall": 0.30, "pair_precision": 0.75, "pair_recall": 0.30,
            "consistent_flagged": 1}


@pytest.fixture(scope="module")
def corpus_result():
    return evaluate(Auditor(Config(checks=("contradiction",))))


def test_corpus_precision_and_recall_stay_at_measured_levels(corpus_result):
    assert corpus_result["article_precision"] >= MEASURED["article_precision"]
    assert corpus_result["article_recall"] >= MEASURED["article_recall"]
    assert corpus_result["pair_precision"] >= MEASURED["pair_precision"]
    assert corpus_result["pair_recall"] >= MEASURED["pair_recall"]


def test_consistent_articles_with_paraphrases_and_repeated_facts_stay_clean(corpus_result):
    labels = json.loads((FIXTURES / "contradiction" / "labels.json").read_text("utf-8"))
    flagged = {f["article"] for f in corpus_result["findings"]}
    consistent = {name for name, label in labels.items() if label is None}
    assert len(flagged & consistent) <= MEASURED["consistent_flagged"]


def test_models_are_passed_in_and_named_by_check():
    nli = ScriptedNLI({("close", "stay open"): 0.9, ("stay open", "close"): 0.5})
    auditor = Auditor(Config(checks=("contradiction",)), models={"contradiction": {"nli": nli}})
    assert auditor.checks[0].model is nli
    with pytest.raises(ValueError, match="models for 'hedge', which is not a check of this auditor"):
        Auditor(Config(checks=("contradiction",)), models={"hedge": {"model": None}})


def test_story_chunks_are_whole_paragraphs_of_the_public_domain_fiction():
    chunks = story_chunks(FIXTURES / "stories")
    assert len(chunks) == 34
    assert all(len(c.split()) >= 500 for c in chunks)
    assert chunks[0].startswith("PART I\n\n(Being a reprint from the reminiscences of John H. Watson")
    assert any(c.startswith("HANSEL AND GRETHEL") or "\n\nHANSEL AND GRETHEL" in c for c in chunks)


class _CountingCheck:
    """A stand-in check that reports ``findings`` findings on every document."""

    def __init__(self, findings):
        self.findings = findings

    def check(self, doc):
        return [doc] * self.findings


def test_cross_fitted_false_alarms_score_each_context_with_the_other_half_s_check():
    # "Augustin-Louis Cauchy" is in tuning half a (auditor.evaluation.chatprotect.fold)
    topic = "Augustin-Louis Cauchy"
    row = Row("r0", "validation", topic, "tuning", f"{topic} context words. A. B.", (len(topic) + 16, 0), (0, 0), 2,
              False)
    folds = {"a": (_CountingCheck(0), None), "b": (_CountingCheck(3), None)}
    assert false_alarms(None, [row], folds)["findings"] == 3  # scored by half b's check
    assert false_alarms(_CountingCheck(1), [row])["findings"] == 1  # without folds: the one check


class RowsNLI(ScriptedNLI):
    """ScriptedNLI's probabilities as rows of [entailment, neutral, contradiction], passed through ``shape``."""

    def __init__(self, table, shape):
        super().__init__(table)
        self.shape = shape

    def predict(self, premises, hypotheses, batch_size=32):
        dicts = super().predict(premises, hypotheses, batch_size)
        return self.shape([[p["entailment"], p["neutral"], p["contradiction"]] for p in dicts])


@pytest.mark.parametrize("shape", [list, "numpy"])
def test_a_model_may_return_rows_in_the_order_of_nli_labels(shape):
    """A list of lists or a NumPy array of [entailment, neutral, contradiction] rows scores as the dicts do."""
    shape = pytest.importorskip("numpy").array if shape == "numpy" else shape
    table = {("close", "stay open"): 0.9, ("stay open", "close"): 0.5}
    auditor = Auditor(Config(checks=("contradiction",), options={"contradiction.nli": {"threshold": 0.6}}),
                      models={"contradiction": {"nli": RowsNLI(table, shape)}})
    auditor.checks[0].calibration = Calibration(SIMPLE_CALIBRATION)
    [finding] = auditor.audit(TEXT).findings
    [expected] = scripted_check(table)[0].audit(TEXT).findings
    assert (finding.start, finding.end, finding.related) == (expected.start, expected.end, expected.related)
    assert finding.score == pytest.approx(expected.score) == pytest.approx(sigmoid(10 * 0.7 - 6), abs=1e-4)


@pytest.mark.parametrize("shape, got", [
    (lambda rows: [row[2] for row in rows], "got 0.9 for pair 1 of"),  # P(contradiction) alone
    (lambda rows: [[4.0, -1.0, 2.5] for _ in rows], "(not probabilities)"),  # logits
    (lambda rows: rows + rows[:1], " rows for "),
    (lambda rows: None, "got a NoneType"),
])
def test_a_model_returning_anything_else_gets_an_error_saying_what_predict_must_return(shape, got):
    auditor = Auditor(Config(checks=("contradiction",)),
                      models={"contradiction": {"nli": RowsNLI({("close", "stay open"): 0.9}, shape)}})
    with pytest.raises(TypeError, match="must return one row per pair, a dict of 'entailment', 'neutral' and "
                                        "'contradiction' probabilities or 3 probabilities in that order") as error:
        auditor.audit(TEXT)
    assert got in str(error.value)


@pytest.mark.parametrize("draft, shown, other", [
    ('The mayor said: "Revenue rose 12% this year."\n\nThe city budget was approved on Monday.\n\n'
     'Revenue fell 5% this year.',
     "Revenue fell 5% this year", 'The mayor said: "Revenue rose 12% this year."'),  # the closing mark kept
    ('Revenue fell 5% this year.\n\n"However, revenue rose 12% this year," the mayor said.',
     '"However, revenue rose 12% this year," the mayor said', "Revenue fell 5% this year"),  # the opening mark kept
    ('Revenue fell 5% this year.\n\nHowever, “revenue rose 12% this year.”',
     "revenue rose 12% this year", "Revenue fell 5% this year"),  # a span starting with the mark: both dropped
])
def test_a_finding_s_spans_hold_both_quote_marks_of_a_quote_or_neither(draft, shown, other):
    """The one-line text output reads a balanced quote on both sides (what the model compares is not changed)."""
    auditor, _ = scripted_check({("rose", "fell"): 0.95, ("fell", "rose"): 0.95})
    [finding] = auditor.audit(draft).findings
    assert (finding.text, draft[finding.start:finding.end], draft[slice(*finding.related[0])]) == (shown, shown, other)
    assert f"“{shown}” contradicts the earlier “{other}”" in finding.message
