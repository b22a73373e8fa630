"""Structured conflict evidence of a claim pair (after de Marneffe, Rafferty and Manning 2008,
"Finding contradictions in text"): what an editor can check, and what calibrates the NLI score.

* ``number``, ``date``, ``entity``: the two claims give different values in the same slot — a content word
  shared among the two nearest on either side of the value ("the 51st season" / "the 61st season", "died in
  1996" / "died in 1992", "written by Anna Kohl" / "written by Jon Berg"; for names, also the agent of one passive verb
  a few words back: "composed by Stuart Adamson" / "composed by the British singer-songwriter, Morrissey", or the
  complement of the subject's copula: "The producer of Cocktails, a 1988 film, was Ted Field" / "The producer of
  Cocktails was Brian Brown") — and
  neither value appears in the
  other claim; a name conflicts only with a name and a nationality word only with another ("a British
  author" / "the film The Card" is no conflict); dates do not conflict when either claim tells a repeated
  event (``repetition_markers``: "was elected President again in 1985" / "was elected President in 1956"); two
  examples of lists do not conflict (``list_openers``: "albums include Toreh" / "albums include Kimia"); a
  number before an ``address_words`` word is part of a place name ("17th Street"), and a code of letters and
  digits ("BC2") is neither a number nor a name; numbers conflict only within one unit (money, percent,
  ordinal, or a count of the same thing: "fell 22%" / "cut by $50 million" do not), a figure and its rounding are
  one value ("roughly 133 million" / "132.8 million"), neither numbers nor
  dates when a claim is about another period (``period_markers``: "In the year-earlier quarter, ...") nor
  numbers when a claim gives more than ``max_numbers`` of them (a report of several figures, whose slots
  cannot be aligned), and no evidence at all (of any type) when the claims open with two different names —
  two subjects ("British Petroleum fell 5" / "British Telecom fell 10"; "In Singapore, ..." / "In the
  Philippines, ..."); names stop at punctuation, and a capitalised word that opens a phrase is no name when
  the claims also use it in lower case ("Share prices ..."); a surname after the full name in its claim is that
  name and an acronym the name it spells ("Marc Green ... Green", "CDU"), a name the other claim calls "the / this
  <its last word>" is that claim's thing ("a Royal Charter" / "this charter"), the name of one claim's subject is
  no value when the other's subject is a pronoun ("she was elected ..." / "Angela Merkel was elected ..."), and a
  role frames the same fact as its agent verb ("The screenwriter for X was A" / "X was written by B");
* ``age``: both claims give one person's present age and the ages differ, whatever else the claims say
  ("Smith, 52, ran the division" / "Smith, who is 47, joined Acme"; "Jane Smith, 52" / "John Smith, 24" are two
  people);
* ``negation``: one claim is negated ("will run" / "will not seek"), the other is not;
* ``antonym``: a pair of opposite words ("rose" / "fell");
* ``evaluation``: a strong evaluation against a minimised or negated one ("a major blow" / "of
  little consequence", "a significant setback" / "has not granted ... important terrain"); a
  negation that governs no strong word ("is not the final step") is no evaluation.

Values are the words of the text, so a finding can show them. The word lists are data (``options.cues``
of the ``contradiction.nli`` rule).

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
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from dataclasses import dataclass, field, replace

from ..base import number_problem

EVIDENCE_TYPES = ("number", "date", "entity", "age", "negation", "antonym", "evaluation")

# Words that carry no slot: a value's slot is the nearest word around it that is not one of these.
_FUNCTION_WORDS = frozenset("""a an the in on at of to by for from and or with as into onto than since about around over
under nearly almost some was were is are be been being has have had its his her their our my your it he she they this
that these those which who whom whose per cent percent approximately roughly only just more less least most also
then there here after before during between until till while mr mrs ms dr sir often usually sometimes generally
typically""".split()) | {",", '"', "$", "£", "€", "¥", "#"}
_QUOTES = frozenset('"“”«»„')  # quote marks alone between two words give the token '"' (no opening phrase ends there)
_BREAKS = frozenset({",", '"'})
# Titles written with a full stop before a name ("Mr. Hale"): the stop does not end the name's phrase.
_TITLES = frozenset("mr mrs ms dr prof gen sen rep gov lt col capt sgt".split())
# Capitalised words that do not start a name on their own (sentence starts, pronouns, weekdays...).
_NOT_NAMES = frozenset("""the a an in on at of to by for from and or but with as after before during when while if
although though however he she it they we i you his her its their our this that these those there here his one two
monday tuesday wednesday thursday friday saturday sunday mr mrs ms dr besides among elsewhere meanwhile
unlike despite including following according jan feb mar apr jun jul aug sep sept oct nov dec some many
most all both each every no several few therefore thus hence furthermore moreover nevertheless nonetheless instead
overall still yet indeed today yesterday tomorrow tonight now currently i'm i've i'd i'll we're we've they're
you're""".split())
_SUBJECT_PRONOUNS = frozenset({"he", "she", "it", "they"})
_OBJECT_PRONOUNS = frozenset({"him", "her", "it", "them"})
_NAME_JOINERS = frozenset({"of", "de", "von", "van", "der", "da", "di", "du", "la", "le", "del", "the", "y", "bin"})
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")
_ORDINAL_WORDS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                  "eleventh", "twelfth")
# A code of letters then digits ("BC2", "MLX01"): one token, neither a number nor a name.
_IDENTIFIER = re.compile(r"[^\W\d_]+\d[^\W_]*")
_DECADE = re.compile(r"(?:1[0-9]|20)\d0s")  # "the 1980s": a date that holds ten years, not a count
_INITIALS = re.compile(r"[A-Z](?:\.[A-Z])*")  # "N" of "Barry N. Malzberg", "W.H" of "W.H. Turton"
_TOKEN = re.compile(_IDENTIFIER.pattern + r"|" + _DECADE.pattern
                    + r"(?!\w)|\d+(?:[.,]\d+)*(?:st|nd|rd|th)?(?:[-–]\d+)?%?"
                    r"|[^\W\d_]+(?:[’'.-][^\W\d_]+)*|[$£€¥#]", re.UNICODE)
