"""Lines of the notes that are asides, not content: no deck shows them.

Notes mix what a recording says with what the note-taker or the show says around it. A line that is
one of these stays in the report and the handout, as written, and the deck's speaker notes name it
("Also in the report: …"), in every audience: the technical deck keeps every point, and these are no
points (an engineer reads a remark about the source, or a link under the point it repeats, as noise;
the report keeps the link). An audience whose budget sets ``asides: false`` (the executive and the policy
ones) also gives an aside topic no slide (asides.py). Nothing is reworded: a line is shown whole or
left off the slide. Told by phrases of the content's language (``generator/lang/<code>.yaml``),
outside quotations (a quoted "I" or "you" is the speaker's):

- the note-taker speaking of themself (``first_person``: "I had the privilege of attending…");
- a line under an aside label (overview.is_aside_label, ``aside_labels``: "Bonus : la mort annoncée
  de l'IDE…");
- a line that opens on a comment on the source instead of its content (sentence_kinds.is_commentary at its
  start: "Un bon article de rappel…", "The host expresses…"; not a definition inside a statement,
  "Java est le langage de la JVM…; Java 26 est une version non-LTS avec 10 JEPs");
- of the introduction (*Why it matters*: the show's voice), a line that sells (sentence_kinds.is_promotion:
  it ends on "!" or speaks to the listener, "…will help you level up your skills faster!", "…les git
  worktrees envahissent vos terminaux.", "Bon week-ends de mai !"). A topic's point reports what was
  said: its "you" is the speaker's ("if you extrapolate current numbers", "We Chat is your ID") and
  stays;
- a sub-point that is only a link whose label repeats its point ("[React Miami Episode](…)." under
  "React Miami"), or the only link of its list under a sentence ("[Ezno](…)." under "New TypeScript
  typechecker."): it says where the point is, or names it in one word that reads as nothing on a slide.
  The links under a heading ("[Chatkontrolle](…)" under "Blast from the Past") and a reading list (two
  links or more) stay;
- a fragment among sentences: a sentence of at most FRAGMENT words and no number, no sub-points, in a list whose other
  lines run to PROSE words or more ("Think running water." after four sentences of the birth-rate
  point): it leans on the sentence before it. A list of short items ("React", "Bluesky", "CSS") stays.

Every deck slide's points, sub-points, columns and subtitle are read, but for the slides of
reference (agenda, sources, the chapter list) and the opening summary, which chooses its statements
by its own rules. A point whose points all go, and that only led into them ("Why it matters", a
line ending on ":"), goes with them; a slide left with nothing to show leaves the deck.
"""
from __future__ import annotations

from bisect import bisect_left

import re

from .deck_twin import LEAST_WORDS, words
from .deck_twin import split as _split
from .document import Bullet, Document, Slide
from .inline import plain, runs
from .key_words import holds, keys, phrases
from .overview import is_aside_label
from .sentence_kinds import is_promotion
from .words import WORD
from .word_count import count_tokens

FRAGMENT = 3  # words of a line, at most, that is a fragment among sentences (see the module doc)
PROSE = 10  # words of the other lines of its list, at least (their median), for a line to be a fragment
_QUOTED = re.compile(r"“[^”]*”|«[^»]*»|„[^“”]*[“”]|\"[^\"]*\"")
_REFERENCE = ("agenda", "sources", "title", "section", "timeline")


def is_aside_line(text: str, lang: dict, introduction: bool = False) -> bool:
    """Whether ``text`` is an aside line (see the module doc): outside its quotations, it speaks in the
    note-taker's first person, opens on an aside label ("Bonus : …") or a comment on the source or, a
    line of the ``introduction``, sells. ``lang``: the words of the content's language."""
    said = _QUOTED.sub(" ", text)
    opening = " ".join(WORD.findall(plain(said).casefold()))
    return (holds(said, phrases(lang, "first_person")) or is_aside_label(said, lang)
            or any(opening.startswith(p + " ") for p in phrases(lang, "commentary_phrases"))
            or (introduction and is_promotion(said, lang)))


def _linked(text: str) -> bool:
    """Whether ``text`` is only a link (and punctuation)."""
    parts = runs(text)
    return any(r.url for r in parts) and all(r.url or not re.search(r"\w", r.text) for r in parts)


def _where(text: str, point: str, links: int) -> bool:
    """Whether ``text``, a sub-point of ``point`` in a list of ``links`` lines that are only links, is
    only a link whose label shares a key word with ``point`` ("[React Miami Episode](…)." under "React
    Miami"), or the list's only link under a sentence ("[Ezno](…)." under "New TypeScript typechecker."):
    where the point is, not a point. The links under a heading ("[Chatkontrolle](…)" under "Blast from
    the Past") or of a reading list (two or more) are its points."""
    return _linked(text) and (bool(keys(plain(text))[1] & keys(point)[1]) or (links == 1 and point.rstrip()[-1:] in ".!?"))


