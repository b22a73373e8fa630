"""The hedge check's rules: exact spans on the seed article, labels, voice, severities, scope cases."""

import csv

import pytest

from auditor import Auditor
from auditor.checks.hedge import expand_noun_phrase, expand_predicate, expand_subject
from conftest import FIXTURES

SEED_SPANS = {
    "Analysts have opined": "hedge.vague-attribution",
    "it remains to be seen": "hedge.speculation",
    "It remains to be seen": "hedge.speculation",
    "Military analysts believe": "hedge.vague-attribution",
    "Russian state media claimed": "hedge.interested-party",
    "The head of the group claimed": "hedge.doubt-verb",
    "The Russian Defense Ministry claimed": "hedge.interested-party",
    "The alleged drone attack": "hedge.doubt-verb",
    "may provide the jets": "hedge.speculation",
    "is likely to have": "hedge.speculation",
}


@pytest.fixture(scope="module")
def hedge_auditor():
    return Auditor({"checks": ["hedge"]})


@pytest.fixture(scope="module")
def rules_only():
    return Auditor({"checks": ["hedge"], "disable": ["hedge.classifier"]})


def hedges(auditor, text):
    return [(f.rule, f.text, f.severity) for f in auditor.audit(text).findings]


def test_seed_article_spans(hedge_auditor, seed_text):
    findings = hedge_auditor.audit(seed_text).findings
    by_text = {f.text: f for f in findings}
    for text, rule in SEED_SPANS.items():
        assert text in by_text, text
        assert by_text[text].rule == rule and by_text[text].category == "hedge"
    assert by_text["it remains to be seen"].start < by_text["It remains to be seen"].start
    assert "how it will affect" in seed_text[by_text["it remains to be seen"].start:][:40]


def test_seed_article_details(hedge_auditor, seed_text):
    by_text = {f.text: f for f in hedge_auditor.audit(seed_text).findings}
    ministry = by_text["The Russian Defense Ministry claimed"]
    assert ministry.details["also"] == ["hedge.doubt-verb"]
    assert ministry.details["cue"] == "Defense Ministry claimed"
    assert ministry.details["voice"] == "reporter" and ministry.details["speaker"] is None
    start, end = ministry.details["sentence"]
    assert seed_text[start:end].startswith("Meanwhile, The Russian Defense Ministry claimed")
    assert ministry.message.startswith(
        'Uncorroborated claim by an interested party "The Russian Defense Ministry claimed"')
    assert by_text["may provide the jets"].details["cue"] == "may"
    assert by_text["may provide the jets"].severity == "info"
    assert by_text["Analysts have opined"].severity == "warning"


