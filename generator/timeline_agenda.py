"""A deck's timeline of the topics its agenda lists, in the agenda's order, is the deck's agenda (review 21).

The technical deck listed its six topics with their times on an agenda (s3), then drew the same six topics at their
times on the timeline, after the evidence (s11, "Where each topic sits in the recording"): the same list twice, the
second where it opens nothing. Where the deck's timeline names exactly the topics of its agenda, in the same order,
the timeline takes the agenda's place and title, and the agenda is the report's only (the report keeps both where
they were: its agenda's times are links).
"""
from __future__ import annotations

from .document import Document, Slide


def _same_topics(agenda: Slide, timeline: Slide) -> bool:
    """Whether ``timeline``'s bars are ``agenda``'s items, one each, in its order (a bar is named by its topic's
    title, its times after it: "Title (13:28–35:02)")."""
    bars = list(timeline.chart.categories) if timeline.chart else []
    return len(bars) == len(agenda.agenda) >= 2 and all(
        bar == item.title or bar.startswith(f"{item.title} (") for bar, item in zip(bars, agenda.agenda))


def timeline_as_agenda(document: Document) -> Document:
    """``document`` whose deck shows its timeline, titled as its agenda, in the agenda's place, where the two list the
    same topics in the same order (see the module doc); else as it is."""
    slides = document.slides
    agendas = [i for i, s in enumerate(slides) if s.deck and s.layout == "agenda" and s.role != "chapters"]
    timelines = [i for i, s in enumerate(slides) if s.deck and s.layout == "timeline"]
    if len(agendas) != 1 or len(timelines) != 1 or timelines[0] < agendas[0]:
        return document
    agenda, timeline = slides[agendas[0]], slides[timelines[0]]
    if not _same_topics(agenda, timeline):
        return document
    shown = timeline.model_copy(update={"title": agenda.title, "report": False})
    out: list[Slide] = []
    for i, slide in enumerate(slides):
        if i == agendas[0]:
            out += ([slide.model_copy(update={"deck": False})] if slide.report else []) + [shown]
        elif i == timelines[0]:
            out += [slide.model_copy(update={"deck": False})] if slide.report else []
        else:
            out.append(slide)
    return document.model_copy(update={"slides": out})
