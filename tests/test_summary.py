"""What a deck opens on (generator/summary.py), how a topic slide is titled (generator/titles.py),
and what every built-in audience opens and closes on for real notes (issue #21 rules 2 and 3a)."""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from pptx import Presentation

from generator.audiences import load_audience
from generator.cli import main
from generator.clauses import whole_statement
from generator.deck_twin import lines as _lines
from generator.deckfit import MOST_LINES
from generator.close import outlook, repeats
from generator.loader import load_content
from generator.render import render_document
from generator.said_same import distinct, same
from generator.sentence_kinds import is_aside_sentence
from generator.summary import opening
from generator.titles import strongest
from generator.words import load_words

from . import deck_storyline as storyline
from .notes_built import built_notes

EN = load_words("en")
NOTES = Path(__file__).resolve().parent / "fixtures" / "notes"


def point(text: str, children: list | None = None) -> dict:
    return {"text": text, "at": None, "children": children or []}


def topic(title: str, points: list, message: str = "", summary: str = "", index: int = 1) -> dict:
    return {"id": title.lower().replace(" ", "-"), "index": index, "title": title, "message": message, "summary": summary,
            "points": [point(p) if isinstance(p, str) else p for p in points], "aside": False, "weight": 1.0, "at": None,
            "empty": not points, "figures": [], "charts": [], "quotes": [], "tables": []}


def test_biographies_and_descriptions_of_the_episode_are_no_statements():
    for text in ("Scott Aaronson is a professor at UT Austin, director of its Quantum Information Center.",
                 "His research interests center around the limits of quantum computers.",
                 "This conversation is part of the Artificial Intelligence podcast.",
                 "In this episode we look back at a busy year for the web platform."):
        assert is_aside_sentence(text, EN), text
    assert not is_aside_sentence("Quantum computers will not break every cipher soon.", EN)
    assert not is_aside_sentence("Hosting costs fell by a third this year.", EN)


def test_statements_that_share_a_number_or_most_key_words_say_the_same():
    assert same("The podcast celebrates its 1000th episode", "1000 episodes and a billion views mark seven years")
    assert same("Reservoir storage is at a ten-year low", "Storage in the reservoirs is at its lowest in ten years")
    assert not same("Revenue grew 36% in 2025", "Net income increased 31% in 2025")  # (a year is no shared number)
    assert not same("Cost efficiency: DeepSeek's models are 27x cheaper than competitors",
                    "Model architecture innovations: DeepSeek achieved significant efficiency gains")
    takeaways = [point(t) for t in ("The podcast celebrates its 1000th episode and seven-year journey.",
                                    "1000 episodes and a billion views mark seven years of growth.",
                                    "Authenticity and hard work are core to the show's success.",
                                    "The podcast commemorates its milestone 1000th episode.")]
    assert [p["text"][:20] for p in distinct(takeaways, EN)] == ["1000 episodes and a ", "Authenticity and har"]


def test_a_statement_of_the_notes_that_prints_an_address_does_not_open_the_deck_a_takeaway_does():
    said = ["Read [the full report](https://example.org/report) before **Friday** this week",
            "Run the installer and see https://www.example.com/docs/getting-started for the steps"]
    shown = [topic("Docs", said)]
    assert [p["text"][:8] for p in opening([], shown, shown, [], EN)] == ["Read [th"]
    assert len(opening([point(t) for t in said], [], [], [], EN)) == 2  # (the author's takeaways: kept)


def test_the_opening_leaves_out_predictions_and_describes_nothing():
    shown = [topic("Our 2024 predictions reviewed", ["Types in JS will have real movement this year."]),
             topic("What happened", ["React.", "Bluesky."], index=2)]
    intro = ["Scott and Wes look back at 2024 and share highlights from a big year."]
    # nothing stated: the deck opens on what the notes say of the recording (issue #21, round 3)
    assert [p["text"] for p in opening([], shown, shown, intro, EN)] == intro
    shown.append(topic("Hosting", ["Hosting costs fell by a third this year for small teams."], index=3))
    assert [p["text"] for p in opening([], shown, shown, intro, EN)] == [
        "Hosting costs fell by a third this year for small teams."]


