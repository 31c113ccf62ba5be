"""A change between two numbers that a slide states is its key figure (review 18 finding 5).

"Résultats spectaculaires après migration vers GraalVM Native Image : réduction des réplicas de 43 à 12" titled a
slide of sentences, and "43 → 12" stayed in them, as did "CPU de 15 à 5 cœurs" on its line: the numbers a reader
should see first were read last. A change between two numbers (``change_ranges`` of generator/lang: "from … to",
"de … à", "von … auf", "从 … 到"; neither end a year, a time or a version) is a key figure: its value the two ends
("43 → 12"; with the word after them that ends the clause: "15 → 5 cœurs"), its label what changed (the words of its
clause before it: "Réduction des réplicas", "CPU").

A deck slide of points titled by a statement (a kicker above it), with no figure, chart or next figure of its own,
takes the first change its points state that its title does not and no other slide of the deck says, where its points
keep to the deck's word budget (at whose scale the band fits under them) or it is sparse (fewer than SPARSE
statements); its point then shows what it says beside the change ("CPU de 15 à 5 cœurs, images Docker plus légères":
"Images Docker plus légères"). A change the title states is no band (review 20: "43 → 12" under "…réduction des
réplicas de 43 à 12" said the title again, while "CPU de 15 à 5 cœurs" stayed in a sentence). The figure follows
the slide as its topic's one key figure, which the deck's writer sets in the band under its points where it fits
(writers/pptx/pages._joined; else it is a slide of its own, titled by the clause that states it). The report is left
as it was.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from .chart_context import _statements
from .deck_twin import split, texts, words as words_of
from .document import KeyFigure, Slide
from .headline import count_words
from .inline import plain
from .quantities import YEAR, glued, is_index
from .title_echo import said_in

SPARSE = 3  # statements a slide shows at most, fewer than, for a change in its points to be its key figure
_NUMBER = r"\d{1,3}(?:[,\u202f ]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
_CLAUSE = re.compile(r".*[:;,(—–]\s*", re.DOTALL)  # (from the start: all up to the last mark that opens a clause)
_NOUN = re.compile(r"\s+([^\W\d_][\w'’-]*)(?=\s*(?:[,.;:)]|$))")  # (a last word of its clause: "de 15 à 5 cœurs,")
_BOUND = r"(?<!\w)"  # (a word of a script with spaces starts a word; "从" runs on from the text before it)
_JOIN = r"[\s\-\u05be]*"  # (what may part a word from its number: a space, a hyphen, a Hebrew maqaf: "מ-43")
MOST_LABEL = 8  # words of the clause before a change, at most, for them to say what changed


@lru_cache(maxsize=16)
def _ranges(spec: str) -> re.Pattern | None:
    """The pattern of the changes ``spec`` (a language's ``change_ranges``: "from … to, de … à") writes, or None."""
    pairs = [[w.strip() for w in pair.split("…")] for pair in spec.split(",") if "…" in pair]
    forms = [(_BOUND if ord(a[0]) < 0x2E80 else "") + rf"{re.escape(a)}{_JOIN}(?P<x{n}>{_NUMBER})\s*"
             rf"{re.escape(b)}{_JOIN}(?P<y{n}>{_NUMBER})" for n, (a, b) in enumerate(pairs) if a and b]
    return re.compile("|".join(forms), re.IGNORECASE) if forms else None


def change_of(text: str, words: dict) -> tuple[str, str, str] | None:
    """The first change between two numbers ``text`` states, as (value, label, the clause that states it: "Réduction
    des réplicas de 43 à 12"), or None (see the module doc)."""
    pattern = _ranges(words.get("change_ranges", ""))
    text = " ".join(plain(text).split())
    for m in pattern.finditer(text) if pattern else ():
        first = next(k for k, v in m.groupdict().items() if v is not None and k[0] == "x")
        x, y, at_y = m.group(first), m.group("y" + first[1:]), m.end("y" + first[1:])
        if (any(YEAR.fullmatch(v) for v in (x, y)) or glued(text, at_y) or glued(text, m.end(first))
                or is_index(text, m.start(first))):
            continue
        noun = _NOUN.match(text, at_y)
        unit = f" {noun.group(1)}" if noun else ""
        clause = _CLAUSE.match(text[:m.start()])
        start = clause.end() if clause else 0
        label, said = text[start:m.start()].strip(" .:;,"), text[start:noun.end() if noun else m.end()].strip(" .:;,")
        if label and len(label.split()) <= MOST_LABEL:
            return f"{x} → {y}{unit}", label[0].upper() + label[1:], said[0].upper() + said[1:]
    return None


def banded(slides: list[Slide], words: dict, most: int, fit: Callable[[Slide, int], list[Slide]]) -> list[Slide]:
    """``slides`` with each deck slide of points (see the module doc) followed by the change it states as its key
    figure, for the deck only: a change its title states where its points and the figure keep within ``most`` words
    (the deck's budget, at whose scale the band fits under them; 0: none), its last points cut to make room where
    they must (``fit``: the slide and its deck twin within so many words, as the budget cuts them), else only where it
    is sparse."""
    out: list[Slide] = []
    deck = [n for n, s in enumerate(slides) if s.deck]
    after: dict[int, Slide | None] = {n: slides[m] if m is not None else None for n, m in zip(deck, [*deck[1:], None])}
    for n, slide in enumerate(slides):
        found = _stated(slide, [s for i, s in enumerate(slides) if i != n and s.deck], words, bool(most)) \
            if n in after and _open(slide, after[n]) else None
        if found is None:
            out.append(slide)
            continue
        value, label, said = found
        pieces = split(slide, _unsaid(slide, said), "", words["also_in_report"])
        twin = next(p for p in pieces if p.deck)
        room = most - count_words(f"{value} {label}")
        parts = fit(twin, room) if most and words_of(twin.bullets) > room else [twin]
        if not [p for p in parts if p.deck and p.bullets]:
            out.append(slide)
            continue
        out += [*(p for p in pieces if not p.deck), *parts, Slide(
            layout="big_number", title=said, kicker=slide.kicker, topic=slide.topic, at=slide.at,
                              figures=[KeyFigure(value=value, label=label)], report=False)]
    return out


def _open(slide: Slide, follower: Slide | None) -> bool:
    """Whether ``slide`` is a deck slide of points titled by a statement with no key figure, chart or table, and the
    deck slide after it (``follower``) no figure or chart of its topic."""
    return (slide.deck and slide.layout == "bullets" and bool(slide.kicker) and bool(slide.topic) and not slide.role
            and not slide.figures and not slide.chart and not slide.table and bool(slide.bullets)
            and not (follower is not None and follower.topic == slide.topic
                     and (follower.layout == "big_number" or follower.chart)))


def _stated(slide: Slide, others: list[Slide], words: dict, room: bool) -> tuple[str, str, str] | None:
    """The change ``slide``'s title states (where it has ``room`` for the band, or is sparse), else (a sparse slide)
    the first its points state that ``others`` do not say (change_of), or None."""
    sparse = _statements(slide.bullets) < SPARSE
    if not (room or sparse):
        return None
    return next((found for text in texts(slide.bullets) if (found := change_of(text, words))
                 and not said_in(found[0].split(" → ")[0], others) and not _titled(slide.title, found, words)), None)


def _titled(title: str, found: tuple[str, str, str], words: dict) -> bool:
    """Whether ``title`` states the change ``found`` (its two ends) already."""
    said = change_of(title, words)
    return said is not None and said[0].split()[:3] == found[0].split()[:3]


def _unsaid(slide: Slide, said: str) -> Slide:
    """``slide`` whose point that opens on the clause ``said`` (the band's change: "CPU de 15 à 5 cœurs") shows the
    rest ("Images Docker plus légères"), or leaves the deck's slide where it says nothing more (the report keeps it)."""
    def rest(text: str) -> str | None:
        plain_text = " ".join(plain(text).split())
        if not plain_text.casefold().startswith(said.casefold()):
            return text
        left = plain_text[len(said):].lstrip(" ,;:.")
        return left[:1].upper() + left[1:] if left else None
    bullets = [b.model_copy(update={"text": t}) for b in slide.bullets if (t := rest(b.text)) is not None or b.children]
    if not bullets or [b.text for b in bullets] == [b.text for b in slide.bullets]:
        return slide  # (a slide of that one point keeps it: the band under it, the point the evidence)
    return slide.model_copy(update={"bullets": bullets})
