"""Review 15's and review 16's finding 3: a deck whose evidence is a chapter list shows its chapters in time order,
each once, about six a slide, under a title that is true of where the time goes (generator/chapter_list.py).

Read back from the decks of the real chapter lists of tests/fixtures/notes (python-pptx; the session's shared
builds, tests/notes_built.py): guide (7 chapters, English, with takeaways), lex (10), syntax-tips (14, numbered:
the tips are the episode's subject), and two All-In chapter lists no rule here was tuned on (allin-chapters-odd-times,
10 with times such as "42:2"; allin-e52-shownotes, 6).
"""
from __future__ import annotations

import re

import pytest
from pptx import Presentation

from generator.asides import aside_topics
from generator.chapter_list import longest_title
from generator.loader import load_content
from generator.words import load_words

from .deck_economy import heads
from .notes_built import NOTES, notes_build

AUDIENCES = ("executive", "policy", "technical")
EN = load_words("en")
LONGEST = {"guide-to-live-chapters.txt": "Different Approaches to Live Streaming",  # (13:06 to 22:11 of 25:19…)
           "lex-fridman-outline.txt": "Role of philosophy in science",  # (5:07 to 29:27 of 1:30:53…)
           "allin-chapters-odd-times.txt": "Sam Altman's UBI study was a mixed bag",  # (22:47 to 42:02)
           "allin-e52-shownotes.txt": "Trump SPAC"}  # (13:19 to 33:43, its first clause)
_TIME = re.compile(r"\((\d+(?::\d\d){1,2})\)$")
_MORE = re.compile(r"And (\d+) more")  # (the speaker notes name them: fixup2)


def _slides(name: str, audience: str) -> list:
    made = notes_build(NOTES / name, ("pptx",))
    assert made.problem is None, made.problem
    return list(Presentation(str(made.content.with_name(f"{made.content.stem}-{audience}.pptx"))).slides)


def _body(slide) -> list:
    """The body's paragraphs (not the title, kicker, subtitle nor footer): those at the size of most of them."""
    paras = [p for sh in slide.shapes if sh.has_text_frame for p in sh.text_frame.paragraphs
             if p.text.strip() and p.text.strip() not in heads(slide)]
    sizes = [next((r.font.size.pt for r in p.runs if r.font.size), 0) for p in paras]
    body = max(set(sizes), key=sizes.count)
    return [(p.text.strip(), size) for p, size in zip(paras, sizes) if size == body]


def _lines(slide) -> list[str]:
    return [t for t, _ in _body(slide)]


def _texts(slide) -> list[str]:
    """Every line of ``slide`` but its title and kicker."""
    said = [p.text.strip() for sh in slide.shapes if sh.has_text_frame for p in sh.text_frame.paragraphs if p.text.strip()]
    return [t for t in said if t not in heads(slide)]


def _seconds(label: str) -> int:
    seconds = 0
    for part in label.split(":"):
        seconds = 60 * seconds + int(part)
    return seconds


def _listed(name: str, audience: str):
    """The deck's slides and its chapter list's slides (the first, kicked "Chapters", then its continuations,
    "Chapters (cont.)"; a list that ranks its chapters is their chart, kicked "Where the time goes": time_goes.py)."""
    slides = _slides(name, audience)
    first = [s for s in slides if {EN["chapters"], EN["time_goes"]} & set(heads(s))]
    assert len(first) == 1, (name, audience, [heads(s) for s in slides])
    at = slides.index(first[0])
    later = [s for s in slides[at + 1:] if heads(s) and heads(s)[0].startswith(f"{EN['chapters']} {EN['cont']}")]
    return slides, [first[0], *later]


def _timed(pages: list) -> list[int]:
    return [_seconds(m.group(1)) for s in pages for t in _lines(s) if (m := _TIME.search(t))]


