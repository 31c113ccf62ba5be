"""Notes that name nothing and list links only (issue #20: jsparty's show-notes page of 45 links,
no title line, heading or sentence) are titled by what they are: their count and common thread,
else the site most of them point to, else the count (generator/importer/link_titles.py), in the
notes' language; never a topic they do not name, and the file's name only when they are no such list."""
from __future__ import annotations

import pytest
from pptx import Presentation
from pypdf import PdfReader

from generator.importer import import_notes
from generator.loader import load_content

from .conftest import AUDIENCES
from .notes_built import NOTES, notes_build

JSPARTY = "45 links, 17 to developer.chrome.com"


def _links(*items: tuple[str, str]) -> str:
    return "".join(f"- [{text}]({url})\n" for text, url in items)


def test_jsparty_is_titled_by_its_count_and_the_site_most_of_its_links_point_to():
    """45 links, 17 of them to developer.chrome.com (CSS is in 10 of the texts: under a quarter, no
    thread); the import says what it used and names --title; every audience's deck, report and handout
    carry it, the deck's cover and its list slide never the file's name."""
    found = import_notes((NOTES / "jsparty-links.md").read_text(encoding="utf-8"), "jsparty-links.md")
    assert found.data["title"] == JSPARTY
    assert [w.message for w in found.warnings if "no title" in w.message] == [
        f"no title in the notes; used '{JSPARTY}', what they are: a list of links (give --title)"]
    build = notes_build(NOTES / "jsparty-links.md")
    assert build.problem is None
    assert load_content(build.content).title == JSPARTY
    for audience in AUDIENCES:
        stem = build.content.parent / f"jsparty-links-{audience}"
        slides = [[s.text_frame.text for s in slide.shapes if s.has_text_frame]
                  for slide in Presentation(str(stem.with_suffix(".pptx"))).slides]
        assert JSPARTY in slides[0]
        assert not any("Jsparty" in text for slide in slides for text in slide)
        assert JSPARTY in " ".join(PdfReader(str(stem.with_suffix(".pdf"))).pages[0].extract_text().split())
        assert stem.with_suffix(".md").read_text(encoding="utf-8").startswith(f"# {JSPARTY}\n")


@pytest.mark.parametrize(("lang", "title"), [
    ("en", "5 links, 3 on Python"),
    ("de", "5 Links, 3 davon zu Python"),
    ("fr", "5 liens, dont 3 sur Python"),
    ("es", "5 enlaces, 3 sobre Python"),
    ("zh", "5 个链接，其中 3 个关于Python"),
    ("ar", "5 روابط، 3 منها عن Python"),
    ("he", "5 קישורים, 3 מהם על Python"),
])
def test_a_list_of_links_shares_a_thread_said_in_the_notes_language(lang, title):
    notes = _links(("Python 3.13 released", "https://blog.python.org/a"), ("Why Python for science", "https://lwn.net/b"),
                   ("Python in Excel", "https://security.googleblog.com/c"), ("Zig 0.13", "https://ziglang.org/d"),
                   ("Go generics", "https://go.dev/e"))
    found = import_notes(notes, "episode-links.md", lang=lang)
    assert found.data["title"] == title
    assert len(found.data["topics"]) == 5


def test_an_acronym_is_a_thread_and_a_shared_site_comes_next_then_the_count_alone():
    api = _links(("The Popover API", "https://a.example/1"), ("View Transitions API", "https://b.example/2"),
                 ("Anchor positioning", "https://c.example/3"), ("Fetch API on MDN", "https://d.example/4"))
    assert import_notes(api, "links.md").data["title"] == "4 links, 3 on API"
    site = _links(("Popover", "https://developer.mozilla.org/a"), ("Anchors", "https://www.developer.mozilla.org/b"),
                  ("Easing", "https://developer.chrome.com/c"), ("Nesting", "https://web.dev/d"))
    assert import_notes(site, "links.md").data["title"] == "4 links, 2 to developer.mozilla.org"
    alone = _links(("Popover", "https://a.example/1"), ("Anchors", "https://b.example/2"), ("Easing", "https://c.example/3"))
    assert import_notes(alone, "links.md", lang="fr").data["title"] == "3 liens"


def test_a_list_that_is_not_only_links_keeps_the_file_name():
    """An item without a link, or a single link, is no list of links: nothing to count, the file's name."""
    mixed = _links(("Popover", "https://a.example/1"), ("Anchors", "https://b.example/2")) + "- A plain item\n"
    assert import_notes(mixed, "my-links.md").data["title"] == "My links"
    assert import_notes(_links(("Popover", "https://a.example/1")), "my-links.md").data["title"] == "My links"
