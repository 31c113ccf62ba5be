"""The line that counts the points a list leaves out ("And 26 more"), written and read back.

No deck slide shows it (review 18 finding 3: "And 26 more" reads as a presenter who did not finish; a slide shows
what it has room for and its speaker notes name the rest: budgets.shown_points, continued.py). A chapter list still
writes it to say that it shows some of its chapters (chapter_list.py: its subtitle says so, the slide does not),
and passes that read lines (said_twice, chart_context) know it by ``more_count``.
"""
from __future__ import annotations

import re

from .words import fill

_MARK = 987654321  # (a count no slide says: where it stands in the language's line)


def more_text(count: int, lang: dict) -> str:
    """The line that says ``count`` more points are left out, their slide's speaker notes naming them (a line of its
    own: the words, written to follow a list, less the comma that joins them to it: "，另有 5 个" reads "另有 5 个")."""
    more = fill(lang["also_one_more_notes" if count == 1 else "also_more_notes"], count=count).strip().lstrip(",，、")
    return more[:1].upper() + more[1:]


def more_count(text: str, lang: dict) -> int | None:
    """The number of points ``text`` says are left out, where it is the language's line for them
    (``more_text``: "And 26 more", "And 1 more"), else None."""
    if text == more_text(1, lang):
        return 1
    head, _, tail = more_text(_MARK, lang).partition(str(_MARK))
    if not tail and not head:
        return None
    found = re.fullmatch(re.escape(head) + r"(\d+)" + re.escape(tail), text)
    return int(found.group(1)) if found else None
