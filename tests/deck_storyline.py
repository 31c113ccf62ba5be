"""The storyline of a built deck, for the presentability check (issue #21 rules 2 and 3a): what it
opens on, what it closes on, and whether its titles state points. Each function reads the deck's
slides (python-pptx) and returns (rule, slide, detail) triples; ``presentability.check`` runs them.

- ``opening``: a summary slide (titled with a summary word of any built-in language, one heading for the
  role: no "In brief", no "As the notes describe the recording") is the second slide and holds two or more
  distinct statements — no two share a number that is not a year, none is a biography or a description of
  the episode. A deck may have none (review 14's finding 3: a summary too thin for a slide, fewer than two
  statements or only a description of the recording, is the cover's lead: generator/cover_lead.py), but
  never a summary slide later than the second.
- ``close``: a deck with three topic slides or more (whose notes state a finding) ends on its point or its evidence: the slide
  before the sources (the last slide without them) is titled, or kicked, with a close word
  (conclusion, implications, what it means) or a closing section's heading, or is a topic slide —
  never the agenda, the chapter list or a timeline.
- ``cut``: no title and no summary item ends with "…" (a sentence cut short), no point starts with
  "…" (a sentence continued from its title).
- ``close-lines``: a close (titled or kicked with a close word) holds two to four lines: its points, and
  its title where that is a statement (review 12 finding 5).
- ``repeat-close``: the close (titled or kicked with a close word) says again none of the summary's
  items (an item counts as said again when two thirds of its words are in one close item; review 16's
  finding 2: AMD's close was two of the bottom line's four items again, under a statement).
- ``narrating-title``: no slide is titled with a sentence that opens on a phrase of a language's
  ``narration_openers`` ("Discussion of US export controls…"): the slide's statement titles it. A title
  that says a summary item again is allowed (the summary sums up the titles; the slide never takes a
  weaker title to avoid the repeat: ``heading-title``).
- ``count-title``: no slide but the cover is titled (or kicked) by a count of its items ("14 chapters", "10
  chapters, 7 on quantum", "45 links") or by how long a topic takes ("The longest topic, X, takes 125 of 302
  minutes"): a list says what its items are about, a timeline what it shows (review 14's finding 3); a chapter
  list's title may say its longest chapters' minutes of the discussion (review 18: notes of chapters only measure time).
- ``heading-title``: given the content file, no slide is titled with a topic's heading where the
  topic states something a title can say (a message, or a point without sub-points that is one
  whole sentence of at most 15 words, five of them with letters, even one the summary slide says: the
  title keeps it and the summary takes the next statement), unless its heading names predictions.
"""
from __future__ import annotations

import re

from generator.headline import is_sentence
from generator.inline import plain
from generator.narration import narrates
from generator.words import load_words

from .deck_economy import _paragraphs, content_of, heads

AUDIENCES = ("executive", "policy", "technical")  # the storylines these rules read (a user's audience may tell another)
LANGS = ("en", "fr", "de", "es", "ar", "he", "zh")
WORDS = [load_words(code) for code in LANGS]
SUMMARY = {w[k] for w in WORDS for k in ("bottom_line", "policy_summary", "key_takeaways")}
CLOSE = {w[k] for w in WORDS for k in ("conclusion", "implications", "what_it_means", "outlook_heading")}
CHAPTERS_ONLY = {w[k] for w in WORDS for k in ("chapters_only", "links_only")}
CHAPTERS = {w["chapters"] for w in WORDS}
REFERENCE = SUMMARY | CLOSE | {w[k] for w in WORDS for k in ("agenda", "chapters", "links", "sources", "about")}
GRAPHS = {w[k] for w in WORDS for k in ("timeline", "chapter_times", "timeline_chart")}
CLOSING_SECTIONS = re.compile(r"\b(conclusions?|outlook|implications|what to watch|final thoughts|next steps)\b", re.I)
PREDICTIONS = re.compile(r"\b(predictions?|forecasts?|future)\b", re.I)
# a guest's biography or a description of the episode (written independently of generator/summary.py)
NOT_A_FINDING = re.compile(r"\b(?:is (?:a|an|the|also the) (?:professor|scientist|researcher|host|founder|director)"
                           r"|research interests|this (?:conversation|episode|podcast)|in this (?:episode|panel)"
                           r"|the hosts|look back at)\b", re.I)
