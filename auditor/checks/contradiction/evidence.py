"""Structured conflict evidence of a claim pair (after de Marneffe, Rafferty and Manning 2008,
"Finding contradictions in text"): what an editor can check, and what calibrates the NLI score.

* ``number``, ``date``, ``entity``: the two claims give different values in the same slot — a content word shared among
  the two nearest on either side of the value ("the 51st season" / "the 61st season", "died in 1996" / "died in 1992",
  "written by Anna Kohl" / "written by Jon Berg"; for names, also the agent of one passive verb a few words back:
  "composed by Stuart Adamson" / "composed by the British singer-songwriter, Morrissey", or the complement of the
  subject's copula: "The producer of Cocktails, a 1988 film, was Ted Field" / "The producer of Cocktails was Brian
  Brown") — and neither value appears in the other claim (words of one ``frame_synonyms`` group are one frame word: "12
  were killed in the blast" / "five died in the explosion"); a name conflicts only with a name and a nationality word
  only with another ("a British author" / "the film The Card" is no conflict); dates do not conflict when either claim
  tells a repeated event (``repetition_markers``: "was elected President again in 1985" / "was elected President in
  1956"), or another claim of the document tells it again (``ConflictCues.recurring``); two examples of lists do not
  conflict (``list_openers``: "albums include Toreh" / "albums include Kimia"); a number before an ``address_words``
  word, or after one capitalised, is part of a place name ("17th Street", "Route 19"), and a code of letters and digits
  ("BC2") is neither a number nor a name; numbers conflict only within one unit (money, percent, ordinal, or a count of
  the same thing: "fell 22%" / "cut by $50 million" do not; a change only with a change, ``change_words``,
  ``change_comparatives``: "come down by 50,705 acres" / "complete in 49,000 acres" do not), a figure and its rounding
  are one value ("roughly 133 million" / "132.8 million"), two money figures of one thing conflict whatever else the
  claims say ("a $45 million plan" / "The plan will cost $60 million") and so do two scores of one match ("beat Chelsea
  3-1" / "Arsenal's 2-0 win over Chelsea"; not "2-1 at half-time"), neither numbers nor dates when a claim is about
  another period (``period_markers``: "In the year-earlier quarter, ..."; a tail that compares with another time is left
  out first, ``comparison_tails``: ", up from $9 million a year earlier") or one tells what will be and only the other a
  date (``future_words``: "will lay off 257" / "laid off 220 in 2018") nor numbers when a claim gives more than
  ``max_numbers`` of them (a report of several figures, whose slots cannot be aligned) or only one claim gives the
  figure of a group (``group_markers``: "among pre-school children, the rate was 1.7 percent" / "The overall average
  rate was 5 percent") or of a part or kind of the other's subject ("Sales rose 8%" / "Domestic sales rose 3%") or the
  claims name two statistics (``statistics``: "averaged 21 years" / "The median time was 12 years"), no value evidence
  when one word and preposition govern two different things ("the vote against the budget" / "the vote against the tax
  rate"), and no evidence at all (of any type) when one claim speaks of another thing of a kind (``other_referents``:
  "rejected a similar proposal" / "approves the plan") or the claims open with two different names — two subjects
  ("British Petroleum fell 5" / "British Telecom fell 10"; "In Singapore, ..." / "In the Philippines, ..."); names stop
  at punctuation, and a capitalised word that opens a phrase is no name when the claims also use it in lower case
  ("Share prices ..."); a surname after the full name in its claim is that name and an acronym the name it spells ("Marc
  Green ... Green", "CDU"), a name the other claim calls "the / this <its last word>" is that claim's thing ("a Royal
  Charter" / "this charter"), the name of one claim's subject is no value when the other's subject is a pronoun ("she
  was elected ..." / "Angela Merkel was elected ..."), and a role frames the same fact as its agent verb ("The
  screenwriter for X was A" / "X was written by B");
* ``age``: both claims give one person's present age and the ages differ, whatever else the claims say
  ("Smith, 52, ran the division" / "Smith, who is 47, joined Acme"; "Jane Smith, 52" / "John Smith, 24" are two
  people);
* ``negation``: one claim is negated ("will run" / "will not seek"), the other is not;
* ``denial``: the same, when the negated claim restates the other (``min_denial_frame`` of the shorter claim's content
  words, negations and values aside, are shared: "The plant will open in March" / "The plant will not open in
  March"), a stronger sign than a negation anywhere;
* ``antonym``: a pair of opposite words ("rose" / "fell") in claims that share some frame (``min_antonym_frame`` of
  the shorter claim's content words, names counted: "net income fell 22%" / "the division posted a 34% profit gain"
  share too little); negation, antonym and evaluation words in a relative
  clause after a comma tell of another thing and do not count ("built on the site of a plant, which closed in 1998"),
  nor do those of a name ("the nickname Little Norway", "a movie called The Big One"; unless the claim is in title
  case);
* ``evaluation``: a strong evaluation against a minimised or negated one ("a major blow" / "of
  little consequence", "a significant setback" / "has not granted ... important terrain"); a
  negation that governs no strong word ("is not the final step") is no evaluation, nor is a word that names a
  class in an ``evaluation_idioms`` phrase ("major league", "a minor key"), and claims sharing no other content
  word judge two things ("An officer suffered minor injuries" / "The victim is in critical condition").

Values are the words of the text, so a finding can show them. The word lists are data (``options.cues``
of the ``contradiction.nli`` rule). How a claim is read into tokens and values, and when two values are one:
``values``; where a value sits (its slot, the role it fills) and which values of one slot conflict: ``slots``.

Example:
    >>> from auditor.rules import RuleSet
    >>> cues = ConflictCues(RuleSet().all["contradiction.nli"].options["cues"])
    >>> cues.evidence("It was the 51st season of the show", "The show ended after its 61st season")
    [{'type': 'number', 'values': ['51st', '61st']}]
    >>> cues.evidence("Sales rose 4 per cent", "Sales fell in the period")
    [{'type': 'antonym', 'values': ['rose', 'fell']}]
    >>> [e["type"] for e in cues.evidence("He will run for re-election", "He will not seek re-election")]
    ['negation']
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from ..base import number_problem
from .slots import (_agent_slot, _as_agents, _copula_slot, _count_words, _frame_words, _head, _lead, _preposition,
                    _priced, _same_role, _shared_frame, _slot, _slot_conflict, _titled, _unit, _value_words)
from .values import (_AGE, _ARTICLES, _BREAKS, _DECADE, _FUNCTION_WORDS, _IDENTIFIER, _MAGNITUDES, _MONEY_SIGNS,
                     _MONEY_WORDS, _MONTHS, _NAME_JOINERS, _NOT_NAMES, _ORDINAL_WORDS, _PERCENT_WORDS, _Value, _YEAR,
                     _YEAR_SPAN, _bare, _is_capital, _ordinal, _resolved, _same, _tokens, _unreferred)

EVIDENCE_TYPES = ("number", "date", "entity", "age", "negation", "denial", "antonym", "evaluation")

_CONDITIONALS = frozenset({"if", "unless"})
_SCORE = re.compile(r"\d{1,3}-\d{1,3}")  # a match's score ("3-1"), not a year range ("2019-20": four digits first)
_NEGATION_REACH = 3  # a negation turns a word up to three words on ("did not really support")
_DENIAL_WORDS = 3  # a restatement of fewer content words ("could learn nothing") is too short to tell
_CHANGE_FILLERS = frozenset({"about", "nearly", "roughly", "around", "almost", "some", "an", "a", "estimated", "just",
                              "over", "more", "less", "than", "only", "another", "further", "additional"})
_UNIT_WORDS = _MAGNITUDES | _MONEY_WORDS | _PERCENT_WORDS | {"per", "points", "percentage", "head", "tonne", "tonnes"}
_SUBJECT_PRONOUNS = frozenset({"he", "she", "it", "they"})
_OBJECT_PRONOUNS = frozenset({"him", "her", "it", "them"})


@dataclass(frozen=True)
class _Parsed:
    """What ``ConflictCues.evidence`` reads of one claim, whatever the other claim is."""

    tokens: list[str]
    lower: list[str]
    values: dict[str, list[_Value]]
    antonym_words: set[str]
    negation_words: list[str]
    ages: dict[tuple[str, ...], str]
    weak: str | None  # a minimised or negated strong evaluation (``ConflictCues._weak``)
    strong: str | None  # else its first intensifier
    other_thing: bool  # it speaks of another thing of a kind (``ConflictCues._other_thing``)
    unreal: bool  # it tells what someone asks for or expects, not what is (``ConflictCues._unreal``)


_LAST = frozenset({"final", "last"})  # ordinals of a period besides the numbered ones ("the final quarter")
_EXAMPLE_REACH = 3  # a value this close after a list opener is an example ("including the 2008 financial crisis")
_DAY = re.compile(r"((?:[1-9]|[12]\d|3[01]))(?:st|nd|rd|th)?")  # a day of the month: "12", "3rd"
_CACHE_SIZE = 4096  # parsed claims kept per ConflictCues (emptied when full)

# The settings of ``options.cues`` (ConflictCues reads these; another name is a typo).
CUE_SETTINGS = ("negations", "antonyms", "number_words", "intensifiers", "minimisers", "min_shared_frame",
                "min_antonym_frame", "min_denial_frame", "antonym_idioms", "negation_idioms", "minimiser_idioms",
                "evaluation_idioms", "repetition_markers", "other_referents", "group_markers", "demand_words",
                "forecast_words", "future_words", "change_words", "change_comparatives", "result_words", "match_parts",
                "address_words", "period_markers", "list_openers", "max_numbers", "scope_prepositions", "name_heads",
                "statistics", "forecast_comparisons", "period_nouns", "comparison_tails",
                "frame_synonyms")


def cue_problem(name: str, value) -> str | None:
    """What is wrong with the value of cue setting ``name`` (a known one), or None: word lists are lists of
    words, ``antonyms`` pairs of space-separated word groups, ``min_shared_frame``, ``min_antonym_frame`` and
    ``min_denial_frame`` shares in [0, 1], ``max_numbers`` a whole number >= 0.

    >>> cue_problem("negations", "not")
    "expected a list of words, got 'not'"
    >>> cue_problem("antonyms", [["yes", "no"], [True, False]])
    'expected pairs of word groups (["rise rose", "fall fell"]), got [True, False]'
    >>> cue_problem("min_shared_frame", 0.5), cue_problem("max_numbers", -1)
    (None, 'expected a whole number >= 0, got -1')
    """
    if name in ("min_shared_frame", "min_antonym_frame", "min_denial_frame"):
        return number_problem(value, 0, 1)
    if name == "max_numbers":
        return number_problem(value, 0, whole=True)
    if not isinstance(value, list):
        return f"expected a list of {'pairs' if name == 'antonyms' else 'words'}, got {value!r}"
    if name == "antonyms":
        bad = next((v for v in value if not (isinstance(v, list) and len(v) == 2
                                             and all(isinstance(w, str) and w.strip() for w in v))), None)
        return None if bad is None else f'expected pairs of word groups (["rise rose", "fall fell"]), got {bad!r}'
    bad = next((v for v in value if not isinstance(v, str)), None)
    return None if bad is None else f"expected a list of words, got {bad!r}"


class ConflictCues:
    """Conflict evidence from word lists: ``negations``, ``antonyms`` (pairs of word groups),
    ``number_words``, ``intensifiers`` and ``minimisers``."""

    def __init__(self, lists: dict):
        self.negations = frozenset(lists["negations"])
        self.antonyms = [(frozenset(a.split()), frozenset(b.split())) for a, b in lists["antonyms"]]
        self.number_words = {w: i for i, w in enumerate(lists["number_words"])}
        self.intensifiers = frozenset(lists["intensifiers"])
        self.minimisers = frozenset(lists["minimisers"])
        self.min_shared_frame = float(lists.get("min_shared_frame", 0.0))
        self.min_antonym_frame = float(lists.get("min_antonym_frame", 0.0))
        self.min_denial_frame = float(lists.get("min_denial_frame", 1.0))
        self.antonym_idioms = [tuple(phrase.lower().split()) for phrase in lists.get("antonym_idioms", [])]
        self.negation_idioms = [tuple(phrase.lower().split()) for phrase in lists.get("negation_idioms", [])]
        self.minimiser_idioms = [tuple(phrase.lower().split()) for phrase in lists.get("minimiser_idioms", [])]
        self.evaluation_idioms = [tuple(phrase.lower().split()) for phrase in lists.get("evaluation_idioms", [])]
        self.repetition_markers = frozenset(lists.get("repetition_markers", []))
        self.address_words = frozenset(lists.get("address_words", []))
        self.period_markers = frozenset(lists.get("period_markers", []))
        self.list_openers = frozenset(lists.get("list_openers", []))
        self.other_referents = frozenset(lists.get("other_referents", []))
        self.group_markers = frozenset(lists.get("group_markers", []))
        self.demand_words = frozenset(lists.get("demand_words", []))
        self.forecast_words = frozenset(lists.get("forecast_words", []))
        self.forecast_comparisons = frozenset(lists.get("forecast_comparisons", []))
        self.period_nouns = frozenset(lists.get("period_nouns", []))
        self.comparison_tails = [tuple(phrase.lower().split()) for phrase in lists.get("comparison_tails", [])]
        self.future_words = frozenset(lists.get("future_words", []))
        self.change_words = frozenset(lists.get("change_words", []))
        self.change_comparatives = frozenset(lists.get("change_comparatives", []))
        self.result_words = frozenset(lists.get("result_words", []))
        self.match_parts = frozenset(lists.get("match_parts", []))
        self.max_numbers = int(lists.get("max_numbers", 1 << 30))
        self.scope_prepositions = frozenset(lists.get("scope_prepositions", []))
        self.name_heads = _word_groups(lists.get("name_heads", []))
        self.statistics = _word_groups(lists.get("statistics", []))
        self.frame_synonyms = _word_groups(lists.get("frame_synonyms", []))
        self._cache: dict[str, _Parsed] = {}

    def _antonym_words(self, words: list[str]) -> set[str]:
        """``words`` that may be antonym cues: not those in an ``antonym_idioms`` phrase ("grew up").

        >>> from auditor.rules import RuleSet
        >>> sorted(ConflictCues(RuleSet().all["contradiction.nli"].options["cues"])._antonym_words(
        ...     "she grew up after the fall of the wall".split()))
        ['after', 'she', 'wall']
        """
        idiomatic = _idiom_positions(words, self.antonym_idioms)
        return {w for i, w in enumerate(words) if i not in idiomatic}

    def _negation_words(self, words: list[str]) -> list[str]:
        """The negation words of a claim, not those in a ``negation_idioms`` phrase ("no longer exists" tells a
        change, "not only" adds: neither denies what the other claim says).

        >>> from auditor.rules import RuleSet
        >>> cues = ConflictCues(RuleSet().all["contradiction.nli"].options["cues"])
        >>> cues._negation_words("the college no longer exists".split()), cues._negation_words("it is not open".split())
        ([], ['not'])
        """
        idiomatic = _idiom_positions(words, self.negation_idioms)
        return [w for i, w in enumerate(words) if w in self.negations and i not in idiomatic]

    def _parsed(self, text: str) -> _Parsed:
        """Tokens, lower-case words, numbers, dates, antonym and negation words, ages, evaluation and other-referent
        mark of a claim, computed once per text (a claim meets several others)."""
        parsed = self._cache.get(text)
        if parsed is None:
            tokens = self._without_tail(_tokens(text))
            lower = [t.lower() for t in tokens]
            main = _main_clause(_uncapitalised(tokens, lower))
            weak = self._weak(main)
            parsed = _Parsed(tokens, lower, {kind: self._values(tokens, lower, kind) for kind in ("number", "date")},
                             self._antonym_words(main), self._negation_words(main), _ages(tokens), weak,
                             None if weak else self._evaluative(main, self.intensifiers), self._other_thing(lower),
                             self._unreal(lower))
            if len(self._cache) >= _CACHE_SIZE:
                self._cache.clear()
            self._cache[text] = parsed
        return parsed

    def _synonymised(self, words: Iterable[str]) -> list[str]:
        """``words`` with each ``frame_synonyms`` word as its group's first word, so two wordings of one event share
        their frame ("killed" and "died", "blast" and "explosion").

        >>> from auditor.rules import RuleSet
        >>> cues = ConflictCues(RuleSet().all["contradiction.nli"].options["cues"])
        >>> cues._synonymised("five people died in the explosion".split())
        ['five', 'people', 'killed', 'in', 'the', 'blast']
        """
        return [self.frame_synonyms.get(w, w) for w in words]

    def _without_tail(self, tokens: list[str]) -> list[str]:
        """``tokens`` up to a comma that opens a ``comparison_tails`` phrase: the tail compares with another time or
        group, so its figures and time words are not the claim's ("net profit of $12 million for 2023, up from $9
        million a year earlier" is a profit of $12 million for 2023).

        >>> from auditor.rules import RuleSet
        >>> cues = ConflictCues(RuleSet().all["contradiction.nli"].options["cues"])
        >>> cues._without_tail("profit rose to $ 12 million , up from $ 9 million a year earlier".split())
        ['profit', 'rose', 'to', '$', '12', 'million']
        """
        lower = [t.lower() for t in tokens]
        for i, token in enumerate(tokens):
            if token == "," and any(tuple(lower[i + 1:i + 1 + len(tail)]) == tail for tail in self.comparison_tails):
                return tokens[:i]
        return tokens

    def recurring(self, contents: list[str]) -> list[frozenset[str]]:
        """The content words of each claim of a document that tells a repeated event (a ``repetition_markers``
        word: "He returned to Bolivia in 1979 and was elected President once again"): the frames whose dates do
        not conflict anywhere in that document (``evidence``'s ``recurring``)."""
        recurring = []
        for content in contents:
            lower = self._parsed(content).lower
            if self.repetition_markers.intersection(lower):
                recurring.append(frozenset(w for w in lower if w not in _FUNCTION_WORDS))
        return recurring

    def evidence(self, a: str, b: str, recurring: list[frozenset[str]] | None = None) -> list[dict]:
        """Every conflict between claims ``a`` and ``b``: ``{"type": ..., "values": [...]}``, in
        ``EVIDENCE_TYPES`` order. ``recurring``: the frames of the document's repeated events (``recurring``); two
        dates whose shared frame is one of them tell the event twice ("was elected President of Bolivia in 1956" /
        "Siles Zuazo was elected President of Bolivia in 1985", where another claim says he was elected again)."""
        pa, pb = self._parsed(a), self._parsed(b)
        ta, tb, la, lb = pa.tokens, pb.tokens, pa.lower, pb.lower
        found = []
        words = set(la) | set(lb)
        values = {kind: (pa.values[kind], pb.values[kind]) for kind in ("number", "date")}
        if self.match_parts & words:  # "led 2-1 at half-time": a score of part of the match
            values["number"] = ([v for v in pa.values["number"] if not _SCORE.fullmatch(v.key)],
                                [v for v in pb.values["number"] if not _SCORE.fullmatch(v.key)])
        values["entity"] = self._names(pa, pb)
        taken = _value_words(values)
        # two subjects or scopes, another thing of a kind ("approves the plan" / "rejected a similar plan"), or a demand
        # or forecast against a fact ("are demanding that the state buy soybean at Rs 6,000" / "fixed the price at Rs
        # 4,892"; "analysts expected earnings of $2.69 a share" / "earnings were $4.87 a share")
        periods_a, periods_b = self._numbered_periods(la), self._numbered_periods(lb)
        if _subjects_differ(ta, tb, values["entity"]) or self._scopes_differ(la, lb, taken) \
                or pa.other_thing != pb.other_thing or pa.unreal != pb.unreal \
                or (periods_a and periods_b and not periods_a & periods_b):
            return []
        # another period, or one claim tells what will be and only the other gives a date ("will lay off the 257
        # workers" / "laid off 220 in 2018"; not "will go on sale on October 12" / "goes on sale on October 19")
        will_a, will_b = bool(self.future_words & set(la)), bool(self.future_words & set(lb))
        dated_a, dated_b = bool(values["date"][0]), bool(values["date"][1])
        future = will_a != will_b and dated_a != dated_b and will_a == dated_b
        other_time = bool(self.period_markers & words) or future
        crowded = max(len(values["number"][0]), len(values["number"][1])) > self.max_numbers
        frame = _frame_words(la, taken) & _frame_words(lb, taken) if recurring else set()
        told_again = bool(frame) and any(frame <= words_of for words_of in recurring or ())
        subgroup = bool(self.group_markers & set(la)) != bool(self.group_markers & set(lb))  # "among children, ..."
        stat_a, stat_b = ({self.statistics[w] for w in lower if w in self.statistics} for lower in (la, lb))
        two_statistics = bool(stat_a and stat_b and not stat_a & stat_b)  # "averaged 21 years" / "The median ... 12"
        two_things = _objects_differ(la, lb, taken)
        unaligned = {"number": other_time or crowded or subgroup or two_statistics or two_things
                     or _qualified_subject(ta, tb),
                     "date": other_time or told_again or two_things or bool(self.repetition_markers & words),
                     "entity": two_things}
        # the claims share a frame, their values aside; for a number or a date, also with the names in the frame
        # ("was elected Chancellor of Germany in 2005" / "was elected the party's leader in 2000": two offices)
        figures = _value_words({kind: values[kind] for kind in ("number", "date")}) | _count_words(values["number"])
        # frames read with synonyms as one word ("were killed in the blast" / "died in the explosion")
        fa, fb = self._synonymised(la), self._synonymised(lb)
        framed = _shared_frame(fa, fb, set(self._synonymised(taken))) >= self.min_shared_frame
        figure_framed = framed and _shared_frame(fa, fb, set(self._synonymised(figures))) >= self.min_shared_frame
        framed_by = {"entity": framed, "number": figure_framed, "date": figure_framed}
        head = _head(la)
        same_head = head is not None and head == _head(lb)

        def same_lead(x: _Value, y: _Value) -> bool:  # the same word governs both values ("opened in ...")
            lead = _lead(la, x.start)
            return lead is not None and lead == _lead(lb, y.start)

        def aligned(x: _Value, y: _Value) -> tuple[int, bool]:
            """Which two names to show: the most shared words of three letters or more ("Lillian Hayes" / "Lillian
            Hellman", not "Deep End"), then one governing word."""
            shared = {w for w in set(x.key.split()) & set(y.key.split()) if len(w) > 2}
            return len(shared), same_lead(x, y)

        # a role and its agent verb frame one fact when both names are that verb's agents ("The screenwriter for
        # Dumbbells in Ermine was Gertrude Purcell" / "Dumbbells in Ermine was written by Ben Hecht")
        agent_framed = not framed and _shared_frame(_as_agents(la), _as_agents(lb), taken) >= self.min_shared_frame
        for kind, (va, vb) in values.items():
            if kind == "entity" and agent_framed:
                conflict = _slot_conflict(va, vb, lambda x, y: _same_role(x, y, ("by:",)))
            elif unaligned[kind] or not (framed_by[kind] or (same_head and kind != "entity")):
                continue
            else:
                slot = _same_slot_or_none if framed_by[kind] else same_lead
                conflict = _slot_conflict(va, vb, slot, aligned) if kind == "entity" else _slot_conflict(va, vb, slot)
            if conflict:
                found.append({"type": kind, "values": list(conflict)})
        if not unaligned["number"] and not any(e["type"] == "number" for e in found):
            priced = _slot_conflict(*values["number"], lambda x, y: (thing := _priced(la, x)) is not None
                                    and thing == _priced(lb, y))
            if priced:  # two prices of one thing: "a $45 million plan" / "The plan, which will cost $60 million"
                found.insert(0, {"type": "number", "values": list(priced)})
        if not unaligned["number"] and not any(e["type"] == "number" for e in found):
            scores = self._scores(la, lb, values)
            if scores:  # two results of one match: "beat Chelsea 3-1" / "Arsenal's 2-0 win over Chelsea"
                found.insert(0, {"type": "number", "values": scores})
        age = next(([x, y] for na, x in pa.ages.items() for nb, y in pb.ages.items()
                    if x != y and (set(na) <= set(nb) or set(nb) <= set(na))), None)
        if age:  # the ages are the pair's figures: no number evidence of the same two values beside it
            found = [e for e in found if not (e["type"] == "number" and e["values"] == age)]
            found.append({"type": "age", "values": age})
        neg_a, neg_b = pa.negation_words, pb.negation_words
        if bool(neg_a) != bool(neg_b):  # a denial when the negated claim restates the other ("Fish is not ...")
            # a count of none ("no one") is the negation's own words, not a value the denial leaves out
            counts = {k: tuple([v for v in side if v.key != "0"] for side in pair) if k == "number" else pair
                      for k, pair in values.items()}
            restated = self._restated(la, lb, _value_words(counts), words)
            found.append({"type": "denial" if restated else "negation", "values": neg_a or neg_b})
        sa, sb = pa.antonym_words, pb.antonym_words
        for x, y in self.antonyms:
            for one, other in ((x, y), (y, x)):
                if sa & one and sb & other and not sa & other and not sb & one:
                    word_a, word_b = _first(la, one), _first(lb, other)
                    assert word_a and word_b  # both word lists meet their antonym set (the test above)
                    if bool(neg_a) != bool(neg_b) and self._negated(la if neg_a else lb, one if neg_a else other):
                        # the negation turns the word into its opposite: "opposed the budget" / "would not support
                        # the budget" agree, so neither cue is a conflict
                        found = [e for e in found if e["type"] not in ("negation", "denial")]
                    elif self._same_time(pa, pb) and _shared_frame(
                            fa, fb, set(self._synonymised(figures | x | y))) >= self.min_antonym_frame:
                        found.append({"type": "antonym", "values": [word_a, word_b]})
                    break
            else:
                continue
            break
        weak_a, weak_b, strong_a, strong_b = pa.weak, pb.weak, pa.strong, pb.strong
        judged = [strong_a, weak_b] if strong_a and weak_b else [weak_a, strong_b] if strong_b and weak_a else None
        evaluative = {w for w in (weak_a, weak_b, strong_a, strong_b) if w}
        if judged and _shared_frame(la, lb, figures | evaluative):  # else two things judged (``evaluation`` above)
            found.append({"type": "evaluation", "values": judged})
        return found

    def _names(self, pa: _Parsed, pb: _Parsed) -> tuple[list[_Value], list[_Value]]:
        """The names of two claims, each resolved against the other (``_unreferred``, ``_resolved``,
        ``_unnamed_subjects``)."""
        ta, tb, la, lb = pa.tokens, pb.tokens, pa.lower, pb.lower
        common = {t for t in ta + tb if t.islower()}
        return _unnamed_subjects(la, lb, _resolved(_unreferred(self._values(ta, la, "entity", common), tb)),
                                 _resolved(_unreferred(self._values(tb, lb, "entity", common), ta)))

    def other_subjects(self, a: str, b: str) -> bool:
        """Both claims open with a name of two or more words and the names end differently: two subjects, so the
        claims tell two facts whatever the NLI model makes of them ("Representatives Peter Svarzbein and Jim Tolbert
        voted Yes" / "Representatives Cortney Niland and Lily Limon voted No"; not "Merkel grew up" / "Angela Merkel
        was born").

        >>> from auditor.rules import RuleSet
        >>> cues = ConflictCues(RuleSet().all["contradiction.nli"].options["cues"])
        >>> cues.other_subjects("British Petroleum fell 5 pence", "British Telecom rose 10 pence")
        True
        >>> cues.other_subjects("Born in Hamburg, Merkel grew up in the East", "Angela Merkel studied physics")
        False
        """
        pa, pb = self._parsed(a), self._parsed(b)
        names_a, names_b = self._names(pa, pb)
        subject_a, subject_b = _opening_name(pa.tokens, names_a), _opening_name(pb.tokens, names_b)
        if subject_a is None or subject_b is None or " " not in subject_a.key or " " not in subject_b.key:
            return False  # a one-word "name" opening a claim is often no name ("Born in Hamburg", "Throughout ...")
        return not _same(subject_a, subject_b) and subject_a.key.split()[-1] != subject_b.key.split()[-1]

    def _same_time(self, pa: _Parsed, pb: _Parsed) -> bool:
        """The claims tell no two times: no two different dates and the same ``period_markers`` words, so a change one
        way and the other is a conflict ("Shares rose 3% in after-hours trading" / "Shares fell 2% during the regular
        session", "rose in May" / "fell in June" are two periods; "Revenue rose in the third quarter" / "Revenue fell
        in the third quarter", "will close in March" / "will stay open for years" one)."""
        dates_a, dates_b = {v.key for v in pa.values["date"]}, {v.key for v in pb.values["date"]}
        return (not (dates_a and dates_b) or dates_a == dates_b) \
            and self.period_markers.intersection(pa.lower) == self.period_markers.intersection(pb.lower)

    def _negated(self, lower: list[str], group: frozenset[str]) -> bool:
        """A word of ``group`` follows a negation within three words ("would not support", "never really opposed").

        >>> from auditor.rules import RuleSet
        >>> cues = ConflictCues(RuleSet().all["contradiction.nli"].options["cues"])
        >>> cues._negated("he would not support it".split(), frozenset({"support"}))
        True
        """
        return any(word in group and self.negations.intersection(lower[max(0, i - _NEGATION_REACH):i])
                   for i, word in enumerate(lower))

    def _restated(self, la: list[str], lb: list[str], taken: set[str], words: set[str]) -> bool:
        """One claim restates the other: ``min_denial_frame`` of the shorter claim's content words, negations and
        values aside, are in the other, each claim has at least ``_DENIAL_WORDS`` content words (values counted) and
        neither is a condition ("If we don't get on, ..." / "Certainly, I answered"); ``words``: both claims' words."""
        if _CONDITIONALS & words:
            return False
        fewest = min(len(_frame_words(la, self.negations)), len(_frame_words(lb, self.negations)))
        return fewest >= _DENIAL_WORDS and _shared_frame(la, lb, taken | self.negations) >= self.min_denial_frame

    def _scores(self, la: list[str], lb: list[str], values: dict) -> list[str] | None:
        """The two scores of a match the claims tell differently: each claim gives one score ("3-1"; "1-3" is the same
        result told from the other side), they name the same two sides (when both name two: "Arsenal beat Chelsea" /
        "Arsenal lost to Liverpool" are two matches), or one side and both tell a result (``result_words``); a score
        of a part of the match (``match_parts``: "2-1 at half-time") was left out of ``values`` before."""
        scores = [[v for v in own if _SCORE.fullmatch(v.key)] for own in values["number"]]
        if any(len(own) != 1 for own in scores):
            return None
        (a,), (b,) = scores
        if sorted(a.key.split("-")) == sorted(b.key.split("-")):
            return None
        names_a, names_b = values["entity"]
        sides = sum(any(_same(x, y) for y in names_b) for x in names_a)
        if min(len(names_a), len(names_b)) >= 2:  # both name two sides: the same two, or two matches
            return [a.text, b.text] if sides >= 2 else None
        results = bool(self.result_words & set(la)) and bool(self.result_words & set(lb))
        return [a.text, b.text] if sides == 1 and results else None

    def _numbered_periods(self, lower: list[str]) -> set[tuple[str, str]]:
        """The numbered periods a claim names: an ordinal before one of ``period_nouns`` ("the third quarter", "the
        2nd half"); claims naming two different ones speak of two periods, so their values and antonyms do not meet
        ("Sales rose in the third quarter" / "Sales fell in the second quarter").

        >>> from auditor.rules import RuleSet
        >>> cues = ConflictCues(RuleSet().all["contradiction.nli"].options["cues"])
        >>> sorted(cues._numbered_periods("sales fell in the 2nd half and the third quarter".split()))
        [('2nd', 'half'), ('third', 'quarter')]
        """
        return {(lower[k - 1], word) for k, word in enumerate(lower)
                if k and word in self.period_nouns and (_ordinal(lower[k - 1]) or lower[k - 1] in _LAST)}

    def _scopes_differ(self, la: list[str], lb: list[str], taken: set[str]) -> bool:
        """Both claims open with a scope phrase closed by a comma ("Among adolescents, ...", "For the full
        year, ...") whose content words, values aside, are not shared: two scopes, so their values, negations
        and antonyms do not meet ("Among pre-school children, the rate was 1.7 to 2.7 percent" / "Among
        adolescents, the rate was 8 to 12 percent"). A phrase of values alone ("In 1995, ...") is no scope;
        ``taken``: the words of the pair's values (``_value_words``). Two conditions that differ ("If one race is
        moved, ..." / "If two races are moved, ...") are two cases too."""
        conditions = []
        for lower in (la, lb):
            comma = _opening_comma(lower, 16)
            if comma is not None and lower[0] in _CONDITIONALS:
                conditions.append(lower[1:comma])
        if len(conditions) == 2 and conditions[0] != conditions[1]:
            return True
        scopes = []
        for lower in (la, lb):
            comma = _opening_comma(lower, 9)
            if comma is None or lower[0] not in self.scope_prepositions:
                return False
            words = {w for w in lower[1:comma] if w not in _FUNCTION_WORDS and w not in taken
                     and not any(c.isdigit() for c in w)}
            if not words:
                return False
            scopes.append(words)
        return not scopes[0] & scopes[1]

    def _other_thing(self, lower: list[str]) -> bool:
        """The claim speaks of another thing of a kind (an ``other_referents`` word before a content word or a
        number: "a similar proposal", "another Technical Group", "another 203,595 houses"; not "one another"): it has
        no conflict with a claim that does not ("The council approves the plan" / "The council rejected a similar
        proposal").

        >>> from auditor.rules import RuleSet
        >>> cues = ConflictCues(RuleSet().all["contradiction.nli"].options["cues"])
        >>> cues._other_thing("rejected a similar proposal".split()), cues._other_thing("they help one another".split())
        (True, False)
        >>> cues._other_thing("another 203,595 houses were damaged".split())
        True
        """
        return any(word in self.other_referents and k + 1 < len(lower)
                   and (lower[k + 1].isalpha() and lower[k + 1] not in _FUNCTION_WORDS or lower[k + 1][:1].isdigit())
                   for k, word in enumerate(lower))

    def _unreal(self, lower: list[str]) -> bool:
        """The claim tells what someone asks for (a ``demand_words`` verb with "that" or "to" within the next five
        words: "farmers are demanding that the state buy soybean at Rs 6,000", "residents pleaded with the council to
        keep the library open") or expects (a ``forecast_words`` word: "analysts expected earnings of $2.69 a share",
        "the bridge is projected to open in 2025"; not within three words after one of ``forecast_comparisons``: "rose
        12%, beating forecasts" tells a result): what is asked for or expected is not said to be so, so it has no
        conflict with a claim that tells neither.

        >>> from auditor.rules import RuleSet
        >>> cues = ConflictCues(RuleSet().all["contradiction.nli"].options["cues"])
        >>> cues._unreal("they demand that the state buy it".split()), cues._unreal("demand for oil rose".split())
        (True, False)
        >>> cues._unreal("analysts had expected earnings of $2.69".split())
        True
        >>> cues._unreal("revenue rose 12%, beating forecasts".split())  # a result measured against a forecast
        False
        """
        compared = self.forecast_comparisons
        forecast = any(word in self.forecast_words and not compared.intersection(lower[max(0, k - 3):k])
                       for k, word in enumerate(lower))
        return forecast or any(
            word in self.demand_words and {"that", "to"}.intersection(lower[k + 1:k + 6])
            for k, word in enumerate(lower))

    def _weak(self, words: list[str]) -> str | None:
        """A minimised evaluation ("of little consequence"; not a ``minimiser_idioms`` phrase: "little is known about
        his life") or a negated strong one ("has not granted ... important terrain"; not the "not" of a
        ``negation_idioms`` phrase: "not only a major win"): the words, or None.

        >>> from auditor.rules import RuleSet
        >>> cues = ConflictCues(RuleSet().all["contradiction.nli"].options["cues"])
        >>> cues._weak("the loss was of little consequence".split()), cues._weak("little is known about him".split())
        ('little', None)
        """
        minimiser = self._evaluative(words, self.minimisers, self.minimiser_idioms)
        if minimiser:
            return minimiser
        idiomatic = _idiom_positions(words, self.negation_idioms)
        for k, word in enumerate(words):
            if word in self.negations and k not in idiomatic:
                strong = self._evaluative(words, self.intensifiers, start=k + 1)
                if strong:
                    return f"{word} … {strong}"
        return None

    def _evaluative(self, words: list[str], vocabulary, idioms: list[tuple[str, ...]] | None = None,
                    start: int = 0) -> str | None:
        """The first word of ``vocabulary`` from ``words[start]`` on, outside ``idioms`` and ``evaluation_idioms``
        phrases (read in all of ``words``) and outside a pair of both ends of the scale ("major or minor", "big and
        small": a classification, no evaluation), or None.

        >>> from auditor.rules import RuleSet
        >>> cues = ConflictCues(RuleSet().all["contradiction.nli"].options["cues"])
        >>> cues._evaluative("his major league debut".split(), cues.intensifiers)
        >>> cues._evaluative("a major blow".split(), cues.intensifiers), cues._evaluative(
        ...     "a third , major or minor".split(), cues.minimisers)
        ('major', None)
        """
        idiomatic = _idiom_positions(words, (idioms or []) + self.evaluation_idioms) | self._scale_pairs(words)
        return next((w for k, w in enumerate(words[start:], start=start)
                     if w in vocabulary and k not in idiomatic), None)

    def _scale_pairs(self, words: list[str]) -> set[int]:
        """Positions of an intensifier and a minimiser joined by "or" / "and" ("major or minor")."""
        ends = (self.intensifiers, self.minimisers)
        return {p for k in range(len(words) - 2) if words[k + 1] in ("or", "and")
                and any(words[k] in one and words[k + 2] in other for one, other in (ends, ends[::-1]))
                for p in (k, k + 2)}

    def anchors(self, text: str) -> set[str]:
        """Names, numbers and dates of a claim (normalised), and the things its money figures are the price of
        (``_priced``): what two claims about one thing share.

        Example:
            >>> from auditor.rules import RuleSet
            >>> cues = ConflictCues(RuleSet().all["contradiction.nli"].options["cues"])
            >>> sorted(cues.anchors("Merkel won 41.5% in 2013")), sorted(cues.anchors("The plan will cost $60 million"))
            (['date:2013', 'entity:merkel', 'number:41.5'], ['number:60', 'price:plan'])
        """
        tokens = _tokens(text)
        lower = [t.lower() for t in tokens]
        numbers = self._values(tokens, lower, "number")
        prices = {f"price:{thing}" for v in numbers if (thing := _priced(lower, v))}
        return prices | {f"{kind}:{word}" for kind in ("number", "date", "entity")
                         for v in (numbers if kind == "number" else self._values(tokens, lower, kind))
                         for word in (v.key.split() if kind == "entity" else v.key.split("-"))
                         if word and word not in _NAME_JOINERS}

    def _values(self, tokens: list[str], lower: list[str], kind: str, common: frozenset | set = frozenset()
                ) -> list[_Value]:
        """Values of ``kind``; a capitalised word opening a phrase is no name when ``common`` (the lower-case
        words of the claims) has it ("Share prices closed lower" / "share prices rose")."""
        values: list[_Value] = []
        i = 0
        while i < len(tokens):
            end, key = self._value_at(tokens, lower, i, kind, common)
            if end > i:
                unit = _unit(lower, i, end) if kind == "number" else ()
                if kind == "number" and key == "0":  # "no one", "nobody": people, whatever the other count names
                    unit = ("count", frozenset())
                if kind == "number" and self._change(lower, i, end, unit, values):
                    unit = (f"{unit[0]} change",) + unit[1:]
                month_date = kind == "date" and not key.endswith("-")  # "May 3, 1996", not "1996"
                text = _date_text(tokens, i, end) if month_date else " ".join(tokens[i:end])
                if key == "0" and lower[i] == "no" and end == i + 1:  # "no flights": shown with the noun it counts
                    text = f"{text} {tokens[end]}"
                slot = _slot(lower, i, end) | (_agent_slot(lower, i) | _copula_slot(lower, i) if kind == "entity"
                                               else frozenset())
                head = self._name_kind(tokens, lower, i, end, key) if kind == "entity" else ""
                values.append(_Value(kind, text, key, slot, unit, i, bool(self.list_openers.intersection(lower[:i])),
                                     bool(self.list_openers.intersection(lower[max(0, i - _EXAMPLE_REACH):i])),
                                     _preposition(lower, i, end), head))
                i = end
            else:
                i += 1
        return _enumerated(values, lower) if kind == "entity" else values

    def _change(self, lower: list[str], start: int, end: int, unit: tuple, before: list[_Value]) -> bool:
        """The number ``lower[start:end]`` tells a change, not a level: after a ``change_words`` word ("improved 9c",
        "down by 50,705 acres", "rose by about 12%"), before a ``change_comparatives`` word ("sold 7c/kg dearer"), or
        closing a range a change opens ("improved 9c to 12c/kg"). A change and a level are two quantities ("come down
        by 50,705 acres" / "harvesting is complete in about 49,000 acres").

        >>> from auditor.rules import RuleSet
        >>> cues = ConflictCues(RuleSet().all["contradiction.nli"].options["cues"])
        >>> [v.unit[0] for v in cues._parsed("Steers improved 9c to 12c/kg and made 295c").values["number"]]
        ['count change', 'count change', 'count']
        >>> [v.unit[0] for v in cues._parsed("Revenue rose by about 12% to $1.2 billion").values["number"]]
        ['percent change', 'money']
        """
        k = start - 1
        while k >= 0 and (lower[k] in _CHANGE_FILLERS or lower[k] in _MONEY_SIGNS):
            k -= 1
        if k >= 0 and (lower[k] in self.change_words
                       or lower[k] == "by" and self.change_words.intersection(lower[max(0, k - 3):k])):
            return True
        previous = before[-1] if before else None
        if previous is not None and previous.unit[0] == f"{unit[0]} change" and lower[start - 1] == "to" \
                and previous.start >= start - 4:
            return True
        k = end
        while k < min(len(lower), end + 4) and (_unit_word(lower[k]) or lower[k] == ","
                                                 and k + 1 < len(lower) and _unit_word(lower[k + 1])):
            k += 1
        return k < len(lower) and lower[k] in self.change_comparatives

    def _name_kind(self, tokens: list[str], lower: list[str], start: int, end: int, key: str) -> str:
        """The ``head`` of the name ``tokens[start:end]`` (see ``_Value``): "possessor" when it owns what follows
        ("Hatch's then-wife"), "title:<work>" after the noun of a work's kind ("the film "The Double""), else the
        ``name_heads`` group of its last word ("university" of "North South University"), or ""."""
        following = tokens[end][:1] if end < len(tokens) else ""
        if tokens[end - 1].endswith(("'s", "’s")) and following.isalpha() and following.islower():
            return "possessor"
        work = _titled(lower, start)
        if work:
            return f"title:{work}"
        return self.name_heads.get(key.split()[-1], "") if " " in key else ""

    def _value_at(self, tokens: list[str], lower: list[str], i: int, kind: str,
                  common: frozenset | set = frozenset()) -> tuple[int, str]:
        """``(end, key)`` of a value of ``kind`` starting at token ``i`` (``end == i``: none)."""
        word = lower[i]
        if kind == "date":
            if word in _MONTHS and not (word == "may" and not _is_capital(tokens[i])):
                end = i + 1
                after = _day(lower, end)  # "October 12": the day is part of the value
                day = after or _day_before(tokens, i)
                if after:
                    end += 1
                year = next((k for k in range(end, min(end + 2, len(lower))) if _YEAR.fullmatch(lower[k])), None)
                if year is not None and (year == end or lower[end] == ","):  # "May 3, 1996", "May 1996"
                    end = year + 1
                return end, (lower[year] if year is not None else "") + f"-{word}" + (f"-{day}" if day else "")
            if (_YEAR.fullmatch(word) or _DECADE.fullmatch(word)) and not (i and lower[i - 1] in _MONTHS):
                return i + 1, f"{word}-"
            return i, ""
        if kind == "number":
            in_date = word[0].isdigit() and ((i and lower[i - 1] in _MONTHS) or _day_first(tokens, i))
            if _YEAR.fullmatch(word) or _DECADE.fullmatch(word) or _YEAR_SPAN.fullmatch(word) or in_date:
                return i, ""
            if word[0].isdigit() and (i + 1 < len(lower) and lower[i + 1] in self.address_words
                                      or i and lower[i - 1] in self.address_words and _is_capital(tokens[i - 1])):
                return i, ""
            if word[0].isdigit():
                return i + 1, re.sub(r"(st|nd|rd|th|%)$", "", word.replace(",", ""))
            if word == "nobody" or word == "no" and lower[i + 1:i + 2] == ["one"]:
                return (i + 1 if word == "nobody" else i + 2), "0"  # "No one was injured": a count of none
            if word == "no" and i + 1 < len(lower) and _plural_noun(lower[i + 1]):
                return i + 1, "0"  # "no flights were cancelled": none of the noun that follows
            if word in self.number_words and word != "one":
                return i + 1, str(self.number_words[word])
            if word in _ORDINAL_WORDS:
                return i + 1, str(_ORDINAL_WORDS.index(word) + 1)
            return i, ""
        if kind == "entity" and _is_capital(tokens[i]) and word not in _MONTHS and not _IDENTIFIER.fullmatch(word):
            if word in self.number_words or word in _ORDINAL_WORDS:
                return i, ""
            not_name = _bare(word) in _NOT_NAMES
            if (i == 0 or lower[i - 1] in _BREAKS) and (not_name or word.endswith("ly") or word in common):
                return i, ""
            if not_name and not (i + 1 < len(tokens) and _is_capital(tokens[i + 1])):
                return i, ""
            if i and lower[i - 1] == '"' and i + 1 < len(tokens) and tokens[i + 1].isalpha() \
                    and tokens[i + 1].islower() and lower[i + 1] not in _FUNCTION_WORDS:
                return i, ""  # a quoted sentence's first word before a lower-case word: "Leave off that noise"
            end = i + 1
            while end < len(tokens) and (_is_capital(tokens[end]) or (
                    lower[end] in _NAME_JOINERS and end + 1 < len(tokens) and _is_capital(tokens[end + 1]))):
                end += 1
            return end, " ".join(_bare(w) for w in lower[i:end])
        return i, ""


_ENUMERATION_JOINS = ((",",), ("and",), ("or",), (",", "and"), (",", "or"))


def _plural_noun(word: str) -> bool:
    """A lower-case word that reads as a plural noun after "no" ("flights", "arrests", "injuries"; not "less", "news").

    >>> [_plural_noun(w) for w in ("flights", "injuries", "less", "news", "longer")]
    [True, True, False, False, False]
    """
    return word.isalpha() and len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "ews")) \
        and word not in _FUNCTION_WORDS


