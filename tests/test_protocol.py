"""A protocol's speaker lines read as who said what (generator/importer/protocol.py): on notes written for
this test, and on the decks built of the real Knesset Finance Committee protocol
tests/fixtures/notes/knesset-finance-he.txt ("<Name:>" speaker lines, a header of attendees and the agenda).
"""
from __future__ import annotations

import re

import pytest
from pptx import Presentation

from generator.importer.protocol import speaker_line
from generator.importer.notes import import_notes
from generator.inline import plain
from generator.loader import load_content

from .conftest import AUDIENCES
from .deck_bottom_items import items
from .deck_economy import heads
from .notes_built import NOTES, notes_build

MINUTES = """City Council
Regular meeting, minutes
04/03/2026
Tuesday, 3 March 2026, 7 p.m.
Present: the mayor, four councillors

Budget amendment for the water plant

Mayor Reed:
Good evening, we take the budget amendment for the water plant first.
Councillor Diaz:
The plant needs two new pumps before the summer, which costs 1.2 million dollars.
Mayor Reed:
Is there money left in the reserve fund?
Councillor Diaz:
Yes.
Councillor Diaz:
The reserve fund holds 3 million dollars after last year's surplus.
Mayor Reed:
Who is in favour of the amendment? Against? Abstaining?

Vote

For the amendment: unanimous
The budget amendment for the water plant is approved.

Mayor Reed:
Thank you all, the meeting is closed.
"""


def _points(data: dict) -> list[str]:
    return [p if isinstance(p, str) else p["text"] for t in data["topics"] for p in t.get("points", [])]


def _said_by(data: dict) -> list[tuple[str, str]]:
    return [(p.get("speaker", ""), p["text"]) if isinstance(p, dict) else ("", p)
            for t in data["topics"] for p in t.get("points", [])]


def test_speaker_lines_make_points_said_by_their_speakers_under_the_agenda_item():
    """Each sentence of a speech is a point with its ``speaker`` (it was "Councillor Diaz: The plant needs…": the
    name in the point's words, which a bottom line glued on)."""
    data = import_notes(MINUTES, "minutes.txt").data
    assert [t["title"] for t in data["topics"]] == ["Budget amendment for the water plant"]
    said = _said_by(data)
    assert said[0] == ("Councillor Diaz", "The plant needs two new pumps before the summer, which costs 1.2 million dollars.")
    assert ("Councillor Diaz", "Yes.") not in said and not any(t.startswith(("Mayor Reed", "Councillor Diaz")) for _, t in said)
    assert not any("four councillors" in t for _, t in said)  # (the header is the record, not a point)


def test_a_protocol_is_titled_by_its_subject_dated_by_its_record_and_led_by_its_decision():
    """The record's first line ("City Council") is who keeps it, not the title; the agenda item is. The record's
    written date settles its "04/03/2026" (4 March or April 3); the vote's decision leads (the takeaways), no point
    of the debate; the chair's opening, which reads the item out, is no point."""
    data = import_notes(MINUTES, "minutes.txt").data
    assert (data["title"], data["subtitle"], data["date"]) == ("Budget amendment for the water plant", "City Council",
                                                              "2026-03-03")
    assert data["takeaways"] == ["For the amendment: unanimous", "The budget amendment for the water plant is approved."]
    said = _points(data)
    assert not [p for p in said if "unanimous" in p or "is approved" in p or p == "Vote"]
    assert not [p for p in said if p.startswith("Mayor Reed: Good evening")]  # (the opening)


def test_the_vote_line_is_read_in_the_notes_language():
    """"Abstimmung" heads a German protocol's vote; in English notes it is only a word."""
    german = MINUTES.replace("\nVote\n", "\nAbstimmung\n")
    assert import_notes(german, "m.txt", lang="de").data["takeaways"][0] == "For the amendment: unanimous"
    assert "takeaways" not in import_notes(german, "m.txt").data


def test_notes_with_a_label_line_or_two_are_no_protocol():
    notes = "Show notes\n\nKey takeaways:\n- Rates rose twice this year\n- Inflation fell to 3%\n\nGuests:\nJane Doe\n"
    data = import_notes(notes, "notes.txt").data
    assert not any(": " in p and p.split(": ")[0] in ("Key takeaways", "Guests") for p in _points(data))


