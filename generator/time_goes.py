"""Where a chapter list's time goes, and where to start listening (review 19's worst problem 1).

Notes that are only a list of chapters (lex's outline, guide's show notes) state no finding. The deck was a chapter
list titled by the minutes its longest chapter takes ("“Role of philosophy in science” takes 24 minutes, the longest
chapter"), then the sources: three slides, no evidence and no close. What such notes do give is time, and a briefer
makes two slides of it, each saying something the other does not:

- ``time_chart``: the evidence, and the deck's listening guide. A native bar chart of the chapters by minutes, every
  one of known length (GUIDE at most; of a longer list the MOST longest), in the recording's order: what the recording
  covers and where, and how long each part takes, on one slide (review 21: longest first, it hid four of lex's ten
  chapters and its order, and a list of them beside it would say the chart again); the others named with their
  times in its speaker notes; its title the statement its bars back, as the chapter list's title said it
  (chapter_list.longest_title: the longest chapters by name, with their minutes of the discussion's). It replaces
  the deck's list of the longest chapters (the report keeps every chapter, in time order, and this chart). Each bar
  is labelled with the moment its chapter starts ("Quantum supremacy (56:33)"): the chart is also where to start.
- ``where_to_start``: the close of a nested outline only (chapters over timed sub-chapters, which no chart ranks):
  its LINES longest moments, in the recording's order, each with its minutes, at its time (linked where the source
  is), under ``where_to_start``. A chapter list that ranks closes on no such slide: its LINES longest chapters are
  the chart's first bars, and a close that says the chart again is worse than none (review 20's worst problem 1:
  lex's "Where to start" listed three of its chart's bars).

The chart holds where the list ranks (chapter_list.is_ranked: three chapters or more of known length, the longest
standing out), and not where the chapters are the recording's subject (a listicle's tips: chapter_list.is_subject,
every one shown). Asides (a welcome, a sponsor read) are never charted.
"""
from __future__ import annotations

from bisect import bisect_right

from .chapter_list import LEAST_TIMED, MOST_SHOWN, VARIES, is_ranked, is_subject, longest_title, short_name
from .chapter_times import chapter_names, median, plain_name
from .inline import plain
from .document import Bullet
from .peer_pages import left_off
from .template_names import template_filter
from .words import fill

MOST = MOST_SHOWN  # bars the chart shows of a list longer than GUIDE: the longest
GUIDE = 12  # chapters of known length the chart shows every one of, at most
LINES = 3  # moments the close names
LEAST = 2  # moments a close needs (one line is no close)
WHOLE = 5  # minutes the shortest bar takes at least for the chart to count whole minutes (a tenth of it at most)


def _ranked(topics: list, heading: str) -> list:
    """The chapters of ``topics`` (no aside) that the chart and the close rank, or [] where the list does not rank
    or lists the recording's subject (see the module doc)."""
    kept = [t for t in topics if not t["aside"]]
    return kept if is_ranked(kept) and not is_subject(kept, heading) else []


def _longest(kept: list) -> list:
    timed = [t for t in kept if t["span"] > 0 and t["span_known"]]
    return sorted(timed, key=lambda t: (-t["span"], t["index"]))


@template_filter("time_chart")
def time_chart(topics: list, words: dict, heading: str = "") -> dict:
    """The chart slide of a chapter list ``topics`` (every topic, in the notes' order) under the notes' title
    ``heading``: its ``title``, ``chart`` (a ChartSpec) and ``notes`` (the chapters it leaves off, with their times);
    {} where the list does not rank (see the module doc)."""
    kept = _ranked(topics, heading)
    if not kept:
        return {}
    longest = _longest(kept)
    shown = longest if len(longest) <= GUIDE else longest[:MOST]
    shown = sorted(shown, key=lambda t: t["index"])  # (a listening guide: the recording's order, see the module doc)
    names = chapter_names(topics)
    whole = min(t["span"] for t in shown) >= 60 * WHOLE  # (whole minutes read as the close says them: "24 minutes")
    values = [round(t["span"] / 60) if whole else round(t["span"] / 60, 1) for t in shown]
    none = [None] * len(values)
    chart = {"id": "chapter-times", "title": words["chapter_times"], "kind": "bar", "unit": words["chapter_times_unit"],
             "categories": [_labelled(t, names) for t in shown], "caption": words["chapter_times_caption"], "message": "",
             "series": [{"name": words["chapter_times_series"], "values": values, "low": none, "high": none,
                         "approx": [False] * len(values), "labels": [f"{v:g}" for v in values]}]}
    ids = {t["index"] for t in shown}
    left = [Bullet(text=names[t["index"]] + (f" ({t['at']['label']})" if t["at"] else ""))
            for t in kept if t["index"] not in ids]
    return {"title": longest_title(kept, words, topics), "chart": chart, "notes": left_off(left, words) if left else ""}


