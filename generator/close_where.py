"""The close of a deck whose notes conclude, decide and look ahead nowhere, but give times: where to hear its point
(review 18's finding 4: wizeup, guide ended on their evidence, with no close).

Such notes give nothing that says what follows (close.py finds no statement to end on), and a close of the tool's own
words ("These results suggest continued progress") is empty (review 16). What a professional hands the audience
instead is where to hear the point made: the moments of the recording that back the bottom line's items (the topics
that back them: close_ties.backing, in the items' order), each named as the deck's chapter list names it (without its
numbering, "Number 5 - ": chapter_times.chapter_names) and linked to its time, LINES at most, the audience's
``where_to_hear`` ("Where to hear it") its title. It needs two such moments with a link at least (a close holds two to
four lines), and a bottom line (a deck that states nothing has no point to hear; a chapter list already links every
chapter). Asides (a welcome, a sponsor read) are never among them.
"""
from __future__ import annotations

from .chapter_times import chapter_names
from .close_ties import backing
from .template_names import template_filter

LINES = 3  # moments on the close, at most
LEAST = 2  # moments with a link, at least, for a close


@template_filter("where_to_hear")
def where_to_hear(opened: list, topics: list) -> list:
    """The close's lines where the notes give times (see the module doc): the topics that back the bottom line
    ``opened``, each named as the chapter list names it, at its time; [] where fewer than LEAST of them can be opened
    at their moment."""
    by_id = {t["id"]: t for t in topics if not t["aside"]}
    timed = [t for tid in backing(opened, list(by_id.values()))
             if (t := by_id[tid])["at"] and t["at"]["links"]]
    names = chapter_names(topics)  # (as the chapter list shows them: every topic decides the numbering)
    lines = [{"text": names[t["index"]], "at": t["at"], "children": []} for t in timed[:LINES]]
    return lines if len(lines) >= LEAST else []
