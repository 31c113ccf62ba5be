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
"""
from __future__ import annotations

from .deck_twin import lines, split, texts
from .document import KeyFigure, Slide
from .figure_labels import mentions
from .headline import sentences
from .importer.evidence import salient
from .inline import plain

SPARSE = 3  # lines of points a slide shows at most for the bottom line's figure to be its band


def sparse_bands(slides: list[Slide], also: str) -> list[Slide]:
    """``slides`` with each sparse evidence slide showing the figure the bottom line states (see the module doc)."""
    summary = [plain(t) for s in slides if s.deck and s.role == "summary" for t in texts(s.bullets)]
    if not summary:
        return slides
    out: list[Slide] = []
    for n, slide in enumerate(slides):
        value = _value(slide, summary) if _sparse(slide, slides[n + 1:]) else ""
        if value and not any(mentions(text, value) for m, s in enumerate(slides) if s.deck and m != n
                             and s.role != "summary" and s.layout not in ("title", "section") for text in _said(s)):
            out += split(slide, slide.model_copy(update={"figures": [KeyFigure(value=value, label="")]}), "", also)
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
    for text in texts(slide.bullets):
        for sentence in sentences(plain(text)) or [plain(text)]:
            found = salient(sentence)
            if found and any(mentions(item, found[0]) for item in summary):
                return found[0]
    return ""


def _said(slide: Slide) -> list[str]:
    """What a slide says: its title, points and figures."""
    return [plain(slide.title), *map(plain, texts(slide.bullets)), *(plain(f.value) for f in slide.figures)]
