"""The close on the review's real notes (issue #21 rule 6, review 12 finding 5): a deck whose notes
conclude or look ahead ends on a close — kicked with the audience's close word, titled by a statement,
two to four statements in all, none the bottom line's item word for word — before its sources; a deck
whose notes neither conclude nor look ahead (a chapter list, an outline, a digest of record lines, takeaways
of findings only) has none: it ends on its evidence, then its sources (the bottom line said again, or
evidence copied from its slides, is no close). The decks are the session's (tests/notes_built.py)."""
from __future__ import annotations

import re

import pytest
import yaml
from pptx import Presentation

from generator.close import conclusion_lines, titled
from generator.close_point import backs
from generator.key_words import keys
from generator.subtitles import narrates
from generator.words import load_words

from .conftest import AUDIENCES, DEFAULT
from .deck_economy import _paragraphs
from .notes_built import NOTES, notes_build

EN = load_words("en")
LONE = ("gop-hearing-readouts.txt",)  # (one statement looks ahead: it titles the close, over the lines that back it)
NO_CLOSE = ("guide-to-live-chapters.txt", "lex-fridman-outline.txt", "syntax-tips.md", "syntax-year-review.md",
            "hearing-daily-digest.txt", "wizeup-summary.txt",
            "allin-summit-takeaways.txt")  # (allin's one forward statement is Putin's quote, no close: test_close_voice)
CLOSE_WORDS = {w[k] for w in map(load_words, ("en", "fr"))
               for k in ("what_it_means", "implications", "conclusion", "outlook_heading")}
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


def _whole_sentence(line: str, text: str) -> bool:
    """Whether ``line`` is a whole sentence (or list item) of ``text``, or the leading clause of one (the speaker
    notes say the rest: close_point.shown): it is there, opening a line or after a sentence's end, and ending one
    or a clause (never cut mid-clause)."""
    body = re.escape(line.rstrip("."))
    return re.search(rf"(^|\n|[.!?:]\s|^- |\n- )\s*{body}[.,;]?\s*($|\n)|(^|\n|[.!?]\s){body}[.,;]\s", text) is not None


def _close_lines(slides: list, at: int) -> tuple[str, list[str]]:
    """The close's title and its lines: its points, and its title where that states (a close word kicks it)."""
    title, kicker, *points = _lines(slides[at])
    if title in CLOSE_WORDS:
        return title, [kicker, *points]
    assert kicker in CLOSE_WORDS, (title, kicker)
    return title, [title, *points]


def _check_close(slides: list, at: int, source: str) -> tuple[str, list[str]]:
    """The close's rules (review 13 problem 3): two to four lines, each a whole sentence of ``source``, none a line
    of another slide (the bottom line's or evidence, said again), none led by narration; a statement title
    shares a key word with every line it covers. Its title and lines."""
    title, lines = _close_lines(slides, at)
    assert 2 <= len(lines) <= 4, lines
    items = {line.rstrip(".") for line in _lines(slides[1])[1:]}
    assert not [line for line in lines if line.rstrip(".") in items], (title, lines)  # (review 16: never the bottom line)
    assert all(len(line.split()) <= 20 for line in lines), lines  # (15 words, a third more where no clause ends)
    if title not in CLOSE_WORDS:  # (one statement titles the notes' lines that back it: close_point.py)
        assert all(backs(line, title) for line in lines[1:]), (title, lines)
        assert all(_whole_sentence(line, source) for line in lines[1:]), lines
        assert _whole_sentence(title, source) or source.count(title) == 1, title
        return title, lines
    assert all(_whole_sentence(line, source) for line in lines), [ln for ln in lines if not _whole_sentence(ln, source)]
    elsewhere = {line for n, s in enumerate(slides) if n != at for line in _lines(s)}
    assert not set(lines) & elsewhere, set(lines) & elsewhere
    assert not any(narrates(line, EN, ("narration_openers", "narrating_subjects")) for line in lines), lines
    if title not in CLOSE_WORDS:
        assert all(keys(title)[1] & keys(line)[1] for line in lines[1:]), (title, lines)
    return title, lines