def test_a_title_is_the_message_else_the_summary_else_the_weightiest_point():
    points = ["Membership doubled after the fee was dropped last spring.", "Revenue grew 36% to $9.2 billion this year.",
              "Evening opening stays on Tuesdays and Thursdays for every branch."]
    stated = "Membership and revenue grew in a strong year"
    assert strongest(topic("Results", points, message=stated), EN)["title"] == stated
    # a message the points do not support (no number, fewer than two key words in common) gives way
    assert strongest(topic("Results", points, message="The year was strong"), EN)["title"] == points[1]
    stated = strongest(topic("Results", points, summary="Every branch grew this past year. More follows."), EN)
    assert (stated["title"], stated["kicker"], stated["summary"]) == ("Every branch grew this past year.", "Results",
                                                                      "More follows.")
    stated = strongest(topic("Results", points), EN)  # a point with a number first; no other line backs it, so it
    assert stated["title"] == points[1] and stated["kicker"] == "Results"  # stays, first (review 16: title_backing.py)
    assert [p["text"] for p in stated["points"]] == [points[1], points[0], points[2]]
    labelled = strongest(topic("Migration", ["Results after the migration were spectacular: replicas from 43 to 12, "
                                             "CPU from 15 to 5 cores, lighter images for every service we run",
                                             points[0], points[2]]), EN)
    # (a label that says no number takes its list's first item, the one with the number: review 9 finding 3)
    assert labelled["title"] == "Results after the migration were spectacular: replicas from 43 to 12"
    assert labelled["points"][0]["text"].startswith("CPU from 15 to 5 cores")
    clause = "The host describes the effort required to create such output, often underestimated by the audience, " \
             "with behind-the-scenes production and hours of work"
    stated = strongest(topic("Journey", [clause, points[0], points[2]]), EN)  # a cut clause is no title: the next whole point
    assert stated["title"] == points[0] and [p["text"] for p in stated["points"]] == [points[0], clause, points[2]]
    value = strongest(topic("Margins", ["Gross margin: 54%", points[0], points[2], clause]), EN)  # "Label: value" is no title
    assert value["title"] == points[0]
    comment = strongest(topic("Java", ["A good article on the closed world of Java and its native images.",
                                       points[0], points[2], clause]), EN)  # commentary on the source is no title
    assert comment["title"] == points[0]


def test_a_title_or_summary_item_is_whole_never_cut_with_an_ellipsis():
    """A summary item or a title is the text, its label, or a leading clause that ends before a clause of
    its own (";", a dash, ", after…"); never mid-list, mid-phrase or with "…"."""
    assert whole_statement("Subcommittee on Defense concluded a closed hearing to examine the Missile Defense Agency, "
                           "focusing on a program update, after receiving testimony", 15) == (
        "Subcommittee on Defense concluded a closed hearing to examine the Missile Defense Agency")
    # never before a qualifier, a cause or a contrast (review 10, finding 1): the sentence is whole or not at all
    assert whole_statement("The company is optimistic about future growth, especially in Data Center AI", 8) == ""
    # (what follows ", with" adds to the clause before it: the cut keeps the qualifier, review 11)
    assert whole_statement("The company is optimistic about future growth, especially in Data Center AI, with the "
                           "launch of new products", 12) == (
        "The company is optimistic about future growth, especially in Data Center AI")
    for cut in ("Committee ordered favorably reported routine lists in the Army, Navy, Air Force, Marine Corps, and "
                "Space Force.",  # (a list)
                "Live streaming has evolved from webcams and gaming communities to social media platforms like Twitch "
                "and YouTube today"):  # (no clause boundary)
        assert whole_statement(cut, 15) == ""
    assert whole_statement("Cost efficiency: the models are 27x cheaper than competitors", 15) == (
        "Cost efficiency: the models are 27x cheaper than competitors")  # (whole: as written)
    assert whole_statement("Cost efficiency: the models are 27x cheaper than the competitors' models for the same "  # (17)
                           "quality we measured", 15) == ("The models are 27x cheaper than the competitors' models for "
                                                          "the same quality we measured")


def test_the_summary_takes_the_introduction_first_when_it_names_the_topics():
    shown = [topic("Hosting costs", ["Hosting costs fell by a third this year for small teams."]),
             topic("Edge runtimes", ["Edge runtimes now start in under a millisecond on every provider."], index=2)]
    intro = ["I had the privilege of attending the summit last week in Miami.",
             "Edge runtimes got faster and hosting costs fell for every small team."]
    assert [p["text"] for p in opening([], shown, shown, intro, EN)][:1] == [intro[1]]
    assert intro[0] not in [p["text"] for p in opening([], shown, shown, intro, EN)]


