"""A slide's body never says its title again (issue #21, review 17; review 18 finding 5).

A point taken whole as its slide's title stays under it where the other lines do not back it
(title_backing.evidenced), so the slide read "Birth rates are globally decreasing and at historical lows"
over "Birth rates are globally decreasing and at historical lows.": a reader sees padding. On a deck slide of
points titled by a statement (a kicker above it), a line that says the title again (title_backing.echoes)
leaves the deck's slide (the report keeps it, deck_twin.split), its time staying as the slide's (the title's
time line) where the slide has none:

- where the line states a figure (``figure_of``: "Exports rose 12% year-over-year to $4.5 billion") that no other
  slide of the deck says (a figure once a deck, review 14; a line that says this slide's title whole, the bottom
  line summing up the titles, is no other saying: the presentability rule repeated-figure reads it so too) and the
  slide shows none nor joins the next one's (writers/pptx/pages._joined; title_figure.py first makes a line of a
  next figure that is not the title's), its evidence in another form: the figure in the band under the points, its
  value over what it measures ("$4.5 billion" / "Exports rose 12% year-over-year"), the line's other sentences
  staying as lines where the title does not say them too (a contrast of two sentences the title joins);
- else it goes: said again word for word, it is no evidence of the title (review 18: AMD's "Revenue grew 36%…",
  allin's "Birth rates are globally decreasing…" under themselves), unless the slide would keep fewer than FEW
  statements and no figure (a near-empty slide, the few-lines rule, reads worse than the line said twice).
"""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial

from .chart_context import _statements
from .deck_twin import split, texts
from .document import Bullet, KeyFigure, Slide
from .headline import count_words, sentences
from .inline import plain
from .quantities import QUANTITY
from .title_backing import backed, echoes

FEW = 3  # statements a slide keeps at least once the line goes (the few-lines rule: fewer look near-empty)
MOST_LABEL = 12  # words of a figure's label at most (a longer one does not fit the band beside its value)
LEAST_AFTER = 2  # words after a value inside a phrase that label it at least ("on cranes"; "cranes" alone names less)
_LED = re.compile(r"\s*\b(?:to|of|at|by|reached|reaches|hit|hits)\s*$", re.IGNORECASE)  # (words that only led to the value)
_RATE = re.compile(r"\s+(?:a|an|per|each)\s+[^\W\d_]+", re.IGNORECASE)  # (what a value is counted by: "£38 a year")


def unechoed(slides: list[Slide], also: str) -> list[Slide]:
    """``slides`` with no deck slide of points showing a line that says its title again (see the module doc)."""
    out: list[Slide] = []
    for n, slide in enumerate(slides):
        after = slides[n + 1] if n + 1 < len(slides) else None
        joins = after is not None and after.deck and after.layout == "big_number" and after.topic == slide.topic
        quoted = next((s.layout == "quote" and s.topic == slide.topic for s in slides[n + 1:] if s.deck), False)
        out += _unechoed(slide, also, partial(_free, joins, slides, n), int(quoted))
    return out


def _free(joins: bool, slides: list[Slide], at: int, value: str) -> bool:
    """Whether a figure of ``value`` may show in its band on the slide at ``at`` of ``slides``: no next slide's
    figure ``joins`` it, and no other deck slide says it (read only for a slide that has such a line)."""
    others = [s for i, s in enumerate(slides) if i != at and s.deck]
    return not joins and not said_in(value, _titled(slides[at].title, others))


def said_in(value: str, slides: list[Slide]) -> bool:
    """Whether a title, point or key figure of ``slides`` says the number of ``value`` (a figure once a deck)."""
    number = re.escape(value.split()[0])
    pattern = re.compile(rf"(?<![\w.,]){number}(?![\w]|[.,]\d)")
    return any(pattern.search(plain(t)) for s in slides for t in (s.title, *texts(s.bullets), *(f.value for f in s.figures)))


def _titled(title: str, slides: list[Slide]) -> list[Slide]:
    """``slides`` without the lines that say ``title`` whole (the bottom line's item that a slide's title states)."""
    said = _bare(title)
    return [s.model_copy(update={"bullets": [b for b in s.bullets if _bare(b.text) != said]}) for s in slides]


