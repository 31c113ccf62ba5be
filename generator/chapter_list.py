"""What a deck's chapter list shows (review 15's finding 3, review 16's finding 3): at most six chapters a slide,
in the recording's order, each once, under a title that says, truly, where the time goes.

Notes that are only a chapter list state no point; what their timestamps tell is how long each part takes.
Where LEAST_TIMED chapters or more have a known length (an aside is never one: asides.py), not all of about one
length (VARIES: a panel of ten slots of eight minutes has no longest worth naming), the deck's list
(``chapter_list``) keeps the MOST_SHOWN that take longest, shown in time order (times that jump, a list
"longest first" beside start times, read as a mistake), its subtitle saying so (``chapters_longest_shown``:
"The six longest, in time order."); the others are counted on its last line ("And 8 more, named in the
speaker notes": peer_pages.more_line) and named with their times in its speaker notes
(peer_pages.left_off). The report keeps every chapter. Its title (``longest_title``) says how many minutes the
longest chapters take, named as the notes title them (a long title by its first clause), quoted (review 18: "The
longest chapter is “…”" claimed nothing; the minutes are what such notes measure): of the discussion's, the chapters'
but the asides', where each of those has a known end ("“Different Approaches to Live Streaming” takes 9 of the 23
minutes of discussion": ``chapters_longest_one``), the longest two or three together where they take over half of
it and fit TITLE_WORDS ("“A” and “B” take 40 of the 70 minutes of discussion": ``chapters_longest``, ``names_and``);
where the last chapter's end is estimated, its minutes alone ("“Role of philosophy in science” takes 24 minutes, the
longest chapter": ``chapters_longest_minutes``; under two minutes, "The longest chapter is “…”":
``chapters_longest_short``); never a count nor the layout. Never a list cut
to save one line: seven chapters show whole, not six and "And 1 more". Where the chapters are the recording's
subject (``is_subject``: numbered one after another, "Number 1 - …", or as many as a number of the notes' title
says, "14 Web Development Tips…") and fit SUBJECT_PAGES slides of PER_SLIDE, the deck shows every one, on as few
slides as hold them, evenly filled (``pages``; 14 tips: 7 and 7, never a third slide of one list: review 14), the
second titled "Chapters (cont.)"; a longer one is listed as any other (45 links: two slides of two columns, "And N
more"). Any other list shows every chapter, as they come, under title_lists.list_title, which asks here for what
is true of chapters that no longest titles: of a shared slide's, the minutes the longest of them takes
(``longest_here``), of
chapters of about one length, how long each takes (``even_title``).
"""
from __future__ import annotations

import re

from .chapter_times import chapter_names, median, numbered
from .inline import plain
from .peer_pages import left_off, more_line
from .document import Bullet
from .word_count import count_words
from .words import continued_title, fill
from .template_names import template_filter

LEAST_TIMED = 3  # chapters of known length for the list to keep the longest
MOST_SHOWN = 6  # chapters a deck's list shows (the rest: "And N more")
VARIES = 1.25  # the longest chapter is this many times the median at least for the longest to say where time goes
EVEN = 1.5  # chapters of about one length: none this many times shorter or longer than their median
TITLE_WORDS = 16  # words the title holds at most with a second or third name (a first always; its minutes take 8)
MOST_NAMED = 3  # chapters the title names at most
NAME_WORDS = 6  # words of a chapter's name the title quotes whole; a longer one, its first clause
LEAST_NAMED = 2  # words a first clause holds at least to name its chapter
PER_SLIDE = 7  # chapters a slide shows at most where the deck shows every one (the chapters are the subject): about six
REST_SLIDE = 10  # chapters of the subject the bottom line leaves that one slide shows at most
SUBJECT_PAGES = 2  # slides a list of the subject takes at most (a third slide of one list: review 14)
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
def chapter_list(topics: list, words: dict, heading: str = "", said: list | None = None) -> dict:
    """The deck's list of ``topics`` (its chapters, no aside, in time order) under the notes' title ``heading``:
    ``items`` (the topics it shows, in their order), ``pages`` (those items by deck slide), ``more`` (its last
    line, "" where it shows all), ``notes`` (the line of its speaker notes that names the others with their
    times, "" where none) and ``said`` (how many it leaves to the bottom line): see the module doc. Chapters the
    bottom line states (``said``: its items made of chapters' titles, chapter_points.py, each at its chapter's
    time) are on that slide, not on the list again (review 20: syntax-tips listed its five tips twice), where at
    least LEAST_TIMED others remain."""
    said_at = {p["at"]["seconds"] for p in said or () if p.get("at")}
    texts = {bare(p["text"]) for p in said or () if not p.get("at")}  # (untimed notes: by the words)
    names = chapter_names(topics)
    rest = [t for t in topics if not (t["at"] and t["at"]["seconds"] in said_at or bare(names[t["index"]]) in texts)]
    if len(rest) < LEAST_TIMED or len(rest) == len(topics):
        return {**_listed(topics, words, heading), "said": 0}
    return {**_listed(rest, words, heading, is_subject(topics, heading)), "said": len(topics) - len(rest)}