def test_the_default_contents_conclusion_closes_on_whole_sentences_that_do_not_narrate(built):
    """deepseek's conclusion closed on three sentences of 20-28 words, the first "The conversation highlights…"
    (review 13): its narrating sentences (a recording for a subject) are left out, the others shown whole, or
    their leading clause where they run past 20 words (review 16: two lines of 20 and 25 words; the speaker
    notes say them whole)."""
    content = yaml.safe_load(DEFAULT.read_text(encoding="utf-8"))
    conclusion = " ".join(content["conclusion"].split())
    # (review 18: a clause that says what is at stake stays under its line, and the notes' section on what lies ahead
    # ends the close where no slide shows it: close_watch.py; both are the notes' words, each a line of its own)
    ahead = [t["message"] for t in content["topics"] if t.get("message") and "future" in t["title"].casefold()]
    for audience in ("executive", "policy"):  # (the technical deck closes on the future: the test after this one)
        slides = list(Presentation(str(built / f"{DEFAULT.stem}-{audience}.pptx")).slides)
        at = _close(slides)
        assert at == _end(slides), audience
        stakes = [line for line in _lines(slides[at]) if line.startswith("while ") and line in conclusion]
        source = "\n".join([conclusion, *ahead, *(line.rstrip(".") + "." for line in stakes)])
        title, lines = _check_close(slides, at, source)
        assert title in CLOSE_WORDS and not any(line.startswith("The conversation") for line in lines), (audience, lines)


def test_the_technical_deck_closes_on_where_the_technology_goes_and_its_report_on_the_conclusion(built):
    """Review 21's worst 2: the default technical deck's "Conclusion" was the executive close word for word (export
    rules, Taiwan). The notes give two closes, their conclusion and their section on the future ("Future of AI
    Development"): the technical deck ends on that section's slide, titled by its message over its technical progress
    (close_watch.ahead_section), the executive and policy decks on the conclusion; the technical report keeps the
    conclusion after it (a slide of the report only)."""
    from generator.audiences import load_audience
    from generator.loader import load_content
    from generator.render import render_document

    content = yaml.safe_load(DEFAULT.read_text(encoding="utf-8"))
    future = next(t for t in content["topics"] if "future" in t["title"].casefold())
    decks = {a: list(Presentation(str(built / f"{DEFAULT.stem}-{a}.pptx")).slides) for a in AUDIENCES}
    ends = {a: _lines(slides[_end(slides)]) for a, slides in decks.items()}
    assert ends["technical"][:2] == [future["message"].rstrip("."), future["title"]], ends["technical"][:2]
    assert "Technical progress:" in ends["technical"], ends["technical"]
    assert not set(ends["technical"]) & set(ends["executive"][1:]), ends
    said = {line for slide in decks["technical"] for line in _lines(slide)}
    assert not any(line.startswith("Watch changes to the GPU export rules") for line in said)
    report = [s for s in render_document(load_content(DEFAULT), load_audience("technical")).slides
              if not s.deck and s.role == "close"]
    assert [b.text for s in report for b in s.bullets][2:3] == ["Watch changes to the GPU export rules and tensions "
                                                               "around Taiwan."], report


