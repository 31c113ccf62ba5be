"""A deck's long points in their clauses: a point of more than LONG_POINT words is hard to read on a slide.
It is shown as its sentences (sibling points), else as its clause before a list of ``;`` items with the items
under it, else as its leading clause with the clauses after it under it; a boundary is one of
clause_bounds.py. Nothing is reworded: the words are the point's, in its order.
"""
from __future__ import annotations

import re

from .clause_bounds import (LEAST_CLAUSE, LIST_ITEM, list_items, opens_clause, quoted, quoted_whole, safe_bounds,
                            split_semicolons, words_around)
from .clause_quotes import quote_parts
from .document import Bullet
from .headline import count_words, sentences

LONG_POINT = 40  # words of a point the deck shows as one paragraph at most
_STOP_INSIDE = re.compile(r"[.!?。！？]\s+\S")  # a sentence's end with more text after it
_LIST_OPENER = re.compile(r"\s(?:from|by|with|including|include|includes|among them|notamment|dont|avec|par)\s", re.I)


def split_long(bullets: list[Bullet], most: int = LONG_POINT, top: bool = True) -> list[Bullet]:
    """``bullets`` with each point of more than ``most`` words shown as its clauses (see the module
    doc): sentences as sibling points; a point's further clauses as points under it (``top``: a
    first-level point), else as its siblings."""
    out: list[Bullet] = []
    for b in bullets:
        children = split_long(b.children, most, False) if b.children else []
        if count_words(b.text) <= most:
            out.append(b.model_copy(update={"children": children}) if children != b.children else b)
            continue
        parts = quoted_whole(sentences(b.text))  # (never a sentence of a quotation alone)
        head, tail = quote_parts(b.text, most) if len(parts) == 1 else ("", "")
        if tail:  # (a long quotation: its first sentences, closed, with who said them; the rest quoted under them)
            out.append(Bullet(text=head, at=b.at, url=b.url, children=[Bullet(text=tail), *children]))
            continue
        if len(parts) > 1:
            shown = [Bullet(text=p, at=b.at if i == 0 else None, url=b.url if i == 0 else "") for i, p in enumerate(parts)]
            shown[-1] = shown[-1].model_copy(update={"children": children})
            out += split_long(shown, most, top)
            continue
        head, rest = _clauses(b.text, most)
        if not rest:
            out.append(b.model_copy(update={"children": children}) if children != b.children else b)
        elif top:
            out.append(Bullet(text=head, at=b.at, url=b.url, children=[Bullet(text=r) for r in rest] + children))
        else:
            out += [Bullet(text=head, at=b.at, url=b.url), *(Bullet(text=r) for r in rest[:-1]),
                    Bullet(text=rest[-1], children=children)]
    return out


def _clauses(text: str, most: int) -> tuple[str, list[str]]:
    """A long sentence as its lead and the clauses after it (none when it has no safe boundary): the
    items of a ``;`` list under the clause that opens it, else the sentence cut at its strongest
    boundary (a colon, a dash, else a comma) nearest its middle, the rest cut so while it is longer
    than ``most`` words; each part of LEAST_CLAUSE words at least; at a colon before a list of three
    items or more, the items under the clause."""
    items = [p.strip() for p in split_semicolons(text)]
    if len(items) > 1 and all(count_words(i) <= LIST_ITEM for i in items[1:]):
        lead = items[0]
        opener = list(_LIST_OPENER.finditer(lead))
        if opener and count_words(lead[opener[-1].end():]) <= LIST_ITEM:  # "…testimony from A; B; and C"
            items[0] = lead[opener[-1].end():]
            lead = lead[:opener[-1].end()].rstrip() + ":"
        else:
            items = items[1:]
        return lead, [re.sub(r"^(?:and|or|et|ou|und|oder|y|o)\s+", "", i).rstrip(";") for i in items]
    bounds = [(a, b) for a, b in safe_bounds(text) if not quoted(text, a)]  # (never inside a quotation)
    before, after = words_around(text)
    for marks in (":", "–—-", ","):  # the strongest boundary first, the one nearest the middle of its kind
        cuts = [(a, b) for a, b in bounds if text[a:b].strip()[:1] in marks
                and min(before(a), after(b)) >= LEAST_CLAUSE and (marks != "," or opens_clause(text[b:]))]
        if cuts:
            a, b = min(cuts, key=lambda cut: abs(before(cut[0]) - after(cut[1])))
            rest = text[b:].strip()
            lead = text[:a].rstrip() + (":" if marks == ":" else "")
            items = list_items(rest) if marks == ":" else []
            if len(items) >= 3:  # "Three risks justify it: A, B, and C": the list under its lead
                return lead, items
            more = _clauses(rest, most) if count_words(rest) > most else (rest, [])
            return lead, [more[0], *more[1]] if more[1] else [rest]
    return text, []


def one_sentence(text: str) -> bool:
    """Whether ``text`` is one sentence: no full stop inside it with more words after it (a list a colon announces
    is; "קובי בוזו: בוקר טוב. קובי בוזו, רשות המסים. …", a speaker's turn, is not: its commas are no list's, and
    headline.sentences, which reads a capital after the stop, finds one sentence in Hebrew: long_lines.colon_lists)."""
    return _STOP_INSIDE.search(text.strip()) is None
