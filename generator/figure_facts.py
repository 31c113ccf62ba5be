"""Whether a text says again a key figure the deck shows: the same value, and the same measure.

A text says a figure's value where it holds the value as written ("200,000" in "xAI: 200,000 GPUs",
not in "1,200,000") or the same quantity written otherwise ("2.2 gigawatt" says "2.2 GW", "$1.3
billion" says "$1.3B", "54 percent" says "54%": quantities.said_quantities). It says the figure
again only where it also says what the figure measures: it is a point of the figure's own topic
(the figure's sentence is one of its points), or it shares a key word (key_words.keys: five letters
or more; or an acronym, "GPUs"; numbers left out) with the figure's label, the change the label carries ("…, up 181%
year-over-year") left out. A value alone is not the same fact: AMD's "$1.3 billion in share
repurchases" does not say Gaming's "$1.3 billion" (labelled "Gaming revenue").
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from .figure_labels import mentions
from .key_words import keys
from .quantities import quantity_of, said_quantities, stated

_AFTER_WHOLE = re.compile(r"[\w]|[.,]\d")  # what may not follow a value said as a whole
CHANGE = re.compile(r",\s[^,]*\d.*$")  # the change a label carries after its measure ("…, up 181% year-over-year")
_ACRONYM = re.compile(r"\b\w*[A-Z]\w*[A-Z]\w*\b")  # two capitals or more: "GPUs", "xAI", "TSMC"
SHORTEST = 3  # characters of a value that is the figure's (a bare "12" could be any number)


def saying(values: Iterable[str]) -> Callable[[str], set[str]]:
    """A function that gives the ``values`` a text says as a whole, as written or as the same quantity
    (see the module doc). It looks only where a value could start, one pass over a text however many
    values (a deck of 1,000 topics shows 2,000 figures, and each point is read for each of them)."""
    by_first: dict[str, list[str]] = {}
    by_quantity: dict[tuple, list[str]] = {}
    blank = []
    for value in dict.fromkeys(values):
        if not value.strip():
            blank.append(value)
            continue
        by_first.setdefault(value.strip()[0], []).append(value.strip())
        if (quantity := quantity_of(value)) is not None:
            by_quantity.setdefault(quantity, []).append(value)
    starts = re.compile(r"(?<![\w.,])[" + "".join(map(re.escape, by_first)) + "]") if by_first else None

    def said(text: str) -> set[str]:
        out = {v for v in blank if mentions(text, v)}
        for start in starts.finditer(text) if starts else ():
            i = start.start()
            out.update(v for v in by_first[text[i]] if text.startswith(v, i) and not _AFTER_WHOLE.match(text, i + len(v)))
        if by_quantity:
            out.update(v for _, _, quantity in said_quantities(text) for v in by_quantity.get(quantity, ()))
        return out

    return said


def measures(text: str, label: str) -> bool:
    """Whether ``text`` says what a figure labelled ``label`` measures: a key word in common (see the module doc)."""
    return bool(key_words(text) & key_words(CHANGE.sub("", label)))


def key_words(text: str) -> set[str]:
    """The key words of ``text`` (key_words.keys) and its acronyms ("GPUs", "AMD"), its quantities left out."""
    for start, end, _ in reversed(said_quantities(text)):
        text = text[:start] + " " + text[end:]
    return keys(text)[1] | {w.casefold() for w in _ACRONYM.findall(text)}


class Shown:
    """The key figures a deck shows (value, topic, label), and whether a text or another figure says one
    of them again (see the module doc)."""

    def __init__(self, figures: Iterable[tuple[str, str | None, str]]) -> None:
        self.by_value: dict[str, list[tuple[str | None, str]]] = {}
        self._by_quantity: dict[tuple, list[tuple[str | None, str]]] = {}
        self._said: Callable[[str], set[str]] | None = None
        self.add(figures)

    def add(self, figures: Iterable[tuple[str, str | None, str]]) -> None:
        """Show ``figures`` (value, topic, label) too."""
        for value, topic, label in figures:
            self.by_value.setdefault(value.strip(), []).append((topic, label))
            if (quantity := quantity_of(value)) is not None:
                self._by_quantity.setdefault(quantity, []).append((topic, label))
            self._said = None

    def values(self) -> set[str]:
        """The values shown."""
        return set(self.by_value)

    def has(self, value: str, topic: str | None, label: str) -> bool:
        """Whether a figure of ``topic`` labelled ``label`` is one shown: its value, as written or as the
        same quantity, and its topic or a key word of its label."""
        quantity = quantity_of(value)
        same = self.by_value.get(value.strip(), []) + (self._by_quantity.get(quantity, []) if quantity else [])
        return any(own == topic or measures(CHANGE.sub("", label), theirs) for own, theirs in same)

    def says(self, text: str, topic: str | None) -> bool:
        """Whether ``text`` (a point of ``topic``) says a figure shown, its value and what it measures,
        and states no quantity the figures it says do not show (their values and labels): "$867 million,
        or 21% of revenue, compared to $288 million" says more than "$867 million" / "Client and Gaming
        segment operating income", and stays a point."""
        if self._said is None:
            self._said = saying(v for v in self.by_value if len(v) >= SHORTEST)
        figures = [f"{value} {label}" for value in self._said(text) for own, label in self.by_value[value]
                   if own == topic or measures(text, label)]
        return bool(figures) and stated(text) <= stated(" ; ".join(figures))
