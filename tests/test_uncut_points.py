"""Cuts that change the meaning (review 7, finding 9), on real notes: the technical deck cuts no
point (its points continue on "(cont.)" slides: ``cut_points: false``), and a cut never strips a
label that identifies ("JEP 504 : …")."""
from __future__ import annotations

import re

from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.audiences import load_audience
from generator.cli import main
from generator.clauses import cut
from generator.loader import load_content
from generator.render import render_document

NOTES = Path(__file__).resolve().parent / "fixtures" / "notes"


@pytest.fixture(scope="module")
def technical(tmp_path_factory):
    """The technical Document of lescastcodeurs-fr (French notes: a list of JEPs, long points)."""
    path = tmp_path_factory.mktemp("uncut") / "lescastcodeurs-fr.yaml"
    assert CliRunner().invoke(main, ["import", str(NOTES / "lescastcodeurs-fr.md"), "-o", str(path)]).exit_code == 0
    return render_document(load_content(path), load_audience("technical"))


def _texts(bullets) -> list[str]:
    return [t for b in bullets for t in (b.text, *_texts(b.children))]


def test_the_technical_deck_shows_every_point_whole(technical):
    """Every point of the report is on the deck as written ("JEP 504 : …", "…invisibles à l'analyse statique."),
    or, where its topic is not worth a second slide or its list's background does not fit two (review 14:
    never a third page), named in the speaker notes of its topic's slide (no line counts them: review 18); none
    ends on "…", even a point the bottom line says (bottom_items: "JEP 504 : …" was its item, and said once,
    it left the deck), and no topic continues (review 14: a second page its title does not cover is not made)."""
    from generator.inline import plain

    report = [t for s in technical.slides if s.report and s.topic and s.layout == "bullets" for t in _texts(s.bullets)]
    deck = [s for s in technical.slides if s.deck and s.topic and s.layout == "bullets"]
    shown = [t for s in deck for t in _texts(s.bullets)]
    notes = " ".join(s.notes for s in deck)
    assert any(s.title.startswith("Java 26 est une version non-LTS avec 10 JEPs") for s in deck)
    assert "JEP 504 : suppression définitive de l'API Applet, plus supportée par les navigateurs." in shown
    assert not [t for t in shown if t.endswith("…")]
    # (a long point that announces a list shows as its lead and its items, each the report's words: test_long_lines)
    listed = {t for s in deck for b in s.bullets if b.children and b.text.endswith(":")
              and any(r.startswith(b.text) for r in report) for t in _texts([b])}
    assert all(any(t in r for r in report) for t in listed), listed
    assert not [t for t in shown if re.fullmatch(r"Et \d+ autres?", t)]
    cut = [s for s in deck if "Laissés hors de la diapositive" in s.notes]
    assert 2 <= len(cut) <= 4, [s.title for s in cut]  # (OpenJDK, GraalVM, Java 26, Trivago: those whose statement is
    # not the close's)
    assert set(shown) - set(report) - listed == set()
    closed = [t for s in technical.slides if s.deck and s.role == "close" for t in _texts(s.bullets)]
    assert not [t for t in report if t not in shown and plain(t).rstrip(".") not in notes
                and not any(t.startswith(b) for b in listed) and not t.startswith("[")
                and t.rstrip(".") not in [c.rstrip(".") for c in closed]], "every point shown or named in the notes"
    # (a link line: the Sources slide; a closing statement: the close)
    assert sum(s.title.endswith("(suite)") for s in deck) == 0
    # (within 75 words, or a quarter more where the points would be cut from their peers: continued.py)
    assert all(sum(len(t.split()) for t in _texts(s.bullets)) <= 75 * 5 // 4 for s in deck)


def test_a_cut_keeps_a_label_that_identifies():
    """A point cut to fit keeps its "JEP 504" label (a number identifies it); it was "Suppression
    définitive de l'API Applet…"."""
    assert cut("JEP 504 : suppression définitive de l'API Applet, plus supportée par les navigateurs.", 10).startswith("JEP 504")
