"""Short news drafts a new user tried (issue 12): what the check must find, and must not, with the bundled models."""

import pytest

from auditor import Auditor, Config

GLOBEX = ("Globex Inc. said on Wednesday that revenue rose 12% in the third quarter, "
          "helped by demand for its cloud software.\n\n"
          "The company, based in Springfield, employs about 4,000 people.\n\n"
          "Revenue fell in the third quarter, the company said, as customers delayed orders.")
MATCH = ("Arsenal beat Chelsea 3-1 at the Emirates Stadium on Saturday.\n\n"
         "Tom Hale scored twice in the first half and Sam Okafor added a third after the break.\n\n"
         "Chelsea manager Luis Marra said his side had been second best.\n\n"
         "Arsenal's 2-0 win over Chelsea lifts them to second in the table.")
COUNCIL = ("The council voted 9-4 in favour of the plan on Tuesday evening.\n\n"
           "The plan would add 300 homes on the site of the old bus depot.\n\n"
           "The council voted 7-6 against the plan, according to the minutes.")
MAYOR = ("Mayor Tom Reyes told supporters on Friday that he will run for re-election next year.\n\n"
         "Reyes, 61, has led the city since 2019.\n\n"
         "Reyes said he will not seek re-election and plans to return to teaching.")
COACH = ("Maria Lopez, 38, was appointed coach of the national team on Tuesday.\n\n"
         "Lopez, a former midfielder, said she would name her squad next month.\n\n"
         "The {age}-year-old Lopez won 60 caps as a player.")
INTERVIEW = ("Mayor Tom Reyes told supporters on Friday that he will run for re-election next year.\n\n"
             "Reyes, 61, has led the city since 2019.\n\n"
             "In a radio interview on Sunday, Reyes said he will not seek re-election.")
BRIDGE = ("The new bridge will cost $40 million, the transport department said on Monday.\n\n"
          "Construction is due to start in the spring.\n\n"
          "The bridge, officials said, will cost $65 million.")
MUSEUM = ("The museum opened in 1998 and draws 2 million visitors a year.\n\n"
          "Its director, Ana Ruiz, has led it since 2010.\n\n"
          "The museum, which opened in 2003, is the city's most visited site.")
ORTIZ = ("Mayor Dan Ortiz said he will run for re-election next year.\n\n"
         "He thanked his staff.\n\n"
         "Ortiz will not seek re-election and plans to return to teaching.")
SENATOR = ("The senator, who is 64, announced her retirement on Monday.\n\n"
           "She has served three terms.\n\n"
           "The 58-year-old senator was first elected in 2006.")
SHARES = ("Shares of the company jumped 8% after the announcement.\n\n"
          "Investors welcomed the deal.\n\n"
          "Shares of the company slumped after the announcement, as investors worried about the debt.")
VOTE = ("The council's vote is not the final step: the regional government must still approve the plan.\n\n"
        "“This is the most important decision this council will make in a generation,” said councillor Ana Ruiz.\n\n"
        "A public consultation will open in March.")

# two voting blocs, and a mayor's view told twice in other words ("opposed" / "would not support"); team-written, in the
# shape of a real news report that drew both false findings before stop 41
BUDGET = ("The city council voted 5 to 4 on Monday to approve a budget that raises the property tax.\n\n"
          "Ana Ruiz, Tom Berg, Li Wei, Sam Okafor and Eva Lind voted Yes.\n\n"
          "Dan Ortiz, Mia Hall, Joe Park and Kim Stone voted No.\n\n"
          "Mayor Paul Grant, who said he opposed any tax increase, did not attend the meeting.\n\n"
          "In a statement, Mayor Paul Grant said he would not support a budget with a tax increase.")


@pytest.fixture(scope="module")
def auditor():
    return Auditor(Config(checks=("contradiction",)))


def pairs(auditor, text):
    return [(f.text, text[slice(*f.related[0])], f.details["evidence"]) for f in auditor.audit(text).findings]