def _same_slot_or_none(x: _Value, y: _Value) -> bool:
    """Two values of one slot: their slots share a word, or one is a count of none ("No one was injured") and the other
    a count of the framed event ("Two firefighters were taken to hospital with injuries"; the claims share its frame).

    >>> none, two = _Value("number", "No one", "0", frozenset({"injured"})), _Value("number", "Two", "2", frozenset())
    >>> _same_slot_or_none(none, two), _same_slot_or_none(two, two)
    (True, False)
    """
    return bool(x.slot & y.slot) or x.type == "number" and (x.key == "0") != (y.key == "0")


def _word_groups(groups: list[str]) -> dict[str, str]:
    """Each word of the space-separated ``groups`` mapped to its group's first word (``name_heads``, ``statistics``).

    >>> _word_groups(["median medians", "average mean"])
    {'median': 'median', 'medians': 'median', 'average': 'average', 'mean': 'average'}
    """
    return {word: group.split()[0] for group in groups for word in group.split()}


def _unit_word(word: str) -> bool:
    """A unit or magnitude after a number: "c", "kg" of "7c/kg", "million", "per", "points"."""
    return word in _UNIT_WORDS or len(word) <= 3 and word.isalpha() and word not in _FUNCTION_WORDS


def _enumerated(names: list[_Value], lower: list[str]) -> list[_Value]:
    """``names`` with those in an enumeration of three or more, joined by commas, "and" or "or", marked ``listed``:
    items of two such lists fill no slot against each other ("closed lower in Paris, Zurich and Amsterdam" / "closed
    lower in Sydney, Hong Kong and Seoul")."""
    runs: list[list[int]] = []
    for k, name in enumerate(names):
        end = names[k - 1].start + len(names[k - 1].text.split()) if k else -1
        if k and tuple(lower[end:name.start]) in _ENUMERATION_JOINS:
            runs[-1].append(k)
        else:
            runs.append([k])
    enumerated = {k for run in runs if len(run) >= 3 for k in run}
    return [replace(name, listed=True) if k in enumerated else name for k, name in enumerate(names)]


