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
])
def test_reported_speech_clause_and_speaker(text, clause, speaker, named):
    doc = Document(text)
    report, = doc.reported_speech
    assert (report.text, report.speaker, report.named) == (clause, speaker, named)
    assert doc.reported_at(text.index(clause)) is report
    assert doc.reported_at(0) is (report if text.startswith(clause) else None)


@pytest.mark.parametrize("text", [
    "The council voted 7-2 on Tuesday to approve the budget.",
    "Construction is scheduled to begin in June, according to the city.",
    "He said.",
])
def test_no_reported_speech(text):
    assert Document(text).reported_speech == []