_TIME_SUFFIX = re.compile(r"\s*\([^()]*\d:\d\d[^()]*\)\s*$")
_WORDS = re.compile(r"\w*[^\W\d_]\w*")  # words with a letter
_NUMBER = re.compile(r"\d[\d,.]*\d|\d")


def opening(slides: list) -> list[tuple[str, int, str]]:
    """A summary slide opens the deck, of two distinct statements or more (see the module doc)."""
    later = [n for n, slide in enumerate(slides[2:], 3) if set(heads(slide)[:1]) & SUMMARY]
    out = [("opening", n, "a summary slide after the second") for n in later]
    if len(slides) < 2 or not set(heads(slides[1])[:1]) & SUMMARY:
        return out
    items = [_TIME_SUFFIX.sub("", p["text"]) for p in _paragraphs(slides[1])]
    if len(items) < 2:
        out.append(("opening", 2, f"a summary of {len(items)} statement(s)"))
    out += [("opening", 2, f"'{t[:60]}' is a biography or describes the episode") for t in items if NOT_A_FINDING.search(t)]
    numbers = [{n for n in _NUMBER.findall(t) if not re.fullmatch(r"(?:19|20)\d\d", n)} for t in items]
    out += [("opening", 2, f"'{items[j][:40]}' repeats a number of '{items[i][:40]}'")
            for i in range(len(items)) for j in range(i + 1, len(items)) if numbers[i] & numbers[j]]
    return out


def _topic_slide(slide) -> bool:
    lines = heads(slide)
    return (slide.slide_layout.name not in ("Title Slide", "Section Header") and bool(lines)
            and not set(lines) & (REFERENCE | GRAPHS) and not any(t.startswith(tuple(REFERENCE)) for t in lines))


def close(slides: list) -> list[tuple[str, int, str]]:
    """A deck of three topic slides or more ends on its point, then the sources (see the module doc);
    not one whose notes state nothing (its summary says so: there is no point to end on)."""
    said_nothing = len(slides) > 1 and not set(heads(slides[1])[:1]) & SUMMARY  # (no summary: nothing stated to end on)
    if said_nothing or sum(map(_topic_slide, slides[2:])) < 3:
        return []
    sources = {w["sources"] for w in WORDS}
    last = len(slides) - (2 if heads(slides[-1])[-1:] and heads(slides[-1])[-1] in sources else 1)
    lines = heads(slides[last])
    if set(lines) & CLOSE or any(CLOSING_SECTIONS.search(line) for line in lines[:-1]) or _topic_slide(slides[last]):
        return []
    return [("close", last + 1, f"the deck ends on {lines[-1:]}, not on its point")]


def cuts(slides: list) -> list[tuple[str, int, str]]:
    """No title or summary item ends with "…", no point starts with it (see the module doc)."""
    out = [("cut", n, f"the title '{line[-50:]}' is cut") for n, slide in enumerate(slides, start=1)
           for line in heads(slide) if line.endswith("…")]
    if len(slides) > 1 and set(heads(slides[1])) & SUMMARY:
        out += [("cut", 2, f"the summary item '{t[-50:]}' is cut") for p in _paragraphs(slides[1])
                if (t := _TIME_SUFFIX.sub("", p["text"])).endswith("…")]
    return out + [("cut", n, f"'{p['text'][:50]}' continues a sentence") for n, slide in enumerate(slides, start=1)
                  for p in _paragraphs(slide) if p["text"].startswith("…")]


def _said_again(item: str, told: list[set]) -> bool:
    words = {w.casefold() for w in _WORDS.findall(item)}
    return bool(words) and any(3 * len(words & t) >= 2 * len(words) for t in told)


