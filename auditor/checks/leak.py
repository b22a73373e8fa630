"""Chatbot text left in an article: "As an AI language model", refusals, requests for the missing text,
"Regenerate response", "[Insert name]", and (``leak.classifier``) chatbot replies the rules do not know.

The span is the leaked phrase; overlapping matches of one rule are one finding over both. Chatbot text
that the article reports is not a leak: a match inside a quotation (``quoting.quoted``: the document's
quotes, German „…“, a quote running on past its paragraph, dialogue dashes), or anywhere in a story that
reports what a chatbot said (the rule's ``options.chatbot_story`` patterns match the document, e.g.
"asked ChatGPT", "the chatbot replied"), is skipped. Placeholders are reported inside quotes too (a
quoted "[Insert quote]" is still unfilled) but not after a template cue earlier in the paragraph
(``options.template_context``: "change the wording to", "Example:", an acknowledgement template).

The classifier (``disclosure-classifier``, shared with the disclosure check) scores the sentences its
gate patterns select in paragraphs where no rule reported a leak, in one batch; a sentence whose leak
probability reaches the threshold is reported whole, at the rule's severity (warning), with ``score``:
``options.threshold`` for English text, ``options.threshold_other_languages`` for other text (null: none),
by default the model's own (``classifier.reads_as_english``).

Example:
    >>> from auditor.engine import Auditor
    >>> aud = Auditor({"checks": ["leak"]})
    >>> [(f.rule, f.text, f.severity) for f in aud.audit("As an AI language model, I cannot predict it.").findings]
    [('leak.ai-self-reference', 'As an AI language model', 'error')]
    >>> aud.audit('The bot replied: "As an AI language model, I cannot."').findings
    []
"""

from __future__ import annotations

import re
from functools import cached_property

from ..document import Document
from ..findings import Finding
from .base import Check, Option, register, rule_matches
from .disclosure import CLASSIFIER_OPTIONS, classifier_candidates, in_template, scored_candidates
from .disclosure.quoting import quoted

CLASSIFIER_RULE = "leak.classifier"


@register
class LeakCheck(Check):
    name = "leak"
    options = {"chatbot_story": Option((list, str), patterns=True),
               "template_context": Option((list, str), patterns=True), "skip_quoted": Option((bool,)),
               **CLASSIFIER_OPTIONS}

    @cached_property
    def _options(self) -> dict[str, tuple[list[re.Pattern], list[re.Pattern]]]:
        """Per rule id: its ``chatbot_story`` and ``template_context`` patterns, compiled once."""
        return {r.id: (r.option_patterns("chatbot_story"), r.option_patterns("template_context")) for r in self.rules}

    def check(self, doc: Document) -> list[Finding]:
        findings = []
        for rule in self.rules:
            if rule.id == CLASSIFIER_RULE:
                continue
            story, template = self._options[rule.id]
            if any(p.search(doc.text) for p in story):
                continue
            spans: list[tuple[int, int]] = []  # overlapping matches of one rule become one span
            for match in sorted((m for m, _ in rule_matches(rule, doc)), key=lambda m: (m.start, -m.end)):
                if spans and match.start < spans[-1][1]:
                    spans[-1] = (spans[-1][0], max(spans[-1][1], match.end))
                else:
                    spans.append((match.start, match.end))
            for start, end in spans:
                if (rule.options.get("skip_quoted", True) and quoted(doc, start, end, block_quotes=True)) \
                        or in_template(doc, start, template):
                    continue
                findings.append(self.finding(rule, doc, start, end))
        if CLASSIFIER_RULE in self.rules_by_id:
            findings += self._classifier_findings(doc, findings)
        return findings

    def _classifier_findings(self, doc: Document, findings: list[Finding]) -> list[Finding]:
        rule = self.rules_by_id[CLASSIFIER_RULE]
        story, template = self._options[rule.id]
        if any(p.search(doc.text) for p in story):
            return []
        taken = [(f.start, f.end) for f in findings] + self.muted_spans(doc)
        candidates = classifier_candidates(doc, rule, taken, template, block_quotes=True)
        if not candidates:
            return []
        return [self.finding(rule, doc, start, end, score=score.leak)
                for start, end, threshold, score in scored_candidates(doc, rule, candidates, "leak")
                if score.leak >= threshold and score.leak > score.disclosure]