_YEAR = re.compile(r"(?:1[0-9]|20)\d\d")
_AGE = re.compile(r"[0-9]{1,3}")  # ASCII digits ("²" is a digit to str.isdigit)
# A number's unit: money before or after it, a percent after it; magnitude words are skipped.
_MONEY_SIGNS = frozenset("$£€¥#")
_MONEY_WORDS = frozenset("cent cents dollar dollars pound pounds euro euros yen yuan franc francs mark marks pence "
                         "rupee rupees".split())
_PERCENT_WORDS = frozenset({"percent", "pct"})
_MAGNITUDES = frozenset({"hundred", "thousand", "million", "billion", "trillion", "bn", "m"})


@dataclass(frozen=True)
class _Value:
    """A typed value of a claim: its text, a normalised key to compare, the words of its slot, its unit
    (numbers), the index of its first token in the claim, whether it follows a list opener ("include") and whether it
    follows one closely (an example: "including Dutch")."""

    type: str
    text: str
    key: str
    slot: frozenset
    unit: tuple = ()
    start: int = field(default=0, compare=False)
    listed: bool = field(default=False, compare=False)
    example: bool = field(default=False, compare=False)


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


_EXAMPLE_REACH = 3  # a value this close after a list opener is an example ("including the 2008 financial crisis")
_CACHE_SIZE = 4096  # parsed claims kept per ConflictCues (emptied when full)
# The settings of ``options.cues`` (ConflictCues reads these; another name is a typo).
CUE_SETTINGS = ("negations", "antonyms", "number_words", "intensifiers", "minimisers", "min_shared_frame",
                "antonym_idioms", "negation_idioms", "minimiser_idioms", "repetition_markers", "address_words",
                "period_markers", "list_openers", "max_numbers", "scope_prepositions")


