"""A title its slide's lines back (issue #21, review 16 finding 4): a point taken whole as the title stays on
the slide where nothing else there backs it; a hearing's evidence slide says what it examined, not that
witnesses testified; and the deck rule ``title-support`` (tests/deck_titles.py) measures it on built decks."""
from __future__ import annotations

import pytest
from pptx import Presentation

from generator import evidence_titles
from generator.bottom_line import is_statement
from generator.title_backing import backed, evidenced
from generator.titles import strongest
from generator.weigh import TITLE_REST
from generator.words import load_words

from .conftest import AUDIENCES
from .deck_titles import _title_kicker, title_support
from .notes_built import NOTES, notes_build

EN = load_words("en")
REVENUE = "Revenue grew 36% year-over-year to $9.2 billion"
PROFIT = ["Gross margin was 54%, up 40 basis points year-over-year.", "Net income increased 31%.",
          "Operating income was $2.2 billion, representing a 24% operating margin."]
ENTRY = ("Committee on Armed Services: Committee concluded a hearing to examine the Department of Defense's management "
         "challenges and opportunities, after receiving testimony from Elizabeth A. Field, Director, Defense Capabilities "
         "and Management, Government Accountability Office; and Adam Grant, University of Pennsylvania Wharton School")


def _point(text: str) -> dict:
    return {"text": text, "at": None, "children": []}


@pytest.mark.parametrize("title, body, result", [
    (REVENUE, PROFIT, False),  # ("billion" and "year-over-year" said of other measures: not the revenue)
    (REVENUE, ["Revenue rose in every segment"], False),  # (its subject, one key word only)
    (REVENUE, [*PROFIT, "Revenue was $9.2 billion"], True),  # (its number)
    ("$1.3 billion in share repurchases this year", ["Returned $89 million through share repurchases"], True),
    ("Birth rates are at historical lows", ["Birth rates fell again in every region"], True),
    ("DeepSeek activates 8 of its 256 experts for each token", ["Experts", "Active", "8.0", "248.0"], True),
    ("线程切换大概在几微秒级别", ["线程切换过程"], True),
    ("Java 26 is a non-LTS release with 10 JEPs", ["JEP 500: final fields", "JEP 504: no more applets"], True),
    ("3 witnesses testified on the budget", ["Elizabeth A. Field, Director", "Peter Levine, Institute"], False),
    ("并没有扔哪里去", ["一个协程因为某个网络阻塞时"], False),
])
def test_a_body_backs_a_title_by_its_number_or_by_its_key_words(title, body, result):
    assert backed(title, body) is result


def test_a_title_over_lines_that_do_not_back_it_keeps_its_point_first():
    """allin's military slide was titled by its semiconductor point over mattress unicorns, wars and a quote (review
    16): the point now stays under the title, its own evidence; over lines that back it, it leaves the slide."""
    point = _point("The US is spending 52 billion on semiconductors within our borders. Meanwhile, Apple is "
                   "investing over 200 billion into China")
    title = ("The US is spending 52 billion on semiconductors within our borders; meanwhile, Apple is investing over "
             "200 billion into China")
    others = [_point("There have been more mattress unicorns than defense industry unicorns in the last 30 years"),
              _point("War breaks out when adversaries estimate they can win")]
    kept = evidenced(title, [point], others, ["Whoever becomes the leader in artificial intelligence will rule"])
    assert [p["text"] for p in kept] == [point["text"], *(p["text"] for p in others)] and kept[0][TITLE_REST]
    backing = [_point("Chip subsidies of 52 billion go to plants within our borders"), *others]
    assert evidenced(title, [point], backing, []) == backing


def test_a_topic_s_weightiest_point_titles_its_slide_and_stays_where_the_others_do_not_back_it():
    """AMD's financial results: "Revenue grew 36%…" titled lines on margin, income and earnings (review 16); the
    revenue line is now on the slide under it. Where another line says its figure, it leaves the slide."""
    topic = {"title": "Key Financial Results", "summary": "", "message": "", "at": None, "quotes": [],
             "points": [_point(f"{REVENUE}."), *(_point(t) for t in PROFIT)]}
    stated = strongest(topic, EN)
    assert stated["title"].rstrip(".") == REVENUE
    assert [p["text"] for p in stated["points"]] == [f"{REVENUE}.", *PROFIT]
    backed_topic = {**topic, "points": [*topic["points"], _point("Data Center drove most of the $9.2 billion")]}
    assert REVENUE not in [p["text"].rstrip(".") for p in strongest(backed_topic, EN)["points"]]


def test_a_hearing_s_evidence_slide_says_what_it_examined():
    """"3 witnesses testified on “DOD Management Challenges”" stated the procedure (review 16): the title is the
    entry's leading clause, what the committee examined, the label its subject; the witnesses stay under it, one line
    of names (review 21: a witness and their office a line made a slide of names; the notes keep the offices).
    An entry whose clause says no procedure keeps who testified."""
    witnesses = [_point("Elizabeth A. Field, Director, Defense Capabilities and Management, Government Accountability Office"),
                 _point("Adam Grant, University of Pennsylvania Wharton School")]
    evidence = [{"text": "Testimony from Elizabeth A. Field and Adam Grant", "at": None, "children": witnesses}]
    shown = evidence_titles.testimony(evidence, "DOD Management Challenges", EN, ENTRY)
    assert shown["title"] == ("Committee on Armed Services examined the Department of Defense's management challenges "
                              "and opportunities")
    assert shown["bullets"] == [{"text": "Testimony from Elizabeth A. Field and Adam Grant", "at": None, "children": []}]
    plain_entry = ENTRY.replace("concluded a hearing to examine", "discussed")
    assert evidence_titles.testimony(evidence, "DOD Management Challenges", EN, plain_entry)["title"] == (
        "2 witnesses testified on “DOD Management Challenges”")


@pytest.mark.parametrize("audience", AUDIENCES)
def test_the_deck_rule_reads_each_statement_title_against_its_body(audience, tmp_path):
    """AMD and the hearing digest hold ``title-support`` in every audience (review 16's slides; allin's birth rates
    held it only by saying the title again under it, review 18: known_failures.NO_EVIDENCE); the same deck with a
    slide's title made one its lines say nothing of breaks it (the rule can fail)."""
    for name in ("earnings-call-amd", "hearing-daily-digest"):
        deck = notes_build(NOTES / f"{name}.txt", ("pptx",)).content.parent / f"{name}-{audience}.pptx"
        assert title_support(list(Presentation(str(deck)).slides)) == [], name
    prs = Presentation(str(notes_build(NOTES / "earnings-call-amd.txt", ("pptx",)).content.parent
                           / f"earnings-call-amd-{audience}.pptx"))
    kicked = [n for n, slide in enumerate(prs.slides, start=1) if _title_kicker(slide)[1] and not title_support([slide])]
    number = next(n for n in kicked if is_statement(_title_kicker(prs.slides[n - 1])[0]))
    title = next(shape for shape in prs.slides[number - 1].shapes
                 if shape.has_text_frame and shape.text_frame.text == _title_kicker(prs.slides[number - 1])[0])
    title.text_frame.text = "Mattress unicorns outnumber defense industry unicorns three to one"
    prs.save(str(tmp_path / "changed.pptx"))  # (read again: the rules read each slide once)
    changed = list(Presentation(str(tmp_path / "changed.pptx")).slides)
    assert [v[:2] for v in title_support(changed)] == [("title-support", number)]
