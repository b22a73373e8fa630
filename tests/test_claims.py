"""Claims (clauses, attribution stripping) and candidate-pair selection for the contradiction check."""

import pytest

from auditor.checks.contradiction.claims import extract_claims
from auditor.document import Document
from auditor.checks.contradiction.pairs import candidate_pairs
from auditor.rules import RuleSet

RULE = RuleSet().all["contradiction.nli"]


def claims(text):
    return [(c.text, c.content, c.attribution) for c in extract_claims(Document(text), RULE)]


def test_seed_claims_strip_attribution_and_split_clauses(seed_text):
    found = claims(seed_text)
    assert ("Analysts have opined that the fall of Bakhmut has not granted Russian forces important terrain to "
            "continue conducting their offensive operations",
            "the fall of Bakhmut has not granted Russian forces important terrain to continue conducting their "
            "offensive operations", "Analysts have opined") in found
    assert ("The fall of Bakhmut is a significant setback for Ukraine",
            "The fall of Bakhmut is a significant setback for Ukraine", None) in found
    assert ("The Russian Defense Ministry claimed that “Wagner assault detachments…completed the liberation of Bakhmut",
            "Wagner assault detachments…completed the liberation of Bakhmut",
            "The Russian Defense Ministry claimed") in found


def test_discourse_markers_and_trailing_attribution():
    assert claims("However, the bridge will reopen in May, the mayor said on Friday.") == [
        ("the bridge will reopen in May, the mayor said on Friday", "the bridge will reopen in May",
         "the mayor said on Friday")]
    assert claims("According to the police report, two people died in the crash.") == [
        ("According to the police report, two people died in the crash", "two people died in the crash",
         "According to the police report")]


@pytest.mark.parametrize("text, content", [
    ("WASHINGTON (Reuters) — The council voted 9-4 for the plan.", "The council voted 9-4 for the plan"),
    ("BURLINGTON, Vt. (AP) -- A truck was found near the bridge.", "A truck was found near the bridge"),
    ("BERLIN, Germany -- Talks resumed on Monday.", "Talks resumed on Monday"),
    ("US – China talks resumed on Monday in Geneva.", "US – China talks resumed on Monday in Geneva"),  # no dateline
    ("BAYBAY (AFP) - Five people died in a landslide on Monday.", "Five people died in a landslide on Monday"),
    ("CO-OP - members voted on the plan.", "CO-OP - members voted on the plan"),  # a plain hyphen needs the agency
])
def test_a_news_dateline_is_not_part_of_the_claim(text, content):
    assert [c[1] for c in claims(text)] == [content]


@pytest.mark.parametrize("text, content, attribution", [
    ("The minister added that the plant will close in March.", "the plant will close in March", "The minister added"),
    ("A 2019 study found that the drug works.", "the drug works", "A 2019 study found"),
    ("The report concluded that the bridge was unsafe.", "the bridge was unsafe", "The report concluded"),
])
def test_reporting_verbs_with_that_are_attribution(text, content, attribution):
    [(_, found_content, found_attribution)] = claims(text)
    assert (found_content, found_attribution) == (content, attribution)