def cue_problem(name: str, value) -> str | None:
    """What is wrong with the value of cue setting ``name`` (a known one), or None: word lists are lists of
    words, ``antonyms`` pairs of space-separated word groups, ``min_shared_frame`` a share in [0, 1],
    ``max_numbers`` a whole number >= 0.

    >>> cue_problem("negations", "not")
    "expected a list of words, got 'not'"
    >>> cue_problem("antonyms", [["yes", "no"], [True, False]])
    'expected pairs of word groups (["rise rose", "fall fell"]), got [True, False]'
    >>> cue_problem("min_shared_frame", 0.5), cue_problem("max_numbers", -1)
    (None, 'expected a whole number >= 0, got -1')
    """
    if name == "min_shared_frame":
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
        self.antonym_idioms = [tuple(phrase.lower().split()) for phrase in lists.get("antonym_idioms", [])]
        self.negation_idioms = [tuple(phrase.lower().split()) for phrase in lists.get("negation_idioms", [])]
        self.minimiser_idioms = [tuple(phrase.lower().split()) for phrase in lists.get("minimiser_idioms", [])]
        self.repetition_markers = frozenset(lists.get("repetition_markers", []))
        self.address_words = frozenset(lists.get("address_words", []))
        self.period_markers = frozenset(lists.get("period_markers", []))
        self.list_openers = frozenset(lists.get("list_openers", []))
        self.max_numbers = int(lists.get("max_numbers", 1 << 30))
        self.scope_prepositions = frozenset(lists.get("scope_prepositions", []))
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
        """Tokens, lower-case words, numbers, dates, antonym and negation words, ages and evaluation of a claim,
        computed once per text (a claim meets several others)."""
        parsed = self._cache.get(text)
        if parsed is None:
            tokens = _tokens(text)
            lower = [t.lower() for t in tokens]
            weak = self._weak(lower)
            parsed = _Parsed(tokens, lower, {kind: self._values(tokens, lower, kind) for kind in ("number", "date")},
                             self._antonym_words(lower), self._negation_words(lower), _ages(tokens), weak,
                             None if weak else _first(lower, self.intensifiers))
            if len(self._cache) >= _CACHE_SIZE:
                self._cache.clear()
            self._cache[text] = parsed
        return parsed

    def evidence(self, a: str, b: str) -> list[dict]:
        """Every conflict between claims ``a`` and ``b``: ``{"type": ..., "values": [...]}``, in
        ``EVIDENCE_TYPES`` order."""
        pa, pb = self._parsed(a), self._parsed(b)
        ta, tb, la, lb = pa.tokens, pb.tokens, pa.lower, pb.lower
        found = []
        common = {t for t in ta + tb if t.islower()}
        values = {kind: (pa.values[kind], pb.values[kind]) for kind in ("number", "date")}
        names = (_resolved(_unreferred(self._values(ta, la, "entity", common), tb)),
                 _resolved(_unreferred(self._values(tb, lb, "entity", common), ta)))
        values["entity"] = _unnamed_subjects(la, lb, *names)
        taken = _value_words(values)
        if _subjects_differ(ta, tb, values["entity"]) or self._scopes_differ(la, lb, taken):
            return []
        words = set(la) | set(lb)
        other_time = bool(self.period_markers & words)
        crowded = max(len(values["number"][0]), len(values["number"][1])) > self.max_numbers
        unaligned = {"number": other_time or crowded, "date": other_time or bool(self.repetition_markers & words),
                     "entity": False}
        # the claims share a frame, their values aside; for a number or a date, also with the names in the frame
        # ("was elected Chancellor of Germany in 2005" / "was elected the party's leader in 2000": two offices)
        figures = _value_words({kind: values[kind] for kind in ("number", "date")}) | _count_words(values["number"])
        framed = _shared_frame(la, lb, taken) >= self.min_shared_frame
        figure_framed = framed and _shared_frame(la, lb, figures) >= self.min_shared_frame
        framed_by = {"entity": framed, "number": figure_framed, "date": figure_framed}
        head = _head(la)
        same_head = head is not None and head == _head(lb)

        def same_lead(x: _Value, y: _Value) -> bool:  # the same word governs both values ("opened in ...")
            lead = _lead(la, x.start)
            return lead is not None and lead == _lead(lb, y.start)

        # a role and its agent verb frame one fact when both names are that verb's agents ("The screenwriter for
        # Dumbbells in Ermine was Gertrude Purcell" / "Dumbbells in Ermine was written by Ben Hecht")
        agent_framed = not framed and _shared_frame(_as_agents(la), _as_agents(lb), taken) >= self.min_shared_frame
        for kind, (va, vb) in values.items():
            if kind == "entity" and agent_framed:
                conflict = _slot_conflict(va, vb, _same_agent)
            elif unaligned[kind] or not (framed_by[kind] or (same_head and kind != "entity")):
                continue
            else:
                conflict = _slot_conflict(va, vb) if framed_by[kind] else _slot_conflict(va, vb, same_lead)
            if conflict:
                found.append({"type": kind, "values": list(conflict)})
        age = next(([x, y] for na, x in pa.ages.items() for nb, y in pb.ages.items()
                    if x != y and (set(na) <= set(nb) or set(nb) <= set(na))), None)
        if age:  # the ages are the pair's figures: no number evidence of the same two values beside it
            found = [e for e in found if not (e["type"] == "number" and e["values"] == age)]
            found.append({"type": "age", "values": age})
        neg_a, neg_b = pa.negation_words, pb.negation_words
        if bool(neg_a) != bool(neg_b):
            found.append({"type": "negation", "values": neg_a or neg_b})
        sa, sb = pa.antonym_words, pb.antonym_words
        for x, y in self.antonyms:
            for one, other in ((x, y), (y, x)):
                if sa & one and sb & other and not sa & other and not sb & one:
                    word_a, word_b = _first(la, one), _first(lb, other)
                    assert word_a and word_b  # both word lists meet their antonym set (the test above)
                    found.append({"type": "antonym", "values": [word_a, word_b]})
                    break
            else:
                continue
            break
        weak_a, weak_b, strong_a, strong_b = pa.weak, pb.weak, pa.strong, pb.strong
        if strong_a and weak_b:
            found.append({"type": "evaluation", "values": [strong_a, weak_b]})
        elif strong_b and weak_a:
            found.append({"type": "evaluation", "values": [weak_a, strong_b]})
        return found

    def _scopes_differ(self, la: list[str], lb: list[str], taken: set[str]) -> bool:
        """Both claims open with a scope phrase closed by a comma ("Among adolescents, ...", "For the full
        year, ...") whose content words, values aside, are not shared: two scopes, so their values, negations
        and antonyms do not meet ("Among pre-school children, the rate was 1.7 to 2.7 percent" / "Among
        adolescents, the rate was 8 to 12 percent"). A phrase of values alone ("In 1995, ...") is no scope;
        ``taken``: the words of the pair's values (``_value_words``)."""
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

    def _weak(self, words: list[str]) -> str | None:
        """A minimised evaluation ("of little consequence"; not a ``minimiser_idioms`` phrase: "little is known about
        his life") or a negated strong one ("has not granted ... important terrain"; not the "not" of a
        ``negation_idioms`` phrase: "not only a major win"): the words, or None.

        >>> from auditor.rules import RuleSet
        >>> cues = ConflictCues(RuleSet().all["contradiction.nli"].options["cues"])
        >>> cues._weak("the loss was of little consequence".split()), cues._weak("little is known about him".split())
        ('little', None)
        """
        minimising = _idiom_positions(words, self.minimiser_idioms)
        minimiser = next((w for k, w in enumerate(words) if w in self.minimisers and k not in minimising), None)
        if minimiser:
            return minimiser
        idiomatic = _idiom_positions(words, self.negation_idioms)
        for k, word in enumerate(words):
            if word in self.negations and k not in idiomatic:
                strong = _first(words[k + 1:], self.intensifiers)
                if strong:
                    return f"{word} … {strong}"
        return None

    def anchors(self, text: str) -> set[str]:
        """Names, numbers and dates of a claim (normalised): what two claims about one thing share.

        Example:
            >>> from auditor.rules import RuleSet
            >>> cues = ConflictCues(RuleSet().all["contradiction.nli"].options["cues"])
            >>> sorted(cues.anchors("Merkel won 41.5% in 2013"))
            ['date:2013', 'entity:merkel', 'number:41.5']
        """
        tokens = _tokens(text)
        lower = [t.lower() for t in tokens]
        return {f"{kind}:{word}" for kind in ("number", "date", "entity") for v in self._values(tokens, lower, kind)
                for word in (v.key.split() if kind == "entity" else v.key.split("-"))
                if word and word not in _NAME_JOINERS}

    def _values(self, tokens: list[str], lower: list[str], kind: str, common: frozenset | set = frozenset()
                ) -> list[_Value]:
        """Values of ``kind``; a capitalised word opening a phrase is no name when ``common`` (the lower-case
        words of the claims) has it ("Share prices closed lower" / "share prices rose")."""
        values = []
        i = 0
        while i < len(tokens):
            end, key = self._value_at(tokens, lower, i, kind, common)
            if end > i:
                unit = _unit(lower, i, end) if kind == "number" else ()
                text = " ".join(tokens[i:end])
                if kind == "date" and key[:1].isdigit() and not key.endswith("-"):  # a month shown with its year
                    text = f"{text} {key.split('-')[0]}"
                slot = _slot(lower, i, end) | (_agent_slot(lower, i) | _copula_slot(lower, i) if kind == "entity"
                                               else frozenset())
                values.append(_Value(kind, text, key, slot, unit, i, bool(self.list_openers.intersection(lower[:i])),
                                     bool(self.list_openers.intersection(lower[max(0, i - _EXAMPLE_REACH):i]))))
                i = end
            else:
                i += 1
        return values

    def _value_at(self, tokens: list[str], lower: list[str], i: int, kind: str,
                  common: frozenset | set = frozenset()) -> tuple[int, str]:
        """``(end, key)`` of a value of ``kind`` starting at token ``i`` (``end == i``: none)."""
        word = lower[i]
        if kind == "date":
            if word in _MONTHS and not (word == "may" and not _is_capital(tokens[i])):
                end = i + 1
                year = next((lower[k] for k in range(i + 1, min(i + 3, len(lower))) if _YEAR.fullmatch(lower[k])), "")
                return end, f"{year}-{word}"
            if (_YEAR.fullmatch(word) or _DECADE.fullmatch(word)) and not (i and lower[i - 1] in _MONTHS):
                return i + 1, f"{word}-"
            return i, ""
        if kind == "number":
            in_date = word[0].isdigit() and ((i and lower[i - 1] in _MONTHS) or _day_first(tokens, i))
            if _YEAR.fullmatch(word) or _DECADE.fullmatch(word) or in_date:
                return i, ""
            if word[0].isdigit() and i + 1 < len(lower) and lower[i + 1] in self.address_words:
                return i, ""
            if word[0].isdigit():
                return i + 1, re.sub(r"(st|nd|rd|th|%)$", "", word.replace(",", ""))
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
            end = i + 1
            while end < len(tokens) and (_is_capital(tokens[end]) or (
                    lower[end] in _NAME_JOINERS and end + 1 < len(tokens) and _is_capital(tokens[end + 1]))):
                end += 1
            return end, " ".join(_bare(w) for w in lower[i:end])
        return i, ""


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


