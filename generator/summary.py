"""What a deck opens on: a summary of distinct statements, in the notes' own words.

Not every sentence of the notes states a finding. Left out of the summary, told by phrases of the
content's language (words of ``generator/lang/<code>.yaml``, comma-separated, matched as whole
words, case-folded; sentence_kinds.py):

- a guest's biography (``bio_phrases``: "is a professor", "research interests");
- a description of the episode (``description_phrases``: "this conversation", "in this episode",
  "the hosts", "look back at");
- a prediction: a point of a topic whose heading names the future (``prediction_titles``:
  "predictions", "outlook") — the heading labels it, the summary would state it as a finding;
- of the notes' own statements (not the takeaways), one that prints an address (it says where to
  go, not what holds; a linked word is fine);
- a statement said already (said_same.distinct).

Notes that state no finding at all (a chapter list, an episode's description) open on what they say
of the recording (``described``): there, the biography and the episode's description are what there
is, never a sentence that sells (is_promotion).

A closing section is a topic whose heading holds a phrase of ``closing_titles`` ("conclusion",
"what to watch"): the deck ends on it.
"""
from __future__ import annotations

import re
from functools import lru_cache
from collections.abc import Sequence

from .bottom_items import STATED, briefed, concrete, concrete_texts, sentenced, whole_takeaway
from .backing import NESTED, candidates, titled
from .bottom_line import ADDRESS, is_statement, statements
from .consequence import consequence, weighed
from .covered_topics import COVER
from .audience_signals import TOLD
from .clause_bounds import headlines_run
from .entry_lines import lined
from .fitted import fitted
from .headline import count_words, sentences
from .hearing_outcomes import routine_last
from .inline import plain
from .key_words import holds, keys, phrases
from .lede_items import lede_filled
from .numbered_items import numbered
from .plain_items import plainly
from .said_same import distinct, same
from .sentence_kinds import has_verb, is_aside_sentence, is_closing_topic, is_outlook, is_prediction_topic, is_promotion
from .standalone import stand_alone, standing, subject_kept
from .overview import digest_points, figured, is_aside_label, is_digest
from .title_claims import ceded, is_claimed, stays
from .weigh import has_quantity, heaviest
from .template_names import template_filter
from .title_voice import unreplied

_BROKEN = re.compile(r"\w\.{3}\w")  # a word cut by a web page's "read more" ("hos...t")


def described(introduction: Sequence[str], words: dict, most: int) -> list:
    """What notes that state no finding say of their recording: the introduction's sentences, the
    guest's biography and the episode's description included (the show's standing blurb is the source's
    description), never promotion (is_promotion), a sentence that prints an address or broken text (a
    web page's "hos...t")."""
    return [{"text": s, "at": None, "children": []} for s in introduction
            if is_statement(s) and not is_promotion(s, words) and not holds(s, phrases(words, "show_phrases"))
            and not ADDRESS.search(plain(s)) and not _BROKEN.search(s) and fitted(s, most)]


def _carrying(kept: list, headline: dict | None, count: int) -> list:
    """``kept`` with the ``headline`` statement (the top section's weightiest figure) among them: added
    after them, in place of the last that says no quantity where ``count`` are kept; ``kept`` as it is
    where one of them says it already or every one says a quantity."""
    if not headline or any(same(headline["text"], p["text"]) for p in kept):
        return kept
    if len(kept) < count:
        return [*kept, headline]
    last = max((i for i, p in enumerate(kept) if not has_quantity(plain(p["text"]))), default=None)
    return kept if last is None else [*kept[:last], *kept[last + 1:], headline]


def headline_statement(shown: Sequence, words: dict, fits) -> dict | None:
    """The statement of the top section's headline figure: of the first topic shown (in the notes'
    order; no aside, prediction or closing section) whose statements say a quantity, the one that says
    the weightiest (weigh.heaviest), of a point of several sentences the sentence that says it (``_said_in``);
    None when no topic says one."""
    for t in sorted((t for t in shown if not t["aside"]), key=lambda t: t["index"]):
        stated = [(text, p) for p in t["points"] for text in _said_in(p["text"], fits)
                  if is_statement(text) and fits(text) and not is_aside_sentence(text, words)]
        found = heaviest([plain(text) for text, _ in stated])
        if found is not None:
            return {"text": stated[found][0], "at": stated[found][1]["at"] or t["at"], "children": []}
    return None


def _said_in(text: str, fits) -> list[str]:
    """A point's statements for the headline: each of its sentences that ``fits`` an item whole where it has
    several (a speech: the sentence that says the number, not the clause that opens the speech), else the point."""
    said = [s for s in sentences(text) if fits(s)]
    return said if len(said) > 1 else [text]


def _stated(told: list, most: int, words: dict) -> list:
    """The takeaways ``told`` each marked STATED where the bottom line shows it whole (bottom_items.whole_takeaway: up
    to STATED_MOST words, the notes' own conclusion in its words; the deck's ``headlines`` show it so), and TOLD (ranked
    without its audience's words: audience_signals.py)."""
    return [{**t, TOLD: True, STATED: True} if whole_takeaway(t["text"], most, words) else {**t, TOLD: True} for t in told]


