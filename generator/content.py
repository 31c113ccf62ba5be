"""The content model: what a briefing says, validated. Knows nothing of slides or pages."""
from __future__ import annotations

import unicodedata
from typing import Annotated, Literal, Optional
from urllib.parse import urlsplit

from .content_fields import Link, Message, Moment, Offset, Quantity, Slug, Text
from .files import FILLERS
from .limits import MAX_CATEGORIES, MAX_COLUMNS, MAX_SERIES
from .model import After, Before, Field, model_check
from .model import Model as Light


def _as_point(value):
    if isinstance(value, dict) and len(value) == 1 and not {"text", "at", "points"} & set(value):
        key, rest = next(iter(value.items()))
        raise ValueError(f"'{key}: {rest}' reads as a key and a value: quote text that contains ': '")
    return {"text": value} if isinstance(value, str) else value


_UNSEEN = ("Cf", "Mn", "Me")  # format characters; combining marks, which show only on a letter before them


def _unseen(c: str) -> bool:
    return c.isspace() or unicodedata.category(c) in _UNSEEN or c in FILLERS


def _filled(what: str):
    """A check that a text is not blank: it shows a character other than spaces and invisible ones
    (a zero-width space or joiner, a direction mark, accents with no letter to sit on, a Hangul filler), and one that
    is not only emoji (the deck and the report leave them out: their fonts have none, and the slide
    showed nothing); ``what`` names it in the message."""
    def check(value: str) -> str:
        if all(_unseen(c) for c in value):
            raise ValueError(f"is blank: {what} is what its slide shows")
        from .emoji import without_emoji

        if all(_unseen(c) for c in without_emoji(value)):
            raise ValueError(f"is only emoji, which the deck and the report do not show: {what} is what its slide shows")
        return value
    return check


def _real_date(value: str) -> str:
    from datetime import date

    try:
        date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"'{value}' is not a date of the calendar (YYYY-MM-DD)") from None
    return value


class Model(Light, frozen=True):
    """Base for content models: unknown keys are refused."""


class Speaker(Model):
    """A person heard in the source."""

    name: Text
    role: Text = ""


def is_youtube(url: str) -> bool:
    """Whether ``url`` is a YouTube video (its moments open with ``t=…s``)."""
    return urlsplit(url).netloc.lower().endswith(("youtube.com", "youtu.be"))


class Source(Model):
    """A recording or document that timestamps point into."""

    id: Slug
    name: Text
    url: Optional[Link] = Field(None, description="where the source can be opened; without it, times show without links")
    deep_link: Literal["auto", "youtube", "fragment", "none"] = "auto"
    offset: Offset = Field(0, description="added to the content's times to get this source's times "
                                          "(the video is 9:55 earlier: -9:55)")
    duration: Optional[Moment] = None
    transcript: Optional[Text] = Field(None, description="the source's transcript file (.vtt, .srt, Whisper or "
                                                         "YouTube JSON), relative to the content file")
    description: Optional[Text] = Field(None, description="what the source is and where its text comes from (a "
                                                          "show's blurb, a provenance line), shown under its name on "
                                                          "the sources slide (its first sentence) and in the report's "
                                                          "and handout's sources")

    def style(self) -> str:
        """How this source links to a moment: youtube, fragment or none."""
        if self.deep_link != "auto":
            return self.deep_link
        return "youtube" if is_youtube(self.url or "") else "fragment"

    def link(self, seconds: int) -> str | None:
        """The URL that opens this source at ``seconds`` of the content's timeline."""
        at = seconds + self.offset
        style = self.style()
        if style == "none" or at < 0 or not self.url:
            return None
        if style == "youtube":
            sep = "&" if "?" in self.url else "?"
            return f"{self.url.split('#')[0]}{sep}t={at}s"
        return f"{self.url.split('#')[0]}#t={at}"


class Point(Model):
    """A bullet: text, an optional timestamp and nested points; ``speaker`` and ``quote`` say who
    said it and in which words (``briefing align`` fills them from a transcript)."""

    text: Text = Field(description="the point; may hold inline markup: [text](https://…), **bold**, *italic*, `code`")
    at: Optional[Moment] = None
    speaker: Optional[Text] = None
    quote: Optional[Text] = None
    points: list[Annotated[Point, Before(_as_point)]] = []


PointItem = Annotated[Point, Before(_as_point)]


class Series(Model):
    """One series of a chart: a name and one value per category."""

    name: Text
    values: list[Quantity]


