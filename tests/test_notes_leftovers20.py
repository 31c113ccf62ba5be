"""Issue #20's last leftovers (audit20), read from built outputs: a wiki page's title keeps no language namespace and
no date id (osm: "ES:Reunión informal 20211109"); a heading over nothing but a site generator's embed is no topic
(talkgo: "观看视频" over ``{{< youtube … >}}``, listed as also discussed); the audience's name on slides and pages is
in the deck's language for the built-in audiences (knesset: "· Executive" in every Hebrew footer)."""
from __future__ import annotations

import re

import pytest
import yaml
from pptx import Presentation

from generator.importer.notes import import_notes
from generator.importer.page_titles import page_title
from generator.loader import load_content

from .conftest import AUDIENCES, have
from .notes_built import NOTES, notes_build
from .presentable_words import pdf_pages

LANGS = ("en", "de", "es", "fr", "ar", "he", "zh")


def _decks(name: str, formats=("pptx",)) -> tuple:
    """The content of a real notes fixture, its folder and its deck's slides per audience."""
    made = notes_build(NOTES / name, formats)
    assert made.problem is None, made.problem
    return load_content(made.content), made.content, {
        a: list(Presentation(str(made.content.with_name(f"{made.content.stem}-{a}.pptx"))).slides) for a in AUDIENCES}


def _texts(slides: list) -> list[str]:
    """Every paragraph of every slide, and every slide's speaker notes."""
    return [p.text for slide in slides for shape in slide.shapes if shape.has_text_frame
            for p in shape.text_frame.paragraphs] + [
        slide.notes_slide.notes_text_frame.text for slide in slides if slide.has_notes_slide]


def test_osm_title_keeps_no_wiki_namespace_nor_date_id_and_the_date_is_read():
    content, _, decks = _decks("osm-reunion-es.txt")
    assert content.title == "Reunión informal" and content.date == "2021-11-09"
    for audience in AUDIENCES:
        said = "\n".join(_texts(decks[audience]))
        assert "ES:" not in said and "20211109" not in said
        assert decks[audience][0].shapes.title.text_frame.text == "Reunión informal"
        assert "a las 20:02" not in said.split("\n")[:4]  # (a sentence ending on the date names no meeting)


@pytest.mark.parametrize(("title", "lang", "date", "expected"), [
    ("ES:Reunión informal 20211109", "es", None, ("Reunión informal", "2021-11-09")),
    ("EN:Weekly meeting 2024-03-01", "en", None, ("Weekly meeting", "2024-03-01")),
    ("DE:Treffen 2024-03-01", "de", "2024-03-01", ("Treffen", "2024-03-01")),
    ("Weekly meeting 20240301", "en", "2024-02-01", ("Weekly meeting 20240301", None)),  # (the header dates another day)
    ("AI:The future", "en", None, ("AI:The future", None)),  # (no namespace of the notes' language)
    ("Q: Why now?", "en", None, ("Q: Why now?", None)),
    ("Release 20240101 notes", "en", None, ("Release 20240101 notes", None)),  # (an id inside the title stays)
    ("20240101", "en", None, ("20240101", None)),  # (a title of a date alone keeps it)
    ("Episode 20241399", "en", None, ("Episode 20241399", None)),  # (no date)
])
def test_a_page_title_loses_its_namespace_and_date_id(title, lang, date, expected):
    assert page_title(title, lang, date) == expected


def test_talkgo_embed_heading_and_title_heading_are_no_topics_nor_also_discussed():
    """"观看视频" (over a Hugo embed) and "Go 夜读第 64 期深入浅出 Golang Runtime" (the page's title again, nothing under
    it) were topics named on the executive's "另外还讨论了" line and in the speaker notes."""
    content, _, decks = _decks("talkgo-runtime-zh.md")
    assert not {"观看视频", "Go 夜读第 64 期深入浅出 Golang Runtime"} & {t.title for t in content.topics}
    for audience in AUDIENCES:
        assert not [text for text in _texts(decks[audience]) if "观看视频" in text or "Go 夜读第" in text]


TITLED = """---
title: Caching at scale
---

## Notes on Caching at scale

## What we covered
- Caches fail when keys collide.
"""


