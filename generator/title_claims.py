"""The statements that the titles of topics' slides claim (``sole_titles``), and the bottom line's
statements that give way to them: said once, as the title of the slide that proves them — unless they say
the number first (``ceded``, ``stays``): then the bottom line and the slide's title both say them (a slide
keeps its strongest statement as title whatever the bottom line says: titles.py).
"""
from __future__ import annotations

from collections.abc import Sequence

from .headline import labelled
from .inline import plain
from .overview import named
from .said_same import says_again
from .titles import strongest
from .weigh import has_quantity
from .template_names import template_filter


def ceded(told: list, claimed: Sequence[str], topics: Sequence = (), fixed: Sequence[str] = ()) -> list:
    """``told`` without the statements that a slide's title must say again (``claimed``: sole_titles),
    the first ones first, while three others remain; a statement is compared as written and as shown
    (without a ``Label: `` that only heads it: see fitted). One that says a quantity stays: the bottom line
    says the number first, and the slide's title says it too (a slide keeps its strongest statement as title:
    titles.strongest); another of
    ``told`` that names its topic (overview.named) and says none goes instead, where there is one ("DeepSeek's
    models are 27x cheaper than competitors", not "DeepSeek achieved significant efficiency gains") — unless
    its slide has no other statement to take (``fixed``: sole_titles): then the title keeps it."""
    kept = list(told)
    for p in told:
        if len(kept) > 3 and is_claimed(p, claimed):
            for gone in [p] if not stays(p, fixed) else _vaguer(p, kept, claimed, topics):
                kept.remove(gone)
    return kept


def stays(item: dict, fixed: Sequence[str]) -> bool:
    """Whether a statement a title claims stays on the bottom line: it says a quantity, and its slide has
    another statement to take as title, or its title (``fixed``: nothing else can title the slide) says
    no quantity (a message saying the lead only: the number is the bottom line's)."""
    return _numbered(item) and not is_claimed(item, [t for t in fixed if has_quantity(plain(t))])


def _numbered(item: dict) -> bool:
    """Whether a summary ``item`` says a quantity (weigh.has_quantity)."""
    return has_quantity(plain(item["text"]))


def _vaguer(item: dict, kept: list, claimed: Sequence[str], topics: Sequence) -> list:
    """The first statement of ``kept`` (as a list of one, else none) that names ``item``'s topic
    (overview.named) and says no quantity where ``item`` says one, no title's claim itself."""
    about = named(item["text"], topics)
    return [p for p in kept if p is not item and about and not _numbered(p) and not is_claimed(p, claimed)
            and named(p["text"], topics) == about][:1]


def is_claimed(item: dict, claimed: Sequence[str]) -> bool:
    """Whether a slide's title of ``claimed`` says ``item`` again, as written or as shown (see ceded)."""
    return any(says_again(title, [item["text"], labelled(item["text"])[1]]) for title in claimed)


@template_filter("sole_titles")
def sole_titles(groups: list, words: dict, fixed: bool = False) -> list[str]:
    """The titles of topics with a slide of their own (a group of one, see short_topics.shared) that the
    deck's summary leaves to them: a topic's strongest statement (``strongest`` with nothing said) where
    the statement next to it (``strongest`` with it said) is none as strong — only its heading
    ("Importance of Military Technology" over "There have been more mattress unicorns than defense
    industry unicorns in the last 30 years"), the same statement (a ``message`` nothing else can
    replace), or one without the quantity it states. The summary leaves out a statement such a title
    says word for word (summary.opening: ``claimed``), while three others remain, so that it is said
    once, as the title of the slide that proves it. ``fixed``: only those whose slide has no other
    statement at all (its heading, or the same statement), whose statement the summary leaves to the
    title even where it would say a number first (title_claims.stays)."""
    claimed = []
    for topic in (g[0] for g in groups if len(g) == 1):
        first = strongest(topic, words)
        if not first["kicker"]:
            continue  # (the heading: no statement to keep)
        second = strongest(topic, words, [{"text": first["title"]}])
        if (not second["kicker"] or says_again(second["title"], [first["title"]])
                or (not fixed and has_quantity(plain(first["title"])) and not has_quantity(plain(second["title"])))):
            claimed.append(first["title"])
    return claimed
