"""The close on the review's real notes (issue #21 rule 6, review 12 finding 5): a deck whose notes
conclude or look ahead ends on a close — kicked with the audience's close word, titled by a statement,
two to four statements in all, none the bottom line's item word for word — before its sources; a deck
whose notes neither conclude nor look ahead (a chapter list, an outline, a digest of record lines, takeaways
of findings only) has none: it ends on its evidence, then its sources (the bottom line said again, or
evidence copied from its slides, is no close). The decks are the session's (tests/notes_built.py)."""
from __future__ import annotations

import pytest
from pptx import Presentation

from generator.words import load_words

from .conftest import AUDIENCES
from .deck_economy import _paragraphs
from .notes_built import NOTES, notes_build

EN = load_words("en")
CLOSING = {"earnings-call-amd.txt": "The company is optimistic about future growth, especially in Data Center AI",
           "lescastcodeurs-fr.md": "", "gop-hearing-readouts.txt": ""}  # (the notes' own outlook titles AMD's)
NO_CLOSE = ("guide-to-live-chapters.txt", "lex-fridman-outline.txt", "syntax-tips.md", "syntax-year-review.md",
            "hearing-daily-digest.txt", "allin-summit-takeaways.txt", "wizeup-summary.txt")
CLOSE_WORDS = {w[k] for w in map(load_words, ("en", "fr")) for k in ("what_it_means", "implications", "conclusion")}
SOURCES = {load_words(code)["sources"] for code in ("en", "fr")}


def _slides(name: str, audience: str) -> list:
    made = notes_build(NOTES / name, ("pptx",))
    assert made.problem is None, made.problem
    return list(Presentation(str(made.content.with_name(f"{made.content.stem}-{audience}.pptx"))).slides)


def _lines(slide) -> list[str]:
    """The slide's lines, title first, without its footer and page number."""
    lines = [p.text.strip() for shape in slide.shapes if shape.has_text_frame for p in shape.text_frame.paragraphs
             if p.text.strip()]
    return lines[:-2]


def _end(slides: list) -> int:
    """The index of the slide a deck ends on before its sources."""
    return len(slides) - (2 if _lines(slides[-1])[:1] and _lines(slides[-1])[0] in SOURCES else 1)


def _close(slides: list) -> int | None:
    """The index of the deck's close (a slide kicked or titled with a close word), or None."""
    found = [n for n, s in enumerate(slides) if set(_lines(s)[:2]) & CLOSE_WORDS]
    assert len(found) <= 1, found
    return found[0] if found else None


@pytest.mark.parametrize("name", sorted(CLOSING))
def test_notes_that_conclude_or_look_ahead_end_on_a_close_before_their_sources(name):
    """AMD's close comes from its outlook ("The company is optimistic about future growth…", which closed
    nothing and ended the bottom line before): titled by it, with the takeaway that speaks of the same
    ("Key growth areas…"); the bottom line keeps three findings."""
    for audience in AUDIENCES:
        slides = _slides(name, audience)
        at = _close(slides)
        assert at == _end(slides), (audience, at, len(slides))
        title, kicker, *points = _lines(slides[at])
        assert kicker in CLOSE_WORDS and title not in CLOSE_WORDS and len(title.split()) <= 20, (audience, title)
        assert title.startswith(CLOSING[name]), (audience, title)
        assert 2 <= 1 + len(points) <= 4, (audience, points)
        summary = _lines(slides[1])[1:]
        assert len(summary) >= 3 and not {title, *points} & set(summary), (audience, summary)
        assert not any(title.rstrip(".") in item for item in summary), audience


@pytest.mark.parametrize("name", NO_CLOSE)
def test_notes_that_neither_conclude_nor_look_ahead_end_on_their_evidence(name):
    """No close is made where the notes say nothing that concludes or looks ahead: the deck's last slide
    before the sources is no slide with a close word, and says no bottom-line item again but as the head of
    the points nested under it (its evidence: allin's "China government does 5-year plans…", a bottom-line
    item since bottom3, over its KPIs: covered.nested)."""
    for audience in AUDIENCES:
        slides = _slides(name, audience)
        assert _close(slides) is None, audience
        if len(slides) > 3:
            summary = set(_lines(slides[1])[1:])
            said = summary & set(_lines(slides[_end(slides)])[1:]) - {""}
            body = _paragraphs(slides[_end(slides)])
            heads = {p["text"] for p, n in zip(body, body[1:]) if n["margin"] > p["margin"]}
            assert said <= heads, audience


def test_the_close_lines_rule_counts_a_statement_title_and_fails_a_close_of_one_line(tmp_path, write, minimal):
    """deck_storyline.close_lines: AMD's close (its outlook as title, two points) passes; a close of
    one line (a content's conclusion of one short sentence, under the audience's word) fails."""
    from generator.build import build

    from .deck_storyline import close_lines

    assert close_lines(_slides("earnings-call-amd.txt", "executive")) == []
    content = write("one.yaml", minimal + 'conclusion: "Export controls will tighten next year."\n')
    build([content], formats=["pptx"], output=tmp_path, audiences=["executive"])
    slides = list(Presentation(str(tmp_path / "one-executive.pptx")).slides)
    assert [rule for rule, _, _ in close_lines(slides)] == ["close-lines"]