def _charted(pages: list) -> list[str]:
    """The chapters a chart of where the time goes shows (its categories, without the time each bar starts at), []
    where the list is no chart."""
    return [_TIME.sub("", str(c)).rstrip() for s in pages for sh in s.shapes if sh.has_chart
            for c in sh.chart.plots[0].categories]


# the lists that rank their chapters (not the recording's subject) are charted by minutes (review 19's worst 1)
CHARTED = list(LONGEST)
# (syntax-tips' longest tips are its bottom line, its other tips' slide says they are shorter: test_chapters_said.py)


# each list's title: how many minutes its longest chapter takes, of the discussion's (its chapters but asides) where
# every chapter of it has a known end; the time alone where the last chapter's end is estimated (review 18)
TITLES = {"guide-to-live-chapters.txt":  # (13:06 to 22:11 of 1:59 to 25:19: Introduction and Wrap-up are asides)
          "“Different Approaches to Live Streaming” takes 9 of the 23 minutes of discussion",
          "lex-fridman-outline.txt":  # (5:07 to 29:27; "Meaning of life", last, has no known end)
          "“Role of philosophy in science” takes 24 minutes, the longest chapter",
          "allin-chapters-odd-times.txt": "“Sam Altman's UBI study was a mixed bag” takes 19 minutes, the longest chapter",
          "allin-e52-shownotes.txt": "“Trump SPAC” takes 20 minutes, the longest chapter"}


@pytest.mark.parametrize("audience", AUDIENCES)
@pytest.mark.parametrize("name", LONGEST)
def test_a_chapter_list_title_says_how_long_its_longest_chapter_takes(name, audience):
    """Review 18: "The longest chapter is “…”" (ten decks) claimed nothing. The title names the longest chapter,
    quoted, and the minutes it takes: of the discussion's where that is known (every chapter's end but an aside's),
    else alone ("…, the longest chapter")."""
    _, pages = _listed(name, audience)
    title = heads(pages[0])[0]
    assert LONGEST[name] in title and title == TITLES[name], title


