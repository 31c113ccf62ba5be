"""Issue #20's leftovers: sections of a few link titles (German show notes: a heading over one to five
bare links) share a deck slide instead of each making a near-empty one, the report keeps each as written;
notes titled by their file name leave out a date it carries as an id; a list of links is headed "Links";
a timed slide's subtitle shows after its time line."""
from __future__ import annotations

import pytest
from pptx import Presentation

from generator.chapter_times import list_heading
from generator.importer import import_notes
from generator.short_topics import shared
from generator.words import load_words

from . import deck_economy as economy
from .conftest import AUDIENCES
from .notes_built import NOTES, notes_build
from .presentable_words import pdf_pages

BUDGET = {"max_points": 0, "depth": 3, "charts": True, "tables": True}


def _topic(n: int, lines: list[str], children: int = 0) -> dict:
    points = [{"text": text, "children": [{"text": "[More](https://example.org/more)", "children": []}] * children}
              for text in lines]
    return {"id": f"t{n}", "title": f"Topic {n}", "points": points, "figures": [], "charts": [], "tables": []}


def test_a_heading_over_a_few_link_titles_shares_a_slide_and_statements_do_not():
    links = [f"[Link {i}]( https://example.org/a/very/long/address/{i} )" for i in range(4)]
    statements = [f"Statement {i} says a good deal more than the title of a link would" for i in range(4)]
    assert [len(g) for g in shared([_topic(1, links), _topic(2, links[:2], children=1)], BUDGET)] == [2]
    assert [len(g) for g in shared([_topic(1, statements), _topic(2, links[:2])], BUDGET)] == [1, 1]
    assert [len(g) for g in shared([_topic(1, links * 2), _topic(2, links[:2])], BUDGET)] == [1, 1]  # (8 lines)


def _topic_titles(slide) -> set[str]:
    return {p["text"] for p in economy._paragraphs(slide)}


def test_binaergewitters_link_sections_share_slides_and_keep_their_report_sections():
    """binaergewitter: "Themen" (CLT, Kubecon EU, CS3 in Oslo and two links under them: 9 words) was a
    slide alone in every deck; now no deck has a slide of fewer than 15 words, and "Themen" shares one."""
    made = notes_build(NOTES / "binaergewitter-de.md", ("pptx", "pdf"))
    assert made.problem is None
    for audience in AUDIENCES:
        stem = made.content.with_name(f"{made.content.stem}-{audience}")
        slides = list(Presentation(str(stem.with_suffix(".pptx"))).slides)
        assert not [f for f in economy.words(slides) if f[0] == "sparse"], audience
        themen = [s for s in slides if "CS3 in Oslo" in _topic_titles(s)]
        shared = _topic_titles(themen[0]) if len(themen) == 1 else set()  # (its heading and another section's)
        assert "Themen" in shared and shared & {"News", "Untoter der Woche", "Mimimi der Woche", "Picks"}, audience
        lines = [line.strip() for _, page in pdf_pages(stem.with_suffix(".pdf")) for line in page]
        assert {"Themen", "Picks", "Lesefoo"} <= set(lines), audience  # (each its own section, its heading)


@pytest.mark.parametrize("name, title", [
    ("js-party-links.md", "Js party links"),
    ("2026-04-03.Binaergewitter.Talk.378.md", "Binaergewitter Talk 378"),
    ("episode_notes-20240109.txt", "Episode notes"),
    ("release_1.5_notes.md", "Release 1.5 notes"),
    ("2026-01-09.md", "2026-01-09"),
])
def test_notes_titled_by_their_file_name_leave_out_the_date_it_carries_as_an_id(name, title):
    found = import_notes("- First item\n- Second item\n", name)  # (a list of links says what it is: test_link_titles)
    assert found.data["title"] == title
    assert [w.message for w in found.warnings if "no title" in w.message] == [
        f"no title in the notes; used '{title}' (give --title)"]


