"""A topic headed by the deck's own title is titled by its first statement (review 20's leftover: panel-civo).

Notes of one paragraph without a heading give their topic the deck's title (the importer has no other name for it);
its slide was then titled as the cover is, and told apart from it by "(2)" only (writers/common.unique_titles). Where
no statement of the topic titles its slide (titles.strongest left the heading: its points describe the recording),
its first point that a title can say whole, as a sentence or its leading clause (headline.headline, never one cut
with "…"), titles it instead ("The conversation covers a broad spectrum of topics, including generative AI"), the
heading then the kicker only where it is not the deck's title. Nothing is written that the notes did not say.
"""
from __future__ import annotations

from .headline import headline, unstopped
from .inline import plain
from .template_names import template_filter
from .whole_titles import MOST_WORDS


@template_filter("own_title")
def own_title(topic: dict, title: str, kicker: str, deck_title: str) -> dict:
    """The slide's ``title`` and ``kicker`` for ``topic``: as given, or, where the title is the deck's (``deck_title``),
    the topic's first point a title says whole (see the module doc), without a kicker."""
    if " ".join(title.split()) != " ".join(deck_title.split()):
        return {"title": title, "kicker": kicker}
    for point in topic["points"]:
        said, rest = headline(plain(point["text"]), MOST_WORDS)
        if said and not said.endswith("…"):
            return {"title": unstopped(said), "kicker": ""}
    return {"title": title, "kicker": kicker}
