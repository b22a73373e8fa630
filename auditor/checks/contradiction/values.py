"""How a claim is read for conflict evidence (``evidence``): its tokens, the word lists they are read with, and
its values — numbers, dates, names — with when two values are one ("Merkel" / "Angela Merkel", "CDU" / "Christian
Democratic Union", "Serbian" / "Serbia", "133 million" / "132.8 million", "1989" / "the 1980s").

Example:
    >>> _tokens("Marc Green's film, released in 1998, won $1.2 million")
    ['Marc', "Green's", 'film', ',', 'released', 'in', '1998', ',', 'won', '$', '1.2', 'million']
    >>> short, whole = (_Value("entity", name, name.lower(), frozenset()) for name in ("Merkel", "Angela Merkel"))
    >>> _same(short, whole)
    True
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

# Words that carry no slot: a value's slot is the nearest word around it that is not one of these.
_FUNCTION_WORDS = frozenset("""a an the in on at of to by for from and or with as into onto than since about around over
under nearly almost some was were is are be been being has have had its his her their our my your it he she they this
that these those which who whom whose per cent percent approximately roughly only just more less least most also
then there here after before during between until till while mr mrs ms dr sir often usually sometimes generally
typically will would shall should can could may might must""".split()) | {",", '"', "$", "£", "€", "¥", "#"}
_QUOTES = frozenset('"“”«»„')  # quote marks alone between two words give the token '"' (no opening phrase ends there)
_BREAKS = frozenset({",", '"'})

# Titles written with a full stop before a name ("Mr. Hale"): the stop does not end the name's phrase.
_TITLES = frozenset("mr mrs ms dr prof gen sen rep gov lt col capt sgt".split())
# "St. Robert", "Mt. Hood", "Ft. Worth": one name, the abbreviation read as its word ("St. Louise" is "Saint Louise")
_PLACE_ABBREVIATIONS = {"st": "saint", "mt": "mount", "ft": "fort"}

# Capitalised words that do not start a name on their own (sentence starts, pronouns, weekdays...).
_NOT_NAMES = frozenset("""the a an in on at of to by for from and or but with as after before during when while if
although though however he she it they we i you his her its their our this that these those there here his one two
monday tuesday wednesday thursday friday saturday sunday mr mrs ms dr besides among elsewhere meanwhile
unlike despite including following according jan feb mar apr jun jul aug sep sept oct nov dec some many
most all both each every no several few therefore thus hence furthermore moreover nevertheless nonetheless instead
overall still yet indeed today yesterday tomorrow tonight now currently i'm i've i'd i'll we're we've they're
you're""".split())
_ARTICLES = frozenset({"a", "an", "the"})
_NAME_JOINERS = frozenset({"of", "de", "von", "van", "der", "da", "di", "du", "la", "le", "del", "the", "y", "bin"})
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")
_ORDINAL_WORDS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                  "eleventh", "twelfth")


def _ordinal(word: str) -> bool:
    """A lower-case token that is an ordinal ("third", "3rd", "21st").

    >>> _ordinal("third"), _ordinal("21st"), _ordinal("three")
    (True, True, False)
    """
    return word in _ORDINAL_WORDS or bool(re.search(r"\d(?:st|nd|rd|th)$", word))

# A code of letters then digits ("BC2", "MLX01"): one token, neither a number nor a name.
_IDENTIFIER = re.compile(r"[^\W\d_]+\d[^\W_]*")
_DECADE = re.compile(r"(?:1[0-9]|20)\d0s")  # "the 1980s": a date that holds ten years, not a count
_INITIALS = re.compile(r"[A-Z](?:\.[A-Z])*")  # "N" of "Barry N. Malzberg", "W.H" of "W.H. Turton"
_TOKEN = re.compile(_IDENTIFIER.pattern + r"|" + _DECADE.pattern
                    + r"(?!\w)|\d+(?:[.,]\d+)*(?:st|nd|rd|th)?(?:[-–]\d+)?%?"
                    r"|[^\W\d_]+(?:[’'.&-][^\W\d_]+)*|[$£€¥#]", re.UNICODE)