def _shape_texts(slide) -> list[tuple[str, int, int]]:
    """(text, left, top) of each text box of ``slide``, in points."""
    return [(shape.text_frame.text, round(shape.left / 12700), round(shape.top / 12700)) for shape in slide.shapes
            if shape.has_text_frame and shape.text_frame.text.strip()]


def test_a_timed_slides_subtitle_shows_after_its_time_line():
    """syntax-year-review: "Our 2024 Predictions Reviewed" lists predictions without verdicts, and says so under
    its title; the time line had that row and the words were drawn nowhere. (Review 18: that the notes give
    "What happened this year?" as titles only is in its speaker notes, no more under its title.)"""
    made = notes_build(NOTES / "syntax-year-review.md", ("pptx",))
    deck = Presentation(str(made.content.with_name(f"{made.content.stem}-technical.pptx")))
    slide = next(s for s in deck.slides if s.shapes.title and s.shapes.title.text_frame.text == "Our 2024 Predictions Reviewed")
    texts = _shape_texts(slide)
    time_line = next(t for t in texts if t[0].startswith("▶"))
    subtitle = [t for t in texts if t[0] == load_words("en")["no_verdicts"]]
    assert len(subtitle) == 1 and subtitle[0][2] == time_line[2] and subtitle[0][1] > time_line[1]
    box = next(shape for shape in slide.shapes if shape.has_text_frame and shape.text_frame.text.startswith("▶"))
    assert round((box.left + box.width) / 12700) < subtitle[0][1]  # (side by side, not over each other)


def test_a_subtitle_its_title_or_kicker_says_again_leaves_the_deck(decks):
    """The default content: "Major companies are building massive AI computing infrastructure." under the
    title "Major companies are building massive AI computing clusters." says it twice; "DeepSeek achieved
    remarkable cost efficiency through:" leads into the points; "Discussion of TSMC's critical role in global
    semiconductor production." narrates instead of stating (review 12). The reports are unchanged: they keep all three."""
    deck = Presentation(str(decks / "deepseek-executive.pptx"))
    shown = {t for s in deck.slides for t, _, _ in _shape_texts(s)}
    assert any(t.startswith("TSMC") for t in shown)  # (its slide is there)
    assert not {"Major companies are building massive AI computing infrastructure.",
                "DeepSeek achieved remarkable cost efficiency through:",
                "Discussion of TSMC's critical role in global semiconductor production."} & shown


def test_notes_that_only_list_links_head_their_list_links_not_chapters():
    """jsparty: 45 links the show referred to, no times: not chapters of the recording; the list says the notes
    give these links (never "45 links": review 14's finding 3), and no summary slide pads it (the report's
    bottom line says the notes list links only)."""
    made = notes_build(NOTES / "jsparty-links.md", ("pptx", "md"))
    deck = Presentation(str(made.content.with_name(f"{made.content.stem}-executive.pptx")))
    titles = [s.shapes.title.text_frame.text for s in deck.slides if s.shapes.title]
    assert load_words("en")["links_given"] in titles and not any("chapters" in t.casefold() for t in titles), titles
    handout = made.content.with_name(f"{made.content.stem}-executive.md").read_text(encoding="utf-8")
    assert "\n## Links\n" in handout and "## Chapters" not in handout
    said = [p.text for s in deck.slides for shape in s.shapes if shape.has_text_frame for p in shape.text_frame.paragraphs]
    assert load_words("en")["chapters_only"] not in said and load_words("en")["titles_only"] not in said  # (links, not chapters)


@pytest.mark.parametrize("lang, titles, at, heading", [
    ("fr", ["[Un](https://example.org/1)", "Voir [deux](https://example.org/2)"], None, "Liens"),
    ("en", ["[One](https://example.org/1)", "Two"], None, "Chapters"),  # (one title without a link)
    ("en", ["[One](https://example.org/1)", "[Two](https://example.org/2)"], {"seconds": 60}, "Chapters"),  # (timed)
])
def test_a_list_heading_is_links_only_for_untimed_titles_that_all_carry_a_link(lang, titles, at, heading):
    assert list_heading([{"title": t, "at": at} for t in titles], load_words(lang)) == heading
