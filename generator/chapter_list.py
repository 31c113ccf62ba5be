"""What a deck's chapter list shows (review 15's finding 3): at most six chapters, in the recording's order,
each once, under a title that says where the time goes.

Notes that are only a chapter list state no point; what their timestamps tell is how long each part takes.
Where LEAST_TIMED chapters or more have a known length (an aside is never one: asides.py), not all of about one
length (VARIES: a panel of ten slots of eight minutes has no longest worth naming), the deck's list
(``chapter_list``) keeps the MOST_SHOWN that take longest, shown in time order (times that jump, a list
"longest first" beside start times, read as a mistake), its subtitle saying so (``chapters_longest_shown``:
"The six longest, in time order."); the others are counted on its last line ("And 8 more, named in the
speaker notes": peer_pages.more_line) and named with their times in its speaker notes
(peer_pages.left_off). The report keeps every chapter. Its title (``longest_title``) names the longest
chapters as the notes title them (a long title by its first clause), quoted, longest first, as many as fit
TITLE_WORDS ("Most time goes to “Role of philosophy in science” and “Quantum supremacy”":
``chapters_longest``, ``chapter_quoted``, ``names_and``), never a count nor the layout. Any other list
shows every chapter, as they come, under title_lists.list_title.
"""
from __future__ import annotations

import re

from .chapter_times import chapter_names, median
from .inline import plain
from .peer_pages import left_off, more_line
from .document import Bullet
from .word_count import count_words
from .words import fill
from .template_names import template_filter

LEAST_TIMED = 3  # chapters of known length for the list to keep the longest
MOST_SHOWN = 6  # chapters a deck's list shows (the rest: "And N more")
VARIES = 1.25  # the longest chapter is this many times the median at least for the longest to say where time goes
TITLE_WORDS = 14  # words the title holds at most with a second or third name (a first always)
MOST_NAMED = 3  # chapters the title names at most
NAME_WORDS = 6  # words of a chapter's name the title quotes whole; a longer one, its first clause
LEAST_NAMED = 2  # words a first clause holds at least to name its chapter
_CLAUSE = re.compile(r"\s*(?:[,;:(]|\s[-–—]\s)|[，；：（]")


def _timed(topics: list) -> list:
    return [t for t in topics if not t["aside"] and t["span"] > 0 and t["span_known"]]


def _longest(topics: list) -> list:
    return sorted(_timed(topics), key=lambda t: (-t["span"], t["index"]))


@template_filter("is_ranked")
def is_ranked(topics: list) -> bool:
    """Whether the deck's list of ``topics`` (no aside) keeps the longest chapters: LEAST_TIMED or more of
    known length, not all of about one length (the longest VARIES times the median at least); then
    ``longest_title`` titles it."""
    timed = [t["span"] for t in _timed(topics)]
    return len(timed) >= LEAST_TIMED and max(timed) >= VARIES * median(timed)


@template_filter("chapter_list")
def chapter_list(topics: list, words: dict) -> dict:
    """The deck's list of ``topics`` (its chapters, no aside, in time order): ``items`` (the topics it shows,
    in their order), ``more`` (its last line, "" where it shows all) and ``notes`` (the line of its speaker
    notes that names the others with their times, "" where none): see the module doc."""
    if not is_ranked(topics) or len(topics) <= MOST_SHOWN:
        return {"items": list(topics), "more": "", "notes": ""}
    kept = {t["index"] for t in _longest(topics)[:MOST_SHOWN]}
    names = chapter_names(topics)
    left = [Bullet(text=names[t["index"]] + (f" ({t['at']['label']})" if t["at"] else ""))
            for t in topics if t["index"] not in kept]
    return {"items": [t for t in topics if t["index"] in kept], "more": more_line(len(left), words).text,
            "notes": left_off(left, words)}


@template_filter("longest_title")
def longest_title(topics: list, words: dict) -> str:
    """The title of a ranked list of ``topics``: its longest chapters by name (see the module doc)."""
    names = chapter_names(topics)
    quoted = [fill(words["chapter_quoted"], name=_short(plain(names[t["index"]]).strip().rstrip("."))) for t in _longest(topics)]
    shown = quoted[:1]
    for name in quoted[1:MOST_NAMED]:
        if count_words(_said([*shown, name], words)) > TITLE_WORDS:
            break
        shown.append(name)
    return _said(shown, words)


def _short(name: str) -> str:
    """``name``, where it runs over NAME_WORDS words, up to its first clause's end ("Tech's global role: are we
    still in the early days…" is "Tech's global role") where that leaves LEAST_NAMED words or more."""
    if count_words(name) <= NAME_WORDS:
        return name
    cut = _CLAUSE.search(name)
    return name[:cut.start()] if cut and count_words(name[:cut.start()]) >= LEAST_NAMED else name


def _said(names: list[str], words: dict) -> str:
    joined = ", ".join(names[:-1]) + words["names_and"] + names[-1] if len(names) > 1 else names[0]
    return fill(words["chapters_longest"], names=joined)
