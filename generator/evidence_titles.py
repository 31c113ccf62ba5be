"""The slide of a digest entry's evidence (entry_lines.entry_evidence): who testified at which hearing,
never the entry's heading alone ("Missile Defense Agency", review 12).

The entry's leading clause is the bottom line's item (the deck says it once); its slide of evidence shows
the focus and the witnesses, so its title states what that slide proves: the one witness by name
(``testified_one``: "Vice Admiral Jon A. Hill testified on “Missile Defense Agency”"), else how many
testified (``testified_many``: "5 witnesses testified on “Curbing COVID Cons”"); an entry that names no
witness keeps its heading. The heading is the hearing's name, so the title quotes it (review 14: "…testified
on Curbing Covid Cons", title case inside a sentence); what the hearing examined, in the entry's words, is
the bottom line's item, which no slide says again. The names and the heading are the notes' own.

The title says that they testified, so the witnesses are the slide's points themselves, each whole with
office and place, after the entry's focus; the phrase that listed them ("Testimony from") is no lead over
them (review 14: a lead over one witness).
"""
from __future__ import annotations

from .inline import plain
from .words import fill
from .template_names import template_filter


@template_filter("testimony")
def testimony(evidence: list, heading: str, words: dict) -> dict:
    """The ``title`` and ``bullets`` of the evidence slide whose points are ``evidence`` (its focus, and its
    witnesses under their phrase) of the digest entry titled ``heading`` (see the module doc)."""
    listed = next((p for p in evidence if p.get("children")), None)
    if listed is None:
        return {"title": heading, "bullets": evidence}
    witnesses = listed["children"]
    title = (fill(words["testified_one"], name=plain(witnesses[0]["text"]).split(",")[0].strip(), topic=heading)
             if len(witnesses) == 1 else fill(words["testified_many"], count=len(witnesses), topic=heading))
    return {"title": title, "bullets": [w for p in evidence for w in (p["children"] if p is listed else [p])]}