def _fragment(text: str, lengths: list[int]) -> bool:
    """Whether ``text`` is a fragment among the sentences of its list (see the module doc); ``lengths``: the
    sorted word counts of the list's points, its own among them (the median of the others' is read from
    them: counted anew for each point, a topic of 1,200 points took 21 s)."""
    said = count_tokens(WORD.findall(plain(text)))
    if not (0 < said <= FRAGMENT and text.rstrip()[-1:] in ".!?" and not any(c.isdigit() for c in text)) or len(lengths) < 3:
        return False
    middle = (len(lengths) - 1) // 2  # (the others' median: the list without one count of its own)
    return (lengths[middle] if middle < bisect_left(lengths, said) else lengths[middle + 1]) >= PROSE


def without_aside_lines(document: Document) -> Document:
    """``document`` whose deck slides show no aside line (see the module doc): each slide that holds one
    becomes a report-only slide and a deck twin without it, or, left near-empty, leaves the deck. Every
    audience: a deck that keeps every point (the technical one) and its aside topics keeps no remark about
    the source and no link that repeats its point either, which are no points."""
    slides = [part for slide in document.slides for part in _shown(slide, document.words)]
    return document.model_copy(update={"slides": slides})


def _shown(slide: Slide, lang: dict) -> list[Slide]:
    """``slide``, or its report-only original and a deck twin without its aside lines (none: near-empty,
    fewer than LEAST_WORDS words of points and nothing else, it is the report's only)."""
    if not slide.deck or slide.layout in _REFERENCE or slide.role == "chapters" or _opening(slide, lang):
        return [slide]
    dropped: list[str] = []
    bullets = _kept(slide.bullets, lang, dropped)
    columns = [c.model_copy(update={"bullets": _kept(c.bullets, lang, dropped)}) for c in slide.columns]
    subtitle = "" if slide.subtitle and is_aside_line(slide.subtitle, lang) else slide.subtitle
    dropped += [slide.subtitle] if subtitle != slide.subtitle else []
    if not dropped:
        return [slide]
    kept = [c for c in columns if c.bullets]
    first = len(slide.columns) > 1 and slide.title == slide.columns[0].title  # (a shared slide titled by its first topic)
    twin = slide.model_copy(update={"bullets": bullets, "columns": kept, "subtitle": subtitle,
                                    "title": kept[0].title if first and kept else slide.title})
    shown = words(bullets) + sum(words(c.bullets) for c in kept)
    if (shown < LEAST_WORDS and not (twin.figures or twin.chart or twin.table or twin.text)) or (
            slide.columns and len(kept) < (2 if slide.layout == "two_column" else 1)):
        return [slide.model_copy(update={"deck": False})]
    return _split(slide, twin, "; ".join(dropped), lang["also_in_report"])


def _opening(slide: Slide, lang: dict) -> bool:
    """Whether ``slide`` is the deck's opening summary (the bottom line: summary.opening chose it), not
    the *About this briefing* slide."""
    return slide.role == "summary" and slide.title != lang.get("about")


def _kept(bullets: list[Bullet], lang: dict, dropped: list[str], point: str = "") -> list[Bullet]:
    """``bullets`` (the sub-points of ``point``, if any) without aside lines, links that say where
    their point is and fragments among sentences (added to ``dropped``); a point that only led into points that all went goes with
    them."""
    out = []
    links = sum(_linked(b.text) for b in bullets)
    lengths = sorted(count_tokens(WORD.findall(plain(b.text))) for b in bullets)
    for b in bullets:
        if (is_aside_line(b.text, lang, point == lang.get("why_it_matters")) or (point and _where(b.text, point, links))
                or (not b.children and _fragment(b.text, lengths))):
            dropped.append(b.text)
            continue
        children = _kept(b.children, lang, dropped, plain(b.text)) if b.children else []
        if b.children and not children and _leads(b, lang):
            dropped.append(b.text)
            continue
        out.append(b.model_copy(update={"children": children}) if children != b.children else b)
    return out


def _leads(bullet: Bullet, lang: dict) -> bool:
    """Whether ``bullet`` only leads into its points: it ends on ":", or it is a word of the tool (the
    heading "Why it matters" a template writes)."""
    return bullet.text.rstrip().endswith(":") or bullet.text in lang.values()
