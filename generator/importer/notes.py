"""The whole import of notes' text: tokens are sorted into the content's fields (title,
speakers, takeaways, introduction, topics, conclusion) and assembled into content data."""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from ..errors import BriefingError, Problem
from ..files import split_lines
from ..timestamps import format_timestamp, parse_timestamp
from ..words import load_words
from .charts import add_takeaway_charts, find_charts
from .header import generic_title
from .page_titles import page_title
from .agenda import unallotted
from .meta_topics import without_meta, without_title_heading
from .publication import covered, running_header
from .people import is_person
from .ids import slug
from .lines import join_wrapped, undecorate
from . import furniture
from .evidence import add_figures
from .placing import Placer, place_quotes
from .protocol import as_protocol, debated
from .reading import ReadTopic, read_tokens
from .repeated_chapters import once
from .sources import make_sources
from .subjects import with_subjects
from .messages import add_messages
from .tokens import Token, tokenize
from .untimed import is_untimed, structure
from .wordless import titled_by_words
from .titling import (cased, dated_name, is_paragraph, is_title_line, names_something, timed_titles, title_from, titled,
                      unstopped)
from .tree import NotePoint, DataPath, nest, place, point, walk_groups


@dataclass
class Imported:
    """What an import found: the content data, counts and warnings."""

    data: dict
    warnings: list[Problem]
    takeaways: int = 0
    topics: int = 0
    charts: int = 0
    figures: int = 0
    quotes: int = 0
    positions: dict[DataPath, tuple[int, int]] = field(default_factory=dict)  # (line, col) in the notes by path into ``data``