def _uncapitalised(tokens: list[str], lower: list[str]) -> list[str]:
    """A claim's lower-case words with those written with a capital inside it blanked: words of names ("the nickname
    Little Norway" has no minimiser; "The screenplay for I'm Not Here" has no negation), unless the claim is written in
    title case, with no lower-case word but function words ("Council Rejects Stadium Plan", "Stocks Fall as Oil Rises").

    >>> tokens = "Petersburg got the nickname Little Norway".split()
    >>> _uncapitalised(tokens, [t.lower() for t in tokens])
    ['petersburg', 'got', 'the', 'nickname', '', '']
    """
    if not any(t.isalpha() and t.islower() and t not in _FUNCTION_WORDS for t in tokens):
        return list(lower)  # title case: no lower-case word but function words
    return [w if k == 0 or not _is_capital(t) else "" for k, (t, w) in enumerate(zip(tokens, lower, strict=True))]


def _main_clause(lower: list[str]) -> list[str]:
    """A claim's words with those of a relative clause after a comma blanked ("built on the site of the former steel
    plant, which closed in 1998": "closed" tells of the plant, not of what the claim is about).

    >>> _main_clause("it opened on the site of a plant , which closed in 1998 , in may".split())[7:]
    ['plant', ',', '', '', '', '', ',', 'in', 'may']
    """
    main = list(lower)
    for k in range(1, len(lower)):
        if lower[k] in ("which", "who") and lower[k - 1] == ",":
            end = next((j for j in range(k + 1, len(lower)) if lower[j] == ","), len(lower))
            main[k:end] = [""] * (end - k)
    return main


