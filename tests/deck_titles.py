"""Titles that a slide's body backs, for the presentability check (issue #21, review 16 finding 4).

``title-support``: an action title states the slide's point, and the body under it is its evidence. A
content slide titled by a statement (a kicker above it names the topic; not an agenda, a list or a close, which
the storyline's rules judge, nor an answer under its question, which its lines go on saying) shares with its
body (its lines, figures, chart and table text; not the kicker, the time line nor the footer) a number (no
year) or two key words, one said before the title's first number where it says one, or the body names what
the title counts (generator.title_backing.backed, the rule the generator's titles hold).

``title-echo``: no body line of such a slide says its title again (generator.title_backing.echoes: the same
sentence, or 80% of its key words with every number it says; issue #21, review 17): the body is the title's
evidence, stated in another form (a figure, the detail), never the title word for word. A key figure's value
and label are no line. Each reads the deck's slides (python-pptx) and returns (rule, slide, detail) triples;
``presentability.check`` runs them."""
from __future__ import annotations

from generator.bottom_line import is_statement
from generator.title_backing import backed, echoes

from .deck_colours import A, C, box, shapes_of, table_rows
from .deck_economy import BODY_TOP, _content, _figures, _paragraphs, heads
from .deck_storyline import CLOSE

QUESTION = ("?", "？", "؟")  # a kicker that asks: the slide is its answer

def _chart_text(slide) -> list[str]:
    """The words of a slide's charts (title, categories, series) and of its tables' cells."""
    out: list[str] = []
    for shape in shapes_of(slide):
        if shape.has_chart:  # (its words, its labels and its values: a doughnut of 8 and 248 backs "8 of its 256")
            space = shape.chart._chartSpace
            out += [t.text or "" for t in space.iter(f"{A}t")] + [v.text or "" for v in space.iter(f"{C}v")]
    return out + [cell for row in table_rows(slide) for cell in row]


def _title_kicker(slide) -> tuple[str, str]:
    """A slide's title (the first line above the body, as heads reads it) and the kicker above it (a line of a
    box set higher than the title's; a line under the title, "The notes give the chapters' titles only", is
    none), or ""."""
    above = [(box(shape)[1], line.strip()) for shape in shapes_of(slide) if shape.has_text_frame
             and box(shape)[1] < BODY_TOP for line in shape.text_frame.text.split("\n") if line.strip()]
    lines = heads(slide)
    if not lines:
        return "", ""
    top = next((at for at, line in above if line == lines[0]), 0)
    return lines[0], next((line for at, line in above if at < top and line in lines), "")


def _stated(slide, number: int, agendas: set[int]) -> tuple[str, str]:
    """A content slide's statement title and its kicker (see title_support), or ("", "")."""
    title, kicker = _title_kicker(slide)
    if (not _content(slide) or not kicker or kicker in CLOSE or number in agendas or not is_statement(title)
            or kicker.rstrip().endswith(QUESTION)):  # (an answer titles the rest of itself, under its question)
        return "", ""
    return title, kicker


def title_echo(slides, agendas: set[int] = frozenset()) -> list[tuple]:
    """``title-echo``: no body line of a slide that title_support reads says its title again (see the module doc)."""
    out = []
    for number, slide in enumerate(slides, start=1):
        title, kicker = _stated(slide, number, agendas)
        paras = _paragraphs(slide)
        values = set(_figures(paras))
        labels = {paras[i + 1]["text"] for i, p in enumerate(paras[:-1]) if p["text"] in values}
        out += [("title-echo", number, f"'{p['text'][:60]}' says the title '{title[:40]}' again") for p in paras
                if title and p["text"] not in values | labels | {kicker} and echoes(title, p["text"])]
    return out


def title_support(slides, agendas: set[int] = frozenset()) -> list[tuple]:
    """``title-support``: every statement title (kicked; generator.bottom_line.is_statement: "Leakage by utility",
    a chart's name, states nothing) but a close's, an agenda's or a list's ("The notes give these links":
    ``agendas``, the slides presentability reads as such) is backed by its slide's body."""
    out = []
    for number, slide in enumerate(slides, start=1):
        title, kicker = _stated(slide, number, agendas)
        if not title:
            continue
        body = [p["text"] for p in _paragraphs(slide) if p["text"] != kicker] + _chart_text(slide)
        if not backed(title, body):
            out.append(("title-support", number, f"'{title}' over: {' / '.join(b[:40] for b in body) or 'nothing'}"))
    return out
