"""Internal contradictions: claims of one article that an NLI model finds contradictory.

Claims come from ``auditor.claims`` (clauses, attribution stripped), candidate pairs from
``auditor.pairs`` (same-topic pairs only). Each pair is scored by the NLI model in both directions;
the score is a logistic calibration (weights in ``options.calibration`` of the rule, fitted by
``scripts/calibrate_contradiction.py``) of the mean P(contradiction) and P(entailment) of the two
directions, the pair's similarity and the lexical cues of ``auditor.cues``. The reverse direction
is skipped when no reverse result could lift the pair to the threshold (checked exactly, from the
forward result), so the skip never loses a finding.

A finding's span is the later claim, ``related`` the earlier one; ``details["kind"]`` is "self"
when both claims are in the reporter's voice, "sources" when at least one is attributed
("Analysts have opined that ..."), and ``details["attribution"]`` lists both attributions.

Example:
    >>> report = Auditor({"checks": ["contradiction"]}).audit(seed_text)  # doctest: +SKIP
    >>> [(f.text, seed_text[slice(*f.related[0])]) for f in report.findings]  # doctest: +SKIP
"""

from __future__ import annotations

import math

from ..claims import Claim, extract_claims
from ..cues import ContradictionCues
from ..pairs import candidate_pairs
from .base import Check, register

RULE_ID = "contradiction.nli"


def _short(text: str, limit: int = 70) -> str:
    return text if len(text) <= limit else text[: limit - 3].rstrip() + "..."


@register
class ContradictionCheck(Check):
    name = "contradiction"

    def __init__(self, rules, config):
        super().__init__(rules, config)
        self._model = None
        rule = self.rules_by_id.get(RULE_ID)
        self.cues = ContradictionCues(rule.options["cues"]) if rule else None
        self._calibration = rule.options["calibration"] if rule else None

    @property
    def model(self):
        """The NLI model, loaded on first use (the bundled one unless ``config.nli_model`` names another)."""
        if self._model is None:
            from .. import nli

            self._model = nli.load_model(self.config.nli_model)
        return self._model

    def candidates(self, claims: list[Claim]) -> list[tuple[int, int, float]]:
        """Same-topic claim pairs ``(i, j, similarity)``, bounded by the config (see ``auditor.pairs``)."""
        return candidate_pairs([c.content for c in claims], [c.sentence for c in claims],
                               self.config.contradiction_min_similarity, max_pairs=self.config.contradiction_max_pairs)

    def score(self, claims: list[Claim], pairs: list[tuple[int, int, float]]) -> list[tuple[int, int, float]]:
        """``(i, j, score)``: the calibrated contradiction score of each pair (see the module docstring)."""
        if not pairs:
            return []
        forward = self.model.predict([claims[i].content for i, _, _ in pairs], [claims[j].content for _, j, _ in pairs])
        features = [self._features(claims[i], claims[j], similarity, probs) for (i, j, similarity), probs in zip(pairs, forward)]
        again = [k for k, f in enumerate(features) if self._best_case(f) >= self.config.contradiction_threshold]
        reverse = self.model.predict([claims[pairs[k][1]].content for k in again], [claims[pairs[k][0]].content for k in again])
        for k, probs in zip(again, reverse):
            features[k]["contradiction"] += probs["contradiction"] / 2
            features[k]["entailment"] += probs["entailment"] / 2
        return [(i, j, self.calibration(f)) for (i, j, _), f in zip(pairs, features)]

    def _features(self, a: Claim, b: Claim, similarity: float, forward: dict) -> dict[str, float]:
        """Features with the forward NLI direction only (the reverse half is added later)."""
        return {"contradiction": forward["contradiction"] / 2, "entailment": forward["entailment"] / 2,
                "similarity": similarity, **self.cues.features(a.content, b.content)}

    def _best_case(self, features: dict[str, float]) -> float:
        """The highest score any reverse-direction result could give (reverse probabilities sum to ≤ 1)."""
        return max(self.calibration({**features, "contradiction": features["contradiction"] + c / 2,
                                     "entailment": features["entailment"] + e / 2})
                   for c, e in ((1, 0), (0, 1), (0, 0)))

    def calibration(self, features: dict[str, float]) -> float:
        """Logistic calibration of the features: ``1 / (1 + exp(-(intercept + Σ weight·feature)))``."""
        weights = self._calibration["weights"]
        z = self._calibration["intercept"] + sum(w * features[name] for name, w in weights.items())
        return 1.0 / (1.0 + math.exp(-z))

    def check(self, doc):
        rule = self.rules_by_id.get(RULE_ID)
        if rule is None:
            return []
        claims = extract_claims(doc, rule)
        findings = []
        for i, j, score in self.score(claims, self.candidates(claims)):
            if score < self.config.contradiction_threshold:
                continue
            earlier, later = claims[i], claims[j]
            kind = "sources" if earlier.attribution or later.attribution else "self"
            who = " and ".join(a for a in (earlier.attribution, later.attribution) if a)
            message = (f"“{_short(later.text)}” contradicts the earlier “{_short(earlier.text)}”"
                       + (f" (attributed: {who})." if who else "."))
            findings.append(self.finding(rule, doc, later.start, later.end, score=score, fill=message,
                                         related=[(earlier.start, earlier.end)], kind=kind,
                                         attribution=[earlier.attribution, later.attribution],
                                         contents=[earlier.content, later.content]))
        return findings
