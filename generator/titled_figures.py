"""A title's number is shown on its slide (review 14, finding 5).

A topic's message may say its key figure ("DeepSeek's models are 27x cheaper than competitors, through …")
while the figure's own slide leaves the deck, said once by that title or by the bottom line (said_once.py):
the slide then claims a number its body never shows. Such a slide of points (no figure, chart or table of
its own) takes the topic's key figure that its title says and its points do not, as the big number under
the title (the evidence for it), and the figure's own slide stays out of the deck. A figure whose own slide
has the same title (the title is the figure's sentence, "Returned $89 million to shareholders…") is not
shown twice.
"""
from __future__ import annotations

from .deck_twin import split, texts
from .document import KeyFigure, Slide
from .inline import plain


def _plain_title(title: str) -> str:
    return " ".join(plain(title).split()).rstrip(" .")


def titled_figures(slides: list[Slide], also: str) -> list[Slide]:
    """``slides`` with each deck slide of points whose title says a key figure of its topic that its body does
    not show, that figure under its title (see the module doc)."""
    grids: dict[str, list[tuple[KeyFigure, str, int]]] = {}
    for n, s in enumerate(slides):
        if s.topic and s.layout == "big_number":
            grids.setdefault(s.topic, []).extend((f, _plain_title(s.title), n) for f in s.figures)
    taken = {n: found for n, s in enumerate(slides) if (found := _titled(s, grids.get(s.topic or "", [])))}
    hidden = {found[2] for found in taken.values()}
    out: list[Slide] = []
    for n, slide in enumerate(slides):
        if n in taken:
            out += split(slide, slide.model_copy(update={"figures": [taken[n][0]]}), "", also)
        else:
            out.append(slide.model_copy(update={"deck": False}) if n in hidden and slide.deck else slide)
    return out


def _titled(slide: Slide, grids: list[tuple[KeyFigure, str, int]]) -> tuple[KeyFigure, str, int] | None:
    """The figure of ``grids`` (the topic's big numbers) that ``slide``'s title says and its body does not."""
    if (not slide.deck or slide.layout != "bullets" or slide.role or slide.figures or slide.chart
            or not slide.topic or not grids):
        return None
    title = _plain_title(slide.title)
    body = " ".join(plain(t) for t in texts(slide.bullets))
    return next((g for g in grids if (value := plain(g[0].value).strip()) and value in title and value not in body
                 and g[1] != title), None)
