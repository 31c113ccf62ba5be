"""Whether a contrast lifted whole into a title leaves a body that supports it (review 15, finding 4).

A point that pairs two figures titles its slide whole and leaves the slide's body (titles.strongest,
contrast_titles). Where none of the lines left
under it shares a number or a key word with it (the words of the topic's heading aside), the title states a
claim its slide no longer shows: allin's "The US is spending 52 billion on semiconductors…; meanwhile, Apple
is investing over 200 billion into China" over mattress unicorns, war and a quote, the line that backed it
lifted into the title. Such a title is refused; the point stays a line of the slide under another title,
and no other point lifted whole that those lines do not back either (allin's mattress unicorns over the
semiconductor spending, war and a quote): else the heading.
"""
from __future__ import annotations

from .bottom_line import is_statement
from .key_words import keys


def unsupported(title: str, points: list, heading: str) -> bool:
    """Whether no statement of ``points`` (with their sub-points) shares a number or a key word with ``title``,
    those of ``heading`` aside, while some of them are statements: the body says other things only."""
    told_numbers, told_stems = keys(heading)
    numbers, stems = keys(title)
    numbers, stems = numbers - told_numbers, stems - told_stems
    said = [t for p in points for t in _texts(p) if is_statement(t)]
    return bool(said) and not any(keys(t)[0] & numbers or keys(t)[1] & stems for t in said)


def _texts(point: dict) -> list[str]:
    return [point["text"], *(t for c in point["children"] for t in _texts(c))]
