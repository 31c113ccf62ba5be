"""What a deck ends on when the notes have no conclusion and no closing section: what follows from its bottom line.

The summary said again is no close (the reader saw it a few slides ago), nor is evidence. The
close is instead the notes' concluding and forward-looking statements: their own (takeaways left
out of the opening, the introduction's sentences), then, where those give fewer than two, those of the
topics that back the bottom line's items (close_ties.backing: a topic whose statements follow from no item
closes nothing; where all give fewer than two, the first another topic's slide leaves out, review 20's worst 2)
— of a topic without a slide of its own, or with one: those its deck slide leaves out, and
those on it while it keeps two points and deck_twin.LEAST_WORDS words the opening does not say (never its
title, never a point with a quantity: the topic's figure or projection is its evidence; said_once takes a
point the close states off its topic's deck slide, the report keeps it on its topic's page). All those of
one such topic, else the first of each, in the bottom line's order. A topic's statements are as
close_voice.voiced gives them: an attributed quotation's sentences and a topic's quotes with their speakers, a
transcript's turn with its speaker, none in a speaker's voice unattributed (a speaker's forecast closes even where
it says a quantity: "the next 30 years could be devastating"). A statement closes by what it says,
never by being last in its section: it holds a phrase of ``outlook_phrases`` or ``conclusion_phrases``
(``generator/lang/<code>.yaml``: "will", "plans to"; "recommended", "as a result", "next steps",
"is working on"), is whole in at most MOST_WORDS words (shortened only by dropping a detail clause,
clauses.whole_statement, never inside a quotation), does not sell (sentence_kinds.is_promotion: it speaks to
the reader, asks to subscribe, or ends on "!"), is no biography or description of the episode, and says
nothing the opening said (said_same.same). A takeaway that restates results ("Key growth areas include
EPYC, Ryzen, and Instinct processor sales.") holds no such phrase: it never pads a close.
Points of a topic whose heading names predictions stay on its slide (the topic is about them, and its
predictions may be reviewed ones).
A close holds two to four statements: one alone is no close: a takeaway ends the bottom line where it may
stand there (``ends_bottom_line``), else the bottom line's speaker notes say it (the base document).
The close is titled by its first statement where that is the notes' own (a takeaway, the introduction's: one
topic's line is no implication of the briefing), whole in TITLE_WORDS words and shares a whole key word with each
other line (``titled``), the audience's word for a close ("What it means") its kicker; else by the audience's
word, over every statement whole (a statement is never cut into a title and an orphaned clause, and one topic's
statement never titles another's).
Without any, the deck has no close: it ends on its evidence, then its sources (the bottom line said
again, or evidence copied from its slides, is no close: the reader has seen both).
"""
from __future__ import annotations

from collections.abc import Sequence

from .clause_bounds import split_semicolons
from .clauses import whole_statement
from .bottom_items import briefed, fragment, in_voice
from .close_point import shown as line_shown
from .close_resolve import closing_parts, resolves, resolving_first
from .close_ties import backing
from .close_voice import apart, is_attributed, unattributed, voiced
from .deck_twin import LEAST_WORDS
from .fitted import fitted
from .headline import count_words
from .inline import plain
from .key_words import holds, keys, phrases
from .narration import narrates
from .said_same import distinct, same
from .sentence_kinds import is_aside_sentence, is_outlook, is_prediction_topic, is_promotion
from .titles import strongest
from .weigh import has_quantity, outranked
from .template_names import template_filter, template_test

MOST_WORDS = 25  # words of a closing statement on the slide at most (shortened only by dropping a detail clause)
COUNT = 3  # closing statements at most
TITLE_WORDS = 20  # words of the close's title at most (two lines at title size)
WHOLE = 100  # letters of a key word compared when a title covers a line: all of them


def closes(text: str, words: dict) -> bool:
    """Whether ``text`` can close a deck: it concludes or looks ahead, and neither sells nor
    describes the episode (see the module doc)."""
    return ((is_outlook(text, words) or resolves(text, words) or holds(text, phrases(words, "conclusion_phrases")))
            and not is_promotion(text, words) and not is_aside_sentence(text, words)
            and not fragment(plain(text).strip(), words)  # (a line cut off, "…את האופציה- - -", concludes nothing)
            and (is_attributed(text) or not in_voice(plain(text), words)))  # (a line in a speaker's own voice
    # closes only saying whose it is, a decision too: bottom_items.in_voice, close_voice.voiced; knesset's unattributed
    # "…אנחנו מבקש שבעוד שנה…", "we ask that in a year…")