_YEAR = re.compile(r"(?:1[0-9]|20)\d\d")
_YEAR_SPAN = re.compile(r"(?:1[0-9]|20)\d\d[-–/](?:\d\d|(?:1[0-9]|20)\d\d)")  # a season or fiscal year ("2015-16")
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
    follows one closely (an example: "including Dutch"), the preposition before it with the word it follows ("granted
    by") and, for a name, the kind of thing its last word tells ("university", of ``name_heads``), the kind of work it
    is the title of ("title:film") or "possessor" when it owns what follows ("Hatch's then-wife"); "" when none."""

    type: str
    text: str
    key: str
    slot: frozenset
    unit: tuple = ()
    start: int = field(default=0, compare=False)
    listed: bool = field(default=False, compare=False)
    example: bool = field(default=False, compare=False)
    preposition: str = field(default="", compare=False)
    head: str = field(default="", compare=False)


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


def _tokens(text: str) -> list[str]:
    """Words, numbers and currency signs; "," where punctuation separates two of them (a name stops there), but
    not after a title's full stop ("Mr. Hale"), nor a place abbreviation's, an initial's or a plural's apostrophe
    before a capital ("St. Robert", "Barry N. Malzberg", "Girls' Generation"); '"' where only quote marks do, or a
    quote opens (a name stops there, an opening phrase does not: 'The film "M" was ...').

    >>> _tokens("Besides British Gas, British Steel didn't rise $1.74.")
    ['Besides', 'British', 'Gas', ',', 'British', 'Steel', 'did', 'not', 'rise', '$', '1.74']
    >>> _tokens("The novel was written by Mr. Hale"), _tokens("by Barry N. Malzberg")
    (['The', 'novel', 'was', 'written', 'by', 'Mr', 'Hale'], ['by', 'Barry', 'N', 'Malzberg'])
    >>> _tokens("pop and R&B, said AT&T")
    ['pop', 'and', 'R&B', ',', 'said', 'AT&T']
    >>> _tokens("Girls' Generation sang 'Gee' at Veterans' Hall")
    ['Girls', 'Generation', 'sang', ',', 'Gee', ',', 'at', 'Veterans', 'Hall']
    >>> _tokens("at St. Robert, Ft. Worth and Missouri-St. Louis")
    ['at', 'St', 'Robert', ',', 'Ft', 'Worth', 'and', 'Missouri-St', 'Louis']
    >>> _tokens('The film "M" was shot, "Ha"')
    ['The', 'film', '"', 'M', '"', 'was', 'shot', '"', 'Ha']
    """
    text = text.replace("n’t", " not").replace("n't", " not")
    tokens: list[str] = []
    end = 0
    for match in _TOKEN.finditer(text):
        gap = text[end:match.start()].strip(" -")
        name_goes_on = bool(tokens) and (gap == "." and _name_goes_on(tokens[-1], match.group())
                                         or _plural_possessive(tokens[-1], text[end:match.start()], match.group()))
        if tokens and gap and tokens[-1] not in _BREAKS and not name_goes_on:
            tokens.append('"' if _QUOTES.issuperset(gap.replace(" ", "")) or gap[-1] in _QUOTES else ",")
        tokens.append(match.group())
        end = match.end()
    return tokens


def _name_goes_on(before: str, after: str) -> bool:
    """A full stop between ``before`` and ``after`` stays inside a name: after a title ("Mr. Hale"), and before a
    capital after a place's abbreviation ("St. Robert", "Mt. Hood") or an initial or two ("Barry N. Malzberg", "W.H.
    Turton")."""
    capital = after[:1].isupper()  # "Missouri-St. Louis" too
    return before.lower() in _TITLES or capital and (before.lower().rpartition("-")[2] in _PLACE_ABBREVIATIONS
                                                     or _INITIALS.fullmatch(before) is not None)


def _plural_possessive(before: str, gap: str, after: str) -> bool:
    """An apostrophe right after a plural and before a capital stays inside a name ("Girls' Generation", "Veterans'
    Affairs")."""
    return gap in ("' ", "’ ") and before.endswith("s") and before[:1].isupper() and after[:1].isupper()


def _bare(word: str) -> str:
    """A name word without its possessive and with one apostrophe: ``Intel’s`` -> ``intel``."""
    word = word.replace("’", "'")
    return word[:-2] if word.endswith("'s") else word


def _is_capital(token: str) -> bool:
    return token[:1].isupper()


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


# Words of faith among them: a kind of their own ("Bulgarians" / "Christians" tell two things of a people).
_FAITHS = frozenset("buddhist catholic christian hindu islamic jewish muslim protestant sikh".split())
_COMBINING = frozenset({"anglo", "franco", "afro", "sino", "indo", "austro", "greco", "italo", "russo", "judeo"})


def _kind(value: _Value) -> str:
    """``nationality`` for a word of ``_NATIONALITIES`` ("British", "Serbian", "Chinese"; also joined or plural:
    "British-American", "Anglo-Irish", "Bulgarians"), ``faith`` for one of ``_FAITHS`` ("Catholic", "Christians"), else
    ``name``
    (a name ending like one stays a name: "Bean", "Scorsese", "Priyadarshan"); other value types keep their type.

    >>> [_kind(_Value("entity", n, n.lower(), frozenset())) for n in ("British", "Ambler", "Anglo-Irish", "Christians")]
    ['nationality', 'name', 'nationality', 'faith']
    """
    if value.type != "entity":
        return value.type
    key = value.key[:-1] if value.key.endswith("s") and value.key[:-1] in _NATIONALITIES else value.key
    if key in _FAITHS:
        return "faith"
    parts = key.split("-")
    return "nationality" if all(p in _NATIONALITIES or p in _COMBINING for p in parts) and parts[-1] in _NATIONALITIES \
        else "name"


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
    """The words of a name's key, joiners ("of", "von") aside, each without a plural "s" ("Phases" is "Phase") and
    an abbreviation read as its word ("St" is "Saint").

    >>> sorted(_name_words(_Value("entity", "St Louise of Phases", "st louise of phases", frozenset())))
    ['louise', 'phase', 'saint']
    """
    return {_PLACE_ABBREVIATIONS.get(w) or _singular(w) for w in name.key.split()} - _NAME_JOINERS


def _singular(word: str) -> str:
    """``word`` without a plural "s" (not of "-ss", nor of a word of three letters or fewer: "Gas", "Bus")."""
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


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