def compared(auditor, text):
    """Each finding's two claim contents as the model compared them (attribution off, a speaker for he/she) and its
    evidence."""
    return [(f.details["contents"], f.details["evidence"]) for f in auditor.audit(text).findings]


def test_revenue_rose_vs_fell(auditor):
    assert pairs(auditor, GLOBEX) == [(
        "Revenue fell in the third quarter, the company said, as customers delayed orders",
        "Globex Inc. said on Wednesday that revenue rose 12% in the third quarter, "
        "helped by demand for its cloud software",
        [{"type": "antonym", "values": ["rose", "fell"]}])]


def test_a_result_measured_against_forecasts_is_no_forecast(auditor):
    """"beating forecasts" tells how the result compares with what was expected; the claim still states the result."""
    text = GLOBEX.replace("helped by demand for its cloud software", "beating forecasts")
    assert pairs(auditor, text) == [(
        "Revenue fell in the third quarter, the company said, as customers delayed orders",
        "Globex Inc. said on Wednesday that revenue rose 12% in the third quarter, beating forecasts",
        [{"type": "antonym", "values": ["rose", "fell"]}])]


def test_two_scores_of_one_match(auditor):
    """The lead's result and the last line's differ: one finding, the scores as its evidence (the half and the break
    are parts of the match, not another result)."""
    [finding] = auditor.audit(MATCH).findings
    assert (finding.text, MATCH[slice(*finding.related[0])], finding.details["evidence"]) == (
        "Arsenal's 2-0 win over Chelsea lifts them to second in the table",
        "Arsenal beat Chelsea 3-1 at the Emirates Stadium on Saturday",
        [{"type": "number", "values": ["3-1", "2-0"]}])


def test_vote_for_vs_vote_against(auditor):
    [finding] = auditor.audit(COUNCIL).findings
    assert (finding.text, COUNCIL[slice(*finding.related[0])]) == (
        "The council voted 7-6 against the plan, according to the minutes",
        "The council voted 9-4 in favour of the plan on Tuesday evening")
    assert finding.details["evidence"] == [{"type": "number", "values": ["9-4", "7-6"]},
                                           {"type": "antonym", "values": ["favour", "against"]}]
    assert finding.message.endswith("— number 9-4 vs 7-6; antonym favour vs against.")


def test_will_run_vs_will_not_seek_re_election(auditor):
    """"... and plans to return to teaching" is a second claim: the model compares "he will not seek re-election"
    alone (0.73; the whole sentence scored 0.62, under the default threshold 0.7)."""
    [finding] = auditor.audit(MAYOR).findings
    assert (finding.text, MAYOR[slice(*finding.related[0])], finding.details["evidence"]) == (
        "Reyes said he will not seek re-election",
        "Mayor Tom Reyes told supporters on Friday that he will run for re-election next year",
        [{"type": "negation", "values": ["not"]}])
    # "he" is the named speaker (stop 32): the doc names "Mayor Tom Reyes", so "Reyes said he" is Reyes
    assert finding.details["contents"] == ["Mayor Tom Reyes will run for re-election next year",
                                           "Reyes will not seek re-election"]


def test_the_model_compares_what_was_said_not_who_said_it_or_where(auditor):
    """"In a radio interview on Sunday, Reyes said" is attribution: the NLI model reads "he will run for re-election
    next year" / "he will not seek re-election" (0.73; with the interview in the claim it scored under 0.7)."""
    [finding] = auditor.audit(INTERVIEW).findings
    assert (finding.text, finding.details["attribution"], finding.details["contents"]) == (
        "In a radio interview on Sunday, Reyes said he will not seek re-election",
        ["Mayor Tom Reyes told supporters on Friday", "In a radio interview on Sunday, Reyes said"],
        ["Mayor Tom Reyes will run for re-election next year", "Reyes will not seek re-election"])
    assert finding.details["kind"] == "sources"


