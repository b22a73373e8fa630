"""Offline sentence splitting with nltk's Punkt algorithm.

Punkt needs parameters that ``nltk.download("punkt")`` would fetch; this module builds them
from the abbreviation and sentence-starter lists shipped in ``auditor/data`` so nothing is downloaded.

Example:
    >>> text = "Dr. Lee left at 5 p.m. on Jan. 3. He paid $2.5m."
    >>> [text[s:e] for s, e in sentence_spans(text)]
    ['Dr. Lee left at 5 p.m. on Jan. 3.', 'He paid $2.5m.']
"""

from functools import lru_cache
from importlib import resources

from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer


def _word_list(name: str) -> set[str]:
    text = resources.files("auditor").joinpath("data/" + name).read_text("utf-8")
    return {line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")}


@lru_cache(maxsize=1)
def punkt_tokenizer() -> PunktSentenceTokenizer:
    """The shared Punkt tokenizer, built once from the shipped word lists."""
    params = PunktParameters()
    params.abbrev_types = _word_list("punkt_abbreviations.txt")
    params.sent_starters = _word_list("punkt_sentence_starters.txt")
    return PunktSentenceTokenizer(params)


MAX_SENTENCE_CHARS = 2000
"""Longer runs without sentence punctuation are cut (at the last space before the limit): news
sentences are far shorter, and every per-sentence step of the checks stays bounded."""


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence ``(start, end)`` offsets into ``text`` within ``text[start:end]``, whitespace trimmed,
    none longer than ``MAX_SENTENCE_CHARS``."""
    end = len(text) if end is None else end
    chunk = text[start:end]
    spans = []
    for s, e in punkt_tokenizer().span_tokenize(chunk):
        while s < e:
            while s < e and chunk[s].isspace():
                s += 1
            cut = e
            if cut - s > MAX_SENTENCE_CHARS:
                space = chunk.rfind(" ", s + 1, s + MAX_SENTENCE_CHARS)
                cut = space if space > s else s + MAX_SENTENCE_CHARS
            stop = cut
            while stop > s and chunk[stop - 1].isspace():
                stop -= 1
            if s < stop:
                spans.append((start + s, start + stop))
            s = cut
    return spans
