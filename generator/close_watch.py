"""What to watch on a close made of the content's conclusion (review 18's finding 4: the default deck's close was "two
generic sentences … no recommendation and nothing to watch").

Two rules, both on the notes' own words:
- A conclusion's line that the slide shortens to its main clause (close_point.shown) keeps the clause that says what is
  at stake: where the dropped rest holds a phrase of the language's ``stake_phrases`` ("raising questions about",
  "risks", "challenges"), it stays on the slide as a sub-point of its line ("…suggest continued rapid progress." ›
  "while raising questions about energy usage, environmental impact, and global competition."): the open questions
  are what the audience watches, not a detail to leave to the speaker notes.
- Where the notes have a section on what lies ahead (its heading names the future or a close: sentence_kinds) that
  states its message and has no slide of its own in the deck, its message ends the close ("Multiple companies are
  likely to succeed, as infrastructure grows in importance."): one line, never one the bottom line says.
A close's lines end alike (``one_stop``): where some end on a full stop and some on none, none does.
Where the notes both conclude and end on a section on what comes next that states its message ("Future of AI
Development": "Multiple companies are likely to succeed, as infrastructure grows in importance."), they give two
closes, and an audience chooses (``ahead_section``): the technical reader's deck ends on where the technology goes, that
section's slide, while the executive and policy decks end on the conclusion's implications and what to watch (review
21's worst 2: default's technical close was the executive close word for word, export rules and Taiwan).
"""
from __future__ import annotations

from .key_words import holds, phrases
from .said_same import same
from .sentence_kinds import is_closing_topic, is_prediction_topic
from .template_names import template_filter


def at_stake(kept: str, text: str, words: dict) -> str:
    """The rest of ``text`` after the part ``kept`` where it says what is at stake (see the module doc), else ""."""
    rest = text[len(kept.rstrip(".")):].lstrip(" ,;:—–-") if text.startswith(kept.rstrip(".")) else ""
    return rest if rest and holds(rest, phrases(words, "stake_phrases")) else ""


ENDS = (".", "!", "?", "…", "”", '"', "»", "。", "！", "？")  # how a sentence ends (a quotation's closing mark too)


@template_filter("one_stop")
def one_stop(lines: list) -> list:
    """A close's lines (points, their sub-points too) with one end punctuation: where some end a sentence (a stop, a
    quotation's closing mark) and others do not (a detail, a leading clause), none ends on a full stop (review 14: one
    list, one end punctuation; a closing quotation mark stays)."""
    ends = {p["text"].rstrip().endswith(ENDS) for p in _every(lines)}
    return lines if len(ends) < 2 else [_unstopped(p) for p in lines]


def _every(lines: list) -> list:
    return [q for p in lines for q in (p, *_every(p.get("children") or []))]


def _stopped(text: str) -> bool:
    return text.rstrip().endswith(".") and not text.rstrip().endswith("..")


def _unstopped(point: dict) -> dict:
    text = point["text"].rstrip()
    return {**point, "text": text[:-1] if _stopped(text) else text,
            "children": [_unstopped(c) for c in point.get("children") or []]}


@template_filter("watch_line")
def watch_line(topics: list, shown: list, opened: list, words: dict) -> list:
    """The close's last line from the notes' section on what lies ahead (see the module doc), as a point, else []."""
    on_slides = {t["id"] for t in shown}
    ahead = [t for t in topics if not t["aside"] and t["message"] and t["id"] not in on_slides
             and (is_prediction_topic(t["title"], words) or is_closing_topic(t["title"], words))]
    if not ahead or any(same(ahead[-1]["message"], item["text"]) for item in opened):
        return []
    return [{"text": ahead[-1]["message"], "at": None, "children": []}]


@template_filter("ahead_section")
def ahead_section(topics: list, words: dict) -> list:
    """The notes' section on what comes next that may close a deck instead of its conclusion (see the module doc), as
    a list: their last topic (asides aside) where its heading names the future and it has points and a message; a
    topic on forecasts amid the others ("Reservoir Levels and Forecasts", first of six) is evidence, not the close."""
    last = [t for t in topics if not t["aside"]][-1:]
    return [t for t in last if t["points"] and t["message"] and is_prediction_topic(t["title"], words)]
