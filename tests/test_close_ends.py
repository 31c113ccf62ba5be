"""Every deck ends on its point, then the sources (issue #21 item 6, review 18's finding 4): the rules that read a built
deck's end (tests/deck_close.py), and the rules that make it: a Sources slide of titles, not addresses
(generator/source_lines.py); what was decided before what is hoped (close_resolve.py); what is at stake and what lies
ahead on a conclusion's close (close_watch.py); where to hear the point when the notes say nothing that closes, but
give times (close_where.py). Each built deck is read back with python-pptx."""
from __future__ import annotations

from pptx import Presentation

from generator.build import build
from generator.close import outlook
from generator.close_resolve import closing_parts, resolving_first
from generator.close_watch import at_stake, watch_line
from generator.words import load_words

from .deck_close import check as ends
from .test_presentability import SENTENCE, _box, _deck, _points

EN, HE = load_words("en"), load_words("he")
RULES = {"ends-on-point", "links-close", "raw-source"}


def _slides(path) -> list[list[str]]:
    """Each slide's lines (every text box's paragraphs), in order."""
    return [[p.text.strip() for shape in slide.shapes if shape.has_text_frame for p in shape.text_frame.paragraphs
             if p.text.strip()] for slide in Presentation(str(path)).slides]


def _ends(tmp_path, *slides) -> set:
    return {v.rule for v in _deck(tmp_path, *slides, name="w-executive")} & RULES


def test_a_deck_that_ends_on_evidence_links_or_addresses_breaks_the_rules(tmp_path):
    """The rules themselves, on decks made to break them: review 18 found decks ending on their evidence (allin,
    wizeup), on a list of links, and Sources slides of raw addresses (lescast, syntax, lex)."""
    cover = lambda slide: _box(slide, ["Water"], top=22, size=40)
    summary = _points("The bottom line", (SENTENCE, 0, 20), ("Meters find leaks twice as fast.", 0, 20))
    topic = _points("Meters find leaks twice as fast", (SENTENCE, 0, 20), ("Bills rise by £38 a year.", 0, 20))
    named = _points("Sources", ("Board meeting video", 0, 20), links=True)
    raw = _points("Sources", ("Board meeting video", 0, 20), ("https://example.org/board.mp3", 0, 20))
    close = _points("What it means", ("Regulators should publish the trigger levels.", 0, 20),
                    ("The board plans to review the tariff next year.", 0, 20))
    links = _points("Further reading", ("example.org — Leaks", 0, 20), ("water.org — Meters", 0, 20), links=True)
    assert _ends(tmp_path, cover, summary, topic, named) == {"ends-on-point"}
    assert _ends(tmp_path, cover, summary, topic, links, named) == {"ends-on-point", "links-close"}
    assert _ends(tmp_path, cover, summary, topic, close, raw) == {"raw-source"}
    assert _ends(tmp_path, cover, summary, topic, close, named) == set()
    watch = _points("What to watch", ("The board plans to review the tariff next year.", 0, 20), (SENTENCE, 0, 20))
    assert _ends(tmp_path, cover, summary, topic, watch, named) == set()  # (a closing section's heading)


def test_the_sources_slide_names_each_source_by_its_title_linked_never_its_address(tmp_path, write, minimal):
    """lescast's and syntax's Sources slides were raw addresses under each name, lex's the podcast's boilerplate
    ("This conversation is part of the … podcast."): each source is its name, linked to its address; a description
    that describes the show is left to the report, one that says what the source is stays."""
    content = write("s.yaml", minimal.replace(
        "    duration: 1:00:00\n",
        "    duration: 1:00:00\n    description: This conversation is part of the Artificial Intelligence podcast.\n"
        "  - id: minutes\n    name: Board minutes\n    url: https://example.org/minutes.pdf\n"
        "    description: The signed minutes of the March board meeting.\n"))
    build([content], formats=["pptx"], output=tmp_path, audiences=["executive"])
    prs = Presentation(str(tmp_path / "s-executive.pptx"))
    sources = list(prs.slides)[-1]  # (the deck ends on its Sources slide)
    lines = [p for shape in sources.shapes if shape.has_text_frame for p in shape.text_frame.paragraphs if p.text.strip()]
    texts = [p.text.strip() for p in lines]
    assert "Video" in texts and "Board minutes" in texts, texts
    assert not any(t.startswith("http") for t in texts) and not any("podcast" in t for t in texts), texts
    assert "The signed minutes of the March board meeting." in texts, texts
    links = {r.text: r.hyperlink.address for p in lines for r in p.runs if r.hyperlink.address}
    assert links.get("Video") == "https://www.youtube.com/watch?v=abc"
    assert links.get("Board minutes") == "https://example.org/minutes.pdf"
    assert not [v for v in ends(list(prs.slides)) if v[0] == "raw-source"]


