"""Hedged or unsupported assertions: precise rules for explained warnings, a fine-tuned MiniLM for recall.

Rules (``auditor/data/rules/hedge.yml``) find vague or passive attribution, doubt words, interested
parties, speculation and probability words, beliefs and appearances; their spans follow ``spans``
(subject + verb, determiner + label + noun phrase, modal + predicate), never across a line break.
Overlapping spans give one finding, of the rule listed first in ``hedge.yml``; the other rule ids are in
``details["also"]``. The model (``model.HedgeModel``) scores every sentence no rule matched, all in one
batch, and reports its cue word at ``info`` with its score (rule ``hedge.classifier``).

Voice: a cue inside a direct quote is ``"quote"``, inside indirect speech ("He said the city could
absorb the cost", "declined to say by how much they might fall") ``"indirect"``, otherwise
``"reporter"``; ``details["speaker"]`` names who speaks. Severity: the rule's, one step lower for
``downgrade_groups``/``downgrade_if_sentence`` matches (weak modals, legal "alleged", "claimed
responsibility") and one step lower when a specific speaker (a name or he/she/they, not "experts" or "a
source") says it; such a finding has the rule's ``speaker_message`` where it has one ("{speaker}": who; a
"he"/"she" the document model resolves gives the name, any other pronoun "an unnamed source ('she')").
Every finding has ``details`` ``voice``, ``speaker``, ``named_source``, ``sentence`` ([start, end]) and ``cue``.

Decisions: "is expected to" is not flagged (wire copy uses it for scheduled events); "could not be reached
for comment" and "could not be verified" are not speculation, nor are modals in an "if" or "whether"
clause; "claimed the lives", "claimed victory/the title" are not doubt verbs; "claimed responsibility"
and "alleged" in legal sentences are reported at info.

Example:
    >>> from auditor import Auditor
    >>> report = Auditor({"checks": ["hedge"]}).audit("However, experts say the dam may fail within a year.")
    >>> [(f.rule, f.text, f.severity) for f in report.findings]
    [('hedge.vague-attribution', 'experts say', 'warning'), ('hedge.speculation', 'may fail', 'info')]
"""

from __future__ import annotations

from functools import cached_property
from typing import Any

from ...document import Document
from ...errors import RuleError
from ...findings import SEVERITIES, Finding
from ...rules import Rule, RuleMatch
from ..base import Check, Option, register, rule_matches, shorten
from .model import HedgeModel
from .spans import expand_noun_phrase, expand_predicate, expand_subject, line_bounds

__all__ = ["HedgeCheck", "HedgeModel", "expand_noun_phrase", "expand_predicate", "expand_subject"]

MODEL_RULE = "hedge.classifier"
EXPAND_MODES = ("subject", "noun-phrase", "predicate")  # how a rule's span grows (options.expand)
_PRONOUNS = {"he", "she", "they", "i", "we"}
_VAGUE_SOURCE_RULES = ("hedge.vague-attribution", "hedge.weasel-passive")


def _weaker(severity: str, steps: int) -> str:
    return SEVERITIES[max(0, SEVERITIES.index(severity) - steps)]


