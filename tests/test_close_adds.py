"""A close adds to the briefing (issue #21 rule 6, review 16 finding 2: "the close adds nothing"): it never says
the bottom line again (AMD's close was the bottom line's first two items, word for word, under its outlook); a
statement titles it only where the statement is the notes' own (a takeaway, the introduction's), never one
section's line (lescast's Trivago advice); its lines run about 15 words on the slide (the default content's two
lines of 20 and 25 words), the speaker notes saying each whole. On real notes, those tuned for and not (the
Hebrew protocol, the German show notes, the council minutes, the panel), read back with python-pptx."""
from __future__ import annotations

import re

import pytest
import yaml
from pptx import Presentation

from generator.build import build
from generator.words import load_words

from .conftest import AUDIENCES, DEFAULT
from .deck_storyline import repeated_close
from .notes_built import NOTES, notes_build

NAMES = ("earnings-call-amd.txt", "lescastcodeurs-fr.md", "gop-hearing-readouts.txt", "knesset-finance-he.txt",
         "binaergewitter-de.md", "okeechobee-council-minutes.txt", "panel-civo.txt", "house-cliff-notes.txt")
LANGS = {code: load_words(code) for code in ("en", "fr", "de", "he")}
CLOSE_WORDS = {w[k] for w in LANGS.values() for k in ("what_it_means", "implications", "conclusion",
                                                                     "outlook_heading")}
_WORD = re.compile(r"\w(?:[\w'’-]|\.(?=\w))*")  # (a dated or dotted number, "1.1.16", is one word)


def _lines(slide) -> list[str]:
    """The slide's lines, title first, without its footer and page number."""
    return [p.text.strip() for shape in slide.shapes if shape.has_text_frame
            for p in shape.text_frame.paragraphs if p.text.strip()][:-2]


def _close(slides: list) -> tuple[str, list[str]] | None:
    """The deck's close: its title (a close word, or the statement a close word kicks) and its points; else None."""
    for slide in slides[2:]:
        title, *rest = _lines(slide) or [""]
        if title in CLOSE_WORDS:
            return title, rest
        if rest[:1] and rest[0] in CLOSE_WORDS:
            return title, rest[1:]
    return None


@pytest.mark.parametrize("name", NAMES)
def test_a_close_says_no_bottom_line_item_again_and_only_the_notes_own_statement_titles_it(name):
    """Every audience's close: no line says an item of the bottom line again (deck_storyline.repeated_close, which
    failed on AMD's, lescast's and gop-hearing's decks before), a statement title is the leading part of one of the
    notes' own statements (a takeaway or the introduction's), every line at most 20 words (15, a third more where
    no clause ends before: close_point.shown; a takeaway shown whole in 25 words where its cut would drop what backs
    the close's title, review 19: AMD's "…driven by strong demand across Data Center AI, Server, and PC"). A deck
    with a bottom line and no close says in that slide's speaker notes why, or what looks ahead."""
    made = notes_build(NOTES / name, ("pptx",))
    assert made.problem is None, made.problem
    content = yaml.safe_load(made.content.read_text(encoding="utf-8"))
    words = LANGS[content.get("lang", "en")]
    own = [t if isinstance(t, str) else t["text"] for t in content.get("takeaways") or []]
    own.append(" ".join((content.get("introduction") or "").split()))
    for audience in AUDIENCES:
        slides = list(Presentation(str(made.content.with_name(f"{made.content.stem}-{audience}.pptx"))).slides)
        assert repeated_close(slides) == [], (audience, repeated_close(slides))
        close = _close(slides)
        if close is None:
            if len(slides) > 2 and _lines(slides[1])[:1] in ([words[k]] for k in ("bottom_line", "policy_summary",
                                                                                      "key_takeaways")):
                notes = slides[1].notes_slide.notes_text_frame.text
                assert words["no_close_notes"] in notes or words["outlook_notes"].split("{")[0] in notes, audience
            continue
        title, points = close
        whole = {" ".join(o.split()).rstrip(".") for o in own}  # (the notes' own statement, whole: close_point._backing)
        assert all(len(_WORD.findall(line)) <= 20 or (line.rstrip(".") in whole and len(_WORD.findall(line)) <= 25)
                   or (line.startswith("“") and len(_WORD.findall(line)) <= 25)  # (a speaker's words, never cut)
                   for line in points), (audience, points)
        if title not in CLOSE_WORDS:
            assert any(title in " ".join(o.split()) for o in own), (audience, title)


def test_the_default_contents_close_lines_run_about_15_words_and_the_notes_say_them_whole(built):
    """deepseek's conclusion showed two generic lines ("…suggest continued rapid progress.", review 18), more than half
    the slide empty and nothing to watch: it closes on four whole sentences of 11 to 17 words, what it means, then
    two of what to watch; the speaker notes say the conclusion whole. The executive deck, which has no slide of the
    notes' section on the future, would end its close on that section's message, but four lines fill it (close_watch.py)."""
    conclusion = " ".join(yaml.safe_load(DEFAULT.read_text(encoding="utf-8"))["conclusion"].split())
    for audience in ("executive", "policy"):  # (the technical deck ends on the notes' section on the future, review 21:
        # test_close_real)
        slides = list(Presentation(str(built / f"{DEFAULT.stem}-{audience}.pptx")).slides)
        title, points = _close(slides) or ("", [])
        assert title in CLOSE_WORDS and len(points) == 4, (audience, title, points)
        assert all(len(p.split()) <= 20 and p in conclusion for p in points), (audience, points)  # (close_real)
        assert [p.startswith("Watch") for p in points] == [False, False, True, True], (audience, points)
        notes = " ".join(slides[[_close([s, s, s]) for s in slides].index((title, points))].notes_slide
                         .notes_text_frame.text.split())
        assert conclusion in notes, (audience, notes)


def test_a_conclusion_sentence_that_says_a_bottom_line_item_again_leaves_the_close(tmp_path, write, minimal):
    """A content's conclusion whose first sentence is a takeaway again closed on it (one of three lines said again
    passed the old half-of-the-summary rule): it leaves the close while two sentences remain; the speaker notes keep
    the conclusion whole."""
    again = "Grid operators will add storage before winter."
    content = write("c.yaml", minimal + "takeaways:\n  - Grid operators will add storage before winter.\n"
                    "  - Prices fell by a third in the spring auctions.\n  - Hydro output stayed flat all year.\n"
                    f'conclusion: "{again} Regulators should publish the trigger levels. Capacity payments need a '
                    'review next year."\n')
    build([content], formats=["pptx"], output=tmp_path, audiences=["executive"])
    slides = list(Presentation(str(tmp_path / "c-executive.pptx")).slides)
    title, points = _close(slides) or ("", [])
    assert again.rstrip(".") not in [line.rstrip(".") for line in (title, *points)] and points, (title, points)
    assert repeated_close(slides) == []