@pytest.mark.parametrize("name", NO_CLOSE)
def test_notes_that_neither_conclude_nor_look_ahead_end_on_their_evidence(name):
    """No close is made where the notes say nothing that concludes or looks ahead: the deck's last slide
    before the sources is no slide with a close word, and says no bottom-line item again but as the head of
    the points nested under it (its evidence: allin's "China government does 5-year plans…", a bottom-line
    item since bottom3, over its KPIs: covered.nested), or as evidence its slide needs (a point the bottom line
    says stays where its slide would otherwise fall under three lines: said_once, review 13 finding 2), or as a
    chapter list's line (a listicle's tips, the bottom line's the longest of them: chapter_points.py, review 18)."""
    for audience in AUDIENCES:
        slides = _slides(name, audience)
        assert _close(slides) is None, audience
        listed = any(line == EN["chapters"] or line.startswith(f"{EN['chapters']} {EN['cont']}")
                     for line in _lines(slides[_end(slides)])[:2])
        if len(slides) > 3 and not listed:
            summary = set(_lines(slides[1])[1:])
            said = summary & set(_lines(slides[_end(slides)])[1:]) - {""}
            body = _paragraphs(slides[_end(slides)])
            heads = {p["text"] for p, n in zip(body, body[1:]) if n["margin"] > p["margin"]}
            stated = [p for p in body if not p["text"].startswith("“")]  # (a quote beside them is no statement)
            assert said <= heads or len(stated) - len(said - heads) < 3, (audience, said)


def test_the_close_lines_rule_counts_a_statement_title_and_fails_a_close_of_one_line(tmp_path, write, minimal):
    """deck_storyline.close_lines: lescast's close (two statements under the close word) passes; a close of
    one line (a content's conclusion of one short sentence, under the audience's word) fails."""
    from generator.build import build

    from .deck_storyline import close_lines

    assert close_lines(_slides("lescastcodeurs-fr.md", "executive")) == []
    content = write("one.yaml", minimal + 'conclusion: "Export controls will tighten next year."\n')
    build([content], formats=["pptx"], output=tmp_path, audiences=["executive"])
    slides = list(Presentation(str(tmp_path / "one-executive.pptx")).slides)
    assert [rule for rule, _, _ in close_lines(slides)] == ["close-lines"]


def test_a_close_is_titled_only_by_a_whole_statement_that_covers_its_lines():
    """close.titled: a statement titles the close only whole in 20 words and sharing a key word with every
    other line; else the close word titles all of them, whole (never "With the launch of…" cut off its title).
    close.conclusion_lines: a conclusion's sentences that narrate (the recording their subject) are left out
    while two others remain."""
    def point(text: str) -> dict:
        return {"text": text, "at": None, "children": []}

    long = point("The agency is confident about next year, especially in rural areas, with the opening of new clinics "
                 "and longer opening hours for families.")
    rules, scope, budget = (point("The agency will publish the new rules next year."),
                            point("The rules will cover every clinic."), point("The budget vote comes in March."))
    assert titled([long, rules]) == {"title": "", "points": [long, rules]}
    assert titled([rules, scope]) == {"title": "The agency will publish the new rules next year", "points": [scope]}
    assert titled([rules, scope, budget])["title"] == ""
    narrated = ["The conversation highlights the pace of change.", "Prices will rise.", "Demand will follow."]
    assert conclusion_lines(narrated, EN) == narrated[1:]
    assert conclusion_lines(["Discussion of prices.", "Prices will rise."], EN) == ["Discussion of prices.", "Prices will rise."]


@pytest.mark.parametrize("name", LONE)
def test_a_lone_statement_that_looks_ahead_titles_the_close_before_the_sources(name):
    """Review 15's finding 2: gop-hearing's "The committee will continue to investigate…" was only in the bottom
    line's speaker notes, and the deck ended on its evidence. The statement titles the last slide before Sources, a
    close word its kicker, over the notes' lines that back it, never the bottom line's items (review 16: it held
    "GM and NHTSA have produced 235,000 documents…" said again): two to four lines in all."""
    source = (NOTES / name).read_text(encoding="utf-8")
    for audience in AUDIENCES:
        slides = _slides(name, audience)
        at = _close(slides)
        assert at == _end(slides), (audience, at, len(slides))
        title, _ = _check_close(slides, at, source)
        assert title not in CLOSE_WORDS and title in source, (audience, title)