@pytest.mark.parametrize("text, content, attribution", [
    ("In a later interview, Hale said he will not seek re-election.", "he will not seek re-election",
     "In a later interview, Hale said"),
    ("Speaking to reporters in Kyiv, Zelensky said the city had not fallen.", "the city had not fallen",
     "Speaking to reporters in Kyiv, Zelensky said"),
    ("Hale, 52, said he will retire next year.", "he will retire next year", "Hale, 52, said"),
    ("The company, which employs 5,000 people, said profits rose 12 percent.", "profits rose 12 percent",
     "The company, which employs 5,000 people, said"),
    ("The company said Tuesday that revenue fell 12%.", "revenue fell 12%", "The company said Tuesday"),
    ("Smith said in an interview that she will run again.", "she will run again", "Smith said in an interview"),
    ("By Wednesday morning, police said five people had died.", "five people had died",
     "By Wednesday morning, police said"),                 # a time phrase before the source (stop 46)
    ("Late on Tuesday, the company said the deal was off.", "the deal was off",
     "Late on Tuesday, the company said"),
    ("Hale told reporters he will not seek re-election.", "he will not seek re-election", "Hale told reporters"),
    ("The talks have collapsed, a spokesman said in a statement on Tuesday.", "The talks have collapsed",
     "a spokesman said in a statement on Tuesday"),
    ("The bill passed easily, said John Smith, the mayor.", "The bill passed easily", "said John Smith, the mayor"),
    ('"We will not raise taxes," the mayor said.', "We will not raise taxes", "the mayor said"),
    ('The mayor said: "We will not raise taxes."', "We will not raise taxes", "The mayor said"),
    # a quote that opens with an attribution of its own, then its speaker: both go
    ('"We believe he has left the city," she said.', "he has left the city", "We believe; she said"),
    # the source inside the content: both parts are compared, joined
    ("The plan, officials said, will cost $5 million.", "The plan will cost $5 million", "officials said"),
    ("He never expected, he said, that his town would win.", "He never expected that his town would win",
     "he said"),
    ("In 2010, he said, the company lost money.", "In 2010 the company lost money", "he said"),
    # not attribution: a clause with its own content, an order, a verb's other sense
    ("As prices rose, analysts said demand would fall.", "As prices rose, analysts said demand would fall", None),
    ("After losing the final, the coach said he was proud of his players.",
     "After losing the final, the coach said he was proud of his players", None),
    ("Smith told Jones to leave the building at once.", "Smith told Jones to leave the building at once", None),
    # a capitalised reporting verb inside a sentence is a title's word (a real ChatProtect popqa sentence)
    ("The director of Say the Word is Seith Mann.", "The director of Say the Word is Seith Mann", None),
    ("Fans of the album Says Who were upset, the label said.", "Fans of the album Says Who were upset",
     "the label said"),
])
def test_news_attribution_forms_are_stripped(text, content, attribution):
    [(_, found_content, found_attribution)] = claims(text)
    assert (found_content, found_attribution) == (content, attribution)


def test_a_relative_clause_on_the_subject_is_a_claim_of_its_own():
    assert claims("The museum, which opened in 2003, is the city's most visited site.") == [
        ("The museum, which opened in 2003, is the city's most visited site",
         "The museum is the city's most visited site", None),
        ("The museum, which opened in 2003", "The museum opened in 2003", None)]


@pytest.mark.parametrize("text, content", [
    ("Mayor Dan Ortiz said he will run again.", "Mayor Dan Ortiz will run again"),
    ("Mayor Tom Reyes spoke first. In an interview, Reyes said he had resigned.", "Reyes had resigned"),
    ("Reyes said he will run again.", "he will run again"),             # a lone name the text never introduces
    ("A Globex spokesman said he had seen nothing.", "he had seen nothing"),   # "Globex" names no speaker
    ("The Justice Department said he had broken the law.", "he had broken the law"),  # an organisation
    ("Mayor Tom Reyes met officials. Officials said he would resign.", "he would resign"),  # a plural
    # a person named by a role (stop 45); a report is no person
    ("The health minister said on Saturday she would not resign.", "The health minister would not resign"),
    ("The report said she had resigned.", "she had resigned"),
    ("The Prime Minister said she would stay.", "The Prime Minister would stay"),  # a role with capitals (stop 46)
    ("Officials at the White House said he would stay.", "he would stay"),
])
def test_he_or_she_after_a_named_speaker_is_that_speaker(text, content):
    assert claims(text)[-1][1] == content


def test_a_who_clause_is_a_claim_but_an_age_stays_with_its_person():
    assert [c[1] for c in claims("Smith, who joined Acme in 2005, ran the European division.")] == [
        "Smith ran the European division", "Smith joined Acme in 2005"]
    assert [c[1] for c in claims("Smith, who is 47, joined Acme in 2005.")] == ["Smith, who is 47, joined Acme in 2005"]


@pytest.mark.parametrize("text", [
    "The plan, which the council approved, will cost more.",             # the clause has a subject of its own
    "She directed the film, which starred her husband, Brad Pitt, as a diver.",  # a clause, not a subject
    "The director of the film, which opened in May, is Ana Ruiz.",       # which noun? the film, not the director
    "The film, which starred Brad Pitt, Angelina Jolie and others, was shot in Malta.",  # "Angelina" opens no rest
    "The dam, which cost $2 billion, officials said, will open in May.",  # "officials said," is no predicate
])
def test_relative_clauses_left_whole(text):
    assert [c[1] for c in claims(text)] == [text.rstrip(".")]


