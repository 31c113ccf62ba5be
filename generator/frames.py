"""A statement's leading frame (review 11, finding 2): "AMD's Q3 2025 earnings call highlighted record
revenue…" says "record revenue…"; the frame says where the statement was made, which the deck's cover
says already, and costs the bottom line its words.

A frame is a short subject that names where it was said (at most FRAME_WORDS words, none a verb of
``clause_verbs`` or ``verb_marks``, one a word of ``frame_subjects``: "call", "report", "episode") and a
verb that reports (``frame_verbs`` of ``generator/lang/<code>.yaml``: "highlighted", "noted that", "a
souligné"), at the sentence's start, with a statement of LEAST_REST words or more after it that has a verb of
its own (a word of ``clause_verbs`` or ``verb_marks``): "…call highlighted record revenue and profitability
driven by…" keeps its frame, whose subject its rest would lack (review 12, finding 4). An actor's
verb is no frame: "Google showcased Gemini 3…" says who did what. The
language is told by the sentence's common short words (words.sentence_languages), as a cut's is.
"""
from __future__ import annotations

import re
from functools import cache

from .key_words import phrases
from .words import WORD, built_in_languages, load_words, sentence_languages

FRAME_WORDS = 7  # words of a frame's subject at most ("AMD's Q3 2025 earnings call")
LEAST_REST = 5  # words of the statement a frame leaves at least


@cache
def _verbs() -> dict[str, tuple[tuple[str, ...], frozenset[str], frozenset[str]]]:
    """Each built-in language's frame verbs (its words as phrases, the longest first: "a souligné que" before
    "a souligné"), the words that mark a clause's verb and the words that name where a statement was said."""
    out = {}
    for lang in built_in_languages():
        words = load_words(lang)
        marks = frozenset(phrases(words, "clause_verbs") + phrases(words, "verb_marks"))
        verbs = tuple(sorted(phrases(words, "frame_verbs"), key=lambda p: -len(p.split())))
        out[lang] = verbs, marks, frozenset(phrases(words, "frame_subjects"))
    return out


def unframed(text: str) -> str:
    """``text`` without its leading frame (see the module doc), its first letter upper-case; "" where it has none."""
    tokens = list(re.finditer(r"\S+", text))
    folded = [" ".join(WORD.findall(t.group().casefold())) for t in tokens]
    for lang in sentence_languages(text):
        frames, marks, sources = _verbs().get(lang, ((), frozenset(), frozenset()))
        for n in range(1, min(FRAME_WORDS, len(tokens)) + 1):
            if folded[n - 1] in marks:
                break
            found = next((len(f.split()) for f in frames if folded[n:n + len(f.split())] == f.split()), 0)
            if (found and len(tokens) - n - found >= LEAST_REST and sources & set(" ".join(folded[:n]).split())
                    and marks & set(" ".join(folded[n + found:]).split())):  # (a rest without a verb has no subject)
                rest = text[tokens[n + found].start():]
                return rest[:1].upper() + rest[1:]
    return ""

