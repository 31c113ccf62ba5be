"""Review 8's "Smaller" list, on real notes imported as they come: continuation slides numbered among
themselves, no aside on a deck without asides, no label that promises a list it lost, and an About
slide whose *Why it matters* neither repeats the opening nor speaks in the first person."""
from __future__ import annotations

import re

import pytest

from generator.audiences import load_audience
from generator.inline import plain
from generator.render import render_document

from .notes_built import deck_slides, imported_content


@pytest.mark.parametrize("name,mark", [("syntax-year-review.md", "cont."), ("lescastcodeurs-fr.md", "suite")])
def test_continuation_slides_are_numbered_among_themselves(name, mark):
    """The technical deck continued a topic on "(cont. 2)" right after its first slide (the first slide
    counted as 1), which reads as a skipped slide; the continuations are now "(cont.)" alone, else
    "(cont. 1)", "(cont. 2)", … in order."""
    titles = [s.title for s in deck_slides(imported_content(name), "technical")]
    runs: dict[str, list[str]] = {}
    for title in titles:
        found = re.fullmatch(rf"(.*) \({mark}(?: (\d+))?\)", title)
        if found:
            runs.setdefault(found.group(1), []).append(found.group(2) or "")
    assert any(len(numbers) > 1 for numbers in runs.values()), runs  # (the fixture has a run of several)
    for numbers in runs.values():
        assert numbers == ([""] if len(numbers) == 1 else [str(n) for n in range(1, len(numbers) + 1)]), runs


def _agenda(slides) -> list[str]:
    return [plain(item.title) for s in slides if s.layout == "agenda" for item in s.agenda]


@pytest.mark.parametrize("audience", ["executive", "policy"])
def test_a_deck_without_asides_lists_none_in_its_chapters(audience):
    """syntax-tips' policy deck (``asides: false``) listed the sponsor read "Brought to you by Sentry.io"
    and "Welcome to Syntax!" among its chapters (the executive left them out): neither lists them now;
    the technical deck (asides kept) and every report (a chapter list is its content) still do."""
    content = imported_content("syntax-tips.md")
    listed = _agenda(deck_slides(content, audience))
    assert listed and not {"Brought to you by Sentry.io", "Welcome to Syntax!"} & set(listed), listed
    assert "Brought to you by Sentry.io" in _agenda(deck_slides(content, "technical"))
    report = [s for s in render_document(content, load_audience(audience)).slides if s.report]
    assert "Brought to you by Sentry.io" in _agenda(report)  # (the report keeps every chapter)


def test_a_deck_without_asides_names_them_only_as_also_discussed():
    """syntax-year-review's policy agenda listed "Welcome to Syntax!" and the plugs, which have no slide;
    the sources' "Also discussed" line names them, the agenda no longer does."""
    slides = deck_slides(imported_content("syntax-year-review.md"), "policy")
    listed = _agenda(slides)
    assert "Our 2024 Predictions Reviewed" in listed and "Welcome to Syntax!" not in listed, listed
    also = [b.text for s in slides if s.layout == "sources" for b in s.bullets if "Also discussed" in b.text]
    assert also and "Welcome to Syntax!" in also[0]


def _why_it_matters(slides, words: str = "Why it matters") -> list[str]:
    return [plain(c.text) for s in slides if s.role == "summary" for b in s.bullets if b.text == words for c in b.children]


@pytest.mark.parametrize("name", ["lex-fridman-outline.txt", "syntax-year-review.md", "syntax-tips.md"])
@pytest.mark.parametrize("audience", ["policy", "technical"])
def test_why_it_matters_never_repeats_the_opening(name, audience):
    """lex-fridman-outline's About slide repeated the biography slide 2 had just shown, syntax-year-review's
    and syntax-tips' the description of the episode: no sentence of *Why it matters* says an item of the
    opening summary again (there is no About slide where nothing else is left to say)."""
    slides = deck_slides(imported_content(name), audience)
    opening = next(s for s in slides if s.role in ("summary", "chapters"))  # (one statement titles the chapters)
    assert opening.title != "About this briefing"
    said = {" ".join(plain(b.text).split()).rstrip(".") for b in opening.bullets} if opening.role == "summary" else {
        " ".join(plain(opening.title).split()).rstrip(".")}
    why = _why_it_matters(slides)
    assert not [w for w in why if any(s and s in w for s in said)], (said, why)


def test_why_it_matters_is_never_first_person():
    """allin-summit-takeaways' technical About slide said "I had the privilege of attending The All-In
    Summit last week in Miami." (the note-taker, not why the content matters); no deck says it there (the
    report keeps the line as written, as it keeps every aside line)."""
    content = imported_content("allin-summit-takeaways.txt")
    assert "I had the privilege" in content.introduction
    for audience in ("executive", "policy", "technical"):
        assert not [w for w in _why_it_matters(deck_slides(content, audience)) if "I had" in w], audience


@pytest.mark.parametrize("name", ["lescastcodeurs-fr.md", "allin-summit-takeaways.txt", "earnings-call-amd.txt"])
@pytest.mark.parametrize("audience", ["executive", "policy", "technical"])
def test_a_label_that_announces_a_list_never_shows_without_it(name, audience):
    """lescastcodeurs' policy slide ended on "Trois risques justifient cette politique", the label of a point
    whose three risks had been cut: a point that announces a list is shown with its items or not at all."""
    from generator.clauses import list_items
    from generator.headline import labelled

    content = imported_content(name)
    points = [plain(p.text) for t in content.topics for p in t.points]
    labels = {label.rstrip(" :") for text in points if (found := labelled(" ".join(text.split())))[0]
              and len(list_items(found[1])) >= 3 for label in [found[0]]}
    if name.startswith("lescast"):
        assert "Trois risques justifient cette politique" in labels
    bare = [plain(b.text).rstrip(" :") for s in deck_slides(content, audience)
            for b in _all([*s.bullets, *(x for c in s.columns for x in c.bullets)]) if not b.children]
    assert not labels & set(bare), labels & set(bare)  # (with its items under it, as the technical deck shows it)


def _all(bullets) -> list:
    return [x for b in bullets for x in (b, *_all(b.children))]
