"""A change between two numbers that a slide states is its key figure (review 18 finding 5): generator/title_band.py,
measured on lescast's built decks (python-pptx): "43 → 12" was left inside the title's sentence."""
from __future__ import annotations

import pytest
from pptx import Presentation

from generator.deck_twin import words as words_of
from generator.document import Bullet, Slide
from generator.title_band import banded, change_of
from generator.words import load_words

from .conftest import AUDIENCES
from .deck_titles import _title_kicker
from .notes_built import NOTES, notes_build

EN, FR = load_words("en"), load_words("fr")


@pytest.mark.parametrize("lang, text, found", [
    ("fr", "Résultats après migration : réduction des réplicas de 43 à 12",
     ("43 → 12", "Réduction des réplicas", "Réduction des réplicas de 43 à 12")),
    ("fr", "CPU de 15 à 5 cœurs, images Docker plus légères", ("15 → 5 cœurs", "CPU", "CPU de 15 à 5 cœurs")),
    ("en", "Headcount went from 1,200 to 900 staff.",
     ("1,200 → 900 staff", "Headcount went", "Headcount went from 1,200 to 900 staff")),
    ("de", "Die Wartezeit sank von 40 auf 12 Tage.",
     ("40 → 12 Tage", "Die Wartezeit sank", "Die Wartezeit sank von 40 auf 12 Tage")),
    ("he", "המכס ירד מ-10 ל-5", ("10 → 5", "המכס ירד", "המכס ירד מ-10 ל-5")),
    ("en", "Sales were reported from 2019 to 2023", None),  # (years)
    ("en", "The meeting ran from 9:00 to 17:30", None),  # (times)
    ("fr", "La migration est passée de Java 8 à Java 17", None),  # (versions: a word between)
    ("en", "Replicas fell sharply", None),
])
def test_a_change_is_its_two_ends_over_what_changed(lang, text, found):
    assert change_of(text, load_words(lang)) == found


def _points(title: str, *lines: str) -> Slide:
    return Slide(layout="bullets", title=title, kicker="Migration", topic="move", bullets=[Bullet(text=t) for t in lines])


def _fit(slide: Slide, most: int) -> list[Slide]:
    """The slide's deck twin with its last points off until they keep within ``most`` words (as the budget cuts)."""
    bullets = list(slide.bullets)
    while bullets and words_of(bullets) > most:
        bullets.pop()
    return [slide.model_copy(update={"deck": False}), slide.model_copy(update={"bullets": bullets, "report": False})]


def test_a_slide_takes_the_first_change_its_points_state_that_its_title_does_not():
    """Review 20: a band is no echo of the title ("43 → 12" under "…réduction des réplicas de 43 à 12"); the change a
    point states is ("CPU de 15 à 5 cœurs" stayed in a sentence), the point showing the rest."""
    echo = _points("Replicas fell from 43 to 12 after the move", "Start-up time fell", "Images are lighter",
                   "The team fixed three libraries")
    assert banded([echo], EN, 75, _fit) == [echo]
    titled = _points("Replicas fell from 43 to 12 after the move", "Cores went from 15 to 5, images are lighter",
                     "Start-up time fell", "The team fixed three libraries")
    out = banded([titled], EN, 75, _fit)
    assert [(s.layout, s.deck, s.report) for s in out] == [
        ("bullets", False, True), ("bullets", True, False), ("big_number", True, False)]
    assert [(f.value, f.label) for f in out[2].figures] == [("15 → 5", "Cores went")]
    assert [b.text for b in out[1].bullets] == ["Images are lighter", "Start-up time fell", "The team fixed three libraries"]
    assert out[0].bullets == titled.bullets  # (the report keeps the point whole)
    cut = banded([titled], EN, words_of(out[1].bullets), _fit)  # (no room for the band's words: the last point goes)
    assert [[b.text for b in s.bullets] for s in cut if s.deck and s.layout == "bullets"] == [
        ["Images are lighter", "Start-up time fell"]]
    assert banded([titled], EN, 0, _fit) == [titled]  # (no budget to fit the band to: not sparse, no band)
    sparse = _points("The move paid off", "Cores went from 15 to 5.")
    assert [f.value for s in banded([sparse], EN, 0, _fit) for f in s.figures] == ["15 → 5"]
    told = Slide(layout="bullets", title="The bottom line", role="summary", bullets=[Bullet(text="15 cores became 5")])
    assert banded([told, sparse], EN, 75, _fit) == [told, sparse]  # (another slide says it: said once)


@pytest.mark.parametrize("audience", AUDIENCES)
def test_lescast_s_cores_show_as_the_figure_of_their_slide_and_the_replicas_in_its_title(audience):
    built = notes_build(NOTES / "lescastcodeurs-fr.md", ("pptx",)).content.parent
    slides = list(Presentation(str(built / f"lescastcodeurs-fr-{audience}.pptx")).slides)
    titles = [_title_kicker(s)[0] for s in slides]
    assert not [t for t in titles if t.endswith("(2)")]
    results = [s for s in slides if "43 à 12" in _title_kicker(s)[0]]
    assert results
    shown = [p.text for s in results for sh in s.shapes if sh.has_text_frame for p in sh.text_frame.paragraphs]
    assert "43 → 12" not in shown  # (review 20: the title says it)
    if audience != "technical":  # (a deck that cuts no point: the band only on a sparse slide, and this one is not)
        assert "15 → 5 cœurs" in shown and "CPU" in shown and "Images Docker plus légères" in shown, shown
