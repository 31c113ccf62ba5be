"""A key figure's label as a deck slide shows it: short (review 14: AMD's grid labels ran 18-22 words).

A label carries the change and the share its value's sentence gives (figure_labels.with_change: "Data
Center segment operating income, or 25% of revenue, compared to $1 billion a year ago, or 29% of
revenue"), so the point that says the same leaves the deck for it. Under a big number, a label of more
than LABEL_WORDS words is a paragraph, not a label: the deck shows what it names, its first clause (the
text before its first comma outside brackets and links), and the first clause after it that compares
the value (opened by a word of ``change_marks``: "compared to $1 billion a year ago", "up 40 basis
points"), which says which way it moved, and every clause that says a figure; a comparison that names
no period takes the one a sibling names (figure_labels.with_periods: "compared to $288 million a year
ago"). A clause that says a figure stays (review 15: the segment margins "or 25% of revenue" had gone:
shortening drops words, never figures), so a label whose clauses all say figures stays whole, but for
the words after a figure that repeat those after an earlier one ("or 29% of revenue" after "or 25% of
revenue": "or 29%"); no clause is cut inside. The speaker notes say each label whole, and the report
keeps it whole (the slide's deck twin: deck_twin.split). A label whose
first clause is longer than LABEL_WORDS stays as it is.
"""
from __future__ import annotations

import re

from .clause_bounds import outside
from .deck_twin import split
from .document import Slide
from .figure_labels import with_periods
from .headline import count_words
from .inline import plain, whole_spans
from .key_words import phrases

_FIGURE = re.compile(r"\d[\d,.]*%?")
LABEL_WORDS = 12  # words of a key figure's label a deck slide shows at most, but for its comparison


def short_label(label: str, words: dict) -> str:
    """``label`` as a deck slide shows it, before a sibling's period (see the module doc)."""
    if count_words(plain(label)) <= LABEL_WORDS:
        return label
    whole = whole_spans(label)
    cuts = [m for m in re.finditer(r",\s+", label) if outside(label, m.start(), whole)]
    clauses = [label[a:b].strip() for a, b in zip([0, *(m.end() for m in cuts)], [*(m.start() for m in cuts), len(label)])]
    if count_words(plain(clauses[0])) > LABEL_WORDS:
        return label
    marks = phrases(words, "change_marks")
    change = next((c for c in clauses[1:] if any((" ".join(c.casefold().split()) + " ").startswith(m + " ")
                                                 for m in marks) and any(ch.isdigit() for ch in c)), "")
    kept = [clauses[0], *(c for c in clauses[1:] if c == change or any(ch.isdigit() for ch in c))]
    return ", ".join(_unrepeated(c, kept[:n]) for n, c in enumerate(kept))


def _unrepeated(clause: str, before: list[str]) -> str:
    """``clause`` without the words after its last figure where a clause ``before`` it ends on the same words
    after its figure ("or 29% of revenue" after "or 25% of revenue": "or 29%"); the figure always stays."""
    tail = _tail(clause)
    return clause[:len(clause) - len(tail)].rstrip() if tail.strip() and tail in map(_tail, before) else clause


def _tail(clause: str) -> str:
    figures = list(_FIGURE.finditer(clause))
    return clause[figures[-1].end():] if figures else ""


def short_labels(slide: Slide, also: str, words: dict) -> list[Slide]:
    """``slide``, or its report-only original and a deck twin whose key figures' labels are short (see
    the module doc; ``also``: the words that name in the notes what the twin leaves out)."""
    if not slide.deck or not slide.figures:
        return [slide]
    shorter = [short_label(f.label, words) for f in slide.figures]
    if shorter == [f.label for f in slide.figures]:
        return [slide]
    periods = with_periods([{"value": f.value, "label": s} for f, s in zip(slide.figures, shorter)], words)
    figures = [f.model_copy(update={"label": p["label"] if s != f.label else f.label})
               for f, s, p in zip(slide.figures, shorter, periods)]
    left = [f"{plain(f.value)} — {plain(f.label)}" for f, shown in zip(slide.figures, figures) if shown.label != f.label]
    return split(slide, slide.model_copy(update={"figures": figures}), "; ".join(left), also)