def test_the_close_is_what_lies_ahead_never_the_summary_again():
    takeaways = [point("Revenue grew 36% year-over-year to a record."), point("Margins held at 54% for the quarter."),
                 point("Data centre sales doubled against last year."),
                 point("The company is optimistic about growth next year in every segment.")]
    opened = opening(takeaways, [topic("Results", ["Revenue grew."])], [], [], EN)
    assert [p["text"] for p in opened] == [t["text"] for t in takeaways[:3]]  # (what lies ahead is held for the close)
    assert [p["text"] for p in outlook(takeaways, opened, [], [], [], EN)] == [takeaways[3]["text"]]
    assert outlook(takeaways[:3], opened, [], [], [], EN) == []  # nothing ahead: no close
    assert repeats(opened, opened) and not repeats([takeaways[3]], opened)


def test_an_exclaimed_sentence_sells_and_is_no_close():
    """Review 6: syntax-tips closed on its show blurb "…these insights will help you level up your skills
    faster!": a forward-looking sentence that ends on "!" is promotion, not what lies ahead."""
    sells = "These insights will help you level up your skills faster!"
    ahead = "The team plans to ship the new release next year."
    found = outlook([], [], [], [], [sells, ahead, "Next year will be big (for all of us!)"], EN)
    assert [p["text"] for p in found] == [ahead]


def test_a_message_its_only_point_says_leaves_the_heading_as_title():
    """Review 5: "Committee ordered … Space Force." over its one point "Committee on Armed Services:
    Committee ordered … Space Force." said it twice; a point that says the message leaves the slide,
    else (a near-empty slide) the heading stays the title."""
    said = "Committee on Armed Services: Committee ordered favorably reported routine lists in the Army and Navy."
    message = "Committee ordered favorably reported routine lists in the Army and Navy."
    alone = strongest(topic("Business Meeting", [said], message=message), EN)
    assert (alone["title"], [p["text"] for p in alone["points"]]) == ("Business Meeting", [said])
    more = ["The Army lists cover the promotions of officers due this spring.", "The Navy lists were reported without debate.",
            "Routine lists go to the full Senate for a vote next week."]  # (they support the message: see titles.py)
    full = strongest(topic("Business Meeting", [said, *more], message=message), EN)
    assert full["title"] == message and [p["text"] for p in full["points"]] == more


def test_a_title_keeps_the_heading_for_predictions_names_and_thin_slides():
    predictions = topic("Predictions for 2025", ["Types in JS will have real movement.", "Bun releases full node compat."])
    assert strongest(predictions, EN)["title"] == "Predictions for 2025"
    named = topic("Talks", ["Core Concepts And Main Points Of The Keynote Session", "React."])
    assert strongest(named, EN)["title"] == "Talks"
    thin = topic("Hours", ["Evening opening stays on Tuesdays and Thursdays.", "Weekends too."])
    assert strongest(thin, EN)["title"] == "Hours"  # the rest would be a near-empty slide


@pytest.fixture(scope="module")
def decks(tmp_path_factory) -> Path:
    """The worst fixtures of the last review, imported and built for every built-in audience."""
    return built_notes(tmp_path_factory.mktemp("storyline"), ("lex-fridman-outline.txt", "wizeup-summary.txt",
                       "syntax-year-review.md", "earnings-call-amd.txt"), formats=["pptx"])


@pytest.mark.parametrize("audience", ["executive", "policy", "technical"])
@pytest.mark.parametrize("name", ["lex-fridman-outline", "wizeup-summary", "syntax-year-review", "earnings-call-amd"])
def test_every_audience_opens_on_a_summary_and_closes_on_its_point(decks, name, audience):
    slides = list(Presentation(str(decks / f"{name}-{audience}.pptx")).slides)
    assert storyline.opening(slides) == [] and storyline.close(slides) == []
    assert storyline.heading_titles(slides, decks / f"{name}.yaml") == []
    second = " ".join(shape.text_frame.text for shape in slides[1].shapes if shape.has_text_frame
                      if storyline.SUMMARY & set(storyline.heads(slides[1])))  # (no summary: the cover's lead)
    assert "This conversation" not in second  # (the show's blurb)
    # (a prediction only under the chapter of predictions it belongs to, its kicker: chapter_points.outline_kicker)
    assert "will have" not in second or "Our 2024 Predictions Reviewed" in storyline.heads(slides[1])
    assert "is a professor" not in second  # (a biography is the cover's lead where nothing is stated: cover_lead.py)


