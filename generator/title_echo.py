"""A slide's body never says its title again (issue #21, review 17).

A point taken whole as its slide's title stays under it where the other lines do not back it
(title_backing.evidenced), so the slide read "Birth rates are globally decreasing and at historical lows"
over "Birth rates are globally decreasing and at historical lows.": a reader sees padding. On a deck slide of
points titled by a statement (a kicker above it), a line that says the title again (title_backing.echoes)
leaves the deck's slide (the report keeps it, deck_twin.split):

- where what else the slide shows backs the title (title_backing.backed), the title alone carries it;
- else, where the line states a figure (``figure_of``: "The US is spending 52 billion on semiconductors…") and
  the slide shows none, its evidence in another form: the figure in the band under the points, its value over
  what it measures ("52 billion" / "The US is spending on semiconductors within our borders"), the line's
  other sentences staying as lines;
- else, where another point of the slide (a whole statement of its own, whole_titles.whole_title) is a title
  that the rest of the slide backs, that line titles it and the line that said the old title is its evidence
  (``_retitled``): a title the remaining lines back;
- else it stays: the title must be backed, and the slide has nothing else that backs it.
"""
from __future__ import annotations

import re

from .deck_twin import split, texts
from .document import Bullet, KeyFigure, Slide
from .headline import count_words, sentences
from .importer.evidence import salient
from .inline import plain
from .quantities import QUANTITY
from .title_backing import backed, echoes
from .whole_titles import whole_title

MOST_LABEL = 12  # words of a figure's label at most (a longer one does not fit the band beside its value)
_LED = re.compile(r"\s*\b(?:to|of|at|by|reached|reaches|hit|hits)\s*$", re.IGNORECASE)  # (words that only led to the value)
_RATE = re.compile(r"\s+(?:a|an|per|each)\s+[^\W\d_]+", re.IGNORECASE)  # (what a value is counted by: "£38 a year")


def unechoed(slides: list[Slide], also: str, words: dict) -> list[Slide]:
    """``slides`` with no deck slide of points showing a line that says its title again (see the module doc)."""
    return [part for slide in slides for part in _unechoed(slide, also, words)]


def _unechoed(slide: Slide, also: str, words: dict) -> list[Slide]:
    """The slide, or its report-only original and a deck twin without the line that says its title."""
    if not slide.deck or slide.layout != "bullets" or not slide.kicker or slide.role or slide.chart:
        return [slide]
    at = next((i for i, b in enumerate(slide.bullets) if echoes(slide.title, b.text)), None)
    if at is None:
        return [slide]
    echo, rest = slide.bullets[at], [*slide.bullets[:at], *slide.bullets[at + 1:]]
    shown = [f"{f.value} {f.label}" for f in slide.figures]
    if rest and backed(slide.title, [*texts(rest), *shown]):
        bullets = [*slide.bullets[:at], *echo.children, *slide.bullets[at + 1:]]
        return split(slide, slide.model_copy(update={"bullets": bullets}), "", also)
    found = None if slide.figures else figure_of(echo.text)
    if found is None:
        retitled = _retitled(slide, at, shown, words)
        return split(slide, retitled, "", also) if retitled else [slide]
    value, label, others = found
    lines = [Bullet(text=t) for t in others]
    bullets = [*slide.bullets[:at], *lines, *echo.children, *slide.bullets[at + 1:]]
    figure = KeyFigure(value=value, label=label, at=echo.at)
    return split(slide, slide.model_copy(update={"bullets": bullets, "figures": [figure]}), "", also)


def figure_of(text: str) -> tuple[str, str, list[str]] | None:
    """The figure a line states in its first sentence, as (value, label, its other sentences), or None: the one
    salient quantity (importer.evidence.salient), else, of a sentence that says a change and then a level ("Revenue
    grew 36% year-over-year to $9.2 billion"), its last amount of money over the rest of the sentence ("Revenue grew
    36% year-over-year"). A label of more than MOST_LABEL words gives none."""
    said = sentences(plain(text)) or [plain(text)]
    first = said[0].rstrip(" .;")
    found = _rated(first) or salient(first) or _level(first)
    if found is None or not found[1] or count_words(found[1]) > MOST_LABEL:
        return None
    return found[0], found[1], [s.lstrip(" ;") for s in said[1:]]


def _rated(sentence: str) -> tuple[str, str] | None:
    """The one salient value of ``sentence`` with the rate it is counted by ("£38 a year") over the rest of the
    sentence ("Average household bills would rise"), or None: cut from the value alone, the label would read
    "would rise a year"."""
    value = (salient(sentence) or ("", ""))[0]
    at = sentence.find(value) if value else -1
    rate = _RATE.match(sentence, at + len(value)) if at >= 0 else None
    if rate is None:
        return None
    label = (_LED.sub("", sentence[:at]) + " " + sentence[rate.end():]).strip(" ,;.")
    return sentence[at:rate.end()], " ".join(label.split())


def _level(sentence: str) -> tuple[str, str] | None:
    """The last amount of money of ``sentence`` and the sentence without it (nor the word that led to it), or None."""
    money = [m for m in QUANTITY.finditer(sentence) if m.group("cur")]
    if not money:
        return None
    m = money[-1]
    label = (_LED.sub("", sentence[:m.start()]) + " " + sentence[m.end():]).strip(" ,;.")
    return m.group(0).strip(), " ".join(label.split())


def _retitled(slide: Slide, echo: int, shown: list[str], words: dict) -> Slide | None:
    """``slide`` titled by the first of its other points without sub-points that is a whole title (whole_title)
    which the rest of the slide (its figures ``shown`` too) backs and no line of it says again, that point off
    its lines; or None (see the module doc)."""
    for i, point in enumerate(slide.bullets):
        title = "" if i == echo or point.children else whole_title(plain(point.text).rstrip(" ."), words)
        rest = [*slide.bullets[:i], *slide.bullets[i + 1:]]
        if title and backed(title, [*texts(rest), *shown]) and not any(echoes(title, t) for t in texts(rest)):
            return slide.model_copy(update={"title": title, "bullets": rest})
    return None
