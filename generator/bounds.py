"""Bounds on the Document a template makes, relative to the content it was given.

The content's items are bounded (``limits.MAX_ITEMS``); a template could still turn a few of them
into any number of slides or points (a loop over ``range``, a summary's sentences), and every
writer's work grows with those. A render may make ``SLIDES_ALLOWED`` slides plus
``SLIDES_PER_ITEM`` for each item of the content, and ``ITEMS_ALLOWED`` items (points at every
level, columns, figures, agenda lines, table rows) plus ``ITEMS_PER_ITEM`` for each (the built-in
templates make about one for each, and an agenda line for each topic).
"""
from __future__ import annotations

from .content import Content
from .content_checks import iter_items
from .limits import ITEMS_ALLOWED, ITEMS_PER_ITEM, MADE_NOTES, MADE_TEXT, SLIDES_ALLOWED, SLIDES_PER_ITEM
_ITEM_KEYS = ("bullets", "children", "columns", "figures", "agenda", "rows")


def limits(content: Content, size: int | None = None) -> tuple[int, int, int, int]:
    """How many slides and items a template may make for ``content``, how long a text (``MADE_TEXT`` and as long
    as the content in all: the title slide's line of a thousand speakers' names is as long as they are), and how long
    a slide's speaker notes (``MADE_NOTES`` and twice the content's size); ``size``: the content's, as JSON, where the
    render has it (render.render_text: not dumped again)."""
    items = sum(1 for _ in iter_items(content))
    size = len(content.model_dump_json()) if size is None else size
    return (SLIDES_ALLOWED + SLIDES_PER_ITEM * items, ITEMS_ALLOWED + ITEMS_PER_ITEM * items, MADE_TEXT + size,
            MADE_NOTES + 2 * size)


def _items(path: tuple, value):
    """The path of every item under ``value`` (a slide's plain data), in the document's order."""
    if isinstance(value, dict):
        for key, item in value.items():
            if key in _ITEM_KEYS and isinstance(item, list):
                for i, child in enumerate(item):
                    yield path + (key, i)
                    yield from _items(path + (key, i), child)
            elif key == "table":
                yield from _items(path + (key,), item)


def document_problems(data: dict, most: tuple[int, int, int, int]) -> list[tuple[tuple, str]]:
    """(path, message) for the first slide, the first item and the first speaker notes past ``most`` (see
    ``limits``) in a rendered document's plain data; the first text too long, ``document_nodes.data_problems``'
    walk finds."""
    slides_most, items_most, text_most, notes_most = most
    slides = data.get("slides")
    if not isinstance(slides, list):
        return []
    problems: list[tuple[tuple, str]] = []
    if len(slides) > slides_most:
        problems.append((("slides", slides_most), f"a template may make at most {slides_most:,} slides for this "
                                                  f"content ({SLIDES_ALLOWED} and {SLIDES_PER_ITEM} for each of its "
                                                  f"items); this is slide {slides_most + 1:,} of {len(slides):,}"))
    count = 0
    for s, slide in enumerate(slides):
        for path in _items(("slides", s), slide):
            count += 1
            if count > items_most:
                problems.append((path, f"a template may make at most {items_most:,} points, columns, figures, "
                                       f"agenda lines and table rows for this content ({ITEMS_ALLOWED:,} and "
                                       f"{ITEMS_PER_ITEM} for each of its items): this is the first past the limit"))
                return problems
    notes = next(_long_notes(slides, notes_most), None)
    if notes is not None:
        problems.append((notes[0], f"a template may make speaker notes of at most {notes_most:,} characters for this "
                                   f"content ({MADE_NOTES:,} and twice as many as the content has); these have "
                                   f"{notes[1]:,}"))
    return problems


def _long_notes(slides: list, most: int):
    """(path, length) of every slide's speaker notes longer than ``most``: a template's notes of millions of
    characters were written into the deck whole (issue #24)."""
    for s, slide in enumerate(slides):
        notes = slide.get("notes") if isinstance(slide, dict) else None
        if isinstance(notes, str) and len(notes) > most:
            yield ("slides", s, "notes"), len(notes)