def bare(text: str) -> str:
    """``text`` as two chapters' titles or items are compared: plain, without its closing stop, casefolded."""
    return plain(text).strip().rstrip(".!").casefold()


def _listed(topics: list, words: dict, heading: str, subject: bool = False) -> dict:
    """``chapter_list``'s list of ``topics`` but ``said``; ``subject``: the chapters are the recording's subject
    (``is_subject``) though some of them are on the bottom line: the others, REST_SLIDE at most, on one slide (the
    deck draws a list too long for one column in two; review 20: nine tips on two slides of five and four)."""
    whole = {"items": list(topics), "more": "", "notes": "", "pages": [list(topics)]}
    if subject and len(topics) <= REST_SLIDE:
        return whole
    if subject or is_subject(topics, heading):
        return {**whole, "pages": _spread(list(topics))}
    if not is_ranked(topics) or len(topics) <= MOST_SHOWN + 1:  # (never "And 1 more": the line it saves)
        return whole
    kept = {t["index"] for t in _longest(topics)[:MOST_SHOWN]}
    names = chapter_names(topics)
    left = [Bullet(text=names[t["index"]] + (f" ({t['at']['label']})" if t["at"] else ""))
            for t in topics if t["index"] not in kept]
    items = [t for t in topics if t["index"] in kept]
    return {"items": items, "pages": [items], "more": more_line(len(left), words).text, "notes": left_off(left, words)}


def is_subject(topics: list, heading: str) -> bool:
    """Whether the chapters ``topics`` (no aside) are what the recording is about, every one to be shown: more
    than MOST_SHOWN, as many as SUBJECT_PAGES slides show, numbered one after another (chapter_times.numbered) or
    as many as a number of the notes' title ``heading`` says ("14 … Tips" over 14 chapters)."""
    count = len(topics)
    counted = str(count) in re.findall(r"\d+", plain(heading or ""))
    return MOST_SHOWN < count <= SUBJECT_PAGES * PER_SLIDE and (numbered(topics) or counted)