def _date_text(tokens: list[str], start: int, end: int) -> str:
    """A month's date as written, its day first when written so ("12 October"), a comma kept ("May 3, 1996").

    >>> _date_text(["on", "May", "3", ",", "1996"], 1, 5), _date_text(["on", "12", "October"], 2, 3)
    ('May 3, 1996', '12 October')
    """
    if _day_before(tokens, start):
        start -= 1
    return " ".join(tokens[start:end]).replace(" ,", ",")


def _day(lower: list[str], i: int) -> str:
    """The day of the month at token ``i`` ("12", "3rd" -> "3"), or "".

    >>> _day(["october", "12"], 1), _day(["on", "3rd", "may"], 1), _day(["october", "2024"], 1)
    ('12', '3', '')
    """
    match = _DAY.fullmatch(lower[i]) if 0 <= i < len(lower) else None
    return match.group(1) if match else ""


def _day_before(tokens: list[str], i: int) -> str:
    """The day of the month written before the month at token ``i`` ("12 October": "12"), or "".

    >>> _day_before(["on", "12", "October"], 2), _day_before(["on", "October"], 1)
    ('12', '')
    """
    return _day([tokens[i - 1].lower()], 0) if i and _day_first(tokens, i - 1) else ""


def _day_first(tokens: list[str], i: int) -> bool:
    """Token ``i`` is the day of a day-first date ("15 April 2007"): a part of the date, not a count.

    >>> _day_first(["on", "15", "April", "2007"], 1), _day_first(["15", "may", "apply"], 0)
    (True, False)
    """
    following = tokens[i + 1].lower() if i + 1 < len(tokens) else ""
    return following in _MONTHS and (following != "may" or _is_capital(tokens[i + 1]))