@pytest.mark.parametrize(("notes", "kept"), [
    (TITLED, ["What we covered"]),
    (TITLED.replace("## What we covered\n- Caches fail when keys collide.\n", "## What we covered\n"),
     ["Notes on Caching at scale", "What we covered"]),  # (titles only: each is a chapter)
    (TITLED.replace("## Notes on Caching at scale\n", "## Notes on Caching at scale\n- It was busy.\n"),
     ["Notes on Caching at scale", "What we covered"]),  # (something under it: a topic)
])
def test_a_first_heading_that_only_repeats_the_title_is_no_topic(notes, kept):
    assert [t["title"] for t in import_notes(notes, "c.md").data["topics"]] == kept


EMBEDDED = """# Caching at scale

## What we covered
- Caches fail when keys collide.
- A TTL of 60 seconds halves the load.

## Watch the video

{{< youtube id="oFJL8S1dwsw" >}}

## Demo
{{< youtube id="abcdefghijk" >}}
- The demo shows a cold start of 4 seconds.

## Questions
- Keys should be versioned.
"""


def test_a_heading_over_only_an_embed_is_no_topic_one_with_text_stays():
    titles = [t["title"] for t in import_notes(EMBEDDED, "caching.md").data["topics"]]
    assert "Watch the video" not in titles and "Demo" in titles and "Questions" in titles


def test_every_language_names_the_built_in_audiences():
    from generator.words import load_words

    for code in LANGS:
        words = load_words(code)
        for audience in AUDIENCES:
            assert words[f"audience_{audience}"].strip(), (code, audience)
    names = {code: load_words(code)["audience_executive"] for code in LANGS}
    assert names["he"] != names["en"] and names["zh"] != names["en"]


@pytest.mark.skipif(not have("pdftotext"), reason="needs pdftotext")
def test_knesset_footers_and_report_name_the_audience_in_hebrew():
    from generator.words import load_words

    content, folder, decks = _decks("knesset-finance-he.txt", ("pptx", "pdf"))
    he = load_words("he")
    for audience in AUDIENCES:
        said = "\n".join(_texts(decks[audience]))
        assert not re.search(r"\b(?:Executive|Policy|Technical)\b", said), audience
        footers = [text for text in _texts(decks[audience][1:]) if " · " in text]
        assert footers and all(text.endswith(f" · {he[f'audience_{audience}']}") for text in footers)
        pages = "\n".join(line for _, lines in pdf_pages(folder.with_name(f"{folder.stem}-{audience}.pdf")) for line in lines)
        assert he[f"audience_{audience}"] in pages and not re.search(r"\b(?:Executive|Policy|Technical)\b", pages)


def test_an_audience_label_still_wins_and_an_unknown_audience_keeps_its_name(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from generator.cli import main

    monkeypatch.chdir(tmp_path)
    (tmp_path / "c.yaml").write_text(yaml.safe_dump({
        "title": "Prueba", "lang": "es", "sources": [{"id": "s", "name": "Actas del consejo"}],
        "topics": [{"id": "a", "title": "Un tema", "points": ["Algo pasa hoy aquí."]}]}),
        encoding="utf-8")
    for name, extra in (("board", {}), ("labelled", {"label": "Consejo"})):
        folder = tmp_path / "templates" / name
        folder.mkdir(parents=True)
        (folder / "audience.yaml").write_text(yaml.safe_dump({"extends": "executive", **extra}), encoding="utf-8")
    result = CliRunner().invoke(main, ["build", "c.yaml", "-a", "board", "-a", "labelled", "-a", "executive",
                                       "-f", "pptx", "-o", "out"])
    assert result.exit_code == 0, result.output
    footers = {name: [p.text for slide in list(Presentation(str(tmp_path / "out" / f"c-{name}.pptx")).slides)[1:]
                      for shape in slide.shapes if shape.has_text_frame for p in shape.text_frame.paragraphs
                      if " · " in p.text] for name in ("board", "labelled", "executive")}
    assert footers["board"] and all(text.endswith(" · Board") for text in footers["board"])
    assert all(text.endswith(" · Consejo") for text in footers["labelled"])
    assert all(text.endswith(" · directivo") for text in footers["executive"])
