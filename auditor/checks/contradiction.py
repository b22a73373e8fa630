"""Internal contradictions: claims of one article that an NLI model finds contradictory.

Claims come from ``auditor.claims`` (clauses, attribution stripped), candidate pairs from
``auditor.pairs`` (same-topic pairs only). Each pair is scored by the NLI model in both directions;
the score is a logistic calibration (weights in ``options.calibration`` of the rule, fitted by
``scripts/calibrate_contradiction.py``) of the mean P(contradiction) and P(entailment) of the two
directions, the pair's similarity and the lexical cues of ``auditor.cues``. A direction is not run
for a pair that no NLI result could lift to the threshold (an exact bound, see ``score``), so
skipping never loses a finding.

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
from .base import Check, register, shorten

RULE_ID = "contradiction.nli"


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

    def score(self, claims: list[Claim], pairs: list[tuple[int, int, float]],
              bound: bool = True) -> list[tuple[int, int, float]]:
        """``(i, j, score)``: the calibrated contradiction score of each pair that can reach the threshold.

        NLI runs only where its result can matter: a pair whose best case (NLI contradiction 1, or
        entailment 1, or neither, in the directions not yet scored) stays under the threshold is
        dropped before the forward direction, and again before the reverse one. Both bounds are exact
        (the probabilities of one direction sum to 1), so no reportable pair is lost. ``bound=False``
        scores every pair in both directions (the benchmark's baseline).
        """
        threshold = self.config.contradiction_threshold if bound else float("-inf")
        features = [{"contradiction": 0.0, "entailment": 0.0, "similarity": similarity,
                     **self.cues.features(claims[i].content, claims[j].content)} for i, j, similarity in pairs]
        live = [k for k in range(len(pairs)) if self._best_case(features[k], directions_left=2) >= threshold]
        for direction in (0, 1):
            premises = [claims[pairs[k][direction]].content for k in live]
            hypotheses = [claims[pairs[k][1 - direction]].content for k in live]
            for k, probs in zip(live, self.model.predict(premises, hypotheses)):
                features[k]["contradiction"] += probs["contradiction"] / 2
                features[k]["entailment"] += probs["entailment"] / 2
            if direction == 0:
                live = [k for k in live if self._best_case(features[k], directions_left=1) >= threshold]
        return [(pairs[k][0], pairs[k][1], self.calibration(features[k])) for k in live]

    def _best_case(self, features: dict[str, float], directions_left: int) -> float:
        """The highest score the NLI directions not yet scored could give (each adds ≤ 1/2 in total)."""
        share = directions_left / 2
        return max(self.calibration({**features, "contradiction": features["contradiction"] + c * share,
                                     "entailment": features["entailment"] + e * share})
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
            message = (f"“{shorten(later.text, 70)}” contradicts the earlier “{shorten(earlier.text, 70)}”"
                       + (f" (attributed: {who})." if who else "."))
            findings.append(self.finding(rule, doc, later.start, later.end, score=score, fill=message,
                                         related=[(earlier.start, earlier.end)], kind=kind,
                                         attribution=[earlier.attribution, later.attribution],
                                         contents=[earlier.content, later.content]))
        return findings
