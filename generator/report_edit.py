"""The report edited for its reader: what a handout (the report, the Markdown) leaves out that the deck's twins of its
slides would say again or at length (review 21's worst 5).

- A quote a handout shows twice — on its topic's page, in the report only, and as the close the deck ends on (allin's
  Putin quote) — is shown once, where the deck shows it.
- A point that only says again the heading over it (the deck's slide dropped it: its title says it; the report's twin
  of that slide showed every point) is not said under it.
- The takeaways in full, after the close (the report opens on the deck's statements), keep only those that no other
  section says (amd's said its close and its outlook's point again): in every report, as issue #21 §2 asks (the rest of
  each takeaway goes to the speaker notes and the report).
- A topic whose every point would run past ``ROOM`` slides' words (a transcript's turns: knesset's executive report
  was 3½ pages of them) shows in the report what its deck slide shows, where the audience cuts its slides' points
  (``cut_points``); one that keeps every point (the technical) shows them all, and the speaker notes keep them.
"""
from __future__ import annotations

import re

from .document import Bullet, Document, Slide
from .inline import plain
from .word_count import count_words

ROOM = 3  # slides' words (the budget's ``max_words``) a topic's points may take in a report that cuts a deck's points


def _bare(text: str) -> tuple[str, ...]:
    """``text`` as compared: its words, case-folded (not its punctuation: "…our borders; meanwhile" says what "…our
    borders. Meanwhile" does)."""
    return tuple(re.findall(r"\w+", plain(text).casefold()))


def _words(bullets: list[Bullet]) -> int:
    """The words of ``bullets`` and of every point under them."""
    return sum(count_words(plain(b.text)) + _words(b.children) for b in bullets)


def _quoted_once(slides: list[Slide]) -> list[Slide]:
    """``slides`` without a report-only quote whose words a slide both outputs show quotes too."""
    shown = {_bare(s.text) for s in slides if s.layout == "quote" and s.deck and s.report and s.text}
    return [s.model_copy(update={"report": False}) if s.layout == "quote" and not s.deck and s.report
            and _bare(s.text) in shown else s for s in slides]


def _untitled(slide: Slide) -> Slide:
    """A report-only ``slide`` without a top-level point that says its title again (one with points under it stays)."""
    if slide.deck or not slide.report or not slide.bullets:
        return slide
    title = _bare(slide.title)
    kept = [b for b in slide.bullets if b.children or _bare(b.text) != title]
    return slide.model_copy(update={"bullets": kept}) if kept and len(kept) < len(slide.bullets) else slide


def _twin(slide: Slide, slides: list[Slide]) -> Slide | None:
    """The deck's twin of the report-only ``slide``: the deck-only slide of its topic and title (and layout)."""
    return next((s for s in slides if s.deck and not s.report and s.topic == slide.topic and s.title == slide.title
                 and s.layout == slide.layout), None)


def _within(slides: list[Slide], most: int) -> list[Slide]:
    """``slides`` where a report-only topic slide of more than ``most`` words of points gives way to its deck twin."""
    long = {id(s): twin for s in slides if s.topic and not s.deck and s.report and s.bullets
            and _words(s.bullets) > most and (twin := _twin(s, slides)) is not None}
    twins = {id(t) for t in long.values()}
    return [s.model_copy(update={"report": False}) if id(s) in long
            else s.model_copy(update={"report": True}) if id(s) in twins else s for s in slides]


def _all_words(slide: Slide) -> set[str]:
    """The words a handout section says: its kicker, title, text and every point (each point's words, case-folded)."""
    def of(bullets: list[Bullet]) -> list[str]:
        return [w for b in bullets for w in (*_bare(b.text), *of(b.children))]
    return {*_bare(slide.kicker), *_bare(slide.title), *_bare(slide.text), *of(slide.bullets)}


def _new(bullet: Bullet, sections: list[set[str]]) -> bool:
    """Whether a takeaway says what no one section does: more than a fifth of its words (of four letters or more,
    its sub-points' with them) are in none of ``sections``."""
    said = {w for w in (*_bare(bullet.text), *(w for c in bullet.children for w in _bare(c.text))) if len(w) >= 4}
    return not said or all(len(said - words) * 5 > len(said) for words in sections)


def _takeaways_unsaid(slides: list[Slide]) -> list[Slide]:
    """``slides`` whose report-only takeaways in full keep only those no other section of the report says (amd's said
    its close and a point of its outlook again, a page of their own); none left, no section."""
    sections = [_all_words(s) for s in slides if s.report and s.role != "takeaways"]
    out = []
    for s in slides:
        if s.role == "takeaways" and s.report:
            kept = [b for b in s.bullets if _new(b, sections)]
            s = s.model_copy(update={"bullets": kept} if kept else {"report": False})
        out.append(s)
    return out


def edited(document: Document, max_words: int, cut_points: bool) -> Document:
    """``document`` whose handout says a quote once, no heading again as its first point, and, where the budget cuts a
    deck's points (``cut_points``, ``max_words`` words a slide), no topic at more than ``ROOM`` slides' length."""
    slides = [_untitled(s) for s in _quoted_once(document.slides)]
    if cut_points and max_words:
        slides = _within(slides, ROOM * max_words)
    return document.model_copy(update={"slides": _takeaways_unsaid(slides)})
