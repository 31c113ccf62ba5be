"""What a deck opens on: a summary of distinct statements, in the notes' own words.

Not every sentence of the notes states a finding. Left out of the summary, told by phrases of the
content's language (words of ``generator/lang/<code>.yaml``, comma-separated, matched as whole
words, case-folded):

- a guest's biography (``bio_phrases``: "is a professor", "research interests");
- a description of the episode (``description_phrases``: "this conversation", "in this episode",
  "the hosts", "look back at");
- a prediction: a point of a topic whose heading names the future (``prediction_titles``:
  "predictions", "outlook") — the heading labels it, the summary would state it as a finding;
- of the notes' own statements (not the takeaways), one that prints an address (it says where to
  go, not what holds; a linked word is fine);
- a statement said already: one that shares a number (not a year) with an earlier one, two thirds of
  its key words (words of five letters or more, compared on their first five letters), or over half
  of them compared on their first four ("evolved", "evolution"; not those most of the statements
  share, "concluded a hearing to examine"), two at least; of the two, the one that says a quantity
  is kept, in the earlier one's place.

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

from .bottom_items import briefed, concrete, concrete_texts, ended, heads_only, sentenced
from .bottom_line import ADDRESS, is_statement, statements
from .clauses import headlines_run, kept_whole, whole_statement
from .entry_lines import lined
from .frames import unframed
from .headline import count_words, headline, labelled
from .inline import plain
from .key_words import holds, keys, phrases
from .numbered_items import numbered
from .standalone import labelled_place, stand_alone, standing, subject_kept
from .overview import digest_points, figured, is_aside_label, is_digest, named
from .weigh import has_quantity, heaviest
from .words import WORD

NEAR_STEM = 4  # letters two key words share to count as one for near-duplicate summary items ("evolved", "evolution")
_EXCLAIMED = re.compile(r"[!！][\s\"”’')\]]*$")
_BROKEN = re.compile(r"\w\.{3}\w")  # a word cut by a web page's "read more" ("hos...t")


def is_aside_sentence(text: str, words: dict) -> bool:
    """Whether ``text`` is a biography or a description of the episode, not a statement of the content."""
    return holds(text, phrases(words, "bio_phrases") + phrases(words, "description_phrases")) or is_commentary(text, words)


def is_outlook(text: str, words: dict) -> bool:
    """Whether ``text`` looks ahead: it holds a phrase of ``outlook_phrases`` ("optimistic", "plans to")."""
    return holds(text, phrases(words, "outlook_phrases"))


def is_commentary(text: str, words: dict) -> bool:
    """Whether ``text`` comments on the source or defines a term instead of stating a finding
    (``commentary_phrases``: "a good article", "the host expresses", "is the language of")."""
    return holds(text, phrases(words, "commentary_phrases"))


def has_verb(text: str, words: dict) -> bool:
    """Whether ``text`` has what marks a clause's verb: a word of ``verb_marks`` (an auxiliary, a copula, a
    modal or a subject pronoun: "is", "don't", "will", "you") or of ``clause_verbs`` ("increased");
    "People with extremely strong opinions" has none."""
    return holds(text.replace("’", "'"), phrases(words, "verb_marks") + phrases(words, "clause_verbs"))


def is_prediction_topic(title: str, words: dict) -> bool:
    """Whether a topic's heading names predictions or the future: its points are predictions."""
    return holds(title, phrases(words, "prediction_titles"))


def is_closing_topic(title: str, words: dict) -> bool:
    """Whether a topic's heading names a closing section (a conclusion, implications, what to watch)."""
    return holds(title, phrases(words, "closing_titles"))


def closing_topics(topics: list, words: dict) -> list:
    """The closing sections of ``topics``: those with points whose heading names a close (not an aside)."""
    return [t for t in topics if t["points"] and not t["aside"] and is_closing_topic(t["title"], words)]