_DEFINITE = frozenset({"the", "this", "that", "these", "those", "its"})


def _unreferred(names: list[_Value], other: list[str]) -> list[_Value]:
    """Names of one claim less those the other claim refers to by their last word after "the", "this" ...
    ("a Royal Charter granted by Elizabeth I" / "This charter was granted to John Lyon"): the same thing.

    >>> [v.text for v in _unreferred([_Value("entity", "Royal Charter", "royal charter", frozenset())],
    ...                              "This charter was granted".split())]
    []
    """
    referred = {other[k] for k in range(1, len(other)) if other[k - 1].lower() in _DEFINITE and other[k].islower()}
    return [v for v in names if " " not in v.key or v.key.split()[-1] not in referred]


def _resolved(names: list[_Value]) -> list[_Value]:
    """Names of one claim, a short mention read as the longer name before it that holds or spells it ("Green" as
    "Marc Green" in "the director is Marc Green, as the text mentions that Green received ...", "CDU" after "Christian
    Democratic Union"); left as it is when the longer names before it are two people ("Bush" after "George W. Bush"
    and "George H. W. Bush").

    >>> [v.text for v in _resolved([_Value("entity", t, t.lower(), frozenset(), start=k)
    ...                             for k, t in enumerate(["Marc Green", "Green", "Viktor"])])]
    ['Marc Green', 'Marc Green', 'Viktor']
    """
    resolved = []
    for value in names:
        longer = [v for v in names if v.start < value.start and (_surname(value, v) or _acronym(value, v))]
        if longer and all(_same(x, y) for x in longer for y in longer):
            whole = max(longer, key=lambda v: len(_name_words(v)))
            value = replace(value, key=whole.key, text=whole.text)
        resolved.append(value)
    return resolved