def repeated_close(slides: list) -> list[tuple[str, int, str]]:
    """The close says again none of the summary's items (see the module doc)."""
    if len(slides) < 3 or not set(heads(slides[1])) & SUMMARY:
        return []
    summary = [_TIME_SUFFIX.sub("", p["text"]) for p in _paragraphs(slides[1])]
    for n, slide in enumerate(slides[2:], start=3):
        if set(heads(slide)) & CLOSE:
            told = [{w.casefold() for w in _WORDS.findall(p["text"])} for p in _paragraphs(slide)]
            again = sum(_said_again(item, told) for item in summary)
            if again:
                return [("repeat-close", n, f"the close says {again} of the summary's {len(summary)} items again")]
    return []


def close_lines(slides: list) -> list[tuple[str, int, str]]:
    """A close holds two to four lines: its points, and its title where that states (a close word is then
    its kicker), see the module doc."""
    out = []
    for n, slide in enumerate(slides[2:], start=3):
        lines = heads(slide)
        if set(lines) & CLOSE:
            count = len(_paragraphs(slide)) + sum(line not in CLOSE for line in lines)
            out += [("close-lines", n, f"a close of {count} lines")] if not 2 <= count <= 4 else []
    return out


def heading_titles(slides: list, content_file) -> list[tuple[str, int, str]]:
    """No slide is titled with the heading of a topic that states something (see the module doc)."""
    content = content_of(content_file)
    stating = {plain(t.title) for t in content.topics if not PREDICTIONS.search(t.title) and len(t.points) >= 2 and (
        t.message or any(not p.points and is_sentence(plain(p.text), 15) and len(_WORDS.findall(plain(p.text))) >= 5
                         for p in t.points))}
    return [("heading-title", n, f"'{lines[-1]}' is the topic's heading, not its point")
            for n, slide in enumerate(slides, start=1) if (lines := heads(slide)) and len(lines) == 1
            and lines[0] in stating]


def narrating_titles(slides: list) -> list[tuple[str, int, str]]:
    """No slide is titled with a sentence that narrates (see the module doc)."""
    return [("narrating-title", n, f"the title '{title[:50]}' narrates")
            for n, slide in enumerate(slides, start=1) for title in heads(slide)
            if any(narrates(title, w) for w in WORDS)]


_KINDS = "|".join(re.escape(w[k].casefold()) for w in WORDS for k in ("chapters", "links"))
COUNTED = re.compile(rf"^\d+\s*(?:个\s*)?(?:{_KINDS})(?!\w)", re.IGNORECASE)  # ("14 chapters", "45 links (cont. 1)")


# a chapter list's title: how many minutes its longest chapters take (chapter_list.py; review 18: notes that give
# chapters only state no point, and their times are what they measure)
_SHARED = re.compile("|".join(sorted({re.sub(r"\\\{\w+\\\}", ".+", re.escape(w[key])) for w in WORDS
                                       for key in ("chapters_longest", "chapters_longest_one")})))


def count_titles(slides: list) -> list[tuple[str, int, str]]:
    """No slide but the cover is titled by a count of its items or by how long a topic takes (see the module doc);
    a chapter list's title may say its longest chapters' minutes of the discussion (``_SHARED``)."""
    from .deck_bottom_items import _DURATION  # (it reads this module's words)
    return [("count-title", n, f"the title '{title[:50]}' counts or times")
            for n, slide in enumerate(slides[1:], start=2) for title in heads(slide)[:2]
            if COUNTED.match(title) or (_DURATION.search(title) and not _SHARED.fullmatch(title))]


def check(slides: list, content_file=None) -> list[tuple[str, int, str]]:
    """Every rule above (``heading-title`` only with the content file), and the bottom line's items' (deck_bottom_items)."""
    from . import deck_bottom_items as bottom_items  # (it reads this module's words)
    return (opening(slides) + close(slides) + cuts(slides) + repeated_close(slides) + close_lines(slides)
            + narrating_titles(slides) + count_titles(slides) + (heading_titles(slides, content_file) if content_file else [])
            + bottom_items.check(slides, content_file))