def test_an_attribution_inside_the_claim_is_left_out_of_what_is_compared(auditor):
    [finding] = auditor.audit(BRIDGE).findings
    assert (finding.details["contents"], finding.details["evidence"]) == (
        ["The new bridge will cost $40 million", "The bridge will cost $65 million"],
        [{"type": "number", "values": ["40", "65"]}])
    assert finding.details["attribution"] == ["the transport department said on Monday", "officials said"]


def test_not_the_final_step_is_no_contradiction_of_most_important_decision(auditor):
    assert auditor.audit(VOTE).findings == []


def test_two_ages_of_one_person(auditor):
    """The model reads the two sentences as unrelated (P(contradiction) 0.16); the age conflict decides."""
    text = COACH.format(age=45)
    assert pairs(auditor, text) == [("The 45-year-old Lopez won 60 caps as a player",
                                     "Maria Lopez, 38, was appointed coach of the national team on Tuesday",
                                     [{"type": "age", "values": ["38", "45"]}])]
    assert pairs(auditor, COACH.format(age=38)) == []


def test_shares_jumped_vs_slumped(auditor):
    """The model alone scores the pair 0.42; the antonym (market verbs, stop 32) lifts it over the threshold."""
    assert pairs(auditor, SHARES) == [(
        "Shares of the company slumped after the announcement, as investors worried about the debt",
        "Shares of the company jumped 8% after the announcement",
        [{"type": "antonym", "values": ["jumped", "slumped"]}])]


def test_a_date_in_a_relative_clause(auditor):
    """"which opened in 2003" is a claim of its own ("The museum opened in 2003"): the model scores it against the
    first sentence 0.59 (the whole sentence 0.17), and the two years after "opened" are date evidence (stop 32)."""
    [finding] = auditor.audit(MUSEUM).findings
    assert (finding.text, MUSEUM[slice(*finding.related[0])], finding.details["evidence"]) == (
        "The museum, which opened in 2003", "The museum opened in 1998 and draws 2 million visitors a year",
        [{"type": "date", "values": ["1998", "2003"]}])
    assert finding.details["contents"][1] == "The museum opened in 2003"


def test_two_ages_of_one_role(auditor):
    """"the senator" is one person: 64 and 58 are an age conflict (the model alone: P(contradiction) 0.49)."""
    assert pairs(auditor, SENATOR) == [("The 58-year-old senator was first elected in 2006",
                                        "The senator, who is 64, announced her retirement on Monday",
                                        [{"type": "age", "values": ["64", "58"]}])]


def test_he_is_the_speaker_named_before_it(auditor):
    """"Mayor Dan Ortiz said he will run" compares "Mayor Dan Ortiz will run ..." with "Ortiz will not seek ...":
    0.73 (with "he" the model's two claims looked less alike: 0.62, missed)."""
    [finding] = auditor.audit(ORTIZ).findings
    assert (finding.text, finding.details["contents"]) == (
        "Ortiz will not seek re-election", ["Mayor Dan Ortiz will run for re-election next year",
                                            "Ortiz will not seek re-election"])


def test_she_is_the_role_named_before_it(auditor):
    """"The health minister said she would not resign" compares "The health minister would not resign" with the
    report that she resigned (with "she" the pair scored 0.34 and was missed)."""
    text = ("The health minister resigned on Friday after the report was published.\n\n"
            "The opposition had called for her to go.\n\n"
            "The health minister said on Saturday she would not resign.")
    assert compared(auditor, text) == [(
        ["The health minister resigned on Friday after the report was published",
         "The health minister would not resign"], [{"type": "denial", "values": ["not"]}])]


def test_two_voting_blocs_and_a_view_told_twice_are_no_contradiction(auditor):
    """"Ana Ruiz, Tom Berg, … voted Yes" / "Dan Ortiz, Mia Hall, … voted No" open with two different names: two facts,
    not scored; the mayor "opposed" a tax increase and "would not support" one: the negation turns the antonym, so they
    agree."""
    assert pairs(auditor, BUDGET) == []