def _idiom_positions(words: list[str], phrases: list[tuple[str, ...]]) -> set[int]:
    """Indices of ``words`` inside one of ``phrases`` (tuples of lower-case words)."""
    return {i + k for i in range(len(words)) for phrase in phrases
            if tuple(words[i:i + len(phrase)]) == phrase for k in range(len(phrase))}


def _ages(tokens: list[str]) -> dict[tuple[str, ...], str]:
    """``{name words: age}`` of the people whose present age a claim gives: "Smith, 52, ..." (or "Smith (52)"),
    "Smith, who is 52", "the 52-year-old Jane Smith"; an adult named by a role after "the" is keyed by the role
    ("the senator, who is 64", "the 58-year-old senator"; 15 or older: "the denominations, 1, 2" is no age). A past
    age ("then 25", "was 25 when") is no age here.

    >>> _ages(_tokens("Jane Smith, 52, ran it")), _ages(_tokens("the 47-year-old Smith"))
    ({('jane', 'smith'): '52'}, {('smith',): '47'})
    >>> _ages(_tokens("In Paris, 52 people"))
    {}
    >>> _ages(_tokens("a 45-year-old former minister, Ana Ruiz")), _ages(_tokens("a 45-year-old man from Lyon"))
    ({}, {})
    >>> _ages(_tokens("The senator, who is 64, retired")), _ages(_tokens("the 58-year-old senator said"))
    ({('senator',): '64'}, {('senator',): '58'})
    >>> _ages(_tokens("Area, ² , 12 m"))
    {}
    """
    ages: dict[tuple[str, ...], str] = {}
    for i, token in enumerate(tokens):
        if not (_AGE.fullmatch(token) and 0 < int(token) < 120):
            continue
        end = None  # one past the name's last word
        if i >= 2 and tokens[i - 1] == "," and (i + 1 == len(tokens) or tokens[i + 1] == ","):
            end = i - 1
        elif i >= 4 and [t.lower() for t in tokens[i - 3:i]] == [",", "who", "is"]:
            end = i - 3
        elif i + 2 < len(tokens) and tokens[i + 1].lower() == "year-old":
            k = i + 2  # past lower-case words ("former minister", not "from") to the name
            while (k < min(len(tokens), i + 6) and not _is_capital(tokens[k]) and tokens[k] != ","
                   and tokens[k].lower() not in _FUNCTION_WORDS):
                k += 1
            while k < len(tokens) and _is_capital(tokens[k]):
                k += 1
            if k > i + 2 and not _is_capital(tokens[k - 1]) and _after_the(tokens, i) and int(token) >= 15:
                ages[(tokens[i + 2].lower(),)] = token  # "the 58-year-old senator"
                continue
            end = k if k > i + 2 and _is_capital(tokens[k - 1]) else None
        if end is None:
            continue
        start = end
        while start > 0 and _is_capital(tokens[start - 1]):
            start -= 1
        name = tuple(_bare(w.lower()) for w in tokens[start:end] if _bare(w.lower()) not in _NOT_NAMES)
        if not name and tokens[end - 1].isalpha() and tokens[end - 1].islower() and _after_the(tokens, end - 1) \
                and int(token) >= 15:
            name = (tokens[end - 1].lower(),)  # a role: "the senator, who is 64", "The senator, 64,"
        if name:
            ages[name] = token
    return ages


