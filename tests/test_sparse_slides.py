"""Sparse slides, titles that cover one line, and cut bullets (issue #21, review 14's finding 5), measured on the
built decks of the default content and of the real notes the review read, every built-in audience (builds shared:
the session's ``built`` and notes_built.py):

- no content slide shows fewer than three statements (deck_lines.statements) and nothing else (a chart, table,
  picture, quote or key figure) where a neighbouring content slide is of the same topic (its kicker) and is no
  continuation page of it ("(cont.)", "(suite)": continued.py's) — it would have joined it;
- no line of a deck is only the statement before the colon of a point of the notes ("La JVM fonctionne en monde
  ouvert" of "La JVM fonctionne en monde ouvert : les classes sont chargées à la demande, …"), but for a label
  that names or numbers ("JEP 504 : …");
- every number a content slide's title says is shown on the slide (its body, a key figure, a chart), unless the
  title is a point of its topic as the notes write it (a fact of the notes, which needs no other's support);
- a point that pairs two figures as a contrast titles its slide with both (allin's "52 billion … Meanwhile, …
  200 billion"), and of two points that say one measure the one over the longer period titles it (AMD's
  $1.3 billion for the first three quarters, not the quarter's $89 million).
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from pptx import Presentation

from generator.headline import is_name, labelled
from generator.inline import plain
from generator.quantities import said_quantities

from .conftest import AUDIENCES
from .deck_economy import _content, _figures, _paragraphs, content_of
from .deck_lines import LEAST_LINES, statements
from .notes_built import NOTES, notes_build
from .test_title_statements import READ, _kicker, _texts, _title

DEFAULT = Path(__file__).resolve().parent.parent / "content" / "deepseek.yaml"
_WORD = re.compile(r"\w+")
COUNTED = 1000  # a bare count from this many is a measurement ("200,000 GPUs"), not a slide's items counted
_CONTINUED = re.compile(r"\((?:cont|suite|Forts)\.?[^)]*\)\s*\Z")


@pytest.fixture(scope="module")
def read(built) -> list[tuple[str, list, Path]]:
    """(deck name, slides, content file) of each deck the review read."""
    out = [(f"deepseek-{a}", list(Presentation(str(built / f"deepseek-{a}.pptx")).slides), DEFAULT) for a in AUDIENCES]
    for name in READ:
        found = notes_build(NOTES / name, ("pptx",))
        assert found.problem is None, (name, found.problem)
        out += [(f"{found.content.stem}-{a}", list(Presentation(str(found.content.with_name(
            f"{found.content.stem}-{a}.pptx"))).slides), found.content) for a in AUDIENCES]
    return out


def _carries(slide) -> bool:
    """Whether a slide carries its evidence otherwise than by lines (a chart, table, picture, quote or key figure)."""
    paras = _paragraphs(slide)
    return (any(getattr(s, "has_chart", False) and s.has_chart or getattr(s, "has_table", False) and s.has_table
                or s.shape_type == 13 for s in slide.shapes) or any(p["italic"] for p in paras) or bool(_figures(paras)))


def sparse_beside_their_topic(slides: list) -> list[tuple[int, str]]:
    """The content slides of fewer than LEAST_LINES statements and nothing else beside a slide of their topic."""
    out = []
    for n, slide in enumerate(slides[2:], start=3):
        kicker = _kicker(slide)
        if not kicker or not _content(slide) or _carries(slide) or len(statements(_paragraphs(slide))) >= LEAST_LINES:
            continue
        near = [slides[m] for m in (n - 2, n) if 2 <= m < len(slides) and _content(slides[m])]
        if any(_kicker(s) == kicker and not _CONTINUED.search(_title(s)) and not _CONTINUED.search(_title(slide))
               for s in near):
            out.append((n, _title(slide)))
    return out


def colon_leads(slides: list, content_file) -> list[tuple[int, str]]:
    """The deck's lines that are only the statement before a point's colon (see the module doc)."""
    leads = set()
    for topic in content_of(content_file).topics:
        for text in _texts(topic.points):
            label = labelled(" ".join(text.split()))[0]
            if label and not is_name(label) and not any(c.isdigit() for c in label):
                leads.add(label.rstrip(" :"))
    return [(n, p["text"]) for n, slide in enumerate(slides, start=1) for p in _paragraphs(slide)
            if p["text"].rstrip(" .…") in leads]  # (a lead shown with its colon heads its list's items under it)


def _said(text: str) -> set[tuple]:
    """The measurements ``text`` says (generator.quantities: "$1.3 billion" as "$1.3B"; "H100", "5th" are none):
    money, a share, a unit's measure, a count from COUNTED (not the items a slide counts: "7 chapters")."""
    return {what for _, _, what in said_quantities(plain(text)) if what[0] or what[3] or what[1] >= COUNTED}


