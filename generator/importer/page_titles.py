"""A first line copied from a wiki page's title: ``ES:Reunión informal 20211109`` (OpenStreetMap's wiki names a
Spanish page "ES:…" and dates a meeting's minutes with an id). The language namespace is the wiki's filing, not the
title, and a date written as an id at the title's end or start is the notes' date: the title is "Reunión informal",
the date 2021-11-09 (the cover shows it once, as a date).

A namespace is read only where it names the notes' own language (``lang``, detected from their words) and runs on
into the title without a space ("ES:Reunión", not "Q: Why?" nor "AI: the future"); a date id only where it is a
date (``20211109``, ``2021-11-09``), the title keeps words of its own, and the notes' header dates nothing else.
"""
from __future__ import annotations

import re

from .dates import parse_date

_NAMESPACE = re.compile(r"(?P<code>[A-Za-z]{2})(?:[-_][A-Za-z]{2,4})?:(?=[^\W\d_])")
_DATE_ID = re.compile(r"(?:^|\s)(?P<id>(?:19|20)\d\d([-_.]?)(?:0[1-9]|1[0-2])\2(?:0[1-9]|[12]\d|3[01]))(?:\s|$)")


def page_title(title: str, lang: str, date: str | None) -> tuple[str, str | None]:
    """``title`` without a wiki's language namespace and a date id (see the module doc), and the date that id
    gives (ISO; None when it gives none). ``date`` is the header's, if any: an id of another date stays."""
    found = _NAMESPACE.match(title)
    if found and found.group("code").lower() == lang.lower():
        title = title[found.end():]
    dated = None
    for match in list(_DATE_ID.finditer(title))[-1:]:
        rest = " ".join((title[:match.start("id")] + " " + title[match.end("id"):]).split())
        read = parse_date(_iso(match.group("id")))
        at_edge = match.start("id") == 0 or match.end("id") == len(title)
        if read and at_edge and date in (None, read) and any(c.isalpha() for c in rest):
            title, dated = rest.strip(" -–—:|,"), read
    return title, dated


def _iso(stamp: str) -> str:
    """``20211109`` as ``2021-11-09`` (the date reader reads the ISO form)."""
    digits = re.sub(r"\D", "", stamp)
    return f"{digits[:4]}-{digits[4:6]}-{digits[6:]}"
