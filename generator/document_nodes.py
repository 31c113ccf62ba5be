"""The pieces of a slide's text in the Document: points, times and their links, key figures,
columns and agenda lines; the base of every document node and the content's rules held to what
templates write."""
from __future__ import annotations

from typing import Annotated, Optional

from . import inline
from .content_fields import check_characters, check_inline_links, check_link
from .headline import unhooked
from .limits import MADE_TEXT, MAX_LINKED_SOURCES
from .model import After, Field, Model, model_check


# Text shown as it is drawn, without inline markup (a link's text): titles, labels, names, metadata.
# Body text (points, paragraphs, figure labels, table cells, quotes) keeps its markup: writers draw
# its runs (``inline.runs``).
Plain = Annotated[str, After(inline.plain)]


class Node(Model):
    """Base for document nodes: unknown keys are refused (template typos show). What templates
    write is held to the content's rules (``data_problems``, and finite numbers in ``SeriesSpec``)."""


def data_problems(data, text_most: int | None = None) -> list[tuple[tuple, str]]:
    """(path, message) for each place in a document's plain data (what templates wrote, before it
    becomes a Document) that breaks the content's rules: text holding a refused character, a ``url``
    or an inline link (``[x](javascript:…)``) that is not an http(s) or mailto link. An audience
    folder is shared input too. Given ``text_most`` (``bounds.limits``), the same walk finds the first
    text longer than that, speaker notes aside: a template's 4-million-character title ran the report's
    writer for minutes (issue #24)."""
    problems: list[tuple[tuple, str]] = []
    long: list[tuple[tuple, int]] = []
    stack: list[tuple[tuple, object]] = [((), data)]
    while stack:
        path, value = stack.pop()
        if isinstance(value, dict):
            stack += [(path + (key,), item) for key, item in value.items()]
        elif isinstance(value, list):
            stack += [(path + (i,), item) for i, item in enumerate(value)]
        elif isinstance(value, str):
            if text_most is not None and len(value) > text_most and "notes" not in path:
                long.append((path, len(value)))
            try:
                check_characters(value)
                if path and path[-1] == "url" and value:
                    check_link(value)
                else:  # a template's own text is read for inline markup too: its links are links
                    check_inline_links(value)
            except ValueError as exc:
                problems.append((path, str(exc)))
    if long:
        path, length = min(long, key=lambda found: _order(found[0]))
        problems.append((path, f"a template may make a text of at most {text_most:,} characters for this content "
                               f"({MADE_TEXT:,} and as many as the content has), its speaker notes aside; this one "
                               f"has {length:,}"))
    return sorted(problems, key=lambda p: _order(p[0]))


def _order(path: tuple) -> list[str]:
    """A path's place in the order problems are told."""
    return [str(k) for k in path]


class SourceLink(Node):
    """Where a moment can be opened: one link per source that supports it."""

    source: str
    name: Plain
    url: str
    label: str = ""  # the moment as that source's own clock shows it (the video: 3:33 for 13:28)
    description: str = ""  # a listed source's (Document.sources): what it is, inline markup; "" in a moment's links


class TimeRef(Node):
    """A validated moment in the source, with a link into each source."""

    seconds: int
    label: str
    links: list[SourceLink] = Field([], max_length=MAX_LINKED_SOURCES)  # one per source

    @property
    def url(self) -> Optional[str]:
        """The primary link (the first source's), or None."""
        return self.links[0].url if self.links else None

    def named(self, link: SourceLink) -> str:
        """A link's label with its source's name: "YouTube video 3:33" (its own time where the
        source runs with an offset)."""
        return f"{link.name} {link.label or self.label}"

    def labelled_links(self) -> list[tuple[str, str]]:
        """(label, url) of each link as every output shows a time: the first source's link is the
        time itself ("13:28"), each other one is named ("YouTube video 3:33")."""
        return [(self.label if i == 0 else self.named(link), link.url) for i, link in enumerate(self.links)]


class Bullet(Node):
    """A point, with an optional timestamp, an optional link and nested points.

    A point that ends in ":" but has no points under it (a template or the deck's word budget
    dropped them) would dangle; it loses the colon and the word that opened the list ("gains
    through:" reads "gains") here, so deck, report and handout read the same sentence.
    """

    text: str
    at: Optional[TimeRef] = None
    url: str = ""  # the point is (or names) a link, e.g. a source on the sources slide
    children: list[Bullet] = []

    @model_check
    def _whole(self):
        text = self.text.rstrip()
        if not self.children and text.endswith(":"):
            self.text = unhooked(text)
        elif not self.children and inline.plain(text).endswith(":"):  # inside markup: "**Costs:**"
            colon = text.rindex(":")
            self.text = text[:colon].rstrip() + text[colon + 1:]
        return self


class KeyFigure(Node):
    """A big number with its label (and its time, when it differs from its slide's)."""

    value: Plain
    label: str
    at: Optional[TimeRef] = None


class Column(Node):
    """One column of a two-column or comparison slide, or one short topic of a ``topics`` slide
    (short topics share a slide, each with its title, its time and its points)."""

    title: Plain
    at: Optional[TimeRef] = None
    topic: str = ""  # the topic id of a topics slide's column
    bullets: list[Bullet] = []


class AgendaItem(Node):
    """An agenda line: a topic and where it starts."""

    title: Plain
    at: Optional[TimeRef] = None
    topic: str = ""  # the topic id (the deck's agenda leaves out a topic with no slide by it: coverage.py)
