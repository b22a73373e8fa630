"""Internal contradictions: claims of one article that an NLI model finds contradictory.

The pipeline, one module each:

1. ``claims``: the article's claims (sentences, split into clauses, attribution stripped);
2. ``pairs``: candidate pairs by meaning (embedding cosine of the claims, all encoded in one call,
   plus shared names, numbers and dates);
3. ``evidence``: structured conflict evidence of each pair (another number, date or name in the same
   slot, a negation, an antonym, a clash of evaluation);
4. ``calibration``: the score, a logistic calibration of both NLI directions, the cosine and the
   evidence, fitted on real text (``scripts/calibrate_contradiction.py``). A direction is not run
   for a pair that no NLI result could lift to the threshold (an exact bound), so skipping never
   loses a finding. The threshold rises with the document's number of candidate pairs (option
   ``long_documents``): a long document makes more comparisons, so more chances of a false finding.

A finding's span is the later claim, ``related`` the earlier one, each with both marks of a quote it cuts or neither
(``claims.balanced_span``); ``details["kind"]`` is "self"
when both claims are in the reporter's voice, "sources" when at least one is attributed
("Analysts have opined that ..."), ``details["attribution"]`` lists both attributions and
``details["evidence"]`` the conflicts found (``[{"type": "number", "values": ["51st", "61st"]}]``) and
``details["threshold"]`` the document's threshold.

Example:
    >>> report = Auditor({"checks": ["contradiction"]}).audit(seed_text)  # doctest: +SKIP
    >>> [(f.text, seed_text[slice(*f.related[0])]) for f in report.findings]  # doctest: +SKIP
"""

from __future__ import annotations

from ...errors import RuleError
from ...nli.labels import NLI_LABELS
from ..base import Check, Option, names_problem, number_problem, register, shorten
from .calibration import Calibration, calibration_problem, pair_features
from .claims import Claim, balanced_span, extract_claims
from .evidence import CUE_SETTINGS, EVIDENCE_TYPES, ConflictCues, cue_problem
from .pairs import candidate_pairs

RULE_ID = "contradiction.nli"


