"""Where a claim's values sit (``evidence``): the slot words around a value, the role it fills (the agent of a
passive verb, the complement of a copula), the frame two claims share, and the first value pair of one slot that
conflicts.

Example:
    >>> sorted(_slot("the show ended after its 61st season".split(), 5, 6))
    ['ended', 'season', 'show']
    >>> sorted(_agent_slot("the novel was written by jon berg".split(), 5))
    ['by:written']
"""

from __future__ import annotations


from .values import (_ARTICLES, _FUNCTION_WORDS, _MAGNITUDES, _MONEY_SIGNS, _MONEY_WORDS, _ordinal,
                     _PERCENT_WORDS, _TITLES, _Value, _kind, _matches)


def _value_words(values: dict) -> set[str]:
    """The lower-case words of every value (number, date, name) of both claims of a pair."""
    return {w.lower() for va, vb in values.values() for v in va + vb for w in v.text.split()}


def _count_words(numbers: tuple[list[_Value], list[_Value]]) -> set[str]:
    """The words counted or measured by the numbers of a pair ("years" of "the first two years", "dollars",
    "percent", "million"): part of the figure, not of its frame."""
    heads = {w for values in numbers for v in values if _counted(v.unit) for w in v.unit[1]}
    return heads | {f"{w}s" for w in heads} | _MONEY_WORDS | _PERCENT_WORDS | _MAGNITUDES


def _frame_words(lower: list[str], taken: set[str] | frozenset[str]) -> set[str]:
    """A claim's content words, the value words ``taken`` aside."""
    return {w for w in lower if w not in _FUNCTION_WORDS and w not in taken}


def _shared_frame(la: list[str], lb: list[str], taken: set[str]) -> float:
    """Share of the shorter claim's content words (the value words ``taken`` aside) found in the other."""
    wa, wb = _frame_words(la, taken), _frame_words(lb, taken)
    return len(wa & wb) / min(len(wa), len(wb)) if wa and wb else 0.0


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
    if _ordinal(lower[end - 1]):
        return ("ordinal",)
    heads: list[str] = []
    while k < len(lower) and len(heads) < 2 and lower[k] != ",":
        if lower[k] not in _FUNCTION_WORDS and not lower[k][0].isdigit():
            heads.append(lower[k][:-1] if lower[k].endswith("s") and len(lower[k]) > 3 else lower[k])
        k += 1
    return ("count", frozenset(heads))


_PREPOSITIONS = frozenset("""by to from for with into onto against of in at on near about over under between after
before since until during than as without within inside toward towards via""".split())
_PLACE_PREPOSITIONS = frozenset({"in", "at", "on", "within", "inside"})


def _preposition(lower: list[str], i: int, end: int) -> str:
    """``"<word> <preposition>"`` of the preposition right before the value ``lower[i:end]`` (an article between) and
    the word it follows ("granted to" of "granted to the school"; "at", "on", "within" ... read as "in"); ``"<verb> "``
    when the value is the object of a verb in the past ("acquired " of "acquired Co-Brand Dynamics": another role than
    "acquired by"); ``"<verb> by"`` when the value opens the claim (or what follows a comma) right before a verb in the
    past: its agent ("The Environment Agency issued" is who "issued by" names, not what "issued for Millbrook" does);
    "" when none.

    >>> _preposition("a charter granted by elizabeth".split(), 4, 5), _preposition("sold to the city".split(), 3, 4)
    ('granted by', 'sold to')
    >>> _preposition("the firm acquired co-brand".split(), 3, 4), _preposition("the agency issued".split(), 1, 2)
    ('acquired ', 'issued by')
    """
    k = i - 1
    if k >= 0 and lower[k] in _ARTICLES:
        k -= 1
    if k >= 0 and _past(lower[k]):
        return f"{lower[k]} "  # the object of a verb in the past ("acquired Co-Brand Dynamics")
    if (k < 0 or lower[k] == ",") and end < len(lower) and _past(lower[end]):
        return f"{lower[end]} by"  # the subject of a verb in the past: its agent
    if k < 1 or lower[k] not in _PREPOSITIONS or not lower[k - 1][:1].isalpha():
        return ""
    return f"{lower[k - 1]} {'in' if lower[k] in _PLACE_PREPOSITIONS else lower[k]}"


def _past(word: str) -> bool:
    """A verb in the past, by its form ("acquired", "issued")."""
    return word.endswith("ed") and word.isalpha() and word not in _FUNCTION_WORDS