def _spread(items: list) -> list[list]:
    """``items`` on as few pages of PER_SLIDE or fewer as hold them, the pages filled evenly (the first fuller)."""
    pages = -(-len(items) // PER_SLIDE)
    size, extra = divmod(len(items), pages)
    cuts = [n * size + min(n, extra) for n in range(pages + 1)]
    return [items[a:b] for a, b in zip(cuts, cuts[1:])]


@template_filter("page_titles")
def page_titles(title: str, count: int, words: dict, heading: str) -> list[str]:
    """The titles of ``count`` deck slides of one list titled ``title``: the first as it is, the others as the list's
    ``heading`` continued ("Chapters (cont.)": words.continued_title; never the first's title again, which names a
    chapter the later slide does not show)."""
    return [title] + [continued_title(heading, n, count - 1, words) for n in range(1, count)]


@template_filter("longest_title")
def longest_title(topics: list, words: dict, recording: list | None = None) -> str:
    """The title of a ranked list of ``topics``: how many minutes its longest chapters take (see the module doc), of
    the discussion's where that is known (``_discussed``: ``recording``, every topic, asides too), they by name where
    they take over half of it, else its longest alone."""
    longest = _longest(topics)
    quoted = _quoted(recording or topics, longest, words)  # (named as the whole list numbers them: chapter_names)
    total = _discussed(recording or topics)
    if not total:
        return _minutes_said(quoted[0], longest[0]["span"], words["chapters_longest_minutes"], words)
    for n in range(1, min(MOST_NAMED, len(quoted)) + 1):
        taken = sum(t["span"] for t in longest[:n])
        if 2 * taken > total and n > 1:
            said = fill(words["chapters_longest"], names=_joined(quoted[:n], words), minutes=_minutes(taken),
                        total=_minutes(total))
            if count_words(said) <= TITLE_WORDS:
                return said
        if 2 * taken > total:
            break
    return fill(words["chapters_longest_one"], names=quoted[0], minutes=_minutes(longest[0]["span"]), total=_minutes(total))


def longest_here(topics: list, words: dict, recording: list | None = None) -> str:
    """The title of some of a recording's chapters, ``topics`` (a shared slide's), two or more of known length, the
    longest VARIES times their median at least: how many minutes that one takes, of the discussion's where that is
    known (``recording``: every topic; "“What happened this year?” takes 16 of the 63 minutes of discussion":
    ``chapters_longest_one``; review 18: "Of these, … takes longest" referred to nothing), else alone
    (``chapters_longest_here``); else ""."""
    timed = _timed(topics)
    if len(timed) < 2 or max(t["span"] for t in timed) < VARIES * median([t["span"] for t in timed]):
        return ""
    top = _longest(topics)[0]
    total = _discussed(recording) if recording else 0
    name = _quoted(topics, [top], words)[0]
    if total:
        return fill(words["chapters_longest_one"], names=name, minutes=_minutes(top["span"]), total=_minutes(total))
    return _minutes_said(name, top["span"], words["chapters_longest_here"], words, "")


def _discussed(recording: list) -> int:
    """The seconds the ``recording``'s chapters take but its asides (a welcome, a sponsor read, plugs: asides.py),
    where every one of those is of known length (its end known); else 0."""
    kept = [t for t in recording if not t["aside"]]
    return sum(t["span"] for t in kept) if kept and all(t["span_known"] for t in kept) else 0


def _minutes(seconds: int) -> int:
    return round(seconds / 60)


def _minutes_said(name: str, seconds: int, said: str, words: dict, short: str | None = None) -> str:
    """``said`` of the chapter ``name`` that takes ``seconds``, in whole minutes, two or more ("1 minutes" is no
    English); a shorter one: ``short`` where given, else "The longest chapter is …" (``chapters_longest_short``)."""
    if _minutes(seconds) >= 2:
        return fill(said, names=name, minutes=_minutes(seconds))
    return short if short is not None else fill(words["chapters_longest_short"], names=name)


def _quoted(topics: list, chosen: list, words: dict) -> list[str]:
    """The ``chosen`` of ``topics`` by name, quoted (``chapter_quoted``), a long name by its first clause (``short_name``)."""
    names = chapter_names(topics)
    return [fill(words["chapter_quoted"], name=short_name(plain(names[t["index"]]).strip().rstrip("."))) for t in chosen]


def even_title(topics: list, words: dict) -> str:
    """The title of a list of ``topics`` (no aside) of LEAST_TIMED or more, every one of known length, none ranked
    (``is_ranked``) and each within EVEN of their median either way: how long a chapter takes ("The time is spread
    evenly: about 8 minutes a chapter": ``chapters_even``; review 16: "Each chapter opens at its time in the
    recording" told nothing); else ""."""
    spans = [t["span"] for t in topics if not t["aside"]]
    if len(spans) < LEAST_TIMED or len(_timed(topics)) < len(spans) or is_ranked(topics):
        return ""
    middle = median(spans)
    if not all(middle <= EVEN * span and span <= EVEN * middle for span in spans):
        return ""
    return fill(words["chapters_even"], minutes=max(1, round(middle / 60)))


def short_name(name: str) -> str:
    """``name``, where it runs over NAME_WORDS words, up to its first clause's end ("Tech's global role: are we
    still in the early days…" is "Tech's global role") where that leaves LEAST_NAMED words or more."""
    if count_words(name) <= NAME_WORDS:
        return name
    cut = _CLAUSE.search(name)
    return name[:cut.start()] if cut and count_words(name[:cut.start()]) >= LEAST_NAMED else name


def _joined(names: list[str], words: dict) -> str:
    return ", ".join(names[:-1]) + words["names_and"] + names[-1] if len(names) > 1 else names[0]