@register
class ContradictionCheck(Check):
    """Options of rule ``contradiction.nli`` (``auditor/data/rules/contradiction.yml``; override one with
    ``Config(options={"contradiction.nli": {"threshold": 0.7}})``): ``model`` (the NLI model: null =
    bundled, a folder or a hub id), ``threshold`` (calibrated score from which a pair is reported;
    default ``calibration.threshold``), ``long_documents`` (how the threshold rises with the number of
    candidate pairs, see ``threshold_for``), ``threshold_without_evidence`` (the least score of a pair with no
    conflict evidence: NLI alone; null = the threshold), ``min_similarity`` and ``max_pairs`` (candidate-pair
    filters, see ``pairs``), and the claim, pairing, evidence and calibration settings."""

    name = "contradiction"
    options = {"clause_split": Option((str,), required=True, patterns=True),
               "discourse_markers": Option((str,), required=True, patterns=True),
               "relative_clause": Option((str,), required=True, patterns=True),
               "attribution_patterns": Option((list,), required=True, patterns=True),
               "min_words": Option((int,), required=True, minimum=0),
               "max_heading_words": Option((int, type(None)), required=True, minimum=0),
               "heading_evidence": Option((list,), required=True),
               "pairing": Option((dict,), required=True), "cues": Option((dict,), required=True),
               "calibration": Option((dict,), required=True),
               "min_similarity": Option((float, int), required=True, minimum=0, maximum=1),
               "max_pairs": Option((int,), required=True, minimum=0),
               "long_documents": Option((dict, type(None)), required=True),
               "threshold_without_evidence": Option((float, int, type(None)), minimum=0, maximum=1),
               "threshold": Option((float, int), minimum=0, maximum=1), "model": Option((str, type(None)))}

    def __init__(self, rules, config, nli=None, embedder=None):
        super().__init__(rules, config)
        self._model, self._embedder = nli, embedder
        self.rule = self.rules_by_id.get(RULE_ID)
        self.cues = ConflictCues(self.rule.options["cues"]) if self.rule else None
        self.calibration = Calibration(self.rule.options["calibration"]) if self.rule else None
        self.threshold, self.min_similarity, self.max_pairs = _limits(self.rule) if self.rule else (1.0, 1.0, 0)
        self.long_documents = self.rule.options["long_documents"] if self.rule else None
        self.without_evidence = (self.rule.options.get("threshold_without_evidence") if self.rule else None) or 0.0
        self.heading_evidence = frozenset(self.rule.options["heading_evidence"]) if self.rule else frozenset()

    @classmethod
    def validate(cls, rules) -> None:
        """The option schema, known ``cues`` and ``long_documents`` settings, and a threshold: option
        ``threshold`` or ``calibration.threshold``."""
        for rule in rules:
            for key in ("cues", "long_documents", "pairing", "calibration") if rule.id == RULE_ID else ():
                nested = _nested_problem(key, rule.options.get(key))
                if nested:
                    raise RuleError(rule.source, f"{rule.id}.options.{key}.{nested[0]}", nested[1])
            unknown = [kind for kind in rule.options.get("heading_evidence") or () if kind not in EVIDENCE_TYPES] \
                if rule.id == RULE_ID else []
            if unknown:
                raise RuleError(rule.source, f"{rule.id}.options.heading_evidence",
                                f"unknown evidence type {unknown[0]!r} (known: {', '.join(EVIDENCE_TYPES)})")
        super().validate(rules)
        for rule in rules:
            if rule.id == RULE_ID and "threshold" not in rule.options:
                threshold = rule.options["calibration"].get("threshold")
                problem = "missing" if threshold is None else cls.options["threshold"].problem(threshold)
                if problem:
                    raise RuleError(rule.source, f"{rule.id}.options.calibration.threshold",
                                    f"{problem} (the threshold, unless options.threshold is given)")

    @classmethod
    def option_problem(cls, key: str, value) -> str | None:
        """The schema's problem with ``value``, or one of its ``cues`` / ``long_documents`` settings
        (``"treshold: unknown setting (known: ...)"``), or None."""
        nested = _nested_problem(key, value)
        return super().option_problem(key, value) or (f"{nested[0]}: {nested[1]}" if nested else None)

    @property
    def model(self):
        """The NLI model, loaded on first use (the bundled one unless option ``model`` names another)."""
        if self._model is None:
            from ... import nli

            self._model = nli.load_model(self.rule.options.get("model") if self.rule else None)
        return self._model

    @model.setter
    def model(self, nli) -> None:
        self._model = nli

    @property
    def embedder(self):
        """The shared sentence embedder (``auditor.embeddings.default_embedder``)."""
        if self._embedder is None:
            from ...embeddings import default_embedder

            self._embedder = default_embedder()
        return self._embedder

    @embedder.setter
    def embedder(self, embedder) -> None:
        self._embedder = embedder

    def claims(self, doc) -> list[Claim]:
        """The document's claims (see ``claims.extract_claims``)."""
        return extract_claims(doc, self.rule)

    def candidates(self, claims: list[Claim]) -> list[tuple[int, int, float]]:
        """Claim pairs ``(i, j, cosine)`` about the same thing (see ``pairs``), bounded by ``min_similarity``
        and ``max_pairs``."""
        if len(claims) < 2:
            return []
        options = self.rule.options["pairing"]
        vectors = self.embedder.encode([c.content for c in claims])
        anchors = [self.cues.anchors(c.content) for c in claims]
        return candidate_pairs(vectors, [c.sentence for c in claims], anchors, per_claim=options["per_claim"],
                               min_similarity=self.min_similarity, anchor_bonus=options["anchor_bonus"],
                               max_pairs=self.max_pairs, speech=[c.speech for c in claims])

    def threshold_for(self, pairs: int) -> float:
        """The threshold of a document with ``pairs`` candidate pairs: ``threshold`` up to
        ``long_documents.from_pairs``, then rising linearly to ``long_documents.threshold`` at ``to_pairs``
        (a long document makes more comparisons, so more chances of a false finding).

        Example:
            >>> check = ContradictionCheck.__new__(ContradictionCheck)
            >>> check.threshold, check.long_documents = 0.7, {"from_pairs": 40, "to_pairs": 80, "threshold": 0.9}
            >>> [round(check.threshold_for(n), 3) for n in (10, 40, 60, 80, 200)]
            [0.7, 0.7, 0.8, 0.9, 0.9]
        """
        ramp = self.long_documents
        if not ramp or pairs <= ramp["from_pairs"] or ramp["threshold"] <= self.threshold:
            return self.threshold
        share = min(1.0, (pairs - ramp["from_pairs"]) / (ramp["to_pairs"] - ramp["from_pairs"]))
        return self.threshold + share * (ramp["threshold"] - self.threshold)

    def score(self, claims: list[Claim], pairs: list[tuple[int, int, float]], bound: bool = True,
              size: int | None = None) -> list[tuple[int, int, float, dict, list[dict]]]:
        """``(i, j, score, features, evidence)`` of each pair that can reach the threshold.

        NLI runs only where its result can matter: a pair whose best case (``Calibration.best_case``)
        stays under the document's threshold (``threshold_for(size)``; ``size``: the document's number of
        candidate pairs, default ``len(pairs)``; for a pair with no conflict evidence, at least
        ``threshold_without_evidence``) is dropped before the forward direction, and again before
        the reverse one, so no reportable pair is lost. ``bound=False`` scores every pair in both
        directions (the benchmark's baseline, and calibration). A pair whose claims open with two different names of
        two or more words (``ConflictCues.other_subjects``) tells two facts and is not scored. The model's
        ``predict(premises, hypotheses)`` gives one row per pair, read by ``nli_probabilities``.
        """
        threshold = self.threshold_for(len(pairs) if size is None else size) if bound else float("-inf")
        recurring = self.cues.recurring([c.content for c in claims])
        evidence = [self.cues.evidence(claims[i].content, claims[j].content, recurring) for i, j, _ in pairs]
        scored: list[list[dict]] = [[] for _ in pairs]

        def reachable(k):
            features = pair_features(scored[k], pairs[k][2], evidence[k])
            least = self.least_score(threshold, evidence[k]) if bound else threshold
            return self.calibration.best_case(features, scored[k]) >= least

        live = [k for k in range(len(pairs)) if reachable(k) and self._comparable(claims, pairs[k], evidence[k])]
        for direction in (0, 1):
            firsts, seconds = [claims[pairs[k][0]].content for k in live], [claims[pairs[k][1]].content for k in live]
            premises, hypotheses = (firsts, seconds) if direction == 0 else (seconds, firsts)
            for k, probs in zip(live, nli_probabilities(self.model.predict(premises, hypotheses), len(live)),
                                strict=True):
                scored[k].append(probs)
            if direction == 0:
                live = [k for k in live if reachable(k)]
        results = []
        for k in live:
            features = pair_features(scored[k], pairs[k][2], evidence[k])
            results.append((pairs[k][0], pairs[k][1], self.calibration.score(features), features, evidence[k]))
        return results

    def least_score(self, threshold: float, evidence: list[dict]) -> float:
        """The score a pair needs in a document with this ``threshold``: a pair with no conflict evidence (the NLI
        model alone) needs at least ``threshold_without_evidence`` as well.

            >>> check = ContradictionCheck.__new__(ContradictionCheck)
            >>> check.without_evidence = 0.72
            >>> check.least_score(0.7, []), check.least_score(0.7, [{"type": "number"}]), check.least_score(0.9, [])
            (0.72, 0.7, 0.9)
        """
        return threshold if evidence else max(threshold, self.without_evidence)

    def _comparable(self, claims: list[Claim], pair: tuple[int, int, float], evidence: list[dict]) -> bool:
        """Whether the pair is scored: not two claims opening with two different names of two or more words
        (``ConflictCues.other_subjects``: two facts), and a heading (``Claim.heading``: a headline, a caption, in its
        own shorthand) only with a value conflict of ``options.heading_evidence`` ("Council approves plan" / "The
        council rejected the plan"; not "Passengers queue at Birmingham Airport" / "… at the West Sussex airport")."""
        first, second = claims[pair[0]], claims[pair[1]]
        if (first.heading or second.heading) and not self.heading_evidence.intersection(e["type"] for e in evidence):
            return False
        return not self.cues.other_subjects(first.content, second.content)

    def check(self, doc):
        if self.rule is None:
            return []
        claims = self.claims(doc)
        pairs = self.candidates(claims)
        threshold = self.threshold_for(len(pairs))
        findings = []
        reported: set[tuple[int, str]] = set()  # a claim against a text told twice (a page's <title> and <h1>): once
        [lead] = self.rule.option_patterns("discourse_markers")
        for i, j, score, _, evidence in self.score(claims, pairs):
            earlier, later = claims[i], claims[j]
            if score < self.least_score(threshold, evidence) or (later.start, earlier.content) in reported:
                continue
            reported.add((later.start, earlier.content))
            kind = "sources" if earlier.attribution or later.attribution else "self"
            who = " and ".join(a for a in (earlier.attribution, later.attribution) if a)
            shown, other = (balanced_span(doc, c.start, c.end, lead) for c in (later, earlier))  # quote marks in pairs
            message = (f"“{shorten(doc.text[slice(*shown)], 70)}” contradicts the earlier "
                       f"“{shorten(doc.text[slice(*other)], 70)}”"
                       + (f" (attributed: {who})" if who else "")
                       + (f" — {describe(evidence)}." if evidence else "."))
            findings.append(self.finding(self.rule, doc, *shown, score=score, fill=message, related=[other], kind=kind,
                                         attribution=[earlier.attribution, later.attribution],
                                         contents=[earlier.content, later.content], evidence=evidence,
                                         threshold=round(threshold, 3)))
        return findings