def test_the_title_names_the_chapters_that_take_over_half_the_discussion():
    """The rule itself, on chapter lists built here: a chapter of 10 of 16 minutes is named with its share; the
    same list whose last chapter's end is estimated says its minutes alone; of 12 of 30 minutes, the two longest
    (18) are named together; of 12 of 60, where the three longest take 28, the longest alone with its share; an aside
    is no discussion; a longest chapter under two minutes says no minutes ("1 minutes")."""
    def chapters(minutes: list[int], known: bool = True, aside: int = -1) -> list[dict]:
        return [{"index": n + 1, "title": f"Part {chr(65 + n)}", "aside": n == aside, "span": 60 * m,
                 "span_known": known or n < len(minutes) - 1, "at": None} for n, m in enumerate(minutes)]
    assert longest_title(chapters([10, 2, 2, 2]), EN) == "“Part A” takes 10 of the 16 minutes of discussion"
    assert longest_title(chapters([10, 2, 2, 2], known=False), EN) == "“Part A” takes 10 minutes, the longest chapter"
    assert longest_title(chapters([12, 6, 6, 6]), EN) == "“Part A” and “Part B” take 18 of the 30 minutes of discussion"
    assert longest_title(chapters([12, 8, 8, 8, 8, 8, 8]), EN) == "“Part A” takes 12 of the 60 minutes of discussion"
    every = chapters([20, 5, 5, 5, 30], known=False, aside=4)  # (the plugs, last, of no known end: no discussion)
    assert longest_title(every[:4], EN, every) == "“Part A” takes 20 of the 35 minutes of discussion"
    short = [{**t, "span": t["span"] // 10} for t in chapters([10, 2, 2, 2], known=False)]
    assert longest_title(short, EN) == "The longest chapter is “Part A”"


@pytest.mark.parametrize("audience", AUDIENCES)
def test_the_tips_an_episode_is_about_are_all_shown_once(audience):
    """syntax-tips ("14 Web Development Tips…", its chapters "Number 1 - …" to "Number 14 - …") showed six tips
    and "And 8 more": the tips are its content. Every one is on the deck now: the five its bottom line states there,
    each at its time, the other nine in order on one slide (review 20: the bottom line's tips listed again, on two
    slides), none cut."""
    slides, pages = _listed("syntax-tips.md", audience)
    timed = _timed(pages)
    said = _timed([slides[1]])  # (the five tips its bottom line states, each at its time, are not listed again)
    assert len(said) == 5 and len(timed) == 9 and sorted(timed + said) == sorted(set(timed + said)), timed + said
    assert timed == sorted(timed), [_lines(s) for s in pages]
    assert [len(_timed([s])) for s in pages] == [9]  # (review 20: two slides of five and four)
    assert not any(_MORE.fullmatch(t) for s in pages for t in _lines(s))


@pytest.mark.parametrize("audience", AUDIENCES)
@pytest.mark.parametrize("name", CHARTED)
def test_a_charted_list_shows_its_chapters_in_time_order_and_names_every_other_chapter(name, audience):
    """A list that ranks is charted (time_goes.py): its bars the chapters of known length, in the recording's order
    (a listening guide, review 21: longest first hid the order and four of lex's chapters), twelve at most, and every
    other chapter (but an aside) named with its time in the chart's speaker notes (a last chapter whose end is
    estimated has no minutes to chart)."""
    _, pages = _listed(name, audience)
    (chart,) = [sh.chart for s in pages for sh in s.shapes if sh.has_chart]
    starts = [_seconds(m.group(1)) for c in chart.plots[0].categories if (m := _TIME.search(str(c)))]
    bars = _charted(pages)
    assert starts == sorted(starts) and len(starts) == len(bars) <= 12, (bars, starts)
    made = notes_build(NOTES / name, ("pptx",))
    loaded = load_content(made.content)
    chapters = [t.title for t, aside in zip(loaded.topics, aside_topics(loaded, EN)) if not aside]
    notes = pages[0].notes_slide.notes_text_frame.text.split("Left off the slide:")[-1]
    left = [c for c in chapters if not any(c == b or c.startswith(b.rstrip("…")) for b in bars)]  # (a long one: its first clause)
    assert all(re.search(re.escape(c) + r" \(\d+(?::\d\d){1,2}\)", notes) for c in left), (left, notes)
    assert len(bars) >= min(len(chapters) - 1, 12), (bars, left)  # (but the last, its end unknown: no bar to give it)


@pytest.mark.parametrize("audience", AUDIENCES)
@pytest.mark.parametrize("name", [name for name in LONGEST if name not in CHARTED])
def test_no_list_is_cut_to_save_one_line(name, audience):
    """Never a list cut to save one line (guide showed six of its seven chapters and "And 1 more"); a list that is cut
    (lex, ten chapters; allin-chapters-odd-times, nine) shows its six longest in time order and names the others, with
    their times, in the speaker notes (no line counts them: review 18 finding 3)."""
    _, pages = _listed(name, audience)
    lines = [t for s in pages for t in _lines(s)]
    timed = _timed(pages)
    notes = pages[0].notes_slide.notes_text_frame.text
    named = re.findall(r"\(\d+(?::\d\d){1,2}\)", notes.split("Left off the slide:")[-1]) if (
        "Left off the slide:" in notes) else []
    assert timed == sorted(timed) and len(named) != 1 and not any(_MORE.fullmatch(t) for t in lines), lines
    if named:
        assert len(pages) == 1 and len(timed) == 6, lines


@pytest.mark.parametrize("audience", AUDIENCES)
def test_seven_chapters_show_whole(audience):
    _, pages = _listed("guide-to-live-chapters.txt", audience)
    assert len(_charted(pages)) == 7 and len(pages) == 1, _charted(pages)


@pytest.mark.parametrize("audience", AUDIENCES)
@pytest.mark.parametrize("name", LONGEST)
def test_that_the_notes_give_titles_only_is_said_in_the_speaker_notes(name, audience):
    """Review 18: "The notes give the chapters' titles only." was the list's first line, where it read as a chapter
    (review 16: as a caption it was too small to be read). What the notes lack is no point of the slide: the list's
    speaker notes say it, no slide shows it, and the list's lines are its chapters only, each with its time."""
    slides, pages = _listed(name, audience)
    said = [s for s in slides for sh in s.shapes if sh.has_text_frame and EN["titles_only"] in sh.text_frame.text]
    assert not said, [heads(s) for s in said]
    # (guide's notes have takeaways: more than the chapters' titles, review 20)
    assert (EN["titles_only"] in pages[0].notes_slide.notes_text_frame.text) is (name != "guide-to-live-chapters.txt")
    if name in CHARTED:  # (its lines are its bars: the chapters by minutes)
        assert _charted(pages), name
        return
    lines = [t for s in pages for t in _lines(s) if not _MORE.fullmatch(t)]
    assert lines and all(_TIME.search(t) for t in lines), lines


@pytest.mark.parametrize("audience", AUDIENCES)
@pytest.mark.parametrize("name", LONGEST)
def test_the_chapter_list_is_said_once(name, audience):
    """No other slide lists the chapters again (the timeline chart "Where each topic sits in the recording", an
    agenda) nor names the longest chapter again, but the close of a charted list: where to start, the longest
    chapters as moments to open, each at its time (time_goes.py)."""
    slides, pages = _listed(name, audience)
    others = [heads(s)[0] for s in slides if s not in pages and heads(s)]
    assert EN["timeline_chart"] not in others and EN["agenda"] not in others, others
    said = [t for s in slides if s not in pages and EN["where_to_start"] not in heads(s)
            for t in _texts(s) + heads(s) if LONGEST[name] in t]
    assert not said, said


@pytest.mark.parametrize("audience", AUDIENCES)
def test_a_deck_of_titles_only_notes_lists_its_chapters_once(audience):
    """syntax-year-review (chapter titles, record lines and predictions: no statement): its slides are the
    chapters, each with its time; no agenda nor timeline chart lists them again (policy had "Agenda", the
    chapter slides and "Where each topic sits in the recording": three times); the report keeps both."""
    slides = _slides("syntax-year-review.md", audience)
    titles = [heads(s)[0] for s in slides if heads(s)]
    assert EN["agenda"] not in titles and EN["timeline_chart"] not in titles, titles
    said = [t for s in slides for t in _texts(s) + heads(s) if "What did we do?" in t]
    assert len(said) == 1, said


@pytest.mark.parametrize("audience", AUDIENCES)
def test_a_shared_slide_of_chapters_says_something_of_them(audience):
    """syntax-year-review's slide of three chapter sections was titled "Each chapter opens at its time in the
    recording" (true of any list): where its longest section is the recording's longest it names it with its minutes
    of the discussion's, keeping the notice that the notes give no verdicts; else the longest of its own, with its
    minutes of the discussion's (policy: never "the longest" of a chapter that is not); the boilerplate titles none."""
    slides = _slides("syntax-year-review.md", audience)
    titles = [heads(s)[0] for s in slides if heads(s)]
    assert EN["chapters_timed"] not in titles, titles
    if audience == "policy":  # (review 18: "Of these, “What happened this year?” takes longest" referred to nothing)
        assert "“What happened this year?” takes 16 of the 63 minutes of discussion" in titles, titles
        assert not any("longest" in t for t in titles), titles
    if audience == "executive":  # (29:32 to 1:04:49 of 1:30 to 1:04:49: the welcome and the plugs are asides)
        assert "“Our 2024 Predictions Reviewed” takes 35 of the 63 minutes of discussion" in titles, titles
        shown = [sh.text_frame.text for s in slides for sh in s.shapes if sh.has_text_frame]
        assert any("the notes give no verdicts" in t for t in shown), shown
