"""The report's cover page: the logo, the title and subtitle, the speakers, the date, the sources and
who it is prepared for."""
from __future__ import annotations

import io

from reportlab.platypus import Spacer

from ...document import Document
from ...named_sources import listed_sources, names_something
from ...words import fill, split_at
from .flowables import Shaped
from .fonts import link, markup, markup_parts


def cover_page(w, doc: Document) -> list:
    """The flowables of ``doc``'s cover, in the styles and link colour of the report writer ``w``."""
    st, words = w.styles, doc.words
    story: list = []
    if doc.theme.logo:
        story += _logo(doc.theme.logo)
    story.append(Shaped(markup(doc.title), st["cover"]))
    if doc.subtitle:
        story.append(Shaped(markup(doc.subtitle), st["coversub"]))
    for sp in doc.speakers:
        story.append(Shaped(markup_parts([(sp.name, True)] + ([(", " + sp.role, False)] if sp.role else [])), st["body"]))
    story.append(Spacer(1, 10))
    if doc.date:
        story.append(Shaped(markup(fill(words["published"], date=doc.date)), st["meta"]))
    for src in listed_sources(doc):  # (not one that only repeats the title above it: the cover shows no description)
        if not names_something(src.name, src.url, None, doc.title):
            continue
        story.append(Shaped(markup(src.name) + (f": {link(src.url, src.url, w.link_color)}" if src.url else ""),
                            st["meta"]))
    story.append(Spacer(1, 14))
    if doc.prepared_for:  # only where an audience's label says who
        around = split_at(words["prepared_for"], "audience")
        parts = ([(around[0], False), (doc.prepared_for, True), (around[1], False)] if around
                 else [(words["prepared_for"], False)])
        story.append(Shaped(markup_parts(parts), st["coversub"]))
    return story


def _logo(path) -> list:
    """The logo at the top left, within 140 × 70 points, aspect kept."""
    from reportlab.lib.utils import ImageReader
    from reportlab.platypus import Image

    from ...images import read_image

    logo = read_image(path)  # read as every input is: a regular file, capped
    px_w, px_h = ImageReader(io.BytesIO(logo)).getSize()
    scale = min(140 / px_w, 70 / px_h)
    return [Image(io.BytesIO(logo), px_w * scale, px_h * scale, hAlign="LEFT"), Spacer(1, 18)]
