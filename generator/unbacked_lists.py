"""A slide that must lose lines loses first a list that says nothing of its title (review 21: one message a slide).

The default executive deck's "The release of DeepSeek V3 and R1 demonstrates China's AI capabilities and puts
pressure on US companies to be more open" showed, within its six lines, "Technical innovations:" over "Multi-head
Latent Attention for memory efficiency": architecture detail that backs nothing of its title, while the lines that
back it ("Open weights…", the two models) were cut to make room. A slide's body is its title's evidence: where the
slide holds more lines than its budget, a headed list (a point over sub-points) none of whose lines shares a key word
with the title (key_words.stems) leaves it, the last such list first, while another line backs the title and the
slide keeps LEAST_LINES lines; the speaker notes name its lines and the report keeps them (deckfit._within_lines).
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
    kept = list(range(len(bullets)))
    for i in reversed(range(len(bullets))):
        if lines([bullets[k] for k in kept]) <= most:
            break
        rest = [k for k in kept if k != i]
        if bullets[i].children and not said[i] and lines([bullets[k] for k in rest]) >= LEAST_LINES:
            kept = rest
    return [bullets[k] for k in kept]