def nli_probabilities(output, pairs: int) -> list[dict]:
    """An NLI model's ``predict`` output for ``pairs`` pairs as probability dicts: one row per pair, either a mapping
    with ``"entailment"`` and ``"contradiction"`` (and ``"neutral"``) probabilities, as ``auditor.nli`` returns, or
    three probabilities in the order of ``auditor.nli.NLI_LABELS`` (entailment, neutral, contradiction): a list of
    lists, a NumPy array. Anything else, or a value outside [0, 1] (logits), raises a TypeError saying what
    ``predict`` must return.

    >>> nli_probabilities([[0.1, 0.2, 0.7]], 1)
    [{'entailment': 0.1, 'neutral': 0.2, 'contradiction': 0.7}]
    >>> nli_probabilities([0.7], 1)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    TypeError: an NLI model's predict(premises, hypotheses) must return one row per pair, ...; got 0.7 for pair 1 of 1
    """
    if not hasattr(output, "__iter__") or hasattr(output, "keys"):
        raise TypeError(f"{_PREDICT_RETURNS}; got a {type(output).__name__}")
    rows = list(output)
    if len(rows) != pairs:
        raise TypeError(f"{_PREDICT_RETURNS}; got {len(rows)} rows for {pairs} pairs")
    out = []
    for n, row in enumerate(rows, 1):
        try:
            probs = dict(row) if hasattr(row, "keys") else {k: float(v) for k, v in zip(NLI_LABELS, row, strict=True)}
            values = [float(probs[name]) for name in ("entailment", "contradiction")]
        except (TypeError, ValueError, KeyError):
            raise TypeError(f"{_PREDICT_RETURNS}; got {shorten(repr(row), 80)} for pair {n} of {pairs}") from None
        if not all(0.0 <= v <= 1.0 for v in values):
            raise TypeError(f"{_PREDICT_RETURNS}; got {shorten(repr(row), 80)} (not probabilities) for pair {n}"
                            f" of {pairs}")
        out.append(probs)
    return out