@pytest.mark.parametrize("text, expected", [
    ("Experts say the plan will fail.", [("hedge.vague-attribution", "Experts say", "warning")]),
    ("The plan, some say, was rushed.", [("hedge.vague-attribution", "some say", "warning")]),
    ("But sources said the deal was off.", [("hedge.vague-attribution", "sources said", "warning")]),
    ("It has been reported that the plant will close.", [("hedge.weasel-passive", "It has been reported", "warning")]),
    ("He is widely seen as the favourite.", [("hedge.weasel-passive", "is widely seen as", "warning")]),
    ("It was reported by Reuters that the plant will close.", []),
    ("Ukraine denied any role in the alleged attack.", [("hedge.doubt-verb", "the alleged attack", "warning")]),
    ("The so-called “peace plan” was rejected.", [("hedge.doubt-verb", "The so-called “peace plan”", "warning")]),
    ("The suspect, charged with fraud, allegedly stole $5m.", [("hedge.doubt-verb", "allegedly", "info")]),
    ("The group claimed responsibility for the blast.", [("hedge.doubt-verb", "The group claimed", "info")]),
    ("The flood claimed the lives of 12 people.", []),
    ("The incumbent claimed victory after midnight.", []),
    ("The company claimed its battery lasts a week.", [("hedge.interested-party", "The company claimed", "warning")]),
    ("The Defence Ministry claimed 40 tanks were destroyed, which could not be independently verified.",
     [("hedge.doubt-verb", "The Defence Ministry claimed", "warning")]),
    ("The bill is not likely to pass.", [("hedge.speculation", "is not likely to pass", "warning")]),
    ("The bill is unlikely to pass.", [("hedge.speculation", "is unlikely to pass", "warning")]),
    ("Perhaps the rain helped.", [("hedge.speculation", "Perhaps", "warning")]),
    ("The settlers in all likelihood came from the north.", [("hedge.speculation", "in all likelihood", "warning")]),
    ("Prices might not recover this year.", [("hedge.speculation", "might not recover this year", "info")]),
    ("The plan might, however, be delayed.", [("hedge.speculation", "might", "info")]),
    ("He did all he could, and then left.", []),
    ("The plant may have to close the line, which employs 300 people.",
     [("hedge.speculation", "may have to close the line", "info")]),
    # a guess about what happened, in the reporter's voice: a warning (an attributed or quoted one stays info)
    ("The fire may have been started by a cigarette.", [("hedge.speculation", "may have been", "warning")]),
    ("This may well have hastened the end of the war.", [("hedge.speculation", "may well have hastened", "warning")]),
    ("Investigators said the fire may have been started by a cigarette.",
     [("hedge.speculation", "may have been", "info")]),
    ("The summit is in May.", []),
    ("Voting ends on May 9.", []),
    ("Theresa May voted against it.", []),
    ("The spokesman could not be reached for comment.", []),
    ("Residents could see smoke over the port.", []),
    ("Fischer could not make up for his slow start.", []),                  # a past inability
    ("The flash could be seen as far away as Illinois.", []),               # perception
    ("A leak could not be ruled out.", [("hedge.speculation", "could not be ruled", "info")]),
    ("The move could be seen as a snub.", [("hedge.speculation", "could be seen", "info")]),
    ("He has no claim to be the originator of French comedy.", []),       # the noun
    ("She claims to be the heir.", [("hedge.doubt-verb", "She claims", "warning")]),
    # expectations in the passive are flagged at info since stop 21: FactBank news annotators count all 8 of its
    # "is expected to" sentences as speculation (a scheduled event, too, is someone's forecast)
    ("The bridge is expected to reopen on Monday.", [("hedge.belief", "The bridge is expected", "info")]),
    ("Sales are projected to rise 5% next year.", [("hedge.belief", "Sales are projected", "info")]),
    ("Results were better than expected.", []),
    ("As expected, the bill passed.", []),
    # coverage added with issue 15: vague groups, "according to" unnamed people, appearance, belief
    ("According to people familiar with the matter, the deal is off.",
     [("hedge.vague-attribution", "According to people familiar with the matter", "warning")]),
    ("Industry watchers argue the merger will fail.",
     [("hedge.vague-attribution", "Industry watchers argue", "warning")]),
    # unnamed sources known only by their access (officials granted anonymity are no vague source: sentences.csv)
    ("Sources close to the minister said he would resign.",
     [("hedge.vague-attribution", "Sources close to the minister said", "warning")]),
    ("A person familiar with the plans said the launch was delayed.",
     [("hedge.vague-attribution", "A person familiar with the plans said", "warning")]),
    ("Diplomatic sources briefed on the talks told Reuters the deal was close.",
     [("hedge.vague-attribution", "Diplomatic sources briefed on the talks told", "warning")]),
    ("Two U.S. officials briefed on the talks said the deal was close.", []),
    # unnamed sources telling an outlet (stop 45); "the source" is a person of the story
    ("Sources told Reuters the minister would resign.", [("hedge.vague-attribution", "Sources told", "warning")]),
    ("A senior source told the paper the plan was dead.",
     [("hedge.vague-attribution", "A senior source told", "warning")]),
    ("The source told police he had seen the car.", []),
    ("According to individuals familiar with Mr. Barlow's case, prosecutors issued a warning.",
     [("hedge.vague-attribution", "According to individuals familiar with Mr. Barlow's case", "warning")]),
    ("GM is close to completing a deal with Jaguar.", []),
    ("The hotel is close to the station, which opened in 1990.", []),
    ("Many believe the reforms came too late.", [("hedge.vague-attribution", "Many believe", "warning")]),
    ("Some critics contend that the law is vague.", [("hedge.vague-attribution", "Some critics contend", "warning")]),
    ("It is widely seen as a turning point.", [("hedge.weasel-passive", "is widely seen as", "warning")]),
    ("He is considered one of the best players.", [("hedge.weasel-passive", "is considered", "warning")]),
    # a judgement held by an unnamed group; a bare "is considered" at info
    ("The song was praised by critics on release.", [("hedge.weasel-passive", "praised by critics", "warning")]),
    ("The recording has been widely reported as a world first.",
     [("hedge.weasel-passive", "widely reported", "warning")]),
    ("The study of politics is considered necessary.", [("hedge.weasel-passive", "is considered", "info")]),
    ("The plan was praised by Mayor Smith.", []),
    # praise no source carries
    ("The Eiffel Tower, by far the city's most famous monument, draws six million visitors.",
     [("hedge.peacock", "by far", "info"), ("hedge.peacock", "most famous", "info")]),
    ("His best-known work is a seven-hour video.", [("hedge.peacock", "best-known", "info")]),
    ("Most of the visitors came by train.", []),
    ("There is growing speculation that the minister will resign.",
     [("hedge.weasel-passive", "There is growing speculation that", "warning")]),
    ("The rebels appear to have withdrawn.", [("hedge.appearance", "appear to", "warning")]),
    ("It seems the talks have stalled.", [("hedge.appearance", "It seems", "warning")]),
    ("The evidence suggests that the fire was set.", [("hedge.appearance", "evidence suggests", "warning")]),
    ("Estimates suggest as many as 300 people were displaced.", [("hedge.appearance", "Estimates suggest", "warning")]),
    ("The minister appeared to the crowd at noon.", []),
    ("It is possible that the vote will be delayed.", [("hedge.speculation", "It is possible that", "warning")]),
    ("It's possible the vote will be delayed.", [("hedge.speculation", "It's possible", "warning")]),
    ("It is possible to see the coast from the tower.", []),
    ("Smith believes the plan will fail.", [("hedge.belief", "Smith believes", "info")]),
    ("The plan is believed to have failed.", [("hedge.weasel-passive", "is believed to", "warning")]),
    # coverage added after measuring on FactBank news: expectations, beliefs, possibility words
    ("The company said it expects to report a loss for the quarter.", [("hedge.belief", "it expects", "info")]),
    ("Investigators think the gunman buried the rifle.", [("hedge.belief", "Investigators think", "info")]),
    ("A possible sale of the unit is being explored.", [("hedge.possibility", "possible", "info")]),
    ("Tremors are likely in the bond market.", [("hedge.possibility", "likely", "info")]),
    # worry, confidence and what is unknown (FactBank news annotators count them; WikiWeasel mostly does too)
    ("Tenant groups worry that renters are being priced out of the city.",
     [("hedge.belief", "Tenant groups worry", "info")]),
    ('Officials said they are "highly confident" the bid will be accepted.',
     [("hedge.belief", 'they are "highly confident', "info")]),
    ("His whereabouts remain unknown.", [("hedge.possibility", "unknown", "info")]),
    ("The biggest worry is the cost.", []),
    ("He was a confident speaker.", []),
    ("An unknown gunman opened fire.", []),
    ("The painter is unknown to most critics.", []),
    ("It is unknown whether he crossed the border.", []),  # as "unclear whether"
    ("Evacuate as soon as possible.", []),
    ("The grant made the project possible.", []),
    ("It is possible to reach the summit in a day.", []),                    # what can be done
    ("The boy had a probable cause hearing on Wednesday.", []),              # a legal standard (stop 41)
    # a group the story has named (stop 41)
    ("The study followed 400,000 adults for 13 years, the researchers said.", []),
    ("Cases are rising, according to officials with the Riverside County Health Department.", []),
    ("Some of the researchers said the drug works.",
     [("hedge.vague-attribution", "Some of the researchers said", "warning")]),
    ("Cases are rising, according to officials.", [("hedge.vague-attribution", "according to officials", "warning")]),
    ("He works at a think tank.", []),
    ("He believes in God.", []),
    # "whether" questions and if-clauses are not speculation
    ("It is unclear whether the dam could fail.", []),
    ("Whether the dam could fail is unclear.", []),
    ("Warbeck first claimed the English throne in 1490.", []),                 # a right claimed, no doubt (stop 32)
    ("The barony was then claimed by a third brother.", []),                          # the question put first (stop 32)
    ("How the fire started remains unknown.", []),
    ("The cause of the fire is unclear.", [("hedge.possibility", "unclear", "info")]),
    ("If they could vote, turnout would double.", []),
    ("The tail-ender could contribute only four runs.", []),                   # a limit of what was done (stop 41)
    ("Officials asked whether the bridge might reopen.", []),
])
def test_rules(rules_only, text, expected):
    assert hedges(rules_only, text) == expected


