"""Structured conflict evidence (checks/contradiction/evidence.py): the values an editor is shown."""

import pytest

from auditor.checks.contradiction.evidence import ConflictCues
from auditor.checks.contradiction.values import _FUNCTION_WORDS
from auditor.rules import RuleSet

CUES = ConflictCues(RuleSet().all["contradiction.nli"].options["cues"])


@pytest.mark.parametrize("a, b, expected", [
    ("It was the 51st season of the show", "The show ended after its 61st season",
     [{"type": "number", "values": ["51st", "61st"]}]),
    ("The poet died in 1996 in Lyon", "The poet died in 1992",
     [{"type": "date", "values": ["1996", "1992"]}]),
    ("The poet died on 3 May 1996", "The poet died on 3 May 1992",             # a date is shown as written
     [{"type": "date", "values": ["3 May 1996", "3 May 1992"]}]),
    # the day is part of the date: another day of the month is another date; a month alone agrees with any of its days
    ("The X9 will go on sale on October 12 in the United States",
     "The X9 goes on sale in the United States on October 19",
     [{"type": "date", "values": ["October 12", "October 19"]}]),
    ("The poet died on May 3, 1996", "The poet died on May 5, 1996",
     [{"type": "date", "values": ["May 3, 1996", "May 5, 1996"]}]),
    # a day-first date's day is no figure ("15 April 2007"; a real Wikipedia sentence, WikiWeasel, and its figure
    # changed):
    ("The current world record for rail vehicles is held by the TGV V150 set on 15 April 2007 at 574.8 km/h",
     "The current world record for rail vehicles is held by the TGV V150 at 581 km/h",
     [{"type": "number", "values": ["574.8", "581"]}]),
    ("The novel was written by Anna Kohl", "The novel was written by Jon Berg",
     [{"type": "entity", "values": ["Anna Kohl", "Jon Berg"]}]),
    # of several names in the slot, the two shown share a word or their governing word (ChatProtect tuning rows;
    # stop 51: before, the first name that fit was shown: "Lillian Hayes" / "Deep End", "Carnival of Souls" /
    # "Anne Rice"); a shared word of two letters does not count ("St Louis" the city stays unshown)
    ("Hayes co-wrote the screenplay with his wife, Lillian Hayes.",
     'Hayes co-wrote the screenplay for "The Deep End" with his wife, Lillian Hellman.',
     [{"type": "entity", "values": ["Lillian Hayes", "Lillian Hellman"]}]),
    ("Carnival of Souls is a novel written by Melissa Marr.", "The novel was written by Anne Rice.",
     [{"type": "entity", "values": ["Melissa Marr", "Anne Rice"]}]),
    ("In 1998, due to declining enrollment and financial difficulties, Marillac College was merged with St. Louis "
     "University, another Catholic institution in St. Louis.",
     "However, due to financial difficulties and declining enrollment, Marillac College was merged with another "
     "Catholic institution, the University of St. Mary of the Lake, in 1998.",
     [{"type": "entity", "values": ["St Louis University", "University of St Mary"]}]),
    # "none other than" names the copula's complement and negates nothing (the pattern of a ChatProtect popqa row)
    ("The producer of the film is none other than Cody Hale", "The producer of the film was Ross Mena",
     [{"type": "entity", "values": ["Cody Hale", "Ross Mena"]}]),
    # two objects of one verb fill one role
    ("In 2003 the firm acquired Co-Brand Dynamics", "In 2003 the firm acquired Delta Systems",
     [{"type": "entity", "values": ["Co-Brand Dynamics", "Delta Systems"]}]),
    # the subject of a verb in the past and the name after "by" fill one role, the agent
    ("The Environment Agency issued the warning on Tuesday", "The warning was issued by the Met Office on Tuesday",
     [{"type": "entity", "values": ["Environment Agency", "Met Office"]}]),
    # two scores of one match: the same two sides, or one side and a result in each (team-written sports lines; no
    # real candidate pair has the pattern)
    ("Arsenal beat Chelsea 3-1 on Saturday", "Arsenal's 2-0 win over Chelsea lifted them to second",
     [{"type": "number", "values": ["3-1", "2-0"]}]),
    ("Arsenal beat Chelsea 3-1 on Saturday", "The match ended 2-1 to Arsenal",
     [{"type": "number", "values": ["3-1", "2-1"]}]),
    # a title's full stop does not end the name's phrase: "Mr." opened a phrase and "Hale" was taken for its subject
    ("The novel was written by Mr. Hale", "The novel was written by Mr. Ortiz",
     [{"type": "entity", "values": ["Mr Hale", "Mr Ortiz"]}]),
    ("Average daily volume was roughly 133 million shares", "Average daily volume totaled 152.8 million shares",
     [{"type": "number", "values": ["133", "152.8"]}]),
    # agents of two passive verbs fill two roles: the director conflicts with the director, not the producer
    # (a real Wikipedia pair, WikiWeasel, text no measured set uses)
    ("It was directed by Steve Rash", "'The Night the Animals Talked' was produced by Gamma Films of Italy, and was "
     "directed by animation veteran Shamus Culhane", [{"type": "entity", "values": ["Steve Rash", "Shamus Culhane"]}]),
    # one condition, two dates: a conflict
    ("If approved, the stadium would open in 2027", "If approved, the stadium would open in 2029",
     [{"type": "date", "values": ["2027", "2029"]}]),
    # a work's title after its kind is no person: the screenwriters conflict, not the title (a ChatProtect popqa row)
    ('The screenwriter for the 2013 film "The Double" was Michael Brandt',
     "The screenwriter and director, Richard Ayoade, also directed the film",
     [{"type": "entity", "values": ["Michael Brandt", "Richard Ayoade"]}]),
    # a headline in title case keeps its cue words
    ("Council Approves Stadium Plan", "The council rejected the stadium plan",
     [{"type": "antonym", "values": ["approves", "rejected"]}]),
    # a joined nationality word is no name, a musical's title no composer (ChatProtect popqa rows, shortened)
    ("The Medium is a 2021 British-American opera film directed by Benjamin Cleary",
     "The film was directed by Samuel Tasina", [{"type": "entity", "values": ["Benjamin Cleary", "Samuel Tasina"]}]),
    ('The composer of "Brand New Day" from the musical "The Wiz" is Charlie Smalls',
     'The composer of "Brand New Day" is Sting', [{"type": "entity", "values": ["Charlie Smalls", "Sting"]}]),
    # a possessor fills no slot: what it owns does (a ChatProtect popqa row)
    ("The lyrics were written by Hatch's then-wife, Jackie Trent", "The lyrics were written by Sidney Michaels",
     [{"type": "entity", "values": ["Jackie Trent", "Sidney Michaels"]}]),
    # "St." stays inside a name, also after a hyphen (a ChatProtect validation row: the campus was sold to one
    # university and is used by another)
    ("The Marillac campus was sold to the University of Missouri-St. Louis and is now used for academic and "
     "administrative offices", "The Marillac campus is now used by St. Louis University for various purposes, "
     "including housing and administrative offices",
     [{"type": "entity", "values": ["University of Missouri-St Louis", "St Louis University"]}]),
    ("The bridge crosses the river at Ft. Worth", "The bridge crosses the river at Dallas",
     [{"type": "entity", "values": ["Ft Worth", "Dallas"]}]),
    # two prices of one thing, whatever else the claims say: the noun a figure modifies and the subject of "cost"
    # (a team-written draft; no candidate pair of the clean real texts has the pattern)
    ("The council approved a $45 million plan to expand bus service", "The plan will cost $60 million",
     [{"type": "number", "values": ["45", "60"]}]),
    # a plural possessive stays inside a name: the editor is shown the whole name
    ("The hospital is run by the Department of Veterans' Affairs", "The hospital is run by the Department of Health",
     [{"type": "entity", "values": ["Department of Veterans Affairs", "Department of Health"]}]),
    # "of" may belong to a place: one role (a ChatProtect popqa row)
    ("Tura is a town located in the state of Meghalaya, India", "Tura is located in Mongolia",
     [{"type": "entity", "values": ["Meghalaya", "Mongolia"]}]),
    # a modal is no frame word: "would cut" and "will cut" are one frame
    ("It would cut 1,200 jobs, about 8% of its workforce, as demand for its printers slumped",
     "Acme will cut 2,000 jobs", [{"type": "number", "values": ["1,200", "2,000"]}]),
    # two complements of one subject's copula, whatever stands between (stop 31)
    ("The producer of Cocktails, a 1988 comedy film, was Ted Field", "The producer of Cocktails was Brian Brown",
     [{"type": "entity", "values": ["Ted Field", "Brian Brown"]}]),
    # two agents of one passive verb, whatever describes them (stop 31)
    ("The song was composed by Stuart Adamson, the lead singer of Big Country",
     "The song was composed by the British singer-songwriter, Morrissey",
     [{"type": "entity", "values": ["Stuart Adamson", "Morrissey"]}]),
    # one subject, each date after the same verb, though the claims say other things too (stop 32)
    ("The museum opened in 1998 and draws 2 million visitors a year",
     "The museum, which opened in 2003, is the city's most visited site",
     [{"type": "date", "values": ["1998", "2003"]}]),
    # real ChatProtect pair (popqa): the frame is mostly other words, the year follows "published" in both
    ("The novel was published in 1975 and is considered one of Wolfe's most notable works",
     "The novel was published in 1985 and is considered a satirical depiction of wealthy American society",
     [{"type": "date", "values": ["1975", "1985"]}]),
    # a decade is a date that holds ten years (stop 32; "1980s" was the year 1980 and a word "s")
    # one example of a list against a named fill of the same slot still conflicts
    ("The song was written by a team of songwriters including Chip Taylor", "The song was written by Pete Ham",
     [{"type": "entity", "values": ["Chip Taylor", "Pete Ham"]}]),
    ("The genre originated in the 2010s", "The genre originated in the 1990s",
     [{"type": "date", "values": ["2010s", "1990s"]}]),
    ("The council voted 9-4 in favour of the plan", "The council voted 7-6 against the plan",
     [{"type": "number", "values": ["9-4", "7-6"]}, {"type": "antonym", "values": ["favour", "against"]}]),
    ("Revenue rose 12% in the third quarter", "Revenue fell in the third quarter",
     [{"type": "antonym", "values": ["rose", "fell"]}]),
    ("Shares of the company jumped 8% after the announcement",                 # market verbs (stop 32)
     "Shares of the company slumped after the announcement", [{"type": "antonym", "values": ["jumped", "slumped"]}]),
    ("The film was a commercial success", "The film was a box-office failure",
     [{"type": "antonym", "values": ["success", "failure"]}]),
    ("The union agreed to the new contract", "The union refused to accept the new contract",
     [{"type": "antonym", "values": ["agreed", "refused"]}]),
    ("The bridge is the longest in Europe", "The bridge is the shortest crossing on the river",
     [{"type": "antonym", "values": ["longest", "shortest"]}]),
    ("In 1995, he joined the club", "In 1997, he joined the club",            # values alone open no scope
     [{"type": "date", "values": ["1995", "1997"]}]),
    ("In the third quarter, revenue rose 12%", "In the third quarter, revenue fell",          # the same scope
     [{"type": "antonym", "values": ["rose", "fell"]}]),
    ("He will run for re-election", "He will not seek re-election", [{"type": "negation", "values": ["not"]}]),
    # a profit and a loss of one company and year (stop 45)
    ("Acme reported a net profit of $12 million for 2023", "Acme posted a net loss of $3 million for 2023",
     [{"type": "number", "values": ["12", "3"]}, {"type": "antonym", "values": ["profit", "loss"]}]),
    # a denial: the negated claim restates the other (a MultiNLI dev pair, the checkpoint-selection slice)
    ("But Fish is not an upbeat pragmatist", "Fish is an upbeat pragmatist", [{"type": "denial", "values": ["not"]}]),
    ("The new terminal will open to passengers in March", "The new terminal will not open to passengers in March",
     [{"type": "denial", "values": ["not"]}]),
    # too few words to tell a restatement, or a condition: a plain negation (the patterns of lines of public-domain
    # fiction)
    ("He could learn nothing", "He can learn that soon enough", [{"type": "negation", "values": ["nothing"]}]),
    ("If we do not get on, it will be easy to part company", "We will get on and it will be easy to stay in company",
     [{"type": "negation", "values": ["not"]}]),
    # a figure among a group is not the figure of all (the pattern of a real Wikipedia pair, WikiWeasel clean tuning
    # text)
    ("In a 1989 study, among pre-school children, the rate was found to be between 1.7 and 2.7 percent",
     "The overall average rate was found to be 5 to 8 percent", []),
    # the figure of a part or kind of a thing is not the thing's (the pattern of a real news pair, FactBank inspect
    # half, in sentences of our own: FactBank is measured, never copied)
    ("Trading volume was 900 million shares on Friday", "Big-board trading volume was 300 million shares on Friday",
     []),
    ("Sales rose 8% in the quarter", "Domestic sales rose 3% in the quarter", []),
    # one result told from each side, two matches, a part of the match (team-written sports lines)
    ("Arsenal beat Chelsea 3-1 on Saturday", "Chelsea lost 1-3 to Arsenal on Saturday", []),
    ("Arsenal beat Chelsea 3-1 on Saturday", "Arsenal lost 2-0 to Liverpool", []),
    ("Arsenal led Chelsea 2-1 at half-time", "Arsenal beat Chelsea 3-1", []),
    # both ends of a scale together classify, they evaluate nothing (the pattern of a real Wikipedia pair, WikiWeasel,
    # text no measured set uses)
    ("The third movement is in the tonic key", "Much of the third movement is organized around a descending third, "
     "major or minor", []),
    # "no more than" bounds a figure, it denies nothing (team-written)
    ("No more than 40 homes were flooded on Friday", "On Friday 40 homes were flooded", []),
    # "not all" qualifies, it denies nothing (the pattern of a real Wikipedia pair, WikiWeasel, text no measured set
    # uses)
    ("Players may not all be working on the same Phase in the same hand",
     "Several players will often complete their Phase in the same hand", []),
    ("Revenue was $4.5 million in the quarter", "Revenue was $5.1 million in the quarter",  # money with money
     [{"type": "number", "values": ["4.5", "5.1"]}]),
    ("The museum opened in 1998 with 40 rooms", "The museum opened in 1998 with 14 rooms",
     [{"type": "number", "values": ["40", "14"]}]),
    ("The fall of Bakhmut is a significant setback for Ukraine",
     "The fall of Bakhmut has not granted Russian forces important terrain",
     [{"type": "negation", "values": ["not"]}, {"type": "evaluation", "values": ["significant", "not … important"]}]),
    ("The vote is not the final step", "This is the most important decision the council will make",
     [{"type": "negation", "values": ["not"]}]),  # "not" governs no strong word: no clash of evaluations
    ("The storm caused major damage to the port", "The storm caused minor damage to the port",
     [{"type": "evaluation", "values": ["major", "minor"]}]),
    # one enumeration against a single name is a conflict; two enumerations are lists of examples (above)
    ("The film was directed by John Ford", "The film was directed by Howard Hawks, Raoul Walsh and William Wyler",
     [{"type": "entity", "values": ["John Ford", "Howard Hawks"]}]),
    # one person's age, whatever else the claims say (appositive, "who is", "-year-old")
    ("Smith, 52, previously ran the company's European division", "Smith, who is 47, joined Acme in 2005",
     [{"type": "age", "values": ["52", "47"]}]),
    # one adult named by a role after "the" (stop 32)
    ("The senator, who is 64, announced her retirement", "The 58-year-old senator was first elected in 2006",
     [{"type": "age", "values": ["64", "58"]}]),
    ("The 34-year-old Garcia scored twice", "Garcia (29) was substituted in the second half",
     [{"type": "age", "values": ["34", "29"]}]),
    ("Smith, 52, ran the European division", "Smith, 47, ran the European division",   # no number evidence beside it
     [{"type": "age", "values": ["52", "47"]}]),
    # stop 35, real ChatProtect popqa pairs (model-written): an initial's full stop does not end a name; a copula's
    # name may follow a description ("a ... writer named", "... pioneer, Dr."); a role fills its agent verb's slot
    ("The author of Stations is Rohith Vemula",
     "The author of Stations is a science fiction writer named Barry N. Malzberg",
     [{"type": "entity", "values": ["Rohith Vemula", "Barry N Malzberg"]}]),
    ("The father of Searching is considered to be American computer scientist and internet pioneer, Dr. Leonard "
     "Kleinrock", "The father of Searching is considered to be Alan Emtage",
     [{"type": "entity", "values": ["Leonard Kleinrock", "Alan Emtage"]}]),
    ("The director of Unity is a documentary film directed by Shaka King, released in 2020",
     "The director of Unity is Roland Emmerich",
     [{"type": "entity", "values": ["Shaka King", "Roland Emmerich"]}]),
    ("It was produced by Universal-International Pictures", "It was produced by Darla K. Anderson",
     [{"type": "entity", "values": ["Universal-International Pictures", "Darla K Anderson"]}]),
    # stop 36, real ChatProtect popqa / popqa_contriever pairs: a name sharing a word with a name of the other claim
    # ("The Temple" / "Sir William Temple"; the same "Hayes" in both), a surname read as the full name before it
    ("The author of The Temple is Sir William Temple, first published in 1662",
     "The author of The Temple is Sir Walter Scott",
     [{"type": "entity", "values": ["Sir William Temple", "Sir Walter Scott"]}]),
    ("Hayes co-wrote the screenplay with his wife, Lillian Hayes",
     "Hayes co-wrote the screenplay with his wife, Lillian Hellman",
     [{"type": "entity", "values": ["Lillian Hayes", "Lillian Hellman"]}]),
    ("It can be inferred that the director is Marc Green, as the text mentions that Green received the Creative "
     "Capital Moving Image Award in 2001", "The director is Viktor Green",
     [{"type": "entity", "values": ["Marc Green", "Viktor Green"]}]),
    # a name that opens a longer name of both claims is a value of its own (ChatProtect popqa pairs)
    ("The capital of Madison County is Madison", "The capital of Madison County is Huntsville",
     [{"type": "entity", "values": ["Madison", "Huntsville"]}]),
    # a role and its agent verb frame one fact (ChatProtect popqa pairs)
    ("The screenwriter for Dumbbells in Ermine was Gertrude Purcell", "Dumbbells in Ermine was written by Ben Hecht",
     [{"type": "entity", "values": ["Gertrude Purcell", "Ben Hecht"]}]),
    # both verbs of "founded and edited by" (a ChatProtect popqa_contriever pair)
    ("The periodical was founded and edited by a person named Walter Rye", "The periodical was founded by W.H. Turton",
     [{"type": "entity", "values": ["Walter Rye", "W.H Turton"]}]),
    # a name that ends like a nationality word is a name (ChatProtect popqa pairs)
    ("The screenwriter for Saat Rang Ke Sapne was Priyadarshan", "The screenwriter for Saat Rang Ke Sapne was Gulzar",
     [{"type": "entity", "values": ["Priyadarshan", "Gulzar"]}]),
    ("Ko Wen-je was born in Kaohsiung, Taiwan", "Ko Wen-je was born in Taipei, Taiwan",
     [{"type": "entity", "values": ["Kaohsiung", "Taipei"]}]),
    # the other claim's subject is no pronoun's person when it has an object pronoun
    ("He was succeeded by John Smith", "Peter Jones succeeded him",
     [{"type": "entity", "values": ["John Smith", "Peter Jones"]}]),
    # two changes of one unit still conflict (stop 43)
    ("Revenue rose 12% in the third quarter", "Revenue rose by 15% in the third quarter",
     [{"type": "number", "values": ["12%", "15%"]}]),
    # quote marks end a name, not an opening phrase (a ChatProtect popqa pair)
    ('The screenwriter for the 1931 German film "M" was Thea von Harbou',
     'The screenwriter for the movie "M" was Fritz Lang',
     [{"type": "entity", "values": ["Thea von Harbou", "Fritz Lang"]}]),
])
def test_conflicts_name_both_values(a, b, expected):
    assert CUES.evidence(a, b) == expected


