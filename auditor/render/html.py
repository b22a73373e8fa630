"""A report as self-contained HTML for Jupyter: a summary table, then the article with every finding
highlighted in place (colour = category, underline = severity, tooltip = rule, message and score,
marker ``#i`` = index in ``report.findings`` and in the ``finding`` column of ``report.to_dataframe()``).

Markup rule, one ``<mark>`` per finding: the findings and their ``related`` spans are split at each
other's boundaries only where they partly overlap. A span inside another nests inside its element,
so a finding is normally exactly one ``<mark data-finding="i">`` (``i`` = its index in
``report.findings``) whose text is ``text[start:end]``. A finding that partly overlaps another is
cut into consecutive pieces, each ``<mark data-finding="i" data-part="k">`` (k = 1..n); their texts
joined are ``text[start:end]``. A ``related`` span (the other side of a contradiction) is a
``<mark data-related="i">`` under the same rule. A finding and its related spans share
``data-pair`` and a visible marker (⇄1, ⇄2, ...); hovering one outlines the other, clicking one
scrolls to the other. The article text and every attribute are escaped; nothing is fetched.
``render_batch`` is the display of ``audit_many``'s result: one row per document with its findings
per category and its error.

Example:
    >>> from auditor import Auditor
    >>> html = render_report(Auditor({"checks": ["leak"]}).audit("As an AI language model, I <b>can't</b>."))
    >>> '<mark class="aud-leak aud-error" data-finding="0"' in html, "&lt;b&gt;can&#x27;t&lt;/b&gt;" in html
    (True, True)
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape
from typing import TYPE_CHECKING

from ..findings import SEVERITIES, Category, Finding, declared_categories
from ..report import Report, categories_of

if TYPE_CHECKING:
    from ..batch import BatchReport

_CSS = """
.aud-report{{{light};color:inherit;font:inherit;line-height:1.7;max-width:60em}}
@media (prefers-color-scheme:dark){{.aud-report{{{dark}}}}}
[data-jp-theme-light="false"] .aud-report,.vscode-dark .aud-report{{{dark}}}
.aud-report table{{border-collapse:collapse;margin:0 0 .8em;font-size:.9em}}
.aud-report th,.aud-report td{{border:1px solid rgba(128,128,128,.45);padding:.15em .6em;text-align:right}}
.aud-report th:first-child{{text-align:left}}
.aud-report .aud-legend{{font-size:.85em;opacity:.8;margin:-.4em 0 .5em}}
.aud-report .aud-swatch{{display:inline-block;width:.8em;height:.8em;border-radius:2px;margin-right:.3em}}
.aud-report .aud-article{{white-space:pre-wrap;border:1px solid rgba(128,128,128,.45);padding:.6em .8em}}
.aud-report mark{{color:inherit;border-radius:2px;padding:.05em 0;cursor:help}}
.aud-report mark mark{{padding-bottom:.25em}}
.aud-report mark mark mark{{padding-bottom:.45em}}
{backgrounds}
.aud-report .aud-related{{background:rgba(var(--aud-contradiction),.26)}}
.aud-report .aud-info{{border-bottom:1px dotted currentColor}}
.aud-report .aud-warning{{border-bottom:2px solid currentColor}}
.aud-report .aud-error{{border-bottom:3px double rgb(var(--aud-leak))}}
.aud-report .aud-related{{border-bottom:2px dashed rgb(var(--aud-contradiction))}}
.aud-report mark[data-label]::after{{content:attr(data-label);font-size:.7em;vertical-align:super;margin-left:.15em}}
.aud-report mark[data-pair]{{cursor:pointer}}
.aud-report mark.aud-flash{{outline:2px solid rgb(var(--aud-contradiction))}}
"""



def _css(known: Sequence[Category]) -> str:
    """The report's style sheet: a colour variable and a highlight class per known category."""
    light = ";".join(f"--aud-{c.name}:{c.light}" for c in known)
    dark = ";".join(f"--aud-{c.name}:{c.dark}" for c in known)
    backgrounds = "\n".join(f".aud-report .aud-{c.name}{{background:rgba(var(--aud-{c.name}),.3)}}" for c in known)
    return _CSS.format(light=light, dark=dark, backgrounds=backgrounds)