def test_voice_named_quote_is_info(rules_only):
    finding, = rules_only.audit("“We may close the plant,” said Jane Smith.").findings
    assert (finding.text, finding.severity) == ("may close the plant", "info")
    assert finding.details["voice"] == "quote" and finding.details["speaker"] == "Jane Smith"
    assert finding.details["named_source"] is True
    finding, = rules_only.audit("“Experts say it will fail,” Jane Smith said.").findings
    assert (finding.rule, finding.severity, finding.details["named_source"]) == (
        "hedge.vague-attribution", "info", True)


@pytest.mark.parametrize("text, span, speaker", [
    ("He said the city could absorb the cost.", "could absorb the cost", "He"),
    ("The company declined to say by how much they might fall.", "might fall", "The company"),
    ("Prices could rise sharply, said Jane Smith, the finance minister.", "could rise sharply", "Jane Smith"),
    ("The talks are likely to fail, Ms. Okafor said.", "are likely to fail", "Ms. Okafor"),
])
def test_indirect_speech_is_not_the_reporters_voice(rules_only, text, span, speaker):
    finding, = rules_only.audit(text).findings
    assert (finding.text, finding.details["voice"], finding.details["speaker"]) == (span, "indirect", speaker)
    assert finding.severity == "info"


@pytest.mark.parametrize("text, span, voice, speaker", [
    # a partial quote inside indirect speech is the speaker's, and its span ends at the closing quote mark
    ('The mayor, Jane Doe, said the budget "may need adjustments" later.', "may need adjustments", "quote",
     "Jane Doe"),
    ("The mayor, Jane Doe, said the budget may need adjustments later.", "may need adjustments later", "indirect",
     "Jane Doe"),
    ('Jane Doe, the mayor, warned that the plan "could fail" without state money.', "could fail", "quote",
     "Jane Doe"),
    ('According to Jane Doe, the plan "could fail" without state money.', "could fail", "quote", "Jane Doe"),
    ('Maria Lopez, chief economist at Bank X, said: "The economy could slow next year."', "could slow next year",
     "quote", "Maria Lopez"),
])
def test_a_named_speakers_forecast_says_who_said_it(rules_only, text, span, voice, speaker):
    """Issue 15: cues inside quotes at a lower severity, speaker named; the message no longer asks to attribute what
    is attributed (the rule's ``speaker_message``)."""
    finding, = rules_only.audit(text).findings
    assert (finding.text, finding.severity, finding.details["voice"], finding.details["speaker"]) == (
        span, "info", voice, speaker)
    assert finding.message == (f'Speculation "{span}", said by {speaker}: the source\'s forecast; make sure the story '
                               "does not present it as fact.")