def _after_the(tokens: list[str], i: int) -> bool:
    """Token ``i`` follows "the" (a definite role: "the senator")."""
    return i >= 1 and tokens[i - 1].lower() == "the"


def _subjects_differ(ta: list[str], tb: list[str], names: tuple) -> bool:
    """Both claims open with a name (at their start or after an opening phrase) and the names differ:
    two subjects ("British Petroleum fell 5" / "British Telecom fell 10"), so the pair has no conflict
    evidence at all (no value, negation or antonym)."""
    subject_a, subject_b = _subject(ta, names[0]), _subject(tb, names[1])
    return subject_a is not None and subject_b is not None and not _same(subject_a, subject_b)


def _qualified_subject(ta: list[str], tb: list[str]) -> bool:
    """One claim opens with a bare noun (no article: a measure such as "Sales", "Volume") that the other opens with
    after a word of its own: a part or kind of it ("Volume was 900 million shares" / "Big-board volume was 300 million
    shares", "Sales rose 8%" / "Domestic sales rose 3%"), whose figures differ without conflict; not a thing named with
    an article ("The bridge" / "The new bridge" is one bridge), nor a word of a name ("Arch" / "Marble Arch").

    >>> _qualified_subject("Sales rose 8%".split(), "Domestic sales rose 3%".split())
    True
    >>> _qualified_subject("The bridge will cost".split(), "The new bridge will cost".split())
    False
    """
    for short, long in ((ta, tb), (tb, ta)):
        if len(short) < 1 or len(long) < 2:
            continue
        word, qualifier = long[1], long[0].lower()
        if word.islower() and short[0].lower() == word and word not in _FUNCTION_WORDS \
                and qualifier not in _FUNCTION_WORDS and qualifier[:1].isalpha() \
                and qualifier not in {w.lower() for w in short}:
            return True
    return False


