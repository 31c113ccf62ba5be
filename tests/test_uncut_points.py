"""Cuts that change the meaning (review 7, finding 9), on real notes: the technical deck cuts no
point (its points continue on "(cont.)" slides: ``cut_points: false``), and a cut never strips a
label that identifies ("JEP 504 : …")."""
from __future__ import annotations

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
    """Every point of the report is on the deck as written ("Java 26 est une version non-LTS avec 10
    JEPs", "JEP 504 : …", "…invisibles à l'analyse statique."), none ends on "…", even a point the bottom line
    says (bottom_items: "JEP 504 : …" was its item, and said once, it left the deck), and a slide within
    75 words continues on one titled "(suite)"."""
    report = [t for s in technical.slides if s.report and s.topic and s.layout == "bullets" for t in _texts(s.bullets)]
    deck = [s for s in technical.slides if s.deck and s.topic and s.layout == "bullets"]
    shown = [t for s in deck for t in _texts(s.bullets)]
    # (the point that introduces the list of JEPs titles its slide by its clause with the number: the rest stays whole)
    assert "Java est le langage de la JVM, publié tous les 6 mois depuis Java 9" in shown
    assert any(s.title.startswith("Java 26 est une version non-LTS avec 10 JEPs") for s in deck)
    assert "JEP 504 : suppression définitive de l'API Applet, plus supportée par les navigateurs." in shown
    assert not [t for t in shown if t.endswith("…")]
    # (a long point that announces a list shows as its lead and its items, each the report's words: test_long_lines)
    listed = {t for s in deck for b in s.bullets if b.children and b.text.endswith(":")
              and any(r.startswith(b.text) for r in report) for t in _texts([b])}
    assert all(any(t in r for r in report) for t in listed), listed
    assert set(shown) - set(report) - listed <= {"Java est le langage de la JVM, publié tous les 6 mois depuis Java 9"}
    # (as written: no point cut; the close and the title may take some)
    assert any(s.title.endswith("(suite)") for s in deck)
    # (within 75 words, or a quarter more where two pages of three lines each could not be made: continued.py)
    assert all(sum(len(t.split()) for t in _texts(s.bullets)) <= (75 if len(_texts(s.bullets)) >= 6 else 75 * 5 // 4)
               for s in deck)


def test_a_cut_keeps_a_label_that_identifies():
    """A point cut to fit keeps its "JEP 504" label (a number identifies it); it was "Suppression
    définitive de l'API Applet…"."""
    assert cut("JEP 504 : suppression définitive de l'API Applet, plus supportée par les navigateurs.", 10).startswith("JEP 504")