_LEGEND = ('<div class="aud-legend">Underline: dotted info, solid warning, double error. #i: report.findings[i]; '
           "⇄n: both sides of a contradiction (hover or click one to find the other).</div>")

_PAIR_CSS = ('.aud-report:has([data-pair="{k}"]:hover) [data-pair="{k}"]'
             "{{outline:2px solid rgb(var(--aud-contradiction))}}")

# Click on one side of a pair: scroll to the other side and flash both (one document-level listener).
_JS = """(function(){if(window.auditorPairs)return;window.auditorPairs=1;
document.addEventListener('click',function(e){
var m=e.target.closest&&e.target.closest('.aud-report mark[data-pair]');if(!m)return;
var all=m.closest('.aud-report').querySelectorAll('mark[data-pair="'+m.dataset.pair+'"]');
var other=[].find.call(all,function(x){return ('finding' in x.dataset)!==('finding' in m.dataset);});
if(other)other.scrollIntoView({behavior:'smooth',block:'center'});
all.forEach(function(x){x.classList.add('aud-flash');
setTimeout(function(){x.classList.remove('aud-flash');},1500);});});})();"""


_CLOSE = object()  # token: end the innermost open <mark>


@dataclass(frozen=True)
class _Span:
    """A highlighted span: a finding (``related is False``) or one related span of finding ``index``."""

    index: int
    start: int
    end: int
    related: bool = False


def render_report(report: Report) -> str:
    """The whole display: style, summary table, highlighted article, script."""
    pairs = _pair_numbers(report.findings)
    styles = _css(report.categories) + "".join(_PAIR_CSS.format(k=k) for k in sorted(set(pairs.values())))
    title = f"<strong>{escape(report.source)}</strong> · " if report.source else ""
    return (f'<div class="aud-report"><style>{styles}</style>'
            f"<div>{title}{len(report.findings)} finding(s)</div>"
            f"{summary_table(report.findings, report.categories)}{_LEGEND}"
            f'<div class="aud-article">{highlight(report, pairs)}</div><script>{_JS}</script></div>')


def render_batch(batch: BatchReport) -> str:
    """A table of the documents of a batch: findings in all, per category (of its reports), error; a clean
    document counts 0, a document that failed has empty counts."""
    shown = [c.name for c in categories_of(batch.reports.values())]
    head = "".join(f"<th>{c}</th>" for c in ("document", "findings", *shown, "error"))
    rows = []
    for doc_id in batch.ids:
        report = batch.reports.get(doc_id)
        if report is None:  # the document failed: its error, no counts
            cells = [""] * (1 + len(shown))
        else:
            counts = Counter(f.category for f in report.findings)
            cells = [str(len(report)), *(str(counts[c]) for c in shown)]
        rows.append(f"<tr><td>{escape(doc_id)}</td>" + "".join(f"<td>{c}</td>" for c in cells)
                    + f"<td>{escape(batch.errors.get(doc_id, ''))}</td></tr>")
    return f"<div>{escape(repr(batch))}</div><table><tr>{head}</tr>{''.join(rows)}</table>"


def summary_table(findings: list[Finding], categories: Sequence[Category] | None = None) -> str:
    """Counts per category (rows, in the order of ``categories``, default the shipped ones) and severity (columns)."""
    names = [c.name for c in (declared_categories() if categories is None else categories)]
    counts = Counter((f.category, f.severity) for f in findings)
    head = "".join(f"<th>{s}</th>" for s in SEVERITIES)
    rows = "".join(
        f'<tr><th><span class="aud-swatch aud-{c}"></span>{c}</th>'
        + "".join(f"<td>{counts[c, s]}</td>" for s in SEVERITIES) + "</tr>"
        for c in names if any(counts[c, s] for s in SEVERITIES))
    return f'<table class="aud-summary"><tr><th>category</th>{head}</tr>{rows}</table>'