_OBJECT_PREPOSITIONS = frozenset({"against", "for", "on", "over", "about", "of"})


def _objects_differ(la: list[str], lb: list[str], taken: set[str]) -> bool:
    """One word and preposition govern two different things in the two claims, neither a value (``taken``): the
    claims' values fill two slots ("The lone vote against the budget was Commissioner Shannon Green" / "The lone vote
    against the property tax rate was Commissioner David Gross").

    >>> _objects_differ("the vote against the budget".split(), "the vote against the tax rate".split(), set())
    True
    >>> _objects_differ("the vote against the budget".split(), "a vote against the new budget".split(), set())
    False
    """
    def objects(lower: list[str]) -> dict[tuple[str, str], set[str]]:
        found: dict[tuple[str, str], set[str]] = {}
        for k in range(1, len(lower) - 1):
            if lower[k] in _OBJECT_PREPOSITIONS and lower[k - 1].isalpha() and lower[k - 1] not in _FUNCTION_WORDS:
                j = k + 1
                while j < len(lower) and lower[j] in _ARTICLES:
                    j += 1
                words = found.setdefault((lower[k - 1], lower[k]), set())
                while j < len(lower) and lower[j].isalpha() and lower[j] not in _FUNCTION_WORDS:
                    words.add(lower[j])
                    j += 1
        return found

    oa, ob = objects(la), objects(lb)
    return any(oa[key] and ob[key] and not oa[key] & ob[key] and not (oa[key] | ob[key]) & taken
               for key in oa.keys() & ob.keys())


