"""A bottom line of fewer than three items takes the notes' own summary's headlines (review 21).

Notes without takeaways open on the introduction's headlines that name a topic of the deck (summary._told), then
the topics' statements; those a slide's title says, a definition or an aside give way. Where that leaves fewer
than three items ("L'essentiel" of two, while the introduction names five subjects), the introduction's other
headlines follow, in its order, up to three: the notes' summary of what the recording covers, in
its words, though no slide of the deck shows it (the deck's sources name the recording). A headline is a part of
a sentence that runs several together (clause_bounds.headlines_run), else the sentence; never an aside's ("Bonus :
…": overview.is_aside_label, sentence_kinds.is_aside_sentence), a promotion, an address, one said already
(said_same.same) or one the bottom line may not show (``fits``: bottom_items.briefed).
"""
from __future__ import annotations

from collections.abc import Callable, Sequence

from .bottom_line import ADDRESS, HEADLINE_WORDS, said_count
from .clause_bounds import headlines_run
from .headline import labelled, sentences
from .inline import plain
from .overview import is_aside_label
from .said_same import same
from .sentence_kinds import is_aside_sentence, is_promotion

LEAST = 3  # items of a bottom line at least, where the notes' summary has them


def _headlines(introduction: Sequence[str], words: dict) -> list[str]:
    """The headlines of the ``introduction``'s sentences (each line's) that may stand on a bottom line (see the
    module doc): an aside's sentence gives none, nor a labelled list ("Côté IA : ADK 1.0, A2A, …": a section of the
    summary, no headline); nor a promotion (one that speaks to the reader: "…envahissent vos terminaux")."""
    found = [part.rstrip(" .!") for line in introduction for s in sentences(" ".join(line.split()))
             if not is_aside_label(s, words) for part in headlines_run(s)]
    return [h for h in found if not labelled(h)[0] and not is_aside_sentence(h, words) and not is_promotion(h, words)
            and not ADDRESS.search(plain(h))]


def lede_filled(kept: list, introduction: Sequence[str], words: dict, count: int,
                fits: Callable[[str], str]) -> list:
    """``kept`` (a bottom line) and, where it has fewer than LEAST items, the ``introduction``'s headlines it does not
    say yet, up to LEAST items (see the module doc: no slide backs them, and an item no slide backs only makes three,
    consequence.chosen); ``kept`` as it is otherwise."""
    if not kept or len(kept) >= LEAST:
        return kept
    out = list(kept)
    for headline in _headlines(introduction, words):
        if len(out) >= min(count, LEAST):
            break
        if (said_count(plain(headline)) >= HEADLINE_WORDS and fits(headline)
                and not any(same(headline, p["text"]) for p in out)):
            out.append({"text": headline, "at": None, "children": []})
    return out
