"""A close's common point and what backs it (review 15's finding 2; review 16's finding 2: a close that adds nothing).

A close's lines share its point: each shares a whole key word with the first, or all of them with one item of
the bottom line (``related``). lescast's close held Trivago's migration advice and Oracle's policy process:
two topics' last words, no common point; such a close keeps the one statement that follows from the top
item of the bottom line (close.outlook gives them in the bottom line's order; a bottom line too thin for a slide
keeps them all: cover_lead.py, no speaker notes there would say the ones left out).
One statement that looks ahead titles the close only where it is the notes' own (a takeaway or a sentence of the
introduction: what the notes say of the whole, ``own``): one topic's line ("Approche recommandée : commencer par
les services les moins complexes…", a section's advice) is no implication of the briefing. It titles the close,
whole in TITLE_WORDS words (a trailing detail clause dropped: clauses.whole_statement), over the notes' lines that
back it (``evidenced``): their own statements and the points of topics without a slide of their own (evidence
copied from a slide is no close), never an item of the bottom line or what one says (said_same.same: AMD's close
repeated the bottom line's first two items under "The company is optimistic about future growth…"), each as
the close shows it (``shown``) sharing a name ("Data Center", "NHTSA") or two whole key words with the title
(``backs``), those sharing most first, in the notes' order, EVIDENCE at most; a line whose shortened form would drop
what backs the title ("AMD's Q3 2025 earnings call highlighted record revenue and profitability driven by strong
demand across Data Center AI, Server, and PC businesses": what the results mean, review 19's worst 3) is shown whole
in WHOLE_WORDS words. A statement with details of its own
("…, with the launch of new products and expanding customer engagements": close_details.details) is titled by its main
clause, its details its first lines, LINES at most in all (review 17: AMD's deck ended on its buyback evidence, the
outlook on no slide). The notes' lines that back it only make a close of two lines (``NEEDED``): under a statement
that gives details of its own, a line of what happened (AMD's lede, "AMD's Q3 2025 earnings call highlighted record
revenue and profitability…") says again what the evidence showed, no more of what lies ahead (review 21's worst 2: a
close that repeats earlier slides is worse than none). Without any, the close is one line (none: a close of one line
adds a title, not a point): the statement ends the bottom line where it may (close.ends_bottom_line), else its speaker
notes say it.
A close's line on the slide is whole in LINE_WORDS words (``shown``): a detail clause dropped, else the clause
that leads it, the rest (a reason, a contrast) said by the speaker notes, which say every line whole; a line with
no clause to end at is shown whole in a third more words at most.
"""
from __future__ import annotations

from collections.abc import Sequence

from .clauses import whole_statement
from .close_details import details
from .close_resolve import resolves
from .close_voice import is_attributed, unattributed
from .close_watch import at_stake
from .cut_rule import may_shorten
from .headline import count_words
from .inline import plain
from .key_words import keys
from .narration import narrates
from .said_same import same
from .sentence_kinds import is_aside_sentence, is_promotion
from .template_names import template_filter, template_test
from .words import WORD

WHOLE = 100  # letters of a key word compared: all of them
TITLE_WORDS = 20  # words of a statement that titles the close, at most (two lines at title size)
LINE_WORDS = 15  # words of a close's line on the slide (a third more where no clause ends before: ``shown``)
WHOLE_WORDS = 25  # words of a backing line shown whole because its cut would drop what backs the title, at most
EVIDENCE = 2  # the notes' lines under a lone statement, at most
NEEDED = 2  # lines of a close the notes' backing lines make up, at most: the statement (its title) and one more
LINES = 3  # lines under a lone statement's title, at most (its details, then its evidence: a close holds four lines)
QUOTES = ("“", "”", '"', "«", "»", "„")  # quotation marks: a line that holds one is never cut


def _named(text: str) -> set[str]:
    """The whole key words of ``text``, an elided article ("d'OpenJDK": "openjdk") and a possessive ("committee's":
    "committee") left off."""
    out = set()
    for word in keys(text, WHOLE)[1]:
        head, _, tail = word.replace("’", "'").rpartition("'")
        out.add(head if tail == "s" and head else tail if len(head) <= 2 else word)
    return out


@template_test("close_related")
def related(ahead: list, opened: list, words: dict | None = None) -> bool:
    """Whether the close's statements ``ahead`` share a point: each shares a whole key word with the first, or
    every one shares one with the same item of the bottom line ``opened`` (see the module doc), or all of them
    state what was decided or recommended (given the language's ``words``: close_resolve.resolves)."""
    named = [_named(p["text"]) for p in ahead]
    return ((words is not None and all(resolves(p["text"], words) for p in ahead))
            or all(named[0] & n for n in named[1:])
            or any(all(_named(item["text"]) & n for n in named) for item in opened))


def _leading(kept: str) -> str:
    """``kept`` (a statement's leading clause, what follows it left to the speaker notes) where it holds no cause,
    contrast or qualifier of its own (cut_rule.may_shorten of nothing kept: "While the committee's investigation is
    continuing" is no statement without the clause it qualifies), else ""."""
    return kept if may_shorten(kept, "") else ""