def _labelled(topic: dict, names: dict) -> str:
    """A bar's label: its chapter's plain name (a long one by its first clause: chapter_list.short_name; without an
    aside in brackets, "Quantum decoherence (noise…)", beside the time's), with the moment it starts where it has one
    ("Quantum supremacy (56:33)")."""
    name = short_name(plain_name(topic, names))
    name = name if "(" not in name or len(name[:name.index("(")].split()) < 2 else name[:name.index("(")].rstrip()
    return f"{name} ({topic['at']['label']})" if topic["at"] else name


@template_filter("where_to_start")
def where_to_start(topics: list, words: dict, heading: str = "") -> list:
    """The close of a nested outline ``topics`` (chapters whose points are timed sub-chapters: "What happened this
    year?" over "Bluesky (14:02)"…): its LINES longest moments (``_moments``) in the recording's order, each named as
    written with the minutes it takes (``start_minutes``: what a listener plans by; "1 minutes" is no English, so a
    shorter one by its name alone), at its time; [] where fewer than LEAST have a time or none stands out, and for a
    chapter list without sub-chapters (its chart of where the time goes labels each bar with its start: see the
    module doc)."""
    if not any(p["at"] for t in topics if not t["aside"] for p in t["points"]):
        return []
    units = moments(topics, chapter_names(topics))
    spans = [u["span"] for u in units]
    if len(units) < LEAST_TIMED or max(spans) < VARIES * median(spans):
        return []
    chosen = sorted(_named(units), key=lambda u: u["at"]["seconds"])
    lines = [{"text": _with_minutes(u["text"], u["span"], words), "at": u["at"], "children": []} for u in chosen]
    return lines if len(lines) >= LEAST else []


def moments(topics: list, names: dict) -> list[dict]:
    """The sub-chapters of a nested outline ``topics`` (each chapter's timed points, no aside's; a chapter without
    them is one itself where its end is known), each with its ``text`` (a point's as written), ``at`` and ``span``: the
    seconds to the next start of any chapter or sub-chapter (asides too); a last one, of no known end, is none."""
    starts = sorted({t["at"]["seconds"] for t in topics if t["at"]}
                    | {p["at"]["seconds"] for t in topics for p in t["points"] if p["at"]})
    units = []
    for t in topics:
        timed = [p for p in t["points"] if p["at"]]
        if t["aside"] or not (timed or t["at"] and t["span"] > 0 and t["span_known"]):
            continue
        if not timed:
            units.append({"text": plain_name(t, names), "plain": True, "at": t["at"], "span": t["span"]})
        for p in timed:
            after = bisect_right(starts, p["at"]["seconds"])  # (the next start: no scan of every start, 3,000 topics)
            if after < len(starts):
                units.append({"text": p["text"], "at": p["at"],
                              "span": starts[after] - p["at"]["seconds"]})
    return units


def _named(units: list[dict]) -> list[dict]:
    """The LINES longest of ``units`` that name something, each by its plain text (a sub-chapter as written is made
    plain here, for the chosen only: 3,000 of them took 0.1 s; one that is a time alone names nothing to start at)."""
    chosen: list[dict] = []
    for unit in sorted(units, key=lambda u: -u["span"]):
        text = unit["text"] if unit.get("plain") else plain(unit["text"]).strip().rstrip(".")
        chosen += [{**unit, "text": text}] if text else []
        if len(chosen) == LINES:
            break
    return chosen


def _with_minutes(name: str, seconds: int, words: dict) -> str:
    minutes = round(seconds / 60)
    return fill(words["start_minutes"], name=name, minutes=minutes) if minutes >= 2 else name
