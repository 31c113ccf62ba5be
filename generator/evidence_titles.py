"""The slide of a digest entry's evidence (entry_lines.entry_evidence): what the hearing examined, its
focus and witnesses under that, never the entry's heading alone ("Missile Defense Agency", review 12).

Its title states the entry's point in the entry's own words: its leading clause with its procedure said as
what it examined (hearing_outcomes.outcome: "Committee on Armed Services examined the Department of
Defense's management challenges and opportunities"), the label as its subject where the clause's subject is
the noun the label names (headline.label_as_subject), else the clause alone ("Subcommittee on Defense
examined the Missile Defense Agency"); the witnesses and the focus under it are its evidence (review 16
finding 4: "3 witnesses testified on “DOD Management Challenges”" stated the procedure, not the point, and
its lines backed none of it). Where that clause says no procedure or runs past a title's words, who
testified titles it (``testified_one``: "Vice Admiral Jon A. Hill testified on “Missile Defense Agency”",
else ``testified_many``: "5 witnesses testified on “Curbing COVID Cons”"; the heading quoted: review 14);
an entry that names no witness keeps its heading. The names and the heading are the notes' own.

The witnesses are one line after the entry's focus, their phrase and their names ("Testimony from Elizabeth A.
Field, Peter Levine, and Adam Grant"); their offices and places are the speaker notes' (review 21: a witness a line,
offices of two to four lines each, made a slide of names).
"""
from __future__ import annotations

from .entry_lines import entry_line
from .headline import count_words, label_as_subject, labelled
from .inline import plain
from .whole_titles import MOST_WORDS
from .words import fill
from .template_names import template_filter


@template_filter("testimony")
def testimony(evidence: list, heading: str, words: dict, entry: str = "") -> dict:
    """The ``title`` and ``bullets`` of the evidence slide whose points are ``evidence`` (its focus, and its
    witnesses under their phrase) of the digest entry ``entry`` titled ``heading`` (see the module doc)."""
    listed = next((p for p in evidence if p.get("children")), None)
    if listed is None:
        return {"title": heading, "bullets": evidence}
    witnesses = listed["children"]
    title = examined(entry, words) or (
        fill(words["testified_one"], name=plain(witnesses[0]["text"]).split(",")[0].strip(), topic=heading)
        if len(witnesses) == 1 else fill(words["testified_many"], count=len(witnesses), topic=heading))
    return {"title": title, "bullets": [{**p, "children": []} if p is listed else p for p in evidence]}


def examined(entry: str, words: dict) -> str:
    """What the digest entry ``entry`` examined, as a title (see the module doc), or "" where its leading
    clause says no procedure of ``procedure_phrases`` or runs past MOST_WORDS words."""
    lead = entry_line(plain(entry), words)[0]
    if lead == entry_line(plain(entry), {**words, "procedure_phrases": "", "closed_procedure_phrases": ""})[0]:
        return ""  # (no procedure said as what it examined: the clause is the bottom line's, as written)
    label, body = labelled(lead)
    title = (label_as_subject(label, body) or body) if label else lead
    return title.rstrip(" .") if count_words(title) <= MOST_WORDS else ""
