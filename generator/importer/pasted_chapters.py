"""A chapter list pasted as one line (``Timestamps 00:00:00 Introduction 00:02:29 Sponsors …``) as its
chapters, without what the show's page has below them."""
from __future__ import annotations

import re

CLOCK = r"\d{1,3}:\d{1,2}(?::\d{1,2})?"  # a time with colons as notes write it (13:28, 1:08:52)
_INLINE_TS = re.compile(rf"(?<!\S)[(\[]?{CLOCK}(?:[.,]\d+)?[)\]]?(?=\s+[^\s\d])")  # a time a chapter's title follows
MIN_INLINE_CHAPTERS = 3  # a line with this many such times is a chapter list without its line breaks
MAX_CHAPTER_LINE = 100_000


def pasted_chapters(line: str) -> list[tuple[int, str]]:
    """A line as its parts: itself, or, where a chapter list was pasted as one line (``Timestamps
    00:00:00 Introduction 00:02:29 Sponsors 00:07:35 …``), the text before the first time and one
    part from each time on; such a list starts at 0:00, as video sites ask (prose that names three
    times of day stays one line). Each part with where it starts in ``line``; what the page has
    below its chapters, pasted on after the last one (``03:01:17 Concluding Statements Disclaimer &
    Disclosures Learn more …``), is left out from its heading on (its disclaimers, credits, links)."""
    many = line.count(":") >= MIN_INLINE_CHAPTERS and len(line) <= MAX_CHAPTER_LINE
    found = list(_INLINE_TS.finditer(line)) if many else []
    if len(found) < MIN_INLINE_CHAPTERS or re.sub(r"[.,]\d+", "", found[0].group().strip("()[]")).strip("0:"):
        return [(0, line)]
    starts = [m.start() for m in found]
    cuts = ([0] if line[:starts[0]].strip() else []) + starts
    heading = _PAGE_HEADING.search(line, found[-1].end())
    end = heading.start() if heading and line[found[-1].end():heading.start()].strip() else len(line)
    return [(a, line[a:b].strip()) for a, b in zip(cuts, cuts[1:] + [end])]  # (a chapter may be named "Credits")


# the headings of what a show's page has below its chapters: its disclaimers, credits, links, how to follow it
_PAGE_HEADING = re.compile(r"(?<=\s)(?-i:(?=[A-Z]))(?:disclaimers?|disclosures?|credits|links|resources|references|"
                           r"transcript|follow us|connect with us|socials|newsletter|legal|contact us)\b"
                           r"(?:\s*(?:&|and)\s*(?-i:[A-Z])\w+)?", re.IGNORECASE)
