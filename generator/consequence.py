"""The bottom line ranked by consequence: money, an outcome, a decision, a risk (review 14, finding 1).

A statement weighs (``consequence``) by what it says, as its audience weighs it (``PRIORITIES``: the
executive money and results, policy decisions and risks, the technical reader figures and the reasons
behind them):

- a quantity (weigh.quantity_kinds): money most, then a percentage or a multiple, a count or a measure, a
  small count with its noun least; a span of time ("in the last 30 years") is a frame, no result;
- a decision (``decision_phrases`` of the content's language: "banned", "approved", "interdit") and a
  risk or what could follow (``consequence_phrases``: "could push", "threatens");
- a reason (cut_rule.gives_reason: "driven by", "because") for the reader who weighs mechanisms;
- the words its audience looks for (audience_signals.py: developers and customers for the executive, who is affected
  for policy, how the system works for the technical reader);
- code (code_terms.names_code: "epoll_data_t", "runtime.g") without a quantity is implementation detail: below a
  plain statement for the readers who weigh outcomes or decisions (never one that makes three for them), plain for
  the one who weighs mechanisms;
- a record or a superlative without a number (``record_phrases``: "all-time high", "historic low") ranks
  below every plain statement, so never while a quantified result is left out;
- a topic's statement that defines a term (definitions.defines: "GraalVM Native Image compile les applications
  Java en exécutables natifs statiques…" in a side topic) is never on it;
- an aside (trivia, commentary, a biography, the note-taker speaking: sentence_kinds, aside_lines) never
  wins over anything else.

``ranked`` orders a summary's items so; ``chosen`` picks the ``count`` heaviest of the items and the deck's
other candidates, round the topics (a topic's second item after every topic's first of the same weight),
only those a slide of the same deck backs (``backed``).
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

from .aside_lines import is_aside_line
from .audience_signals import TOLD, signal
from .backers import Backers, slide_backs
from .backing import KEPT, NESTED, TITLED, deck_texts, topic_finder
from .bottom_items import consequential, is_trivia
from .code_terms import names_code
from .covered_topics import COVER, covering, first_of_topic, heavy_topics
from .cut_rule import gives_reason
from .definitions import defines
from .inline import plain
from .key_words import holds, keys, phrases
from .nominal import is_nominal, unexclaimed
from .overview import named
from .sentence_kinds import is_aside_sentence
from .subject_ties import subject, untied
from .weigh import measure_sign, quantity_kinds

# weight of each sign, per priority: money, share (% or x), count or measure, time or bare count, decision, risk, reason,
# code without a quantity (implementation detail)
PRIORITIES = {
    "outcome": {"money": 4, "share": 3, "count": 2, "bare": 1, "decision": 1, "risk": 2, "reason": 0, "detail": -1},
    "decision": {"money": 2, "share": 2, "count": 2, "bare": 1, "decision": 4, "risk": 4, "reason": 0, "detail": -1},
    "mechanism": {"money": 3, "share": 3, "count": 3, "bare": 1, "decision": 1, "risk": 1, "reason": 2, "detail": 0},
}
ASIDE = -10  # an aside's weight: below any statement
RECORD = -1  # a record without its number: below a plain statement
DEFINED = -3  # a definition (definitions.py): never on the bottom line
UNTIED = -2  # a remark that weighs nothing and is not about the notes' subject (subject_ties.untied): below a record


def consequence(text: str, words: dict, priority: str = "outcome", own: bool = False) -> int:
    """What ``text`` weighs on a bottom line read with ``priority`` (a key of PRIORITIES; see the module doc); ``own``:
    without the words its audience looks for (audience_signals.signal)."""
    said = plain(text)
    if is_trivia(said, words) or is_aside_sentence(said, words) or is_aside_line(said, words):
        return ASIDE
    weights = PRIORITIES.get(priority, PRIORITIES["outcome"])
    kinds = {measure_sign(k) for k in quantity_kinds(said)} - {""}
    if not kinds and holds(said, phrases(words, "record_phrases")):
        return RECORD
    if not kinds and names_code(text):  # (implementation detail: code_terms.py)
        return weights["detail"]
    weight = max((weights[k] for k in kinds), default=0)
    weight += weights["decision"] if holds(said, phrases(words, "decision_phrases")) else 0
    weight += weights["risk"] if consequential(said, words) else 0
    weight += weights["reason"] if gives_reason(said) else 0
    return weight + (0 if own else signal(text, words, priority))  # (its audience's words, but ``own``: audience_signals)


def first_sign(text: str, words: dict, priority: str) -> bool:
    """Whether ``text`` states a decision or a risk that ``priority`` weighs first of all its signs (policy's
    ``decision``: "H100 banned from export to China"; review 16, finding 1.6: per-audience priorities select)."""
    weights = PRIORITIES.get(priority, PRIORITIES["outcome"])
    top = max(weights.values())
    said = plain(text)
    return ((weights["decision"] == top and holds(said, phrases(words, "decision_phrases")))
            or (weights["risk"] == top and consequential(said, words)))


def ranked(items: Sequence[dict], words: dict, priority: str = "outcome") -> list:
    """``items`` (summary items) heaviest first (``consequence``), in their order where they weigh alike."""
    return sorted(items, key=lambda p: -consequence(p["text"], words, priority))


def backed(text: str, shown: Sequence[tuple[str, tuple[set[str], set[str]]]]) -> bool:
    """Whether a statement (as the bottom line shows it) is backed by the body of a slide of the deck (``shown``: each
    slide's title and the numbers and key words of its body, key_words.keys; review 16, finding 1): one body says every
    number it says, and, without a number, two thirds of its key words, two at least (its reason: "Server CPU revenue
    reached an all-time high" is not backed by "Data Center segment revenue increased… driven by server share gains");
    or the statement is a slide's title (said_same.says_again) whose body supports it (a number or two key words in
    common: "TSMC dominates advanced chip manufacturing…" over "Dominates advanced semiconductor manufacturing",
    "Difficult to replicate its capabilities elsewhere"). A title over a body that says nothing of it backs nothing."""
    keyed = keys(text)  # (a deck's bottom line asks it of an index of its slides: backers.Backers, issue #24)
    return any(slide_backs(text, told, keyed) for told in shown)


def _offered(items: Sequence[dict], candidates: Sequence[dict], weight: Callable[[str], int], told: Backers,
             topics: Sequence[dict], as_shown: Callable[[str], str], lifted: Callable[[str], bool],
             aside: Callable[[str], bool] = lambda text: False, topic_of: Callable[[str], str] = lambda text: ""
             ) -> tuple[list, list]:
    """The ``candidates`` that may join ``items`` (see ``chosen``), of no item's text and saying no number a backed item or
    an earlier one says (said_same): those that weigh something (a slide's title backed by its body may weigh nothing),
    and those that weigh nothing that their slide keeps (backing.KEPT: they only make three); a slide's title not where
    a backed item or another candidate that weighs more names its topic (overview.named, of ``topics``; not one of
    another topic's points, ``topic_of``, which names it in passing: "…Apple is investing over 200 billion into China"
    under "On China") or is backed by
    its slide (``told``, one a topic): its slide's evidence is on the bottom line already, and the title says its
    statement once ("The release of DeepSeek V3 and R1 is a pivotal moment…" under "DeepSeek's models are 27x
    cheaper…"), while a topic the bottom line names nowhere is said by its title ("TSMC dominates advanced chip
    manufacturing…"); a statement that ranks below every tied one (``aside``: subject_ties.untied, nominal.is_nominal)
    leaves a title its place (a slide's title that states a record, "Birth rates are… at historical lows", over "Having
    more children is not worse for the environment", which the notes' subject does not tie: review 18, finding 2)."""
    shows = lambda p: as_shown(p["text"]) or p["text"]  # (what the bottom line would show of it)
    said = set().union(*(keys(p["text"])[0] for p in items if told.backs(shows(p))))
    slide = {t["id"]: i for t, i in zip(topics, range(len(told.told)))}  # (each topic's slide's position)
    others = [p for p in [*items, *(c for c in candidates if not c.get(TITLED))]
              if told.backs(shows(p)) and not aside(p["text"])]
    more: list[dict] = []
    plain_ones: list[dict] = []
    for c in sorted(candidates, key=lambda c: not c.get(TITLED)):  # (a title says its point whole: before its parts)
        if c.get(NESTED) and not lifted(c["text"]):
            continue  # (a sub-point's decision or risk, for the audience that weighs those first: ``first_sign``)
        numbers, heavy, title = keys(shows(c))[0], weight(c["text"]), c.get(TITLED)
        if title in slide and any(weight(p["text"]) > heavy and (slide[title] in told.positions(shows(p)) or title in
                                                                 named(p["text"], topics) and topic_of(p["text"]) in
                                                                 ("", title)) for p in others):
            continue
        if all(c["text"] != p["text"] for p in items) and not numbers & said and heavy >= (RECORD if title else 0):
            (more if heavy > 0 or title else plain_ones if c.get(KEPT) else []).append(c)
            said |= numbers
    return more, plain_ones


def chosen(items: Sequence[dict], candidates: Sequence[dict], count: int, words: dict, priority: str,
           topic_of: Callable[[str], str], shown: Sequence[tuple[str, str]], as_shown: Callable[[str], str] = str,
           about: frozenset[str] = frozenset(), topics: Sequence[dict] = ()) -> list:
    """The ``count`` heaviest (``consequence``) of ``items`` and ``candidates`` (the deck's other statements
    that may stand on its bottom line, taken where they weigh: money, a result, a decision, a risk: ``_offered``),
    each ``backed`` by ``shown`` (``as_shown`` on the bottom line: fitted, a detail clause dropped); of statements
    that weigh alike, a topic's (``topic_of`` a text) second after every topic's first, its slide's title (backing.titled,
    marked with its topic's id, of ``topics``, those of ``shown`` in order) first: the bottom line sums up the titles, the
    slides' points their evidence; then in their order. A record without its number or an aside is left out where three
    others remain. An item no slide backs is left out, but for those that make three, after the backed ones (notes whose
    takeaways say more than their few slides: a bottom line of one would be no summary): where fewer than three weigh
    anything, the slides' other statements that weigh nothing (tied to the subject, no nominal phrase), then the heaviest
    of the unbacked items and candidates make three, before a statement that weighs less than nothing (shown before
    them: backed). A statement that
    weighs nothing and shares no key word with ``about`` (the notes' subject:
    subject_ties.untied) ranks below every statement tied to it (``UNTIED``), and is left out where three others remain,
    whatever words of its audience it says (audience_signals.py); so does a nominal phrase (nominal.is_nominal:
    "Suppression définitive de l'API Applet…"), no statement."""
    told = Backers([(title, keys(body)) for title, body in shown])  # (once: a topic of a thousand points is read once)
    weight = lru_cache(maxsize=None)(lambda text: consequence(text, words, priority))  # (once a text: asked of pairs)
    own = lru_cache(maxsize=None)(lambda text: consequence(text, words, priority, True))  # (an aside's own weight: no
    # audience word lifts it)
    more, plain_ones = _offered(items, [c for c in candidates if not c.get(COVER)], weight, told, topics, as_shown,
                                lambda text: first_sign(text, words, priority), lambda text: own(text) == 0 and (
                                    untied(text, set(about)) or is_nominal(text, words)), topic_of)
    pool = [p for p in [*items, *more] if told.backs(as_shown(p["text"]) or p["text"])]
    of = _topic_of(topic_of, told, topics, as_shown)
    heavy_ids = heavy_topics(topics)
    pool += covering(pool, [c for c in candidates if c.get(COVER) and told.backs(as_shown(c["text"]) or c["text"])
                            and not untied(c["text"], set(about)) and not is_nominal(c["text"], words)],
                     of, heavy_ids, lambda p: weight(p["text"]))
    rank = lambda p: own(p["text"]) if p.get(TOLD) else weight(p["text"])  # (a takeaway: audience_signals.TOLD)
    weights = {id(p): rank(p) for p in pool}
    weights |= {id(p): UNTIED for p in pool if own(p["text"]) == 0 and untied(p["text"], set(about))
                or is_nominal(p["text"], words)}
    headings = {t["id"]: t["title"] for t in topics}
    weights |= {id(p): DEFINED for p in pool if own(p["text"]) == 0 and (found := p.get(TITLED) or topic_of(p["text"]))
                and defines(p["text"], headings.get(found, ""), found in heavy_ids, words)}  # (a topic's statement only)
    said = {id(p) for p in pool if weights[id(p)] >= 0}
    if sum(weights[id(p)] >= 0 for p in pool) >= 3:  # (a record without its number, an aside: never over three others)
        pool = [p for p in pool if id(p) in said]
    elif sum(weights[id(p)] > UNTIED for p in pool) >= 3:
        pool = [p for p in pool if weights[id(p)] > UNTIED]
    nth: dict[int, int] = {}
    seen: dict[tuple[int, str], int] = {}
    for p in sorted(pool, key=lambda p: (-weights[id(p)], not p.get(TITLED))):
        key = (weights[id(p)], p.get(TITLED) or topic_of(p["text"]))
        nth[id(p)] = seen[key] = seen.get(key, -1) + 1
    order = {id(p): i for i, p in enumerate(pool)}
    heavy = sorted(pool, key=lambda p: (-weights[id(p)], nth[id(p)], order[id(p)]))
    firsts = first_of_topic([p for p in heavy if id(p) in said], of, heavy_ids)  # (each heavy topic once first)
    kept: set[int] = set()
    for p in sorted((p for p in heavy if id(p) in said), key=lambda p: id(p) not in firsts):
        if len(kept) < count and (len(kept) < 3 or weights[id(p)] > 0 or id(p) in firsts):
            kept.add(id(p))  # (a second statement of a topic that weighs nothing only makes three)
    weighs = [p for p in heavy if id(p) in kept]  # (those kept, in their rank)
    weighs += [p for p in plain_ones if told.backs(as_shown(p["text"]) or p["text"])  # (the slides' plain statements)
               and not untied(p["text"], set(about)) and not is_nominal(p["text"], words)][:max(0, 3 - len(weighs))]
    unbacked = sorted((p for p in [*items, *more] if not told.backs(as_shown(p["text"]) or p["text"])),
                      key=lambda p: -rank(p))  # (not one the pool left out as below the others: untied)
    unbacked = [p for p in unbacked if rank(p) >= 0][:max(0, 3 - len(weighs))]
    detail = PRIORITIES.get(priority, PRIORITIES["outcome"])["detail"] < 0  # (code makes no three for its reader: code_terms)
    light = [p for p in heavy if DEFINED < weights[id(p)] < 0 and id(p) not in kept
             and not (detail and names_code(p["text"]))][:max(0, 3 - len(weighs) - len(unbacked))]
    nominal = [p for p in light if is_nominal(p["text"], words)]  # (no statement: only where no statement makes three)
    return [*weighs, *(p for p in light if p not in nominal), *unbacked,  # (the backed first: an unbacked item only
            *(nominal if not unbacked else [])][:count]  # makes three)


def _topic_of(topic_of: Callable[[str], str], told: Backers, topics: Sequence[dict],
              as_shown: Callable[[str], str]) -> Callable[[dict], str]:
    """A function that names the topic an item represents (covered_topics.py): its slide's title's (TITLED), the one
    whose statement it is (``topic_of`` its text), else the first of ``topics`` whose slide (``told``) backs it."""
    def of(p: dict) -> str:
        found = told.positions(as_shown(p["text"]) or p["text"])
        return p.get(TITLED) or topic_of(p["text"]) or next(
            (topics[i]["id"] for i in sorted(found) if i < min(len(topics), len(told.told))), "")
    return of


def weighed(items: Sequence[dict], more: Sequence[dict], count: int, shown: Sequence[dict], points: int, words: dict,
            priority: str, as_shown: Callable[[str], str] = str) -> list:
    """The bottom line of ``count`` items of a deck whose slides show the ``shown`` topics, at most ``points`` points
    each (0: all): ``items`` and ``more`` (backing.candidates) as ``chosen`` ranks them for ``priority``, each
    backed as the bottom line shows it (``as_shown``); without one (an audience that sets none), or without a
    topic slide, the first ``count`` items as they are. An item says its fact without an exclamation mark
    (nominal.unexclaimed)."""
    if not priority or not shown:  # (no topic slide to back an item: a chapter list's summary stays as it is)
        return list(items)[:count]
    kept = chosen(items, more, count, words, priority, topic_finder(shown), deck_texts(shown, points, words), as_shown,
                  frozenset(subject(shown)), shown)
    marks = (TITLED, KEPT, NESTED, COVER, TOLD)
    return [{key: value for key, value in p.items() if key not in marks} | {"text": unexclaimed(p["text"])}
            for p in kept]
