"""Indirect speech in the document model (who says a hedge), as the hedge check uses it."""

import pytest

from auditor import Document


@pytest.mark.parametrize("text, clause, speaker, named", [
    ("He said the city could absorb the cost.", "the city could absorb the cost", "He", False),
    ("The company declined to say by how much they might fall.", "by how much they might fall", "The company", False),
    ("Prices will rise sharply, said Jane Smith, the finance minister.", "Prices will rise sharply", "Jane Smith",
     True),
    ("Prices will rise sharply, the minister said.", "Prices will rise sharply", "the minister", False),
    ("Mayor Linda Ortiz, who proposed the bridge funding, said the vote followed four public hearings.",
     "the vote followed four public hearings", "Mayor Linda Ortiz", True),
    ("However, experts said the dam may fail.", "the dam may fail", "experts", False),
    # a title, then the name between commas: the name speaks (stop 56)
    ("The mayor, Jane Doe, said the budget may need changes.", "the budget may need changes", "Jane Doe", True),
    # "according to" names the source after or before the claim; a relative clause on the subject is no speaker
    # ("said the deal could collapse" is no postposed "said the minister") (stop 56)
    ("Construction is scheduled to begin in June, according to the city.",
     "Construction is scheduled to begin in June", "the city", False),
    ("According to the police report, the driver may have been speeding.", "the driver may have been speeding",
     "the police report", False),
    ("The minister, who spoke on condition of anonymity, said the deal could collapse.", "the deal could collapse",
     "The minister", False),
    # a belief or forecast verb reports its holder's view (stop 56)
    ("Lopez believes the economy could slow.", "the economy could slow", "Lopez", True),
    ("The bank expects rates to fall.", "rates to fall", "The bank", False),
    ("Edwards has stated that the plan could fail.", "the plan could fail", "Edwards", True),
    ("National Security Advisor, Jake Sullivan, has confirmed that the US may provide the jets.",
     "the US may provide the jets", "Jake Sullivan", True),   # the seed article's line: a title, then the name
    # when or where it was said, after a postposed verb; a participle after it (stop 31)
    ("Jobs may be cut, the company said in a statement on Tuesday.", "Jobs may be cut", "the company", False),
    ("Prices will rise, Jane Smith said, adding that costs grew.", "Prices will rise", "Jane Smith", True),
    # the source inside the sentence: the whole sentence is reported
    ("The plan, officials said, could cost more.", "The plan, officials said, could cost more", "officials", False),
    # a count or a group capitalised because it opens the sentence is no name (QA, stop 66: "Officials" was named,
    # "officials" in "…, officials said." not)
    ("Officials said the plan may be scrapped.", "the plan may be scrapped", "Officials", False),
    ("Two aides said the deal could collapse.", "the deal could collapse", "Two aides", False),
])
def test_reported_speech_clause_and_speaker(text, clause, speaker, named):
    doc = Document(text)
    report, = doc.reported_speech
    assert (report.text, report.speaker, report.named) == (clause, speaker, named)
    assert doc.reported_at(text.index(clause)) is report
    assert doc.reported_at(0) is (report if text.startswith(clause) else None)


@pytest.mark.parametrize("text", [
    "The council voted 7-2 on Tuesday to approve the budget.",
    "He said.",
    "The bridge, which opened in 1932, carries four lanes of traffic.",
    "It is believed that the plan could fail.",   # a passive holds no speaker
    "It was said that the plan could fail.",
    "The deal was confirmed by officials and may close soon.",
    # the verb after a quote has its speaker after it: the quote mark is no subject (QA, stop 66: speaker '"')
    '"We will rebuild," said the mayor, who is likely to run again.',
    "“We will rebuild,” said Mayor Ana Ruiz, who is likely to run again.",
])
def test_no_reported_speech(text):
    assert Document(text).reported_speech == []


def test_a_hedge_in_a_sentence_attributed_after_its_verb_is_the_source_s_not_the_reporter_s():
    """Both were the reporter's voice: "said on Tuesday" hid the postposed verb, "officials said," inside the sentence
    was read as the end of the reported clause "The plan"."""
    from auditor import Auditor

    auditor = Auditor({"checks": ["hedge"]})
    for text, cue, speaker in [("Jobs may be cut, the company said on Tuesday.", "may be cut", "the company"),
                               ("The plan, officials said, could cost more.", "could cost", "officials")]:
        [finding] = auditor.audit(text).findings
        assert (finding.text, finding.details["voice"], finding.details["speaker"]) == (cue, "indirect", speaker)


def test_a_pronoun_speaker_is_named_when_the_story_named_them_else_an_unnamed_source():
    """'said by she' was the message, and a quote continued in the next paragraph lost its speaker."""
    from auditor import Auditor

    auditor = Auditor({"checks": ["hedge"], "disable": ["hedge.classifier"]})
    for text, cue, speaker, named, who in [
            ('"The city may run out of money by June," she said.', "may run", "she", False,
             "an unnamed source ('she')"),
            ('The budget is tight, said Mayor Ana Ruiz.\n\n"The city may run out of money by June," she said.',
             "may run", "Mayor Ana Ruiz", True, "Mayor Ana Ruiz"),
            ('"The plan is bold," said Mayor Ana Ruiz. "It takes years.\n\n"But we might never finish it."',
             "might never finish", "Mayor Ana Ruiz", True, "Mayor Ana Ruiz"),
            ("The plan may fail, said Ana Ruiz.", "may fail", "Ana Ruiz", True, "Ana Ruiz")]:
        [finding] = auditor.audit(text).findings
        assert (finding.text, finding.details["voice"], finding.details["speaker"], finding.details["named_source"],
                finding.severity) == (cue, "indirect" if "said Ana" in text else "quote", speaker, named, "info")
        assert f'Speculation "{cue}", said by {who}: ' in finding.message


def test_a_hedge_s_speaker_is_the_name_after_an_opening_phrase_or_word():
    """The speaker was "In a statement after the hearing", "But Smith" or "Then she" (a "she" never resolved), each
    read as a name: 'said by Then she'."""
    from auditor import Auditor

    auditor = Auditor({"checks": ["hedge"], "disable": ["hedge.classifier"]})
    for text, voice, speaker in [
            ("In a statement after the hearing, Kestrel's chief executive, Ruth Adeyemi, said the plant may close.",
             "indirect", "Ruth Adeyemi"),
            ('But Smith said: "The plant may close."', "quote", "Smith"),
            ('"We will see," said Ruth Adeyemi. Then she said the plant may close.', "indirect", "Ruth Adeyemi")]:
        [finding] = auditor.audit(text).findings
        assert (finding.text, finding.details["voice"], finding.details["speaker"], finding.details["named_source"],
                finding.severity) == ("may close", voice, speaker, True, "info")
        assert f'Speculation "may close", said by {speaker}: ' in finding.message

