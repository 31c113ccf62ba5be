"""Review 16's finding 1: every bottom-line item is shown with its evidence on a later slide's body.

Read from the real fixtures' built decks (conftest ``decks``, notes_built), written independently of
generator/backing.py:

- a title alone backs nothing: each item's numbers are in the body of a later slide (its points, figures, charts'
  text, quotes: every text but the slide's title), or, without a number, two thirds of its words; or the item is a
  later slide's title whose body shares a number or two words with it (a topic's message over its evidence) —
  allin's "The US is spending 52 billion on semiconductors…", the title of a slide on unicorns and wars, was not;
  an item no body backs only makes three, after the backed ones;
- AMD's executive bottom line says its largest segment with its amount (Data Center, $4.3 billion), a result
  without the reason the slide shows;
- the default content's executive bottom line names TSMC: its topic's only statement is its message, which
  its slide's points back.
"""
from __future__ import annotations

import re

import pytest
from pptx import Presentation

from . import deck_bottom_items
from .deck_colours import table_lines
from .notes_built import NOTES, notes_build
from .test_bottom_items import AUDIENCES, FIGURES, OTHERS, _deck

# (a chapter list: no topic slide backs its takeaways, nor its tips, each on the bottom line at its time: review 20)
CHAPTERS = ("guide-to-live-chapters.txt", "syntax-tips.md",  # (a bottom line of chapters' titles, each at its time: the
            "syntax-year-review.md")  # recording backs it, and no slide says it again: chapter_points.py)
UNTUNED = ("house-cliff-notes.txt", "syntax-year-review.md", "syntax-tips.md")  # (not read while writing the rule)
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_WORD = re.compile(r"[^\W\d_]{4,}")


def _numbers(text: str) -> set[str]:
    return set(_NUMBER.findall(text))


def _words(text: str) -> set[str]:
    return {w.casefold() for w in _WORD.findall(text)}


def _slides(slides: list) -> list[tuple[str, str]]:
    """Each slide after the bottom line's: its title and its body (every other text of it, its tables' rows too)."""
    out = []
    for s in slides[2:]:
        title = s.shapes.title.text_frame.text if s.shapes.title is not None else ""
        body = [shape.text_frame.text for shape in s.shapes if shape.has_text_frame
                and (s.shapes.title is None or shape.shape_id != s.shapes.title.shape_id)] + table_lines(s)
        out.append((" ".join(title.split()), " \n ".join(body)))
    return out


def _backed(item: str, slides: list[tuple[str, str]]) -> bool:
    numbers, words = _numbers(item), _words(item)
    for title, body in slides:
        if title and (title.startswith(item) or item.startswith(title)) and (
                numbers & _numbers(body) or len(words & _words(body)) >= 2):
            return True  # (a slide's title over a body that bears it out)
        if numbers and numbers <= _numbers(body):
            return True
        if not numbers and len(words & _words(body)) * 3 >= 2 * len(words):
            return True
    return False


def _built(stem: str, audience: str, decks) -> list:
    if stem in UNTUNED:
        made = notes_build(NOTES / stem, ("pptx",))
        assert made.problem is None, made.problem
        return list(Presentation(str(made.content.with_name(f"{made.content.stem}-{audience}.pptx"))).slides)
    return _deck(decks, stem, audience)[0]


@pytest.mark.parametrize("audience", AUDIENCES)
@pytest.mark.parametrize("stem", [s for s in FIGURES + OTHERS + UNTUNED if s not in CHAPTERS])
def test_every_item_is_backed_by_a_slide_body(decks, stem, audience):
    slides = _built(stem, audience, decks)
    items, shown = deck_bottom_items.items(slides), _slides(slides)
    unbacked = [n for n, item in enumerate(items) if not _backed(item, shown)]
    backed = len(items) - len(unbacked)  # (an unbacked item only makes three, after the backed ones: consequence.chosen)
    assert not unbacked or (backed < 3 and len(items) <= 3 and unbacked == list(range(backed, len(items)))), (
        stem, audience, [items[n] for n in unbacked])


