"""Quantities and long points in a built deck, for the presentability check (issue #21, rules 1 and
3b): no point over LONG_POINT words, no cut point that lost its number, each grid of key figures led
by its weightiest, and the content's weightiest figure in the deck. Each function reads the deck's
slides (python-pptx) and returns (rule, slide, detail) triples; ``presentability.check`` runs them."""
from __future__ import annotations

import re

from generator.weigh import by_weight, figure_weight, has_quantity, largest_by_kind
from generator.word_count import count_words

from .deck_economy import _content, _figures, _paragraphs, by_content, content_of

LONG_POINT = 40  # words of one point of a slide's body at most
_TIME_SUFFIX = re.compile(r"\s*\([^()]*\d:\d\d[^()]*\)\s*$")


def _said(text: str) -> str:
    """A paragraph as said: without its time and a cut's "…", white space made single."""
    return " ".join(_TIME_SUFFIX.sub("", text).rstrip("…").split())


def long_points(slides) -> list[tuple]:
    """``long-point``: no point (a bulleted paragraph of a content slide's body) holds more than
    LONG_POINT words: a longer one is shown as its clauses."""
    out = []
    for number, slide in enumerate(slides, start=1):
        for p in _paragraphs(slide) if _content(slide) else ():
            count = count_words(_said(p["text"]))
            if p["bullet"] and count > LONG_POINT:
                out.append(("long-point", number, f"a point of {count} words: '{p['text'][:50]}…'"))
    return out


def _points(loaded) -> list[str]:
    """Every point and takeaway of the content as plain text."""
    from generator.inline import plain

    def walk(points):
        for p in points:
            yield plain(p.text)
            yield from walk(p.points)
    return [*walk(loaded.takeaways), *(text for t in loaded.topics for text in walk(t.points))]


def lost_numbers(slides, content) -> list[tuple]:
    """``lost-number``: a point the deck shows cut (the leading words of a content point that says a
    quantity) keeps a quantity: a cut never leaves the number out, unless the deck shows it as a key
    figure (the bottom line's "Storage is at a ten-year low" beside the grid's "41%"), or another slide says the rest
    whole (review 20: the lead of a point that said the bottom line's item after it, "…, that is <the item>")."""
    figures = {v for slide in slides if _content(slide) for v in _figures(_paragraphs(slide))}
    lines = [" ".join(p["text"].casefold().split()) for slide in slides if _content(slide) for p in _paragraphs(slide)]
    said = [" ".join(text.split()) for text in _points(content_of(content))
            if has_quantity(text) and not any(v in text for v in figures)]
    out = []
    for number, slide in enumerate(slides, start=1):
        for p in _paragraphs(slide) if _content(slide) else ():
            shown = _said(p["text"])
            if not p["bullet"] or count_words(shown) < 3 or has_quantity(shown):
                continue
            whole = next((t for t in said if len(t) > len(shown) + 1 and t.casefold().startswith(shown.casefold())), None)
            if whole and not _said_elsewhere(whole[len(shown):], lines):
                out.append(("lost-number", number, f"'{shown[:60]}' is cut from '{whole[:90]}…' without its number"))
    return out


def _said_elsewhere(rest: str, lines: list[str]) -> bool:
    """Whether ``rest`` (what a cut leaves out), past its clause mark and up to two words leading into it ("that is"),
    is a line of the deck, or inside one, whole."""
    words = rest.strip().lstrip(",:;—–，：；").casefold().rstrip(" .。").split()
    return any(len(words) - skip >= 3 and any(" ".join(words[skip:]) in line for line in lines) for skip in range(3))


def figure_order(slides) -> list[tuple]:
    """``figure-order``: a grid of key figures shows its weightiest first (see generator.weigh.by_weight;
    its title states it)."""
    out = []
    for number, slide in enumerate(slides, start=1):
        values = _figures(_paragraphs(slide)) if _content(slide) else []
        if len(values) > 1 and by_weight([{"value": v} for v in values])[0]["value"] != values[0]:
            out.append(("figure-order", number, f"grid {values} is led by '{values[0]}'"))
    return out


def _weightiest(content) -> str:
    """The value of the content's weightiest key figure: by kind, size among its kind and its topic's
    weight (see generator.weigh.figure_weight), "" when the content has none."""
    from generator.context import build_context
    from generator.words import load_words

    loaded = content_of(content)
    topics = build_context(loaded, {"budget": {}}, load_words(loaded.lang))["topics"]
    heaviest = max((t["weight"] for t in topics), default=0) or 1
    figures = [(f["value"], t["weight"] / heaviest) for t in topics if not t["aside"] for f in t["figures"]]
    largest = largest_by_kind([value for value, _ in figures])
    return max(figures, key=lambda f: figure_weight(f[0], largest, f[1]), default=("", 0))[0]


weightiest = by_content(_weightiest)


def key_figure(slides, content) -> list[tuple]:
    """``key-figure``: the content's weightiest key figure (see ``weightiest``) is in the deck: a key
    figure of a slide, or said on one (the bottom line states it), in a point or a table's cell."""
    value = weightiest(content).strip()
    if not value:
        return []
    pattern = re.compile(r"(?<![\w.,])" + re.escape(value) + r"(?!\w|[.,]\d)")
    if any(pattern.search(p["text"]) for slide in slides if _content(slide) for p in _paragraphs(slide)):
        return []
    if any(pattern.search(cell.text) for slide in slides if _content(slide) for shape in slide.shapes
           if getattr(shape, "has_table", False) and shape.has_table for row in shape.table.rows for cell in row.cells):
        return []
    return [("key-figure", 1, f"the weightiest figure '{value}' is not in the deck")]
