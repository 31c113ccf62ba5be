"""The whole import of notes' text: tokens are sorted into the content's fields (title,
speakers, takeaways, introduction, topics, conclusion) and assembled into content data."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..errors import BriefingError, Problem
from ..timestamps import format_timestamp
from .charts import add_takeaway_charts, find_charts
from .ids import slug
from .messages import add_messages
from .sources import link_line, make_sources
from .tokens import Token, tokenize
from .tree import Node, DataPath, nest, place, point, walk_groups


@dataclass
class Imported:
    """What an import found: the content data, counts and warnings."""

    data: dict
    warnings: list[Problem]
    takeaways: int = 0
    topics: int = 0
    charts: int = 0
    positions: dict[DataPath, tuple[int, int]] = field(default_factory=dict)  # (line, col) in the notes by path into ``data``


@dataclass
class _Topic:
    """A topic line of the notes, its time, and the lines under it."""

    token: Token
    at: int
    summary: list[Token] = field(default_factory=list)
    bullets: list[Token] = field(default_factory=list)


def import_notes(text: str, file: str, *, title: str | None = None, source_url: str | None = None,
                 source_name: str | None = None) -> Imported:
    """Turn notes into content data (a dict ready to write as YAML); raise BriefingError for broken input."""
    tokens = tokenize(text, file)
    warnings: list[Problem] = []
    section = "introduction"
    intro, conclusion, takeaway_bullets, speakers_bullets = [], [], [], []
    topics: list[_Topic] = []
    found_title = None  # the token
    links: list[tuple] = []  # (url, name, label) of the lines before the topics that are only a link
    for i, t in enumerate(tokens):
        if t.kind == "heading" and t.depth == 1 and found_title is None and not topics:
            found_title = t
            continue
        if t.kind == "section":
            section = t.section
            continue
        if t.kind == "heading":
            if section == "topics" or topics:
                warnings.append(Problem(f"heading '{t.text}' has no timestamp; its lines were added to the topic before it"
                                        if topics else f"heading '{t.text}' has no timestamp and is not a known section; "
                                        "its lines were read as introduction", file, t.line))
            else:
                warnings.append(Problem(f"'{t.text}' is not a known section; its lines were read as introduction", file, t.line))
                section = "introduction"
            continue
        if t.at is not None and (t.kind == "topic" or (t.kind == "bullet" and t.depth == 0 and section == "topics")):
            # a topic line, or a list item with a time in a topics or chapters list ("- 13:28 DeepSeek")
            section = "topics"
            topics.append(_Topic(t, t.at))
            continue
        if section == "topics" and topics:
            (topics[-1].bullets if t.kind == "bullet" else topics[-1].summary).append(t)
        elif section == "takeaways" and t.kind == "bullet":
            takeaway_bullets.append(t)
        elif section == "speakers" and t.kind == "bullet":
            speakers_bullets.append(t)
        elif section == "conclusion":
            conclusion.append(t)
        elif section == "introduction" and t.kind in ("text", "bullet") and (link := link_line(t.text)):
            links.append(link)  # the recording's address, not introduction text
        elif t.kind == "text" and i == len(links) and found_title is None and title is None and len(t.text) <= 120:
            found_title = t  # a short first line that is not a section (links may come before it) is the title
        else:  # text before the topics, and lines of a section that has no place for them
            intro.append(t)
    if not topics:
        raise BriefingError(Problem("no topics found: a topic is a line such as 'DeepSeek Models (13:28)' or "
                                    "'13:28 DeepSeek Models'", file, 1, 1))

    used: dict = {}
    chart_ids: dict = {}
    chart_lines: dict = {}  # chart id -> line of the group it was found in
    data: dict = {}
    data["title"] = title or (found_title and found_title.text) or _title_from(file, warnings)
    if speakers_bullets:
        data["speakers"] = [_speaker(t.text) for t in speakers_bullets]
    data["sources"] = make_sources(source_url, source_name, links, text)

    takeaways = nest(takeaway_bullets)
    if takeaways:
        data["takeaways"] = [point(n) for n in takeaways]
    if intro:
        data["introduction"] = _paragraphs(intro)

    out_topics: list[tuple[dict, list[Node], _Topic]] = []
    for entry in topics:
        text = entry.token.text
        points = nest(entry.bullets)
        topic: dict = {"id": slug(text, used, f"topic-{len(out_topics) + 1}"), "title": text, "at": format_timestamp(entry.at)}
        if entry.summary:
            topic["summary"] = _paragraphs(entry.summary)
        if points:
            topic["points"] = [point(n) for n in points]
        charts = [c for g in walk_groups(points) for c in find_charts(g, chart_ids, chart_lines)]
        if charts:
            topic["charts"] = charts
        out_topics.append((topic, points, entry))

    add_takeaway_charts(takeaways, [(tp, points) for tp, points, _ in out_topics], chart_ids, chart_lines, file, warnings)

    previous: _Topic | None = None
    for _, _, entry in out_topics:
        if previous is not None and entry.at < previous.at:
            warnings.append(Problem(
                f"topic '{entry.token.text}' at {format_timestamp(entry.at)} comes after '{previous.token.text}' at "
                f"{format_timestamp(previous.at)} (line {previous.token.line}) but starts earlier; kept in the notes' order",
                file, entry.token.line))
        if previous is None or entry.at >= previous.at:
            previous = entry
    data["topics"] = [tp for tp, _, _ in out_topics]
    bare = [entry.token for tp, _, entry in out_topics if not tp.get("points") and not tp.get("charts")]
    if bare:  # a chapter list: the decks show an agenda and a timeline, no slide per topic
        warnings.append(Problem(f"{len(bare)} of {len(out_topics)} topics have no points; they appear only in "
                                "the agenda and the timeline (add points under them for slides of their own)",
                                file, bare[0].line))
    if conclusion:
        data["conclusion"] = _paragraphs(conclusion)
    warnings += add_messages(data, file)
    positions: dict[DataPath, tuple[int, int]] = {("title",): (found_title.line if found_title and not title else 1, 1)}
    positions.update({("speakers", i): (t.line, 1) for i, t in enumerate(speakers_bullets)})
    positions.update({(key,): (lines[0].line, 1)
                      for key, lines in (("introduction", intro), ("conclusion", conclusion)) if lines})
    place(positions, ("takeaways",), takeaways)
    for i, (topic, points, entry) in enumerate(out_topics):
        positions[("topics", i)] = (entry.token.line, 1)
        place(positions, ("topics", i, "points"), points)
        positions.update({("topics", i, "charts", k): (chart_lines[c["id"]], 1) for k, c in enumerate(topic.get("charts", []))})
    return Imported(data, warnings, len(takeaways), len(out_topics), sum(len(tp.get("charts", [])) for tp, _, _ in out_topics),
                    positions)


def _paragraphs(tokens: list[Token]) -> str:
    """Lines as written; bullets keep their dash so nothing is lost."""
    return "\n".join(("- " if t.kind == "bullet" else "") + t.text for t in tokens)


def _speaker(text: str) -> dict:
    for sep in (": ", " - ", " – ", " — ", ", "):
        name, found, role = text.partition(sep)
        if found and name.strip() and role.strip():
            return {"name": name.strip(), "role": role.strip()}
    return {"name": text}


def _title_from(file: str, warnings: list) -> str:
    stem = Path(file).stem.replace("_", " ").replace("-", " ").strip() or "Briefing"
    title = stem[:1].upper() + stem[1:]
    warnings.append(Problem(f"no title in the notes; used '{title}' (give --title)", file))
    return title

