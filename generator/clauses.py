"""A deck's long points in their clauses, and cuts that keep a point's number (issue #21).

A point of more than LONG_POINT words is hard to read on a slide: it is shown as its sentences
(sibling points), else as its clause before a list of ``;`` items with the items under it, else as
its leading clause with the clauses after it under it. A boundary is never inside brackets, a link
or a list ("the Army, Navy, and Space Force"). Nothing is reworded: the words are the point's, in
its order.

A point cut to fit a slide keeps its number: where the leading statement (see headline) would drop
every quantity the point says ("Spectacular results after migrating: replicas from 43 to 12" is
not "Spectacular results after migrating"), the cut keeps the clauses up to the number's, else the
number's clause and those after it, else it is the leading statement.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from itertools import takewhile

from .document import Bullet
from .headline import _CLAUSE, _listing, count_words, headline, is_name, label_as_subject, labelled, sentences, unhooked
from .inline import whole_spans
from .cut_rule import may_shorten
from .weigh import has_quantity

LONG_POINT = 40  # words of a point the deck shows as one paragraph at most
LEAST_CLAUSE = 5  # words of a clause set apart at least
LIST_ITEM = 20  # words of an item of a ``;`` list at most
LIST_LEAST = 3  # items after a label that make it a list's announcement ("Three risks justify it: A, B, and C")
RUN_ON = 3  # words of a list's capitalised item that the items after it without a capital continue
# words that open a clause after a comma ("…, after receiving testimony", "…, focusing on"): a comma
# before another word may part the items of a list ("such as the bill, the phasing out of …")
_STARTERS = {"after", "before", "while", "which", "who", "whose", "where", "when", "but", "although", "though",
             "because", "since", "whereas", "yet", "so", "despite", "according", "unless", "until", "whereby",
             "mais", "car", "donc", "alors", "puis", "avant", "après", "pendant", "qui", "dont", "où", "lorsque",
             "tandis"}
# words after a comma that add to a whole clause before it ("…growth, especially in Data Center AI", "…right
# (and wrong), and break down…", "…, with the launch of new products": a comma that ends a list's items is no
# boundary, see _bounds); whether what follows may be left out is cut_rule's to say (a qualifier, "especially", never is)
_ADDING = {"and", "et", "und", "y", "with", "avec",
           "especially", "notably", "particularly", "mainly", "including", "notamment", "surtout", "particulièrement",
           "insbesondere", "vor", "especialmente", "sobre", "incluyendo"}
# a participle with its agent after a whole clause ("…record revenue and profitability driven by strong demand"):
# the clause before it is whole unless it ends on an auxiliary ("Revenue was driven by")
_AGENT = re.compile(r"\s(?=[a-z]+(?:ed|en|wn)\s+by\s)")
_AUXILIARY = {"is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "get", "gets", "got"}
_WORD_RUN = re.compile(r"\S+")  # a word as count_words counts it
_LIST_OPENER = re.compile(r"\s(?:from|by|with|including|include|includes|among them|notamment|dont|avec|par)\s", re.I)


def _bounds(text: str, until: int | None = None) -> list[tuple[int, int]]:
    """The safe clause boundaries of ``text`` (separator start, end): not inside brackets, a link,
    a code span or emphasis, nor between the items of a list; those that start by ``until`` only
    (a text of thousands of clauses cut to a few words is read as far as those words)."""
    whole = whole_spans(text)
    return [m.span() for m in _upto(_CLAUSE.finditer(text), until) if _outside(text, m.start(), whole)
            and not (m.group().startswith(",") and _listing(text, m.start(), m.end()))]


def _upto(matches: Iterator[re.Match], until: int | None) -> Iterator[re.Match]:
    """The ``matches`` that start by ``until`` (all of them for None)."""
    return matches if until is None else takewhile(lambda m: m.start() <= until, matches)


def _word_start(text: str, index: int) -> int:
    """The offset of word ``index`` (from 0) of ``text``, else its length: a cut of ``text`` holds at most
    ``index`` words (count_words) when it ends there or before."""
    return next((m.start() for i, m in enumerate(_WORD_RUN.finditer(text)) if i == index), len(text))


def _words_around(text: str) -> tuple[Callable[[int], int], Callable[[int], int]]:
    """How many words (count_words) ``text`` has before an offset and after one, read once: counting them
    anew at each of a long text's thousands of boundaries took seconds a point."""
    runs = [m.span() for m in _WORD_RUN.finditer(text)]
    starts, ends = [a for a, _ in runs], [b for _, b in runs]
    return (lambda at: bisect_left(starts, at)), (lambda at: len(ends) - bisect_right(ends, at))


def _outside(text: str, at: int, whole: list[tuple[int, int]]) -> bool:
    """Whether ``at`` is outside brackets, emphasis (``**``, ``*``) and the ``whole`` spans of ``text``."""
    return (text.count("(", 0, at) <= text.count(")", 0, at) and text.count("[", 0, at) <= text.count("]", 0, at)
            and text.count("*", 0, at) % 2 == 0 and not any(a < at < b for a, b in whole))


