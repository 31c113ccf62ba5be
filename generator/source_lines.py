"""The deck's Sources slide: each source named by its title, the title linked, never its raw address as a line.

A deck ends on its point, then the sources (issue #21 item 6): a Sources slide of addresses
("https://traffic.libsyn.com/lescastcodeurs/LesCastCodeurs-Episode-340.mp3" under "libsyn.com — enregistrement
audio") reads as a list of links where the deck should have ended on what it means (review 18's finding 4). So each
source is one line, its name linked to its address (what a reader clicks is the title), and under it the first sentence
of its description where that says what the source is, not what the show is (is_aside_sentence: "This conversation is
part of the Artificial Intelligence podcast." is the podcast's boilerplate, said for every episode) nor sells
(is_promotion). The report's appendix keeps the addresses written out (a printed page cannot be clicked), and every
timestamp still links into the sources: they are not changed, only how the slide names them.
"""
from __future__ import annotations

import re

from .inline import plain
from .sentence_kinds import is_aside_sentence, is_promotion
from .template_names import template_filter

_MARKUP = re.compile(r"([\\\[\]()*`_])")  # characters the inline parser reads as markup: escaped in a name


def _linked(name: str, url: str) -> str:
    """``name`` (shown as written, its markup characters escaped: content is data) as a link to ``url``."""
    shown = _MARKUP.sub(r"\\\1", plain(name).strip()) or url
    return f"[{shown}]({url})"


@template_filter("source_line")
def source_line(src: dict, about: list[str], words: dict) -> dict:
    """The Sources slide's bullet of a source with an address (see the module doc): its name linked, the first of its
    description's sentences ``about`` under it where that states what the source is."""
    said = [s for s in about[:1] if not is_aside_sentence(s, words) and not is_promotion(s, words)]
    return {"text": _linked(src["name"], src["url"]), "children": [{"text": s} for s in said]}
