"""One owner of what a quantity in text is (``generator.quantities``): the deck's weights
(``weigh``) and the importer's key figures (``importer.evidence``) read numbers alike, each
knowing what the other knew: ranges and names like "GPT-4" (the importer's) for the deck; units
in French, German and Spanish, "milliard" and grouped thousands (the deck's) for the importer."""
from __future__ import annotations

from pathlib import Path

import pytest

from generator import weigh
from generator.importer import evidence
from generator.quantities import QUANTITY, is_index
from generator.weigh import has_quantity, largest_by_kind

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def _line(path: Path, holding: str) -> str:
    """The line of the fixture at ``path`` that holds ``holding`` (the test reads real text)."""
    return next(line for line in path.read_text(encoding="utf-8").splitlines() if holding in line)


def test_a_models_name_is_no_quantity_on_a_deck():
    """talkpython 532's transcript: "So GPT-4 came out in March of 2023," says no quantity (the deck
    weighed "4" as a count before; the importer knew a number after "-" is part of a name)."""
    line = _line(FIXTURES / "transcripts" / "talkpython-532-python-2025-review.vtt", "GPT-4 came out")
    assert not has_quantity(line)
    assert has_quantity("GPT-4 came out 3 months ago")


def test_a_range_is_one_quantity_weighed_as_its_middle():
    """allin-summit's "10-15 years ahead" and diskcache's "80-90%" are one quantity each (the deck read
    two numbers, or the upper end); "from 43 to 12" is a change, not a range."""
    line = _line(FIXTURES / "notes" / "allin-summit-takeaways.txt", "10-15 years")
    assert list(weigh._kinds(line)) == [("measure:years", 12.5)]
    assert largest_by_kind(["80-90%"]) == {"share": 85.0}
    assert [m.group("amount") for m in QUANTITY.finditer("replicas from 43 to 12")] == ["43", "12"]


@pytest.mark.parametrize("text,value", [
    ("Le chiffre d'affaires atteint 1,5 milliard d'euros.", "1,5 milliard d'euros"),
    ("Les ventes ont progressé de 12 pour cent.", "12 pour cent"),
    ("Der Umsatz stieg um 8 Prozent.", "8 Prozent"),
    ("6 000 fans ont rempli la salle.", "6 000 fans"),
    ("Las ventas crecieron un 7 por ciento.", "7 por ciento")])
def test_the_importer_takes_figures_written_as_the_deck_reads_them(text, value):
    """Figures the deck weighed but the importer did not see (no fixture says them yet: French,
    German and Spanish units, "milliard", thousands grouped by a space)."""
    found = evidence.salient(text)
    assert found is not None and found[0] == value
    assert has_quantity(text)


@pytest.mark.parametrize("text", ["episode 459", "#3", "part 2", "Chapitre 4", "ep. 5", "series 2", "round 3"])
def test_an_index_is_no_quantity_for_either(text):
    """The index words of both (the deck's "chapitre", the importer's "series" and "round") serve both."""
    assert is_index(text, len(text.rstrip("0123456789")))
    assert not has_quantity(f"{text} members")
    assert evidence.salient(f"{text} drew 4,000 listeners")[0] == "4,000 listeners"  # type: ignore[index]