# Nouns of a work's kind, each with the kind it tells ("movie" is a film): a name right after one is the work's title.
_WORKS = {"film": "film", "movie": "film", "song": "song", "single": "song", "album": "album", "novel": "book",
          "book": "book", "play": "play", "musical": "play", "series": "show", "show": "show", "game": "game",
          "opera": "opera", "poem": "poem", "painting": "painting"}


def _titled(lower: list[str], i: int) -> str:
    """The kind of work whose title token ``i`` opens, after the noun of its kind ("the 2013 film "The Double"": film;
    "the album "Thriller"": album), or "".

    >>> _titled('the 2013 film " the double "'.split(), 5), _titled("the album thriller".split(), 2)
    ('film', 'album')
    """
    k = i - 1
    while k >= 0 and (lower[k] == '"' or lower[k] in _ARTICLES):
        k -= 1
    return _WORKS.get(lower[k], "") if k >= 0 else ""


_AMOUNT_VERBS = frozenset({"cost", "costs", "costing", "worth", "valued", "priced", "totals", "totaled", "totalled",
                           "totaling", "totalling", "budgeted"})
_CURRENCY_CODES = frozenset("usd cad eur gbp aud nzd jpy chf cny rmb inr hkd sgd sek nok dkk zar brl mxn krw".split())
_APPROXIMATORS = frozenset({"about", "nearly", "roughly", "some", "an", "estimated", "at", "almost", "around", "over",
                            "more", "less", "than", "up", "to", "just", "under", "only"})


def _priced(lower: list[str], value: _Value) -> str | None:
    """The thing a money figure is the amount of: the noun the figure modifies ("a $45 million plan": plan) or the
    claim's subject when an amount verb governs the figure ("The plan, which will cost $60 million": plan); None
    otherwise.

    >>> money = _Value("number", "45", "45", frozenset(), ("money",), start=3)
    >>> _priced("approved a $ 45 million plan".split(), money)
    'plan'
    >>> _priced("the plan , which will cost $ 60 million".split(), _Value("number", "60", "60", frozenset(), ("money",),
    ...                                                                 start=7))
    'plan'
    """
    if value.unit[:1] != ("money",):
        return None
    k = value.start + 1
    while k < len(lower) and (lower[k] in _MAGNITUDES or lower[k] in _MONEY_WORDS or lower[k] in _CURRENCY_CODES):
        k += 1
    if k < len(lower) and lower[k].isalpha() and lower[k] not in _FUNCTION_WORDS:
        return lower[k]
    j = value.start - 1
    while j >= 0 and (lower[j] in _MONEY_SIGNS or lower[j] in _APPROXIMATORS):
        j -= 1
    return _head(lower) if j >= 0 and lower[j] in _AMOUNT_VERBS else None


def _same_unit(a: _Value, b: _Value) -> bool:
    """Two numbers of one unit: money with money, percent with percent, counts that share a head word
    or lack one; a change only with a change of that unit (``ConflictCues._change``)."""
    if a.unit[:1] != b.unit[:1]:
        return False
    return not _counted(a.unit) or not a.unit[1] or not b.unit[1] or bool(a.unit[1] & b.unit[1])


def _counted(unit: tuple) -> bool:
    """A count of something, a level or a change (``unit[0]`` "count" or "count change"; ``_Value.unit``)."""
    return unit[0].split()[0] == "count"


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
_DESCRIBING = _ARTICLES | {"and"}  # the function words a description may hold


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
    >>> sorted(_copula_slot("the producer of hand held is none other than cody".split(), 9))
    ['by:produced']
    """
    k = start - 1
    if k >= 0 and lower[k] == '"':  # a quoted name: 'is called "X"'
        k -= 1
    if k >= 2 and lower[k - 2:k + 1] == ["none", "other", "than"]:  # "is none other than X": X itself
        k -= 3
    if k >= 0 and lower[k] in _TITLES:
        k -= 1
    if k >= 0 and lower[k] in ("named", "called", ","):  # a description first: "is a science fiction writer named X"
        k = _described_copula(lower, k) or k
    elif k >= 0 and lower[k] in _ARTICLES:
        k -= 1
    if k < 1 or lower[k] not in _COPULAS:
        return frozenset()
    head = _head(lower, k)
    return frozenset({f"by:{_AGENT_NOUNS[head]}" if head in _AGENT_NOUNS else f"be:{head}"}) if head else frozenset()


def _as_agents(lower: list[str]) -> list[str]:
    """A claim's words with each role noun as its agent verb ("screenwriter" -> "written")."""
    return [_AGENT_NOUNS.get(w, w) for w in lower]