def import_notes(text: str, file: str, *, title: str | None = None, source_url: str | None = None,
                 source_name: str | None = None, lang: str = "en") -> Imported:
    """Turn notes into content data (a dict ready to write as YAML); raise BriefingError for broken input.
    ``lang`` is the notes' language: the words the import adds (what a source is) are in it."""
    warnings: list[Problem] = []
    protocol = as_protocol(text, load_words(lang))  # (a protocol's "<Name:>" lines: who said what, protocol.py)
    text = protocol.text
    notes_lines = furniture.unpaged(join_wrapped(undecorate(debated(tokenize(text, file, warnings), protocol))))
    # (wrapped lines joined)
    untimed = is_untimed(notes_lines)
    tokens = structure(notes_lines) if untimed else notes_lines  # (untimed: topics from headings, labels, lists or paragraphs)
    read = read_tokens(tokens, file, title, warnings)
    chapters = len(read.topics)
    titled_by_words(read, text, file, warnings)  # ("05:00 🎉🎉" is no title)
    read.topics = once(read.topics, file, warnings)  # ("Intro" fifty times in a row is one chapter)
    if untimed and read.topics:
        warnings.append(Problem(f"the notes give no times: their {len(read.topics)} topics were read from their labels, "
                                "headings, list items or paragraphs, and show without times (no timeline)", file))
    topics, intro, conclusion, header, found_title = read.topics, read.intro, read.conclusion, read.header, read.title
    topics, meta_links = without_meta(topics)  # ("回看视频" and its two videos: the sources, no topic; meta_topics.py)
    for entry in topics:  # "Talk from Claire Thielke", "Key Insights & Takeaways:": no points
        entry.bullets = unallotted([t for t in entry.bullets if not furniture.is_speaker(t.text)])  # (agenda.py)
        entry.summary = [t for t in furniture.summary(entry.summary) if not furniture.is_speaker(t.text)]
    paragraphs = {id(entry): titled(entry, intro if i == 0 else []) for i, entry in enumerate(topics)
                  if not entry.bullets and is_paragraph(entry.token.text)}
    if not topics and chapters:  # (each was left out with a warning, which an error does not print)
        raise BriefingError(Problem(f"no topics found: each of the {chapters} chapters has no word to show (only emoji "
                                    "or symbols, which name nothing) and nothing under it", file, 1, 1))
    if not topics:
        raise BriefingError(Problem("no topics found: a topic is a line such as 'DeepSeek Models (13:28)' or "
                                    "'13:28 DeepSeek Models', or, in notes without times, a heading, a label line "
                                    "or a list item", file, 1, 1))

    named = None  # a first line that only names a person ("Chris Williamson"): a speaker, when a line gives the title
    if found_title and not title and not header.title and is_person(found_title.text):
        better = next((t for t in intro if t.kind == "text" and is_title_line(t.text)), None)
        if better is not None:
            intro.remove(better)
            named, found_title = found_title, replace(better, text=better.text.strip().removesuffix(".").rstrip())

    used: dict = {}
    chart_ids: dict = {}
    chart_lines: dict = {}  # chart id -> line of the group it was found in
    data: dict = {}
    first, show, guests = generic_title(found_title.text) if found_title else ("", "", [])
    first, dated = page_title(first, lang, header.date[0] if header.date else None)  # ("ES:Reunión … 20211109")
    header.date = header.date or ((dated, found_title.line) if dated and found_title else None)
    if (published := running_header(found_title.text) if found_title and not title and not header.title else ""):
        first, show = covered([cased(unstopped(e.token.text), " ".join(t.text for t in e.summary + e.bullets))
                               for e in topics], load_words(lang)) or published, show or published  # (publication.py)
    show = header.show or show
    data["title"] = title or next((t for t in (header.title, cased(first)) if names_something(t)), "") or title_from(
        file, notes_lines, warnings, topics, load_words(lang))  # (capitals: title case; a title of only emoji names nothing)
    topics = without_title_heading(topics, data["title"])  # ("## Go 夜读第 64 期…" under its front matter's title)
    if found_title and first and header.title and not title and first != header.title:
        if show:
            intro.insert(0, found_title)  # the first line says more than the header's title: kept as text
        else:
            show = first  # a first line above "Title: …" names the show
    subtitle = header.subtitle_for(show) or (dated_name(intro, header.date[0]) if header.date else "")
    if subtitle:
        data["subtitle"] = subtitle
    if header.date:
        data["date"] = header.date[0]
    speakers = _people(header.speakers + [(_speaker(t.text), t.line) for t in read.speakers]
                       + [(guest, found_title.line) for guest in guests if found_title]
                       + ([({"name": named.text}, named.line)] if named else []))
    if speakers:
        data["speakers"] = [person for person, _ in speakers]
    head = "\n".join(split_lines(text)[:topics[0].token.line - 1])  # a link in the topics is mentioned, not the recording
    data["sources"] = make_sources(source_url, source_name, read.links + meta_links, head, show=show, audio=header.audio,
                                   title=data["title"], words=load_words(lang))
    if header.duration:
        _set_duration(data["sources"][0], header.duration, tokens, file, warnings)

    takeaways = nest(read.takeaways)
    if takeaways:
        data["takeaways"] = [point(n) for n in takeaways]
    intro, described = furniture.introduction(intro, load_words(lang))
    intro = [t for t in intro if t.text.strip() != data["title"]]  # (nor the title said again)
    if described:  # "From the Congressional Record …", "This conversation is part of the … podcast"
        data["sources"][0]["description"] = " ".join(described)
    if intro:
        data["introduction"] = _paragraphs(intro)

    topics = with_subjects(topics, data["title"], found_title.line if found_title else 1, load_words(lang), file,
                           warnings)  # chapters that are only asides: the subjects the title lists
    out_topics: list[tuple[dict, list[NotePoint], ReadTopic]] = []
    charted: set[int] = set()  # the points that are rows of a chart (they give no figure)
    for entry in topics:
        under = " ".join(t.text for t in entry.summary + entry.bullets)  # (a heading in capitals keeps its acronyms)
        text, points = paragraphs.get(id(entry)) or (cased(unstopped(entry.token.text), under), timed_titles(nest(entry.bullets)))
        text = text or data["title"]  # a paragraph that names no heading of its own
        topic: dict = {"id": slug(text, used, f"topic-{len(out_topics) + 1}"), "title": text}
        if entry.at is not None:
            topic["at"] = format_timestamp(entry.at)
        if entry.summary:
            topic["summary"] = _paragraphs(entry.summary)
        if points:
            topic["points"] = [point(n) for n in points]
        charts = [c for g in walk_groups(points) for c in find_charts(g, chart_ids, chart_lines, charted)]
        if charts:
            topic["charts"] = charts
        out_topics.append((topic, points, entry))

    add_takeaway_charts(takeaways, [(tp, points) for tp, points, _ in out_topics], chart_ids, chart_lines, file, warnings,
                        charted)
    placer = Placer([(entry.at or 0, tp, points) for tp, points, entry in out_topics])
    figures = add_figures(takeaways, [(tp, points) for tp, points, _ in out_topics], placer, charted)
    quote_lines = place_quotes(read.quotes, [tp for tp, _, _ in out_topics], placer)

    previous: ReadTopic | None = None
    for _, _, entry in out_topics:
        if entry.at is None:
            continue
        if previous is not None and previous.at is not None and entry.at < previous.at:
            warnings.append(Problem(
                f"topic '{entry.token.text}' at {format_timestamp(entry.at)} comes after '{previous.token.text}' at "
                f"{format_timestamp(previous.at)} (line {previous.token.line}) but starts earlier; kept in the notes' order",
                file, entry.token.line))
        if previous is None or previous.at is None or entry.at >= previous.at:
            previous = entry
    data["topics"] = [tp for tp, _, _ in out_topics]
    bare = [entry.token for tp, _, entry in out_topics
            if not any(tp.get(k) for k in ("points", "charts", "figures", "quotes"))]
    if bare:  # a chapter list: the decks show an agenda and a timeline, no slide per topic
        where = "the agenda and the timeline" if "at" in data["topics"][0] else "the agenda"
        warnings.append(Problem(f"{len(bare)} of {len(out_topics)} topics have no points; they appear only in "
                                f"{where} (add points under them for slides of their own)",
                                file, bare[0].line))
    if figures:
        data["figures"] = figures  # the takeaways' figures no topic holds
    if conclusion:
        data["conclusion"] = _paragraphs(conclusion)
    warnings += add_messages(data, file)
    positions: dict[DataPath, tuple[int, int]] = {("title",): (found_title.line if found_title and not title else 1, 1)}
    positions.update({("speakers", i): (line, 1) for i, (_, line) in enumerate(speakers)})
    if header.date:
        positions[("date",)] = (header.date[1], 1)
    positions.update({("topics", t, "quotes", k): (line, 1) for t, k, line in quote_lines})
    positions.update({(key,): (lines[0].line, 1)
                      for key, lines in (("introduction", intro), ("conclusion", conclusion)) if lines})
    place(positions, ("takeaways",), takeaways)
    for i, (topic, points, entry) in enumerate(out_topics):
        positions[("topics", i)] = (entry.token.line, 1)
        place(positions, ("topics", i, "points"), points)
        positions.update({("topics", i, "charts", k): (chart_lines[c["id"]], 1) for k, c in enumerate(topic.get("charts", []))})
    count = lambda key: sum(len(tp.get(key, [])) for tp, _, _ in out_topics)
    return Imported(data, warnings, len(takeaways), len(out_topics), count("charts"), count("figures") + len(figures),
                    len(quote_lines), positions)


