"""Candidate claim pairs for NLI: pairs that talk about the same thing, found by meaning.

Two claims can only contradict each other when they share a referent (the same event, actor, place
or figure). The contents are compared by sentence-embedding cosine (all-MiniLM-L6-v2, see
``auditor.embeddings``), which sees "12 people were killed" and "the death toll of seven" as close
where a word-overlap measure sees nothing; a shared name, number or date (``anchors``) adds
``anchor_bonus`` to the ranking. A pair is kept when

* its claims come from different sentences (clauses of one sentence are not compared) and are not
  word-for-word repeats (cosine 1), which would crowd the real partners out;
* its cosine is at least ``min_similarity``;
* it is among the ``per_claim`` closest partners of one of its claims: a claim's contradiction is a
  restatement of it with something changed (a negation, another number), so it ranks near the top;
* not both claims are direct speech (``Claim.speech``): characters in dialogue and quoted sources
  disagree with each other, which is no inconsistency of the text;
* at most ``max_pairs`` pairs, closest first, bound the NLI cost of very long articles.

Example:
    >>> import numpy as np
    >>> vectors = np.array([[1, 0], [0, 1], [0.9, 0.436], [0.6, 0.8]], dtype=np.float32)
    >>> candidate_pairs(vectors, [0, 1, 2, 3], [set(), set(), set(), set()], per_claim=1, min_similarity=0.5)
    [(0, 2, 0.9), (2, 3, 0.8888), (1, 3, 0.8)]
"""

from __future__ import annotations

import numpy as np

_REPEAT = 0.99999  # the cosine of a claim repeated word for word: a repeat cannot contradict itself


def candidate_pairs(vectors: np.ndarray, sentences: list[int], anchors: list[set], *, per_claim: int = 3,
                    min_similarity: float = 0.3, anchor_bonus: float = 0.1, max_pairs: int = 200,
                    speech: list[bool] | None = None) -> list[tuple[int, int, float]]:
    """``(i, j, cosine)`` with ``i < j``, closest first, for unit ``vectors`` of the claims (one row
    each), their sentence indices and anchor sets; see the module docstring for the filters. Two claims
    that are both direct speech (``speech``) are no pair: dialogue and quoted sources disagree freely."""
    n = len(sentences)
    if n < 2 or max_pairs <= 0:
        return []
    cosine = np.asarray(vectors, dtype=np.float32) @ np.asarray(vectors, dtype=np.float32).T
    rank = cosine.copy()
    for i in range(n):
        for j in range(i + 1, n):
            if anchors[i] & anchors[j]:
                rank[i, j] += anchor_bonus
                rank[j, i] += anchor_bonus
    sentence = np.asarray(sentences)
    rank[(sentence[:, None] == sentence[None, :]) | (cosine < min_similarity) | (cosine > _REPEAT)] = -np.inf
    if speech is not None:
        spoken = np.asarray(speech, dtype=bool)
        rank[spoken[:, None] & spoken[None, :]] = -np.inf
    kept: set[tuple[int, int]] = set()
    for i in range(n):
        for j in np.argsort(-rank[i], kind="stable")[:per_claim]:
            if np.isfinite(rank[i, j]):
                kept.add((min(i, int(j)), max(i, int(j))))
    ranked = sorted(kept, key=lambda p: (-rank[p], p))
    return [(i, j, round(float(cosine[i, j]), 4)) for i, j in ranked[:max_pairs]]