def test_an_unnamed_sources_forecast_keeps_the_rules_message(rules_only):
    finding, = rules_only.audit('"The dam could fail," a source said.').findings
    assert (finding.details["speaker"], finding.severity) == ("a source", "info")
    assert finding.message.startswith('Speculation "could fail": attribute the forecast to a named source')


def test_indirect_speech_of_a_vague_group_keeps_severity(rules_only):
    attribution, appearance = rules_only.audit("Experts say the rebels appear to have withdrawn.").findings
    assert (attribution.text, attribution.details["voice"]) == ("Experts say", "reporter")
    assert (appearance.text, appearance.severity) == ("appear to", "warning")
    assert appearance.details["voice"] == "indirect" and appearance.details["named_source"] is False


def test_reporters_voice_speculation(rules_only):
    finding, = rules_only.audit("The talks are likely to fail.").findings
    assert (finding.text, finding.severity, finding.details["voice"]) == ("are likely to fail", "warning", "reporter")


def test_spans_never_cross_a_line_break(rules_only):
    text = "Note from the desk\nSome observers have suggested the plan is flawed."
    finding, = rules_only.audit(text).findings
    assert finding.text == "Some observers have suggested" and finding.start == text.index("Some")
    text = "NEW YORK\nAnalysts believe\nthe index may fall."
    assert [f.text for f in rules_only.audit(text).findings] == ["Analysts believe", "may fall"]


