"""The big number under a title is the title's figure (review 18 finding 5).

A slide of points is followed by its topic's slide of one key figure, which the deck's writer sets in a band
under the points (writers/pptx/pages._joined): the figure then reads as the evidence of the title over it. A
figure the title does not name reads as the slide's headline all the same: "$50B in US CHIPS Act subsidies" under
"TSMC dominates advanced chip manufacturing…", "54%" (gross margin) under "Revenue grew 36% year-over-year to
$9.2 billion". Such a figure is the title's where the title says its value (figure_facts.saying) or a key word of
what it measures (figure_facts.measures: its label, the change it carries left out) and states no other amount of
its kind (review 19: "$89 million" / "Returned to shareholders through share repurchases" is not the figure of "$1.3
billion in share repurchases for the first three quarters of 2025": same measure, another sum); else its slide leaves the
deck (the report keeps it) and its sentence (the figure slide's title, which states it) is a line of the points.
A figure followed by its topic's chart stays: the points and the figure may join the chart's slide as its context,
under the chart's title (chart_context.py), and a line more would keep them from it.
"""
from __future__ import annotations

from .deck_twin import split, texts
from .document import Bullet, KeyFigure, Slide
from .figure_facts import key_words, measures, saying
from .inline import plain
from .more_lines import more_count
from .quantities import quantity_of, said_quantities, stated


def titled_bands(slides: list[Slide], also: str, lang: dict) -> list[Slide]:
    """``slides`` with each figure that would join a deck slide of points whose title does not name it (see the
    module doc) made a line of those points (a deck twin, deck_twin.split; before a last line "And N more" of
    ``lang``, more_lines), its own slide left to the report."""
    deck = [n for n, s in enumerate(slides) if s.deck]
    charted = {a for a, b in zip(deck, deck[1:]) if slides[b].chart and slides[b].topic == slides[a].topic}
    lined = dict((a, b) for a, b in zip(deck, deck[1:]) if _lined(slides[a], slides[b]) and b not in charted)
    own = {b: f for a, b in lined.items() if (f := _title_own(slides[a], slides[b]))
           and not any(_same_fact(f.value, slides[a].title, s) for m, s in enumerate(slides)
                       if s.deck and m not in (a, b))}  # (a value shown once in the deck)
    out: list[Slide] = []
    for n, slide in enumerate(slides):
        if n in own:  # (the title's own figure is the band, review 19: "$1.3 billion", not "$89 million")
            out += split(slide, slide.model_copy(update={"figures": [own[n]], "notes": ""}), "", also)
        elif n in lined.values():
            out += [slide.model_copy(update={"deck": False})] if slide.report else []
        elif n in lined:
            after = slides[lined[n]]
            at = after.figures[0].at or after.at
            line = Bullet(text=plain(after.title).strip(), at=None if at and slide.at and at.seconds == slide.at.seconds else at)
            out += split(slide, _lined_copy(slide, line, lang), "", also)
        else:
            out.append(slide)
    return out


def _same_fact(value: str, title: str, slide: Slide) -> bool:
    """Whether a line of ``slide`` (its title, a point) says ``value`` with a key word of ``title``, the sentence that
    states it: the same fact ("$1.3 billion" of Gaming revenue is not the "$1.3 billion in share repurchases…" of
    another slide's title: review 20, AMD's technical deck kept the repurchases' slide without its figure)."""
    said, words = saying([value]), key_words(title)
    return any(said(text) and key_words(text) & words
               for text in [plain(slide.title), *map(plain, texts(slide.bullets))])


def _lined_copy(slide: Slide, line: Bullet, lang: dict) -> Slide:
    """``slide`` with ``line``: a two-column slide's in the column it shares most key words with (else the last)."""
    if slide.layout != "two_column":
        return slide.model_copy(update={"bullets": _with_line(slide.bullets, line, lang)})
    said = key_words(line.text)
    shares = [len(said & key_words(" ".join([c.title, *texts(c.bullets)]))) for c in slide.columns]
    most = max(shares, default=0)
    at = shares.index(most) if most else len(slide.columns) - 1
    column = slide.columns[at].model_copy(update={"bullets": _with_line(slide.columns[at].bullets, line, lang)})
    return slide.model_copy(update={"columns": [*slide.columns[:at], column, *slide.columns[at + 1:]]})


def _with_line(bullets: list[Bullet], line: Bullet, lang: dict) -> list[Bullet]:
    """``bullets`` with ``line``: under the list it shares most key words with ("US efforts:" for "$50B in US CHIPS Act
    subsidies"), else last (before a last line "And N more" of ``lang``, more_lines)."""
    said = key_words(line.text)
    shares = [len(said & key_words(" ".join(texts([b])))) if b.children else 0 for b in bullets]
    most = max(shares, default=0)
    if most:
        at = shares.index(most)
        group = bullets[at].model_copy(update={"children": [*bullets[at].children, line]})
        return [*bullets[:at], group, *bullets[at + 1:]]
    cut = len(bullets) - int(bool(bullets) and more_count(bullets[-1].text, lang) is not None)
    return [*bullets[:cut], line, *bullets[cut:]]


def _title_own(slide: Slide, after: Slide) -> KeyFigure | None:
    """Where ``after``'s figure is another amount of the kind ``slide``'s title states (_other_amount), the title's
    amount as the band under it (review 19: "$1.3 billion", not "$89 million", under "$1.3 billion in share
    repurchases…"), its label left to the title, which is its sentence; else None."""
    title, value = plain(slide.title), plain(after.figures[0].value).strip()
    quantity = quantity_of(value)
    if quantity is None or not _other_amount(title, value):
        return None
    found = next(((start, end) for start, end, q in said_quantities(title) if (q[0], q[3]) == (quantity[0], quantity[3])
                  and q in stated(title)), None)
    return KeyFigure(value=title[found[0]:found[1]], label="") if found else None


def _lined(slide: Slide, after: Slide) -> bool:
    """Whether ``after``, a deck slide of one key figure of ``slide``'s topic, would join the points of ``slide``
    (a deck slide of points titled by a statement) with a figure its title does not name."""
    if (not slide.deck or slide.layout not in ("bullets", "two_column") or not slide.kicker or slide.role or slide.figures
            or slide.chart or not slide.topic or not after.deck or after.layout != "big_number"
            or len(after.figures) != 1 or after.topic != slide.topic):
        return False
    figure = after.figures[0]
    title = plain(slide.title)
    if saying([plain(figure.value)])(title):
        return False
    return not measures(title, plain(figure.label)) or _other_amount(title, plain(figure.value))


def _other_amount(title: str, value: str) -> bool:
    """Whether ``title`` states an amount of the kind of ``value`` (the same currency and unit: money, a percent, a
    count), which then is not ``value`` (the caller has checked that the title does not say it): the title claims
    another figure than the one the band would show."""
    quantity = quantity_of(value)
    return quantity is not None and any((q[0], q[3]) == (quantity[0], quantity[3]) for q in stated(title))
