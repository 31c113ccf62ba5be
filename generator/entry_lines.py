"""What a digest entry's line keeps: what sets it apart from its siblings (issue #21, review 10's finding 2).

A digest's entries (a day's hearings) share their formula ("… concluded a hearing to examine …, after
receiving testimony from …"): cut to its leading clause, every entry reads the same, and what each one
is about is lost. An entry's line is its leading clause (who did what, of what: its label names who acts where
the clause's subject is the bare noun it names, "Committee on Armed Services: Committee concluded…"; where the
clause names its own, "Subcommittee on Defense concluded…", the label is its parent and stays out of the line,
review 21: a colon chain of two names) and, under it, the clauses
that follow it (``details``): the focus ("Focusing on a program update") and who took part ("Testimony
from Vice Admiral Jon A. Hill"), each a sub-point. A clause that holds a phrase of ``witness_phrases``
("testimony from") says it from that phrase on ("after receiving", the formula, goes) with the names of
those it lists, without their titles and places (each ``;`` item's first part, where that is a name). A
clause every sibling has word for word says nothing of any one of them and is left out. The words are
the notes' own, in their order; the speaker notes say each entry whole.

Review 11: with those sub-points the bottom line ran over two slides. The deck's bottom line shows each
lead alone (one slide); an entry's details are the points of a slide of its own after it
(``entry_evidence``), each witness whole under the phrase that lists them, office and place kept. The
report's summary keeps the lead with its sub-points (names only).
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from .clause_bounds import opens_clause, outside
from .headline import count_words, is_name, label_as_subject, labelled
from .hearing_outcomes import acting, outcome
from .inline import plain, whole_spans
from .key_words import phrases

_COMMA = re.compile(r",\s+")
_LEAST_NAME = 2  # words of a witness's name at least ("Peter Levine")


def _clauses(body: str, witnesses: Sequence[str]) -> list[str]:
    """``body`` cut at each comma (outside brackets and links) that opens a clause (clause_bounds.opens_clause:
    "…, focusing on", "…, after receiving"); the clause that names witnesses runs to the end."""
    whole, cuts = whole_spans(body), [0]
    for m in _COMMA.finditer(body):
        if outside(body, m.start(), whole) and opens_clause(body[m.end():]):
            if _witness_at(body[cuts[-1]:m.start()], witnesses) is not None:
                break  # (the clause that names witnesses: read again at each of its commas, 1.6 s an entry)
            cuts.append(m.end())
    return [body[a:b].strip().rstrip(",").strip() for a, b in zip(cuts, [*cuts[1:], len(body)])]


def _witness_at(clause: str, witnesses: Sequence[str]) -> tuple[int, int] | None:
    """Where ``clause``'s first phrase of ``witnesses`` starts, and where the list of names after it
    starts; None where it has none."""
    folded = clause.casefold()
    found = [m.span() for w in witnesses if (m := re.search(rf"\b{re.escape(w)}\s+", folded))]
    return min(found) if found else None


def _listed(clause: str, witnesses: Sequence[str]) -> tuple[int, int, list[str], str] | None:
    """``clause``'s list of witnesses: where its phrase of ``witnesses`` starts, where the list starts,
    its items (split at ``;``, each whole: "Daniel Kaufman, Acting Director, Bureau of Consumer Protection,
    Federal Trade Commission") and the word that joins the last ("and", else ""), where every item opens
    on a name of two words or more; else None."""
    found = _witness_at(clause, witnesses)
    if found is None:
        return None
    start, at = found
    items = [i.strip() for i in clause[at:].rstrip(" .").split(";") if i.strip()]
    last = items[-1].split(" ", 1) if items else []
    joined = last[0] if len(last) == 2 and last[0] in {"and", "or"} and len(items) > 1 else ""
    if joined:
        items[-1] = last[1]
    names = [_COMMA.split(i, maxsplit=1)[0].strip() for i in items]
    if not names or not all(is_name(n) and count_words(n) >= _LEAST_NAME for n in names):
        return None
    return start, at, items, joined


def _names_only(clause: str, witnesses: Sequence[str]) -> str:
    """``clause`` from its phrase of ``witnesses`` on (what comes before, "after receiving", is the
    formula every entry with witnesses shares), each witness it lists said by name only ("testimony
    from Elizabeth A. Field, Director, …; Peter Levine, …; and Adam Grant, …" says "testimony from
    Elizabeth A. Field, Peter Levine, and Adam Grant"), where every item of the list opens on a name of
    two words or more (``_listed``); else ``clause`` as it is."""
    found = _listed(clause, witnesses)
    if found is None:
        return clause
    start, at, items, joined = found
    names = [_COMMA.split(i, maxsplit=1)[0].strip() for i in items]
    listed = ", ".join(names[:-1]) + (f", {joined} " if joined else ", ") + names[-1] if len(names) > 1 else names[0]
    return clause[start:at] + listed


def _point(text: str, children: Sequence[str] = ()) -> dict:
    return {"text": text, "at": None, "children": [_point(c) for c in children]}


def entry_evidence(text: str, words: dict) -> list[dict]:
    """What a digest entry's ``text`` says beyond its leading clause, as the points of its evidence slide:
    each clause after it (the focus: "Focusing on a program update"), and the witnesses as one point, their
    phrase and their names ("Testimony from Elizabeth A. Field, Peter Levine, and Adam Grant"), with each witness
    whole under it, office and place kept, for the slide's title to count (review 21: a witness a line, offices of
    two to four lines, made slides of names; the speaker notes say each office); none where it has no clause after
    its first."""
    witnesses = phrases(words, "witness_phrases")
    label, body = labelled(text)
    body = body if label and is_name(plain(label)) else text
    points = []
    for clause in _clauses(body, witnesses)[1:]:
        found = _listed(clause, witnesses)
        points.append(_point(_upper_first(clause.rstrip(" ."))) if found is None else
                      _point(_upper_first(_names_only(clause, witnesses).rstrip(" .")), found[2]))
    return points


def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def entry_line(text: str, words: dict) -> tuple[str, list[str]]:
    """A digest entry's ``text`` as its leading clause (its label kept) and the clauses after it, each a
    sub-point (see the module doc); the text alone, with no sub-points, where it has no clause after its first."""
    witnesses = phrases(words, "witness_phrases")
    label, body = labelled(text)
    label, body = (label, body) if label and is_name(plain(label)) else ("", text)
    lead, *details = _clauses(body, witnesses)
    if not details:
        return text, []
    own = _own_subject(label, lead, words)
    lead = outcome(lead, words)  # ("… examined curbing COVID cons": hearing_outcomes.py)
    shown = f"{label}: {lead}" if label and not own else lead
    return shown, [_upper_first(_names_only(d, witnesses).rstrip(" .")) for d in details]


def _own_subject(label: str, lead: str, words: dict) -> bool:
    """Whether ``lead`` names who acts itself, a name that is not the bare noun its ``label`` names ("Committee on
    Commerce: Subcommittee on Consumer Protection, … concluded a hearing…"): the label is then its parent, and a
    chain of the two ("Committee on Commerce: Subcommittee on …") runs two names into one item (review 21); the
    speaker notes say the entry whole."""
    subject = acting(lead, words)
    return bool(label and subject and is_name(subject) and not label_as_subject(label, lead))


def entry_lines(texts: Sequence[str], words: dict) -> list[tuple[str, list[str]]]:
    """Each of ``texts`` (a digest's entries, in order) as its line (``entry_line``), without a sub-point
    that every entry has word for word (two entries at least): it sets none apart."""
    lines = [entry_line(t, words) for t in texts]
    shared = set.intersection(*(set(d) for _, d in lines)) if len(lines) >= 2 else set()
    return [(lead, [d for d in details if d not in shared]) for lead, details in lines]


def lined(entries: list[dict], words: dict, most: int) -> list[dict]:
    """A digest's bottom-line ``entries`` (overview.digest_points), each as its line (``entry_lines``): its
    leading clause whole, its ``details`` its sub-points (the report's summary shows both, the deck's the lead
    only; the speaker notes say the ``entry`` whole, each witness with their office) and its ``evidence`` (the
    points of its deck slide: ``entry_evidence``), where that clause holds at most twice ``most`` words; the
    entry as it is where it has no clause after its first."""
    lines = entry_lines([p["text"] for p in entries], words)
    return [{**p, "text": lead, "entry": p["text"], "children": [_point(d) for d in details],
             "evidence": entry_evidence(p["text"], words)}
            if details and count_words(plain(lead)) <= 2 * most else p for p, (lead, details) in zip(entries, lines)]