def test_a_second_verb_phrase_with_a_modal_or_a_plan_is_a_claim_of_its_own():
    assert [c[1] for c in claims("Reyes said he will not seek re-election and plans to return to teaching.")] == [
        "he will not seek re-election", "plans to return to teaching"]
    assert [c[1] for c in claims("The plant will close in May and will reopen in 2027 as a warehouse.")] == [
        "The plant will close in May", "will reopen in 2027 as a warehouse"]
    # coordinated nouns and verbs without a modal stay one claim
    assert [c[1] for c in claims("Prices and wages rose and fell in turn during the year.")] == [
        "Prices and wages rose and fell in turn during the year"]


def test_a_paragraph_in_another_language_gives_no_claim():
    # the NLI model and the cues read English: German paragraphs gave "entity Bundesregierung vs Opposition"
    text = ("The council approved the plan on Monday.\n\n"
            "Ob der Bundestag dem Vorhaben zustimmt, ist noch unklar. Die Opposition kündigte Widerstand an.\n\n"
            "* Hugh Wilson, director\n* John Blanchard, producer")
    # a list of names has no function words of any language: it stays, one claim per item (stop 66)
    assert [c[1] for c in claims(text)] == ["The council approved the plan on Monday",
                                            "* Hugh Wilson, director", "* John Blanchard, producer"]


def test_a_question_is_no_claim():
    # real fiction (A Study in Scarlet, fixtures/stories): a question asserts nothing to contradict
    assert [c[1] for c in claims("Will you not telegraph again? We telegraphed this morning.")] == [
        "We telegraphed this morning"]
    assert [c[1] for c in claims("He left the city early, but why did he go?")] == ["He left the city early"]


def test_a_line_of_dates_and_numbers_is_no_claim():
    # the date lines of a Wikipedia list (WikiWeasel, text no measured set uses) asserted nothing a model could weigh
    assert [c[1] for c in claims("15 August 2007\n\n18 August 2007\n\nOn 3 May 1996, the plant closed.")] == [
        "On 3 May 1996, the plant closed"]


def test_direct_speech_claims_are_marked_and_never_paired_with_each_other():
    doc = Document('“We will reach the river before dark,” said the guide. “We will never reach the river,” '
                   'said the boy. The group reached the river before dark.')
    found = extract_claims(doc, RULE)
    assert [c.speech for c in found] == [True, True, False]
    vectors = [[1.0, 0.0], [0.96, 0.28], [0.8, 0.6]]  # the two quotes are the closest pair (0.96)
    pairs = candidate_pairs(vectors, [0, 1, 2], [set(), set(), set()], per_claim=2, min_similarity=0.5,
                            speech=[c.speech for c in found])
    assert [(i, j) for i, j, _ in pairs] == [(1, 2), (0, 2)]  # speech against narration only


def test_denials_are_not_stripped_and_short_clauses_are_dropped():
    assert claims("Ukraine has denied any involvement in the attack. It did.") == [
        ("Ukraine has denied any involvement in the attack", "Ukraine has denied any involvement in the attack", None)]


def test_clause_split_only_before_a_new_clause():
    assert [c[0] for c in claims("Sales rose in Italy, Spain, and France during the year.")] == [
        "Sales rose in Italy, Spain, and France during the year"]
    found = claims("Sales rose in Italy last year, but they fell in Spain; profits were flat overall.")
    assert [c[0] for c in found] == ["Sales rose in Italy last year", "they fell in Spain", "profits were flat overall"]


def test_candidate_pairs_by_meaning_across_sentences():
    from auditor.embeddings import default_embedder

    contents = ["Twelve people were killed in the fire", "Tickets cost five euros",
                "The death toll of the blaze stands at seven", "The museum opens at nine"]
    vectors = default_embedder().encode(contents)
    pairs = candidate_pairs(vectors, [0, 1, 2, 3], [set()] * 4, per_claim=1, min_similarity=0.3)
    assert [(i, j) for i, j, _ in pairs] == [(0, 2)]  # no shared content word, same event
    assert candidate_pairs(vectors, [0, 1, 0, 1], [set()] * 4, per_claim=1, min_similarity=0.3) == []


