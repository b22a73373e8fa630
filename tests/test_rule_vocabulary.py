"""The disclosure rules name AI tools and self-references alike: a pattern that lists some chatbots, image tools or
article nouns lists all of them, so a publisher writing "with the help of DeepSeek" is read as one writing "ChatGPT"
(stop 21 made the lists consistent; no real row changed). Checked on the flat alternations of the patterns and
exceptions as the rule loader reads them; the chatbot names, a fragment since stop 55, in the rule file as written."""

import re

import pytest
import yaml

from auditor.rules import load_rule_file
from conftest import ROOT

RULES = ROOT / "auditor" / "data" / "rules" / "disclosure.yml"
CHATBOTS = {"Claude", "Gemini", "Co[Pp]ilot", "Grok", "Mistral", "Llama", "DeepSeek", "Perplexity", "Qwen",
            r"Notebook\s?LM"}
IMAGE_TOOLS = ("Firefly", "Ideogram", "Leonardo", "Bing", "Designer", "Recraft", "Kling", "Runway", "Sora", "Banana",
               "Playground", "Generative")
NOUNS = {"article", "story", "piece", "content", "text", "column", "newsletter", "review", "essay", "page", "explainer",
         "analysis", "briefing", "guide", "editorial", "update", "preview", "profile", "obituary", "roundup", "feature",
         "thesis", "dissertation", "manuscript"}
VENDOR = r"(?:(?-i:OpenAI|Anthropic|Google|Microsoft|Meta|xAI)(?:\x27s|’s)?\s+)?"


def _end(text: str, i: int) -> int:
    """Index just past the group or character class opening at ``text[i]``."""
    if text[i] == "[":
        return text.index("]", i + 2) + 1
    depth = 0
    while True:
        c = text[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i = _end(text, i)
            continue
        depth += (c == "(") - (c == ")")
        i += 1
        if depth == 0:
            return i


def _alternatives(body: str) -> list[str]:
    parts, start, i = [], 0, 0
    while i < len(body):
        if body[i] == "\\":
            i += 2
        elif body[i] in "([":
            i = _end(body, i)
        else:
            if body[i] == "|":
                parts.append(body[start:i])
                start = i + 1
            i += 1
    return parts + [body[start:]]


def groups(text: str):
    """``(opener, start, alternatives)`` of every ``(?-i:`` and ``(?:`` group of a regular expression."""
    for m in re.finditer(r"\((?:\?-i:|\?:)", text):
        yield m.group(), m.start(), _alternatives(text[m.end():_end(text, m.start()) - 1])


SOURCES = [p.pattern for rule in load_rule_file(RULES) for p in rule.patterns + rule.exceptions]
GROUPS = [(opener, source, start, parts) for source in SOURCES for opener, start, parts in groups(source)]


def test_the_chatbot_names_are_written_once():
    """A chatbot list after a maker's name is fragment ``chatbot_name`` (after fragment ``chatbot_vendor``), alone or
    beside more names ("AI", "Bard"), so naming one more chatbot is one edit; stop 54 still had to add "CoPilot" to
    160 lists written out."""
    raw = yaml.safe_load(RULES.read_text(encoding="utf-8"))
    assert raw["fragments"]["chatbot_vendor"] == VENDOR
    [(_, _, names)] = [g for g in groups(raw["fragments"]["chatbot_name"]) if g[1] == 0]
    assert set(names) == CHATBOTS - {"Claude"} | {"Claude(?&not_a_surname)"}  # guarded: "Claude Puel" is a person
    sources = [p for rule in raw["rules"] for p in rule.get("patterns", []) + rule.get("exceptions", [])]
    written_out = [source[start:start + 80] for source in sources for opener, start, parts in groups(source)
                   if opener == "(?-i:" and "Gemini" in parts and any(p.startswith("Claude") for p in parts)]
    assert written_out == []
    uses = [source[m.end():m.end() + 200] for source in sources for m in re.finditer(r"\(\?&chatbot_vendor\)", source)]
    assert len(uses) > 100
    for after in uses:
        assert after.startswith("(?&chatbot_name)") or re.match(r"\(\?-i:[^()]*\(\?&chatbot_name\)", after), after


def test_every_image_tool_list_names_every_image_tool():
    lists = [(source, start, parts) for _, source, start, parts in GROUPS
             if any(p.startswith("Midjourney") for p in parts) and any(p.startswith("DALL") for p in parts)]
    assert len(lists) > 20
    for source, start, parts in lists:
        assert all(any(tool in p for p in parts) for tool in IMAGE_TOOLS), source[start:start + 80]


def test_every_self_reference_list_takes_every_noun():
    lists = [(source, start, parts) for opener, source, start, parts in GROUPS
             if opener == "(?:" and {"article", "story"} <= set(parts) and {"post", "report"} & set(parts)]
    assert len(lists) > 50
    for source, start, parts in lists:
        assert set(parts) >= NOUNS, source[start:start + 80]


@pytest.mark.parametrize("pattern, alternatives", [
    (r"(?:a|b(?:c|d)|[|)]e)", ["a", "b(?:c|d)", "[|)]e"]),
    (r"(?-i:Claude|Gemini\|x)", ["Claude", r"Gemini\|x"]),
])
def test_alternatives_are_read_at_the_top_level_only(pattern, alternatives):
    [(_, _, parts)] = [g for g in groups(pattern) if g[1] == 0]
    assert parts == alternatives
