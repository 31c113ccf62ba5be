"""Where a sentence may be cut (review 10, finding 1): what a shortened statement may leave out.

A sentence is shortened by leaving out its end: a parenthesis, an example, a trailing aside. It is
never cut where what it leaves out holds a clause that says why (a cause: "driven by", "because",
"grâce à", "porté par"), a contrast ("but", "while", "mais", "tandis que") or a qualifier
("especially", "except", "notamment", "sauf"): "…record revenue and profitability" without "driven
by strong demand across Data Center AI" is another claim. The phrases are words of the language files
(``cause_phrases``, ``contrast_phrases``, ``qualifier_phrases`` of ``generator/lang/<code>.yaml``),
of the language the sentence is written in (told by its common short words, words.sentence_languages: the
cutting functions are told no language; every language where it has none; an audience's own language
files do not change them). A caller that keeps what
it cuts off (a title whose rest is its slide's first point) may cut there: the clause is then a
point of its own. Every cut that leaves words out asks ``may_shorten`` (clauses.cut,
clauses.whole_statement, and through them the summary's items, the slides' cut points and titles).
"""
from __future__ import annotations

from functools import cache, lru_cache

from .headline import _CLAUSE, _listing, labelled
from .words import built_in_languages, load_words, padded_words, sentence_languages

KEPT_KEYS = ("cause_phrases", "contrast_phrases", "qualifier_phrases")


@cache
def _kept() -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    """The phrases of KEPT_KEYS of each built-in language, each as its case-folded words one space apart
    (padded), and those of scripts written without spaces (found anywhere)."""
    out = {}
    for lang in built_in_languages():
        words = load_words(lang)
        found = {p.strip() for key in KEPT_KEYS for p in words.get(key, "").split(",") if p.strip()}
        spaced = {padded_words(p) for p in found if min(p) < "\u2e80"}
        out[lang] = tuple(sorted(spaced)), tuple(sorted(p for p in found if min(p) >= "\u2e80"))
    return out


@lru_cache(maxsize=1024)
def _found(text: str) -> tuple[tuple[str, int, bool], ...]:
    """The phrases (see ``_kept``) of ``text``'s languages that it holds: (phrase, times, spaced); read once
    per text (a long point is asked of each of its cuts)."""
    said, kept = padded_words(text), _kept()
    out = []
    for lang in sentence_languages(text):
        out += [(p, n, True) for p in kept[lang][0] if (n := said.count(p))]
        out += [(p, n, False) for p in kept[lang][1] if (n := text.count(p))]
    return tuple(out)


def may_shorten(text: str, kept: str) -> bool:
    """Whether ``kept``, a shortening of ``text`` (its words in their order, maybe ended with "…"), leaves
    out no cause, contrast or qualifier (see the module doc) of the text's language: each such phrase
    of ``text`` is whole in ``kept`` ("…profitability driven…" has "driven" but not "driven by"); a
    ``kept`` cut with "…" keeps none of the clause it cuts ("…driven by strong demand…" leaves out the rest
    of the reason)."""
    found = _found(text)
    if not found:
        return True
    if kept.endswith("…"):  # (its clauses as the text's: a comma between a list's items ends none)
        whole = " ".join(text.split())
        read = whole if whole[1:len(kept) - 1] == kept[1:-1] else kept
        kept = kept[:max((m.start() for m in _CLAUSE.finditer(kept, 0, len(kept) - 1)
                          if not (m.group().startswith(",") and _listing(read, m.start(), m.end()))), default=0)]
    shown = padded_words(kept)
    return all((shown if spaced else kept).count(p) >= n for p, n, spaced in found)


@cache
def _reasons() -> dict[str, tuple[str, ...]]:
    """The ``reason_phrases`` of each built-in language, as ``_kept`` reads its phrases (spaced words)."""
    return {lang: tuple(sorted(padded_words(p) for p in load_words(lang).get("reason_phrases", "").split(",") if p.strip()))
            for lang in built_in_languages()}


def gives_reason(text: str) -> bool:
    """Whether ``text`` gives the reason for its slide's rule: its lead (its label before a colon, else the
    whole text) holds a ``reason_phrases`` phrase of the text's language ("Trois risques justifient cette
    politique : A, B et C"). Such a point ranks with the rule it explains (weigh.outranked, deckfit)."""
    label, _ = labelled(" ".join(text.split()))
    lead = padded_words(label or text)
    return any(p in lead for lang in sentence_languages(text) for p in _reasons().get(lang, ()))