_PREDICT_RETURNS = ("an NLI model's predict(premises, hypotheses) must return one row per pair, a dict of "
                    "'entailment', 'neutral' and 'contradiction' probabilities or 3 probabilities in that order")


def _limits(rule) -> tuple[float, float, int]:
    """``threshold``, ``min_similarity`` and ``max_pairs`` of the rule's options."""
    options = rule.options
    return (float(options.get("threshold", options["calibration"].get("threshold"))),
            float(options["min_similarity"]), int(options["max_pairs"]))


def _nested_problem(key: str, value) -> tuple[str, str] | None:
    """``(setting, problem)`` of the first faulty setting of a mapping option: ``cues`` (an unknown one, or a value of
    the wrong type: ``evidence.cue_problem``), ``long_documents`` (null, or whole numbers ``from_pairs`` <
    ``to_pairs`` and a ``threshold`` in [0, 1]), ``pairing`` (a whole ``per_claim`` >= 1, an ``anchor_bonus`` >= 0)
    or ``calibration`` (``calibration.calibration_problem``); None when they are fine or ``value`` is no mapping
    (the schema reports that)."""
    if not isinstance(value, dict):
        return None
    if key == "cues":
        return names_problem(value, CUE_SETTINGS, ()) or next(
            ((name, problem) for name in value if (problem := cue_problem(name, value[name]))), None)
    if key == "calibration":
        return calibration_problem(value)
    if key == "pairing":
        return _settings_problem(value, {"per_claim": (1, None, True), "anchor_bonus": (0, None, False)})
    if key != "long_documents":
        return None
    faulty = _settings_problem(value, {"from_pairs": (0, None, True), "to_pairs": (0, None, True),
                                       "threshold": (0, 1, False)})
    if faulty is None and value["to_pairs"] <= value["from_pairs"]:
        return "to_pairs", f"must be above from_pairs ({value['from_pairs']})"
    return faulty


def _settings_problem(value: dict, schema: dict[str, tuple]) -> tuple[str, str] | None:
    """The first unknown, missing or out-of-range setting of ``value``; ``schema``: name -> (lowest, highest or
    None, whole number)."""
    faulty = names_problem(value, tuple(schema), tuple(schema))
    if faulty:
        return faulty
    return next(((name, problem) for name, (low, high, whole) in schema.items()
                 if (problem := number_problem(value[name], low, high, whole))), None)


def describe(evidence: list[dict]) -> str:
    """Evidence in words: ``number 51st vs 61st; negation: not``.

    Example:
        >>> describe([{"type": "number", "values": ["51st", "61st"]}, {"type": "negation", "values": ["not"]}])
        'number 51st vs 61st; negation: not'
    """
    return "; ".join(f"{e['type']} {e['values'][0]} vs {e['values'][1]}"
                     if len(e["values"]) == 2 and e["type"] not in ("negation", "denial")
                     else f"{e['type']}: {', '.join(e['values'])}" for e in evidence)
