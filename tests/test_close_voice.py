"""Whose words a close says (review 20's worst 2; generator/close_voice.py): a speaker's forecast or warning closes in
their words with their name, a witness's unattributed first-person worry never does, and a quote the close says leaves
its topic's slide. Real notes are imported, built and read back with python-pptx (tests/notes_built.py); the rules
themselves on lines written here."""
from __future__ import annotations

import pytest
from pptx import Presentation

from generator.close import outlook
from generator.close_voice import apart, points_back, spoken_close, voiced
from generator.words import load_words

from .conftest import AUDIENCES
from .notes_built import NOTES, notes_build

EN, HE = load_words("en"), load_words("he")
CLOSE_WORDS = {load_words(code)[k] for code in ("en", "he") for k in ("what_it_means", "implications", "conclusion")}
WARNING = ("“If we fail to acknowledge that, and take immediate action to deter it, the next 30 years could be "
           "devastating for our nation”")
PUTIN = "“Whoever becomes the leader in artificial intelligence will become the ruler of the world”"
WORRY = "קשה מאוד להסביר לחברת האם האמריקאית שלנו"
OPEN = "אנחנו לא יודעים אם הוא יהיה רווחי. — גיא גולדמן"


def _decks(name: str) -> dict:
    """The built decks of the notes file ``name``, by audience: each slide's lines (title first, no footer)."""
    made = notes_build(NOTES / name, ("pptx",))
    assert made.problem is None, made.problem
    decks = {a: list(Presentation(str(made.content.with_name(f"{made.content.stem}-{a}.pptx"))).slides)
             for a in AUDIENCES}
    return {a: [[p.text.strip() for shape in slide.shapes if shape.has_text_frame
                 for p in shape.text_frame.paragraphs if p.text.strip()][:-2] for slide in slides]
            for a, slides in decks.items()}


def _ending(slides: list) -> list[str]:
    """The lines of the slide before the sources (the last slide where there is none)."""
    sources = {load_words(code)["sources"] for code in ("en", "he")}
    last = next((i for i, lines in enumerate(slides) if lines[:1] and lines[0] in sources), len(slides)) - 1
    return slides[last]


def test_a_speakers_quote_alone_is_no_close_it_stays_on_its_topics_slide():
    """Review 20: allin ended on its evidence; then (review 21's worst 2) on Putin's forecast alone, a bare quote under
    "What it means" / "Implications" / "Conclusion" with a tall rule and a gap before "— Vladimir Putin": a third
    party's quote states no implication of the briefing. A speaker's statement alone is no close (close_point.evidenced):
    the deck ends on its evidence, the quote stays with its speaker on its topic's slide ("Importance of Military
    Technology"), and the bottom line's speaker notes say it is what looks ahead."""
    for audience, slides in _decks("allin-summit-takeaways.txt").items():
        assert _ending(slides)[0] not in CLOSE_WORDS, (audience, _ending(slides))
        holding = [lines for lines in slides if any(PUTIN in line for line in lines)]
        assert len(holding) == 1 and f"{PUTIN} — Vladimir Putin" in holding[0], (audience, holding)
        assert "Importance of Military Technology" in holding[0], (audience, holding)


def test_a_witness_worry_is_no_close():
    """Before: knesset's close held the Flex representative's "קשה מאוד להסביר לחברת האם האמריקאית שלנו…" and "אנחנו לא
    יודעים אם הוא יהיה רווחי." unattributed under the committee's request to review within a year. A speaker's line that
    only states a need is no close; nor (review 21) one whose words point back at what was said before them: "whether
    it will be profitable" meant Flex's production line, which no slide names, and read as if it meant the order."""
    for audience, slides in _decks("knesset-finance-he.txt").items():
        last = _ending(slides)
        assert last[0] not in CLOSE_WORDS or not any(WORRY in line or OPEN.split(" — ")[0].rstrip(".") in line
                                                     for line in last), (audience, last)


@pytest.mark.parametrize(("name", "words"), (("house-cliff-notes.txt", WARNING.strip("“”")[:40]),
                                             ("knesset-finance-he.txt", OPEN.split(" — ")[0].rstrip("."))))
def test_a_speakers_words_that_point_back_close_nothing(name, words):
    """Review 21: cliff closed on the chairman's "“If we fail to acknowledge that, and take immediate action to deter
    it…”" — the second sentence of a quotation whose first titles slide 3, its "that" pointing at nothing on the close;
    knesset on "“אנחנו לא יודעים אם הוא יהיה רווחי.”" ("we don't know whether it will be profitable"), a witness's "it"
    that meant his company's production line. A speaker's lifted words close only where they stand alone
    (close_voice.points_back); these decks have no other statement that looks ahead, and end on their evidence."""
    for audience, slides in _decks(name).items():
        last = _ending(slides)
        assert last[0] not in CLOSE_WORDS or not any(words in line for line in last), (audience, last)


@pytest.mark.parametrize(("line", "lang", "back"), (
    ("If we fail to acknowledge that, and take immediate action to deter it, the next 30 years could be devastating",
     "en", True),
    ("Whoever becomes the leader in artificial intelligence will become the ruler of the world", "en", False),
    ("We expect that prices will rise next year", "en", False),
    ("They will vote on it next week", "en", True),
    ("אנחנו לא יודעים אם הוא יהיה רווחי", "he", True),
    ("הוועדה תדון בצו שוב בעוד שנה", "he", False)))