def _within(kept: list, most: int, total: int, keep: dict | None) -> list:
    """``kept`` whose items, as shown (``fitted`` in ``most`` words), hold at most ``total`` words (0: no
    limit): the last ones go, three stay at least and never ``keep``."""
    kept = list(kept)
    while total and len(kept) > 3 and sum(count_words(fitted(p["text"], most) or p["text"]) for p in kept) > total:
        kept.pop(max(i for i, p in enumerate(kept) if p is not keep))
    return kept

def _headlines_told(sentence: str, topics: Sequence) -> list[str]:
    """The headlines a ``sentence`` runs together (clause_bounds.headlines_run) that name a topic of the notes
    (a key word or a number of its heading: "Java 26 est là"): one that names none teases what no slide
    shows ("Spring et Quarkus enchaînent les releases"); the sentence alone when it runs none together."""
    parts = headlines_run(sentence)
    headings = set().union(*(set().union(*keys(t["title"])) for t in topics))
    return parts if len(parts) == 1 else [part for part in parts if set().union(*keys(part)) & headings]


def _told(introduction: Sequence[str], evidence: Sequence, words: dict) -> list[str]:
    """The introduction's sentences that the bottom line takes: those that name what the ``evidence``
    topics (on slides) discuss, two key words in common, each as its headlines that name a topic
    (``_headlines_told``); never a biography, a description of the episode or an aside ("Bonus : …":
    overview.is_aside_label)."""
    about = set().union(*(keys(t["title"] + " " + " ".join(p["text"] for p in t["points"]))[1] for t in evidence))
    return [part for s in introduction if not is_aside_sentence(s, words) and not is_aside_label(s, words)
            and len(keys(s)[1] & about) >= 2 for part in _headlines_told(s, evidence)]


def _evidence(shown: Sequence, words: dict) -> list:
    """The ``shown`` topics whose slides are the deck's evidence: no prediction, no closing section."""
    return [t for t in shown if not is_prediction_topic(t["title"], words) and not is_closing_topic(t["title"], words)]


