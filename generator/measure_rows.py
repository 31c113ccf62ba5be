"""A point that states a measure and its value, read as a table's row (review 19: numbers that call for a table).

"Diluted earnings per share were $1.20, compared to $0.92 a year ago, an increase of 30% year-over-year" is a row of
a table a briefer makes: the measure ("Diluted earnings per share"), its value ("$1.20"), the earlier value it is
compared with ("$0.92 a year ago") and the change ("an increase of 30% year-over-year"). The measure is what the
point says before its verb (a word of the language's ``clause_verbs``, ``rise_words`` or ``fall_words``: a phrase of
at most MOST_MEASURE words with no number), or before its colon ("Gross margin: 54%"). After a verb of change
("grew", "decreased") the number is the change, and a number after the second word of a range (``change_ranges``:
"to $9.2 billion") the value; after any other verb the first number is the value. Each clause that follows is the
earlier value where it opens on a word of ``earlier_marks``, the change where it opens on one of ``change_marks``,
else, holding a number, a remark on the cell before it, in brackets from its number on ("representing a 24% operating
margin": "$2.2 billion (24% operating margin)"); a clause with no number (a cause: "driven by …") is no cell, the
sentence says it in the speaker notes and the report. Every cell is the notes' own words; nothing is computed.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from .headline import count_words, sentences
from .inline import plain
from .key_words import phrases
from .quantities import YEAR, said_quantities

MOST_MEASURE = 8  # words of a measure's name at most
MOST_REMARK = 8  # words of a clause that remarks on a cell at most
MOST_SPARE = 3  # words of the clause after the verb that no cell says, at most ("to a record")
_CLAUSE = re.compile(r",\s+")


class Row(NamedTuple):
    """A point read as a table's row: its measure, value, earlier value and change (each "" where it says none)."""

    measure: str
    value: str = ""
    earlier: str = ""
    change: str = ""


def _opening(clause: str, marks: list[str]) -> str:
    """The word of ``marks`` ``clause`` opens on, as written, or ""."""
    folded = " ".join(clause.casefold().split()) + " "
    mark = next((m for m in sorted(marks, key=len, reverse=True) if folded.startswith(m + " ")), "")
    return " ".join(clause.split()[:len(mark.split())]) if mark else ""


def _signed(word: str, change: str, words: dict) -> str:
    """``change`` ("36% year-over-year") signed by the ``word`` that states it: "+" after a rise ("grew", "up"),
    "−" after a fall; the word kept where it says neither ("more than doubled")."""
    folded = " ".join(word.casefold().split())
    rise = phrases(words, "rise_words") + phrases(words, "rise_marks")
    fall = phrases(words, "fall_words") + phrases(words, "fall_marks")
    sign = "+" if folded in rise else "−" if folded in fall else ""
    change = " ".join(change.split())
    return sign + change if sign and re.match(r"[$€£]?\d", change) else " ".join(filter(None, (word, change)))


def _numbers(text: str) -> list[tuple[int, int]]:
    """Where each quantity of ``text`` that is no year starts and ends."""
    return [(start, end) for start, end, q in said_quantities(text)
            if not (YEAR.fullmatch(text[start:end].strip()) and not q[0] and not q[3])]


def _verb(text: str, words: dict) -> tuple[re.Match, bool] | None:
    """The first verb of ``text`` that follows its measure, and whether it states a change."""
    changes = phrases(words, "rise_words") + phrases(words, "fall_words")
    verbs = sorted(set(phrases(words, "clause_verbs") + changes), key=len, reverse=True)
    if not verbs:
        return None
    found = re.search(r"(?<!\w)(?:" + "|".join(re.escape(v) for v in verbs) + r")(?!\w)", text, re.IGNORECASE)
    return (found, found.group().casefold() in changes) if found else None


