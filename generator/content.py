"""The content model: what a briefing says, validated. Knows nothing of slides or pages."""
from __future__ import annotations

import unicodedata
from typing import Annotated, Literal, Optional
from urllib.parse import urlsplit

from pydantic import (AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field,
                      PlainSerializer, WithJsonSchema, model_validator)

from .files import REFUSED, describe_char
from .inline import links
from .limits import MAX_CATEGORIES, MAX_COLUMNS, MAX_ITEMS, MAX_LINKED_SOURCES, MAX_SERIES, MAX_SOURCES, MAX_TEXT
from .quantities import parse_quantity
from .timestamps import format_timestamp, parse_timestamp

_TS_PATTERN = r"^-?(\d{1,3}:)?\d{1,2}:\d{2}$"


def check_characters(value: str) -> None:
    """Raise ValueError naming the first character of ``value`` that text may not hold."""
    bad = REFUSED.search(value)
    if bad:
        raise ValueError(f"{describe_char(bad.group())} at character {bad.start() + 1} is not allowed in text")


def check_inline_links(value: str) -> None:
    """Raise ValueError naming the first link of ``value``'s inline markup that is not one a source
    may have (http(s) or mailto, with a host): ``[x](javascript:…)``, ``[x](file:…)``."""
    for offset, url in links(value):
        try:
            _check_link(url)
        except ValueError as exc:
            raise ValueError(f"the link at character {offset + 1}: {exc}") from None


def check_text(value: str) -> str:
    """``value`` if it is text content may hold (characters, length, inline links); else raise ValueError."""
    check_characters(value)
    if len(value) > MAX_TEXT:
        raise ValueError(f"text is longer than {MAX_TEXT} characters")
    check_inline_links(value)
    return value


def _check_link(value: str) -> str:
    check_text(value)
    parts = urlsplit(value.strip())
    if parts.scheme.lower() not in ("http", "https", "mailto"):
        raise ValueError(f"links must be http, https or mailto, not '{value}'")
    if parts.scheme.lower() != "mailto" and not parts.hostname:  # (not only a port: https://:80/)
        raise ValueError(f"'{value}' has no host")
    if any(c.isspace() for c in value.strip()):
        raise ValueError(f"'{value}' contains spaces")
    return value.strip()


def _parse_offset(value) -> int:
    text = str(value).strip() if isinstance(value, str) else value
    if isinstance(text, str) and text[:1] in "+-":
        seconds = parse_timestamp(text[1:])
        return -seconds if text[0] == "-" else seconds
    return parse_timestamp(text)


def _as_point(value):
    if isinstance(value, dict) and len(value) == 1 and not {"text", "at", "points"} & set(value):
        key, rest = next(iter(value.items()))
        raise ValueError(f"'{key}: {rest}' reads as a key and a value: quote text that contains ': '")
    return {"text": value} if isinstance(value, str) else value


def _filled(what: str):
    """A check that a text is not blank: it shows a character other than spaces and invisible ones
    (a zero-width space or joiner, a direction mark), and one that is not only emoji (the deck and
    the report leave them out: their fonts have none, and the slide showed nothing); ``what`` names
    it in the message."""
    def check(value: str) -> str:
        if all(c.isspace() or unicodedata.category(c) == "Cf" for c in value):
            raise ValueError(f"is blank: {what} is what its slide shows")
        from .emoji import without_emoji

        if all(c.isspace() or unicodedata.category(c) == "Cf" for c in without_emoji(value)):
            raise ValueError(f"is only emoji, which the deck and the report do not show: {what} is what its slide shows")
        return value
    return check
MAX_MESSAGE_WORDS = 30


def _one_statement(value: str) -> str:
    if "\n" in value.strip() or len(value.split()) > MAX_MESSAGE_WORDS:
        raise ValueError(f"a message is one sentence on one line, at most {MAX_MESSAGE_WORDS} words: it is the slide's title")
    return value.strip()


def _real_date(value: str) -> str:
    from datetime import date

    try:
        date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"'{value}' is not a date of the calendar (YYYY-MM-DD)") from None
    return value


Text = Annotated[str, AfterValidator(check_text)]
Link = Annotated[str, AfterValidator(_check_link)]
Message = Annotated[Text, AfterValidator(_one_statement),
                    Field(description="the point, in one sentence: the slide's title (the name becomes a small kicker above it)")]
