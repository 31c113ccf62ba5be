"""The Document: the format-neutral tree that audience templates produce and writers read.

Nothing here knows python-pptx or reportlab. ``Document.model_dump_json()`` gives the
whole tree for tests and debugging.
"""
from __future__ import annotations

from typing import Annotated, Literal, Optional

from . import inline
from .document_charts import ChartSpec, TableSpec
from .document_nodes import AgendaItem, Bullet, Column, KeyFigure, Node, Plain, SourceLink, TimeRef
from .limits import MAX_FIGURES
from .model import After, Field, model_check
from .words import english

LAYOUTS = ("title", "agenda", "section", "bullets", "two_column", "topics", "big_number", "chart",
           "table", "quote", "timeline", "sources")



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
    says: list[str] = []  # the topics whose only point a summary says (a digest's entries: overview.unsaid)
    role: Literal["", "summary", "chapters", "close", "takeaways"] = ""  # summary: boxed in the report; chapters: a chapter
    # list's agenda; close: what the deck ends on (a point it states leaves its topic slide in the deck); takeaways: the
    # report's takeaways in full, after the close (report_edit.py)
    deck: bool = True
    report: bool = True

    def points(self) -> list[Bullet]:
        """The slide's points: its bullets, or its agenda as points (each a topic and its time)."""
        return self.bullets or [Bullet(text=a.title, at=a.at) for a in self.agenda]

    def topic_slides(self) -> list[Slide]:
        """A topics slide's topics, each as a slide of its points with its title and time; the first
        under the slide's subtitle (what the notes give of them: "The notes give the chapters' titles only.")."""
        return [Slide(layout="bullets", title=c.title, subtitle="" if n else self.subtitle, at=c.at, topic=c.topic,
                      bullets=c.bullets, deck=self.deck, report=self.report) for n, c in enumerate(self.columns)]

    @model_check
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


def _every_word(words: dict[str, str]) -> dict[str, str]:
    """A word the Document was not given is the English one: a writer finds every key."""
    return {**english(), **words}


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
    words: Annotated[dict[str, str], After(_every_word)] = Field(default_factory=english)  # the words the tool
    # adds, in ``lang`` (see words.py)
    slides: list[Slide] = Field(min_length=1)
    unsupported: list[Unsupported] = []  # set by the build, never by a template
    index: bool = True  # whether a handout ends with the timestamp index: the audience's budget says (render.py)

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
