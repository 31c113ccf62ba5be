"""What a claim looks for in a transcript: its distinct compared words (see ``words``) and word
pairs, each weighted by how rare it is in the transcript. A name the claim writes with a capital is
also found where the transcript spells it a letter or two apart, as machine transcripts mishear
names ("Mremo" for "Marimo", "DiscCache"); a word the notes write as one is found said as two, and
the other way round ("deepseek", "deep seek"); a capitalised phrase is found under its initials
("Language Server Protocol", "LSP")."""
from __future__ import annotations

import re

from .index import Index, bigram
from .words import TOKEN, tokens


def features(index: Index, text: str) -> list[tuple[str, float]]:
    """A claim's evidence: its distinct compared words and word pairs, with their weights."""
    found = tokens(text)
    terms = [t for t, _ in found]
    raw = [m.group() for m in TOKEN.finditer(text)]
    out: dict[str, float] = {}
    for term, i in found:
        if raw[i][:1].isupper():  # a name: said also where the machine misheard it ("Mremo" for "Marimo")
            term = _heard(index, term)
        if term not in index.postings:
            split = _split(index, term)
            if split:  # "deepseek" in the notes, "deep seek" in machine captions
                out[split] = index.weight(split)
                continue
        out.setdefault(term, index.weight(term))
    for a, b in zip(terms, terms[1:]):
        key = bigram(a, b)
        if key in index.postings:
            out.setdefault(key, 0.5 * index.weight(key))
        elif a + b in index.postings:  # "deep seek" in the notes, "deepseek" said
            out.setdefault(a + b, index.weight(a + b))
    for phrase in _CAPITALISED.findall(text):  # "Language Server Protocol" in the notes, "LSP" said
        initials = "".join(w[0] for w in phrase.split()).lower()
        if initials in index.postings:
            out.setdefault(initials, index.weight(initials))
    return list(out.items())


def _heard(index: Index, term: str) -> str:
    """``term``, or the key of where it is said under its own and its near spellings."""
    near = index.near_spellings(term)
    if not near:
        return term
    key = "~" + term
    if key not in index.postings:
        index.postings[key] = sorted(p for w in [term, *near] for p in index.postings.get(w, ()))
    return key


_CAPITALISED = re.compile(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+){1,3}\b")


def _split(index: Index, term: str) -> str | None:
    for cut in range(3, len(term) - 2):
        key = bigram(term[:cut], term[cut:])
        if key in index.postings:
            return key
    return None
