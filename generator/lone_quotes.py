"""A topic's one quote on its topic's slide, not a slide alone.

A quote slide right after the deck slide of its topic's points, the only quote slide of that topic,
says one line the points slide has room for: the deck shows it there, as the points slide's last
point ("“Whoever becomes the leader in artificial intelligence…” — Vladimir Putin", with its time), and
no slide of its own. The report keeps both slides as they were.
"""
from __future__ import annotations

from collections import Counter

from .deck_twin import split, words
from .document import Bullet, Document, Slide
from .headline import count_words


def quotes_on_their_topics(document: Document, most_words: int) -> Document:
    """``document`` whose deck shows each topic's one quote slide that follows its topic's points slide
    on that slide, where the two fit within ``most_words`` words (0: no limit): see the module doc."""
    slides = list(document.slides)
    deck = [i for i, s in enumerate(slides) if s.deck]
    quoted = Counter(slides[i].topic for i in deck if slides[i].layout == "quote")
    joined: dict[int, Slide] = {}
    for before, i in zip(deck, deck[1:]):
        quote, points = slides[i], slides[before]
        if (quote.layout == "quote" and quote.topic and quoted[quote.topic] == 1 and points.layout == "bullets"
                and points.topic == quote.topic and before not in joined
                and (not most_words or words(points.bullets) + count_words(quote.text) <= most_words)):
            line = Bullet(text=f"{quote.text} — {quote.attribution}" if quote.attribution else quote.text,
                          at=quote.at if quote.at != points.at else None)
            joined[before] = points.model_copy(update={"bullets": [*points.bullets, line],
                                                       "notes": f"{points.notes} {quote.notes}".strip()})
            slides[i] = quote.model_copy(update={"deck": False})
    if not joined:
        return document
    out = [part for k, s in enumerate(slides) for part in (split(s, joined[k], "", "") if k in joined else [s])]
    return document.model_copy(update={"slides": [s for s in out if s.deck or s.report]})
