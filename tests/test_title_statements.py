"""No fallback to a name (issue #21, review 12's finding 1): fixes that avoid saying a bottom-line item twice
titled slides with a chart's name ("AI cluster sizes"), a topic's heading ("On China", "Missile Defense
Agency"), a label ("Most time: …") or a statement without the slide's number ("DeepSeek achieved remarkable
cost efficiency", its 27x lost). Measured on the decks of the default content and of the real notes the
review read, every built-in audience (builds shared: notes_built.py):

- no content slide is titled with a chart's or a table's name, nor with the heading of a topic that states something
  (a message, or a point of six words or more), kicker or not, unless the heading names predictions or the
  slide holds one or two points too long to title it (a near-empty slide: no statement fits a title whole);
- no title is a label ("Most time: X"): a word or two, then a colon;
- a slide over a topic with key figures, whose body says no number, has a title that says one;
- no title ends on a full stop (one rule of punctuation for the deck);
- no title narrates ("Discussion of …", deck_storyline.narrating_titles) or reads a chart's labels back ("The
  largest is Inactive, at 248 experts; …"): a slide keeps its statement even where the bottom line says it
  too (review 13: the bottom line sums up the titles; a slide never takes a weaker title to avoid the repeat).
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from pptx import Presentation

from generator.inline import plain

from .conftest import AUDIENCES
from .deck_economy import _paragraphs, content_of
from .deck_storyline import PREDICTIONS, REFERENCE, _topic_slide, narrating_titles
from .notes_built import NOTES, notes_build

DEFAULT = Path(__file__).resolve().parent.parent / "content" / "deepseek.yaml"
READ = ("allin-summit-takeaways.txt", "earnings-call-amd.txt", "guide-to-live-chapters.txt", "hearing-daily-digest.txt",
        "lescastcodeurs-fr.md", "lex-fridman-outline.txt", "syntax-tips.md", "syntax-year-review.md", "wizeup-summary.txt")
_WORDS = re.compile(r"\w*[^\W\d_]\w*")
_LABEL = re.compile(r"\A[^:]{1,20}:\s")  # "Most time: …"


def _title(slide) -> str:
    """A slide's title (its shape named "Title"), on one line."""
    return " ".join(" ".join(sh.text_frame.text for sh in slide.shapes if sh.name == "Title").split())


def _kicker(slide) -> str:
    """The line above a slide's title (its topic's heading, a chart's name), else ""."""
    top = next((sh.top for sh in slide.shapes if sh.name == "Title"), 0)
    return next((sh.text_frame.text.strip() for sh in slide.shapes
                 if sh.has_text_frame and sh.name != "Title" and sh.top < top and sh.text_frame.text.strip()), "")


def _one_long(slide) -> bool:
    """Whether a slide's body is one or two points, each of more than 15 words: no statement there titles it
    whole, and one taken as its title would leave a near-empty slide (titles.py keeps the heading: a case
    left to the merging of sparse slides)."""
    said = [p["text"] for p in _paragraphs(slide) if not p["text"].startswith("▶")]
    return 0 < len(said) <= 2 and all(len(_WORDS.findall(t)) > 15 for t in said)


def _texts(points) -> list[str]:
    return [t for p in points for t in (plain(p.text), *_texts(p.points))]


def _names(content) -> tuple[set[str], set[str]]:
    """The content's chart and table names, and the headings of its topics that state something (see the module doc)."""
    charts = {plain(c.title) for t in content.topics for c in [*t.charts, *t.tables]}
    stating = {plain(t.title) for t in content.topics if not PREDICTIONS.search(t.title) and (
        t.message or any(len(_WORDS.findall(text)) >= 6 for text in _texts(t.points)))}
    return charts, stating


def named_titles(slides: list, content_file) -> list[tuple[int, str]]:
    """The content slides titled with a name or a label instead of a statement (see the module doc)."""
    content = content_of(content_file)
    charts, stating = _names(content)
    out = []
    for n, slide in enumerate(slides[2:], start=3):
        title = _title(slide)
        labelled = bool(_LABEL.match(title)) and title not in REFERENCE
        named = bool(title) and _topic_slide(slide) and (title in charts or (title in stating and not _one_long(slide)))
        if labelled or named:
            out.append((n, title))
    return out


def numberless_titles(slides: list, content_file) -> list[tuple[int, str]]:
    """The slides of points kicked by a topic with key figures whose title and body say no number (see the
    module doc; a chart or a table shows its numbers)."""
    figured = {plain(t.title) for t in content_of(content_file).topics if t.figures}
    out = []
    for n, slide in enumerate(slides[2:], start=3):
        title = _title(slide)
        if _kicker(slide) not in figured or any(sh.has_chart or sh.has_table for sh in slide.shapes):
            continue
        if not re.search(r"\d", " ".join([title, *(p["text"] for p in _paragraphs(slide))])):
            out.append((n, title))
    return out