@template_filter("opening")
def opening(takeaways: list, shown: list, topics: Sequence, introduction: Sequence, words: dict,
            most: int = 20, count: int = 5, total: int = 0, claimed: Sequence[str] = (), groups: Sequence = (),
            fixed: Sequence[str] = (), priority: str = "", points: int = 0) -> list:
    """The summary a deck opens on: up to ``count`` distinct statements (see the module doc) from the
    takeaways, else from the notes' own statements (bottom_line.statements: the introduction, then the
    weightiest topics' messages or first points, the chapters written as statements where no topic
    has points), predictions and closing sections left out (and forward-looking takeaways, where three
    others remain: they are the close); each one a full statement whole in ``most`` words (``fitted``, then
    bottom_items.briefed: no prefix, announcement, trivia or fragment; one that cannot be gives way to the
    next, an announcement to its topic's statement). The notes' own summary comes first: the takeaways, else the
    introduction's sentences when they name what the topics discuss (two key words in common), a
    sentence that runs headlines together as its headlines that name a topic (``_headlines_told``); the statement of the
    top section's headline figure (``headline_statement``) is never left out for one that says no
    quantity, unless the notes' own headline gives its topic a figure (overview.figured). A statement
    that a slide's title must say again (``claimed``: a message that nothing else of its slide can
    replace, title_claims.sole_titles) gives way to the next, while three others remain: it is said once, as
    the title of the slide that proves it — unless it says a quantity and its slide has another statement
    (not ``fixed``: title_claims.stays): the bottom line says the number first (another statement of its topic
    without one gives way instead: ``ceded``), and the slide's title says it too (a slide keeps its strongest
    statement as title whatever the bottom line says, which sums up the titles: titles.py; a topic's only point
    is ``fixed`` too: overview.sole_points). A digest
    opens on what each entry did, its only point (overview.digest_points, by whole slide ``groups``;
    the deck then leaves out those slides: overview.unsaid), as its leading clause with what sets it
    apart under it (entry_lines.lined: the focus, who took part), routine business last (hearing_outcomes.routine_last).
    At most ``total`` words on the slide (0: no limit). Notes
    that state no finding (a chapter list, an episode description) open on what they say of the recording (``described``): with no
    topic shown, its description, else the chapters written as statements (those with a verb:
    has_verb; the chapters slide lists them all). Fewer than three statements take the introduction's other headlines
    (lede_items.lede_filled). Empty when the notes state nothing at all. Each item stands alone
    (standalone.py: one whose pronoun took a name keeps its words as written in ``as_written``). With a ``priority``
    (consequence.PRIORITIES: the audience's), the takeaways, else the notes' statements and those of the slides that
    show at most ``points`` points (0: all), are ranked by consequence, each backed by a slide (consequence.py)."""
    takeaways, introduction, shown, topics, before = standing(takeaways, introduction, shown, topics, words)
    claimed = [subject_kept(c, words) for c in claimed]  # (compared as the statements now read)
    fixed = [subject_kept(c, words) for c in fixed]
    alone = lambda items: stand_alone(items, before, words)
    fits = lru_cache(maxsize=None)(lambda text: briefed(fitted(text, most), most, words, text))  # (bottom_items.py)
    headline = headline_statement([t for t in shown if not is_prediction_topic(t["title"], words)
                                   and not is_closing_topic(t["title"], words)], words, fits)
    # (the headline statement is not carried where a slide's title claims it and the summary left it out)
    carried = lambda pool: None if headline and is_claimed(headline, claimed) and all(
        p["text"] != headline["text"] for p in pool) else headline
    if takeaways:  # (each whole where it may be, else fitted as any statement: ``_stated``)
        whole = lru_cache(maxsize=None)(lambda text: whole_takeaway(text, most, words) or fits(text))
        told = alone(ceded([t for t in distinct(sentenced(concrete(takeaways, shown, fits, words), whole), words, addresses=True)
                             if whole(t["text"]) and not is_aside_label(t["text"], words)], claimed, topics, fixed))
        told = _stated(told, most, words)
        stated = {t["text"] for t in told if t.get(STATED)}
        fits = lru_cache(maxsize=None)(lambda text, fit=fits: whole_takeaway(text, most, words) if text in stated else fit(text))
        told = numbered(told, [t for t in shown if not t["aside"]], fits)  # (its topic's number: numbered_items.py)
        present = _carrying([t for t in told if not is_outlook(t["text"], words)], carried(told), count)
        told = present if len(present) >= 3 else _carrying(told, carried(told), count)
        if len(told) >= 3 or not shown:
            evidence = _evidence(shown, words)  # (the slides' titles and their sub-points' decisions: backing.py)
            more = [*titled(evidence, points, words, fits), *(c if c.get(NESTED) else {**c, COVER: True}
                                                              for c in candidates(evidence, points, words, fits))
                    ] if priority else []  # (a slide's other statements only say a topic no takeaway does: covered_topics)
            return _within(plainly(weighed(told, more, count, shown, points, words, priority, fits), topics, words, fits),
                           most, total, headline)
    taken = present if takeaways else []  # (fewer than three takeaways fit: the notes' statements follow them)
    evidence = _evidence(shown, words)
    told = concrete_texts(_told(introduction, evidence or topics, words), evidence, fits, words)  # (bottom_items.py)
    chapters = () if any(not t["aside"] for t in shown) else topics  # (headings are statements in a chapter list only)
    placed = {t["id"]: t for t in evidence}  # (the slide groups' topics, as the summary reads them: standing)
    if chapters:  # (a chapter list: what the notes say of the recording, else its chapters written as statements)
        told = [p["text"] for p in described(introduction, words, most)]
        chapters = () if told else chapters  # (the chapters slide lists them: the description says what they are)
    elif not taken and is_digest(topics) and (entries := digest_points(
            [[placed[t["id"]] for t in g if t["id"] in placed] for g in groups or [[t] for t in evidence]],
            count, lambda text: fitted(text, most))):  # (a digest's entries are record lines: entry_lines.py)
        intro: list[dict] = [{"text": s, "at": None, "children": []} for s in told if fits(s)]
        return _within(alone([*intro, *lined(routine_last(entries, words), words, most)][:count]), most, total, None)
    kept: list = []
    for least in range(3, 3 * count + 1):  # (three at least where the notes have them, after those said twice go)
        found = statements(unreplied(evidence, words), count, chapters, told, least, fits=fits,  # (no reply: title_voice)
                           verbal=lambda text: has_verb(text, words))
        pool = ceded(distinct([*taken, *found], words, addresses=False), claimed, topics, fixed)
        kept = _carrying(alone(pool)[:count], None if figured(headline, told, evidence) else carried(pool), count)
        if (len(kept) >= 3 and not any(is_claimed(p, claimed) and not stays(p, fixed) for p in kept)) or len(found) < least:
            break  # (a statement a title says is left to it where the notes have another)
    if kept and priority and not chapters:  # (the statements of the slides weighed with them: consequence.py)
        offered = candidates(evidence, points, words, fits)
        more = [c for c in alone(ceded([*kept, *offered], claimed, topics, fixed))
                if not (is_claimed(c, claimed) and not stays(c, fixed))]
        more += [c for c in alone(offered) if is_claimed(c, claimed) and not stays(c, fixed)  # (a title's statement that
                 and consequence(c["text"], words, priority) > 0]  # weighs: said first, its slide's title says it too)
        kept = weighed(kept, [*more, *titled(evidence, points, words, fits)], count, shown, points, words, priority,
                       fits)  # (backed by any slide of the deck: a forecast's too)
    kept = (plainly(kept, topics, words, fits)
            or alone(sentenced(distinct(takeaways, words, addresses=True), fits, whole=True))[:count])
    kept = lede_filled(kept, introduction, words, count, fits)  # (fewer than three: the notes' summary's headlines)
    return _within(kept or alone(described(introduction, words, most))[:count], most, total, headline)
