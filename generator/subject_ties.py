"""Whether a statement is tied to what the notes are about (review 14, finding 1: an aside on the bottom line).

A takeaway says something about the notes' subject: it shares a key word (key_words.keys: a stem of five
letters) with a heading or a message of the topics the deck shows ("China government does 5-year plans" under
"On China"). A remark that weighs nothing (consequence: no figure, outcome, decision, risk or reason) and shares
no key word with any of them is a general claim about the world, an aside of the talk ("Having more children is
not worse for the environment" under "Declining Birth Rate"; "more mattress unicorns than defense industry
unicorns" under "Importance of Military Technology"): ``untied``. The bottom line ranks it below every statement
tied to the subject (consequence.UNTIED), so it stands there only where three others do not.
"""
from __future__ import annotations

from collections.abc import Sequence

from .key_words import keys


def subject(shown: Sequence[dict]) -> set[str]:
    """The key words' stems of the headings and messages of the ``shown`` topics: what the notes are about."""
    return set().union(set(), *(keys(f"{t['title']} \n {t.get('message') or ''}")[1] for t in shown))


def untied(text: str, about: set[str]) -> bool:
    """Whether ``text`` shares no key word with ``about`` (``subject``); never where ``about`` is empty, nor for a text in a
    script written without spaces (CJK: its "key words" are runs of a sentence, which no heading shares)."""
    return bool(about) and not any(c >= "\u2e80" for c in text) and not keys(text)[1] & about
