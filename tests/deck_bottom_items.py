"""The bottom line's items, read from a built deck (issue #21, review 12's finding 4): each a full
statement chosen whole, never a sentence cut to length. For the presentability check (``check``
returns (rule, slide, detail) triples), written independently of generator/bottom_items.py:

- ``bottom-length``: an item of the executive's bottom line (titled ``bottom_line``) holds at most 16
  words, of another summary at most 21 (their ``summary_words``, 15 and 20, and one); 22 where it is one of the
  content's takeaways whole (the notes' own conclusion kept in its words; review 19); 18 where it says
  a number (a cut would lose it) or what could follow ("…but could push China to develop…"); 22 (half as
  many again) where it is two figures set against each other, joined by "; meanwhile," / "; by contrast," /
  "; en revanche," (one claim: cut, its contrast is lost; review 18, finding 2).
- ``bottom-prefix``: no item opens on a section's prefix, a ``Label: `` of fewer than four words
  ("China: …") or of capitalised words only ("Committee on Appropriations: …").
- ``bottom-fragment``, a proxy for "has a subject and a finite verb": no item is a head-cut of the
  notes — the content file holds it only after a word of the same sentence ("…call highlighted record
  revenue…" shown as "Record revenue and profitability driven by…": its subject gone; not after "that is,", whose
  clause restates the sentence whole) — nor opens on a
  participle (a capitalised word ending in "ed", "é", "ado" or "ido" before a word in lower case or a
  number: "Returned $89 million…"), nor is shorthand with an arrow ("Incompatibilité Log4j → …").
- ``bottom-recording`` (review 13's finding 2): no item is a fact about the recording rather than its content,
  a share of its running time ("“X” takes 9 of the 25 minutes.": N of M minutes or hours, in any of the tool's
  languages).
"""
from __future__ import annotations

import re
from pathlib import Path

from generator.word_count import count_tokens

from .deck_economy import _paragraphs, heads
from .deck_storyline import _TIME_SUFFIX, CHAPTERS_ONLY, SUMMARY, WORDS

EXECUTIVE = {w["bottom_line"] for w in WORDS}
_NUMBER = re.compile(r"\d")
# two figures set against each other in one claim (review 18: cut, its contrast is lost)
_PAIRED = re.compile(r";\s+(?:meanwhile|by contrast|in contrast|on the other hand|en revanche|par contre|"
                     r"pendant ce temps|dagegen|hingegen|en cambio|mientras tanto),", re.IGNORECASE)
# what could follow, a risk (review 13: the executive gets the consequence, in as many words as a number)
_RISK = re.compile(r"\b(?:could|might|risks?|threatens?|pourrai(?:t|ent)|risque|könnten?|droht|podrían?|riesgo)\b|可能|风险|עלול",
                   re.IGNORECASE)
_PREFIX = re.compile(r"^([^:]{1,60}):\s")
_PARTICIPLE = re.compile(r"^[A-ZÀ-Þ][\w'-]{3,}(?:ed|é|ée|ado|ido)\s+(?:[a-zà-ÿ$€£]|\d)")
_ARROW = re.compile(r"→|->|=>|⇒")
_DURATION = re.compile(r"\d+\s+(?:of the|of|de los|de las|des|de|von|من|מתוך)\s+\d+\s*(?:minutes?|minutos|minuten|hours?|"
                       r"heures|stunden|horas|دقيقة|دقائق|ساعة|דקות|שעות)(?!\w)|\d+\s*分钟中的\s*\d+\s*分钟",
                       re.IGNORECASE)  # ("takes 9 of the 25 minutes", "占 65 分钟中的 35 分钟")
_BEFORE = re.compile(r"\w\s+$")  # (an item found right after a word of its sentence is its tail)
# a clause after "that is" restates its sentence whole (its own subject and verb: "…, כלומר החל ב-1.1.16 … יחול מכס …")
_RESTATING = re.compile(r"[,，]\s*(?:that is|i\.e\.|in other words|c[’']est-à-dire|autrement dit|das heißt|d\. h\.|es decir|"
                        r"o sea|يعني|כלומר|דהיינו|也就是说|换句话说),?\s*$", re.IGNORECASE)
STATED_MOST = 22  # words a takeaway of the notes shown whole may hold, in any audience (review 19, the lead's decision)


def items(slides: list) -> list[str]:
    """The bottom line's items (the second slide's first-level points when it is a summary, but the tool's line
    saying the notes state nothing), else none."""
    if len(slides) < 2 or not set(heads(slides[1])) & SUMMARY:
        return []
    paragraphs = _paragraphs(slides[1])
    top = min((p["margin"] for p in paragraphs), default=0)  # (an entry's details are indented under it)
    return [said for p in paragraphs if p["margin"] == top
            and (said := _TIME_SUFFIX.sub("", p["text"]).strip()) not in CHAPTERS_ONLY]  # (the tool's own words)


def _count(text: str) -> int:
    return count_tokens(w for w in text.split() if any(c.isalnum() for c in w))


def _prefixed(item: str) -> bool:
    found = _PREFIX.match(item)
    label = found.group(1) if found else ""
    named = [w for w in label.split() if len(w) > 3]
    return bool(found) and (_count(label) < 4 or bool(named) and all(w[:1].isupper() for w in named))


def _head_cut(item: str, text: str) -> bool:
    """Whether ``item`` is in ``text`` (the content file) only as the tail of a longer sentence."""
    said = " ".join(item.rstrip(".!?…").split())
    if _count(said) < 5:
        return False
    flat = " ".join(text.split())
    starts = [m.start() for m in re.finditer(re.escape(said[1:]), flat) if m.start() > 0
              and flat[m.start() - 1].casefold() == said[0].casefold()]
    return bool(starts) and all(_BEFORE.search(flat[max(0, s - 3):s - 1]) and not _RESTATING.search(flat[max(0, s - 31):s - 1])
                                for s in starts)


def _flat(text: str) -> str:
    return " ".join(text.split()).rstrip(".!。 ").casefold()


def _stated(content_file) -> set[str]:
    """The content's takeaways, each as one line without its end stop (a bottom-line item that is one whole)."""
    from .deck_economy import content_of  # (loaded once per file)
    return {_flat(t.text) for t in content_of(content_file).takeaways}


def check(slides: list, content_file=None) -> list[tuple[str, int, str]]:
    """Every rule above (the head-cut only with the content file)."""
    shown = items(slides)
    executive = bool(set(heads(slides[1])) & EXECUTIVE) if shown else False
    text = Path(content_file).read_text(encoding="utf-8") if content_file else ""
    stated = _stated(content_file) if content_file else set()
    out = []
    for item in shown:
        most = max(16 if executive else 21, 18 if _NUMBER.search(item) or _RISK.search(item) else 0,
                   22 if executive and _PAIRED.search(item) and len(_NUMBER.findall(item)) >= 2 else 0,
                   STATED_MOST if _flat(item) in stated else 0)
        if _count(item) > most:
            out.append(("bottom-length", 2, f"'{item[:50]}' holds {_count(item)} words (at most {most})"))
        if _prefixed(item):
            out.append(("bottom-prefix", 2, f"'{item[:50]}' opens on a section's prefix"))
        if _PARTICIPLE.match(item) or _ARROW.search(item) or (text and _head_cut(item, text)):
            out.append(("bottom-fragment", 2, f"'{item[:50]}' has no subject or is shorthand"))
        if _DURATION.search(item):
            out.append(("bottom-recording", 2, f"'{item[:50]}' is a fact about the recording, not a claim"))
    return out
