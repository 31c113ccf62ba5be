"""A slide that must lose lines keeps its title's evidence first (review 21: one message a slide).

A deck slide over its budget of lines (deckfit._within_lines) loses sub-points, the point with most giving first, each
keeping one (``trimmed``: review 21's executive s3, s4, s6 were three headed lists cut to one each where two each
fit); of a list's sub-points, the last that shares no key word with the slide's title (key_words.stems) goes first
("Difficult to replicate…" stays under "…difficult to replicate"). Where that would still cut a line that backs the
title, a headed list none of whose lines backs it goes whole first, the last such list first, while the slide keeps
LEAST_LINES lines (``without_unbacked``): the default executive deck's "The release of DeepSeek V3 and R1
demonstrates China's AI capabilities…" kept "Technical innovations:" over "Multi-head Latent Attention for memory
efficiency", architecture detail, and lost "DeepSeek R1: …". The speaker notes name what goes; the report keeps it.
"""
from __future__ import annotations

from .deck_twin import LEAST_LINES, lines
from .document import Bullet
from .inline import plain
from .key_words import stems


def title_stems(title: str) -> set[str]:
    """The key words of ``title``, as the lines that back it share them."""
    return set(stems(plain(title)))


def backs(text: str, titled: set[str]) -> bool:
    """Whether ``text`` shares a key word with the title whose key words are ``titled``."""
    return bool(titled & set(stems(plain(text))))


def without_unbacked(bullets: list[Bullet], most: int, title: str) -> list[Bullet]:
    """``bullets`` less the headed lists that back nothing of ``title``, the last first, as many as bring them to
    ``most`` lines (see the module doc); ``bullets`` where none does or another line backs nothing either."""
    titled = title_stems(title)
    said = [any(backs(t, titled) for t in (b.text, *(c.text for c in b.children))) for b in bullets]
    if not titled or not any(said):
        return bullets
    gone, total = set(), lines(bullets)
    for i in reversed(range(len(bullets))):
        if total <= most:
            break
        size = lines([bullets[i]])
        if bullets[i].children and not said[i] and total - size >= LEAST_LINES:
            gone.add(i)
            total -= size
    kept = [k for k in range(len(bullets)) if k not in gone]
    return [bullets[k] for k in kept]


def fewer_lines(bullets: list[Bullet], most: int, title: str) -> list[Bullet]:
    """``bullets`` one level deep within ``most`` lines as far as sub-points go (see the module doc): ``trimmed``,
    or, where that cuts a line that backs ``title``, ``trimmed`` of them less the lists that back nothing of it."""
    titled = title_stems(title)
    cut = trimmed(bullets, most, titled)
    shown = {c.text for b in cut for c in b.children}
    if any(backs(c.text, titled) and c.text not in shown for b in bullets for c in b.children):
        return trimmed(without_unbacked(bullets, most, title), most, titled)
    return cut


def trimmed(bullets: list[Bullet], most: int, titled: set[str]) -> list[Bullet]:
    """``bullets`` one level deep, their sub-points fewer until ``most`` lines hold them: the point with most gives
    first (the last such point, of two alike), each keeping one; of its sub-points, the last that shares none of the
    title's key words ``titled`` goes first, else its last. Each line is read once (a list of a thousand witnesses is
    counted down, not read a thousand times: test_attack7)."""
    kept = [[(c, backs(c.text, titled)) for c in b.children] for b in bullets]
    total = len(bullets) + sum(map(len, kept))
    if total > most and len(bullets) + sum(1 for k in kept if k) >= most:  # (one each at most: each keeps the first
        kept = [[next((c for c in k if c[1]), k[0])] if k else [] for k in kept]  # that backs the title, else its first)
    while total > most and kept and max(map(len, kept)) > 1:
        widest = max(map(len, kept))
        under = kept[max(i for i, k in enumerate(kept) if len(k) == widest)]
        del under[next((i for i in reversed(range(len(under))) if not under[i][1]), len(under) - 1)]
        total -= 1
    return [Bullet(text=b.text, at=b.at, url=b.url, children=[Bullet(text=c.text, at=c.at, url=c.url) for c, _ in k])
            for b, k in zip(bullets, kept)]
