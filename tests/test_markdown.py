"""The Markdown handout (-f md): the report's structure, literal text, working links."""
from __future__ import annotations

import html
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from generator.build import build
from generator.limits import MAX_TEXT
from generator.writers.md_writer import esc
from tests.conftest import DEFAULT, assert_links_into_every_source, guarded

md = MarkdownIt("commonmark").enable("table")


def shown(markdown: str) -> str:
    """The text a reader sees once the Markdown is rendered."""
    return html.unescape(re.sub(r"<[^>]+>", "", md.render(markdown)))


@pytest.fixture(scope="module")
def handouts(tmp_path_factory):
    out = tmp_path_factory.mktemp("md")
    built = build([DEFAULT], formats=["md"], output=out)
    return {b.audience: b.path.read_text(encoding="utf-8") for b in built}


def test_one_handout_per_audience_with_topics_and_index(handouts):
    assert set(handouts) == {"executive", "policy", "technical"}
    text = handouts["technical"]
    headings = re.findall(r"^(#+) (.*)$", text, re.M)
    assert headings[0] == ("#", "DeepSeek, China, OpenAI, NVIDIA, xAI, TSMC, Stargate, and AI Megaclusters")
    # a chart's message is its heading, its name the kicker above it (a topic's: the next test)
    assert "*AI cluster sizes*\n\n### xAI runs 200,000 GPUs in Memphis" in text
    assert headings[-2:] == [("##", "Timestamp index"), ("##", "Sources")]
    assert ("##", "Agenda") not in headings  # a handout's sections are the Document's handout slides, as the report's
    sources = text[text.index("## Sources"):]
    assert "- [YouTube video](https://www.youtube.com/watch?v=_1f-o0nqpEI)" in sources


def test_a_topic_s_message_is_its_handout_heading_and_its_name_the_kicker(handouts):
    assert "*Export Controls and Geopolitical Implications*\n\n## US export controls aim to keep" in handouts["technical"]


def test_timestamps_link_into_every_source(handouts):
    tokens = md.parse(handouts["policy"])
    links = {t.attrs["href"] for tok in tokens if tok.children for t in tok.children if t.type == "link_open"}
    assert_links_into_every_source(links)


def test_charts_become_tables_with_approximate_values_and_ranges(handouts):
    text = shown(handouts["technical"])
    assert "Figure 2: AI cluster sizes (GPUs)\n" in text  # the unit in brackets, as in the report
    assert "sizes, GPUs" not in text
    assert "~128,000" in text and "500,000–700,000" in text


@settings(max_examples=300, deadline=None)
@given(st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=60))
def test_content_text_is_shown_literally(text):
    rendered = shown(esc(text)).strip()
    assert " ".join(rendered.split()) == " ".join(text.split())


@pytest.mark.parametrize("text", ["*not em*", "<b>x</b>", "[a](javascript:alert(1))", "# no heading", "1. no list",
                                  "Q&A &amp; R&D", "`code`", "a | b", "~~no strike~~", "- no bullet", "+1",
                                  "    indented *x*", "x\n    # y\n- z"])
def test_markup_in_content_stays_text(text):
    assert shown(esc(text)).split() == text.split()
    assert "<a " not in md.render(esc(text)) and "<em>" not in md.render(esc(text))


@pytest.mark.parametrize("text", ["\n" * MAX_TEXT, " \n" * (MAX_TEXT // 2)])
def test_escaping_a_text_at_its_limit_takes_linear_time(text):
    """Hang guard: line-start patterns whose blank space spanned lines were quadratic (3 s here)."""
    assert guarded(esc, text, timeout=1) == ""
