"""A printed record's running header as the notes' first line: "[Daily Digest]" (the Congressional Record prints
the name of its section so, in square brackets, with "[Pages D434-D435]" under it) names the publication the notes
are taken from, not what they say. The briefing takes it as its show (the cover's subtitle, the source's name) and
is titled by what the notes cover: their topics' headings joined ("Missile Defense Agency, Business Meeting, DOD
Management Challenges and Curbing COVID Cons"), two to MOST_HEADINGS of them within TITLE_WORDS words; else
(one topic, or too many to name) by the publication's name, as before.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from ..headline import count_words
from .titling import TITLE_WORDS

_RUNNING = re.compile(r"\[\s*([^\[\]()]{2,60}?)\s*\]")  # a line in square brackets, whole (a link's text is none)
MOST_HEADINGS = 4  # headings a title names at most


def running_header(line: str) -> str:
    """The publication a first ``line`` in square brackets names ("[Daily Digest]": "Daily Digest"), else ""."""
    found = _RUNNING.fullmatch(line.strip())
    return found.group(1) if found and any(c.isalpha() for c in found.group(1)) else ""


def covered(headings: Sequence[str], words: dict) -> str:
    """A title naming what notes of ``headings`` cover (see the module doc), else ""."""
    if not 2 <= len(headings) <= MOST_HEADINGS:
        return ""
    joined = ", ".join(headings[:-1]) + words.get("names_and", " and ") + headings[-1]
    return joined if count_words(joined) <= TITLE_WORDS else ""
