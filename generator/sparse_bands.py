"""A sparse evidence slide shows as its big number the figure the bottom line states (review 19, the lead's decision).

wizeup's "The podcast celebrates its 1000th episode…" was two long sentences, "1000 episodes" inside the first, while
the bottom line said "1000 episodes and a billion views mark seven years…": the number the claim rests on stayed in a
sentence. A deck slide of points titled by a statement (a kicker above it) that shows at most SPARSE lines and no
figure, chart or table, and that no figure slide of its topic joins, shows in its band the figure one of its points
states (importer.evidence.salient: one salient quantity) where the deck's summary (the bottom line) states that value
too: that is the evidence behind the summary's claim, not a repetition (the presentability rule repeated-figure reads
it so: tests/deck_economy.repeated_figures). The band has no label of its own (the value says what it counts, the point
beside it says the rest: a label cut out of the sentence would read with a hole); no other deck slide may say the
value (a figure once a deck; a cover's or a divider's title names the briefing: "Reflecting on 1000 episodes…"). The
point stays: the report and the handout are as before.

A band says what the title does not (review 20): a number the slide's own title states ("1000 episodes" under "The
podcast celebrates its 1000th episode…"; "52 billion" under "The US is spending 52 billion on semiconductors…") is no
band, the title shows it; the band is then the next figure the points and the bottom line state, a quantity written
with a scale word too ("a billion views": WORDED), or none: the band a pass before set that the title states leaves,
but under a title that is the bottom line's item, whose one evidence in the deck's body it is (allin's "52 billion":
the notes say nothing else of it).

A sparse slide whose points state one figure the bottom line does not, under a title that states no number, shows
that figure in its band too (review 21: allin's "600 million by 2095" stayed inside a 25-word sentence under "Birth
rates are globally decreasing and at historical lows"): the one salient quantity of its points, a remark in
brackets aside (a second number there compares: "(the Chinese population is currently 1.4 billion)").
"""
from __future__ import annotations

import re

from .deck_twin import lines, split, texts, words
from .document import KeyFigure, Slide
from .figure_labels import mentions
from .headline import count_words, sentences
from .inline import plain
from .title_echo import MOST_LABEL, unholed

SPARSE = 3  # lines of points a slide shows at most for the bottom line's figure to be its band
# a quantity written with an article and a scale word ("a billion views", "one million users"): no digits to read
WORDED = re.compile(r"(?<!\w)(?:an?|one)\s+(?:thousand|million|billion|trillion)\s+[^\W\d_]+", re.IGNORECASE)
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_BRACKETED = re.compile(r"\s*\([^()]*\)")  # a remark in brackets: a second number there compares, it is no figure


def sparse_bands(slides: list[Slide], also: str, most: int = 0) -> list[Slide]:
    """``slides`` with each sparse evidence slide showing the figure the bottom line states (see the module doc); a
    figure of its points alone only within ``most`` words of the slide (0: no limit), its label left off first."""
    summary = [plain(t) for s in slides if s.deck and s.role == "summary" for t in texts(s.bullets)]
    out: list[Slide] = []
    for n, slide in enumerate(slides):
        if (slide.deck and len(slide.figures) == 1 and not slide.figures[0].label
                and titled(slide.title, slide.figures[0].value) and not _summarised(slide.title, summary)):
            slide = slide.model_copy(update={"figures": []})  # (the band says the title's number again)
        sparse = _sparse(slide, slides[n + 1:])
        figure = (KeyFigure(value=v, label="") if (v := _value(slide, summary)) else _within(_lone(slide), slide, most)
                  ) if sparse else None
        if figure and not any(mentions(text, figure.value) for m, s in enumerate(slides) if s.deck and m != n
                              and s.role != "summary" and s.layout not in ("title", "section") for text in _said(s)):
            out += split(slide, slide.model_copy(update={"figures": [figure]}), "", also)
        else:
            out.append(slide)
    return out


def _sparse(slide: Slide, after: list[Slide]) -> bool:
    """Whether ``slide`` is a deck slide of a few points under a statement, with no evidence of another form and no
    figure slide of its topic joining it next."""
    following = next((s for s in after if s.deck), None)
    joins = following is not None and following.layout == "big_number" and following.topic == slide.topic
    return (slide.deck and slide.layout == "bullets" and bool(slide.topic) and bool(slide.kicker) and not slide.role
            and not (slide.figures or slide.chart or slide.table) and 0 < lines(slide.bullets) <= SPARSE and not joins)


def _value(slide: Slide, summary: list[str]) -> str:
    """The first figure a point of ``slide`` states (its one salient quantity) that the summary states too, or ""."""
    from .importer.evidence import salient  # (here: a build that never asks imports no importer, ~2 ms cold)

    for text in texts(slide.bullets):
        for sentence in sentences(plain(text)) or [plain(text)]:
            found = [*(f[0] for f in [salient(sentence)] if f), *(m.group() for m in WORDED.finditer(sentence))]
            value = next((v for v in found if not titled(slide.title, v) and any(mentions(i, v) for i in summary)), "")
            if value:
                return value
    return ""


def _lone(slide: Slide) -> KeyFigure | None:
    """The one figure the points of ``slide`` state (a salient quantity, a remark in brackets aside: "600 million"
    of "…a population of 600 million by 2095 … (the Chinese population is currently 1.4 billion)"), where its title
    states no number: the evidence of a claim in words, which a sentence would hide (review 21); labelled as a line's
    figure is (title_echo.unholed: "by 2095 if you extrapolate current numbers"); else None."""
    from .importer.evidence import salient

    if re.search(r"\d", plain(slide.title)):
        return None
    found = {unholed(bare, f) for text in texts(slide.bullets) for sentence in sentences(plain(text)) or [plain(text)]
             if (f := salient(bare := _BRACKETED.sub("", sentence)))}
    if len(found) != 1:
        return None
    value, label = found.pop() or ("", "")
    return KeyFigure(value=value, label=label if count_words(label) <= MOST_LABEL else "")


def _within(figure: KeyFigure | None, slide: Slide, most: int) -> KeyFigure | None:
    """``figure``, without its label where the slide's words with it run past ``most`` (0: no limit), or None where
    even its value does."""
    said = words(slide.bullets)
    if figure is None or not most or said + count_words(f"{figure.value} {figure.label}") <= most:
        return figure
    return KeyFigure(value=figure.value, label="") if said + count_words(figure.value) <= most else None


def _summarised(title: str, summary: list[str]) -> bool:
    """Whether ``title`` is an item of the bottom line: its band is then the one figure that item rests on in the
    deck's body (review 16 finding 1: every item is backed by a slide's body), which it keeps."""
    said = " ".join(plain(title).split()).rstrip(" .").casefold()
    return any(" ".join(item.split()).rstrip(" .").casefold() == said for item in summary)


def titled(title: str, value: str) -> bool:
    """Whether ``title`` states the number of ``value`` ("1000" of "1000 episodes" in "its 1000th episode"; a worded
    value, "a billion views", where the title says it as written)."""
    numbers = _NUMBER.findall(value)
    if not numbers:
        return mentions(plain(title), value)
    return all(re.search(rf"(?<![\d.,]){re.escape(n)}(?![\d]|[.,]\d)", plain(title)) for n in numbers)


def _said(slide: Slide) -> list[str]:
    """What a slide says: its title, points and figures."""
    return [plain(slide.title), *map(plain, texts(slide.bullets)), *(plain(f.value) for f in slide.figures)]
