"""Real notes in, every audience out, every presentability rule on what comes out.

Each notes file of tests/fixtures/notes/ and the project's own notes fixtures goes through
`briefing import` and `build` (pptx, pdf, md) once; every rule of tests/presentability.py runs on
each deck, and the rules over words (tests/presentable_words.py) on each report and handout. What
fails today is in KNOWN_FAILURES, each with the issue section that fixes it; the test is strict both
ways: a failure not in the table fails, and so does an entry that no longer fails (remove it then).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from generator.asides import aside_topics
from generator.loader import load_content
from generator.words import load_words

from .conftest import AUDIENCES, have
from .known_failures import KNOWN_FAILURES
from .notes_built import notes_build
from .presentability import check
from .presentable_words import faults, handout_pages, pdf_pages

FIXTURES = Path(__file__).resolve().parent / "fixtures"
NOTES = sorted(p for p in (FIXTURES / "notes").iterdir() if p.suffix in (".txt", ".md")) + [
    FIXTURES / name for name in ("committee-hearing.txt", "panel-chapters.txt", "seed-notes.txt")]
NAMES = [p.stem for p in NOTES]


# audiences whose decks choose their topics and have no agenda (the executive, and the policy deck since review 18)
CHOSEN = ("executive", "policy")

def _failures(notes: Path) -> dict[tuple[str, str, str], str]:
    """(fixture, audience, rule) -> the first detail, for one notes file: import, build (the session's:
    tests/notes_built.py), then the rules.

    A rule of the deck is named as check() names it; of the report and the handout, 'report:<rule>'
    and 'handout:<rule>'. A file import refuses is ('<name>', '*', 'import'); one build refuses, 'build'
    (a traceback is a bug: it is reported as one failure, not as a crash of the suite)."""
    name, made = notes.stem, notes_build(notes)
    if made.problem:
        return {(name, "*", made.problem[0]): made.problem[1]}
    content, folder = made.content, made.content.parent
    loaded = load_content(content)
    topics = [topic.title for topic in loaded.topics]
    listed = [t for t, aside in zip(topics, aside_topics(loaded, load_words(loaded.lang))) if not aside]
    out: dict[tuple[str, str, str], str] = {}
    for audience in AUDIENCES:
        stem = folder / f"{name}-{audience}"
        found = [(v.rule, f"slide {v.slide}: {v.detail}")  # (an aside is out of the lists of every deck)
                 for v in check(stem.with_suffix(".pptx"), audience, content, topics=listed,
                                   chosen=audience in CHOSEN)]
        found += [(f"report:{f.rule}", f"page {f.page}: {f.detail}") for f in faults(pdf_pages(stem.with_suffix(".pdf")))]
        found += [(f"handout:{f.rule}", f.detail) for f in faults(handout_pages(stem.with_suffix(".md")))]
        for rule, detail in found:
            out.setdefault((name, audience, rule), detail)
    return out


@pytest.fixture(scope="module")
def failures() -> dict[tuple[str, str, str], str]:
    """Every failure of every notes fixture, each imported and built once."""
    out: dict[tuple[str, str, str], str] = {}
    for notes in NOTES:
        out.update(_failures(notes))
    return out


def test_every_known_failure_names_a_fixture_and_an_issue():
    assert {name for name, _, _ in KNOWN_FAILURES} <= set(NAMES)
    assert all(why.startswith("issue #2") for why in KNOWN_FAILURES.values())


@pytest.mark.skipif(not have("pdftotext"), reason="needs pdftotext")
@pytest.mark.parametrize("name", NAMES)
def test_real_notes_fail_only_as_known(failures, name):
    found = {key: detail for key, detail in failures.items() if key[0] == name}
    known = {key for key in KNOWN_FAILURES if key[0] == name}
    new = {key: detail for key, detail in found.items() if key not in known}
    fixed = sorted(known - set(found))
    assert not new, f"new failures (fix them, or add them to KNOWN_FAILURES with the issue section): {new}"
    assert not fixed, f"these pass now: remove them from KNOWN_FAILURES: {fixed}"
