"""A point that pairs two figures as a contrast titles its slide with both (review 14, finding 5).

"The US is spending 52 billion on semiconductors within our borders. Meanwhile, Apple is investing over
200 billion into China" is one claim: its first sentence alone, as a title, states half of it and leaves
the other figure under it as if it supported the first. Where a point's second sentence opens on a phrase
that pairs it with the first (``pairing_phrases`` of the language files, of the sentence's language:
"meanwhile", "by contrast", "en revanche") and each sentence says a quantity, the title is the two sentences
joined by a semicolon, in the notes' words ("…within our borders; meanwhile, Apple is investing over 200
billion into China"), where that fits half as many words again as a title; so are a point and the next, written
as two bullets; a long title is never cut before
such a sentence (long_lines.split_title). Nothing is written that the notes did not say.
"""
from __future__ import annotations

from .headline import count_words, sentences
from .inline import plain
from .key_words import phrases
from .weigh import has_quantity
from .words import WORD, load_words, sentence_languages

WIDER = 3 / 2  # a pair's title may run to half as many words again as a title (two claims in one sentence)


def paired_title(text: str, first: str, most: int) -> str:
    """``text`` (a point whose first sentence is ``first``) as one title that states both its figures, where
    its second and last sentence pairs with the first as a contrast (see the module doc); else ""."""
    rest = text[len(first):].strip()
    if len(sentences(rest)) != 1 or not (has_quantity(first) and has_quantity(rest)) or not pairs(rest):
        return ""
    title = f"{first.rstrip(' .;')}; {rest[:1].lower()}{rest[1:]}".rstrip(" .")
    return title if count_words(title) <= int(most * WIDER) else ""


def paired_next(text: str, following: list, most: int) -> str:
    """A point's whole ``text`` and the point after it (``following``: it, or none) as one title, where that point
    is one sentence, nothing under it, that pairs its figure with ``text``'s ("Meanwhile, Apple is investing…");
    else ""."""
    after = following[0] if following else None
    if after is None or after["children"]:
        return ""
    return paired_title(f"{text.rstrip()} {plain(after['text']).strip()}", text.rstrip(), most)


def pairs(sentence: str) -> bool:
    """Whether ``sentence`` opens on one of the ``pairing_phrases`` of its language ("Meanwhile, …")."""
    opening = " ".join(WORD.findall(sentence.casefold()))
    return any(opening == p or opening.startswith(p + " ")
               for lang in sentence_languages(sentence) for p in phrases(load_words(lang), "pairing_phrases"))