def same(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` say the same: a number in common, or two thirds of the key words of the
    shorter (two at least)."""
    (na, wa), (nb, wb) = keys(a), keys(b)
    if na & nb:
        return True
    shared = len(wa & wb)
    return shared >= 2 and shared * 3 >= 2 * min(len(wa), len(wb))


def _norm(text: str) -> str:
    return " ".join(plain(text).casefold().split()).rstrip(".…!?")


def says_again(title: str, said: Sequence[str]) -> bool:
    """Whether ``title`` says a statement of ``said`` (the bottom line) word for word, whole or as a part
    of it (its headline: see headline.headline)."""
    return any(_norm(title) in _norm(text) or _norm(headline(text)[0]) in _norm(title) for text in said if _norm(text))


def near(a: str, b: str, common: frozenset[str] = frozenset()) -> bool:
    """Whether summary items ``a`` and ``b`` say nearly the same: ``same``, or over half of the key words
    of the shorter are the other's, compared on their first four letters ("evolved", "evolution"), the
    ``common`` ones left out (the formula most items share: "concluded a hearing to examine")."""
    wa, wb = keys(a, NEAR_STEM)[1] - common, keys(b, NEAR_STEM)[1] - common
    return same(a, b) or (len(wa & wb) >= 2 and 2 * len(wa & wb) > min(len(wa), len(wb)))


def _common(texts: list[str]) -> frozenset[str]:
    """The key words (see near) that over half of three or more ``texts`` hold."""
    counts: dict[str, int] = {}
    for text in texts:
        for w in keys(text, NEAR_STEM)[1]:
            counts[w] = counts.get(w, 0) + 1
    return frozenset(w for w, n in counts.items() if len(texts) >= 3 and 2 * n > len(texts))


def supports(title: str, heading: str, body: list[str]) -> bool:
    """Whether a slide's ``heading`` and ``body`` (the texts left on it) support ``title``: they share a
    number with it (no year) or two key words (see keys)."""
    numbers, stems = keys(title)
    have = keys(" ".join([heading, *body]))
    return bool(numbers & have[0]) or len(stems & have[1]) >= 2


def distinct(points: list, words: dict, addresses: bool = True) -> list:
    """``points`` without biographies, descriptions of the episode, statements said already and, unless
    ``addresses``, statements that print an address ("rate us at example.com")."""
    out: list = []
    common = _common([p["text"] for p in points])
    for p in points:
        if is_aside_sentence(p["text"], words) or not (addresses or not ADDRESS.search(plain(p["text"]))):
            continue
        said = next((i for i, q in enumerate(out) if near(p["text"], q["text"], common)), None)
        if said is None:
            out.append(p)
        elif has_quantity(plain(p["text"])) and not has_quantity(plain(out[said]["text"])):
            out[said] = p  # (of two that say the same, the one with the number: "1000 episodes and a billion views…")
    return out


def _headed(label: str, body: str) -> bool:
    """Whether ``label`` only heads ``body``: it is short (under four words) and names no one (a word of
    four letters or more is lower-case: "Cost efficiency", not "Committee on Armed Services" or "Jensen
    Huang"), and ``body`` is a statement of its own."""
    return (count_words(label) < 4 and any(w[:1].islower() for w in WORD.findall(label) if len(w) >= 4)
            and is_statement(body))


def fitted(text: str, most: int) -> str:
    """``text`` as a summary item: without a ``Label: `` that only heads its statement (``_headed``:
    "Cost efficiency: DeepSeek's models are 27x cheaper…" says "DeepSeek's models are 27x cheaper…",
    its first letter upper-case), whole in ``most`` words (clauses.whole_statement), else whole in a
    third more (a statement with no clause to end at, "…routine lists in the Army, Navy, Air Force, Marine
    Corps, and Space Force."; without a short label, "Committee on Commerce: "), else whole in twice ``most``
    where a cut would leave out its reason, contrast or qualifier (clauses.kept_whole), else "". A label that
    says where or of whom a statement that names nothing is true stays ("China: The average white-collar
    worker…": standalone.labelled_place), the statement cut in the words left. A statement of more than
    ``most`` words is said without its leading frame first ("AMD's Q3 2025 earnings call highlighted record
    revenue…" says "Record revenue…": frames.unframed), a cut that ends inside its second sentence before
    it (bottom_items.ended)."""
    text = (count_words(text) > most and unframed(text)) or text
    label, body = labelled(text)
    if labelled_place(label, body):
        said = fitted(body, most - count_words(label))
        return f"{label}: {said}" if said else ""
    shown = whole_statement(text, most) or whole_statement(body if label and count_words(label) < 4 else text,
                                                           most + most // 3) or kept_whole(text, most)
    label, body = labelled(shown)
    return ended(body[:1].upper() + body[1:] if label and (_headed(label, body) or heads_only(label, body)) else shown)


def is_promotion(text: str, words: dict) -> bool:
    """Whether ``text`` sells rather than states: it ends on "!" ("…will help you level up your skills
    faster!"), or speaks to the reader or asks for something (a phrase of ``promotion_phrases``: "you
    will", "your", "subscribe"; not a bare "you": "if you extrapolate current numbers" states)."""
    return bool(_EXCLAIMED.search(plain(text))) or holds(text, phrases(words, "promotion_phrases"))


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
    the weightiest (weigh.heaviest); None when no topic says one."""
    for t in sorted((t for t in shown if not t["aside"]), key=lambda t: t["index"]):
        stated = [p for p in t["points"] if is_statement(p["text"]) and fits(p["text"])
                  and not is_aside_sentence(p["text"], words)]
        found = heaviest([plain(p["text"]) for p in stated])
        if found is not None:
            return {"text": stated[found]["text"], "at": stated[found]["at"] or t["at"], "children": []}
    return None


def _within(kept: list, most: int, total: int, keep: dict | None) -> list:
    """``kept`` whose items, as shown (``fitted`` in ``most`` words), hold at most ``total`` words (0: no
    limit): the last ones go, three stay at least and never ``keep``."""
    kept = list(kept)
    while total and len(kept) > 3 and sum(count_words(fitted(p["text"], most) or p["text"]) for p in kept) > total:
        kept.pop(max(i for i, p in enumerate(kept) if p is not keep))
    return kept


def _ceded(told: list, claimed: Sequence[str], topics: Sequence = (), fixed: Sequence[str] = ()) -> list:
    """``told`` without the statements that a slide's title must say again (``claimed``: titles.sole_titles),
    the first ones first, while three others remain; a statement is compared as written and as shown
    (without a ``Label: `` that only heads it: see fitted). One that says a quantity stays: the bottom line
    says the number first, and the slide's title takes its next statement (titles.strongest); another of
    ``told`` that names its topic (overview.named) and says none goes instead, where there is one ("DeepSeek's
    models are 27x cheaper than competitors", not "DeepSeek achieved significant efficiency gains") — unless
    its slide has no other statement to take (``fixed``: titles.sole_titles): then the title keeps it."""
    kept = list(told)
    for p in told:
        if len(kept) > 3 and _claimed(p, claimed):
            for gone in [p] if not _stays(p, fixed) else _vaguer(p, kept, claimed, topics):
                kept.remove(gone)
    return kept


def _stays(item: dict, fixed: Sequence[str]) -> bool:
    """Whether a statement a title claims stays on the bottom line: it says a quantity, and its slide has
    another statement to take as title, or its title (``fixed``: nothing else can title the slide) says
    no quantity (a message saying the lead only: the number is the bottom line's)."""
    return _numbered(item) and not _claimed(item, [t for t in fixed if has_quantity(plain(t))])


def _numbered(item: dict) -> bool:
    """Whether a summary ``item`` says a quantity (weigh.has_quantity)."""
    return has_quantity(plain(item["text"]))


def _vaguer(item: dict, kept: list, claimed: Sequence[str], topics: Sequence) -> list:
    """The first statement of ``kept`` (as a list of one, else none) that names ``item``'s topic
    (overview.named) and says no quantity where ``item`` says one, no title's claim itself."""
    about = named(item["text"], topics)
    return [p for p in kept if p is not item and about and not _numbered(p) and not _claimed(p, claimed)
            and named(p["text"], topics) == about][:1]


def _claimed(item: dict, claimed: Sequence[str]) -> bool:
    """Whether a slide's title of ``claimed`` says ``item`` again, as written or as shown (see _ceded)."""
    return any(says_again(title, [item["text"], labelled(item["text"])[1]]) for title in claimed)


def _headlines_told(sentence: str, topics: Sequence) -> list[str]:
    """The headlines a ``sentence`` runs together (clauses.headlines_run) that name a topic of the notes
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


def opening(takeaways: list, shown: list, topics: Sequence, introduction: Sequence, words: dict,
            most: int = 20, count: int = 5, total: int = 0, claimed: Sequence[str] = (), groups: Sequence = (),
            fixed: Sequence[str] = ()) -> list:
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
    replace, titles.sole_titles) gives way to the next, while three others remain: it is said once, as
    the title of the slide that proves it — unless it says a quantity and its slide has another statement
    (not ``fixed``): the bottom line says the number first (another statement of its topic without one gives
    way instead: ``_ceded``), and the slide takes its next title (a topic's only point is ``fixed`` too:
    overview.sole_points). A digest
    opens on what each entry did, its only point (overview.digest_points, by whole slide ``groups``;
    the deck then leaves out those slides: overview.unsaid), as its leading clause with what sets it
    apart under it (entry_lines.lined: the focus, who took part). At most ``total`` words on the slide (0: no limit). Notes
    that state no finding (a chapter list, an episode description) open on what they say of the recording (``described``): with no
    topic shown, its description, else the chapters written as statements (those with a verb:
    has_verb; the chapters slide lists them all). Empty when the notes state nothing at all. Each item stands alone
    (standalone.py: one whose pronoun took a name keeps its words as written in ``as_written``)."""
    takeaways, introduction, shown, topics, before = standing(takeaways, introduction, shown, topics, words)
    claimed = [subject_kept(c, words) for c in claimed]  # (compared as the statements now read)
    fixed = [subject_kept(c, words) for c in fixed]
    alone = lambda items: stand_alone(items, before, words)
    fits = lru_cache(maxsize=None)(lambda text: briefed(fitted(text, most), most, words, text))  # (bottom_items.py)
    headline = headline_statement([t for t in shown if not is_prediction_topic(t["title"], words)
                                   and not is_closing_topic(t["title"], words)], words, fits)
    # (the headline statement is not carried where a slide's title claims it and the summary left it out)
    carried = lambda pool: None if headline and _claimed(headline, claimed) and all(
        p["text"] != headline["text"] for p in pool) else headline
    if takeaways:
        told = alone(_ceded([t for t in distinct(sentenced(concrete(takeaways, shown, fits, words), fits), words, addresses=True)
                             if fits(t["text"]) and not is_aside_label(t["text"], words)], claimed, topics, fixed))
        told = numbered(told, [t for t in shown if not t["aside"]], fits)  # (its topic's number: numbered_items.py)
        present = _carrying([t for t in told if not is_outlook(t["text"], words)], carried(told), count)
        told = present if len(present) >= 3 else _carrying(told, carried(told), count)
        if len(told) >= 3 or not shown:
            return _within(told[:count], most, total, headline)
    taken = present if takeaways else []  # (fewer than three takeaways fit: the notes' statements follow them)
    evidence = [t for t in shown if not is_prediction_topic(t["title"], words) and not is_closing_topic(t["title"], words)]
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
        return _within(alone([*intro, *lined(entries, words, most)][:count]), most, total, None)
    kept: list = []
    for least in range(3, 3 * count + 1):  # (three at least where the notes have them, after those said twice go)
        found = statements(evidence, count, chapters, told, least, fits=fits, verbal=lambda text: has_verb(text, words))
        pool = _ceded(distinct([*taken, *found], words, addresses=False), claimed, topics, fixed)
        kept = _carrying(alone(pool)[:count], None if figured(headline, told, evidence) else carried(pool), count)
        if (len(kept) >= 3 and not any(_claimed(p, claimed) and not _stays(p, fixed) for p in kept)) or len(found) < least:
            break  # (a statement a title says is left to it where the notes have another)
    kept = kept or alone(sentenced(distinct(takeaways, words, addresses=True), fits, whole=True))[:count]
    return _within(kept or alone(described(introduction, words, most))[:count], most, total, headline)
