"""Questions and outline items are told no reader as points (generator/asked.py), and the "Also discussed"
line fits a point's words in every script (coverage._fitting), read back from the decks built of the real
Chinese notes tests/fixtures/notes/talkgo-runtime-zh.md (Go 夜读 #64: an outline whose items end on "；", a
Q&A whose headings are questions, a "see also" line that asks "…多少CPU？").
"""
from __future__ import annotations

import re

import pytest
from pptx import Presentation

from generator.answers import question
from generator.importer.notes import import_notes
from generator.inline import plain
from generator.loader import load_content
from generator.word_count import count_words
from generator.words import load_words

from .conftest import AUDIENCES
from .deck_bottom_items import items
from .deck_economy import heads
from .notes_built import NOTES, notes_build

ASKS = re.compile(r"(?:[?？;；]|是什么)")  # (a question, an outline's item: anywhere in a bottom-line item or a title)
ZH = load_words("zh")


@pytest.fixture(scope="module")
def talkgo():
    made = notes_build(NOTES / "talkgo-runtime-zh.md", ("pptx",))
    assert made.problem is None, made.problem
    content = load_content(made.content)
    return content, {a: list(Presentation(str(made.content.with_name(f"talkgo-runtime-zh-{a}.pptx"))).slides)
                     for a in AUDIENCES}


@pytest.mark.parametrize("audience", AUDIENCES)
def test_no_question_nor_outline_item_is_a_bottom_line_item(talkgo, audience):
    said = items(talkgo[1][audience])
    assert len(said) >= 3 and not [item for item in said if ASKS.search(item)]  # (was "Golang Runtime 是什么，其发展历程")


@pytest.mark.parametrize("audience", AUDIENCES)
def test_no_point_that_asks_nor_outline_item_titles_a_slide(talkgo, audience):
    content, decks = talkgo
    headings = {question(plain(t.title), ZH) for t in content.topics}  # (a question titles its slide without its
    # label "Q: ", question_titles.py)
    outline = next(t for t in content.topics if sum(plain(p.text).endswith("；") for p in t.points) >= 3)
    items_of = {plain(p.text).rstrip("；。") for p in outline.points}
    titles = [lines[0] for slide in decks[audience][1:] if (lines := heads(slide))]
    assert not [t for t in titles if ASKS.search(t) and t not in headings]  # (was "可参考进程/线程上下文切换会用掉你多少CPU？")
    assert not set(titles) & items_of  # (was "平时我看 runtime 代码的一些方式", "内存分配中 mspan, … 等数据结构")


def test_a_questions_answer_titles_its_slide_under_the_question(talkgo):
    content, decks = talkgo
    asked = [t for t in content.topics if plain(t.title).endswith(("?", "？")) and len(t.points) >= 3
             and all(count_words(plain(p.text)) <= 15 for p in t.points)]
    assert asked  # ("Q: 腾讯 NOW 直播 go 开发占比多少？": three short answers)
    for topic in asked:
        asks = question(plain(topic.title), ZH)  # (without its label "Q: ", question_titles.py)
        shown = [lines for slide in decks["policy"] if (lines := heads(slide)) and asks in lines]
        assert shown and all(lines[0] != asks for lines in shown)  # (the question, a kicker)
        assert any(lines[0] in {plain(p.text).rstrip("。") for p in topic.points} for lines in shown)


@pytest.mark.parametrize("audience", AUDIENCES)
def test_the_also_discussed_line_holds_forty_words_and_the_notes_name_the_rest(talkgo, audience):
    content, decks = talkgo
    lines = [(slide, p.text) for slide in decks[audience] for shape in slide.shapes if shape.has_text_frame
             for p in shape.text_frame.paragraphs if p.text.startswith(ZH["also_discussed"] + ":")]
    assert lines or audience != "executive"  # (the policy and technical lines named only the page's title heading and
    # an embed's, "Go 夜读第 64 期…" and "观看视频", no topics since audit20: those decks show every topic)
    for slide, line in lines:
        assert count_words(line) <= 40, line  # (was ten topics, 51 words)
        notes = slide.notes_slide.notes_text_frame.text if slide.has_notes_slide else ""
        more = re.search(r"另有 (\d+) 个", line)
        rest = [t for t in content.topics if plain(t.title) not in line and plain(t.title) in notes]
        assert len(rest) >= (int(more.group(1)) if more else 0)  # (each one left off the line, in its notes)


def test_a_shortcode_line_is_no_point(talkgo):
    """A site generator's shortcode alone on a line ("{{< youtube id=… >}}") is the page's markup (blocks.py)."""
    _, decks = talkgo
    shown = [shape.text_frame.text for deck in decks.values() for slide in deck for shape in slide.shapes
             if shape.has_text_frame]
    assert not [text for text in shown if "{{<" in text]  # (was the policy deck's "观看视频" slide)
    notes = 'Talk\n\n## Video\n\n{{< youtube id="x" >}}\n{% include card.html %}\n\n## Plan\n\n- Show {{ name }} as written.\n'
    topics = import_notes(notes, "n.md").data["topics"]
    said = [p if isinstance(p, str) else p["text"] for t in topics for p in t.get("points", [])]
    assert said == ["Show {{ name }} as written."]
