"""Which topics a deck covers, and the ones it leaves out named.

A deck keeps at most ``max_slides`` slides: its close (the slides after the last topic's) first,
then its other slides in order, a topic's slides all or none, while they fit. Every topic of the content with no
slide in the deck is named with its time: on one line of the sources slide, and in a section of
the report with each time linked. Nothing is left out silently.
"""
from __future__ import annotations

import re

from .asides import aside_ids
from .content import Content, Topic
from .context import time_ref
from .document import Bullet, Document, Slide, TimeRef
from .inline import plain
from .repeated_moments import named_by_close
from .word_count import count_words
from .words import fill

MOST_NAMED = 12  # topics the sources slide names on its line; the report's section lists every one
MOST_LINE_WORDS = 40  # words the line holds at most, in every script (word_count.py), as any point of a slide
LEAST_SECTION = 3  # deck slides a divider opens at least


def _pages(slides: list[Slide], deck: list[int]) -> dict[int, int]:
    """Deck slides each Document slide of ``deck`` takes: none for a topic's one key figure right
    after its points in the deck (the deck draws it in a band under them), nor for a slide continuing
    the points before it ("<title> (cont.)": continued.py; as the writer's own continued pages), else one."""
    out: dict[int, int] = {}
    for k, i in enumerate(deck):
        slide, before = slides[i], slides[deck[k - 1]] if k else None
        joined = before is not None and before.topic == slide.topic and before.layout in ("bullets", "two_column")
        band = slide.layout == "big_number" and len(slide.figures) == 1
        going_on = (before is not None and slide.layout == before.layout == "bullets" and not slide.report
                    and slide.title.startswith(_first(slides, deck[:k], slide.topic) + " "))
        out[i] = int(not (joined and (band or going_on)))
    return out


def _first(slides: list[Slide], deck: list[int], topic: str) -> str:
    """The title of the first deck slide of points of ``topic`` among ``deck``."""
    return next((slides[i].title for i in deck if slides[i].topic == topic and slides[i].layout == "bullets"), "\0")


def without_lone_dividers(document: Document) -> Document:
    """``document`` without the deck dividers (section slides of a topic) of topics that take fewer than
    LEAST_SECTION deck slides after the deck's cuts: a divider only opens a section of several slides."""
    slides = list(document.slides)
    deck = [i for i, s in enumerate(slides) if s.deck]
    pages = _pages(slides, deck)
    count: dict[str, int] = {}
    for i in deck:
        if slides[i].topic and slides[i].layout != "section":
            count[slides[i].topic] = count.get(slides[i].topic, 0) + pages[i]
    lone = [i for i in deck if slides[i].layout == "section" and slides[i].topic
            and count.get(slides[i].topic, 0) < LEAST_SECTION]
    for i in lone:
        slides[i] = slides[i].model_copy(update={"deck": False})
    return document.model_copy(update={"slides": slides}) if lone else document


def within_slides(document: Document, limit: int) -> Document:
    """The deck within ``limit`` slides (0: no limit): its close (the slides after the last topic's
    but a timeline) first, then in order each slide before it and each topic's slides together, while they fit; the
    rest are in the report only."""
    slides = list(document.slides)
    deck = [i for i, s in enumerate(slides) if s.deck]
    pages = _pages(slides, deck)
    if not limit or sum(pages.values()) <= limit:
        return document
    last = max((i for i in deck if slides[i].topic and slides[i].role != "close"), default=len(slides))  # (a close
    # of the notes' section on what comes next is its topic's slide too: close_watch.ahead_section)
    close = [i for i in deck if i > last and slides[i].layout != "timeline"]
    units: dict[object, list[int]] = {}  # a topic's slides together, every other slide alone
    for i in deck:
        if i not in close:
            units.setdefault(slides[i].topic or i, []).append(i)
    keep, used = set(close), sum(pages[i] for i in close)
    for unit in units.values():
        cost = sum(pages[i] for i in unit)
        if used + cost <= limit:
            keep.update(unit)
            used += cost
    return document.model_copy(update={"slides": [s if i in keep or not s.deck else s.model_copy(update={"deck": False})
                                                  for i, s in enumerate(slides)]})