def shown(text: str, most: int = LINE_WORDS) -> str:
    """``text`` as the close shows it (see the module doc): whole in at most ``most`` words, a detail clause
    dropped, else its leading clause (the speaker notes say the rest), else whole in a third more, else itself;
    its full stop kept, never without a leading label ("Approche recommandée :"), never cut where it quotes."""
    if is_attributed(text) and (said := unattributed(text)) != (kept := shown(said, most)):
        return kept + plain(text)[len(said):]  # (a speaker's line cut keeps its speaker: close_voice.voiced)
    if count_words(plain(text)) <= most or any(text.count(q) for q in QUOTES):
        return text  # (never cut inside a quotation, nor one off its speaker)
    kept = whole_statement(text, most) or _leading(whole_statement(text, most, keeps_rest=True))
    if not kept or not text.startswith(kept):
        kept = whole_statement(text, most + most // 3) if count_words(plain(text)) > most + most // 3 else ""
        if not kept or not text.startswith(kept):
            return text
    return kept + ("." if text.rstrip().endswith(".") and not kept.endswith((".", "!", "?", "…")) else "")


@template_filter("close_line")
def close_line(line: str | dict, words: dict | None = None, whole: Sequence[str] = ()) -> str | dict:
    """The template filter ``close_line``: a close's line (a text, or a point) as the slide shows it (``shown``); where
    the slide drops a clause that says what is at stake, that clause under it (close_watch.at_stake, given ``words``);
    a point of ``whole`` (the lines ``evidenced`` shows whole: their cut would drop what backs the title) as it is."""
    if isinstance(line, str):
        return shown(line)
    if line["text"] in whole:  # (a line that backs the title only whole: ``_backing``)
        return line
    kept = shown(line["text"])
    rest = at_stake(kept, line["text"], words) if words is not None and kept != line["text"] else ""
    return {**line, "text": kept.rstrip(".") if rest else kept, **({"children": [{"text": rest}]} if rest else {})}


def _own(text: str, own: list[str]) -> bool:
    """Whether ``text`` is (the leading part of) one of the notes' own statements ``own``."""
    said = plain(text).rstrip(". ")
    return bool(said) and any(plain(o).startswith(said) for o in own)


def _names(text: str) -> set[str]:
    """The names of ``text``, case-folded: its words written with a capital inside a sentence ("Data Center AI"),
    and those all in capitals ("NHTSA"), an elided article left off; none in a script without capitals."""
    out, opening = set(), True
    for word in WORD.findall(plain(text)):
        if (not opening and word[:1].isupper()) or (len(word) > 1 and word.isupper()):
            out |= _named(word) or {word.casefold()}
        opening = False
    return out


def backs(line: str, title: str) -> int:
    """How much ``line`` says of what ``title`` says: the names and whole key words they share, where they share
    a name or two key words at least (a key word alone, "growth", "about", is no common point), else 0."""
    names, shared = _names(line) & _names(title), _named(line) & _named(title)
    return len(names | shared) if names or len(shared) >= 2 else 0


def _backing(title: str, statement: str, pool: list[str], opened: list, words: dict) -> list[tuple[str, str]]:
    """The lines of ``pool`` that back ``title`` (see the module doc), each (as written, as shown), EVIDENCE at most."""
    found: list = []
    for n, text in enumerate(pool):
        line, most = shown(text), LINE_WORDS + LINE_WORDS // 3
        if line != text and not backs(line, title) and backs(text, title):
            line, most = text, WHOLE_WORDS  # (the cut would drop what backs the title: "…driven by strong demand…")
        if (not line or count_words(plain(line)) > most or same(text, statement)
                or line.count("“") != line.count("”") or line.count('"') % 2
                or any(same(text, item["text"]) or same(line, item["text"]) for item in opened)
                or narrates(line, words, ("narration_openers", "narrating_subjects"))
                or is_promotion(text, words) or is_aside_sentence(text, words)):
            continue
        if (shared := backs(line, title)) and not any(same(text, t) for _, t, _ in found):
            found.append(((-shared, n), text, line))
    return [(text, line) for _, text, line in sorted(found)[:EVIDENCE]]


@template_filter("close_evidenced")
def evidenced(statement: dict, opened: list, own: list[str], topics: list, shown_topics: list, words: dict) -> dict:
    """The close of one ``statement`` that looks ahead: its ``title`` (its main clause where it gives details of its
    own, else the statement whole in TITLE_WORDS words, else "": the close word titles it and the statement is its
    first point), its ``points`` (those details, then the notes' lines that back it, see the module doc) and what the
    speaker notes say of them (``said``: each whole); no points where the statement is not the notes' own (``own``:
    takeaways, the introduction's sentences) or it gives no detail and nothing backs it. A speaker's attributed
    statement alone ("“Whoever becomes the leader in artificial intelligence…” — Vladimir Putin") is no close either
    (review 21's worst 2: a bare quote under "What it means" states no implication of the briefing): it stays the
    evidence of its topic's slide, and the bottom line's speaker notes say it looks ahead."""
    if not _own(statement["text"], own):  # (one topic's line, or a speaker's words: no implication of the briefing)
        return {"title": "", "points": [], "said": []}
    on_slides = {t["id"] for t in shown_topics}
    pool = [*own, *(p["text"] for t in topics if not t["aside"] and t["id"] not in on_slides
                    for p in t["points"] if not p["children"])]
    main, told = details(statement["text"], words)
    title = main or plain(shown(statement["text"], TITLE_WORDS)).rstrip(". ")
    lines = [(t, t) for t in told if not any(same(t, item["text"]) for item in opened)]
    lines = [*lines, *_backing(title, statement["text"], pool, opened, words)[:max(0, NEEDED - 1 - len(lines))]][:LINES]
    points: list[dict] = [{"text": text, "at": None, "children": []} for text, _ in lines]  # (whole: close_line shows it)
    if not points:
        return {"title": "", "points": [], "said": []}
    whole = [text for text, line in lines if line == text and shown(text) != text]
    said = [text for text, line in lines if plain(line).rstrip(". ") != plain(text).rstrip(". ")]
    if count_words(title) > TITLE_WORDS:
        return {"title": "", "points": [{**statement, "children": []}, *points], "said": said, "whole": whole}
    return {"title": title, "points": points, "said": said, "whole": whole}