def test_a_polls_answer_lines_are_no_claims(auditor):
    """"• Yes: 8" / "• No: 28" hold two words each (a bullet is none), under min_words: no claims to compare (the
    model alone scores the two lines a contradiction; a real reader poll drew it before stop 41)."""
    text = "Readers were asked whether the town should build a new pool.\n\n• Yes: 8\n\n• No: 28"
    assert pairs(auditor, text) == []


HEADLINE_NEWS = {
    "approve": "Council approves stadium plan\n\nThe council rejected the stadium plan on Monday by nine votes to "
               "four.\n\nA new vote is due in March.",
    "fine": "Water company pays £154,000 fine after sewage spill\n\nA water company has been fined £150,000 after "
            "sewage was released into a river.\n\nThe company apologised.",
    "caption": "Passengers queue at Birmingham Airport\n\nPassengers said they had waited in a queue at the West "
               "Sussex airport for more than an hour.\n\nThe airport apologised for the delays.",
}


def test_a_headline_meets_the_report_on_values_only(auditor):
    """A headline or caption is compared with the report below it only on a value conflict (heading_evidence): an
    antonym or a figure is reported, a caption's other place is not (its shorthand names the scene, not a claim; a
    real news page drew that false finding before stop 42)."""
    assert [e for *_, e in pairs(auditor, HEADLINE_NEWS["approve"])] == [
        [{"type": "antonym", "values": ["approves", "rejected"]}]]
    assert [e for *_, e in pairs(auditor, HEADLINE_NEWS["fine"])] == [
        [{"type": "number", "values": ["154,000", "150,000"]}]]
    assert pairs(auditor, HEADLINE_NEWS["caption"]) == []
    read_as_claims = Auditor(Config(checks=("contradiction",),
                                    options={"contradiction.nli": {"max_heading_words": None}}))
    assert [e for *_, e in pairs(read_as_claims, HEADLINE_NEWS["caption"])] == [
        [{"type": "entity", "values": ["Birmingham Airport", "West Sussex"]}]]


def test_a_typo_in_heading_evidence_is_an_error():
    from auditor.errors import RuleError
    with pytest.raises(RuleError, match="heading_evidence.*unknown evidence type 'nubmer'"):
        Auditor(Config(checks=("contradiction",), options={"contradiction.nli": {"heading_evidence": ["nubmer"]}}))


def test_a_comparison_tail_is_not_the_claims_own_figure(auditor):
    """", up from $9 million a year earlier" compares with another year: left out of the claim's evidence, its "earlier"
    no longer hides the profit / loss conflict of the two claims about 2023 (stop 46)."""
    text = ("Acme Corp reported a net profit of $12 million for 2023, up from $9 million a year earlier.\n\n"
            "The board approved a dividend.\n\n"
            "In its annual report, Acme Corp said it made a net loss of $3 million for 2023.")
    assert compared(auditor, text) == [(
        ["Acme Corp reported a net profit of $12 million for 2023, up from $9 million a year earlier",
         "it made a net loss of $3 million for 2023"], [{"type": "antonym", "values": ["profit", "loss"]}])]


def test_two_wordings_of_one_death_toll_conflict(auditor):
    """"were killed in the blast" and "died in the explosion" frame one event (cue setting frame_synonyms), so the two
    tolls are number evidence (stop 46; before, the pair shared no frame word and scored under the threshold)."""
    text = ("Officials said 12 people were killed in the blast on Tuesday.\n\n"
            "Rescue teams worked through the night.\n\n"
            "By Wednesday morning, police said five people died in the explosion.")
    assert compared(auditor, text) == [(
        ["12 people were killed in the blast on Tuesday", "five people died in the explosion"],
        [{"type": "number", "values": ["12", "five"]}])]


def test_no_one_injured_against_a_count_of_injured(auditor):
    """"No one" is a count of none: it meets the count of people hurt in the other claim when the two share the event's
    frame ("injured" / "injuries", cue setting frame_synonyms), so the pair has number evidence (stop 47)."""
    text = ("A fire broke out at a warehouse in the industrial district on Tuesday night.\n\n"
            "Firefighters battled the blaze for six hours.\n\n"
            "No one was injured, fire officials said.\n\n"
            "Two firefighters were taken to hospital with minor injuries, according to the fire department.")
    assert compared(auditor, text) == [(
        ["No one was injured", "Two firefighters were taken to hospital with minor injuries"],
        [{"type": "number", "values": ["No one", "Two"]}, {"type": "negation", "values": ["no"]}])]


