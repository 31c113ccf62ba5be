"""The title of a digest entry's evidence slide (entry_lines.entry_evidence): who testified, never the
entry's heading alone ("Missile Defense Agency", review 12).

The entry's leading clause is the bottom line's item (the deck says it once); its slide of evidence shows
the focus and the witnesses, so its title states what that slide proves: the one witness by name
("Vice Admiral Jon A. Hill testified on Missile Defense Agency": ``testified_one``), else how many
testified (``testified_many``: "3 witnesses testified on DOD Management Challenges"); an entry that names
no witness keeps its heading. The names and the heading are the notes' own.
"""
from __future__ import annotations

from .inline import plain
from .words import fill


def testified(evidence: list, heading: str, words: dict) -> str:
    """The title of the evidence slide whose points are ``evidence`` (its witnesses under their phrase)
    of the entry titled ``heading`` (see the module doc)."""
    witnesses: list = next((p["children"] for p in evidence if p.get("children")), [])
    if not witnesses:
        return heading
    if len(witnesses) == 1:
        return fill(words["testified_one"], name=plain(witnesses[0]["text"]).split(",")[0].strip(), topic=heading)
    return fill(words["testified_many"], count=len(witnesses), topic=heading)