@pytest.fixture(scope="module")
def knesset():
    made = notes_build(NOTES / "knesset-finance-he.txt", ("pptx",))
    assert made.problem is None, made.problem
    return load_content(made.content), {a: list(Presentation(str(made.content.with_name(f"knesset-finance-he-{a}.pptx"))).slides)
                                        for a in AUDIENCES}


def test_the_protocol_is_its_debate_under_the_agenda_item_its_speeches_by_their_speakers(knesset):
    content, _ = knesset
    assert len(content.topics) == 1 and "ממירים" in content.topics[0].title  # (was "טמיר כהן", a speaker's label)
    said = [plain(p.text) for p in content.topics[0].points]
    assert sum(p.speaker == "קובי בוזו" for p in content.topics[0].points) >= 3
    assert not any(re.fullmatch(r"<?[^:]{1,40}:>?", p) or p.startswith("קובי בוזו") for p in said)


def test_the_knesset_protocol_is_titled_by_its_agenda_item_and_dated(knesset):
    """Was titled "הכנסת" (the Knesset: who keeps the record), undated (its "08/12/2015" reads either way round):
    the title is the agenda item (a customs order on set-top boxes, "ממירים"), the Knesset the subtitle, and the
    date the one the record writes out ("08 בדצמבר 2015": he.yaml's month_names)."""
    content, decks = knesset
    assert "ממירים" in content.title and content.subtitle == "הכנסת" and str(content.date) == "2015-12-08"
    for audience in AUDIENCES:
        cover = [s.text_frame.text for s in decks[audience][0].shapes if s.has_text_frame]
        assert any("ממירים" in text for text in cover) and any("2015" in text for text in cover), cover


@pytest.mark.parametrize("audience", AUDIENCES)
def test_the_decision_leads_the_protocol_s_deck(knesset, audience):
    """The decision leads the deck's bottom line: what the order does (a 10% duty on converters from 1.1.16 to
    31.12.17, the sentence of the speech that says it: summary.headline_statement) and the vote ("פה אחד":
    unanimous) are its first two items (the vote was first, then a speech glued to its speaker's name); among the
    technical deck's key takeaways, which weigh figures and mechanisms first (consequence.py); the chair's
    opening ("בוקר טוב, אני מתכבד לפתוח": good morning, I open the meeting) is on no slide."""
    _, decks = knesset
    said = items(decks[audience])
    leading = said if audience == "technical" else said[:2]
    assert [item for item in leading if "פה אחד" in item], said
    assert [item for item in leading if "10%" in item and "31.12.17" in item], said
    texts = [s.text_frame.text for slide in decks[audience] for s in slide.shapes if s.has_text_frame]
    assert not [text for text in texts if "מתכבד לפתוח" in text]


@pytest.mark.parametrize("audience", AUDIENCES)
def test_no_speaker_line_nor_protocol_markup_on_a_slide(knesset, audience):
    _, decks = knesset
    lines = [line for slide in decks[audience] for shape in slide.shapes if shape.has_text_frame
             for line in shape.text_frame.text.split("\n")]
    assert not [line for line in lines if re.fullmatch(r"\s*<[^<>]*>\s*", line)]  # (was '<היו"ר משה גפני:>')
    assert items(decks[audience]) and not [i for i in items(decks[audience]) if "הישיבה נעולה" in i]  # (the meeting closed)
    assert not [lines for slide in decks[audience] if (lines := heads(slide)) and lines[0].rstrip(":") == "טמיר כהן"]


def test_a_speaker_line_is_read_once_whatever_its_indent():
    """A line indented by thousands of spaces was tried at each split of its indent (the speaker pattern's leading
    spaces, then its name's, which may hold spaces): test_import's 2,000 ever deeper bullets took minutes; the line is
    stripped and a line longer than a speaker line is none."""
    assert speaker_line(" " * 5000 + "<Chair Smith:>") == "Chair Smith"
    assert speaker_line(" " * 5000 + "- x") == "" and speaker_line("A:" + " a" * 100) == ""