def test_no_one_in_another_frame_is_no_contradiction(auditor):
    """"No one has filed to run for mayor" and a man who decided to run for mayor: the count of none has no count to
    meet, and "no one" stays the negation's words, so the pair is no denial (a real news pool; stop 47)."""
    text = ("No one has filed to run for mayor, the county clerk said on Monday.\n\n"
            "Former councilman Dan Ortiz said he had been hearing concerns from people in the community before "
            "deciding to run for mayor.")
    assert compared(auditor, text) == []


def test_quarterly_revenue_is_the_revenue_for_the_quarter(auditor):
    """"quarterly" and "quarter" frame one figure (cue setting frame_synonyms; stop 47)."""
    text = ("The company reported revenue of $5.2 billion for the quarter, beating forecasts.\n\n"
            "Analysts welcomed the results.\n\n"
            "Quarterly revenue came in at $4.8 billion, the company said.")
    assert compared(auditor, text) == [(
        ["The company reported revenue of $5.2 billion for the quarter, beating forecasts",
         "Quarterly revenue came in at $4.8 billion"], [{"type": "number", "values": ["5.2", "4.8"]}])]


def test_released_on_bail_against_in_custody(auditor):
    """Released / freed / bail against custody / detained / jailed is an antonym pair; another suspect is another person
    (stop 47)."""
    text = ("The suspect was released on bail on Monday.\n\n"
            "His lawyer declined to comment.\n\n"
            "The suspect remains in custody, police said.")
    assert compared(auditor, text) == [(
        ["The suspect was released on bail on Monday", "The suspect remains in custody"],
        [{"type": "antonym", "values": ["released", "custody"]}])]
    assert compared(auditor, text.replace("The suspect remains", "Another suspect remains")) == []


def test_no_flights_against_a_count_of_flights(auditor):
    """"no flights" is a count of none of its noun and meets "200 flights" in the same frame; a count in another period
    ("last winter") does not (stop 47)."""
    text = ("The airline cancelled 200 flights on Friday because of the storm.\n\n"
            "Passengers were offered refunds.\n\n"
            "The airline said no flights were cancelled.")
    assert compared(auditor, text) == [(
        ["The airline cancelled 200 flights on Friday because of the storm", "no flights were cancelled"],
        [{"type": "number", "values": ["200", "no flights"]}, {"type": "negation", "values": ["no"]}])]
    other = ("No flights were cancelled on Friday, the airline said.\n\n"
             "The storm passed overnight.\n\n"
             "Last winter the airline cancelled 200 flights during a similar storm.")
    assert compared(auditor, other) == []


def test_rates_raised_against_left_unchanged(auditor):
    """Raised / hiked or cut / lowered against unchanged is an antonym pair (stop 47)."""
    text = ("The bank raised interest rates by 0.25 percentage points on Thursday.\n\n"
            "Economists had expected the move.\n\n"
            "The bank left interest rates unchanged on Thursday.")
    assert compared(auditor, text) == [(
        ["The bank raised interest rates by 0.25 percentage points on Thursday",
         "The bank left interest rates unchanged on Thursday"],
        [{"type": "antonym", "values": ["raised", "unchanged"]}])]


def test_held_against_cancelled(auditor):
    """Held / hosted / staged against cancelled / scrapped / postponed is an antonym pair (stop 47)."""
    text = ("The festival will be held in June, the mayor announced.\n\n"
            "Tickets go on sale next week.\n\n"
            "The festival has been cancelled, organisers said on Friday.")
    assert compared(auditor, text) == [(
        ["The festival will be held in June", "The festival has been cancelled"],
        [{"type": "antonym", "values": ["held", "cancelled"]}])]