def _bare(text: str) -> str:
    """``text`` as plain words, its closing stop and case aside."""
    return " ".join(plain(text).split()).rstrip(" .;").casefold()


def _unechoed(slide: Slide, also: str, free: Callable[[str], bool], quoted: int = 0) -> list[Slide]:
    """The slide, or its report-only original and a deck twin without the line that says its title (a figure
    in its band only where ``free`` lets its value show there: no other slide says it, none joins the band; ``quoted``:
    the topic's quote that follows, which its points may take, lone_quotes.py, one statement more)."""
    if not slide.deck or slide.layout != "bullets" or not slide.kicker or slide.role or slide.chart:
        return [slide]
    at = next((i for i, b in enumerate(slide.bullets) if echoes(slide.title, b.text)), None)
    if at is None:
        return [slide]
    echo, rest = slide.bullets[at], [*slide.bullets[:at], *slide.bullets[at + 1:]]
    timed = {"at": slide.at or echo.at}
    found = None if slide.figures or (rest and backed(slide.title, texts(rest))) else figure_of(echo.text)
    if found is None or not free(found[0]):
        bullets = [*slide.bullets[:at], *echo.children, *slide.bullets[at + 1:]]
        if not slide.figures and _statements(bullets) + quoted < FEW:
            return [slide]  # (a slide left near-empty, few-lines, is worse than the line: it stays)
        return split(slide, slide.model_copy(update={"bullets": bullets, **timed}), "", also)
    value, label, others = found
    lines = [Bullet(text=t) for t in others if _bare(t) not in _bare(slide.title)]  # (a sentence the title says too)
    bullets = [*slide.bullets[:at], *lines, *echo.children, *slide.bullets[at + 1:]]
    figure = KeyFigure(value=value, label=label, at=echo.at)
    return split(slide, slide.model_copy(update={"bullets": bullets, "figures": [figure], **timed}), "", also)


def figure_of(text: str) -> tuple[str, str, list[str]] | None:
    """The figure a line states in its first sentence, as (value, label, its other sentences), or None: the one
    salient quantity (importer.evidence.salient), else, of a sentence that says a change and then a level ("Revenue
    grew 36% year-over-year to $9.2 billion"), its last amount of money over the rest of the sentence ("Revenue grew
    36% year-over-year"). A label of more than MOST_LABEL words gives none."""
    from .importer.evidence import salient  # (here: a build that never asks imports no importer, ~2 ms cold)

    said = sentences(plain(text)) or [plain(text)]
    first = said[0].rstrip(" .;")
    found = _rated(first) or unholed(first, salient(first)) or _level(first)
    if found is None or not (found[1] or found[0] in first) or count_words(found[1]) > MOST_LABEL:
        return None
    return found[0], found[1], [s.lstrip(" ;") for s in said[1:]]


def unholed(sentence: str, found: tuple[str, str] | None) -> tuple[str, str] | None:
    """``found`` (value, label), where the value sat inside a phrase of ``sentence`` (words each side of it in one
    clause) labelled by the words that follow it in its clause instead: the label cut around it would read as a
    sentence with a hole ("The US is spending on semiconductors within our borders" under "52 billion", review 19),
    and no label leaves a bare number (review 21); "52 billion" / "On semiconductors within our borders" reads as the
    notes' phrase, its first letter a capital ("On semiconductors…"). A value with fewer than LEAST_AFTER words after it
    shows alone."""
    at = sentence.find(found[0]) if found else -1
    if found is None or at < 0:
        return found
    before, after = sentence[:at].strip(), sentence[at + len(found[0]):]
    holed = before and not before.endswith((":", ",", ";", "(")) and re.match(r"\s+[^\W\d_]", after)
    if not holed:
        return found
    following = " ".join(re.split(r"[,;:(]", after)[0].split()).rstrip(" .!?")
    # (opening on a capital, as a label does: a line opening in lower case reads as a sentence's broken tail)
    return found[0], following[:1].upper() + following[1:] if LEAST_AFTER <= count_words(following) <= MOST_LABEL else ""


def _rated(sentence: str) -> tuple[str, str] | None:
    """The one salient value of ``sentence`` with the rate it is counted by ("£38 a year") over the rest of the
    sentence ("Average household bills would rise"), or None: cut from the value alone, the label would read
    "would rise a year"."""
    from .importer.evidence import salient

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