def _words(text: str) -> str:
    """``text``'s words, case-folded, one space apart."""
    return " ".join(_WORD.findall(plain(text).casefold()))


def unshown_numbers(slides: list, content_file) -> list[tuple[int, str]]:
    """The content slides of lines (no chart or table: a chart plots its numbers, a stacked range as its parts)
    whose title says a measurement its body does not, unless the title's words are a point's, or a run of a point's
    (its first sentence, its label, a clause): see the module doc."""
    points = [_words(t) for topic in content_of(content_file).topics for t in _texts(topic.points)]
    out = []
    for n, slide in enumerate(slides[2:], start=3):
        title = _title(slide)
        if (not _kicker(slide) or not _content(slide) or any(_words(title) in p for p in points)
                or any(getattr(s, "has_chart", False) and s.has_chart or getattr(s, "has_table", False) and s.has_table
                       for s in slide.shapes)):
            continue
        if _said(title) - _said(" ".join(p["text"] for p in _paragraphs(slide))):
            out.append((n, title))
    return out


def test_no_sparse_slide_beside_a_slide_of_its_topic(read):
    found = {deck: bad for deck, slides, _ in read if (bad := sparse_beside_their_topic(slides))}
    assert found == {}, found


def test_no_line_is_a_point_cut_at_its_colon(read):
    found = {deck: bad for deck, slides, content in read if (bad := colon_leads(slides, content))}
    assert found == {}, found


def test_a_title_s_numbers_are_shown_on_its_slide(read):
    found = {deck: bad for deck, slides, content in read if (bad := unshown_numbers(slides, content))}
    assert found == {}, found


def test_a_contrast_is_titled_by_both_figures_and_a_measure_by_its_longer_period(read):
    titles = {deck: [_title(s) for s in slides] for deck, slides, _ in read}
    for audience in AUDIENCES:
        paired = [t for t in titles[f"allin-summit-takeaways-{audience}"] if "52 billion" in t]
        assert paired and all("200 billion" in t for t in paired), (audience, paired)
        buyback = [t for t in titles[f"earnings-call-amd-{audience}"] if "repurchase" in t]
        assert buyback and all("$1.3 billion" in t for t in buyback), (audience, buyback)


def _point(text: str) -> dict:
    return {"text": text, "children": [], "at": None}


def test_two_bullets_that_pair_their_figures_title_the_slide_together_and_neither_alone():
    """A point and the next one that opens on a pairing phrase ("Meanwhile, …") title the slide together; the
    "Meanwhile" point never titles it alone (it needs the sentence before it)."""
    from generator.titles import strongest
    from generator.words import english

    chips = [_point("The US is spending $52 billion on chips at home."),
             _point("Meanwhile, Apple is investing over $200 billion in China."),
             _point("Chips made at home cost more than chips made in Taiwan, and the gap is not closing."),
             _point("Chips plants in China and at home take years to build and staff.")]
    topic = {"title": "Chip spending", "message": "", "summary": "", "at": None, "figures": [], "points": chips}
    stated = strongest(topic, english())
    assert stated["title"] == ("The US is spending $52 billion on chips at home; meanwhile, Apple is investing over "
                               "$200 billion in China")
    # (the other lines say nothing of the spending: the two points stay under the title, review 16: title_backing.py)
    shown = [p["text"] for p in stated["points"]]
    assert shown[0] == chips[0]["text"] and "$200 billion" in shown[1] and shown[2:] == [chips[2]["text"], chips[3]["text"]]
    alone = {**topic, "points": [chips[1], *chips[2:]]}
    assert not strongest(alone, english())["title"].startswith("Meanwhile")


def test_the_longer_period_s_amount_ranks_first_and_another_measure_never_moves():
    from generator.cumulative_titles import cumulative_first
    from generator.words import english

    points = [_point("Returned $89 million to shareholders through share repurchases."),
              _point("Remaining authorization of $9.4 billion under the share repurchase program."),
              _point("$1.3 billion in share repurchases for the first three quarters of 2025.")]
    assert cumulative_first([0, 1, 2], points, english()) == [2, 0, 1]
    smaller = [points[0], points[1], _point("$50 million in share repurchases for the first three quarters of 2025.")]
    assert cumulative_first([0, 1, 2], smaller, english()) == [0, 1, 2]  # (a smaller amount: the quarter stays first)


def test_a_point_is_never_cut_to_the_statement_before_its_colon():
    from generator.clauses import cut

    jvm = ("La JVM fonctionne en monde ouvert : les classes sont chargées à la demande, les appels sont des "
           "références symboliques résolues dynamiquement.")
    assert cut(jvm, 10) == ""  # (whole, or left out with the last points: deckfit)
    assert cut("JEP 504 : suppression définitive de l'API Applet, plus supportée par les navigateurs.", 4) != ""
