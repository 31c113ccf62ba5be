"""How a built deck ends (issue #21 item 6, review 18's finding 4: "decks end on nothing, on links, or on a close that
leaves out the outcome"), for the presentability check; each function reads the deck's slides (python-pptx) and
returns (rule, slide, detail) triples, ``presentability.check`` runs them on the built-in audiences' decks.

- ``ends-on-point``: a deck of three slides or more ends on its point, then its sources: the slide before the Sources
  slide (the last slide where there is none) is a close, titled or kicked with a close word of any built-in language
  (conclusion, implications, what it means, where to hear it, where to start) or a closing section's heading ("What to watch",
  "Next steps") — not its evidence, a chapter list or the bottom line.
- ``links-close``: the last slide before the sources is no list of links: at most half of its lines are only a link
  (a linked domain, "medium.com — <its topic>") or a raw address.
- ``raw-source``: no line of the Sources slide is a raw address ("https://traffic.libsyn.com/…"): a source is named by
  its title, the title linked.
"""
from __future__ import annotations

import re

from .deck_economy import _paragraphs, heads
from .deck_storyline import CLOSE, CLOSING_SECTIONS, WORDS

SOURCES = {w["sources"] for w in WORDS}
ENDS = CLOSE | {w[key] for w in WORDS for key in ("where_to_hear", "where_to_start")}
_ADDRESS = re.compile(r"^(?:https?://|www\.)\S+$", re.IGNORECASE)
_SITE = re.compile(r"^(?:[\w-]+\.)+[a-z]{2,}(?:/\S*)?(?:\s+—\s.*)?$", re.IGNORECASE)  # "medium.com — <its topic>"


def _is_sources(slide) -> bool:
    return bool(set(heads(slide)[:1]) & SOURCES)


def _last_content(slides: list) -> int:
    """The index of the slide before the first Sources slide (the last slide where there is none)."""
    first = next((i for i, s in enumerate(slides) if _is_sources(s)), len(slides))
    return first - 1


def ends_on_point(slides: list) -> list[tuple[str, int, str]]:
    """The slide before the sources is a close (see the module doc)."""
    if len(slides) < 3:
        return []
    last = _last_content(slides)
    lines = heads(slides[last]) if last >= 0 else []
    if set(lines) & ENDS or any(CLOSING_SECTIONS.search(line) for line in lines):
        return []
    return [("ends-on-point", last + 1, f"the deck ends on {lines[-1:]}, not on what it means")]


def links_close(slides: list) -> list[tuple[str, int, str]]:
    """The last slide before the sources is no list of links (see the module doc)."""
    last = _last_content(slides)
    if last < 1:
        return []
    paras = _paragraphs(slides[last])
    linked = [p for p in paras if _ADDRESS.match(p["text"]) or (p["linked"] and _SITE.match(p["text"]))]
    if paras and 2 * len(linked) > len(paras):
        return [("links-close", last + 1, f"{len(linked)} of its {len(paras)} lines are links")]
    return []


def raw_sources(slides: list) -> list[tuple[str, int, str]]:
    """No line of a Sources slide is a raw address (see the module doc)."""
    return [("raw-source", n, f"'{p['text'][:60]}' is an address, not a title")
            for n, slide in enumerate(slides, start=1) if _is_sources(slide)
            for p in _paragraphs(slide) if _ADDRESS.match(p["text"])]


def check(slides: list) -> list[tuple[str, int, str]]:
    """Every rule above."""
    return ends_on_point(slides) + links_close(slides) + raw_sources(slides)
