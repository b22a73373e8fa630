"""Prose masking: same length, line breaks kept, only prose left."""

import pytest

from auditor.formats import detect_format, mask


def prose(text, fmt):
    masked = mask(text, fmt)
    assert len(masked) == len(text)
    assert [i for i, c in enumerate(masked) if c in "\r\n"] == [i for i, c in enumerate(text) if c in "\r\n"]
    return " ".join(masked.split())


@pytest.mark.parametrize("text, expected", [
    ("+++\ntitle = 'x'\n+++\nBody.", "Body."),
    ("---\nunclosed: front matter", "unclosed: front matter"),  # a lone --- is a thematic break
    ("Para.\n\n    indented code\n\nNext.", "Para. Next."),
    ("Para.\n    continuation, not code", "Para. continuation, not code"),
    ("- item\n\n    ```\n    code\n    ```\n", "item"),
    ("````\n```\nstill code\n````\nAfter.", "After."),
    ("See [the *report*](http://x.org/a_(b)) and ![chart](c.png).", "See the report and ."),
    ("Ref [text][1].\n\n[1]: http://x.org", "Ref text ."),
    ("> quoted\n> > nested\n1. first\n## Heading ##", "quoted nested first Heading ##"),
    ("Use `a <b> c` and <span title=\"a > b\">words</span> <https://x.org>.", "Use and words ."),
    ("snake_case_name and __bold__ and _em_", "snake_case_name and bold and em"),
])
def test_markdown(text, expected):
    assert prose(text, "markdown") == expected


@pytest.mark.parametrize("text, expected", [
    ('<p title="x > y">Text</p><script>\nvar a = "<p>";\n</script>', "Text"),
    ("<style>p{}</style><!-- note --><![CDATA[x]]><?php echo 1; ?>Body", "Body"),
    ("&ldquo;We&rdquo; &amp; Russia&rsquo;s&nbsp;envoy &bogus; &#8212; &#x2014;", "“We” & Russia ’s envoy &bogus; — —"),
    ("<PRE>code</PRE><Code>x</Code><template><p>t</p></template>Prose", "Prose"),
])
def test_html(text, expected):
    assert prose(text, "html") == expected


def test_text_only_loses_suppression_comments():
    assert prose("<!-- auditor: disable leak -- ok -->\n<b>kept</b> <!-- other -->", "text") == "<b>kept</b> <!-- other -->"


def test_detect_format_and_unknown_format():
    assert [detect_format(p) for p in ("a.markdown", "b.XHTML", "c.rst")] == ["markdown", "html", "text"]
    with pytest.raises(ValueError, match="unknown input format 'rst'"):
        mask("x", "rst")