def test_points_back_finds_a_pronoun_or_a_clause_standing_for_what_came_before(line, lang, back):
    assert points_back(line, load_words(lang)) is back


def test_voiced_splits_an_attributed_quotation_and_names_each_speaker():
    """A quotation "“A. B,” said … Name" is its sentences, each with the name; a transcript's point with its speaker;
    a topic's quote with its speaker; an unattributed point in a speaker's voice, or a speaker's line that neither
    looks ahead nor decides, is no statement of a close."""
    def point(text: str) -> dict:
        return {"text": text, "at": None, "children": []}
    kept = point("Export controls will tighten next year.")
    topic = {"points": [point("“Prices rose 3%. Prices will fall next year,” said Chief Economist Ana Ruiz."),
                        point("We must fix this."), point("We will review the order next year."),
                        point("We need the plant."), kept],
             "quotes": [{"text": "The market will recover.", "speaker": "Lee Park", "at": None}],
             "said_by": {"We will review the order next year.": "Dana Cole", "We need the plant.": "Dana Cole"}}
    said = [p["text"] for p in voiced(topic, EN)]
    assert said == ["“Prices will fall next year” — Ana Ruiz", "We will review the order next year. — Dana Cole",
                    kept["text"], "“The market will recover.” — Lee Park"]
    assert voiced(topic, EN)[2] is kept  # (an unchanged point is the same object: its slide's points by identity)
    assert not spoken_close("“Prices rose 3%” — Ana Ruiz", EN) and spoken_close(kept["text"], EN)
    assert apart("“Prices rose 3%.” — Ana Ruiz", "“Prices will fall 3% next year” — Ana Ruiz")
    assert not apart("“Prices rose 3%.” — Ana Ruiz", "“Prices rose 3%.” — Lee Park")


def test_another_topics_forecast_left_off_its_slide_joins_a_close_of_one():
    """Where the topics that back the bottom line give one closing statement, the first one left off the slide of
    another topic the deck shows joins it (never one its slide shows: the close would say it twice)."""
    def point(text: str) -> dict:
        return {"text": text, "at": None, "children": []}
    backer = {"id": "a", "index": 1, "title": "Chips", "figures": [], "aside": False, "message": "", "summary": "",
              "at": None, "points": [point("Chip exports fell sharply this quarter after the new rules."),
                                     point("Exports of chips to China will be reviewed next year."),
                                     point("Chip makers moved plants abroad to keep their exports."),
                                     point("Chip prices held steady for domestic buyers.")]}
    other = {"id": "b", "index": 2, "title": "Births", "figures": [], "aside": False, "message": "", "summary": "",
             "at": None, "points": [point("Birth rates are at historical lows across the region."),
                                    point("Families are smaller than a generation ago."),
                                    point("Many couples wait longer before a first child."),
                                    point("Housing costs weigh on young couples in the cities."),
                                    point("Schools will close in rural areas as classes shrink.")]}
    opened = [point("Chip exports fell sharply after the new rules")]
    closing = [p["text"] for p in outlook([], opened, [backer, other], [backer, other], [], EN, 3)]
    assert closing == ["Exports of chips to China will be reviewed next year.",
                       "Schools will close in rural areas as classes shrink."]
    assert [p["text"] for p in outlook([], opened, [backer, other], [backer, other], [], EN, 0)] == [
        "Exports of chips to China will be reviewed next year."]  # (all shown: the forecast stays on its slide)


def test_a_partys_own_outlook_is_kicked_as_its_outlook_not_what_the_briefing_means():
    """Before: AMD's decks ended on "The company is optimistic about future growth, especially in Data Center AI" kicked
    "What it means" (policy "Implications"): the company's spin read as the deck's conclusion. A close titled by what its
    subject expects is kicked "Outlook" (close.stance); a title that concludes or decides keeps the audience's word."""
    for audience, slides in _decks("earnings-call-amd.txt").items():
        last = _ending(slides)
        assert set(last[:2]) == {EN["outlook_heading"], "The company is optimistic about future growth, especially in "
                                                        "Data Center AI"}, (audience, last)
    from generator.close import stance
    assert not stance("The committee will continue to investigate, as a result of the recall.", EN)
    assert not stance("The committee recommends that exports will be reviewed.", EN)


def test_a_speakers_line_cut_to_fit_keeps_the_speaker_and_closes_only_as_shown():
    """A close's line of a speaker's words, cut to its leading clause, keeps the speaker's name (before: knesset's
    "…יכול לעזור לנו מבלי לפגוע" closed without "— רפאל חדד"); a statement that looks ahead only in the clause its line
    drops closes nothing ("whoever it will be")."""
    from generator.close import outlook as closing
    from generator.close_point import close_line
    said = ("Moving the purchase tax to customs can help the plants in the south without harming anyone - not the "
            "importers, not the cable companies, whoever it will be. — Rafi Haddad")
    assert close_line(said).endswith(" — Rafi Haddad") and len(close_line(said)) < len(said)
    topic = {"id": "a", "index": 1, "title": "Order", "figures": [], "aside": False, "message": "", "summary": "",
             "at": None, "points": [{"text": said.split(" — ")[0], "at": None, "children": []}],
             "said_by": {said.split(" — ")[0]: "Rafi Haddad"}}
    assert closing([], [], [topic], [], [], EN, 0) == []
