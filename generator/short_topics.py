"""Short topics share a slide: the template filter ``shared`` groups consecutive topics of up to
three points and nothing else, or of a few short lines (link titles, names under a heading: at most
FEW_LINES points of fewer than LINE_WORDS words on average), two to four to a group, so that each does not get a
near-empty slide of its own. Every other topic is a group of one. A topic of one point (a section of a
digest: one long sentence) counts as its statement of ONE_ITEM_WORDS words at most: the deck shows
that much of it on a shared slide (deckfit), the notes and the report the whole.

A shared slide's title is never its headings cut (``headed``): the leading words every heading
shares ("Read Out from the …") title it, short of the small words they end on ("Read Out"; two words
at least: "Topic" or "Interview" alone says nothing), and
each column is headed by the rest of its heading; else the notes' own sentence about them, the first of
the content's introduction that names each topic (a content word of each heading) in TITLE_WORDS words at
most; else the first topic's heading alone where it fits
a title whole (at most TITLE_WORDS words: never two headings joined, "Our Predictions Reviewed · What
happened this year?", review 11 finding 1); else the words' ``shared_title`` ("In brief"); each column
headed by its whole heading."""
from __future__ import annotations

from collections.abc import Sequence

from .budgets import allowed, trim_points
from .groups import spread
from .words import LETTERS, STOP_WORDS
from .word_count import count_words
from .inline import plain
from .template_names import template_filter

MOST_POINTS = 3  # points (sub-points included) a short topic has at most, as its audience shows them
MOST_TOPICS = 4  # short topics on one slide at most
MOST_WORDS = 75  # words of a shared slide at most (its topics' titles and points)
ONE_ITEM_WORDS = 15  # words a topic of one point shows at least on a shared slide, cut to its statement
TITLE_WORDS = 15  # words of a title at most (whole_titles.MOST_WORDS: two lines at title size)
FEW_LINES = 6  # points (sub-points included) a topic of short lines has at most, to stand as one column of a shared slide
LINE_WORDS = 5  # short lines have fewer words on average (a link's title, a name; not a statement)
SMALL_WORD = 4  # letters of a word a shared title does not end on ("from", "the") at most
STEM = 5  # letters of a content word compared when a sentence of the notes names a topic
_COMMON = {w for said in STOP_WORDS.values() for w in said.split()}


def _points(topic: dict, budget: dict) -> list[dict]:
    return trim_points(topic["points"], budget["max_points"], budget["depth"])


def _count(points: list[dict]) -> int:
    return sum(1 + _count(p["children"]) for p in points)


def _words(topic: dict, budget: dict) -> int:
    def words(points: list[dict]) -> int:
        return sum(count_words(plain(p["text"])) + words(p["children"]) for p in points)
    points = _points(topic, budget)
    said = words(points)
    return count_words(topic["title"]) + (min(said, ONE_ITEM_WORDS) if len(points) == 1 and not points[0]["children"]
                                          else said)


def is_short(topic: dict, budget: dict, own_figures: bool = True) -> bool:
    """Whether ``topic`` shows as at most three points, or as at most FEW_LINES short lines (fewer than
    LINE_WORDS words on average: a heading over a few link titles), and nothing else: no chart or table its
    audience shows, no figure on its own slides (``own_figures``), no quote."""
    count = _count(_points(topic, budget))
    short_lines = count <= FEW_LINES and _words(topic, budget) - count_words(topic["title"]) < LINE_WORDS * count
    few = count <= MOST_POINTS or short_lines
    return (count > 0 and few and not (own_figures and topic["figures"])
            and not topic.get("quotes") and not allowed(topic["charts"], budget["charts"])
            and not allowed(topic["tables"], budget["tables"]))


@template_filter("shared")
def shared(topics: list, budget: dict, own_figures: bool = True) -> list[list]:
    """``topics`` in order as groups: each run of consecutive short topics in as few groups of two to
    four as keep each within MOST_WORDS (as even as can be), every other topic alone (an aside too: its
    slide is the report's only, coverage.asides_off_deck)."""
    groups: list[list] = []
    run: list = []
    for topic in [*topics, None]:
        if topic is not None and is_short(topic, budget, own_figures) and not topic.get("aside"):
            run.append(topic)
            continue
        groups += _split_run(run, budget)
        run = []
        if topic is not None:
            groups.append([topic])
    return groups


def _split_run(run: list, budget: dict) -> list[list]:
    """A run of short topics in the fewest even groups of at most MOST_TOPICS and MOST_WORDS."""
    if not run:
        return []
    for count in range(-(-len(run) // MOST_TOPICS), len(run) + 1):
        groups = spread(run, -(-len(run) // count))
        if all(len(g) == 1 or sum(_words(t, budget) for t in g) <= MOST_WORDS for g in groups):
            return groups
    return [[t] for t in run]


@template_filter("headed")
def headed(group: list, words: dict, about: Sequence[str] = ()) -> dict:
    """The ``title`` of the slide ``group``'s topics share and the ``heads`` of its columns, one a
    topic (see the module doc); ``about``: the sentences of the notes' own description (the content's
    introduction), the first that names every topic of the group titling it (``_naming``)."""
    titles = [t["title"].split() for t in group]
    common = 0
    while all(len(t) > common + 1 for t in titles) and len({t[common] for t in titles}) == 1:
        common += 1
    lead = titles[0][:common]
    while lead and (len(lead[-1].strip(":–—-·,")) <= SMALL_WORD and lead[-1].islower() or not lead[-1].strip(":–—-·,")):
        lead.pop()
    rests = [t[common:] for t in titles]
    if len(lead) >= 2 and len(group) > 1 and all(len(r) >= 2 for r in rests):  # (one word, "Topic", says nothing)
        return {"title": " ".join(lead).rstrip(":–—-·,"), "heads": [" ".join(r) for r in rests]}
    names = [t["title"] for t in group]
    first = next((line for line in about if len(group) > 1 and _naming(line, names)), names[0])
    return {"title": first if count_words(first) <= TITLE_WORDS else words["shared_title"],
            "heads": names}


def _stems(text: str) -> set[str]:
    """The content words of ``text`` (runs of SMALL_WORD letters or more, none of words.STOP_WORDS), as their
    first STEM letters, case-folded ("reviewed" and "review" alike)."""
    return {w[:STEM] for w in LETTERS.findall(text.casefold()) if len(w) >= SMALL_WORD and w not in _COMMON}


def _naming(sentence: str, titles: Sequence[str]) -> bool:
    """Whether ``sentence`` (of at most TITLE_WORDS words) names each of ``titles``: shares a content word
    with each (``_stems``)."""
    said = _stems(sentence)
    return count_words(sentence) <= TITLE_WORDS and all(_stems(t) & said for t in titles)