def _same_role(a: _Value, b: _Value, kinds: tuple[str, ...] = ("by:", "be:")) -> bool:
    """Two values that fill one role of ``kinds``: the agent of one verb ("by:written") or the complement of one copula
    ("be:capital"); ``kinds=("by:",)``: agents only."""
    return any(w.startswith(kinds) for w in a.slot & b.slot)


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


def _slot_conflict(a: list[_Value], b: list[_Value], same_slot=lambda x, y: bool(x.slot & y.slot),
                   prefer=lambda x, y: 0) -> tuple[str, str] | None:
    """Texts of a value of ``a`` and a value of ``b`` in the same slot (``same_slot``; default: their slots
    share a word), when neither value appears in the other claim, they are not both examples of a list ("songs
    include "Tell Me Why" and ..." / "songs include ... "Slam Dunk"") and neither is an example named right after a
    list opener ("including Dutch and Danish" / "into Latin and other languages"; unless both fill one role: "written
    by a team of songwriters including Chip Taylor" / "written by Pete Ham"), and their roles and kinds agree
    (``_roles_agree``, ``_heads_agree``); None otherwise. Of several such pairs, the first that ranks highest by
    ``prefer`` (a key of two values; default: all equal, so the first): the pair shown to the editor."""
    found = []
    for va in a:
        if any(_matches(va, vb, a) for vb in b):
            continue
        for vb in b:
            example = (va.example or vb.example) and not _same_role(va, vb)
            if (same_slot(va, vb) and _roles_agree(va, vb) and not (va.listed and vb.listed) and not example
                    and not any(_matches(vb, v, b) for v in a)
                    and _kind(va) == _kind(vb) and _heads_agree(va, vb)
                    and (va.type != "number" or _same_unit(va, vb))):
                found.append((va, vb))
    if not found:
        return None
    va, vb = max(found, key=lambda pair: prefer(*pair))  # max keeps the first of equal keys
    return va.text, vb.text


def _roles_agree(a: _Value, b: _Value) -> bool:
    """Not two roles: the values follow no preposition, or the same one, or prepositions after different words
    ("granted by Elizabeth I" / "granted to John Lyon" are two roles; "sold to A" / "used by B" may be one), but not a
    place and another role ("located in St. Louis" / "renamed to Fontbonne University"; "of" may belong to the place:
    "located in the state of Meghalaya" / "located in Mongolia"), and they are not the agents of two passive verbs
    ("produced by A" / "directed by B"; a noun's "by" may name the same role: "music by A" / "composed by B").

    >>> from dataclasses import replace
    >>> value = _Value("entity", "A", "a", frozenset())
    >>> _roles_agree(replace(value, preposition="granted by"), replace(value, preposition="granted to"))
    False
    """
    verb_a, _, preposition_a = a.preposition.partition(" ")
    verb_b, _, preposition_b = b.preposition.partition(" ")
    agents_a, agents_b = ({w for w in v.slot if w.startswith("by:") and w.endswith(("ed", "en", "wn"))} for v in (a, b))
    if agents_a and agents_b and not agents_a & agents_b:  # "produced by A" / "directed by B"
        return False
    if preposition_a and preposition_b and "of" not in (preposition_a, preposition_b) \
            and (preposition_a == "in") != (preposition_b == "in"):
        return False  # a place against another role: "located in St. Louis" / "renamed to Fontbonne University"
    return not (verb_a and verb_a == verb_b and preposition_a != preposition_b)


def _heads_agree(a: _Value, b: _Value) -> bool:
    """Not two kinds of thing by their names' last words ("Private University Act" / "North South University": a law
    and a school; ``name_heads``; a name of no known kind, "Nancy Meyers", agrees with any), nor a work's title and
    another name ("the 2013 film "The Double"" / "Richard Ayoade"), nor two kinds of work ("featured in the 1976 film "A
    Star is Born"" / "featured in the album "Thriller""); a possessor fills no slot ("written by Hatch's then-wife,
    Jackie Trent": the wife does)."""
    if "possessor" in (a.head, b.head):
        return False
    if a.head.startswith("title:") != b.head.startswith("title:"):
        return False
    return not a.head or not b.head or a.head == b.head
