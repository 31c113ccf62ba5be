"""The Document: the format-neutral tree that audience templates produce and writers read.

Nothing here knows python-pptx or reportlab. ``Document.model_dump_json()`` gives the
whole tree for tests and debugging.
"""
from __future__ import annotations

import math
from typing import Annotated, Literal, Optional

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, field_validator, model_validator

from . import inline
from .content import pie_problem
from .content_fields import check_characters, check_inline_links, check_link
from .headline import unhooked
from .limits import MAX_CATEGORIES, MAX_CHART_CATEGORIES, MAX_COLUMNS, MAX_FIGURES, MAX_LINKED_SOURCES, MAX_NUMBER, MAX_SERIES
from .quantities import format_number
from .words import english, fill

MIN_NUMBER = 1e-300  # the smallest value but 0 a chart draws (5e-324 broke the report's number formatting)
LAYOUTS = ("title", "agenda", "section", "bullets", "two_column", "topics", "big_number", "chart",
           "table", "quote", "timeline", "sources")


# Text shown as it is drawn, without inline markup (a link's text): titles, labels, names, metadata.
# Body text (points, paragraphs, figure labels, table cells, quotes) keeps its markup: writers draw
# its runs (``inline.runs``).
Plain = Annotated[str, AfterValidator(inline.plain)]


class Node(BaseModel):
    """Base for document nodes: unknown keys are refused (template typos show). What templates
    write is held to the content's rules (``data_problems``, and finite numbers in ``SeriesSpec``)."""

    model_config = ConfigDict(extra="forbid")


def data_problems(data) -> list[tuple[tuple, str]]:
    """(path, message) for each place in a document's plain data (what templates wrote, before it
    becomes a Document) that breaks the content's rules: text holding a refused character, a ``url``
    or an inline link (``[x](javascript:…)``) that is not an http(s) or mailto link. An audience
    folder is shared input too."""
    problems: list[tuple[tuple, str]] = []
    stack: list[tuple[tuple, object]] = [((), data)]
    while stack:
        path, value = stack.pop()
        if isinstance(value, dict):
            stack += [(path + (key,), item) for key, item in value.items()]
        elif isinstance(value, list):
            stack += [(path + (i,), item) for i, item in enumerate(value)]
        elif isinstance(value, str):
            try:
                check_characters(value)
                if path and path[-1] == "url" and value:
                    check_link(value)
                else:  # a template's own text is read for inline markup too: its links are links
                    check_inline_links(value)
            except ValueError as exc:
                problems.append((path, str(exc)))
    return sorted(problems, key=lambda p: [str(k) for k in p[0]])


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

    @model_validator(mode="after")
    def _whole(self):
        text = self.text.rstrip()
        if not self.children and text.endswith(":"):
            self.text = unhooked(text)
        elif not self.children and inline.plain(text).endswith(":"):  # inside markup: "**Costs:**"
            colon = text.rindex(":")
            self.text = text[:colon].rstrip() + text[colon + 1:]
        return self


class SeriesSpec(Node):
    """One chart series; ``low``/``high`` mark ranges and ``approx`` approximate values."""

    name: Plain
    values: list[float]
    low: list[Optional[float]] = []
    high: list[Optional[float]] = []
    approx: list[bool] = []
    labels: list[str] = []

    @model_validator(mode="after")
    def _fill(self):
        n = len(self.values)
        self.low = self.low or [None] * n
        self.high = self.high or [None] * n
        self.approx = self.approx or [False] * n
        self.labels = self.labels or [format_number(v) for v in self.values]
        for v in (*self.values, *self.low, *self.high):
            if v is not None and not (math.isfinite(v) and abs(v) < MAX_NUMBER and (v == 0 or abs(v) >= MIN_NUMBER)):
                raise ValueError(f"series '{self.name}': {v} is not 0 or a finite number from {MIN_NUMBER:.0e} "
                                 f"to {MAX_NUMBER:.0e}")
        if not all(len(x) == n for x in (self.low, self.high, self.approx, self.labels)):
            raise ValueError(f"series '{self.name}': values, low, high, approx and labels differ in length")
        return self

    def has_ranges(self) -> bool:
        """True if any value is a range."""
        return any(v is not None for v in self.low)


