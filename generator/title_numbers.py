"""A slide's title keeps its topic's strongest number where the slide would show none.

A topic's statement that titles its slide may say no quantity ("DeepSeek achieved remarkable cost
efficiency", the summary's sentence that leads into the points) where the topic's statement with the
number is the bottom line's (a title never says an item again word for word: titles.py); the slide then
said no number at all (review 12: "its 27x lost"). Such a title, over a slide whose points say no
quantity and that shows no key figure, gains the topic's weightiest key figure, its value then its label
as the notes give them ("DeepSeek achieved remarkable cost efficiency: 27x cheaper than competitors'
models"), where that fits a title (at most whole_titles.MOST_WORDS words); a label that names its figure on its
own comes first ("…: Gross margin 54%"). A title that names no statement (a heading) is left as it is.
Nothing is written that the notes did not say.
"""
from __future__ import annotations

from .headline import count_words
from .inline import plain
from .titles import point_texts
from .whole_titles import MOST_WORDS
from .weigh import by_weight, has_quantity
from .template_names import template_filter


@template_filter("with_number")
def with_number(stated: dict, topic: dict, shown: list, said: list) -> str:
    """The title of ``stated`` (titles.strongest's slide of ``topic``), with the topic's weightiest key
    figure where the title and its slide say no quantity and no figure of ``shown`` (the topic's figures
    on a slide of their own) stays there: one the bottom line (``said``: its items) says leaves its grid
    (said_once.py); see the module doc. Else the title as it is."""
    title = stated["title"]
    bottom_line = " ".join(plain(p["text"]) for p in said)
    if (not stated["kicker"] or has_quantity(plain(title)) or not topic["figures"]
            or any(plain(f["value"]).strip() not in bottom_line for f in shown)):
        return title
    if any(has_quantity(plain(t)) for t in [stated["summary"] or "", *point_texts(stated["points"])]):
        return title  # (the slide says its number already: the title is over its evidence)
    figure = by_weight(topic["figures"])[0]
    value, label = plain(figure["value"]).strip(), plain(figure["label"]).strip()
    figure_said = f"{label} {value}" if label[:1].isupper() else f"{value} {label}"
    numbered = f"{title.rstrip(' .:;')}: {figure_said}"
    return numbered if count_words(numbered) <= MOST_WORDS else title
