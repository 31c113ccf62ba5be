"""Which key figures a deck can show as a big number: those whose label names what the number counts.

A big number reads as its value and its label ("54%" / "Gross margin"); a label that is a clause
("Net income increased", "Achieving represents seven years of…") or a cut sentence reads as broken
English under it. A label shows when it is a phrase of at most MOST_WORDS words, not cut ("…"), with
no verb of ``clause_verbs`` (``generator/lang/<code>.yaml``: "is", "represents", "increased"); a
figure with another label is no key figure of the deck or the report where a point of its topic
says its value (that sentence stays a point); one no point says keeps its figure.
"""
from __future__ import annotations

from .summary import holds, phrases

MOST_WORDS = 8  # words of a figure's label at most


def is_figure_label(label: str, words: dict) -> bool:
    """Whether ``label`` names what a big number counts (see the module doc); an empty label does."""
    label = label.strip()
    return (len(label.split()) <= MOST_WORDS and not label.endswith(("…", "...", ":"))
            and not holds(label, phrases(words, "clause_verbs")))
