"""Cuts of a point that keep it whole and keep its number (issue #21).

A point cut to fit a slide keeps its number: where the leading statement (see headline) would drop
every quantity the point says ("Spectacular results after migrating: replicas from 43 to 12" is
not "Spectacular results after migrating"), the cut keeps the clauses up to the number's, else the
number's clause and those after it, else it is the leading statement. A title or a summary item is a
whole statement (``whole_statement``): never a cut mid-list, mid-phrase or with "…". Cuts are made at
the safe boundaries of clause_bounds.py; a point too long for a slide is shown by its clauses
(long_points.py).
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from .clause_quotes import quote_cut
from .clause_bounds import LEAST_CLAUSE, clause_pieces, list_items, opens_clause, outside, quoted, safe_bounds, upto, word_start
from .cut_rule import may_shorten
from .headline import count_words, headline, is_name, label_as_subject, labelled, unhooked
from .inline import whole_spans
from .long_points import LONG_POINT
from .weigh import has_quantity

LIST_LEAST = 3  # items after a label that make it a list's announcement ("Three risks justify it: A, B, and C")
# words after a comma that add to a whole clause before it ("…growth, especially in Data Center AI", "…right
# (and wrong), and break down…", "…, with the launch of new products": a comma that ends a list's items is no
# boundary, see safe_bounds); whether what follows may be left out is cut_rule's to say (a qualifier, "especially", never is)
_ADDING = {"and", "et", "und", "y", "with", "avec",
           "especially", "notably", "particularly", "mainly", "including", "notamment", "surtout", "particulièrement",
           "insbesondere", "vor", "especialmente", "sobre", "incluyendo"}
# a participle with its agent after a whole clause ("…record revenue and profitability driven by strong demand"):
# the clause before it is whole unless it ends on an auxiliary ("Revenue was driven by")
_AGENT = re.compile(r"\s(?=[a-z]+(?:ed|en|wn)\s+by\s)")
_AUXILIARY = {"is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "get", "gets", "got"}


def _joined(pieces: list[str]) -> str:
    return " ".join(pieces).rstrip(" ,;:–—-")


def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def cut(text: str, most: int) -> str:
    """``text`` as a statement of at most ``most`` words that keeps its number (see the module doc); ""
    where the statement would be the label of a list of LIST_LEAST items or more: a point that announces a
    list ("Trois risques justifient cette politique : A, B et C") is shown with its items or not at all.
    A point that a slide can show whole (LONG_POINT words at most; a longer one is shown by its clauses,
    split_long, or cut as it must) is "" too where every cut would leave out some items of its enumeration
    (LIST_LEAST items or more, none after the first opening a clause), a cause, a contrast or a qualifier
    (cut_rule.may_shorten): it stays whole. A point whose lead label (not a name) opens a list of two items
    or more ("Obstacles techniques : A, B, C"; "Approche recommandée : A, B") is never cut: neither its label
    nor any item is left out (review 11, finding 5). Nor is a point cut at its colon to the statement that leads
    into the rest ("La JVM fonctionne en monde ouvert" of "La JVM fonctionne en monde ouvert : les classes sont
    chargées à la demande, …": the lead promises what the rest says; review 14, finding 5) — but for a label that
    names or numbers what the point is about ("JEP 504 : …", "Committee on Armed Services: …"). Nor is a point cut
    inside a quotation (clause_bounds.quoted: review 19, cliff's chairman's quote lost its second sentence, its
    closing mark and its speaker): it keeps the quotation's first sentences, closed, and who said them
    (clause_quotes.quote_cut) where they fit (a bottom line's item of a quotation's first sentence closes it:
    bottom_items)."""
    cut_at = _cut(text, most)
    return (quote_cut(text, most) or cut_at) if cut_at and quoted(cut_at, len(cut_at)) else cut_at


def _cut(text: str, most: int) -> str:
    short = headline(text, most)[0]
    label, body = labelled(" ".join(text.split()))
    ruled = count_words(text) <= LONG_POINT
    items = list_items(body) if label or ruled else []
    if short != " ".join(text.split()) and labelled_list(text):
        return ""  # (a list's lead label stays with its items, all of them: "Approche recommandée : A, B")
    if len(items) >= LIST_LEAST and (short == label or (ruled and not any(opens_clause(i) for i in items[1:])
                                                        and not short.rstrip(" .…").endswith(items[-1].rstrip(" .")))):
        return ""

    def whole(kept: str) -> bool:  # (whether ``kept`` leaves out no cause, contrast or qualifier, where that is asked)
        return (not ruled or may_shorten(text, kept)) and not _colon_lead(kept, label)

    if has_quantity(short) or not has_quantity(text):
        return short if whole(short) else ""
    pieces = clause_pieces(" ".join(text.split()))
    first = next((i for i, p in enumerate(pieces) if has_quantity(p)), None)
    if first is None:
        return short if whole(short) else ""
    for start, end in _number_spans(pieces, first, most):  # the leading clauses up to the number's, else fewer
        kept = _joined(pieces[start:end])
        if whole(kept):
            return unhooked(_upper_first(kept))
    return short if whole(short) else ""


def _colon_lead(kept: str, label: str) -> bool:
    """Whether ``kept`` is only ``label``, the statement before a point's colon (see cut), where that label
    neither names nor numbers what the point is about."""
    return (bool(label) and kept.rstrip(" .;:…") == label.rstrip(" :") and not is_name(label)
            and not any(c.isdigit() for c in label))


def labelled_list(text: str) -> bool:
    """Whether ``text`` is a lead label and the list it opens, of two items or more ("Approche recommandée :
    commencer par A, investir dans B"): shown whole or not at all (see cut). A label that names or numbers
    what the point is about ("Committee on Armed Services:", "JEP 504 :") leads no list: it identifies; nor
    does one of LEAST_CLAUSE words or more, a statement whose cut keeps its number ("Spectacular results
    after migrating to native images: replicas cut from 43 to 12, …")."""
    label, body = labelled(" ".join(text.split()))
    return (0 < count_words(label) < LEAST_CLAUSE and not is_name(label) and not any(c.isdigit() for c in label)
            and len(list_items(body)) >= 2)


def _number_spans(pieces: list[str], first: int, most: int) -> Iterator[tuple[int, int]]:
    """The runs of ``pieces`` that hold piece ``first`` (the number's) and join in at most ``most`` words
    (start, end): from the earliest start, the latest end first. A run's words grow as it takes a piece at
    either end, so the starts are the last few before ``first`` and the ends the few after it: 6,000 pieces
    were otherwise joined in 9 million runs (minutes for one point)."""
    fits = lambda start, end: count_words(_joined(pieces[start:end])) <= most
    if not fits(first, first + 1):
        return
    low = first
    while low > 0 and fits(low - 1, first + 1):
        low -= 1
    for start in range(low, first + 1):
        high = first + 1
        while high < len(pieces) and fits(start, high + 1):
            high += 1
        yield from ((start, end) for end in range(high, first, -1))


def whole_statement(text: str, most: int, keeps_rest: bool = False) -> str:
    """``text`` as a title or a summary item of at most ``most`` words that is whole, else "": the text
    itself, its ``Label: sentence``'s label (of LEAST_CLAUSE words or more, not opening a list of
    three items or more, not leaving out the sentence's number) or sentence (see headline.headline; a name
    that the sentence's subject stands for is its subject: headline.label_as_subject), else its longest
    leading clause that ends before a ";", a dash, or a comma that opens a clause (a word of _STARTERS
    or a participle: "…, after receiving"; or of _ADDING: "…, including") or before a participle with
    its agent ("…hearing chaired by") — never a cut mid-list, mid-phrase or with "…", nor one that leaves
    out a cause, a contrast or a qualifier (cut_rule.may_shorten: "…, while TikTok Live emphasizes",
    "…profitability driven by strong demand", "…, especially in Data Center AI"), unless the caller
    ``keeps_rest`` (a title whose rest is its slide's first point: the clause becomes a point of its own)."""
    text = " ".join(text.split())
    label, body = labelled(text)
    if label and count_words(text) > most and is_name(label) and (kept := label_as_subject(label, body)):
        # ("Committee on X: Committee ordered…", cut: "Committee on X ordered…")
        text, label, body = kept, "", kept
    title, rest = headline(text, most)
    if not rest or (label and title == label and count_words(label) >= LEAST_CLAUSE and len(re.findall(r"[,;]\s", body)) < 2
                    and (has_quantity(label) or not has_quantity(body)) and (keeps_rest or may_shorten(text, title))):
        return title  # (a label says little without its list, "Three risks justify it: A, B, C", or its number)
    for part in (text, body) if label else (text,):
        until = word_start(part, most)  # (a boundary after it leaves more than ``most`` words before it)
        ends = [a for a, b in safe_bounds(part, until) if LEAST_CLAUSE <= count_words(part[:a]) <= most
                and (part[a:b].strip()[:1] in ";–—-" or (part[a] == "," and (opens_clause(part[b:])
                                                                             or part[b:].split(" ", 1)[0] in _ADDING)))]
        whole = whole_spans(part)
        ends += [m.start() for m in upto(_AGENT.finditer(part), until) if LEAST_CLAUSE <= count_words(part[:m.start()]) <= most
                 and part[:m.start()].split()[-1].casefold() not in _AUXILIARY and outside(part, m.start(), whole)]
        ends = [a for a in ends if keeps_rest or may_shorten(text, part[:a])]
        if ends:
            return unhooked(_upper_first(part[:max(ends)].rstrip(" ,")))
    return ""


def kept_whole(text: str, most: int) -> str:
    """``text`` whole where it has a leading statement of at most ``most`` words that only the cut rule
    refuses (cut_rule.may_shorten: what it leaves out is the reason, the contrast or the qualifier)
    and it holds at most twice ``most`` words, else "": such a sentence is kept whole, not left out."""
    text = " ".join(text.split())
    return text if count_words(text) <= 2 * most and not whole_statement(text, most) and whole_statement(
        text, most, keeps_rest=True) else ""



