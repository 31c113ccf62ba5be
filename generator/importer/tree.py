"""Nesting the notes' flat bullets into points, and points back into content data."""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..timestamps import format_timestamp
from ..yamlio import DataPath
from .figures import measure
from .sources import URL

if TYPE_CHECKING:  # (a build reads point labels through ``evidence``: the notes' reader is the importer's)
    from .tokens import Token

SENTENCE_ENDS = (".", "!", "?", "…")
MAX_LEVELS = 12  # bullets indented deeper are kept at this level (a content file nests at most 50 levels)


@dataclass
class NotePoint:
    """A point of the notes: its text, line and time, the points under it, and who said it."""

    text: str
    line: int
    at: int | None = None
    children: list[NotePoint] = field(default_factory=list)
    speaker: str = ""  # who said it (a protocol's speech: protocol.py), never part of its text


def point_label(text: str) -> str | None:
    """The label of ``Label: rest`` (a bullet that names what it says), else None."""
    head, sep, rest = text.partition(": ")
    return head if sep and rest.strip() and 0 < len(head) <= 60 and not URL.match(head + ":") else None


def nest(bullets: list[Token]) -> list[NotePoint]:
    """Rebuild nesting: by indentation where the notes indent, else by the flat rules.

    Flat rules (the seed's shape): a bullet ending with ``:`` opens a group of the bullets
    that follow. The group ends at the next bullet ending with ``:``, at a ``Label: text``
    bullet that follows plain bullets or figures (``X: 200,000 GPUs``): a new top-level point
    in the same style as the opener, or at a sentence that follows items that are none (the
    prose after a roll call's "Council Member Wes Abney Present" lines).
    """
    if any(t.depth for t in bullets):
        return _nest_indented(bullets)
    out: list[NotePoint] = []
    group: NotePoint | None = None
    labelled = measured = False  # whether some child of the group is labelled, whether all are figures
    for t in bullets:
        node = NotePoint(t.text, t.line, t.at, speaker=t.speaker)
        opens = t.text.endswith(":")
        if group is not None and not opens:
            kids = group.children
            closes = kids and ((point_label(t.text) and (
                not labelled  # a labelled point after plain ones
                or (measured and not measure(t.text))))  # a labelled point after figures
                or (_sentence(t.text) and not any(_sentence(k.text) for k in kids)))  # prose after a list
            if not closes:
                labelled, measured = labelled or bool(point_label(t.text)), measured and bool(measure(t.text))
                kids.append(node)
                continue
        out.append(node)
        group, labelled, measured = (node if opens else None), False, True
    return out


def _sentence(text: str) -> bool:
    """Whether ``text`` ends as a sentence does (an item of a list, "Fire Chief Herb Smith Present", does not)."""
    return text.rstrip("”’\"')").endswith(SENTENCE_ENDS)


def _nest_indented(bullets: list[Token]) -> list[NotePoint]:
    root = NotePoint("", 0)
    stack: list[tuple[int, NotePoint]] = [(-1, root)]
    for t in bullets:
        while len(stack) > 1 and (t.depth <= stack[-1][0] or len(stack) > MAX_LEVELS):
            stack.pop()
        node = NotePoint(t.text, t.line, t.at, speaker=t.speaker)
        stack[-1][1].children.append(node)
        stack.append((t.depth, node))
    return root.children


def point(node: NotePoint) -> str | dict[str, object]:
    """A node as a content point: its text alone, or a mapping with its time, speaker and points."""
    if not node.children and node.at is None and not node.speaker:
        return node.text
    out: dict[str, object] = {"text": node.text}
    if node.speaker:
        out["speaker"] = node.speaker
    if node.at is not None:
        out["at"] = format_timestamp(node.at)
    if node.children:
        out["points"] = [point(child) for child in node.children]
    return out


def walk_groups(nodes: list[NotePoint]) -> Iterator[NotePoint]:
    """Every node that has points under it, depth first."""
    for node in nodes:
        if node.children:
            yield node
            yield from walk_groups(node.children)


def place(positions: dict[DataPath, tuple[int, int]], path: DataPath, nodes: list[NotePoint]) -> None:
    """Record the notes' line of every point under ``path``."""
    for i, node in enumerate(nodes):
        positions[path + (i,)] = (node.line, 1)
        place(positions, path + (i, "points"), node.children)


def flat(nodes: list[NotePoint]) -> str:
    """The text of every node, and of the nodes under them, in one string."""
    return " ".join(n.text + " " + flat(n.children) for n in nodes)