def test_amd_executive_says_its_largest_segment_with_its_amount(decks):
    items = deck_bottom_items.items(_deck(decks, "earnings-call-amd", "executive")[0])
    assert any("Data Center" in t and "$4.3 billion" in t and "driven by" not in t for t in items), items
    assert all(len(t.split()) <= 16 for t in items), items


def test_default_executive_names_tsmc_by_its_message(decks):
    slides = _deck(decks, "deepseek", "executive")[0]
    items = deck_bottom_items.items(slides)
    assert any(t.startswith("The US funds chip manufacturing at home") for t in items), items
    assert any(title.startswith("The US funds chip manufacturing at home") for title, _ in _slides(slides)), items


def test_a_result_before_its_reason_a_noun_phrase_after_a_label_and_a_hearing_without_procedure():
    """backing.result: the result a point states before the reason it ends on, else ""; nominal.is_nominal: a noun
    of action after a label of any length, with no verb anywhere, is no statement; hearing_outcomes.outcome: the
    procedure said as what was examined."""
    from generator.backing import result
    from generator.hearing_outcomes import outcome
    from generator.nominal import is_nominal
    from generator.words import load_words

    en, fr = load_words("en"), load_words("fr")
    assert result("Data Center segment revenue increased 22% year-over-year to a record $4.3 billion, driven by "
                  "Instinct series GPUs and server share gains.", en) == (
        "Data Center segment revenue increased 22% year-over-year to a record $4.3 billion")
    assert result("Revenue grew 36% year-over-year to $9.2 billion.", en) == ""
    assert result("Driven by demand, revenue grew.", en) == ""  # (no result before the reason)
    assert is_nominal("Résultats spectaculaires après migration vers GraalVM Native Image : réduction des réplicas "
                      "de 43 à 12", fr)
    assert not is_nominal("Le chiffre est en hausse : réduction des coûts de 10 %", fr)  # (a verb in the label)
    assert outcome("Subcommittee on Defense concluded a closed hearing to examine the Missile Defense Agency", en) == (
        "Subcommittee on Defense held a closed hearing on the Missile Defense Agency")  # (review 21: it says closed)


GRID = """title: Grid costs
sources: [{id: s, name: S}]
topics:
  - id: prices
    title: Electricity prices
    points:
      - Electricity prices rose 30% in a single year across the region
      - Households pay $400 more each year than in 2022
      - Utilities blame the cost of gas and of new grid lines
  - id: rules
    title: Tariff rules
    points:
      - text: "New rules for this winter:"
        points:
          - Disconnections banned for households on prepayment meters
          - Price caps approved for the poorest households
      - Regulators will meet again in spring to review the tariffs
      - Consumer groups want the rules extended to small businesses
"""


def test_policy_takes_the_decisions_a_sub_point_states_and_the_executive_does_not(tmp_path):
    """Review 16, finding 1.6: each audience's priority selects (consequence.PRIORITIES): policy's bottom line says
    the decisions the notes state under a list's lead ("Disconnections banned for households on prepayment meters"),
    the executive's, which weighs results, does not lift a sub-point; every item is a statement of the notes."""
    from generator.audiences import load_audience
    from generator.loader import load_content
    from generator.render import render_document

    path = tmp_path / "grid.yaml"
    path.write_text(GRID)
    said = {}
    for audience in ("executive", "policy"):
        document = render_document(load_content(path), load_audience(audience))
        said[audience] = [b.text for s in document.slides if s.deck and s.role == "summary" for b in s.bullets]
    assert "Disconnections banned for households on prepayment meters" in said["policy"], said
    assert not any("banned" in t or "approved" in t for t in said["executive"]), said
    assert all(t in GRID for t in said["policy"] + said["executive"]), said
