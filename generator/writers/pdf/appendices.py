"""The report's appendices: the timestamp index (where the notes have times), the sources, and for
the author the content's claims the transcript does not say; lettered in that order."""
from __future__ import annotations

from reportlab.platypus import CondPageBreak, ListFlowable, ListItem

from ...document import Document
from ...named_sources import listed_sources, names_something
from ...words import appendix_letter, fill
from .flowables import Bookmark, Shaped
from .index import TimestampIndex
from .keep import ClearOfTables, RoomFor
from .fonts import link, markup, markup_text

INDEX_LEAD = 80.0  # points of the index's rows (its header and about three rows) its heading's page must hold too


def appendices(w, doc: Document) -> list:
    """The flowables of ``doc``'s appendices, in the styles and link colour of the report writer ``w``."""
    st, words = w.styles, doc.words
    story: list = []
    linked = doc.has_time_links()
    indexed = doc.index and bool(doc.timestamp_index())  # notes without times (or a budget without it) have no index
    if indexed:  # (on the page the body ends on, where its heading, intro and three rows fit and no table is above)
        head = [Shaped(markup(words["index_appendix"]), st["h1"]),
                Shaped(markup(words["index_intro" if linked else "index_intro_unlinked"]), st["body"])]
        story += [ClearOfTables(head, lead=INDEX_LEAD), Bookmark(words["index_appendix"], 0, "ts-index"), *head,
                  TimestampIndex(w)]
    listed = listed_sources(doc)  # (none that only repeats the title: no heading over nothing)
    if not listed:
        return story + _unsupported(w, doc, before=1 if indexed else 0)
    heading = words["sources_appendix"] if indexed else words["sources"]  # (no "Appendix B" without an A)
    titled = Shaped(markup(heading), st["h1"])
    lines = [Shaped(markup(words["sources_intro"]), st["body"])] if linked else []
    for src in listed:
        if not names_something(src.name, src.url, None, doc.title):  # (the title again: its description says what it is)
            lines.append(Shaped(markup_text(src.description, w.link_color), st["body"]))
            continue
        lines.append(Shaped(f"<b>{markup(src.name)}</b>" + (f": {link(src.url, src.url, w.link_color)}"
                                                          if src.url else ""), st["body"]))
        if src.description:
            lines.append(Shaped(markup_text(src.description, w.link_color), st["meta"]))
    # the heading stays with what fits of the sources: a page of its own only where not even that does (a fixed 120
    # points sent knesset's one source, a line, to a page of its own)
    story += [RoomFor([titled, *lines[:3]], lead=0), Bookmark(heading, 0, "sources"), titled, *lines]
    return story + _unsupported(w, doc, before=2 if indexed else 0)  # (A the index, B the sources)


def _unsupported(w, doc: Document, before: int) -> list:
    """For the author: the content's claims the transcript does not say, each with its place; an
    appendix lettered after the ``before`` lettered ones ahead of it."""
    if not doc.unsupported:
        return []
    st, words = w.styles, doc.words
    heading = fill(words["unsupported_appendix"], letter=appendix_letter(words, before))
    items = [ListItem(Shaped(markup_text(u.text, w.link_color) + f" <font size=\"8\">({markup(u.where)})</font>",
                             st["body"]), leftIndent=14) for u in doc.unsupported]
    return [CondPageBreak(120), Bookmark(heading, 0, "unsupported"), Shaped(markup(heading), st["h1"]),
            Shaped(markup(fill(words["unsupported_intro"], source=doc.unsupported[0].source)), st["body"]),
            ListFlowable(items, bulletType="bullet", start="•", leftIndent=14, bulletFontName="Body", bulletFontSize=9)]
