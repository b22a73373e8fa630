"""The Jupyter HTML of a report: each finding marked once (pieces only at partial overlaps), text escaped,
contradiction pairs sharing their marker, nothing fetched."""

import random
import re
from collections import defaultdict
from html.parser import HTMLParser

import pytest

from auditor import Auditor, Document, Finding, Report, audit_many
from auditor.render.html import highlight, render_report


class Marks(HTMLParser):
    """Collects every ``<mark>`` (attributes, full text content with nested marks) and the article's text."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.marks, self.stack, self.text = [], [], []
        self.in_article = False

    def handle_starttag(self, tag, attrs):
        if tag == "div" and ("class", "aud-article") in attrs:
            self.in_article = True
        elif tag == "mark":
            mark = {"attrs": dict(attrs), "text": []}
            self.marks.append(mark)
            self.stack.append(mark)

    def handle_endtag(self, tag):
        if tag == "mark":
            self.stack.pop()
        elif tag == "div":
            self.in_article = False

    def handle_data(self, data):
        if self.in_article:
            self.text.append(data)
        for mark in self.stack:
            mark["text"].append(data)


def parse(html: str) -> Marks:
    parser = Marks()
    parser.feed(html)
    parser.close()
    assert parser.stack == [], "unclosed <mark>"
    return parser


def pieces(parser: Marks, attr: str) -> dict[str, list[dict]]:
    found = defaultdict(list)
    for mark in parser.marks:
        if attr in mark["attrs"]:
            found[mark["attrs"][attr]].append(mark)
    return found


def finding(start, end, text, category="hedge", severity="warning", related=()):
    return Finding(f"{category}.test", category, severity, "A test finding.", start, end, text[start:end],
                   0.5, list(related))


def partly_overlaps(a, b) -> bool:
    return a[0] < b[0] < a[1] < b[1] or b[0] < a[0] < b[1] < a[1]


def assert_marked_exactly_once(report: Report, html: str):
    """Each finding: pieces whose texts join to its text; one piece unless it partly overlaps another span."""
    parser = parse(html)
    assert "".join(parser.text) == report.text
    by_finding = pieces(parser, "data-finding")
    assert sorted(map(int, by_finding)) == list(range(len(report.findings)))
    spans = [(f.start, f.end) for f in report.findings] + [tuple(s) for f in report.findings for s in f.related]
    for index, f in enumerate(report.findings):
        marks = by_finding[str(index)]
        assert "".join("".join(m["text"]) for m in marks) == report.text[f.start:f.end]
        if len(marks) == 1:
            assert "data-part" not in marks[0]["attrs"]
        else:
            assert [m["attrs"]["data-part"] for m in marks] == [str(k) for k in range(1, len(marks) + 1)]
            assert any(partly_overlaps((f.start, f.end), other) for other in spans)
        if not any(partly_overlaps((f.start, f.end), other) for other in spans):
            assert len(marks) == 1


TEXT = "Experts say the plan may fail. The bridge will reopen on Monday. The bridge will not reopen."


def hand_report() -> Report:
    """Nested, identical, partly overlapping findings and a contradiction pair."""
    first = (TEXT.index("The bridge will reopen"), TEXT.index(" on Monday"))
    second = (TEXT.index("The bridge will not"), len(TEXT) - 1)
    findings = [
        finding(0, 30, TEXT, severity="info"),                     # whole first sentence
        finding(0, 11, TEXT),                                      # nested: "Experts say"
        finding(0, 11, TEXT, category="leak", severity="error"),   # identical span
        finding(16, 31, TEXT),                                     # partly overlaps the sentence
        finding(*second, TEXT, category="contradiction", related=[first]),
    ]
    return Report(Document(TEXT, "hand.txt"), findings)


def test_nested_identical_and_partial_overlaps_are_marked_exactly_once():
    report = hand_report()
    html = render_report(report)
    assert_marked_exactly_once(report, html)
    by_finding = pieces(parse(html), "data-finding")
    assert [len(by_finding[str(i)]) for i in range(5)] == [1, 1, 1, 2, 1]


def test_contradiction_pair_shares_its_marker_on_both_sides():
    report = hand_report()
    parser = parse(render_report(report))
    index = next(i for i, f in enumerate(report.findings) if f.related)
    claim = pieces(parser, "data-finding")[str(index)]
    other = pieces(parser, "data-related")[str(index)]
    assert len(claim) == len(other) == 1
    assert "".join(other[0]["text"]) == report.text[slice(*report.findings[index].related[0])]
    assert claim[0]["attrs"]["data-pair"] == other[0]["attrs"]["data-pair"] == "1"
    assert claim[0]["attrs"]["data-label"].endswith("⇄1") and other[0]["attrs"]["data-label"] == "⇄1"
    assert [m for m in parser.marks if "data-pair" in m["attrs"]] == other + claim  # in text order


def test_two_pairs_get_distinct_markers():
    a, b, c = (0, 11), (16, 29), (31, 63)
    report = Report(Document(TEXT), [finding(*b, TEXT, "contradiction", related=[a]),
                                     finding(*c, TEXT, "contradiction", related=[b])])
    parser = parse(render_report(report))
    assert_marked_exactly_once(report, render_report(report))
    assert {m["attrs"]["data-pair"] for m in parser.marks if "data-finding" in m["attrs"]} == {"1", "2"}
    for index, pair in (("0", "1"), ("1", "2")):
        assert pieces(parser, "data-related")[index][0]["attrs"]["data-pair"] == pair


def test_article_text_and_attributes_are_escaped():
    text = 'Breaking: <script>alert("x")</script> & <b>bold</b> "quoted" claims.'
    start = text.index("<script>")
    report = Report(Document(text, "<evil>.txt"), [finding(start, start + 8, text)])
    html = render_report(report)
    assert "<script>alert" not in html and "<b>bold" not in html and "<evil>" not in html
    assert '>&lt;script&gt;</mark>alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;bold' in html
    assert html.count("<script>") == 1  # only the report's own inline script
    assert_marked_exactly_once(report, html)


def test_self_contained_with_light_and_dark_styles():
    html = render_report(hand_report())
    assert not re.search(r"https?://|<link|\bsrc=|@import|url\(", html)
    assert "prefers-color-scheme:dark" in html and 'data-jp-theme-light="false"' in html
    assert '[data-pair="1"]:hover' in html


def test_summary_table_counts_category_by_severity():
    html = render_report(hand_report())
    summary = html[html.index('<table class="aud-summary">'):html.index("</table>")]
    assert "<th>category</th><th>info</th><th>warning</th><th>error</th>" in summary
    assert re.search(r"hedge</th><td>1</td><td>2</td><td>0</td>", summary)
    assert re.search(r"leak</th><td>0</td><td>0</td><td>1</td>", summary)
    assert "disclosure" not in summary


@pytest.mark.parametrize("seed", range(20))
def test_random_overlaps_are_marked_exactly_once(seed):
    rng = random.Random(seed)
    text = "".join(rng.choice("ab <&\n") for _ in range(60))
    findings = []
    for _ in range(rng.randint(1, 8)):
        start = rng.randrange(0, 59)
        end = rng.randrange(start + 1, 61)
        related = [tuple(sorted(rng.sample(range(61), 2)))] if rng.random() < 0.3 else []
        findings.append(finding(start, end, text, rng.choice(["hedge", "leak", "contradiction"]), related=related))
    report = Report(Document(text), findings)
    assert_marked_exactly_once(report, f'<div class="aud-article">{highlight(report)}</div>')


def test_seed_article_report_displays_every_finding(seed_text):
    report = Auditor({"disable": ["contradiction"]}).audit(seed_text, source="bakhmut.txt")
    html = report._repr_html_()
    assert_marked_exactly_once(report, html)
    assert 'class="aud-disclosure aud-info"' in html and "hedge.vague-attribution" in html


def test_batch_summary_html_lists_documents_and_errors(tmp_path):
    batch = audit_many(["As an AI language model, I can't.", tmp_path / "missing.txt"], config={"checks": ["leak"]})
    html = batch._repr_html_()
    assert "<td>text-1</td><td>1</td>" in html and "missing.txt" in html and "InputError" in html


def test_batch_summary_counts_zero_for_a_clean_document_and_leaves_a_failed_one_blank(tmp_path):
    missing = tmp_path / "missing.txt"
    batch = audit_many(["Clean copy.", "As an AI language model, I can't.", missing], config={"checks": ["leak"]})
    rows = [re.findall(r"<td>(.*?)</td>", row) for row in re.findall(r"<tr><td>.*?</tr>", batch._repr_html_())]
    assert [row[:-1] for row in rows] == [["text-1", "0", "0", "0", "0", "0", "0"],
                                         ["text-2", "1", "0", "1", "0", "0", "0"],
                                         [str(missing), "", "", "", "", "", ""]]
    assert rows[2][-1].startswith("InputError") and rows[0][-1] == rows[1][-1] == ""
