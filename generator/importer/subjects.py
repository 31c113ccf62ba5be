"""The subjects a title lists, as shows name an episode after what it covers ("Big Beautiful Bill,
Elon/Trump, Dollar Down Big, Harvard's Money Problems, Figma IPO"): when the chapters the notes
hold are only asides (the hosts' intros, a sponsor read: the rest of the chapters cut off), those
subjects are what the briefing is about, and its topics."""
from __future__ import annotations

import re
from dataclasses import replace

from ..asides import is_aside, phrases
from ..errors import Problem
from ..headline import count_words
from .reading import ReadTopic
from .tokens import Token

MIN_SUBJECTS = 3
SUBJECT_WORDS = 5  # an item of more words is a clause, not a subject's name


def listed(title: str) -> list[str]:
    """The subjects ``title`` lists: three or more items parted by commas (the last may open with
    "and" or "&"), each a name of at most SUBJECT_WORDS words, none a sentence; [] for any other title
    ("Machines, Creativity & Love" lists two)."""
    items = [item.strip() for item in re.split(r",\s+", title.strip())]
    items[-1] = re.sub(r"^(?:and|&)\s+", "", items[-1])
    if len(items) < MIN_SUBJECTS or any(not item or count_words(item) > SUBJECT_WORDS
                                        or item.endswith((".", "!", "?", ":")) for item in items):
        return []
    return items


def with_subjects(topics: list[ReadTopic], title: str, line: int, words: dict, file: str,
                  warnings: list[Problem]) -> list[ReadTopic]:
    """``topics``, and after them the subjects the notes' ``title`` (at ``line``) lists as topics
    without points, when every one of ``topics`` is an aside; the asides then lose their times (a
    briefing's topics all have a time or none), which a warning says. Else ``topics`` as they are."""
    found = phrases(words)
    subjects = listed(title)
    if not subjects or not topics or not all(is_aside(t.token.text, found) for t in topics):
        return topics
    named = ", ".join(f"'{t.token.text}'" for t in topics)
    timed = any(t.at is not None for t in topics)
    warnings.append(Problem(f"the notes' chapters are only asides ({named}): the topics are the {len(subjects)} "
                            f"subjects the title lists" + (", without times (the asides' times are left out)"
                                                           if timed else ""), file, line))
    return [replace(t, at=None) for t in topics] + [ReadTopic(Token("topic", line, s), None) for s in subjects]