def _shown(text: str) -> str:
    """``text`` whole in at most MOST_WORDS words: itself, else without a detail clause (clauses.whole_statement:
    never cut mid-clause, nor without its reason, contrast or qualifier), else ""."""
    said = unattributed(text)
    if count_words(said) <= MOST_WORDS:  # (a speaker's name is no word of the statement)
        return text
    shown = (cut := whole_statement(said, MOST_WORDS)) and cut + plain(text)[len(said):]  # (its speaker kept:
    # close_voice.voiced)
    return shown if shown.count("“") == shown.count("”") and shown.count('"') % 2 == 0 else ""  # (never inside a quote)


def _closing(points: list, said: list, words: dict) -> list:
    """Those of ``points`` that close (see the module doc), each whole in at most MOST_WORDS words (``_shown``:
    a detail clause dropped where it must, never cut mid-clause) and still closing as its line shows it
    (close_point.shown: knesset's "…יכול לעזור לנו מבלי לפגוע" looks ahead only in the clause its line drops, "מי שלא
    יהיה", "whoever it may be"), none that the opening (``said``) says; of a point
    of several sentences that decides something, those sentences (close_resolve.closing_parts)."""
    return [{**p, "text": shown, "children": []} for p in points for text in closing_parts(p["text"], words)
            if (shown := _shown(text)) and closes(shown, words) and closes(line_shown(shown), words)
            and not any(same(text, s) and not apart(text, s) for s in said)]


def _movable(topic: dict, said: list, words: dict, most: int, off_only: bool = False) -> list:
    """The closing statements of a topic with a slide that may leave it for the close: those the
    slide leaves out (it shows ``most`` points, 0: all), then, in order (not where ``off_only``), those on it while
    the slide keeps two points and LEAST_WORDS words the opening does not say (``said``: said_once takes those
    off the slide too); never one with a quantity (evidence: the topic's figure stays with it) but a speaker's
    attributed forecast (close_voice.py), none from a topic of predictions, none its title says."""
    if is_prediction_topic(topic["title"], words) or not any(closes(p["text"], words) for p in voiced(topic, words)):
        return []  # (no title is chosen for a topic with nothing that closes: 10,000 topics build in time)
    ranked = strongest(topic, words)["points"]
    on_slide = outranked(ranked, most, [f["value"] for f in topic["figures"]])
    points = voiced({**topic, "points": [*ranked, *_titling(topic, ranked)]}, words)
    left = [p for p in on_slide if not any(same(p["text"], s) for s in said)]
    moved = []
    for p in points:
        if (p["children"] or not (found := _closing([p], said, words))
                or (has_quantity(p["text"]) and not all(resolves(f["text"], words) or is_attributed(f["text"])
                                                        for f in found))):  # (a speaker's forecast: close_voice.py)
            continue
        rest = [q for q in left if q is not p]
        if p not in on_slide or (not off_only and len(rest) >= 2
                                 and sum(count_words(plain(q["text"])) for q in rest) >= LEAST_WORDS):
            moved.extend(found)
            left = rest
    return moved


def _titling(topic: dict, ranked: list) -> list:
    """The points of ``topic`` its slide's points (``ranked``) leave out: the one its title says (titles.strongest
    titles an attributed quotation by its first sentence and its speaker, title_voice.plainest), whose later sentences
    the slide shows nowhere (cliff: "…the next 30 years could be devastating…" — Mike Rogers)."""
    return [p for p in topic["points"] if not p["children"] and not any(p is q for q in ranked)]


@template_filter("outlook")
def outlook(takeaways: list, opened: list, shown: list, topics: Sequence, introduction: Sequence,
            words: dict, most: int = 0) -> list:
    """Up to COUNT concluding or forward-looking statements of the notes (see the module doc), as
    points: the notes' own (takeaways, introduction), then, where they give fewer than two, those of the
    topics that back the bottom line's items (``opened``: close_ties.backing), in its order: all those of one
    topic, the first of each of several; where all those give fewer than two, the first statement each other topic's
    slide leaves out (``_movable``, ``off_only``). A topic slide shows ``most`` points (0: all)."""
    on_slides = {t["index"] for t in shown}
    said = [p["text"] for p in opened]
    own = distinct(_closing([*(t for t in takeaways if t["text"] not in said),
                             *({"text": s, "at": None, "children": []} for s in introduction)], said, words),
                   words, addresses=False)
    by_id = {t["id"]: t for t in topics if not t["aside"]}
    backers = backing(opened, list(by_id.values()))
    drawn = [_movable(t, said, words, most) if t["index"] in on_slides else _closing(voiced(t, words), said, words)
             for tid in backers if (t := by_id[tid])]
    by_topic = [points for found in drawn if (points := distinct(found, words, addresses=False))]
    topics_say = by_topic[0] if len(by_topic) == 1 else [points[0] for points in by_topic]
    found = distinct([*own, *topics_say], words, addresses=False) if len(own) < 2 else own
    if len(found) < 2:  # (the deck's other topics' forecasts: what its evidence says lies ahead, review 20's worst 2)
        others = [moved[:1] for t in shown if t["id"] not in backers and (moved := _movable(t, said, words, most, True))]
        found = distinct([*found, *(p for points in others for p in points)], words, addresses=False)
    return resolving_first(found, words)[:COUNT]


