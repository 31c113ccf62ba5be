"""A point is never cut inside a quotation (review 19: cliff's chairman's quote was cut at its first sentence, its
closing mark and its speaker lost): clauses.cut keeps the quotation's first sentences, closed, and who said them
(generator/clause_quotes.py); long_points shows no sentence of a quotation alone."""
from __future__ import annotations

import pytest
from pptx import Presentation

from generator.clause_bounds import quoted, quoted_whole
from generator.clauses import cut
from generator.document import Bullet
from generator.long_points import split_long

from .conftest import AUDIENCES
from .deck_titles import _title_kicker
from .notes_built import NOTES, notes_build

QUOTE = ("“The harbour is the busiest it has been in fifty years. If we fail to dredge it now, and widen the channel "
         "before winter, the next decade could see ships turned away from our port,” said Harbour Board Chair Ann Lee.")


def test_a_quotation_is_cut_at_a_sentence_end_closed_with_its_speaker():
    assert cut(QUOTE, 30) == ("“The harbour is the busiest it has been in fifty years,” said Harbour Board Chair Ann "
                              "Lee.")
    assert not quoted(cut(QUOTE, 30), len(cut(QUOTE, 30)))


def test_a_long_quoted_point_keeps_its_sentences_together():
    """A point's sentences show as points of their own, but a quotation's: a long one shows its first sentence closed
    with who said it, the rest quoted under it (every word kept)."""
    later = "The board meets on Monday to vote on the dredging plan and its cost."
    shown = split_long([Bullet(text=QUOTE + " " + later)], most=45)
    assert [b.text for b in shown] == [QUOTE, later]
    shown = split_long([Bullet(text=QUOTE)], most=30)
    assert [(b.text, [c.text for c in b.children]) for b in shown] == [(
        "“The harbour is the busiest it has been in fifty years,” said Harbour Board Chair Ann Lee.",
        ["“If we fail to dredge it now, and widen the channel before winter, the next decade could see ships turned "
         "away from our port.”"])]
    assert quoted_whole(["“One.", "Two,” she said.", "Three."]) == ["“One. Two,” she said.", "Three."]


@pytest.mark.parametrize("audience", AUDIENCES)
def test_the_cliff_notes_quote_is_never_shown_cut_inside(audience):
    made = notes_build(NOTES / "house-cliff-notes.txt", ("pptx",)).content
    slides = list(Presentation(str(made.with_name(f"{made.stem}-{audience}.pptx"))).slides)
    lines = [p.text for s in slides for shape in s.shapes if shape.has_text_frame for p in shape.text_frame.paragraphs]
    opened = [line for line in lines if "“" in line]
    assert opened and all(line.count("“") == line.count("”") for line in opened), opened
    armed = next(s for s in slides if "Armed Services" in _title_kicker(s))
    said = [p.text for shape in armed.shapes if shape.has_text_frame for p in shape.text_frame.paragraphs]
    assert all("Rogers" in line for line in said if line.startswith("“China")), said
