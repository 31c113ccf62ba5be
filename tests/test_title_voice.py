"""Review 20's worst problem 3: titles state the point in the deck's voice (title_voice.py, question_titles.py,
deck_headed.py).

Read from the real fixtures' built decks (notes_built), written independently of the modules:

- no slide's title is a speaker's first-person turn (knesset's "אנחנו מבקש שבעוד שנה…", talkgo's "我们都是从其他语言转的…"),
  and no two titles in a row say the same sentence (knesset s3/s4);
- a question's label ("Q: ") is on no title or kicker, and no title is a reply that needs its question (talkgo's
  "并没有扔哪里去…", "it was thrown nowhere");
- a quotation titles its slide closed, with its speaker (cliff: "“China is …” — Mike Rogers", not "Armed Services");
- a paragraph without a heading is titled by its own statement, not the deck's title with "(2)" (panel-civo).
"""
from __future__ import annotations

import re

import pytest
from pptx import Presentation

from .notes_built import NOTES, notes_build

_FIRST_PERSON = re.compile(r"(?<![\w\u0590-\u05ff])(?:[ושכ]?(?:אני|אנחנו|אנו)|I|[Ww]e|[Oo]ur)(?![\w\u0590-\u05ff])|我们")
_KICKER_PT = 14  # a kicker's text is smaller than this (13 pt), a slide's points larger


def _slides(stem: str, audience: str) -> list[tuple[str, list[str]]]:
    """Each slide's title and the texts of its other shapes' paragraphs, of the built deck."""
    made = notes_build(NOTES / stem, ("pptx",))
    assert made.problem is None, made.problem
    deck = Presentation(str(made.content.with_name(f"{made.content.stem}-{audience}.pptx")))
    out = []
    for slide in deck.slides:
        title = slide.shapes.title.text_frame.text if slide.shapes.title is not None else ""
        lines = [p.text for s in slide.shapes if s.has_text_frame and s != slide.shapes.title
                 for p in s.text_frame.paragraphs if p.text.strip()]
        out.append((title, lines))
    return out


@pytest.mark.parametrize("audience", ["executive", "policy", "technical"])
@pytest.mark.parametrize("stem", ["knesset-finance-he.txt", "talkgo-runtime-zh.md"])
def test_no_title_is_a_first_person_turn(stem, audience):
    titles = [title for title, _ in _slides(stem, audience)]
    assert not [t for t in titles if _FIRST_PERSON.search(t)], titles
    assert not [(a, b) for a, b in zip(titles, titles[1:]) if a and b and (a in b or b in a)], titles


@pytest.mark.parametrize("audience", ["executive", "policy", "technical"])
def test_questions_title_without_their_label_and_no_reply_titles_a_slide(audience):
    slides = _slides("talkgo-runtime-zh.md", audience)
    shown = [t for title, lines in slides for t in [title, *lines[:1]]]  # (the title, then the kicker where there is one)
    assert not [t for t in shown if re.match(r"Q\s*[:：]", t)], shown
    assert not [title for title, _ in slides if title.startswith(("并没有", "多,"))], [title for title, _ in slides]
    if audience == "executive":
        assert "腾讯现在用go的多吗?" in [title for title, _ in slides]


@pytest.mark.parametrize("audience", ["executive", "policy", "technical"])
def test_a_quotation_titles_its_slide_with_its_speaker(audience):
    titles = [title for title, _ in _slides("house-cliff-notes.txt", audience)]
    assert "Armed Services" not in titles, titles
    assert any(t.startswith("“China is the most challenging") and t.endswith("” — Mike Rogers") for t in titles), titles


def test_a_paragraph_without_a_heading_is_titled_by_its_own_statement():
    slides = _slides("panel-civo.txt", "executive")
    titles = [title for title, _ in slides]
    assert not [t for t in titles if t.endswith(" (2)")], titles
    assert titles[1].startswith("The conversation covers"), titles


def test_the_rules_on_words_of_no_fixture():
    """title_voice and bottom_items on statements written for this test: a reply with its comma says what follows,
    one that needs its question says nothing; a name of capitalised words is no first person."""
    from generator.bottom_items import in_voice
    from generator.title_voice import answered, replies, voiced
    from generator.words import load_words

    en, zh, he = load_words("en"), load_words("zh"), load_words("he")
    assert answered("No, the council kept the budget as it was.", en) == "The council kept the budget as it was."
    assert replies("No, it was.", en) and not replies("Nobody came to the meeting on Monday.", en)
    assert not replies("No company has filed its report yet this year.", en)
    assert answered("没有放在任何队列里面", zh) == "" and replies("多, 至少 500 人", zh)
    assert not in_voice("The city runs on Open Street Maps, We Love Maps is its app", en)
    assert in_voice("Then we must fix the roads", en)
    assert voiced("אחד הדברים שרצינו לעשות זה להביא את הממירים", he, False)
    assert not voiced("הוועדה אישרה את הצו בשיעור של 10%", he, False)
    assert voiced("Members said the plan was- - -", en)  # (cut off: a fragment)

