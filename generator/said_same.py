"""Whether two statements say the same, and a list without those said already.

A statement said already shares a number (not a year) with an earlier one, two thirds of its key words
(words of five letters or more, compared on their first five letters), or over half of them compared on
their first four ("evolved", "evolution"; not those most of the statements share, "concluded a hearing to
examine"), two at least; of the two, the one that says a quantity is kept, in the earlier one's place.
"""
from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from .bottom_line import ADDRESS
from .compared import compared
from .headline import headline
from .inline import plain
from .key_words import keys
from .sentence_kinds import is_aside_sentence
from .weigh import has_quantity

NEAR_STEM = 4  # letters two key words share to count as one for near-duplicate summary items ("evolved", "evolution")


def same(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` say the same: a number in common, or two thirds of the key words of the
    shorter (two at least)."""
    (na, wa), (nb, wb) = keys(compared(a)), keys(compared(b))
    if na & nb:
        return True
    shared = len(wa & wb)
    return shared >= 2 and shared * 3 >= 2 * min(len(wa), len(wb))


@lru_cache(maxsize=1 << 16)
def _norm(text: str) -> str:
    """``text`` as says_again compares it (kept for the texts seen last: a deck compares each of its titles with
    many statements, and each statement with many titles, issue #24)."""
    return compared(plain(text)).rstrip(".…!?")


@lru_cache(maxsize=1 << 16)
def _headline_norm(text: str) -> str:
    """``text``'s headline (headline.headline) as says_again compares it."""
    return _norm(headline(text)[0])


def says_again(title: str, said: Sequence[str]) -> bool:
    """Whether ``title`` says a statement of ``said`` (the bottom line) word for word, whole or as a part
    of it (its headline: see headline.headline)."""
    norm = _norm(title)
    return any(norm in _norm(text) or _headline_norm(text) in norm for text in said if _norm(text))


def near(a: str, b: str, common: frozenset[str] = frozenset()) -> bool:
    """Whether summary items ``a`` and ``b`` say nearly the same: ``same``, or over half of the key words
    of the shorter are the other's, compared on their first four letters ("evolved", "evolution"), the
    ``common`` ones left out (the formula most items share: "concluded a hearing to examine")."""
    wa, wb = keys(compared(a), NEAR_STEM)[1] - common, keys(compared(b), NEAR_STEM)[1] - common
    return same(a, b) or (len(wa & wb) >= 2 and 2 * len(wa & wb) > min(len(wa), len(wb)))


def _common(texts: list[str]) -> frozenset[str]:
    """The key words (see near) that over half of three or more ``texts`` hold."""
    counts: dict[str, int] = {}
    for text in texts:
        for w in keys(compared(text), NEAR_STEM)[1]:
            counts[w] = counts.get(w, 0) + 1
    return frozenset(w for w, n in counts.items() if len(texts) >= 3 and 2 * n > len(texts))


def supports(title: str, heading: str, body: list[str]) -> bool:
    """Whether a slide's ``heading`` and ``body`` (the texts left on it) support ``title``: they share a
    number with it (no year) or two key words (see keys)."""
    numbers, stems = keys(title)
    have = keys(" ".join([heading, *body]))
    return bool(numbers & have[0]) or len(stems & have[1]) >= 2


def distinct(points: list, words: dict, addresses: bool = True) -> list:
    """``points`` without biographies, descriptions of the episode, statements said already and, unless
    ``addresses``, statements that print an address ("rate us at example.com")."""
    out: list = []
    common = _common([p["text"] for p in points])
    for p in points:
        if is_aside_sentence(p["text"], words) or not (addresses or not ADDRESS.search(plain(p["text"]))):
            continue
        said = next((i for i, q in enumerate(out) if near(p["text"], q["text"], common)), None)
        if said is None:
            out.append(p)
        elif has_quantity(plain(p["text"])) and not has_quantity(plain(out[said]["text"])):
            out[said] = p  # (of two that say the same, the one with the number: "1000 episodes and a billion views…")
    return out