class Chart(Model):
    """Chart data, drawn natively in the deck and the report (the Markdown handout gives its data as a table)."""

    id: Slug
    title: Text
    kind: Literal["bar", "column", "line", "pie", "doughnut"] = "bar"
    unit: Text = ""
    categories: list[Text] = Field(min_length=1, max_length=MAX_CATEGORIES)
    series: list[Series] = Field(min_length=1, max_length=MAX_SERIES)
    at: Optional[Moment] = None
    caption: Text = ""
    message: Message = ""

    @model_check
    def _shape(self):
        for i, s in enumerate(self.series):
            if len(s.values) != len(self.categories):
                raise ValueError(
                    f"chart '{self.id}': series '{s.name}' (#{i + 1}) has {len(s.values)} values "
                    f"for {len(self.categories)} categories"
                )
        if self.kind in ("pie", "doughnut"):
            values = [(q["value"], q["low"] is not None) for q in self.series[0].values] if len(self.series) == 1 else []
            problem = pie_problem(self.kind, len(self.series), values)
            if problem:
                raise ValueError(f"chart '{self.id}': {problem}")
        return self


def pie_problem(kind: str, series: int, values: list[tuple[float, bool]]) -> str:
    """What makes a pie or doughnut chart of ``series`` series undrawable ('' if nothing): it takes
    one series of ``values``, each (number, whether it is a range), single non-negative numbers not all 0."""
    if series != 1:
        return f"a {kind} chart takes exactly one series (not {series}): its slices are shares of one whole"
    for j, (value, ranged) in enumerate(values):
        if ranged or value < 0:
            return f"{kind} value #{j + 1} must be a single non-negative number"
    if not any(value for value, _ in values):  # a pie of nothing has no shares to draw
        return f"every value of this {kind} chart is 0, so it has no shares to show; a bar or column chart can show zeros"
    return ""


class Figure(Model):
    """A big number worth a slide: ``27×`` cheaper, ``8 of 256`` experts."""

    value: Annotated[Text, After(_filled("a figure's value"))]
    label: Text
    at: Optional[Moment] = None
    speaker: Optional[Text] = None
    quote: Optional[Text] = None


class Quote(Model):
    """A sentence as a speaker said it: its words, who said them and when (a pull quote)."""

    text: Annotated[Text, After(_filled("a quote's text"))]
    speaker: Text = ""
    at: Optional[Moment] = None


class Table(Model):
    """A table with a header row."""

    id: Slug
    title: Text
    columns: list[Text] = Field(min_length=1, max_length=MAX_COLUMNS)
    rows: list[list[Text]] = Field(min_length=1)

    @model_check
    def _shape(self):
        for i, row in enumerate(self.rows):
            if len(row) != len(self.columns):
                raise ValueError(f"table '{self.id}': row {i + 1} has {len(row)} cells for {len(self.columns)} columns")
        return self


class Topic(Model):
    """A stretch of the source about one subject, starting at ``at`` (notes without times, such
    as a hearing digest, give topics without one: then every topic of the content has none)."""

    id: Slug
    title: Annotated[Text, After(_filled("a topic's title"))]
    at: Optional[Moment] = Field(None, description="where the topic starts; give it on every topic or on none")
    tags: list[Slug] = []
    message: Message = ""
    summary: Text = ""
    points: list[PointItem] = []
    charts: list[Chart] = []
    figures: list[Figure] = []
    quotes: list[Quote] = []
    tables: list[Table] = []


class Content(Model):
    """A briefing's content: the one source of truth every audience is built from.

    Text may hold inline markup, and nothing else is read: links [text](https://…) (http, https or
    mailto), bare http(s) addresses (shown as host and path), **bold**, *italic* and `code`; a
    backslash before [ ] ( ) * _ ` or \\ shows that character. Titles, labels and names show the
    plain text (a link's text); no HTML, images or _ emphasis; {{ }} is text.
    """

    title: Annotated[Text, After(_filled("the title"))]
    subtitle: Text = ""
    date: Optional[Annotated[str, Field(pattern=r"^\d{4}-\d{2}-\d{2}$"), After(_real_date)]] = None
    lang: Annotated[str, Field(pattern=r"^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$")] = "en"
    author: Text = ""
    keywords: list[Text] = []
    speakers: list[Speaker] = []
    sources: list[Source] = Field(min_length=1)
    takeaways: list[PointItem] = []
    figures: list[Figure] = Field([], description="key figures of the takeaways that belong to no one topic")
    introduction: Text = ""
    topics: list[Topic] = Field(min_length=1)
    conclusion: Text = ""
