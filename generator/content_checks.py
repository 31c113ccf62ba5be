"""Checks of a whole content that its schema cannot make: unique ids, times inside every source,
every topic timed or none, and the limits on sources and items (checked on the plain data, before
validation). Each is a list of (path, message) problems; the loader places them in the file."""
from __future__ import annotations

from typing import TYPE_CHECKING

from .limits import MAX_ITEMS, MAX_LINKED_SOURCES, MAX_SOURCES, MAX_SPEAKERS
from .timestamps import format_timestamp

if TYPE_CHECKING:
    from .content import Content


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
    speakers = _listed(_field(data, "speakers"))
    if len(speakers) > MAX_SPEAKERS:
        problems.append((("speakers", MAX_SPEAKERS), f"at most {MAX_SPEAKERS:,} speakers "
                                                     f"(this is #{MAX_SPEAKERS + 1:,} of {len(speakers):,})"))
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