def _after_the(tokens: list[str], i: int) -> bool:
    """Token ``i`` follows "the" (a definite role: "the senator")."""
    return i >= 1 and tokens[i - 1].lower() == "the"


def _value_words(values: dict) -> set[str]:
    """The lower-case words of every value (number, date, name) of both claims of a pair."""
    return {w.lower() for va, vb in values.values() for v in va + vb for w in v.text.split()}


def _count_words(numbers: tuple[list[_Value], list[_Value]]) -> set[str]:
    """The words counted or measured by the numbers of a pair ("years" of "the first two years", "dollars",
    "percent", "million"): part of the figure, not of its frame."""
    heads = {w for values in numbers for v in values if v.unit[:1] == ("count",) for w in v.unit[1]}
    return heads | {f"{w}s" for w in heads} | _MONEY_WORDS | _PERCENT_WORDS | _MAGNITUDES


def _shared_frame(la: list[str], lb: list[str], taken: set[str]) -> float:
    """Share of the shorter claim's content words (the value words ``taken`` aside) found in the other."""
    wa = {w for w in la if w not in _FUNCTION_WORDS and w not in taken}
    wb = {w for w in lb if w not in _FUNCTION_WORDS and w not in taken}
    return len(wa & wb) / min(len(wa), len(wb)) if wa and wb else 0.0


def _tokens(text: str) -> list[str]:
    """Words, numbers and currency signs; "," where punctuation separates two of them (a name stops there), but
    not after a title's full stop ("Mr. Hale") or an initial's before a capital ("Barry N. Malzberg"); '"' where
    only quote marks do (a name stops there, an opening phrase does not: 'The film "M" was ...').

    >>> _tokens("Besides British Gas, British Steel didn't rise $1.74.")
    ['Besides', 'British', 'Gas', ',', 'British', 'Steel', 'did', 'not', 'rise', '$', '1.74']
    >>> _tokens("The novel was written by Mr. Hale"), _tokens("by Barry N. Malzberg")
    (['The', 'novel', 'was', 'written', 'by', 'Mr', 'Hale'], ['by', 'Barry', 'N', 'Malzberg'])
    >>> _tokens('The film "M" was shot, "Ha"')
    ['The', 'film', '"', 'M', '"', 'was', 'shot', ',', 'Ha']
    """
    text = text.replace("n’t", " not").replace("n't", " not")
    tokens: list[str] = []
    end = 0
    for match in _TOKEN.finditer(text):
        gap = text[end:match.start()].strip(" -")
        name_goes_on = bool(tokens) and gap == "." and _name_goes_on(tokens[-1], match.group())
        if tokens and gap and tokens[-1] not in _BREAKS and not name_goes_on:
            tokens.append('"' if _QUOTES.issuperset(gap.replace(" ", "")) else ",")
        tokens.append(match.group())
        end = match.end()
    return tokens


def _name_goes_on(before: str, after: str) -> bool:
    """A full stop between ``before`` and ``after`` stays inside a name: after a title ("Mr. Hale") or after an
    initial or two before a capital ("Barry N. Malzberg", "W.H. Turton")."""
    return before.lower() in _TITLES or (_INITIALS.fullmatch(before) is not None and after[:1].isupper())


def _bare(word: str) -> str:
    """A name word without its possessive and with one apostrophe: ``Intel’s`` -> ``intel``."""
    word = word.replace("’", "'")
    return word[:-2] if word.endswith("'s") else word


def _unit(lower: list[str], start: int, end: int) -> tuple:
    """``("money",)``, ``("percent",)`` or ``("count", head words)`` of the number ``lower[start:end]``:
    numbers conflict only within one unit ("fell 22%" / "reduced by $50 million" do not).

    >>> words = "rose 12% to $ 1.2 billion".split()
    >>> _unit(words, 1, 2), _unit(words, 4, 5), sorted(_unit("won 5 wta singles titles".split(), 1, 2)[1])
    (('percent',), ('money',), ['single', 'wta'])
    """
    k = end
    while k < len(lower) and lower[k] in _MAGNITUDES:
        k += 1
    following = lower[k] if k < len(lower) else ""
    if (start and lower[start - 1] in _MONEY_SIGNS) or following in _MONEY_WORDS:
        return ("money",)
    if lower[end - 1].endswith("%") or following in _PERCENT_WORDS or lower[k:k + 2] == ["per", "cent"]:
        return ("percent",)
    if re.search(r"\d(?:st|nd|rd|th)$", lower[end - 1]) or lower[end - 1] in _ORDINAL_WORDS:
        return ("ordinal",)
    heads: list[str] = []
    while k < len(lower) and len(heads) < 2 and lower[k] != ",":
        if lower[k] not in _FUNCTION_WORDS and not lower[k][0].isdigit():
            heads.append(lower[k][:-1] if lower[k].endswith("s") and len(lower[k]) > 3 else lower[k])
        k += 1
    return ("count", frozenset(heads))


def _same_unit(a: _Value, b: _Value) -> bool:
    """Two numbers of one unit: money with money, percent with percent, counts that share a head word
    or lack one."""
    if a.unit[:1] != b.unit[:1]:
        return False
    return a.unit[0] != "count" or not a.unit[1] or not b.unit[1] or bool(a.unit[1] & b.unit[1])


