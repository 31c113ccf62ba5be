"""No bullet opens on a connective that needs its title to make sense (review 11, finding 3: allin's
"Meanwhile, Apple is investing…"): generator/connectives.py."""
from __future__ import annotations

from pptx import Presentation

from generator.connectives import standing
from generator.words import english, load_words

from .deck_economy import _paragraphs
from .notes_built import NOTES, notes_build


def _point(text: str, *children: dict) -> dict:
    return {"text": text, "children": list(children), "at": None}


def test_allin_s_military_slide_opens_no_bullet_on_meanwhile():
    """The notes' "The US is spending 52 billion… Meanwhile, Apple is investing over 200 billion into China":
    no bullet opens on "Meanwhile" in any audience; since review 14 (finding 5) the two sentences, a contrast
    of two figures, title the slide together (contrast_titles.py), the connective inside the title."""
    made = notes_build(NOTES / "allin-summit-takeaways.txt", ("pptx",))
    assert made.problem is None
    for audience in ("executive", "policy", "technical"):
        slides = Presentation(str(made.content.with_name(f"{made.content.stem}-{audience}.pptx"))).slides
        texts = [p["text"] for slide in slides for p in _paragraphs(slide)]
        titles = [slide.shapes.title.text_frame.text for slide in slides if slide.shapes.title is not None]
        assert any("; meanwhile, Apple is investing over 200 billion into China" in t for t in titles), audience
        assert not any(t.startswith("Meanwhile") for t in texts), audience


def test_a_connective_is_dropped_only_where_the_rest_stands_alone():
    words, french = english(), load_words("fr")
    points = [_point("However, the launch slipped to May.", _point("Also, GPUs sold out.")),
              _point("However, this meant a delay."), _point("Meanwhile the team grew."), _point("Howevermore, x.")]
    assert [(p["text"], [c["text"] for c in p["children"]]) for p in standing(points, words)] == [
        ("The launch slipped to May.", ["GPUs sold out."]), ("However, this meant a delay.", []),
        ("Meanwhile the team grew.", []), ("Howevermore, x.", [])]
    kept = [_point("Le service a migré vers GraalVM.")]
    assert standing(kept, french)[0] is kept[0]
    contrast = _point("En revanche, les tests ont pris trois mois.")
    assert standing([contrast], french)[0]["text"] == "Les tests ont pris trois mois."