def _first(clause: str, changing: bool, verb: str, words: dict) -> tuple[str, str, str]:
    """The value, the change and a remark the clause right after the verb states (see the module doc); none where
    more than MOST_SPARE of its words are in no cell (the point says more than a row: "There have been … in the
    last 30 years")."""
    found = _numbers(clause)
    ends = [p.split("…")[-1].strip().casefold() for p in words.get("change_ranges", "").split(",") if "…" in p]
    value = change = remark = ""
    spans: list[tuple[int, int]] = []  # what the cells say of the clause
    for n, (start, end) in enumerate(found):
        before = clause[found[n - 1][1] if n else 0:start].split()
        if changing and not any(w.casefold() in ends for w in before):
            if not change:
                tail = clause[end:next((s for s, _ in found[n + 1:]), len(clause))].split()
                tail = tail[:next((i for i, w in enumerate(tail) if w.casefold() in ends), len(tail))]
                change = _signed(verb, " ".join([*before, clause[start:end], *tail]), words)
                spans.append((start - len(" ".join(before)) - 1, end + len(" ".join(tail)) + 1))
            continue
        if not value:
            value, spans = clause[start:end], spans + [(start, end)]
        elif not remark:
            remark, spans = clause[start:].strip(), spans + [(start, len(clause))]
    spare = "".join(c if not any(a <= i < b for a, b in spans) else " " for i, c in enumerate(clause))
    return (value, change, remark) if count_words(spare) <= MOST_SPARE else ("", "", "")


def measure_row(text: str, words: dict) -> Row | None:
    """``text`` (a point of one sentence) as a table's row, or None where it states no measure with a value or a
    change (see the module doc)."""
    text = " ".join(plain(text).split()).rstrip(".").strip()
    if not text or len(sentences(text)) != 1:
        return None
    labelled = re.match(r"([^:\d]{1,80}):\s+", text)
    verb = None if labelled else _verb(text, words)
    if labelled:
        measure, rest, changing, said = labelled.group(1), text[labelled.end():], False, ""
    elif verb:
        measure, rest, changing, said = text[:verb[0].start()], text[verb[0].end():], verb[1], verb[0].group()
    else:
        return None
    return _row(measure, rest, changing, said, words)


def figure_row(value: str, label: str, words: dict) -> Row | None:
    """A key figure as a table's row: the measure its label names before its first comma ("Data Center segment
    operating income"), ``value`` the value, each clause after the measure a cell as in a point (measure_row: "or 25%
    of revenue" a remark on the value, "compared to $1 billion a year ago" the earlier value); None where the label
    opens on no measure."""
    label = " ".join(plain(label).split()).rstrip(".").strip()
    measure, _, rest = label.partition(", ")
    return _row(measure, ", ".join(filter(None, (plain(value).strip(), rest))), False, "", words)


def _row(measure: str, rest: str, changing: bool, said: str, words: dict) -> Row | None:
    """The row of ``measure`` whose value, change and earlier value the clauses of ``rest`` (what follows the verb
    ``said``; ``changing``: a verb of change) state (see the module doc), or None."""
    measure = measure.strip(" ,;:")
    if not measure or any(c.isdigit() for c in measure) or count_words(measure) > MOST_MEASURE:
        return None
    clauses = _CLAUSE.split(rest.strip())
    value, change, remark = _first(clauses[0], changing, said, words)
    cells = {"value": value + (f" ({remark})" if remark else ""), "earlier": "", "change": change}
    last = "value"
    for clause in clauses[1:]:
        found = _numbers(clause)
        if not found:
            continue
        earlier, changed = _opening(clause, phrases(words, "earlier_marks")), _opening(clause, phrases(words, "change_marks"))
        if earlier and not cells["earlier"]:
            cells["earlier"], last = clause[len(earlier):].strip(), "earlier"
        elif changed and not earlier and not cells["change"]:
            cells["change"], last = _signed(changed, clause[len(changed):], words), "change"
        elif count_words(clause) <= MOST_REMARK and cells[last]:
            cells[last] += f" ({clause[found[0][0]:].strip()})"
        else:
            return None
    if not (cells["value"] or cells["change"]):
        return None
    return Row(measure[0].upper() + measure[1:], cells["value"], cells["earlier"], cells["change"])
