"""Whose words a close says (review 20's worst 2: knesset closed on a witness's unattributed worry, "קשה מאוד להסביר
לחברת האם האמריקאית שלנו…"; cliff's chairman's warning and allin's quoted forecast closed nothing).

A topic's statements, as a close may say them (``voiced``):
- a quotation the notes attribute ("“A. B,” said … Chairman Mike Rogers."): each of its sentences with its speaker,
  "“B” — Mike Rogers" (plain_items.attributed names the speaker), so that its sentence that looks ahead may close
  while its first stays the evidence of its slide;
- a topic's quote ("“Whoever becomes the leader…” — Vladimir Putin"): with its speaker;
- a point the notes give a speaker (a transcript's turn, the point's ``speaker``: "אנחנו לא יודעים אם הוא יהיה
  רווחי"): with its speaker; one in a speaker's own voice (bottom_items.in_voice) without one is no statement of a
  close (an unattributed first-person line is a speaker's turn, not what the briefing means).
A statement so attributed closes only where it looks ahead or states a decision (``spoken_close``): a speaker's
"need" ("…למה אנחנו צריכים אותו מפעל…") is the speaker's interest, no implication of the briefing. Nothing is added
but the speaker's name the notes give. One such statement alone is no close (close_point.evidenced: a bare quote
states no implication of the briefing, review 21's worst 2).
"""
from __future__ import annotations

import re

from .bottom_items import in_voice
from .close_resolve import resolves
from .headline import sentences
from .inline import plain
from .plain_items import attributed
from .sentence_kinds import is_outlook
from .standalone import listed
from .words import LETTERS

_SAID = re.compile(r"^(?P<quote>[“\"](?P<body>[^”\"]+)[”\"])\s*,?\s*(?P<verb>\S+)\s")
_BY = re.compile(r"\s—\s[^—]+$")  # a statement's speaker after its words ("… — Mike Rogers")


def _sentences_said(text: str, words: dict) -> list[str]:
    """The sentences of the attributed quotation ``text``, each quoted with its speaker ("“B.” — Mike Rogers"),
    else []."""
    first = attributed(text, words)
    found = _SAID.match(" ".join(plain(text).split()))
    if not first or not found:
        return []
    who = first.rpartition(" — ")[2]
    opening, closing = ("“", "”") if found["quote"].startswith("“") else ('"', '"')
    body = found["body"].rstrip().rstrip(",")
    return [f"{opening}{s.rstrip(',')}{closing} — {who}" for s in sentences(body)]


def is_attributed(text: str) -> bool:
    """Whether ``text`` ends on its speaker ("… — Mike Rogers"), as ``voiced`` writes it."""
    return bool(_BY.search(plain(text)))


def unattributed(text: str) -> str:
    """``text`` without the speaker ``voiced`` writes after it (its words: what a close counts and compares)."""
    return _BY.sub("", plain(text))


def apart(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` are two sentences of one speaker's quotation (``voiced``: "“China is … in 30 years.” —
    Mike Rogers", "“If we fail…, the next 30 years could be devastating…” — Mike Rogers"): two statements, whatever
    number they share."""
    speaker = plain(a)[len(unattributed(a)):]
    return (bool(speaker) and plain(b).endswith(speaker) and unattributed(a).strip("“”\" .") not in plain(b)
            and unattributed(b).strip("“”\" .") not in plain(a))


def spoken_close(text: str, words: dict) -> bool:
    """Whether ``text`` may close as a speaker's words (see the module doc): not in a speaker's voice, or attributed
    and looking ahead or stating a decision."""
    said = unattributed(text)
    if is_attributed(text):
        return (is_outlook(said, words) or resolves(said, words)) and not points_back(said, words)
    return not in_voice(said, words)


def points_back(text: str, words: dict) -> bool:
    """Whether ``text``, a speaker's words lifted from what they said, points at words said before it: a personal
    pronoun that refers back (``back_references`` that are ``subject_pronouns``: "it", "הוא"), or a demonstrative
    standing for a clause ("acknowledge that,"). Review 21: cliff's close "“If we fail to acknowledge that…”" pointed
    at nothing; knesset's "“אנחנו לא יודעים אם הוא יהיה רווחי”" meant a production line the slide never names."""
    back = listed(words, "back_references")
    pronouns = back & listed(words, "subject_pronouns")
    said = plain(text).casefold()
    for found in LETTERS.finditer(said):
        after = said[found.end():].lstrip()[:1]  # ("" at the end)
        if found.group() in pronouns or (found.group() in back and (not after or after in ",.;:!?”\"")):
            return True
    return False


def voiced(topic: dict, words: dict) -> list:
    """``topic``'s points as a close may say them (see the module doc), in their order, then its quotes, none in a
    speaker's voice but attributed and looking ahead (``spoken_close``): a point that is unchanged is the same object
    (its slide's points are found by identity)."""
    speakers = topic.get("said_by") or {}
    out: list = []
    for point in topic["points"]:
        quoted = [] if point["children"] else _sentences_said(point["text"], words)
        if quoted:
            out += [{"text": s, "at": point["at"], "children": []} for s in quoted]
        elif speakers.get(point["text"]):
            out.append({**point, "text": f"{point['text']} — {speakers[point['text']]}"})
        else:
            out.append(point)
    out += [{"text": f"“{q['text']}” — {q['speaker']}", "at": q["at"], "children": []}
            for q in topic.get("quotes") or [] if q.get("speaker")]
    return [p for p in out if spoken_close(p["text"], words)]