def test_candidate_pairs_are_bounded_per_claim_and_overall_and_anchors_rank_first():
    import numpy as np

    rng = np.random.default_rng(0)
    vectors = rng.normal(size=(12, 8)).astype("float32") + 3  # all alike
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    pairs = candidate_pairs(vectors, list(range(12)), [set()] * 12, per_claim=2, max_pairs=100)
    assert len(pairs) <= 12 * 2
    assert len(candidate_pairs(vectors, list(range(12)), [set()] * 12, max_pairs=5)) == 5
    anchors = [set()] * 12
    anchors[3] = anchors[7] = {"entity:kohl"}
    assert candidate_pairs(vectors, list(range(12)), anchors, anchor_bonus=1.0, max_pairs=1)[0][:2] == (3, 7)


@pytest.mark.parametrize("text, content, attribution", [
    # QA, stop 66: where or when it was said, after the verb; "Later that day," kept whole; a title before the name
    ("In total, 2,700 people had been evacuated, the agency said in its latest update.",
     "In total, 2,700 people had been evacuated", "the agency said in its latest update"),
    ("The airline will not resume flights this year, a spokesperson said later in a statement.",
     "The airline will not resume flights this year", "a spokesperson said later in a statement"),
    ("Later that day, Duval said the new library is the ugliest building in the city.",
     "the new library is the ugliest building in the city", "Later that day, Duval said"),
    ('"We evacuated 4,200 people from the valley," said fire chief Robert Laine.',
     "We evacuated 4,200 people from the valley", "said fire chief Robert Laine"),
])
def test_more_attribution_forms_are_stripped(text, content, attribution):
    [(_, found_content, found_attribution)] = claims(text)
    assert (found_content, found_attribution) == (content, attribution)


def test_a_verb_phrase_split_off_by_and_keeps_its_source_and_a_figure_does_not_stop_a_relative_clause():
    # QA, stop 66: "would not cost jobs" lost Petrova; "30,000" kept the relative clause in the claim
    assert claims("Labour minister Sofia Petrova said the increase would lift wages and would not cost jobs.") == [
        ("Labour minister Sofia Petrova said the increase would lift wages", "the increase would lift wages",
         "Labour minister Sofia Petrova said"),
        ("would not cost jobs", "would not cost jobs", "Labour minister Sofia Petrova said")]
    assert [c[1] for c in claims("The bridge, which was designed by Maria Lopez, carries 30,000 cars a day.")] == [
        "The bridge carries 30,000 cars a day", "The bridge was designed by Maria Lopez"]


@pytest.mark.parametrize("text, attribution", [
    # a colon after any reporting verb, or a dash before a quote mark, opens the quotation: the content, exactly
    ('The mayor wrote: "Revenue rose 12% this year."', "The mayor wrote"),
    ('The mayor added: "Revenue rose 12% this year."', "The mayor added"),
    ('Smith told the BBC: "Revenue rose 12% this year."', "Smith told the BBC"),
    ('The company wrote in a statement: “Revenue rose 12% this year.”', "The company wrote in a statement"),
    ('In a statement, the mayor wrote: "Revenue rose 12% this year."', "In a statement, the mayor wrote"),
    ('The mayor said:"Revenue rose 12% this year."', "The mayor said"),
    ('The mayor said — "Revenue rose 12% this year."', "The mayor said"),
    ('The mayor said—"Revenue rose 12% this year."', "The mayor said"),
    ('The mayor told reporters -- "Revenue rose 12% this year."', "The mayor told reporters"),
])
def test_a_quotation_after_a_colon_or_a_dash_is_the_content(text, attribution):
    [claim] = extract_claims(Document(text), RULE)
    assert (claim.content, claim.attribution) == ("Revenue rose 12% this year", attribution)
    assert text[claim.content_start:claim.content_end] == "Revenue rose 12% this year"
    assert (claim.start, claim.end) == (0, text.index(" this year") + len(" this year"))


def test_the_finding_of_a_quotation_after_a_colon_compares_the_quotation():
    from auditor import Auditor

    text = 'Revenue fell 5% this year. Mayor Dan Ortiz wrote: "Revenue rose 12% this year."'
    [finding] = Auditor({"checks": ["contradiction"]}).audit(text).findings
    assert finding.text == 'Mayor Dan Ortiz wrote: "Revenue rose 12% this year."'  # attribution and both marks
    assert finding.details["contents"] == ["Revenue fell 5% this year", "Revenue rose 12% this year"]
    assert finding.details["attribution"] == [None, "Mayor Dan Ortiz wrote"]