def test_a_role_is_one_person_only_after_the():
    """"a 58-year-old senator" may be another senator: no age conflict (the two figures still differ)."""
    assert "age" not in [e["type"] for e in CUES.evidence("The senator, who is 64, retired",
                                                          "A 58-year-old senator was elected")]


@pytest.mark.parametrize("a, b", [
    ("Angela Merkel was born in Hamburg in 1954", "Merkel was born in Hamburg"),           # a shorter name
    ("The novel was written by Anna Kohl", "The film was directed by the Danish director Jon Berg"),  # two verbs
    ("In 2000, she was elected party leader", "She was elected leader of the CDU in April 2000"),  # same year
    ("Sales rose 12% in the quarter", "Sales went up twelve percent in the quarter"),       # digits and words
    # one figure rounded: the same figure ("roughly 133 million" / "132.8 million"), unlike 133 / 152.8 above
    ("Average daily volume was roughly 133 million shares", "Daily volume totaled 132.8 million shares"),
    ("Profit rose 8% to $1.2 billion", "Profit rose 8.2% to $1.19 billion"),
    ("The mayor opened the bridge in May", "Traffic has used the bridge since May 2021"),   # different slots
    # two examples of lists (stop 32; real ChatProtect popqa pairs of this form were consistent)
    ('Their most popular songs include "Back to Nature" and "Keep on Rockin"',
     'Their most popular songs include "Back to Nature" and "Slam Dunk"'),
    ("She joined the party in the late 1980s", "She joined the party in 1989"),            # a year of the decade
    ("She joined the party in the late 1980s", "She joined the party in 1990"),            # or one beside it
    # the same subject, but the dates follow other words: two events, not one date told twice
    ("The museum opened in 1998 and draws 2 million visitors a year", "The museum added a wing in 2003 for its prints"),
    ("She grew up in East Germany and studied physics", "She joined the party after the fall of the Wall"),  # idioms
    ("He rose through the ranks of the army", "Exports fell sharply that year"),           # "rose through" idiom
    # real Wikipedia sentences (WikiWeasel, CoNLL-2010) that once gave false conflicts:
    ("From 14th Street to 17th Street, it forms the eastern boundary of Union Square",       # street names
     "From 17th Street to 32nd Street, it is known as Park Avenue South"),
    ("Athletes in class BC2 may compete with an assistant", "Athletes in class BC3 compete with an assistant"),  # codes
    ("Hollis, 44, of Bangor, Me., was sought by police for a week", "The 44-year-old Hollis was arrested in Quebec"),
    ("Nigel Judah, 58, becomes finance director", "Peter Holland, 45, becomes director of finance"),  # two people
    ("Jane Smith, 52, runs the firm", "Her son, John Smith, 24, joined it in May"),           # two Smiths
    ("In Paris, 52 people were arrested", "In Lyon, 47 people were arrested on Sunday"),     # counts, not ages
    ("They founded a new artistic code that was based on social and political critique, as opposed to the pure "
     "aesthetics", "The artistic code supported the pure aesthetics"),                        # "as opposed to"
    # the patterns of false alarms on real news (FactBank documents), in sentences of our own:
    ("British Petroleum fell 5 pence to 286", "British Telecom fell 10 pence to 250"),          # two subjects
    ("In Singapore, stocks fell to their lowest level in five years",
     "In the Philippines, stocks fell to their lowest level in four years"),                     # two places
    ("The firm had a tax benefit of $2.6 million",
     "In the year-earlier quarter, the tax benefit was $4.1 million"),                           # another period
    # two scopes, real Wikipedia sentences (WikiWeasel, a clean block the threshold is tuned on):
    ("In a 1989 Everson and Boat study, among pre-school children, the rate was found to be between 1.7 to 2.7 percent",
     "Among adolescents, the rate was found to be between 8 to 12 percent"),
    ("For the full year, revenue fell 3%", "In the third quarter, revenue rose 12%"),           # two periods
    ("Net income fell 22% in the quarter", "Storm losses cut net income by $50 million in the quarter"),  # units
    ("The stock will be redeemed in five years", "Dividends will be paid from the first year"),  # ordinal
    ("Revenue was about $4.5 million",                                    # a claim reporting three figures
     "The firm lost $2 million, or 10 cents a share, with sales of about $5.1 million"),
    # a figure's frame keeps its names (stop 33): two offices, two record holders, so two dates, two speeds
    # (a ChatProtect validation context, model-written; a real Wikipedia pair, WikiWeasel)
    ("In 2005, Merkel was elected as the Chancellor of Germany, succeeding Gerhard Schröder",
     "In 2000, she was elected as the party's leader and became the opposition leader in the Bundestag"),
    ("The current world record for rail vehicles is held by the TGV V150 set on 15 April 2007 at 574.8 km/h",
     "the JR-Maglev MLX01, which holds the world land speed record for railed vehicles at 581 km/h"),
    # negation words in another sense (stop 33; the first is a ChatProtect validation context's pair)
    ("Marillac College no longer exists", "Marillac College was known for its commitment to social justice"),
    ("The plan will cut not only costs but delays", "The plan will cut costs"),
    ("The deal is not only a major win for the city but a boost for the port",          # no negated evaluation
     "The deal is a significant gain for the city"),
    # titles and frequency adverbs name no slot (stop 34: seen in real news and Wikipedia text)
    ("Mr. Hale declined to use the word strike",
     "While avoiding the word itself, Mr. Ortiz acknowledged that the union was on strike"),
    ("Those in Lyon often enter business professions", "Most in Rennes and Nantes often choose professions in farming"),
    # a description reaches back to a copula only within its own phrase (stop 35; a ChatProtect popqa pair)
    ("The producer of Champion is an ambiguous question as there are different movies, TV shows, books, and albums",
     "The producer of Champion is D. Narayana Rao"),
    # a short name before the longer one is no mention of it (an alias; a ChatProtect popqa pair)
    ("Maud of Normandy, also known as Matilda, was the daughter of Henry I of England and Matilda of Scotland",
     "Maud of Normandy was the daughter of Empress Matilda"),
    ("The film was directed by Marc Green; Green also wrote it", "The film was directed by Marc Green"),
    # an acronym is the name it spells, in its own claim and in the other (a ChatProtect validation pair)
    ("She became involved in the pro-democracy movement in East Germany in the late 1980s and joined the CDU after "
     "the fall of the Berlin Wall in 1989",
     "She joined the Christian Democratic Union (CDU) party in 1990 after the fall of the Berlin Wall"),
    # a subject pronoun's person is no value of the other claim (a ChatProtect validation pair)
    ("In 2000, she was elected as the party's leader and became the opposition leader in the Bundestag",
     "Angela Merkel was elected as the leader of the CDU party in April 2000"),
    # a role and another verb's agent are two facts
    ("The screenwriter for Dumbbells in Ermine was Gertrude Purcell", "Dumbbells in Ermine was produced by Ben Hecht"),
    # a name the other claim calls "its campus", "the charter" is that claim's thing (a ChatProtect validation pair)
    ("Its campus was sold to the University of Missouri-St. Louis, which now uses the space for its South Campus",
     "Its campus was sold to the University of Missouri-St. Louis, which now uses the former Marillac College "
     "buildings for its nursing program"),
    # an example right after a list opener fills no single value's slot (ChatProtect validation pairs)
    ("It was also translated into other languages, including Dutch and Danish",
     "It was translated into Latin and other languages"),
    ("She was elected as Chancellor in 2005 and has since overseen Germany's response to the global financial crisis",
     "She has overseen Germany's response to several major crises during her time as Chancellor, including the 2008 "
     "financial crisis"),
    # money words are part of the figure, not a shared frame (the pattern of a false pair in FactBank news, in sentences
    # of our own: FactBank is measured, never copied)
    ("Five thousand dollar watches for nine hundred dollars", "A three hundred dollar leather bag for forty dollars"),
    # a nationality word and its country are one thing (a ChatProtect popqa context)
    ("Stari Ras is the historic capital of the medieval state of Serbia",
     "It was the capital of the medieval Serbian state during the reign of the Nemanjić dynasty"),
    # a claim without words (a "* * *" section break is a claim) gives no evidence and no error
    ("* * *", "Angela Merkel was elected in 2005"),
    # "little is known" is no minor evaluation (a ChatProtect validation pair)
    ("Although little is known about Eike von Repgow's life, his legacy is significant",
     "His legacy is still felt today, as the Sachsenspiegel remains an important historical document"),
    # "Today" opens no name (a ChatProtect validation pair)
    ("Today, it is considered an important historical document and is still studied by legal scholars",
     'The "Sachsenspiegel" is an important historical document that has been studied by legal scholars'),
    # two roles of one verb: its agent and its recipient (a real Wikipedia pair, WikiWeasel, a clean tuning block;
    # a ChatProtect validation pair whose conflict was once "Armin Laschet" vs "Chancellor of Germany")
    ("It was founded in 1572 under a Royal Charter granted by Elizabeth I of England",
     "This charter was granted to John Lyon for the provision of education to local boys"),
    ("She was succeeded by Armin Laschet as the leader of the CDU",
     "She was succeeded as the Chancellor of Germany by her party colleague"),
    # two subjects after an article and a figure (real Wikipedia sentences, WikiWeasel, text no measured set uses)
    ("The 70 Brigade is also based in the capital area and has around 2,000 soldiers",
     "The 911 Parachute Regiment is based west of Phnom Penh"),
    # a cue word inside a name is no cue ("Little Norway"; a real Wikipedia pair, WikiWeasel, shortened)
    ('By 1910 Petersburg was populated largely by people of Scandinavian origin, giving it the nickname '
     '"Little Norway"',
     "Petersburg is one of Alaska's major fishing communities"),
    # an antonym pair in claims that share too little: two things (a real Wikipedia pair, WikiWeasel, text no measured
    # set uses; the second sentence shortened)
    ("On this section, the canyon has walls that rise approximately 1000 ft from the river bed",
     "The river drops from an elevation of approximately 6100 ft at South Platte at the head of the gorge"),
    # a claim that compares with another group gives no figure of the other claim's slot (real Wikipedia sentences,
    # WikiWeasel, a clean block the threshold is tuned on)
    ("About 30% of people with panic disorder use alcohol and 17% use other psychoactive drugs",
     "This is in comparison with 61% (alcohol) and 7.9% (other psychoactive drugs) of the general population"),
    # two different conditions are two cases (a real Wikipedia pair, WikiWeasel, text no measured set uses)
    ("If only one race is moved, bettors who successfully pick the other five race winners will win or share the "
     "full six-winner pool",
     "If two races are moved, bettors who pick the other four winners will win or share in that day's six-winner pool"),
    # two kinds of thing by their names' last words: a law and a school (a real Wikipedia pair, WikiWeasel, text no
    # measured set uses)
    ("Private university system in Bangladesh started in 1992 and all the private universities in Bangladesh are "
     "established under the 'Private University Act 1992'",
     "North South University (1992) was the first private university in Bangladesh"),
    # a quoted sentence's first word before a lower-case word is no name (public-domain fiction, a tuning chunk)
    ('Every morning the old witch came to the cage and said, "Hansel, stretch out your finger"',
     'The old witch called out, "Leave off that noise"'),
    # a place and another role ("located in" / "renamed to"; a ChatProtect validation context)
    ("Marillac College was a Catholic women's college located in St. Louis, Missouri",
     "In 1998, the college was renamed to Fontbonne University"),
    # a negation inside a title is no negation (a ChatProtect popqa row)
    ("The screenplay for I'm Here was written by Michelle Schumacher and Tony Cummings",
     "The screenplay for I'm Not Here was written by Michelle Schumacher and Tony Cummings"),
    # a film and an album are two kinds of work (a ChatProtect popqa context)
    ('The song was written by Paul Williams and was featured in the 1976 film "A Star is Born"',
     'The song was featured in the album "Thriller"'),
    # two possessors of one relation are no conflict (a real Wikipedia pair, WikiWeasel, text no measured set uses)
    ("Ryouta is Amamiya's best friend", "He obviously has a huge crush on Mayu's best friend, Nazuna"),
    # a people and a faith are two things (a real Wikipedia pair, WikiWeasel, text no measured set uses)
    ("The Bulgarians are a majority followed by Gypsies and Turks",
     "The vast majority of the inhabitants are Christians - mostly Eastern Orthodox"),
    # an antonym in a relative clause after a comma tells of another thing (the plant, not the stadium)
    ("The stadium would open in 2027",
     "The stadium will be built on the site of the former Acme steel plant, which closed in 1998"),
    # the object of a verb and a name after a preposition of it fill two roles (the patterns of a real Wikipedia pair,
    # WikiWeasel, and of a line of public-domain fiction)
    ("The firm acquired Co-Brand Dynamics in 2003", "The firm was acquired by AppNet in 2003"),
    ("He asked Sherlock Holmes", "He asked about Stangerson"),
    # the subject of a verb in the past is its agent, another role than a name after "for" (a headline and the lead
    # under it; a team-written draft, no real candidate pair has the pattern)
    ("Flood warning issued for Millbrook", "The Environment Agency issued a flood warning for the river on Tuesday"),
    # a number after a capitalised address word names a road (the pattern of a real Wikipedia pair, WikiWeasel)
    ("U.S. Route 19 runs north to the county line", "U.S. Route 41 runs north to the county line"),
    # items of two enumerations fill no slot against each other (the pattern of a real news pair, FactBank inspect half)
    ("Shares closed lower in Paris, Zurich and Amsterdam", "Shares also closed lower in Sydney, Hong Kong and Seoul"),
    # "major" / "minor" naming a class is no evaluation (the patterns of real Wikipedia pairs, WikiWeasel)
    ("He made his major league debut with the Mets", "He spent two seasons with the Mets in the minor leagues"),
    ("The third movement is in the tonic key, C major", "The third theme of the movement is in a minor key"),
    # an abbreviation and its word, a plural and its singular: one name (the patterns of a ChatProtect validation row
    # and of a real Wikipedia pair, WikiWeasel)
    ("Marillac College was named after St. Louise de Marillac", "Marillac College was named after Saint Louise de "
     "Marillac, a French saint"),
    ("The bridge crosses the river at Ft. Worth", "The bridge crosses the river at Fort Worth"),
    ("Phases must be made in order, from 1 to 10", "Only one Phase may be made per hand"),
    # the same price told two ways, and the prices of two things (a currency code is no thing: the pattern of a real
    # Wikipedia pair, WikiWeasel)
    ("The council approved a $45 million plan to expand bus service", "The plan will cost about 45 million dollars"),
    ("The city approved a $45 million plan", "The stadium will cost $60 million"),
    ("The firm sold its drilling division for $1 CAD and shares",
     "The firm announced the sale of its pipeline unit for approximately $274 million CAD"),
    # an antonym about another thing of a kind: a similar proposal is not the plan (a team-written draft; no real
    # candidate pair has the pattern)
    ("City council approves new transit plan", "The council rejected a similar proposal in 2019"),
    ("The poet died on May 3, 1996", "The poet died in May 1996"),
    ("The poet died on May 3, 1996", "The poet died on 3 May 1996"),
    # a negated antonym says the same: "opposed" / "would not support", "rose" / "did not fall"
    ("The mayor opposed the budget", "The mayor said he would not support the budget"),
    ("Sales rose in May", "Sales did not fall in May"),
    # a rise and a fall in two periods (stop 41; the shapes of real market reports)
    ("Shares of the company rose in after-hours trading", "Shares of the company have dropped 12% in 2013"),
    # a strong and a weak word in claims sharing no other word: two things judged (stop 41; a real shooting report)
    ("An officer suffered minor injuries while capturing the suspect",
     "The victim is said to be in critical condition"),
    # what someone asks for is not said to be so (stop 41; the shape of real news reports)
    ("Residents pleaded with the council to keep the library open on Sundays", "The library is now closed on Sundays"),
    # nor what someone expects (stop 42; the shape of a real earnings report)
    ("Analysts had expected earnings of $2.69 per share", "Earnings for the quarter were $4.87 per share"),
    ("The new bridge was expected to cost $40 million", "The new bridge cost $55 million"),
    # an obituary's "survived by" is no survival, "another 203,595 houses" other houses (stop 42; real news reports)
    ("Officer Verdell Smith was pronounced dead after being struck",
     "Smith was survived by a father and two daughters"),
    ("As of Sunday, the NDRRMC said 38,110 houses were completely destroyed", "Another 203,595 houses were damaged"),
    # a change and a level are two quantities (stop 43; real crop and livestock market reports)
    ("The paddy coverage area in the district has come down by 50,705 acres this year",
     "Harvesting is complete in about 49,000 acres of the total area under paddy in the district"),
    ("The limited selection of grown steers improved 9c to 12c/kg", "Grown steers made from 295c to 320c/kg"),
    ("Heavy weight grown heifers sold 7c/kg dearer", "Heavy weight grown heifers made between 275c and 300c/kg"),
    # two statistics, and one verb and preposition over two things (stop 43; real news reports)
    ("The lag between collection and publication averaged 21 years for those 600 species",
     "The median time between collection and publication was 12 years"),
    ("The lone vote against the budget was Commissioner Shannon Green",
     "The lone vote against the property tax rate was Commissioner David Gross"),
    # what will be against what was (stop 43; a real news report)
    ("The plant will lay off the 257 workers employed there", "The plant also laid off more than 220 workers in 2018"),
    # a fiscal year is no count (stop 41; a real news report)
    ("The regents passed the university's 2015-16 budget on Thursday", "The budget passed 14-7"),
    ("The shares rose $1.31 to $45 in after-hours trading",
     "The shares had fallen 91 cents to $43.69 during the regular session"),
    # two numbered periods (stop 45; "the 51st season" / "the 61st season" above is one slot's two values)
    ("Sales rose in the third quarter", "Sales fell in the second quarter"),
    ("Acme swung to a profit in the first half", "Acme reported a loss in the second half"),
])
def test_agreeing_or_unaligned_values_are_no_conflict(a, b):
    assert CUES.evidence(a, b) == []