def test_a_subject_span_does_not_take_another_nouns_article(rules_only):
    """"a move supporters say": the article belongs to "move", not to the plural source; a quantifier's stays."""
    text = ("The council approved the plan, a move supporters say will cut commute times. "
            "A few critics say it is overdue. A group of analysts say it is costly.")
    assert [f.text for f in rules_only.audit(text).findings] == [
        "supporters say", "A few critics say", "A group of analysts say"]
    wrapped = "The council approved the plan, a\nmove supporters say will cut commute times."  # a wrapped draft
    assert [f.text for f in rules_only.audit(wrapped).findings] == ["supporters say"]


def test_voice_unnamed_quote_keeps_severity(rules_only):
    finding, = rules_only.audit("“Experts say it will fail,” a source said.").findings
    assert finding.severity == "warning"
    assert finding.details == {"voice": "quote", "speaker": "a source", "named_source": False,
                               "sentence": [0, 42], "cue": "Experts say"}


def test_span_helpers():
    text = "However, Russian state media claimed it."
    assert text[expand_subject(text, 0, text.index("state"), 6):] == "Russian state media claimed it."
    text = "Ukraine has denied the alleged attack."
    start, end = expand_noun_phrase(text, text.index("alleged"), text.index("alleged") + 7, len(text), 6)
    assert text[start:end] == "the alleged attack"
    text = "The US may provide the jets at a later date."
    assert text[text.index("may"):expand_predicate(text, text.index("may") + 3, len(text), 3)] == "may provide the jets"


def test_negative_wire_paragraph_has_no_hedge(hedge_auditor):
    text = (FIXTURES / "seed" / "wire_negative.txt").read_text("utf-8")
    assert hedge_auditor.audit(text).findings == []


def test_negative_wire_paragraph_has_no_hedge_even_at_a_low_model_threshold():
    text = (FIXTURES / "seed" / "wire_negative.txt").read_text("utf-8")
    low = Auditor({"checks": ["hedge"], "options": {"hedge.classifier": {"threshold": 0.5}}})
    assert low.audit(text).findings == []