def test_notes_that_state_no_finding_say_what_they_describe_and_a_lone_outlook_is_in_the_notes(decks):
    lex = list(Presentation(str(decks / "lex-fridman-outline-executive.pptx")).slides)
    cover = [p.text for shape in lex[0].shapes if shape.has_text_frame for p in shape.text_frame.paragraphs]
    said = [p.text for s in lex for shape in s.shapes if shape.has_text_frame for p in shape.text_frame.paragraphs]
    assert EN["chapters_only"] not in said  # (the guest's biography leads the cover: review 14's finding 3)
    assert any(t.startswith("Scott Aaronson is a professor at UT Austin") for t in cover), cover
    amd = render_document(load_content(decks / "earnings-call-amd.yaml"), load_audience("executive"))
    deck = [s for s in amd.slides if s.deck]
    # what lies ahead, one statement: it announces, so no bottom-line item; nothing of the notes' own backs it, but
    # its own details do: its main clause titles the close over them (review 17: close_details.py)
    summary = next(s for s in deck if s.role == "summary")
    [close] = [s for s in deck if s.role == "close"]
    assert close.title.startswith("The company is optimistic") and "optimistic" in close.notes
    assert not any("optimistic" in b.text for b in summary.bullets)
    assert len({b.text for b in summary.bullets}) == len(summary.bullets)  # (not said twice)


def test_a_numbered_chapter_is_a_statement_without_its_full_stop():
    """The importer drops the full stop a list ends every line with ("Number 7 - Doing is better than
    reading."): a numbered item of a chapter list is still a statement; an unnumbered title needs its own
    full stop ("Bus rapid transit versus light rail" names a chapter)."""
    from generator.bottom_line import _chapter_statement
    assert _chapter_statement("Number 7 - Doing is better than reading") == "Doing is better than reading"
    assert _chapter_statement("Tip 3: Using tools to help you isn’t a bad thing") == "Using tools to help you isn’t a bad thing"
    assert _chapter_statement("Doing is better than reading.") == "Doing is better than reading."
    assert _chapter_statement("Bus rapid transit versus light rail") == ""
    assert _chapter_statement("Number 7 - React") == ""


@pytest.mark.parametrize("name", ["syntax-year-review.md", "lescastcodeurs-fr.md", "allin-summit-takeaways.txt"])
def test_no_deck_slide_of_points_shows_more_than_eight_lines_and_a_list_keeps_its_items(tmp_path, name):
    """Review 5: slides of 9-10 bullets (syntax-year tech 6/7, lescastcodeurs tech 8, allin's eight
    sub-points); and "Trois risques justifient cette politique" shown without its three risks."""
    content = tmp_path / "c.yaml"
    assert CliRunner().invoke(main, ["import", str(NOTES / name), "-o", str(content)]).exit_code == 0
    for audience in ("executive", "policy", "technical"):
        deck = [s for s in render_document(load_content(content), load_audience(audience)).slides if s.deck]
        assert all(_lines(s.bullets) <= MOST_LINES for s in deck if s.layout == "bullets" and s.role != "chapters")
        for s in deck:  # a point that opens a list is shown with its items, or not at all
            for b in s.bullets:
                assert not (b.text.rstrip().endswith(":") and not b.children), (audience, s.title, b.text)
        if name.startswith("lescastcodeurs") and audience == "executive":  # ("Trois risques justifient cette
            # politique" no longer titles it, it refers back: test_titles_real; the slide states the ban itself)
            policy = next(s for s in deck if s.kicker == "OpenJDK Interim Policy on Generative AI")
            assert not policy.title.startswith("Trois risques")
            assert policy.title == "OpenJDK interdit le code généré par LLM"  # (the headline naming the ban: titles.py)


def test_a_title_prefers_a_number_then_a_change_or_comparison_then_the_order():
    # (no two of the others share a key word the title lacks: they are no message of their own, covered.py)
    plain_points = ["Evening opening stays on Tuesdays and Thursdays for every branch.",
                    "Visitors doubled after the fee was dropped last spring.",
                    "Membership cards are free for children under twelve."]
    assert strongest(topic("Results", plain_points), EN)["title"] == plain_points[1]
    assert strongest(topic("Results", [*plain_points, "Loans reached 4,000 a month across the city."]), EN)["title"] == (
        "Loans reached 4,000 a month across the city.")