def test_claims_opening_with_two_names_tell_two_facts():
    assert CUES.other_subjects("Ana Ruiz and Tom Berg voted Yes", "Dan Ortiz and Mia Hall voted No")
    assert CUES.other_subjects("Globex Corp rose 5%", "Initech Inc fell 3%")
    # a one-word "name" opening a claim is often none (a ChatProtect tuning pair about one person)
    assert not CUES.other_subjects("Born in Hamburg in 1954, Merkel grew up in East Germany",
                                   "Angela Merkel studied physics before entering politics")
    # one name within the other, a pronoun, or a name later in the claim: one subject, or none to tell
    assert not CUES.other_subjects("Merkel grew up in East Germany", "Angela Merkel was born in Hamburg")
    assert not CUES.other_subjects("She was born in Hamburg", "Angela Merkel was born in Bonn")
    assert not CUES.other_subjects("The film was directed by Steve Rash", "It was directed by Shamus Culhane")


def test_anchors_are_shared_names_numbers_and_dates():
    assert CUES.anchors("Angela Merkel won 41.5% in 2013") == {
        "entity:angela", "entity:merkel", "number:41.5", "date:2013"}
    # a discourse adverb or a pronoun with its verb opens no name (stop 34; ChatProtect: "I'm not familiar with ...")
    assert CUES.anchors("Therefore, I'm sure Anna Kohl won in 2013") == {"entity:anna", "entity:kohl", "date:2013"}


def test_dates_of_an_event_the_document_tells_again_do_not_conflict():
    """Another claim of the document says the event recurred (the pattern of ChatProtect tuning contexts: a president
    elected twice), so two dates of it are two occurrences; an event of another frame keeps its conflict."""
    first, second = "She was elected mayor of Tarrow in 2004", "Maria Lopez was elected mayor of Tarrow in 2012"
    recurring = CUES.recurring(["Maria Lopez ran the port authority", "She was elected mayor again after a recount",
                                first, second])
    assert recurring == [frozenset({"she", "was", "elected", "mayor", "again", "after", "recount"}) - _FUNCTION_WORDS]
    assert CUES.evidence(first, second) == [{"type": "date", "values": ["2004", "2012"]}]
    assert CUES.evidence(first, second, recurring) == []
    assert CUES.evidence("The plant opened in 2004", "The plant opened in 2012", recurring) == [
        {"type": "date", "values": ["2004", "2012"]}]
