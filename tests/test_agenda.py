"""Issue #20 §7 and §8: a chapter list is one compact chapters slide (two columns when long), its
report and handout carry no deck pagination, and every chosen topic is in the agenda with its time,
also one without points. Read from the built deck, report and handout."""
from __future__ import annotations


import subprocess

import pytest
from pptx import Presentation
from pypdf import PdfReader

from generator.asides import asides

from generator.build import build
from generator.timestamps import format_timestamp
from generator.words import load_words
from tests.conftest import AUDIENCES, have

TITLES = ["Opening statements from the panel", "Housing supply in growing cities", "Zoning reform and its critics",
          "Transit-oriented development", "Rent stabilisation: what the data says", "Public land for homes",
          "Questions from the audience", "Closing remarks"]


def chapters(path, count: int, names: list[str] = TITLES):
    """A titles-only chapter list of ``count`` chapters of ``names``, as `briefing import` writes one."""
    titles = [names[i % len(names)] + (f" ({i // len(names) + 1})" if i >= len(names) else "") for i in range(count)]
    topics = "".join(f"  - {{id: c{i}, title: \"{t}\", at: '{format_timestamp(i * 97)}'}}\n"
                     for i, t in enumerate(titles))
    path.write_text("title: A housing panel\nsources:\n  - {id: video, name: Panel video, "
                    "url: 'https://www.youtube.com/watch?v=abcdefghijk'}\ntopics:\n" + topics, encoding="utf-8")
    return path, titles


def listed(titles: list[str]) -> list[str]:
    """The chapters of ``titles`` a deck lists: all but the asides ("Closing remarks": asides.py)."""
    return [t for t, aside in zip(titles, asides(titles, load_words("en"))) if not aside]


def deck_texts(path) -> list[list[str]]:
    """Each slide's texts, one string a shape."""
    return [[sh.text_frame.text for sh in slide.shapes if sh.has_text_frame] for slide in Presentation(str(path)).slides]


def body_shapes(slide):
    return [sh for sh in slide.shapes if sh.has_text_frame and 118 <= sh.top / 12700 < 505]


def test_eight_chapters_are_one_chapters_slide_in_every_format(tmp_path):
    path, titles = chapters(tmp_path / "panel.yaml", 8)
    build([path], formats=["pptx", "pdf", "md"], output=tmp_path)
    for audience in AUDIENCES:
        slides = deck_texts(tmp_path / f"panel-{audience}.pptx")
        title = load_words("en")["chapters_even"].format(minutes=2)  # (never "8 chapters"; chapters of 97 s each)
        found = [n for n, texts in enumerate(slides) if texts and texts[0] == title]
        assert len(found) == 1, [s[:1] for s in slides]
        shown = " ".join(slides[found[0]])
        aside = asides(titles, load_words("en"))  # (no deck lists an aside: "Closing remarks"; the report does)
        assert all(t in shown for t, a in zip(titles, aside) if not a)
        assert not any(t in shown for t, a in zip(titles, aside) if a)
        md = (tmp_path / f"panel-{audience}.md").read_text(encoding="utf-8")
        assert "\n## Chapters\n" in md and " of 8" not in md
        text = " ".join(page.extract_text() for page in PdfReader(str(tmp_path / f"panel-{audience}.pdf")).pages)
        assert "Chapters" in text and "of 8" not in text and "1–4" not in text


def test_twelve_chapters_are_two_columns_on_one_slide_at_18_points_or_more_each_time_linked(tmp_path):
    path, titles = chapters(tmp_path / "panel.yaml", 12)
    build([path], audiences=["technical"], formats=["pptx"], output=tmp_path)
    prs = Presentation(str(tmp_path / "panel-technical.pptx"))
    slide = next(s for s in prs.slides if any(sh.has_text_frame and sh.text_frame.text == "Chapters" for sh in s.shapes))
    columns = body_shapes(slide)
    assert len(columns) == 2 and columns[0].top == columns[1].top and columns[0].left < columns[1].left
    items = [p for col in columns for p in col.text_frame.paragraphs]  # (the notes give titles only: its speaker notes)
    assert load_words("en")["titles_only"] in slide.notes_slide.notes_text_frame.text
    assert [p.runs[0].text.strip() for p in items] == listed(titles)
    sizes = {r.font.size.pt for p in items for r in p.runs}
    assert min(sizes) >= 18
    for i, p in zip((titles.index(t) for t in listed(titles)), items):  # each chapter's time links into the video
        linked = [r for r in p.runs if r.hyperlink.address]
        assert len(linked) == 1 and linked[0].hyperlink.address.endswith(f"t={i * 97}s"), p.runs[-1].hyperlink.address