class ChartSpec(Node):
    """A chart described once; every writer draws it natively."""

    id: str
    title: Plain
    kind: Literal["bar", "column", "line", "pie", "doughnut", "timeline"]
    unit: Plain = ""
    categories: list[Plain]
    series: list[SeriesSpec] = Field(min_length=1)
    caption: Plain = ""
    message: Plain = ""  # the point the chart makes: its slide's title (the caption, when that is a sentence)

    @model_validator(mode="after")
    def _shape(self):
        most = MAX_CATEGORIES if self.kind in ("pie", "doughnut") else MAX_CHART_CATEGORIES
        if not 1 <= len(self.categories) <= most or len(self.series) > MAX_SERIES:
            raise ValueError(f"chart '{self.id}': a {self.kind} chart has 1 to {most} categories and 1 to {MAX_SERIES} "
                             f"series (not {len(self.categories)} and {len(self.series)})")
        for s in self.series:
            if len(s.values) != len(self.categories):
                raise ValueError(f"chart '{self.id}': series '{s.name}' length differs from categories")
        if self.kind in ("pie", "doughnut"):
            one = self.series[0]  # (low and high are filled in: a range has a low)
            problem = pie_problem(self.kind, len(self.series), [(v, low is not None) for v, low in zip(one.values, one.low)])
            if problem:
                raise ValueError(f"chart '{self.id}': {problem}")
        return self

    def alt_text(self, words: dict) -> str:
        """A description of the chart from its data, for screen readers, in ``words``' language."""
        parts = [fill(words[f"alt_{self.kind}"], title=self.title) + (f" ({self.unit})" if self.unit else "") + "."]
        for s in self.series:
            items = ", ".join(f"{c} {label}" for c, label in zip(self.categories, s.labels))
            parts.append(f"{s.name}: {items}.")
        return " ".join(parts)


class TableSpec(Node):
    """A table with a header row."""

    id: str = ""
    title: Plain = ""
    columns: list[Plain]
    rows: list[list[str]]

    @model_validator(mode="after")
    def _shape(self):
        if not 1 <= len(self.columns) <= MAX_COLUMNS:
            raise ValueError(f"table '{self.id}': 1 to {MAX_COLUMNS} columns (not {len(self.columns)})")
        for i, row in enumerate(self.rows):
            if len(row) != len(self.columns):
                raise ValueError(f"table '{self.id}': row {i + 1} has {len(row)} cells for {len(self.columns)} columns")
        return self

    def column_shares(self) -> list[float]:
        """Each column's share of the width, from its longest text (bounded both ways)."""
        lengths = [min(max(len(c), 6, *(len(inline.plain(r[i])) for r in self.rows)), 60) for i, c in enumerate(self.columns)]
        return [n / sum(lengths) for n in lengths]


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


class Slide(Node):
    """One slide of the deck, and one section or block of the report."""

    layout: Literal[LAYOUTS]  # type: ignore[valid-type]
    title: Plain
    kicker: Plain = ""  # a small line above the title: what the slide is about, when its title is its point
    subtitle: Plain = ""
    at: Optional[TimeRef] = None
    text: str = ""
    bullets: list[Bullet] = []
    columns: list[Column] = []
    figures: list[KeyFigure] = []
    chart: Optional[ChartSpec] = None
    table: Optional[TableSpec] = None
    agenda: list[AgendaItem] = []
    attribution: str = ""
    notes: Plain = ""
    topic: str = ""  # the topic id a slide belongs to: the report groups a topic's slides
    role: Literal["", "summary", "chapters", "close"] = ""  # summary: boxed in the report; chapters: a chapter
    # list's agenda; close: what the deck ends on (a point it states leaves its topic slide in the deck)
    deck: bool = True
    report: bool = True

    def points(self) -> list[Bullet]:
        """The slide's points: its bullets, or its agenda as points (each a topic and its time)."""
        return self.bullets or [Bullet(text=a.title, at=a.at) for a in self.agenda]

    def topic_slides(self) -> list[Slide]:
        """A topics slide's topics, each as a slide of its points with its title and time."""
        return [Slide(layout="bullets", title=c.title, at=c.at, topic=c.topic, bullets=c.bullets, deck=self.deck,
                      report=self.report) for c in self.columns]

    @model_validator(mode="after")
    def _needs(self):
        need = {"chart": self.chart, "timeline": self.chart, "table": self.table,
                "big_number": self.figures, "two_column": self.columns, "topics": self.columns}.get(self.layout, True)
        if not need:
            raise ValueError(f"slide '{self.title}': layout '{self.layout}' needs its content")
        if len(self.figures) > MAX_FIGURES:
            raise ValueError(f"slide '{self.title}': at most {MAX_FIGURES} figures on a slide ({len(self.figures)})")
        self._one_time_line()
        return self

    def _one_time_line(self) -> None:
        """Each moment shows once on a slide: figures at the slide's own time (or all at one
        time, which becomes the slide's) carry no time of their own."""
        times = {f.at.seconds for f in self.figures if f.at}
        if self.at is None and len(times) == 1 and all(f.at for f in self.figures):
            self.at = self.figures[0].at
        if self.at is not None:
            for f in self.figures:
                if f.at is not None and f.at.seconds == self.at.seconds:
                    f.at = None