def _subjects_differ(ta: list[str], tb: list[str], names: tuple) -> bool:
    """Both claims open with a name (at their start or after an opening phrase) and the names differ:
    two subjects ("British Petroleum fell 5" / "British Telecom fell 10"), so the pair has no conflict
    evidence at all (no value, negation or antonym)."""
    subject_a, subject_b = _subject(ta, names[0]), _subject(tb, names[1])
    return subject_a is not None and subject_b is not None and not _same(subject_a, subject_b)


def _subject(tokens: list[str], names: list[_Value]) -> _Value | None:
    """The claim's first name when it opens the claim ("Shell eased 1"), is in an opening phrase closed
    by a comma in the first eight words ("In Singapore, stocks hit ...") or follows that comma."""
    comma = _opening_comma(tokens, 8)
    for name in names:
        if name.start == 0 or (comma is not None and name.start <= comma + 1):
            return name
    return None


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


def _is_capital(token: str) -> bool:
    return token[:1].isupper()


def _first(words: list[str], wanted) -> str | None:
    return next((w for w in words if w in wanted), None)


def _slot(lower: list[str], start: int, end: int, reach: int = 2) -> frozenset:
    """The ``reach`` nearest words before and after ``[start, end)`` that are not function words or numbers."""
    slot = set()
    for step, k in ((-1, start - 1), (1, end)):
        taken = 0
        while 0 <= k < len(lower) and taken < reach:
            if lower[k] not in _FUNCTION_WORDS and not lower[k][0].isdigit():
                slot.add(lower[k])
                taken += 1
            k += step
    return frozenset(slot)


def _agent_slot(lower: list[str], start: int, reach: int = 6) -> frozenset:
    """``{"by:<verb>"}`` when the name at ``start`` is the agent of a passive verb a few words back ("composed by
    the British singer-songwriter, Morrissey", "written by a team of songwriters including Chip Taylor"; both verbs
    of "written and directed by"): two names that are agents of one verb fill one slot, whatever words describe them.

    >>> sorted(_agent_slot("composed by the british singer-songwriter , morrissey".split(), 6))
    ['by:composed']
    >>> sorted(_agent_slot("founded and edited by walter rye".split(), 4))
    ['by:edited', 'by:founded']
    >>> _agent_slot("he met morrissey".split(), 2)
    frozenset()
    """
    for k in range(start - 1, max(0, start - reach) - 1, -1):
        if lower[k] == "by" and k > 0 and lower[k - 1] not in _FUNCTION_WORDS:
            verbs = {lower[k - 1]}
            if k > 2 and lower[k - 2] == "and" and lower[k - 3] not in _FUNCTION_WORDS:  # "written and directed by"
                verbs.add(lower[k - 3])
            return frozenset(f"by:{verb}" for verb in verbs)
    return frozenset()


_COPULAS = frozenset({"is", "was", "are", "were", "be"})
# A role and the passive verb of its agent fill one slot: "The screenwriter of X was A" / "X was written by B".
_AGENT_NOUNS = {"author": "written", "writer": "written", "screenwriter": "written", "director": "directed",
                "producer": "produced", "composer": "composed", "founder": "founded", "creator": "created",
                "designer": "designed", "developer": "developed", "publisher": "published", "inventor": "invented",
                "architect": "designed", "painter": "painted", "illustrator": "illustrated", "editor": "edited",
                "translator": "translated", "builder": "built", "discoverer": "discovered"}
_DESCRIPTION = 8  # words of a description between a copula and its name ("was an American jazz pianist named X")
_DESCRIPTION_STOPS = frozenset({",", "who", "which", "that", "but", "not", "than", "there", "it"})
_DESCRIBING = frozenset({"a", "an", "the", "and"})  # the function words a description may hold


def _copula_slot(lower: list[str], start: int) -> frozenset:
    """``{"be:<subject>"}`` when the name at ``start`` completes a copula ("was", "is", "to be") whose subject is the
    claim's first content word: "The father of Searching is Alan Emtage" / "... is considered to be American computer
    scientist and internet pioneer, Dr. Leonard Kleinrock" both give "be:father" (a title, and a description ending
    in "named", "called" or a comma, may stand between). A role with an agent verb gives that verb's agent slot
    (``_agent_slot``): "The producer of Cocktails, a 1988 film, was Ted Field" fills "by:produced", as "It was
    produced by Brian Brown" does.

    >>> sorted(_copula_slot("the producer of cocktails , a 1988 film , was ted field".split(), 10))
    ['by:produced']
    >>> sorted(_copula_slot("the author of stations is a science fiction writer named barry".split(), 10))
    ['by:written']
    >>> sorted(_copula_slot("the father is an ambiguous question as there are different movies , tv".split(), 13))
    []
    """
    k = start - 1
    if k >= 0 and lower[k] == '"':  # a quoted name: 'is called "X"'
        k -= 1
    if k >= 0 and lower[k] in _TITLES:
        k -= 1
    if k >= 0 and lower[k] in ("named", "called", ","):  # a description first: "is a science fiction writer named X"
        k = _described_copula(lower, k) or k
    elif k >= 0 and lower[k] in ("a", "an", "the"):
        k -= 1
    if k < 1 or lower[k] not in _COPULAS:
        return frozenset()
    head = _head(lower, k)
    return frozenset({f"by:{_AGENT_NOUNS[head]}" if head in _AGENT_NOUNS else f"be:{head}"}) if head else frozenset()