@register
class HedgeCheck(Check):
    """Applies the ``hedge.*`` rules, then the model to the sentences no rule matched (one batch).

    Options of rule ``hedge.classifier``: ``model`` (a model folder; null = bundled), ``threshold``
    (P(hedged) from which a sentence is reported; null = the model's own, chosen on real dev data;
    ``Config(options={"hedge.classifier": {"threshold": 0.9}})``), ``ignore_cues``, ``open_question_words`` (a cue
    right before one opens an open question, no hedge: "It is unclear whether the dam could fail") and ``approximators``
    (such a cue right before a figure rounds it, no hedge: "Some 167 flights have been axed")."""

    name = "hedge"
    options = {"expand": Option((str, dict)), "max_words": Option((int,), minimum=0),
               "downgrade_groups": Option((list,), items=str),
               "downgrade_if_sentence": Option((list, str), patterns=True),
               "skip_if_sentence": Option((list, str), patterns=True),
               "model": Option((str, type(None))), "ignore_cues": Option((list,), items=str),
               "open_question_words": Option((list,), items=str), "approximators": Option((list,), items=str),
               "threshold": Option((float, int, type(None)), minimum=0, maximum=1),
               "speaker_message": Option((str,))}

    @classmethod
    def option_problem(cls, key: str, value) -> str | None:
        """The schema's problem, or for ``expand`` a mode that is not one of ``EXPAND_MODES`` (also as a
        ``{group: mode}`` value)."""
        problem = super().option_problem(key, value)
        if problem or key != "expand":
            return problem
        modes = value.values() if isinstance(value, dict) else [value]
        bad = next((m for m in modes if m not in EXPAND_MODES), None)
        return None if bad is None else f"{bad!r} is not one of {', '.join(EXPAND_MODES)}"

    @classmethod
    def validate(cls, rules) -> None:
        """The schema, then the group names of ``expand`` and ``downgrade_groups``: named groups of the rule's
        patterns (another name never matches)."""
        super().validate(rules)
        for rule in rules:
            groups = {g for p in rule.patterns for g in p.groupindex}
            expand = rule.options.get("expand")
            for key, named in (("expand", expand if isinstance(expand, dict) else {}),
                               ("downgrade_groups", rule.options.get("downgrade_groups", []))):
                unknown = sorted(set(named) - groups)
                if unknown:
                    raise RuleError(rule.source, f"{rule.id}.options.{key}", f"{unknown[0]!r} is no named group of the "
                                    f"rule's patterns (groups: {', '.join(sorted(groups)) or 'none'})")

    def __init__(self, rules, config, model: HedgeModel | None = None):
        super().__init__(rules, config)
        if model is not None:
            self.model = model
        self._sentence_regexes = {
            (rule.id, key): rule.option_patterns(key)
            for rule in rules for key in ("skip_if_sentence", "downgrade_if_sentence")
        }

    @cached_property
    def model(self) -> HedgeModel:
        return HedgeModel.load(self.rules_by_id[MODEL_RULE].options.get("model"))

    def check(self, doc: Document) -> list[Finding]:
        model_scores = None
        if MODEL_RULE in self.rules_by_id:  # one batch: every sentence of the document
            model_scores = self.model.score([s.text for s in doc.sentences])
        candidates = [self._candidate(rule, doc, match, span.end)
                      for rule in self.rules if rule.patterns for match, span in rule_matches(rule, doc)]
        findings = self._one_per_span([c for c in candidates if c is not None], doc, model_scores)
        if model_scores is not None:
            muted = [start for start, _ in self.muted_spans(doc)]
            findings += self._model_findings(doc, [f.start for f in findings] + muted, model_scores)
        return sorted(findings, key=lambda f: (f.start, f.end))

    def _candidate(self, rule: Rule, doc: Document, match: RuleMatch, ceiling: int):
        sentence = doc.sentence_at(match.start)
        floor, ceiling = (sentence.start, sentence.end) if sentence else (0, ceiling)
        sentence_text = doc.text[floor:ceiling]
        if any(r.search(sentence_text) for r in self._sentence_regexes[rule.id, "skip_if_sentence"]):
            return None
        groups = {g for g, v in match.match.groupdict().items() if v is not None}
        floor, ceiling = line_bounds(doc.text, floor, ceiling, match.start, match.end)
        mode = rule.options.get("expand")
        if isinstance(mode, dict):
            mode = next((m for g, m in mode.items() if g in groups), None)
        max_words = int(rule.options.get("max_words", 6))
        start, end = match.start, match.end
        if mode == "subject":
            start = expand_subject(doc.text, floor, start, max_words)
        elif mode == "noun-phrase":
            start, end = expand_noun_phrase(doc.text, start, end, ceiling, max_words)
        elif mode == "predicate":
            end = expand_predicate(doc.text, end, ceiling, max_words)
        steps = int(bool(groups & set(rule.options.get("downgrade_groups", [])))) + int(
            any(r.search(sentence_text) for r in self._sentence_regexes[rule.id, "downgrade_if_sentence"]))
        return rule, start, end, match.start, match.end, steps

    def _one_per_span(self, candidates, doc: Document, model_scores=None) -> list[Finding]:
        kept: list[list] = []
        for rule, start, end, cue_start, cue_end, steps in candidates:  # rules arrive in file order
            other = next((k for k in kept if k[1] < end and start < k[2]), None)
            if other is None:
                kept.append([rule, start, end, cue_start, cue_end, steps, []])
            elif rule.id != other[0].id and rule.id not in other[6]:
                other[6].append(rule.id)
        vague = [(k[1], k[2]) for k in kept if k[0].id in _VAGUE_SOURCE_RULES]
        return [self._finding(rule, doc, start, end, cue_start, cue_end, steps, also=also, vague=vague,
                              model_scores=model_scores)
                for rule, start, end, cue_start, cue_end, steps, also in kept]

    def _finding(self, rule: Rule, doc: Document, start: int, end: int, cue_start: int, cue_end: int,
                 steps: int = 0, score: float = 1.0, also=(), vague=(), model_scores=None) -> Finding:
        quote = doc.quote_at(start, end) or doc.quote_at(cue_start, cue_end)
        reported = None if quote else doc.reported_at(cue_start, cue_end)
        source = quote or reported
        speaker = source.speaker if source else None
        vague_speaker = source is not None and source.speaker_start is not None and any(
            s < source.speaker_end and source.speaker_start < e for s, e in vague)
        named = bool(source and source.named and not vague_speaker)
        specific = named or (speaker or "").lower() in _PRONOUNS
        sentence = doc.sentence_at(cue_start)
        details: dict[str, Any] = {
            "voice": "quote" if quote else "indirect" if reported else "reporter", "speaker": speaker,
            "named_source": named, "sentence": [sentence.start, sentence.end] if sentence else [start, end],
            "cue": doc.text[cue_start:cue_end]}
        if also:
            details["also"] = list(also)
        if model_scores is not None and sentence is not None:
            details["model_score"] = round(model_scores[sentence.index][0], 4)
        message = rule.options.get("speaker_message") if specific and speaker else None
        pronoun = (speaker or "").lower() in _PRONOUNS  # one the document model could not resolve to a name
        who = f"an unnamed source ('{speaker}')" if pronoun else shorten(speaker or "", 40)
        return self.finding(rule, doc, start, end, score=score, severity=_weaker(rule.severity, steps + specific),
                            message=message and message.replace("{speaker}", who), **details)

    def _model_findings(self, doc: Document, taken: list[int], model_scores) -> list[Finding]:
        """The model's findings in sentences where no rule matched (``taken``: the rules' match starts)."""
        rule = self.rules_by_id[MODEL_RULE]
        threshold = rule.options.get("threshold")
        threshold = self.model.threshold if threshold is None else threshold
        ignored = {str(word).lower() for word in rule.options.get("ignore_cues", [])}
        questions = {str(word).lower() for word in rule.options.get("open_question_words", [])}
        approximators = {str(word).lower() for word in rule.options.get("approximators", [])}
        result = []
        for sentence, (p, a, b) in zip(doc.sentences, model_scores, strict=True):
            if p >= threshold and not any(sentence.start <= at < sentence.end for at in taken):
                start, end = sentence.start + a, sentence.start + b
                following = doc.text[end:sentence.end].split(maxsplit=1)[:1]
                cue = doc.text[start:end].lower()
                if cue in ignored or questions.intersection(w.lower() for w in following) \
                        or cue in approximators and following and following[0][:1].isdigit():
                    continue
                result.append(self._finding(rule, doc, start, end, start, end, score=p, model_scores=model_scores))
        return result
