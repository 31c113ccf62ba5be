"""A title's number is shown on its slide (review 14, finding 5).

A topic's message may say its key figure ("DeepSeek's models are 27x cheaper than competitors, through …")
while the figure's own slide leaves the deck, said once by that title or by the bottom line (said_once.py):
the slide then claims a number its body never shows. The slide of one key figure that follows such a slide
of points (no figure or chart of its own) and shows the number its title says and its points do not stays in
the deck: the writer sets it in a band under the points where it fits (the evidence for the title), else it
is the next slide. A figure whose sentence is the title (no key word of the title but the figure's value and label
say it: "Returned $89 million to shareholders…" over "$89 million / Returned to shareholders…"), or whose
label the title states (title_numbers.with_number's "…: DeepSeek's models cheaper than competitors 27x"), is
not shown twice.
"""
from __future__ import annotations

from .deck_twin import texts
from .figure_facts import key_words
from .document import Slide
from .inline import plain


def _plain_title(title: str) -> str:
    return " ".join(plain(title).split()).rstrip(" .")


def titled_figures(slides: list[Slide]) -> list[Slide]:
    """``slides`` with each deck slide of points whose title says a key figure of its topic that its body does
    not show followed in the deck by that figure's own slide (see the module doc)."""
    shown = {n + 1 for n, s in enumerate(slides) if _titles(s, slides[n + 1] if n + 1 < len(slides) else None)}
    return [s.model_copy(update={"deck": True}) if n in shown else s for n, s in enumerate(slides)]


def _titles(slide: Slide, after: Slide | None) -> bool:
    """Whether ``after``, a slide of one key figure the deck leaves out, shows the number ``slide``'s title says and
    its points do not (see the module doc)."""
    if (after is None or after.deck or after.layout != "big_number" or len(after.figures) != 1
            or not slide.deck or slide.layout != "bullets" or slide.role or slide.figures or slide.chart
            or not slide.topic or after.topic != slide.topic):
        return False
    title, value = _plain_title(slide.title), plain(after.figures[0].value).strip()
    body = " ".join(plain(t) for t in texts(slide.bullets))
    label = _plain_title(after.figures[0].label)
    return (bool(value) and value in title and value not in body and label.casefold() not in title.casefold()
            and bool(key_words(title) - key_words(f"{value} {label}")))
