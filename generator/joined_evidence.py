"""Digest entries' evidence on one slide, where one of them shows two lines at most (review 16 finding 5).

A digest's entry with more than its leading clause shows its focus and its witnesses on a slide of its own after
the bottom line (evidence_titles.testimony). An entry of one witness and its focus was a slide of two lines under
its title ("Vice Admiral Jon A. Hill testified on “Missile Defense Agency”": Daily Digest), the next entry's three
witnesses a slide of their own. Such an entry shares a slide with the entries beside it (up to MOST_COLUMNS: review 21,
with each entry's witnesses one line of names, three hearings made two slides of two to three lines), each a column
under its heading with its time, while together they hold at most
deckfit.MOST_LINES lines and short_topics.MOST_WORDS words; the slide is titled by what both columns prove: what each
examined (evidence_titles.examined, joined by "; ") where that fits a title's whole_titles.MOST_WORDS, else the
hearings' names as what they examined (``examined_hearings``: "The hearings examined “Missile Defense Agency” and “DOD
Management Challenges”", each name quoted as ``chapter_quoted``, the last joined by ``names_and``; review 16 finding 4: a
count of witnesses who testified states the procedure, not the point). An entry that names no
witness keeps its slide (its heading titles it: no sentence says what it proves beside another).
"""
from __future__ import annotations

from .deckfit import MOST_LINES
from .evidence_titles import examined, testimony
from .inline import plain
from .short_topics import MOST_WORDS
from .template_names import template_filter
from .word_count import count_words
from .whole_titles import MOST_WORDS as TITLE_WORDS
from .words import fill

MOST_COLUMNS = 3  # entries on one slide at most, a column each (writers/pptx/slides/topics.py: three side by side)
SHORT = 2  # lines of an entry's evidence, at most, that leave its slide near-empty (deck_lines.LEAST_LINES less one)


def _heading(entry: dict, topics: list) -> str:
    return next((t["title"] for t in topics if t["id"] == entry["topic"]), "")


def _witnesses(entry: dict) -> int:
    """How many witnesses ``entry``'s evidence names (the sub-points of its listing point; 0: none)."""
    return next((len(p["children"]) for p in entry["evidence"] if p.get("children")), 0)


def _shown(entry: dict, topics: list, words: dict) -> list:
    return testimony(entry["evidence"], _heading(entry, topics), words)["bullets"]


@template_filter("evidence_groups")
def evidence_groups(opened: list, topics: list, words: dict) -> list[list]:
    """The entries of ``opened`` (the bottom line's) with evidence, in order, in groups of one to MOST_COLUMNS: an
    entry joins the group before it while one of them shows SHORT lines at most, all name witnesses, within MOST_LINES
    lines and MOST_WORDS words (see the module doc)."""
    groups: list[list] = []
    for entry in (p for p in opened if p.get("evidence")):
        last = groups[-1] if groups else []
        if 0 < len(last) < MOST_COLUMNS and _joins([*last, entry], topics, words):
            last.append(entry)
        else:
            groups.append([entry])
    return groups


def _joins(group: list, topics: list, words: dict) -> bool:
    """Whether the entries of ``group`` share a slide: one shows SHORT lines at most, each names witnesses, and
    together they fit (see evidence_groups)."""
    shown = [_shown(entry, topics, words) for entry in group]
    said = sum(count_words(plain(b["text"])) for lines in shown for b in lines)
    return (min(map(len, shown)) <= SHORT and all(_witnesses(entry) > 0 for entry in group)
            and sum(map(len, shown)) <= MOST_LINES and said <= MOST_WORDS)


@template_filter("joint_testimony")
def joint_testimony(group: list, topics: list, words: dict) -> dict:
    """The ``title`` and ``columns`` of the slide the entries of ``group`` share: each a column of its heading, time
    and evidence; the title how many testified at which hearings (see the module doc)."""
    headings = [_heading(entry, topics) for entry in group]
    quoted = [fill(words["chapter_quoted"], name=h) for h in headings]
    named = ", ".join(quoted[:-1]) + words["names_and"] + quoted[-1]
    said = [examined(entry.get("entry", ""), words) for entry in group]  # (what each examined: evidence_titles)
    both = "; ".join(said) if all(said) and count_words("; ".join(said)) <= TITLE_WORDS else ""
    return {"title": both or fill(words["examined_hearings"], topics=named),
            "columns": [{"title": h, "at": entry.get("at"), "bullets": _shown(entry, topics, words)}
                        for h, entry in zip(headings, group)]}