@template_test("ends_bottom_line")
def ends_bottom_line(point: dict, opened: list, words: dict, most: int = 15, total: int = 0) -> bool:
    """The template test ``ends_bottom_line``: whether a lone closing ``point`` (a takeaway: no close holds one
    statement) may end the bottom line ``opened``: that has one to four items, the point stands there as the slide
    shows it (fitted.fitted in ``most`` words; bottom_items.briefed: a full statement that announces nothing),
    and all of them as shown keep within ``total`` words (0: any), so that none is cut to fit (gop-hearing's
    policy bottom line of five items, two cut with "…")."""
    shown = fitted(point["text"], most)
    said = sum(count_words(plain(fitted(p["text"], most) or p["text"])) for p in opened)
    return (0 < len(opened) < 5 and bool(briefed(shown, most, words))
            and (not total or said + count_words(plain(shown)) <= total))


@template_filter("close_titled")
def titled(ahead: list, own: Sequence[str] | None = None) -> dict:
    """The close of closing statements ``ahead`` (two or more) as its ``title`` and ``points``: the first
    statement titles it where it is one of the notes' own statements (``own``: their takeaways and introduction's
    sentences; None: any), whole in TITLE_WORDS words, and every other statement shares a whole key word
    with it (it covers them: one hearing's "The committee will continue to investigate…"; a stem in common is
    no common point: "complexes" and "complète"), the others its
    points; else "" (the audience's word for a close titles it: "What it means") over all the statements,
    each whole (a statement is never cut into a title and an orphaned clause, nor titles unrelated lines)."""
    first = plain(ahead[0]["text"]).rstrip(". ")
    named = keys(first, WHOLE)[1]
    if (count_words(first) > TITLE_WORDS or not all(named & keys(p["text"], WHOLE)[1] for p in ahead[1:])
            or (own is not None and not any(plain(o).startswith(first) for o in own))):
        return {"title": "", "points": ahead}
    return {"title": first, "points": ahead[1:]}


@template_filter("conclusion_lines")
def conclusion_lines(sentences: list[str], words: dict, opened: Sequence[dict] = ()) -> list[str]:
    """A conclusion's lines: its sentences, those that narrate ("The conversation highlights…": narration.narrates,
    with ``narrating_subjects``) or say an item of the bottom line ``opened`` again (said_same.same: a close never
    repeats the bottom line, review 16) left out while two others remain (the speaker notes keep the conclusion
    whole); a conclusion of one sentence, its clauses at "; " (each with a capital and a full
    stop: "…their own storage." and "It will recommend binding trigger levels…"), so that it closes on two
    lines, not one."""
    stating = [s for s in sentences if not narrates(s, words, ("narration_openers", "narrating_subjects"))]
    sentences = stating if len(stating) >= 2 else sentences
    unsaid = [s for s in sentences if not any(same(s, item["text"]) for item in opened)]
    sentences = unsaid if len(unsaid) >= 2 else sentences
    parts = [p.strip() for p in split_semicolons(sentences[0])] if len(sentences) == 1 else []
    if len(parts) < 2 or not all(parts):
        return sentences
    return [p[:1].upper() + p[1:] + ("" if p.endswith((".", "!", "?", "…", "”", '"')) else ".") for p in parts]


@template_filter("repeats")
def repeats(items: list, opened: list) -> bool:
    """Whether more than half of ``items`` say what one of the ``opened`` items said."""
    told = [p["text"] if isinstance(p, dict) else p for p in items]
    return bool(told) and 2 * sum(any(same(t, o["text"]) for o in opened) for t in told) > len(told)


@template_test("stance")
def stance(title: str, words: dict) -> bool:
    """Whether a close's ``title`` states what lies ahead as its subject sees it (an ``outlook_phrases`` phrase:
    "The company is optimistic about future growth…") and neither concludes nor decides: the close is that party's
    outlook, kicked by ``outlook_heading`` ("Outlook"), not the briefing's own "What it means" (review 20's worst 2:
    AMD's close read the company's spin as the deck's conclusion)."""
    return (is_outlook(title, words) and not resolves(title, words)
            and not holds(title, phrases(words, "conclusion_phrases")))