def test_a_decision_and_its_terms_close_before_what_someone_hopes():
    """knesset's close held two hesitant quotes ("we need to examine it") and left out the committee's decision,
    written as one turn of several sentences in a script without capitals: its sentences that decide are the close's
    statements (close_resolve.closing_parts), first, and where two or more decide they are the close."""
    turn = ("אני מציע שנקבל החלטה, שאנחנו מאשרים את הצו. היתה בקשה לשנה. "
            "הוועדה מחליטה שהיא מבקשת מהמכס לבחון בתוך השנה הקרובה את הפעילות של החברה. "
            "אם אכן יתברר שזה מועיל, אנחנו מבקש שבעוד שנה יביאו הארכת הצו לשנתיים נוספות.")
    parts = closing_parts(turn, HE)
    assert [p[:12] for p in parts] == ["הוועדה מחליט", "אם אכן יתברר"], parts
    assert closing_parts("The committee decided to extend the order.", EN) == ["The committee decided to extend the order."]
    hedge = {"text": "We need to examine this further.", "at": None, "children": []}
    decided = [{"text": "The committee decided to extend the order by two years.", "at": None, "children": []},
               {"text": "It recommends a review within a year.", "at": None, "children": []}]
    assert resolving_first([hedge, *decided], EN) == decided
    assert resolving_first([hedge, decided[0]], EN) == [decided[0], hedge]
    topic = {"id": "t", "index": 1, "title": "The order", "aside": False, "figures": [],
             "points": [hedge, {"text": "The committee decided to extend the order by two years. It recommends a "
                                        "review within a year.", "at": None, "children": []}]}
    said = [p["text"] for p in outlook([], [{"text": "The order was approved.", "topic": "t"}], [], [topic], [], EN)]
    assert said == ["The committee decided to extend the order by two years.", "It recommends a review within a year."]


def test_a_conclusions_close_keeps_what_is_at_stake_and_ends_on_what_lies_ahead():
    """The default deck's close was two generic lines (review 18): the clause the slide dropped said what is at stake
    ("while raising questions about energy usage…"), and the notes' section on the future had no slide in the
    executive deck. The clause stays (close_watch.at_stake), the section's message ends the close (watch_line), never
    where a slide shows that section or the bottom line says it."""
    text = "Investments suggest continued progress, while raising questions about energy use and competition."
    assert at_stake("Investments suggest continued progress.", text, EN) == \
        "while raising questions about energy use and competition."
    assert at_stake("Investments suggest", "Investments suggest continued progress, driven by demand.", EN) == ""
    future = {"id": "f", "title": "Future of water", "aside": False, "message": "Meters will be everywhere by 2030."}
    other = {"id": "o", "title": "Leaks", "aside": False, "message": "Leaks cost a fifth of supply."}
    assert watch_line([other, future], [other], [], EN) == [{"text": future["message"], "at": None, "children": []}]
    assert watch_line([other, future], [future], [], EN) == []
    assert watch_line([other, future], [], [{"text": "Meters will be everywhere by 2030."}], EN) == []


WHERE = """title: Water meters
sources:
  - id: video
    name: Board meeting
    url: https://www.youtube.com/watch?v=abc
    duration: 1:00:00
takeaways:
  - Smart meters find leaks twice as fast as manual reading.
  - Household bills rise by 38 pounds a year to pay for the meters.
topics:
  - id: leaks
    title: Finding leaks with smart meters
    at: 4:00
    points:
      - Smart meters find leaks twice as fast as manual reading in the pilot towns.
      - The pilot covered three towns and twelve thousand homes.
      - Crews fixed most leaks within a day of the alert.
  - id: bills
    title: What the meters cost households
    at: 21:00
    points:
      - Household bills rise by 38 pounds a year to pay for the meters.
      - The cost is spread over ten years of bills.
      - Low-income households get a rebate on the charge.
"""


def test_notes_that_close_nowhere_but_give_times_end_on_where_to_hear_the_point(tmp_path, write):
    """wizeup and guide ended on their evidence: their notes conclude, decide and look ahead nowhere. Where the notes
    give times that open the recording, the deck ends on where to hear its bottom line's point: the moments of the
    topics that back its items, each linked to its time (close_where.py), then the sources."""
    build([write("w.yaml", WHERE)], formats=["pptx"], output=tmp_path, audiences=["executive"])
    prs = Presentation(str(tmp_path / "w-executive.pptx"))
    slides = _slides(tmp_path / "w-executive.pptx")
    [at] = [n for n, lines in enumerate(slides) if EN["where_to_hear"] in lines[:2]]
    assert slides[at + 1][0] == EN["sources"] and at == len(slides) - 2, slides
    body = [p for shape in prs.slides[at].shapes if shape.has_text_frame for p in shape.text_frame.paragraphs
            if p.text.strip() and p.text.strip() != EN["where_to_hear"]]
    timed = [p for p in body if any("youtube.com" in (r.hyperlink.address or "") for r in p.runs)]
    assert len(timed) == 2 and any("Finding leaks with smart meters" in p.text for p in timed), [p.text for p in body]
    assert not [v for v in ends(list(prs.slides)) if v[0] in RULES]


def test_a_closes_lines_end_alike():
    """AMD's close showed two details with no stop over a takeaway with one (review 18's render): where some lines
    end on a full stop and others on none, none does (close_watch.one_stop); lines that end alike are left as they are."""
    from generator.close_watch import one_stop
    mixed = [{"text": "Launch of new products"}, {"text": "Key growth areas include EPYC.", "children": [
        {"text": "while raising questions."}]}]
    assert [p["text"] for p in one_stop(mixed)] == ["Launch of new products", "Key growth areas include EPYC"]
    assert one_stop(mixed)[1]["children"][0]["text"] == "while raising questions"
    alike = [{"text": "Regulators should act."}, {"text": "Prices will fall next year."}]
    assert one_stop(alike) == alike