def _opening_name(tokens: list[str], names: list[_Value]) -> _Value | None:
    """The claim's first name when only articles and figures come before it ("The 70 Brigade is based ...")."""
    first = names[0] if names else None
    if first is not None and all(t.lower() in _ARTICLES or t[:1].isdigit() for t in tokens[:first.start]):
        return first
    return None


def _subject(tokens: list[str], names: list[_Value]) -> _Value | None:
    """The claim's first name when it opens the claim ("Shell eased 1"; only articles and figures before it: "The 70
    Brigade is based ..."), is in an opening phrase closed by a comma in the first eight words ("In Singapore, stocks
    hit ...") or follows that comma."""
    comma = _opening_comma(tokens, 8)
    return _opening_name(tokens, names) or next(
        (name for name in names if comma is not None and name.start <= comma + 1), None)


def _unnamed_subjects(la: list[str], lb: list[str], names_a: list[_Value], names_b: list[_Value]
                      ) -> tuple[list[_Value], list[_Value]]:
    """The names of both claims, less the subject's name of one claim when the other's subject is a pronoun and the
    first claim has no object pronoun: the pronoun's person, no value ("In 2000, she was elected as the party's leader
    and became the opposition leader in the Bundestag" / "Angela Merkel was elected as the leader of the CDU party";
    not "He was succeeded by John Smith" / "Peter Jones succeeded him")."""
    start_a, start_b = _subject_start(la), _subject_start(lb)
    if _SUBJECT_PRONOUNS.intersection(la[start_a:start_a + 1]) and not _OBJECT_PRONOUNS.intersection(lb[start_b + 1:]):
        names_b = [v for v in names_b if v.start != start_b]
    if _SUBJECT_PRONOUNS.intersection(lb[start_b:start_b + 1]) and not _OBJECT_PRONOUNS.intersection(la[start_a + 1:]):
        names_a = [v for v in names_a if v.start != start_a]
    return names_a, names_b


def _subject_start(lower: list[str]) -> int:
    """Where a claim's subject starts: after an opening phrase closed by a comma ("In 2000, she ..."), else at 0."""
    comma = _opening_comma(lower, 8)
    return 0 if comma is None or comma + 1 >= len(lower) else comma + 1


def _opening_comma(tokens: list[str], reach: int) -> int | None:
    """The index of the first "," among a claim's first ``reach`` tokens (an opening phrase ends there), or None."""
    return next((k for k in range(min(len(tokens), reach)) if tokens[k] == ","), None)


def _first(words: list[str], wanted) -> str | None:
    return next((w for w in words if w in wanted), None)
