"""Review 8's "Smaller" list, on real notes imported as they come: continuation slides numbered among
themselves, no aside on a deck without asides, no label that promises a list it lost, and an About
slide whose *Why it matters* neither repeats the opening nor speaks in the first person."""
from __future__ import annotations

import re

import pytest

from generator.inline import plain

from .notes_built import deck_slides, imported_content


@pytest.mark.parametrize("name,mark", [("lescastcodeurs-fr.md", "suite")])
def test_continuation_slides_are_numbered_among_themselves(name, mark):
    """The technical deck continued a topic on "(cont. 2)" right after its first slide (the first slide
    counted as 1), which reads as a skipped slide; the continuations are now "(cont.)" alone, else
    "(cont. 1)", "(cont. 2)", … in order; since review 14 a topic takes one continuation at most,
    "(cont.)". (syntax-year-review's predictions, a list of bare titles, are
    now one slide: test_continuations.test_a_list_of_bare_titles_gets_one_slide.)"""
    titles = [s.title for s in deck_slides(imported_content(name), "technical")]
    runs: dict[str, list[str]] = {}
    for title in titles:
        found = re.fullmatch(rf"(.*) \({mark}(?: (\d+))?\)", title)
        if found:
            runs.setdefault(found.group(1), []).append(found.group(2) or "")
    # (review 14: a topic takes at most one continuation, so none is numbered; the fixture has none left)
    assert all(numbers == [""] for numbers in runs.values()), runs


def _agenda(slides) -> list[str]:
    return [plain(item.title) for s in slides if s.layout == "agenda" for item in s.agenda]


def _why_it_matters(slides, words: str = "Why it matters") -> list[str]:
    return [plain(c.text) for s in slides if s.role == "summary" for b in s.bullets if b.text == words for c in b.children]


@pytest.mark.parametrize("name", ["lex-fridman-outline.txt", "syntax-year-review.md", "syntax-tips.md"])
@pytest.mark.parametrize("audience", ["policy", "technical"])
def test_why_it_matters_never_repeats_the_opening(name, audience):
    """lex-fridman-outline's About slide repeated the biography slide 2 had just shown, syntax-year-review's
    and syntax-tips' the description of the episode: no sentence of *Why it matters* says an item of the
    opening summary again (there is no About slide where nothing else is left to say)."""
    slides = deck_slides(imported_content(name), audience)
    # (the summary slide, else the cover's lead: a summary too thin for a slide, cover_lead.py)
    opening = next((s for s in slides if s.role == "summary" and s.title != "About this briefing"), slides[0])
    said = {" ".join(plain(b.text).split()).rstrip(".") for b in opening.bullets} if opening.role == "summary" else {
        " ".join(plain(opening.subtitle).split()).rstrip(".")}
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
    from generator.clause_bounds import list_items
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
