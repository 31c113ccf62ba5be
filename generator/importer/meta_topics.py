"""Sections of notes that say where to watch or when it was, not what was said: "回看视频" (replay) with two
video links under it, "分享信息" (the session's details) with its time and a link to its slides, "Links" with the
pages of a show. They are no topic of the briefing (no agenda line, no slide of evidence, no "also discussed"):
their links are its sources, and a line that only dates the session says what the notes' date says.

A topic is such a section when every line under it is a link line (sources.link_line: a link alone, or "Slides:
https://…", a Chinese "：" read as ": ") or a label with a date ("时间：2019-10-17 21:00 ~ 23:10"), and one of them at
least is a link. A topic without lines (a chapter's title) is none.
"""
from __future__ import annotations

from ..inline import plain
from .dates import find_date
from .reading import ReadTopic
from .sources import is_recording, link_line
from .tokens import Token


def _linked(t: Token) -> tuple | None:
    """The (url, name, label) of a line that is only a link (a full-width colon read as ": ")."""
    return link_line(t.text.strip().replace("：", ": ", 1))


def _dated(t: Token) -> bool:
    """Whether ``t`` only dates something: a label whose value holds a date ("时间：2019-10-17 21:00:00")."""
    text = t.text.strip().replace("：", ": ", 1)
    head, sep, value = text.partition(": ")
    return bool(sep and 0 < len(head.split()) <= 3 and find_date(value))


def is_meta(topic: ReadTopic) -> bool:
    """Whether ``topic`` only links or dates (see the module doc)."""
    lines = [t for t in topic.summary + topic.bullets if t.text.strip()]
    return bool(lines) and any(_linked(t) for t in lines) and all(_linked(t) or _dated(t) for t in lines)


def without_meta(topics: list[ReadTopic]) -> tuple[list[ReadTopic], list[tuple]]:
    """``topics`` without those that only link or date (``is_meta``), and the links of those, a recording's first
    (sources.is_recording: the first source is the one the times point into), else in order; all of ``topics``
    where every one is such (a list of links is what the notes are: links_title)."""
    meta = [t for t in topics if is_meta(t)]
    if not meta or len(meta) == len(topics):
        return topics, []
    links = [link for t in meta for line in t.summary + t.bullets if (link := _linked(line))]
    return [t for t in topics if not is_meta(t)], sorted(links, key=lambda link: not is_recording(link[0]))


def without_title_heading(topics: list[ReadTopic], title: str) -> list[ReadTopic]:
    """``topics`` without the first where it is only the page's own title again: untimed, nothing under it, its
    heading ending on the briefing's ``title`` ("## Go 夜读第 64 期深入浅出 Golang Runtime" under front matter titled
    "第 64 期深入浅出 Golang Runtime"), while other topics say something (in a list of titles only, it is a chapter).
    Else an agenda or "also discussed" names the briefing's title as one of its topics."""
    if len(topics) < 2 or not plain(title).strip():
        return topics
    first = topics[0]
    empty = first.at is None and not first.summary + first.bullets
    if empty and plain(first.token.text).strip().endswith(plain(title).strip()) and any(t.summary or t.bullets
                                                                                         for t in topics):
        return topics[1:]
    return topics
