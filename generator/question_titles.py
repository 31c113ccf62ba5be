"""A question's label is the notes' mark of a Q&A, no words of the slide; a slide is never titled by a count.

A title or kicker that is a question shows it without its label ("Q: 腾讯现在用go的多吗?" is "腾讯现在用go的多吗?":
answers.question).

Review 20 (#21): a heading that asks, over lines that state nothing (syntax-year-review's "What happened this
year?" over "React", "Solid Start", …), was titled by the lines' count and ends ("8 items, from “React” to
“CSS”"). A count makes no point and says nothing the slide does not show. Lines that state something title their
slide by their statement (titles.strongest); lines that state nothing leave the slide its section's own heading, in
the notes' words, as any heading that does not ask.
"""
from __future__ import annotations

from .answers import question
from .template_names import template_filter


@template_filter("listed_title")
def listed_title(topic: dict, title: str, kicker: str, words: dict) -> dict:
    """The slide's ``title`` and ``kicker`` for ``topic``, each a question without its label (see the module doc):
    never the count of the topic's lines."""
    return {"title": question(title, words), "kicker": question(kicker, words)}


@template_filter("unlabelled")
def unlabelled(title: str, words: dict) -> str:
    """``title`` as an agenda lists it: a question without its label (review 22: talkgo's technical agenda listed
    "Q: 腾讯现在用go的多吗?" where the slide it leads to is titled without the "Q:")."""
    return question(title, words)