def shown_topics(slide: Slide) -> set[str]:
    """The topics a slide shows: its own, or each of a shared slide's (short topics side by side), or
    those whose only point a summary says (``says``)."""
    shown = {c.topic for c in slide.columns if c.topic} if slide.layout == "topics" else {slide.topic} - {""}
    return shown | set(slide.says)


def left_to_summary(document: Document) -> Document:
    """``document`` whose deck leaves out each topic slide that says nothing but what a summary says
    (its topics all in a summary's ``says``: a digest's entries, see ``unsaid``); the report keeps it,
    each entry whole."""
    said = {topic for s in document.slides if s.deck for topic in s.says}
    if not said:
        return document
    slides = [s.model_copy(update={"deck": False}) if s.deck and s.role != "summary" and set() < shown_topics(s) <= said
              else s for s in document.slides]
    return document.model_copy(update={"slides": [s for s in slides if s.deck or s.report]})


def _without_slide(document: Document, content: Content) -> list[Topic]:
    """The content's topics (in its order) that no deck slide of ``document`` shows."""
    covered = {topic for s in document.slides if s.deck for topic in shown_topics(s)}
    return [t for t in content.topics if t.id not in covered]


def asides_off_deck(document: Document, content: Content) -> Document:
    """``document`` whose slides of aside topics (asides.py: a welcome, a sponsor read, plugs), which an
    audience keeping ``asides: true`` has, are the report's only: no deck shows an aside."""
    asides = aside_ids(content, document.words)
    if not asides:
        return document
    slides = [s.model_copy(update={"deck": False}) if s.deck and set() < shown_topics(s) <= asides else s
              for s in document.slides]
    return document.model_copy(update={"slides": [s for s in slides if s.deck or s.report]})


def agenda_of_slides(document: Document, content: Content) -> Document:
    """``document`` whose deck agenda lists only the topics with a slide in the deck (the sources' "Also
    discussed" line names the others: see ``name_left_out``); the report's agenda keeps every item. An
    agenda of one item is no agenda: the deck has none (the report keeps it). A chapter list's chapters
    slide (role chapters) names every chapter, as it is."""
    without = {t.id for t in _without_slide(document, content)}
    slides = []
    for s in document.slides:
        if s.layout != "agenda" or s.role == "chapters" or not s.deck:
            slides.append(s)
            continue
        kept = [a for a in s.agenda if a.topic not in without]  # (by id: two topics may share a title)
        if len(kept) < 2:  # (an agenda of one item or none: the report's only)
            slides += [s.model_copy(update={"deck": False})] if s.report else []
            continue
        if len(kept) == len(s.agenda):
            slides.append(s)
            continue
        if s.report:
            slides.append(s.model_copy(update={"deck": False}))
        notes = re.sub(rf"\b{len(s.agenda)}\b", str(len(kept)), s.notes, count=1)  # ("We cover 4 topics")
        slides.append(s.model_copy(update={"agenda": kept, "report": False, "notes": notes}))
    return document.model_copy(update={"slides": slides})


