"""The sources a page names: a source with no address and no description whose name only repeats the briefing's
title names nothing (review 19: amd's and cliff's reports had a "Sources" heading over the notes' own title, guide's
About slide "Source: " + the deck's title). Such a source is left out of the cover, the About slide and the report's
sources appendix; its times still show (without links), as every source's do."""
from __future__ import annotations

import re

from .inline import plain
from .template_names import template_filter

_NOT_WORD = re.compile(r"\W+")


def _key(text: str) -> str:
    """``text`` as compared with a title: its words only, case folded."""
    return " ".join(_NOT_WORD.sub(" ", plain(text or "").casefold()).split())


def names_something(name: str, url: str | None, description: str | None, title: str) -> bool:
    """Whether a source says more than the title already does: it has an address, a description, or another name."""
    return bool(url or (description or "").strip() or _key(name) != _key(title))


@template_filter("named_sources")
def named_sources(sources: list, title: str, by_name: bool = False) -> list:
    """The template's ``sources`` (dicts) that name something besides ``title`` (see the module doc); ``by_name``: by
    their names alone, where a page shows only the name (the About slide's "Source: " line: review 21, allin's report
    said "Source: The All-In Summit 2022 – Takeaways", its own title, for a source whose description is a show blurb)."""
    return [s for s in sources if names_something(s.get("name", ""), None if by_name else s.get("url"),
                                                  None if by_name else s.get("description"), title)]


def listed_sources(doc) -> list:
    """The Document's sources that name something besides its title (see the module doc)."""
    return [s for s in doc.sources if names_something(s.name, s.url, s.description, doc.title)]