class SpeakerCredit(Node):
    """A speaker and role, for title slides and covers."""

    name: Plain
    role: Plain = ""


class Theme(Node):
    """Colours (hex RRGGBB) and font names of an audience."""

    primary: str = "1F3864"
    accent: str = "C55A11"
    text: str = "222222"
    muted: str = "666666"
    background: str = "FFFFFF"
    palette: list[str] = ["1F3864", "C55A11", "2E75B6", "548235", "7F6000", "7030A0"]
    heading_font: str = "Calibri"
    body_font: str = "Calibri"
    logo: str = ""  # a PNG or JPEG path, checked to be inside its audience folder
    layouts: dict[str, str] = {}  # deck slide kind (title, section, content) -> a master's layout name


class Unsupported(Node):
    """A claim of the content that the transcript of its source does not say: listed for the
    author at the end of the report and the handout (``unsupported`` in an audience's budget)."""

    text: str
    where: str  # FILE:LINE:COL of the claim in the content
    source: Plain = ""  # the source whose transcript was read


class Document(Node):
    """A whole briefing for one audience: metadata and the slides in order."""

    title: Plain
    subtitle: Plain = ""
    audience: str
    audience_label: Plain = ""
    prepared_for: Plain = ""  # who the briefing is for, as an audience's label says; shown on the cover when set
    date: Optional[str] = None
    lang: str = "en"
    author: Plain = ""
    subject: Plain = ""
    keywords: list[Plain] = []
    speakers: list[SpeakerCredit] = []
    sources: list[SourceLink] = []
    theme: Theme = Theme()
    words: dict[str, str] = Field(default_factory=english)  # the words the tool adds, in ``lang`` (see words.py)
    slides: list[Slide] = Field(min_length=1)
    unsupported: list[Unsupported] = []  # set by the build, never by a template

    @field_validator("words")
    @classmethod
    def _every_word(cls, words: dict[str, str]) -> dict[str, str]:
        """A word the Document was not given is the English one: a writer finds every key."""
        return {**english(), **words}

    def handout_slides(self) -> list[Slide]:
        """The slides a handout (the report, the Markdown) shows as sections: those meant for it,
        without the title, agenda, divider and sources slides (a handout has its own cover, contents
        and list of sources), but with a chapter list's chapters (they are its content); short topics
        that share a slide are each a section of their own again, with its title and time."""
        return [part for s in self.slides if s.report and (s.layout not in ("title", "agenda", "section", "sources")
                                                           or s.role == "chapters")  # a chapter list's content
                for part in (s.topic_slides() if s.layout == "topics" else [s])]

    def has_time_links(self) -> bool:
        """Whether any moment a handout shows links into a source (notes without links have none)."""
        return any(at.links for _, at in self.timestamp_index())

    def timestamp_index(self) -> list[tuple[str, TimeRef]]:
        """Every moment a handout links to, in time order, once per name and time: each section's
        own (named by its kicker, what it is about, else its title) and the takeaways'."""
        entries: list[tuple[str, TimeRef]] = []
        for s in self.handout_slides():
            if s.at:
                entries.append((s.kicker or s.title, s.at))
            if s.role == "summary":
                entries += [(f"{s.title}: {inline.plain(b.text)}", b.at) for b in s.bullets if b.at]
            entries += [(item.title, item.at) for item in s.agenda if item.at]
        first: dict[tuple, tuple[str, TimeRef]] = {}  # each (title, time) once, the first of its kind
        for entry in entries:
            first.setdefault((entry[0], entry[1].seconds), entry)
        return sorted(first.values(), key=lambda e: e[1].seconds)