def stopped_titles(slides: list) -> list[tuple[int, str]]:
    """The slides whose title ends on a full stop (not an abbreviation's dots nor an ellipsis)."""
    return [(n, title) for n, slide in enumerate(slides, start=1)
            if re.search(r"(?<![.\s]\w)(?<!\.)\.\Z", title := _title(slide))]


def _decks(tmp_path_factory) -> list[tuple[str, list, Path]]:
    from generator.build import build

    out = []
    folder = tmp_path_factory.mktemp("title-statements")
    build([DEFAULT], output=folder, formats=["pptx"])
    out += [(f"deepseek-{a}", list(Presentation(str(folder / f"deepseek-{a}.pptx")).slides), DEFAULT) for a in AUDIENCES]
    for name in READ:
        found = notes_build(NOTES / name, ("pptx",))
        assert found.problem is None, (name, found.problem)
        out += [(f"{found.content.stem}-{a}", list(Presentation(str(found.content.with_name(
            f"{found.content.stem}-{a}.pptx"))).slides), found.content) for a in AUDIENCES]
    return out


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    return _decks(tmp_path_factory)


def test_no_content_slide_is_titled_with_a_chart_s_name_a_heading_or_a_label(built):
    found = {deck: bad for deck, slides, content in built if (bad := named_titles(slides, content))}
    assert found == {}, found


def test_a_slide_over_a_topic_with_figures_says_a_number_in_its_title_or_body(built):
    found = {deck: bad for deck, slides, content in built if (bad := numberless_titles(slides, content))}
    assert found == {}, found


def test_no_title_ends_on_a_full_stop(built):
    found = {deck: bad for deck, slides, _ in built if (bad := stopped_titles(slides))}
    assert found == {}, found


def test_the_default_decks_state_the_chart_and_keep_the_27x(built):
    """The default decks' cluster chart is titled by its sentence (even where the bottom line says it: review
    13, not "The largest is Future clusters (planned)…"), its name the kicker; the cost slide keeps its 27x
    (review 12: slides 4 and 8 of the executive deck, the same in policy and technical)."""
    for deck, slides, _ in built[:len(AUDIENCES)]:
        titles = [(_kicker(s), _title(s)) for s in slides]
        # (its kicker: the chart's name, or its topic's where the topic's two short lines stand beside it: chart_context)
        assert any(k in ("AI cluster sizes", "AI Infrastructure and Mega-Clusters") and t.rstrip(".") == (
            "xAI runs 200,000 GPUs in Memphis; clusters of 500,000-700,000 GPUs are planned") for k, t in titles), deck
        assert ("Training Cost and Efficiency", "DeepSeek's models are 27x cheaper than competitors, through architectural "
                "innovations and efficient implementation") in titles, deck


def test_no_title_narrates_or_reads_a_chart_back(built):
    """Review 13: "Discussion of US export controls on AI hardware to China" (default policy 6, technical 8)
    and "The largest is Inactive, at 248 experts; next is Active, at 8" (executive 6) titled slides whose
    statements the bottom line said."""
    found = {deck: bad for deck, slides, _ in built if (bad := [*narrating_titles(slides), *(
        (n, t) for n, s in enumerate(slides, start=1) if (t := _title(s)).startswith("The largest is"))])}
    assert found == {}, found


def test_a_title_the_bottom_line_says_again_stays(built):
    """The default decks' experts chart is titled by its sentence, the 8 of 256; the export-controls slide
    keeps its message (not its narrating summary), though the executive bottom line says it too."""
    for deck, slides, _ in built[:len(AUDIENCES)]:
        titles = [_title(s).rstrip(".") for s in slides]
        # (but the executive's and policy's: their chart of how the model works is the report's only, reviews 20, 21)
        assert ("DeepSeek activates 8 of its 256 experts for each token" in titles) is ("technical" in deck), (
            deck, titles)
        assert any(t.startswith("US export controls aim to keep a technological advantage") for t in titles), (deck, titles)
    summary = [p["text"].split(" (")[0].rstrip(".") for p in _paragraphs(built[0][1][1])]
    # (the repeat is allowed: the executive bottom line says the export-controls consequence, bottom4, and its
    # slide keeps it as title)
    assert any(t.startswith("US export controls aim to keep a technological advantage") for t in summary), summary