def _pieces(text: str) -> list[str]:
    """``text`` cut at its safe clause boundaries, each piece with the separator that ends it."""
    starts = [0, *(end for _, end in _bounds(text))]
    return [text[a:b].strip() for a, b in zip(starts, [*starts[1:], len(text)]) if text[a:b].strip()]


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
    nor any item is left out (review 11, finding 5)."""
    short = headline(text, most)[0]
    label, body = labelled(" ".join(text.split()))
    ruled = count_words(text) <= LONG_POINT
    items = list_items(body) if label or ruled else []
    if short != " ".join(text.split()) and labelled_list(text):
        return ""  # (a list's lead label stays with its items, all of them: "Approche recommandée : A, B")
    if len(items) >= LIST_LEAST and (short == label or (ruled and not any(_opens_clause(i) for i in items[1:])
                                                        and not short.rstrip(" .…").endswith(items[-1].rstrip(" .")))):
        return ""

    def whole(kept: str) -> bool:  # (whether ``kept`` leaves out no cause, contrast or qualifier, where that is asked)
        return not ruled or may_shorten(text, kept)

    if has_quantity(short) or not has_quantity(text):
        return short if whole(short) else ""
    pieces = _pieces(" ".join(text.split()))
    first = next((i for i, p in enumerate(pieces) if has_quantity(p)), None)
    if first is None:
        return short if whole(short) else ""
    for start, end in _number_spans(pieces, first, most):  # the leading clauses up to the number's, else fewer
        kept = _joined(pieces[start:end])
        if whole(kept):
            return unhooked(_upper_first(kept))
    return short if whole(short) else ""


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
        until = _word_start(part, most)  # (a boundary after it leaves more than ``most`` words before it)
        ends = [a for a, b in _bounds(part, until) if LEAST_CLAUSE <= count_words(part[:a]) <= most
                and (part[a:b].strip()[:1] in ";–—-" or (part[a] == "," and (_opens_clause(part[b:])
                                                                             or part[b:].split(" ", 1)[0] in _ADDING)))]
        whole = whole_spans(part)
        ends += [m.start() for m in _upto(_AGENT.finditer(part), until) if LEAST_CLAUSE <= count_words(part[:m.start()]) <= most
                 and part[:m.start()].split()[-1].casefold() not in _AUXILIARY and _outside(part, m.start(), whole)]
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


def headlines_run(text: str) -> list[str]:
    """A sentence that runs several headlines together ("Java 26 is out, GraalVM shines at Trivago,
    OpenJDK bans generated code") as its headlines: cut at each ", " (outside brackets and links)
    followed by a capital, when there are three parts or more, each of three words or more; else
    the sentence alone. The words are the sentence's; a full stop ends only the last part."""
    whole = whole_spans(text)
    cuts = [m.start() for m in re.finditer(r",\s+(?=[A-ZÀ-ÖØ-Þ])", text) if _outside(text, m.start(), whole)]
    bounds = [0, *cuts, len(text)]
    parts = [text[a:b].lstrip(", ").strip() for a, b in zip(bounds, bounds[1:])]
    return parts if len(parts) >= 3 and all(count_words(p) >= 3 for p in parts) else [text]


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
        parts = sentences(b.text)
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
    bounds = _bounds(text)
    before, after = _words_around(text)
    for marks in (":", "–—-", ","):  # the strongest boundary first, the one nearest the middle of its kind
        cuts = [(a, b) for a, b in bounds if text[a:b].strip()[:1] in marks
                and min(before(a), after(b)) >= LEAST_CLAUSE and (marks != "," or _opens_clause(text[b:]))]
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


def list_items(text: str) -> list[str]:
    """The items of a list after a colon ("A, B, and C"), cut at each ", " outside brackets and links,
    when each has LIST_ITEM words at most; else none. Items after the first that open without a capital
    after one of RUN_ON words or more that opens with one are no items of a list but the rest of
    its sentence: they continue it ("We Chat is your ID, unlocks your doors, how you pay rent" is one
    item, never "unlocks your doors" alone; "Python, Go, and shell scripts" stays three)."""
    whole = whole_spans(text)
    bounds = [0, *(m.start() for m in re.finditer(r",\s", text) if _outside(text, m.start(), whole)), len(text)]
    items = [re.sub(r"^(?:and|or|et|ou|und|oder|y|o)\s+", "", text[a:b].lstrip(", ").strip()) for a, b in zip(bounds, bounds[1:])]
    joined = items[:1]
    for n, item in enumerate(items[1:], start=1):
        if item[:1].islower() and len(joined) > 1 and joined[-1][:1].isupper() and count_words(joined[-1]) >= RUN_ON:
            joined[-1] += ", " + text[bounds[n]:bounds[n + 1]].lstrip(", ").strip()  # (its own words: "and" kept)
        else:
            joined.append(item)
    return joined if all(0 < count_words(i) <= LIST_ITEM for i in joined) else []


def _opens_clause(text: str) -> bool:
    """Whether ``text`` (what follows a comma) opens a clause: a word of _STARTERS or a participle
    ("focusing on", "representing")."""
    word = text.split(maxsplit=1)[0] if text.strip() else ""
    return word.islower() and (word in _STARTERS or word.endswith("ing") and len(word) > 5)


def split_semicolons(text: str) -> list[str]:
    """``text`` cut at each "; " outside brackets, emphasis and links."""
    whole = whole_spans(text)
    cuts = [m.start() for m in re.finditer(r";\s", text) if _outside(text, m.start(), whole)]
    bounds = [0, *cuts, len(text)]
    return [text[a:b].lstrip("; ") for a, b in zip(bounds, bounds[1:])]