def name_left_out(document: Document, content: Content) -> Document:
    """``document`` with the topics that have no slide in its deck named (unless no topic has a slide
    anywhere: a chapter list's agenda names them all):
    "Also discussed: A (1:02:30), B (1:48:45)" on the sources slide, and a report section listing
    them, each time linked. An aside (asides.py) is on no line of the deck: the report's section lists
    it (unless the report shows its slide: ``asides: true``), and the sources slide's speaker notes name it."""
    if not any(shown_topics(s) for s in document.slides):  # a chapter list: its agenda names every chapter
        return document
    named_close = named_by_close(document)
    left = sorted((t for t in _without_slide(document, content)
                   if (t.at, plain(t.title).strip().rstrip(".")) not in named_close),
                  key=lambda t: t.at or 0)  # (untimed: notes' order)
    if not left:
        return document
    times = [TimeRef.model_validate(time_ref(content, t.at)) if t.at is not None else None for t in left]
    words, also, asides = document.words, document.words["also_discussed"], aside_ids(content, document.words)
    said = [t.title + (f" ({at.label})" if at else "") for t, at in zip(left, times)]
    named = [name for t, name in zip(left, said) if t.id not in asides]
    line, reported_line, rest_notes = _also_lines(named, words)
    reported = {topic for s in document.slides if s.report for topic in shown_topics(s)}  # (asides: true)
    listed = [Bullet(text=t.title, at=at) for t, at in zip(left, times) if not (t.id in asides and t.id in reported)]
    section = [Slide(layout="bullets", title=also, deck=False, notes=words["also_notes"], bullets=listed)] if listed else []
    aside_notes = fill(words["also_asides_notes"], names=", ".join(n for t, n in zip(left, said) if t.id in asides))
    slides, placed = [], False
    for s in document.slides:
        if s.layout == "sources" and s.deck and not placed:
            notes = (f"{s.notes} {fill(words['also_sources_notes'], left=len(left), count=len(content.topics))}"
                     + (f" {aside_notes}" if len(named) < len(left) else "") + rest_notes)
            deck = s.model_copy(update={"bullets": [*s.bullets, *line], "notes": notes.strip()})
            if reported_line != line and s.report:  # (the report names the rest in its own section)
                slides += [*section, s.model_copy(update={"bullets": [*s.bullets, *reported_line], "notes": notes.strip(),
                                                          "deck": False}), deck.model_copy(update={"report": False})]
            else:
                slides += [*section, deck]
            placed = True
        else:
            slides.append(s)
    if not placed:  # no sources slide (notes without links): the line follows the evidence, so the deck still
        # ends on its point (asides alone: no line, the last evidence slide's notes name them)
        last = max((i for i, s in enumerate(slides) if s.deck and shown_topics(s)), default=len(slides) - 1)
        notes = ((aside_notes if len(named) < len(left) else "") + rest_notes).strip()
        if line:
            slides[last + 1:last + 1] = [Slide(layout="sources", title=also, bullets=line, report=False, notes=notes)]
        elif notes:
            slides[last] = slides[last].model_copy(update={"notes": f"{slides[last].notes} {notes}".strip()})
        slides += section
    return document.model_copy(update={"slides": slides})


def _also_lines(named: list[str], words: dict) -> tuple[list[Bullet], list[Bullet], str]:
    """The deck's "Also discussed" line naming the first MOST_NAMED of ``named`` that fit its MOST_LINE_WORDS (with
    what it adds: ``_fitting``; no line of a deck counts the others: review 18 finding 3), the report's line (the rest
    "listed in the report", its section), and the speaker notes naming the rest (" Left off the slide: …", "" where
    none is: a deck may be built alone, it points to no report)."""
    if not named:
        return [], [], ""
    count = _fitting(named, words)
    shown, rest = ", ".join(named[:count]), named[count:]
    if not rest:
        line = [Bullet(text=f"{words['also_discussed']}: {shown}")]
        return line, line, ""
    deck = Bullet(text=f"{words['also_discussed']}: {shown}")
    report = Bullet(text=f"{words['also_discussed']}: {shown}{fill(words['also_more'], count=len(rest))}")
    return [deck], [report], " " + fill(words["left_off_slide"], items="; ".join(rest))


def _fitting(named: list[str], words: dict) -> int:
    """How many of ``named`` (at most MOST_NAMED, at least one) the "Also discussed" line names within
    MOST_LINE_WORDS, its label counted (ten Chinese questions were a line of 51 words)."""
    label = count_words(f"{words['also_discussed']}:")
    if len(named) <= MOST_NAMED and label + sum(count_words(n) for n in named) <= MOST_LINE_WORDS:
        return len(named)
    count, used = 0, label
    for name in named[:MOST_NAMED]:
        used += count_words(name)
        if count and used > MOST_LINE_WORDS:
            break
        count += 1
    return count
