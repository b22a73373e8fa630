"""Is a text English? Counted by function words: the checks whose rules or models read English only (the contradiction
check's NLI model and conflict cues) leave other languages alone, and the disclosure classifier picks its threshold.

Example:
    >>> looks_english("This post was drafted with an AI assistant."), looks_english("Dieser Text wurde übersetzt.")
    (True, False)
    >>> looks_foreign("Ob der Bundestag zustimmt, ist noch unklar."), looks_foreign("* Hugh Wilson * Craig Safan")
    (True, False)
"""

from __future__ import annotations

import re

_ENGLISH_WORDS = frozenset(
    "the a an of to and in on for with by is was are were be been this that it i you we my your our me as at from "
    "or not have has had will would can could please here what which who".split())
# Function words of German, French, Spanish, Italian, Portuguese and Dutch that are no English words ("die", "was",
# "um", "van", "met", "do", "no", "con" are left out).
_OTHER_WORDS = frozenset(
    "der das und ist nicht mit von zu dem ein eine einer wird wurde sich auf für auch noch nach bei aus wie oder "
    "le la les et est des une du pas que qui dans pour sur avec ce cette sont aux "
    "el los las y es del por para una su al muy pero como "
    "il di che non gli della sono nel dei delle alla anche "
    "os é da dos das em uma não com pelo pela "
    "het een niet voor zijn wordt ook naar bij".split())
_ASCII_WORD = re.compile(r"[a-z]+(?:['’][a-z]+)?")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def looks_english(text: str) -> bool:
    """At least 2 words, and a fifth of all (runs of ASCII letters), are common English function words."""
    words = _ASCII_WORD.findall(text.lower())
    hits = sum(w in _ENGLISH_WORDS for w in words)
    return hits >= 2 and hits >= 0.2 * len(words)


def looks_foreign(text: str) -> bool:
    """At least 2 function words of another European language, and more of them than English ones (a list of names
    has neither)."""
    words = _WORD.findall(text.lower())
    other = sum(w in _OTHER_WORDS for w in words)
    return other >= 2 and other > sum(w in _ENGLISH_WORDS for w in words)
