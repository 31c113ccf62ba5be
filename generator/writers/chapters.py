"""Chapters for players: for each source with a link, its topics as Podcasting 2.0 chapters
(``.chapters.json``), YouTube description chapters (``.youtube.txt``) and WebVTT chapters
(``.chapters.vtt``), each in that source's own timeline (the content's times plus its offset).

A chapters file belongs to a content file and a source, not to an audience: the writer says so
with ``scope = "content"``, and the build asks it for its files with :meth:`outputs`.
"""
from __future__ import annotations

import html
import json
from dataclasses import dataclass
from typing import Any, ClassVar

from .. import inline
from ..errors import Problem
from ..timestamps import format_timestamp
from ..words import load_words
from . import Writer

MIN_CHAPTER = 10  # seconds: YouTube ignores chapters shorter than this
MIN_CHAPTERS = 3  # ... and a description with fewer than this
LAST_CHAPTER = 600  # seconds the last WebVTT chapter lasts when the source's duration is unknown


@dataclass(frozen=True)
class Chapters:
    """One file's chapters: what kind of file, its title and (seconds, title) in order, and the
    source's duration if known."""

    kind: str  # json, youtube or vtt
    title: str
    chapters: tuple[tuple[int, str], ...]
    duration: int | None = None
    source: str = ""


def plain(text: str) -> str:
    """A title as plain text, as the deck draws it: no markers of emphasis, a link as its text, no
    line breaks; everything else literally (``<b>``, ``snake_case``: content holds no HTML)."""
    return " ".join(inline.plain(text).split())


def source_chapters(content, source) -> list[tuple[int, str]]:
    """The topics' (seconds, title) in ``source``'s timeline, in time order, without those the
    source does not hold (before its start or past its end)."""
    found = sorted((topic.at + source.offset, plain(topic.title)) for topic in content.topics if topic.at is not None)
    return [(at, title) for at, title in found
            if at >= 0 and (source.duration is None or at < source.duration) and title]


def youtube_chapters(chapters: list[tuple[int, str]], duration: int | None,
                     intro: str = "Intro") -> list[tuple[int, str]] | None:
    """YouTube's rules applied: the first at 0:00 (``intro``, the content language's word, added
    when the first topic starts later), each at least 10 s before the next (a later one too close
    is dropped), the last at least 10 s before the end; None when fewer than three are left."""
    out = [] if chapters and chapters[0][0] == 0 else [(0, intro)]
    for at, title in chapters:
        if not out or at - out[-1][0] >= MIN_CHAPTER:
            out.append((at, title))
    if duration is not None:
        while out and duration - out[-1][0] < MIN_CHAPTER:
            out.pop()
    return out if len(out) >= MIN_CHAPTERS else None


class ChaptersWriter(Writer):
    """Writes a source's chapters in the three forms players read."""

    name = "chapters"
    suffix = ".chapters.json"
    scope: ClassVar[str] = "content"
    cost = 0.01

    @classmethod
    def outputs(cls, content) -> list[tuple[str, Any]]:
        """(the end of the file's name after the content's stem, what to render) for each file."""
        out: list[tuple[str, Any]] = []
        for source in content.sources:
            if not source.url or source.style() == "none":
                continue
            found = source_chapters(content, source)
            if not found:
                continue
            title = plain(content.title)
            out.append((f"-{source.id}.chapters.json", Chapters("json", title, tuple(found), source.duration, source.id)))
            youtube = youtube_chapters(found, source.duration, load_words(content.lang)["chapters_intro"])
            if youtube is not None:
                out.append((f"-{source.id}.youtube.txt", Chapters("youtube", title, tuple(youtube), source.duration, source.id)))
            out.append((f"-{source.id}.chapters.vtt", Chapters("vtt", title, tuple(found), source.duration, source.id)))
        return out

    @classmethod
    def nothing(cls, content) -> str:
        """Why ``outputs`` gave no file: no time to mark, or no source with a link to mark it in."""
        if all(topic.at is None for topic in content.topics):
            return "its topics have no times (notes without times give no chapters)"
        return "no source has a link whose times can be opened (give the recording a url)"

    @classmethod
    def check(cls, planned: list[tuple[dict, Any]]) -> list[Problem]:
        return []

    def render(self, document: Chapters, epoch: int | None = None) -> bytes:
        if document.kind == "json":
            data = {"version": "1.2.0", "title": document.title,
                    "chapters": [{"startTime": at, "title": title} for at, title in document.chapters]}
            return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
        if document.kind == "youtube":
            return "".join(f"{format_timestamp(at)} {title}\n" for at, title in document.chapters).encode("utf-8")
        ends = [at for at, _ in document.chapters[1:]]
        last = document.chapters[-1][0]
        ends.append(document.duration if document.duration is not None and document.duration > last else last + LAST_CHAPTER)
        cues = [f"{i}\n{_vtt(at)} --> {_vtt(end)}\n{html.escape(title, quote=False)}\n" for i, ((at, title), end) in
                enumerate(zip(document.chapters, ends), 1)]
        return ("WEBVTT\n\n" + "\n".join(cues)).encode("utf-8")


def _vtt(seconds: int) -> str:
    return f"{seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}.000"
