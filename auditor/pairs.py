"""Candidate claim pairs for NLI: only pairs that talk about the same thing.

Two claims can only contradict each other when they share a referent (the same event, actor,
place or figure), and a shared referent shows up as shared content words. So pairs are ranked by
TF-IDF cosine similarity of their contents (stop words removed, fitted on the article itself so
words frequent in this article weigh less) and a pair is kept when

* the similarity is at least ``min_similarity`` (the default 0.01 means: at least one shared
  content word): pairs with no shared content word have no common referent for NLI to judge — and NLI models trained on SNLI call such unrelated pairs
  "contradiction" (captions of different scenes), so scoring them adds false findings, not recall;
* it is among the ``per_claim`` most similar partners of one of its claims: a claim's
  contradiction is its closest restatement with something changed (a negation, another number).
  On fixtures/contradiction these two filters keep 19 of the 20 planted pairs with 9.5 pairs per
  article instead of 66; the miss shares no word ("12 people were killed" / "the death toll of
  seven") — synonyms are the known blind spot of a lexical filter;
* the claims come from different sentences (clauses of one sentence are not compared);
* at most ``max_pairs`` pairs, most similar first, bound the NLI cost of very long articles.

Example:
    >>> pairs = candidate_pairs(["The bridge reopens on Monday", "Tickets cost five euros",
    ...                          "The bridge will not reopen until June"], [0, 1, 2])
    >>> [(i, j) for i, j, _ in pairs]
    [(0, 2)]
"""

from __future__ import annotations

from sklearn.feature_extraction.text import TfidfVectorizer


def candidate_pairs(contents: list[str], sentences: list[int], min_similarity: float = 0.01,
                    per_claim: int = 4, max_pairs: int = 200) -> list[tuple[int, int, float]]:
    """``(i, j, similarity)`` with ``i < j``, most similar first; see the module docstring for the filters."""
    if len(contents) < 2:
        return []
    vectorizer = TfidfVectorizer(stop_words="english", sublinear_tf=True, token_pattern=r"(?u)\b\w[\w’'-]*\b")
    try:
        vectors = vectorizer.fit_transform(contents)
    except ValueError:  # only stop words
        return []
    similarity = (vectors @ vectors.T).toarray()
    nearest: set[tuple[int, int]] = set()
    for i in range(len(contents)):
        partners = [int(j) for j in similarity[i].argsort()[::-1]
                    if j != i and sentences[j] != sentences[i] and similarity[i, j] >= min_similarity]
        nearest.update((min(i, j), max(i, j)) for j in partners[:per_claim])
    ranked = sorted(nearest, key=lambda p: (-similarity[p], p))
    return [(i, j, round(float(similarity[i, j]), 4)) for i, j in ranked[:max_pairs]]