def rule_scores(auditor):
    """Precision and recall of the rules (classifier off) on the labelled sentence set."""
    hits = false = missed = 0
    with open(FIXTURES / "hedge" / "sentences.csv", newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            expected = set(filter(None, row["expected_rules"].split(";")))
            found = {f.rule for f in auditor.audit(row["text"]).findings}
            hits, false = hits + len(found & expected), false + len(found - expected)
            missed += len(expected - found)
    return hits / (hits + false), hits / (hits + missed)


def test_rule_precision_on_labelled_sentences(rules_only):
    precision, recall = rule_scores(rules_only)
    assert precision == pytest.approx(42 / 46, abs=0.001)  # false positives: 4 of 46 findings
    assert recall == pytest.approx(1.0)


@pytest.mark.parametrize("text, found", [
    # QA, stop 66: the list marker or a table's bar was part of the span and of the speaker
    ("- Experts say prices may rise.", [("Experts say", "hedge.vague-attribution"), ("may rise", "hedge.speculation")]),
    ("| May 3 | Analysts have opined that rates will rise. |", [("Analysts have opined", "hedge.vague-attribution")]),
    ("Result - Analysts have opined that rates will rise.", [("Analysts have opined", "hedge.vague-attribution")]),
    # the noun "might", a pregnancy, a condition set off by a comma: no hedge
    ("China's military might is growing.", []),
    ("The navy showed the might of its fleet.", []),
    ("The couple is expecting a baby in June.", []),
    ("If the rain continues, the river could flood.", []),
])
def test_list_markers_table_bars_and_cue_words_in_other_senses(hedge_auditor, text, found):
    findings = [f for f in hedge_auditor.audit(text).findings if f.rule != "hedge.classifier"]
    assert [(f.text, f.rule) for f in findings] == found


def test_a_disabled_rule_s_wording_does_not_come_back_from_the_model():
    # QA, stop 66: with hedge.speculation disabled, the model reported "likely" in its place
    text = "The vote passed 6 to 1. Construction is likely to begin next spring."
    assert [f.rule for f in Auditor({"checks": ["hedge"]}).audit(text).findings] == ["hedge.speculation"]
    assert Auditor({"checks": ["hedge"], "disable": ["hedge.speculation"]}).audit(text).findings == []


def test_appeared_to_a_crowds_noise_is_no_appearance(hedge_auditor):
    # "appeared to" before cheers, applause or boos: came on to them, not an appearance verb; the verb still counts
    for text in ("The team appeared to cheers from the crowd.", "The singer appeared to thunderous applause.",
                 "The band appeared to loud boos from the fans."):
        assert hedge_auditor.audit(text).findings == []
    assert hedges(hedge_auditor, "He appeared to enjoy the applause.") == [
        ("hedge.appearance", "appeared to", "warning")]


@pytest.mark.parametrize("lead", ["🎉 ", "🎉", "\u200b", "### ", "\u202eمرحبا\u202c ", "👍🏽", "...", "‘", "` ", "& "])
def test_a_subject_never_starts_with_a_symbol_an_invisible_or_punctuation(rules_only, lead):
    text = lead + "Experts say the plan will fail."
    finding, = rules_only.audit(text).findings
    assert (finding.text, finding.start) == ("Experts say", text.index("Experts"))


def test_a_subject_stops_at_a_word_without_a_letter_or_digit(rules_only):
    """Real WikiWeasel sentences quote with backticks; "&", "%" and currency signs stay inside a subject."""
    text = "` USA Today' claimed in 2003 that websites such as and generated $ 2 billion in revenue in that year."
    assert [f.text for f in rules_only.audit(text).findings] == ["USA Today' claimed"]
    text = "` Democratic Party 2008 Platform ` We believe that the people of Puerto Rico have the right to choose."
    assert [f.text for f in rules_only.audit(text).findings] == ["We believe"]
    assert [f.text for f in rules_only.audit("50 % of analysts say the plan will fail.").findings] == [
        "50 % of analysts say"]


@pytest.mark.parametrize("lead", ["🎉", "#", "\u200b"])
def test_a_label_span_starts_at_the_possessors_first_letter(rules_only, lead):
    text = lead + "Trump's alleged affair was news."
    finding, = rules_only.audit(text).findings
    assert (finding.text, finding.start) == ("Trump's alleged affair", text.index("Trump"))
