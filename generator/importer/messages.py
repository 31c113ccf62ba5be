"""Each imported topic's ``message`` (its point, the title of its slide), from the notes' own words.

A message is only ever a sentence the notes wrote, in this order: the takeaway that points at the
topic (its time is inside the topic's stretch), its ``Label: sentence`` label when that is a
statement, else its sentence; the topic's summary when that is one sentence; its first bullet
when that reads ``Label: sentence`` (the label is the sentence's subject where the sentence's own is a
noun the label names: headline.label_as_subject). Nothing is reworded: at most the first letter is made a
capital. A topic whose notes say no such sentence keeps its title as the slide's title.
"""
from __future__ import annotations

from bisect import bisect_right

from ..errors import Problem
from ..headline import count_words, is_sentence, label_as_subject, labelled
from ..timestamps import parse_timestamp

MOST_WORDS = 20  # a message is read as a title: two lines at most


def _statement(text: str) -> str:
    """``text`` as a message if it is one short statement ("" if not): whole, else its
    ``Label: sentence`` label (four or more words), else its sentence."""
    text = " ".join(text.split()).rstrip(":").rstrip()
    if not text or text.endswith(":"):
        return ""
    label, rest = labelled(text)
    for candidate in ((text,) if not label else (text, label, rest)):
        if 4 <= count_words(candidate) <= MOST_WORDS and ";" not in candidate and ": " not in candidate:
            return candidate[:1].upper() + candidate[1:]
    return ""


def _takeaway_messages(data: dict) -> dict[int, str]:
    """The statement of the first takeaway (with a time) inside each topic's stretch, by topic index."""
    topics = data["topics"]
    if any("at" not in topic for topic in topics):  # untimed notes: no stretch holds a takeaway
        return {}
    order = sorted(range(len(topics)), key=lambda i: parse_timestamp(topics[i]["at"]))
    starts = [parse_timestamp(topics[i]["at"]) for i in order]
    found: dict[int, str] = {}
    for point in data.get("takeaways", []):
        at = point.get("at") if isinstance(point, dict) else None
        k = bisect_right(starts, parse_timestamp(at)) if at is not None else 0
        if k and order[k - 1] not in found:
            text = _statement(point["text"])
            if text:
                found[order[k - 1]] = text
    return found


def _summary_message(topic: dict) -> str:
    summary = " ".join(topic.get("summary", "").split())
    return summary if is_sentence(summary, MOST_WORDS) else ""


def _bullet_message(topic: dict) -> str:
    points = topic.get("points") or [""]
    first = points[0] if isinstance(points[0], str) else points[0].get("text", "")
    label, rest = labelled(first)
    if not label or (isinstance(points[0], dict) and points[0].get("points")):
        return ""
    return _statement(label_as_subject(label, rest) or rest)


def add_messages(data: dict, file: str) -> list[Problem]:
    """Set ``message`` on each topic of imported ``data`` whose notes state its point (see the module
    doc); return what the import should say about the deck's storyline (a bottom line without takeaways)."""
    from_takeaways = _takeaway_messages(data)
    for i, topic in enumerate(data["topics"]):
        message = from_takeaways.get(i) or _summary_message(topic) or _bullet_message(topic)
        if message:
            topic["message"] = message
    if data.get("takeaways") or not data["topics"]:
        return []
    return [Problem("the notes have no takeaways: the executive bottom line is made from the notes' own statements "
                    "(the topics' messages or first points, else the chapters' titles or the introduction; add a "
                    "'Key takeaways' section to say it yourself)", file)]