Slug = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9_-]{0,63}$")]
Moment = Annotated[
    int,
    BeforeValidator(parse_timestamp),
    PlainSerializer(format_timestamp, return_type=str),
    WithJsonSchema({"type": "string", "pattern": _TS_PATTERN, "examples": ["13:28", "1:08:52"]}),
]
Offset = Annotated[
    int,
    BeforeValidator(_parse_offset),
    PlainSerializer(format_timestamp, return_type=str),
    WithJsonSchema({"type": "string", "pattern": _TS_PATTERN, "examples": ["-9:55"]}),
]
Quantity = Annotated[
    dict,
    BeforeValidator(parse_quantity),
    PlainSerializer(lambda q: q["text"], return_type=str),
    WithJsonSchema({"type": ["string", "number"], "examples": ["200,000", "~128,000", "500,000-700,000"]}),
]


class Model(BaseModel):
    """Base for content models: unknown keys are refused."""

    model_config = ConfigDict(extra="forbid", frozen=True)


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
    points: list[Annotated[Point, BeforeValidator(_as_point)]] = []


PointItem = Annotated[Point, BeforeValidator(_as_point)]


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

    @model_validator(mode="after")
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

    value: Annotated[Text, AfterValidator(_filled("a figure's value"))]
    label: Text
    at: Optional[Moment] = None
    speaker: Optional[Text] = None
    quote: Optional[Text] = None


class Quote(Model):
    """A sentence as a speaker said it: its words, who said them and when (a pull quote)."""

    text: Annotated[Text, AfterValidator(_filled("a quote's text"))]
    speaker: Text = ""
    at: Optional[Moment] = None


class Table(Model):
    """A table with a header row."""

    id: Slug
    title: Text
    columns: list[Text] = Field(min_length=1, max_length=MAX_COLUMNS)
    rows: list[list[Text]] = Field(min_length=1)

    @model_validator(mode="after")
    def _shape(self):
        for i, row in enumerate(self.rows):
            if len(row) != len(self.columns):
                raise ValueError(f"table '{self.id}': row {i + 1} has {len(row)} cells for {len(self.columns)} columns")
        return self


class Topic(Model):
    """A stretch of the source about one subject, starting at ``at`` (notes without times, such
    as a hearing digest, give topics without one: then every topic of the content has none)."""

    id: Slug
    title: Annotated[Text, AfterValidator(_filled("a topic's title"))]
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

    title: Annotated[Text, AfterValidator(_filled("the title"))]
    subtitle: Text = ""
    date: Optional[Annotated[str, Field(pattern=r"^\d{4}-\d{2}-\d{2}$"), AfterValidator(_real_date)]] = None
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


def iter_moments(content: Content):
    """Yield (path, seconds) for every timestamp in the content."""

    def points(path, items):
        for i, p in enumerate(items):
            if p.at is not None:
                yield path + (i, "at"), p.at
            yield from points(path + (i, "points"), p.points)

    yield from points(("takeaways",), content.takeaways)
    for i, figure in enumerate(content.figures):
        if figure.at is not None:
            yield ("figures", i, "at"), figure.at
    for t, topic in enumerate(content.topics):
        base = ("topics", t)
        if topic.at is not None:
            yield base + ("at",), topic.at
        yield from points(base + ("points",), topic.points)
        for kind in ("charts", "figures", "quotes"):
            for i, item in enumerate(getattr(topic, kind)):
                if item.at is not None:
                    yield base + (kind, i, "at"), item.at


def _field(node, key: str):
    """``node``'s ``key``, whether ``node`` is a model or the plain data it is read from."""
    return node.get(key) if isinstance(node, dict) else getattr(node, key, None)


def _listed(value) -> list:
    return value if isinstance(value, list) else []


def iter_items(data):
    """Yield the path of every item the writers lay out (see ``MAX_ITEMS``), in the file's order,
    from a Content or from the plain data it is read from (before validation, which is itself
    the costliest step at size)."""

    def points(path, items):
        for i, p in enumerate(_listed(items)):
            yield path + (i,)
            yield from points(path + (i, "points"), _field(p, "points"))

    yield from points(("takeaways",), _field(data, "takeaways"))
    for t, topic in enumerate(_listed(_field(data, "topics"))):
        base = ("topics", t)
        yield base
        yield from points(base + ("points",), _field(topic, "points"))
        for kind in ("charts", "figures", "tables"):
            for i, item in enumerate(_listed(_field(topic, kind))):
                yield base + (kind, i)
                for r in range(len(_listed(_field(item, "rows"))) if kind == "tables" else 0):
                    yield base + (kind, i, "rows", r)


