"""A heading that asks, over a list of names, is the notes' question, not a slide's point (review 18's finding 1).

syntax-year-review's "What did we do?" heads "React Miami / JSNation Amsterdam / …": record lines, each a chapter of
the recording, none a statement. Its slide was titled by the question, which no slide answers in a sentence.
``listed_title`` keeps the question above the slide, as its kicker, and titles the slide by what its lines are: how
many, from the first to the last, as the notes name them ("9 items, from “React Miami” to “153 Syntax Episodes +
Video”": ``asked_items``). Only where the slide's title is the heading itself (no statement of the topic titles it:
titles.strongest), the heading asks (asked.asks), no line of the topic (sub-points too) is a statement
(bottom_line.is_statement: a topic whose lines state something is titled by them), and neither end asks (a title
that quotes a question asks: an outline's items, talkgo's "内容大纲", each ending on "；", keep their heading).
A question's label is the notes' mark of a Q&A, no words of the slide: a title or kicker that is a question shows it
without its label ("Q: 腾讯现在用go的多吗?" is "腾讯现在用go的多吗?": answers.question).
"""
from __future__ import annotations

from .answers import question
from .asked import asks
from .bottom_line import is_statement
from .chapter_list import short_name
from .inline import plain
from .template_names import template_filter
from .words import fill

LEAST = 2  # lines a list holds at least for its count and ends to title it


@template_filter("listed_title")
def listed_title(topic: dict, title: str, kicker: str, words: dict) -> dict:
    """The slide's ``title`` and ``kicker`` for ``topic``: as given (a question without its label), or, where the
    title is the topic's heading, a question over LEAST or more lines that state nothing, the lines' count and ends
    under the question (see the module doc)."""
    lines = _every(topic["points"])
    ends = (topic["points"][0], topic["points"][-1]) if topic["points"] else ()
    if title != topic["title"] or not asks(title) or len(topic["points"]) < LEAST or any(
            is_statement(p["text"]) for p in lines) or any(asks(p["text"]) for p in ends):
        return {"title": question(title, words), "kicker": question(kicker, words)}
    first, last = (fill(words["chapter_quoted"], name=_name(p["text"])) for p in ends)
    return {"title": fill(words["asked_items"], count=len(topic["points"]), first=first, last=last),
            "kicker": question(kicker or title, words)}


def _name(text: str) -> str:
    """A line as a title quotes it: plain, without the mark that closes it (a full stop, an outline item's ";"), a
    long one by its first clause (chapter_list.short_name)."""
    return short_name(plain(text).strip().rstrip(".;；。"))


def _every(points: list) -> list:
    return [q for p in points for q in (p, *_every(p["children"]))]
