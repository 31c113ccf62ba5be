"""An agenda's allotted times: "Introducción/presentaciones (5 min)", "Evento Enero 2022 (30 min)" are the items of a
meeting's agenda and the minutes planned for each, which say how long it was to take, not what was said. Where
every item of a list (two at least) ends on a duration in brackets, the durations are left out of the items: the
number would be read as a finding of the notes (a key figure, a bottom line's quantity, a title's number).
"""
from __future__ import annotations

import re
from dataclasses import replace

from .tokens import Token

# "(5 min)", "(1 h)", "(30 minutes)", "(1,5 horas)", "(10 分钟)": a duration in brackets at a line's end
_ALLOTTED = re.compile(r"\s*[(（]\s*\d+(?:[.,]\d+)?\s*(?:min|mins|minutes?|minutos?|minuten|h|hrs?|hours?|horas?|"
                       r"heures?|stunden?|分钟|小时|דקות|שעות|دقائق|دقيقة|ساعة)\.?\s*[)）]\s*$", re.IGNORECASE)


def unallotted(bullets: list[Token]) -> list[Token]:
    """``bullets`` without the durations an agenda's items end on, where every item ends on one (see the module
    doc); else as they are."""
    top = min((b.depth for b in bullets), default=0)  # (once: per item it made 20,000 bullets take minutes)
    items = [t for t in bullets if t.depth == top]
    if len(items) < 2 or not all(_ALLOTTED.search(t.text) for t in items):
        return bullets
    return [replace(t, text=_ALLOTTED.sub("", t.text)) if t.depth == top else t for t in bullets]