def _paragraphs(tokens: list[Token]) -> str:
    """Lines as written; bullets keep their dash so nothing is lost."""
    return "\n".join(("- " if t.kind == "bullet" else "") + t.text for t in tokens)


def _people(people: list[tuple[dict, int]]) -> list[tuple[dict, int]]:
    """Each person once, by name (a header line and the Speakers section may both name them)."""
    seen: dict[str, tuple[dict, int]] = {}
    for person, line in people:
        if person["name"].lower() not in seen:
            seen[person["name"].lower()] = (person, line)
        elif person.get("role") and not seen[person["name"].lower()][0].get("role"):
            seen[person["name"].lower()][0]["role"] = person["role"]
    return list(seen.values())


def _set_duration(source: dict, duration: tuple[str, int], tokens: list[Token], file: str,
                  warnings: list[Problem]) -> None:
    """The header's duration on the recording, unless a time in the notes is past it."""
    last = max((t.at for t in tokens if t.at is not None), default=0)
    if parse_timestamp(duration[0]) >= last:
        source["duration"] = duration[0]
    else:
        warnings.append(Problem(f"the duration {duration[0]} is shorter than the notes' last time "
                                f"({format_timestamp(last)}); it was left out", file, duration[1]))


def _speaker(text: str) -> dict:
    for sep in (": ", " - ", " – ", " — ", ", "):
        name, found, role = text.partition(sep)
        if found and name.strip() and role.strip():
            return {"name": name.strip(), "role": role.strip()}
    return {"name": text}
