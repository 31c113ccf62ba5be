"""Where a topic's points that overflow a deck slide go (continued.py): one slide, two cut at a boundary of
peers, or one slide of the points that matter most; never a third page.

Review 14's finding 4: pages were cut by count. AMD's segment slide, titled "…fell for Embedded", showed
Embedded on "(cont.)" beside the records of the segments before it, and Java 26 took three pages of three
points. Now, for the points of one slide (each with its sub-points):

- points within ``looser`` words and MOST_LINES lines share one slide (a quarter more words than the budget
  reads better than a page cut from its peers);
- else they are cut in two at a boundary of peers: where a run of one parallel list's items ("JEP 500 : …",
  "JEP 504 : …") begins or ends, or between two runs of points of different measures ("… segment revenue
  increased …" ×4, then "… segment operating income was …" ×3). Each page holds at least LEAST_LINES lines
  within ``looser`` words, and the first holds every name of the slide's title that a point holds (``names``:
  "…fell for Embedded" names Embedded). A point that goes on with the quote of the point before, or that is
  too short to stand ("(R-AL)"), stays with it. Where no cut fits, a list's background (a point before the
  list that does not announce it: "Java est le langage de la JVM…" before "JEP 500 : …") leaves the pages
  for the speaker notes, and the cut is tried again;
- else the topic is not worth a second slide: ``ranked`` orders its points for one slide (those with a figure
  first, then those that state a conclusion, a consequence or a reason, then the others in their order, a
  list's background last). continued.py keeps the first that fit, up to MOST_KEPT, and names the rest in the
  speaker notes.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .deck_twin import LEAST_LINES, lines, named, words
from .deckfit import MOST_LINES
from .document import Bullet
from .figure_facts import key_words
from .headline import count_words
from .inline import plain
from .key_words import holds, phrases
from .more_lines import more_text
from .words import fill
from .parallel_lists import listed
from .quantities import stated

MOST_KEPT = 6  # points a slide of a topic not worth a second one keeps (the speaker notes name the rest)
_STANDS = 3  # words a point holds at least to start a page of its own ("(R-AL)" goes on with the quote before)
_NAME = re.compile(r"\b[\w-]*[A-Z][\w-]*")
_QUOTES = (("“", "”"), ("«", "»"))
_WEIGHING = ("conclusion_phrases", "consequence_phrases", "reason_phrases")


def peer_pages(title: str, units: list[Bullet], fits: Callable[[list[Bullet]], bool]) -> tuple[list[list[Bullet]], list[Bullet]]:
    """``units`` (a slide's points, in order) on one page where ``fits`` them, else on two cut at a boundary of
    peers, a list's background left to the speaker notes where that makes the two fit; each with the points left
    off; ([], []) where the topic is not worth a second slide (see the module doc)."""
    if fits(units):
        return [units], []
    if lines(units) > 2 * MOST_LINES + 1:  # (no two pages hold them: they need no cut, even without a background)
        return [], []
    pages = _cut(title, units, fits, [])
    if pages:
        return pages, []
    background = _background(units)
    left = [u for i, u in enumerate(units) if i in background]
    pages = _cut(title, [u for i, u in enumerate(units) if i not in background], fits, []) if left else []
    return (pages, left) if pages else ([], [])


def _cut(title: str, units: list[Bullet], fits: Callable[[list[Bullet]], bool], after: list[Bullet]) -> list[list[Bullet]]:
    """``units`` on two pages cut at a boundary of peers, the second with ``after`` fitting under it, the most even
    in words of the cuts that keep LEAST_LINES lines on each and the title's names on the first; [] where none."""
    blocks = [[units[i] for i in run] for run in _runs(units)]
    flags = listed([plain(u.text) for u in units])
    starts = [sum(map(len, blocks[:i])) for i in range(len(blocks))]
    kinds = [flags[start] for start in starts]
    named = names(title)
    cuts = []
    for i in range(1, len(blocks)):
        first, second = _flat(blocks[:i]), _flat(blocks[i:])
        if ((kinds[i - 1] != kinds[i] or _measures(title, first, second)) and fits(first) and fits([*second, *after])
                and min(lines(first), lines(second)) >= LEAST_LINES and not (named & _held(second)) - _held(first)):
            cuts.append((abs(words(first) - words(second)), first, second))
    return [*min(cuts, key=lambda cut: cut[0])[1:]] if cuts else []


def _measures(title: str, first: list[Bullet], second: list[Bullet]) -> bool:
    """Whether ``first`` and ``second`` are two runs of peers of different measures: the points of each (two or more)
    all hold key words the title does not and the other run's do not all hold ("segment revenue" points, then
    "segment operating income" points; measured_pages.py titles the second)."""
    if len(first) < 2 or len(second) < 2:
        return False
    titled = key_words(plain(title))
    one, two = (set.intersection(*(key_words(plain(u.text)) for u in run)) - titled for run in (first, second))
    return bool(one - two) and bool(two - one)


def ranked(units: list[Bullet], lang: dict, claims: Sequence[str] = ()) -> list[list[int]]:
    """The positions of ``units`` in runs that no page cuts (a quote with the point that goes on with it), in the
    order one slide keeps them: those that back an item of the bottom line (``claims``: the point opens with
    the item, or the item with the point, a final stop aside) first, then those with a figure (a sum, a share,
    a multiple or a measure: not a bare count, date or label), then those that state a conclusion, a
    consequence or a reason (the language's phrases), then the others, each group in order; a list's
    background last (see _background)."""
    weighing = [p for key in _WEIGHING for p in phrases(lang, key)]
    background = _background(units)
    said = [" ".join(c.split()).rstrip(".").casefold() for c in claims]

    def backs(text: str) -> bool:
        text = " ".join(text.split()).rstrip(".").casefold()
        return any(c and (text.startswith(c) or c.startswith(text)) for c in said)

    def rank(run: list[int]) -> tuple[bool, bool, bool, bool]:
        text = " ".join(plain(t) for i in run for t in (units[i].text, *(c.text for c in units[i].children)))
        return (run[0] in background, not any(backs(plain(units[i].text)) for i in run), not _figured(text),
                not holds(text, weighing))
    return sorted(_runs(units), key=rank)


def _figured(text: str) -> bool:
    """Whether ``text`` states a figure: a quantity with a currency or a unit ("$4.3 billion", "22%", "27x", "2.2 GW")."""
    return any(cur or unit for cur, _, _, unit in stated(text))


def _background(units: list[Bullet]) -> set[int]:
    """The positions of the points of ``units`` that give a list's background: a point of no list and no figure
    right before the first item of a parallel list, that does not announce it (no closing ":"): "Java est le
    langage de la JVM…" before "JEP 500 : …"."""
    texts = [plain(u.text) for u in units]
    flags = listed(texts)
    return {i for i, (unit, text) in enumerate(zip(units, texts[:-1]))
            if flags[i + 1] and not flags[i] and not text.rstrip().endswith(":") and not unit.children
            and not _figured(text)}


def names(title: str) -> set[str]:
    """The names a title holds: its words with a capital after their first letter or after its first word
    ("Embedded", "JEPs", "GraalVM"), case-folded, a plural's "s" dropped; none in scripts without capitals."""
    found = [m.group(0) for m in _NAME.finditer(plain(title))]
    first = plain(title).split()[:1]
    return {_singular(w) for w in found if not (first and w == first[0] and w[1:].islower())}


def names_of(unit: Bullet) -> set[str]:
    """The words of ``unit`` and its sub-points, case-folded, a plural's "s" dropped (to meet ``names``)."""
    return {_singular(w) for t in (unit.text, *(c.text for c in unit.children)) for w in re.findall(r"[\w-]+", plain(t))}


def _held(units: list[Bullet]) -> set[str]:
    return set().union(*map(names_of, units)) if units else set()


def _singular(word: str) -> str:
    word = word.casefold()
    return word[:-1] if len(word) > 3 and word.endswith("s") else word


def _runs(units: list[Bullet]) -> list[list[int]]:
    """The positions of ``units`` in runs that no page cuts: a point with the points that go on with it (see the
    module doc)."""
    runs: list[list[int]] = []
    for i, unit in enumerate(units):
        if runs and (_open_quote(units[runs[-1][-1]]) or count_words(plain(unit.text)) < _STANDS):
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def _open_quote(unit: Bullet) -> bool:
    """Whether ``unit``'s text opens a quotation that it does not close (the next point goes on with it)."""
    text = plain(unit.text)
    return any(text.count(opening) > text.count(closing) for opening, closing in _QUOTES) or text.count('"') % 2 == 1


def _flat(blocks: list[list[Bullet]]) -> list[Bullet]:
    return [unit for block in blocks for unit in block]


def more_line(count: int, lang: dict) -> Bullet:
    """The last line of a page whose topic's other ``count`` points its speaker notes name (more_lines.more_text)."""
    return Bullet(text=more_text(count, lang))


def left_off(items: list[Bullet], lang: dict) -> str:
    """The speaker notes' sentence that names the points ``items`` left off a slide (deck_twin.named)."""
    return fill(lang["left_off_slide"], items=named([plain(item.text) for item in items]))