def highlight(report: Report, pairs: dict[int, int] | None = None) -> str:
    """The escaped article text with findings and related spans marked up (see the module rule)."""
    pairs = _pair_numbers(report.findings) if pairs is None else pairs
    spans = _spans(report)
    tokens = _tokens(report.text, spans)
    total = Counter(token[0] for token in tokens if isinstance(token, tuple))
    seen: Counter = Counter()
    out = []
    for token in tokens:
        if isinstance(token, str):
            out.append(token)
        elif token is _CLOSE:
            out.append("</mark>")
        else:
            span = token[0]
            seen[span] += 1
            part = (seen[span], total[span]) if total[span] > 1 else None
            out.append(_open_tag(report, span, part, pairs.get(span.index)))
    return "".join(out)


def _spans(report: Report) -> list[_Span]:
    size = len(report.text)
    spans = [_Span(i, f.start, f.end) for i, f in enumerate(report.findings)]
    spans += [_Span(i, max(0, s), min(e, size), True)
              for i, f in enumerate(report.findings) for s, e in f.related if max(0, s) < min(e, size)]
    return list(dict.fromkeys(spans))


def _tokens(text: str, spans: list[_Span]) -> list:
    """Escaped text pieces, ``(span,)`` opens and ``_CLOSE``; properly nested, partial overlaps split."""
    bounds = sorted({0, len(text)} | {s.start for s in spans} | {s.end for s in spans})
    order = {span: n for n, span in enumerate(spans)}
    starts: dict[int, list[_Span]] = {}
    for span in spans:
        starts.setdefault(span.start, []).append(span)
    tokens: list = []
    stack: list[_Span] = []
    for pos, next_pos in zip(bounds, bounds[1:] + [None], strict=True):
        ending = [n for n, span in enumerate(stack) if span.end == pos]
        reopen = []
        if ending:
            reopen = [span for span in stack[ending[0]:] if span.end != pos]
            tokens += [_CLOSE] * (len(stack) - ending[0])
            del stack[ending[0]:]
        for span in sorted(reopen + starts.get(pos, []), key=lambda s: (-s.end, order[s])):
            tokens.append((span,))
            if span.end == pos:
                tokens.append(_CLOSE)
            else:
                stack.append(span)
        if next_pos is not None:
            tokens.append(escape(text[pos:next_pos]))
    return tokens


def _pair_numbers(findings: list[Finding]) -> dict[int, int]:
    """Finding index → pair marker number (1, 2, ...) for findings with related spans."""
    linked = [i for i, f in enumerate(findings) if f.related]
    return {i: k for k, i in enumerate(linked, 1)}


def _open_tag(report: Report, span: _Span, part: tuple[int, int] | None, pair: int | None) -> str:
    finding = report.findings[span.index]
    if span.related:
        classes = "aud-related"
        attrs = f'data-related="{span.index}"'
        tip = f"Other side of finding #{span.index} ({finding.rule}): {finding.text}"
    else:
        classes = escape(f"aud-{finding.category} aud-{finding.severity}")
        attrs = f'data-finding="{span.index}"'
        tip = f"#{span.index} {finding.rule} · {finding.severity} · score {finding.score:.2f}\n{finding.message}"
        tip += "".join(f"\nOther side: {report.text[s:e]}" for s, e in finding.related)
    if part:
        attrs += f' data-part="{part[0]}"'
    if pair is not None:
        attrs += f' data-pair="{pair}"'
    last = part is None or part[0] == part[1]
    if last:
        label = f"⇄{pair}" if span.related else f"#{span.index}" + (f" ⇄{pair}" if pair is not None else "")
        attrs += f' data-label="{label}"'
    return f'<mark class="{classes}" {attrs} title="{escape(tip)}">'