def _as_agents(lower: list[str]) -> list[str]:
    """A claim's words with each role noun as its agent verb ("screenwriter" -> "written")."""
    return [_AGENT_NOUNS.get(w, w) for w in lower]


def _same_role(a: _Value, b: _Value) -> bool:
    """Two values that fill one role: the agent of one verb or the complement of one copula ("by:written",
    "be:capital")."""
    return any(w.startswith(("by:", "be:")) for w in a.slot & b.slot)


def _same_agent(a: _Value, b: _Value) -> bool:
    """Two names that are agents of one verb ("by:written")."""
    return any(w.startswith("by:") for w in a.slot & b.slot)


def _described_copula(lower: list[str], end: int) -> int | None:
    """The index of the copula that a description ending before token ``end`` follows, or None: one to
    ``_DESCRIPTION`` words holding no function word but "a", "an", "the", "and" ("is a science fiction writer", "to be
    American computer scientist and internet pioneer"), and not a copula after "there", "it", ... ("as there are
    different movies").

    >>> _described_copula("the author is a science fiction writer named".split(), 7)
    2
    >>> _described_copula("it is ambiguous as there are different movies ,".split(), 7)
    """
    for j in range(end - 1, max(0, end - _DESCRIPTION) - 1, -1):
        word = lower[j]
        if word in _COPULAS:
            return j if 0 < j < end - 1 and lower[j - 1] not in _DESCRIPTION_STOPS else None
        if (word in _FUNCTION_WORDS or word in _DESCRIPTION_STOPS) and word not in _DESCRIBING:
            return None
    return None


def _head(lower: list[str], reach: int = 4) -> str | None:
    """The first content word of a claim's first ``reach`` tokens (its subject's head, mostly), or None.

    >>> _head("the museum , which opened in 2003".split()), _head("in 1998 , it".split())
    ('museum', None)
    """
    return next((w for w in lower[:reach] if w not in _FUNCTION_WORDS and w.isalpha()), None)


def _lead(lower: list[str], start: int) -> str | None:
    """The nearest content word before token ``start``, numbers and function words skipped: the word that governs
    a value ("opened" in "opened in 1998").

    >>> _lead("the museum opened in 1998".split(), 4), _lead("in 1998".split(), 1)
    ('opened', None)
    """
    return next((lower[k] for k in range(start - 1, -1, -1)
                 if lower[k] not in _FUNCTION_WORDS and not lower[k][0].isdigit()), None)


def _slot_conflict(a: list[_Value], b: list[_Value], same_slot=lambda x, y: bool(x.slot & y.slot)
                   ) -> tuple[str, str] | None:
    """Texts of a value of ``a`` and a value of ``b`` in the same slot (``same_slot``; default: their slots
    share a word), when neither value appears in the other claim, they are not both examples of a list ("songs
    include "Tell Me Why" and ..." / "songs include ... "Slam Dunk"") and neither is an example named right after a
    list opener ("including Dutch and Danish" / "into Latin and other languages"; unless both fill one role: "written
    by a team of songwriters including Chip Taylor" / "written by Pete Ham"); None otherwise."""
    for va in a:
        if any(_matches(va, vb, a) for vb in b):
            continue
        for vb in b:
            example = (va.example or vb.example) and not _same_role(va, vb)
            if (same_slot(va, vb) and not (va.listed and vb.listed) and not example
                    and not any(_matches(vb, v, b) for v in a)
                    and _kind(va) == _kind(vb) and (va.type != "number" or _same_unit(va, vb))):
                return va.text, vb.text
    return None


def _matches(value: _Value, other: _Value, own: list[_Value]) -> bool:
    """``other`` (of the other claim) names ``value`` (of this claim, whose values are ``own``): the same value,
    and a shorter name only when no value of this claim is it exactly ("Hayes" of "Hayes co-wrote ... with his
    wife, Lillian Hellman" is the "Hayes" of the other claim, not its "Lillian Hayes")."""
    return _same(value, other) and (value.key == other.key or value.type != "entity"
                                     or not any(v.key == other.key for v in own))


# Words of nationality, people, region or faith ("a British author", "a Catholic priest"): a name of another kind.
_NATIONALITIES = frozenset("""afghan african albanian algerian american andalusian angolan arab arabic argentine
argentinian armenian asian assyrian australian austrian azerbaijani babylonian balinese bangladeshi basque bavarian
belarusian belgian bengali bolivian bosnian brazilian breton british buddhist bulgarian burmese byzantine
californian cambodian cameroonian canadian cantonese caribbean castilian catalan catholic celtic chechen chilean
chinese christian colombian congolese cornish corsican croatian cuban cypriot czech danish dutch ecuadorian
egyptian english eritrean estonian ethiopian european filipino finnish flemish french frisian galician gaelic
georgian german germanic ghanaian greek guatemalan haitian hawaiian hebrew hindu hispanic honduran hungarian
icelandic indian indonesian iranian iraqi irish islamic israeli italian jamaican japanese javanese jewish jordanian
kazakh kenyan korean kurdish kuwaiti latin latvian lebanese libyan lithuanian macedonian malagasy malay malaysian
maltese manchu maori mexican mongolian moroccan muslim nepalese nigerian nordic norman norwegian ottoman pakistani
palestinian panamanian persian peruvian philippine polish polynesian portuguese protestant prussian punjabi roman
romanian russian rwandan samoan saudi scandinavian scottish senegalese serbian siberian sicilian sikh singaporean
slavic slovak slovenian somali spanish sudanese swedish swiss syrian taiwanese tamil tanzanian thai tibetan
tunisian turkish ugandan ukrainian uruguayan uzbek venezuelan victorian vietnamese welsh yemeni yiddish yoruba
zambian zimbabwean""".split())