def limit_problems(data) -> list[tuple[tuple, str]]:
    """A problem at the first source and the first item past their limits, in a Content or its
    plain data (checked before validation: 2.5 million one-letter points took 19 s and 1.5 GB to
    validate)."""
    problems: list[tuple[tuple, str]] = []
    sources = _listed(_field(data, "sources"))
    if len(sources) > MAX_SOURCES:
        problems.append((("sources", MAX_SOURCES), f"at most {MAX_SOURCES} sources "
                                                   f"(this is #{MAX_SOURCES + 1} of {len(sources)})"))
    linked = [i for i, s in enumerate(sources) if _field(s, "url") and _field(s, "deep_link") != "none"]
    if len(linked) > MAX_LINKED_SOURCES:
        problems.append((("sources", linked[MAX_LINKED_SOURCES]),
                         f"every time links into each source with a url: at most {MAX_LINKED_SOURCES} such sources "
                         f"(this is #{MAX_LINKED_SOURCES + 1} of {len(linked)}); a source with 'deep_link: none' "
                         "is listed without time links"))
    for count, path in enumerate(iter_items(data), 1):
        if count > MAX_ITEMS:
            problems.append((path, f"content has more than {MAX_ITEMS:,} items (points at every level, topics, "
                                   "figures, charts, tables and their rows): this is the first past the limit; "
                                   "split the content into several files"))
            break
    return problems


def _timed_alike(content: Content) -> list[tuple[tuple, str]]:
    """A problem at the first topic whose time is given where the first topic's is not, or the
    other way round: the timeline, the topics' shares of the recording and the order by time
    need every topic's start, and a topic without one cannot be placed among the others."""
    first = content.topics[0]
    for t, topic in enumerate(content.topics[1:], 1):
        if (topic.at is None) != (first.at is None):
            return [(("topics", t), f"topic '{topic.title}' {'has no' if topic.at is None else 'has a'} time and "
                                    f"topic '{first.title}' {'has one' if topic.at is None else 'has none'}: give "
                                    f"every topic a time (at: 0:00) or none")]
    return []


def check_content(content: Content) -> list[tuple[tuple, str]]:
    """Cross-checks the schema cannot make: unique ids, times inside every source."""
    problems: list[tuple[tuple, str]] = []
    for kind, item_ids in (("sources", [s.id for s in content.sources]), ("topics", [t.id for t in content.topics])):
        seen: dict[str, int] = {}
        for i, item_id in enumerate(item_ids):
            if item_id in seen:
                problems.append(((kind, i, "id"), f"duplicate id '{item_id}' (also {kind[:-1]} #{seen[item_id] + 1})"))
            seen.setdefault(item_id, i)
    ids: dict[str, tuple[int, int]] = {}
    for t, topic in enumerate(content.topics):
        for kind in ("charts", "tables"):
            for i, item in enumerate(getattr(topic, kind)):
                if item.id in ids:
                    problems.append((("topics", t, kind, i, "id"), f"duplicate id '{item.id}'"))
                ids.setdefault(item.id, (t, i))
    problems += _timed_alike(content)
    # Each moment is checked against the source that starts last and the one that ends first
    # on the content's timeline (not against every source: that was moments x sources).
    starts = min(content.sources, key=lambda s: s.offset)
    ends = min((s for s in content.sources if s.duration is not None), key=lambda s: (s.duration or 0) - s.offset,
               default=None)
    for path, seconds in iter_moments(content):
        if seconds + starts.offset < 0:
            problems.append((path, f"{format_timestamp(seconds)} is before the start of source '{starts.id}' "
                                   f"(offset {format_timestamp(starts.offset)})"))
        if ends is not None and ends.duration is not None and seconds + ends.offset > ends.duration:
            problems.append((path, f"{format_timestamp(seconds)} is past the end of source '{ends.id}' "
                                   f"({format_timestamp(ends.duration)} long)"))
    return problems