def test_fifty_chapters_continue_on_one_further_chapters_slide(tmp_path):
    path, titles = chapters(tmp_path / "panel.yaml", 50, listed(TITLES))  # (fifty listed: no aside among them)
    build([path], audiences=["technical"], formats=["pptx", "md"], output=tmp_path)
    deck = tmp_path / "panel-technical.pptx"
    prs = Presentation(str(deck))
    title = load_words("en")["chapters_timed"]  # (never "50 chapters": review 14's finding 3; the last chapter's end
    # unknown, no "spread evenly")
    slides = [s for s in prs.slides if any(sh.has_text_frame and sh.text_frame.text.startswith(title) for sh in s.shapes)]
    names = [next(sh.text_frame.text for sh in s.shapes if sh.has_text_frame) for s in slides]
    # two columns a slide at the deck's one size for such slides (one type scale: 20 pt here, not a
    # size of their own), continued on one slide (review 14: never a third), the speaker notes naming the others
    # (no line counts them: review 18 finding 3)
    assert names == [title, f"{title} (cont.)"]
    shown = [p.runs[0].text.strip() for s in slides for col in body_shapes(s) for p in col.text_frame.paragraphs]
    assert load_words("en")["titles_only"] in slides[0].notes_slide.notes_text_frame.text  # (review 18: no list line)
    assert 10 < len(shown) < 50 and shown == listed(titles)[:len(shown)]
    notes = slides[-1].notes_slide.notes_text_frame.text
    assert all(title in notes for title in listed(titles)[len(shown):])
    assert all(len(body_shapes(s)) == 2 for s in slides)
    assert min(r.font.size.pt for s in slides for col in body_shapes(s) for p in col.text_frame.paragraphs
               for r in p.runs) >= 18
    assert "(cont.)" not in (tmp_path / "panel-technical.md").read_text(encoding="utf-8")


@pytest.mark.slow  # (a render through LibreOffice)
@pytest.mark.skipif(not (have("soffice") and have("pdftoppm")), reason="LibreOffice renders the deck")
def test_fifty_chapters_on_chapters_slides_overflow_nothing(tmp_path):
    from tests.test_deck_render import strays

    path, _ = chapters(tmp_path / "panel.yaml", 50)
    build([path], audiences=["technical"], formats=["pptx"], output=tmp_path)
    deck = tmp_path / "panel-technical.pptx"
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/profile", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(deck)], check=True, capture_output=True, timeout=300)
    assert strays(tmp_path / "panel-technical.pdf", deck) == []


def test_a_topic_without_points_is_named_with_its_time_not_in_the_agenda(tmp_path):
    """A topic without points has no slide: the agenda lists only the topics with one (review 9), and the
    sources' "Also discussed" line names it with its time, in every deck."""
    path = tmp_path / "mixed.yaml"
    path.write_text(
        "title: Mixed notes\nsources:\n  - {id: audio, name: Show audio, url: 'https://example.org/show.mp3'}\n"
        "topics:\n"
        "  - {id: grid, title: The grid is full, at: '2:00',"
        " points: [Connection queues run to ten years, Transformers take three years to arrive]}\n"
        "  - {id: listener, title: A listener question on heat pumps, at: '9:30'}\n"
        "  - {id: storage, title: Storage comes of age, at: '14:05', points: [Batteries shift the evening peak]}\n"
        "  - {id: prices, title: Panels get cheaper, at: '20:10', points: [Module prices fell by half]}\n",
        encoding="utf-8")  # (three topics with slides: an agenda of two is the report's only, review 21)
    build([path], formats=["pptx"], output=tmp_path)
    for audience in AUDIENCES:
        prs = Presentation(str(tmp_path / f"mixed-{audience}.pptx"))
        text = [p.text for s in prs.slides for sh in s.shapes if sh.has_text_frame for p in sh.text_frame.paragraphs]
        assert any(t.startswith("Also discussed:") and "A listener question on heat pumps (9:30)" in t for t in text)
        if audience in ("executive", "policy"):  # (no agenda: the summary is their map, review 18)
            continue
        agenda = next(s for s in prs.slides if any(sh.has_text_frame and sh.text_frame.text == "Agenda" for sh in s.shapes))
        items = [p for sh in body_shapes(agenda) for p in sh.text_frame.paragraphs]
        assert len(items) == 3 and not any(p.runs[0].text.startswith("A listener question") for p in items)
        notes = agenda.notes_slide.notes_text_frame.text
        assert notes.startswith("We cover 3 topics")


def test_two_topics_of_one_title_leave_the_agenda_only_where_one_has_no_slide(tmp_path):
    """The agenda drops a topic without a slide by its id: another topic of the same title, which has
    slides, stays in the agenda with its own time (matching by title dropped both)."""
    path = tmp_path / "twice.yaml"
    path.write_text(
        "title: Two question rounds\nsources:\n  - {id: audio, name: Show audio, url: 'https://example.org/show.mp3'}\n"
        "topics:\n"
        "  - {id: grid, title: The grid is full, at: '2:00', points: [Connection queues run to ten years]}\n"
        "  - {id: first, title: Listener questions, at: '9:30'}\n"
        "  - {id: storage, title: Storage comes of age, at: '14:05', points: [Batteries shift the evening peak]}\n"
        "  - {id: second, title: Listener questions, at: '20:10', points: [Heat pumps work in cold climates,"
        " Grants cover a third of the cost]}\n",
        encoding="utf-8")
    build([path], audiences=["technical"], formats=["pptx"], output=tmp_path)
    prs = Presentation(str(tmp_path / "twice-technical.pptx"))
    text = [p.text for s in prs.slides for sh in s.shapes if sh.has_text_frame for p in sh.text_frame.paragraphs]
    assert any(t.startswith("Also discussed:") and "Listener questions (9:30)" in t for t in text)
    agenda = next(s for s in prs.slides if any(sh.has_text_frame and sh.text_frame.text == "Agenda" for sh in s.shapes))
    items = [p.text for sh in body_shapes(agenda) for p in sh.text_frame.paragraphs]
    assert len(items) == 3 and [i for i in items if i.startswith("Listener questions")] == [items[2]], items
    assert "20:10" in items[2] and "9:30" not in " ".join(items), items
    assert agenda.notes_slide.notes_text_frame.text.startswith("We cover 3 topics")
