"""Chatbot text left in an article: "As an AI language model", refusals, "Regenerate response", "[Insert name]".

The span is the leaked phrase; a match inside a longer match of the same rule is dropped. A phrase inside a direct quote is most likely reported chatbot speech
in a story about chatbots, so it is reported at the rule's ``options.quoted_severity`` (when set)
with ``details["quoted"]`` and the quote's ``speaker``; otherwise at the rule's severity.

Example:
    >>> from auditor.engine import Auditor
    >>> aud = Auditor({"checks": ["leak"]})
    >>> [(f.rule, f.text, f.severity) for f in aud.audit("As an AI language model, I cannot predict it.").findings]
    [('leak.ai-self-reference', 'As an AI language model', 'error')]
    >>> [(f.text, f.severity) for f in aud.audit('The bot replied: "As an AI language model, I cannot."').findings]
    [('As an AI language model', 'warning')]
"""

from __future__ import annotations

from ..document import Document
from ..findings import Finding
from .base import Check, register, rule_matches


@register
class LeakCheck(Check):
    name = "leak"

    def check(self, doc: Document) -> list[Finding]:
        findings = []
        for rule in self.rules:
            reach = -1  # matches come by start, longest first: one ending by `reach` lies inside a kept one
            for match in sorted((m for m, _ in rule_matches(rule, doc)), key=lambda m: (m.start, -m.end)):
                if match.end <= reach:
                    continue
                reach = match.end
                quote = doc.quote_at(match.start, match.end)
                quoted_severity = rule.options.get("quoted_severity")
                if quote and quoted_severity:
                    findings.append(self.finding(rule, doc, match.start, match.end, severity=quoted_severity,
                                                 quoted=True, speaker=quote.speaker))
                else:
                    findings.append(self.finding(rule, doc, match.start, match.end))
        return findings