def _kind(value: _Value) -> str:
    """``nationality`` for a word of ``_NATIONALITIES`` ("British", "Serbian", "Chinese", "Catholic"), else ``name``
    (a name ending like one stays a name: "Bean", "Scorsese", "Priyadarshan"); other value types keep their type.

    >>> [_kind(_Value("entity", name, name.lower(), frozenset())) for name in ("British", "Ambler", "Bean")]
    ['nationality', 'name', 'name']
    """
    if value.type != "entity":
        return value.type
    return "nationality" if value.key in _NATIONALITIES else "name"


def _same(a: _Value, b: _Value) -> bool:
    """Equal keys; for names, one within the other ("Angela Merkel" / "Merkel"); for dates, no
    differing year or month ("May" / "May 2021")."""
    if a.type == "entity":
        words_a, words_b = _name_words(a), _name_words(b)
        return (words_a <= words_b or words_b <= words_a or _acronym(a, b) or _acronym(b, a)
                or _nationality_of(a, b) or _nationality_of(b, a))
    if a.type == "date":
        return all(x == y or not x or not y or _in_decade(x, y) or _in_decade(y, x)
                   for x, y in zip(a.key.split("-"), b.key.split("-"), strict=False))
    return a.key == b.key or (a.type == "number" and _rounded(a.key, b.key))


def _acronym(short: _Value, name: _Value) -> bool:
    """``short`` is written in capitals and spells the first letters of ``name``'s words, joiners counted or not
    ("CDU" / "Christian Democratic Union", "NASA" / "National Aeronautics and Space Administration").

    >>> _acronym(*(_Value("entity", t, t.lower(), frozenset()) for t in ("CDU", "Christian Democratic Union")))
    True
    """
    if not (short.text.isupper() and short.text.isalpha() and len(short.text) >= 2 and " " in name.key):
        return False
    words = name.key.split()
    return short.key in ("".join(w[0] for w in words), "".join(w[0] for w in words if w not in _NAME_JOINERS))


def _nationality_of(word: _Value, name: _Value) -> bool:
    """``word`` is the nationality word of the one-word place ``name`` ("Serbian" / "Serbia", "Japanese" / "Japan",
    "German" / "Germany"): one thing, told two ways.

    >>> _nationality_of(*(_Value("entity", t, t.lower(), frozenset()) for t in ("Serbian", "Serbia")))
    True
    """
    return (word.key in _NATIONALITIES and " " not in name.key and len(name.key) >= 5
            and word.key[:5] == name.key[:5] and word.key != name.key)


def _surname(short: _Value, name: _Value) -> bool:
    """``short`` is the last words of the longer ``name`` ("Green" / "Marc Green"; not "Madison" / "Madison County")."""
    words, whole = short.key.split(), name.key.split()
    return len(words) < len(whole) and whole[-len(words):] == words


def _name_words(name: _Value) -> set[str]:
    """The words of a name's key, joiners ("of", "von") aside."""
    return set(name.key.split()) - _NAME_JOINERS


def _in_decade(year: str, decade: str) -> bool:
    """``year`` lies in ``decade`` or a year beside it ("1989" and "1990" in "the late 1980s" told loosely); a decade
    is a span of years, not one of them.

    >>> _in_decade("1989", "1980s"), _in_decade("1990", "1980s"), _in_decade("1995", "1980s")
    (True, True, False)
    >>> _in_decade("1990s", "1980s")
    False
    """
    if not decade.endswith("s") or year.endswith("s") or not year.isdigit():
        return False
    start = int(decade[:4])
    return start - 1 <= int(year) <= start + 10


def _rounded(a: str, b: str) -> bool:
    """One number is the other rounded to its own precision: the same figure ("roughly 133 million" /
    "132.8 million", "8%" / "8.2%", "$1.2 billion" / "$1.19 billion").

    >>> _rounded("133", "132.8"), _rounded("1.2", "1.19"), _rounded("12", "12.0"), _rounded("41", "41.5")
    (True, True, True, False)
    >>> _rounded("51", "61"), _rounded("9-4", "7-6")
    (False, False)
    """
    try:
        x, y = Decimal(a), Decimal(b)
    except InvalidOperation:  # a score or range ("9-4")
        return False
    places_a, places_b = len(a.partition(".")[2]), len(b.partition(".")[2])
    coarse, fine = (x, y) if places_a <= places_b else (y, x)
    step = Decimal(1).scaleb(-min(places_a, places_b))
    return fine.quantize(step, rounding=ROUND_HALF_UP) == coarse
