"""Economy and type of a built deck, for the presentability check (issue #21): words per slide,
dividers before one-slide sections, one type scale, key figures said once, slides per audience,
timeline bars, and the topic that takes most of the recording. Each function reads the deck's
slides (python-pptx) and returns (rule, slide, detail) triples; ``presentability.check`` runs them."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from pptx.enum.shapes import PP_PLACEHOLDER

from generator.sparse_bands import WORDED
from generator.word_count import count_words
from generator.words import load_words

from .deck_colours import A, C, box, once, shapes_of, size_of
from .presentable_words import NUMBERING

BODY_TOP, FOOT_TOP = 118, 505  # points: where body text starts and the footer begins
MOST_WORDS, LEAST_WORDS = 75, 15  # words of a content slide's body
REFERENCE_WORDS = 8  # a list whose every item carries a link and averages at most this many words is a reference list
MAX_SLIDES = {"executive": 12}  # slides a built-in audience's deck may have
DARK_LAYOUTS = ("Title Slide", "Section Header")
LEAST_SECTION = 3  # slides a divider opens at least
SUB_STEP, FLOOR = 4, 18  # a sub-point is this much smaller than its first-level parent, or at the floor
_TIME_SUFFIX = re.compile(r"\s*\([^()]*\d:\d\d[^()]*\)\s*$")
# the line that names the topics a deck gives no slide ("Also discussed: A (0:00), B (1:30)"), in any built-in language
_SUMMARIES = {load_words(code)[key] for code in ("en", "fr", "de", "es", "ar", "he", "zh")
              for key in ("bottom_line", "policy_summary", "key_takeaways")}  # (the summary slides' titles)
SPARSE = 3  # points a slide shows at most for the bottom line's figure to be its band (generator/sparse_bands.py)
ALSO_DISCUSSED = tuple(sorted({load_words(code)["also_discussed"] for code in ("en", "fr", "de", "es", "ar", "he", "zh")}))
# the words that kick a close titled by its statement (its title is its first line: close_point.py), in any built-in language
CLOSE_KICKERS = {load_words(code)[k] for code in ("en", "fr", "de", "es", "ar", "he", "zh")
                 for k in ("conclusion", "implications", "what_it_means", "outlook_heading")}


def _paragraphs(slide) -> list[dict]:
    """The body's paragraphs (text boxes between the time line and the footer, time lines left out):
    text, bulleted, left margin, run sizes, bold, italic, centred, linked, and the box they are in.
    Read once per slide (``once``): the dicts are shared, read them, do not change them."""
    return list(once(slide, "_body_paragraphs", _read_paragraphs))


def _read_paragraphs(slide) -> list[dict]:
    out = []
    for shape in shapes_of(slide):
        if not shape.has_text_frame or not BODY_TOP <= box(shape)[1] < FOOT_TOP:
            continue
        for p in shape.text_frame._txBody.iter(f"{A}p"):
            text = "".join(t.text or "" for t in p.iter(f"{A}t")).strip()
            if not text or text.startswith("▶"):
                continue
            ppr = p.find(f"{A}pPr")
            runs = list(p.iter(f"{A}r"))
            rpr = [r.find(f"{A}rPr") for r in runs]
            out.append({"text": text, "bullet": ppr is not None and ppr.find(f"{A}buChar") is not None,
                        "margin": int(ppr.get("marL", 0)) if ppr is not None else 0, "box": shape.shape_id,
                        "sizes": {size_of(r) for r in runs},
                        "bold": any(x is not None and x.get("b") == "1" for x in rpr),
                        "italic": any(x is not None and x.get("i") == "1" for x in rpr),
                        "centred": ppr is not None and ppr.get("algn") == "ctr",
                        "linked": any(x is not None and x.find(f"{A}hlinkClick") is not None for x in rpr)})
    return out


def by_content(read):
    """``read(path)`` of a content file, worked out once while the file is unchanged (the rules of each
    of a content's decks ask it): shared, read it, do not change it."""
    kept = lru_cache(maxsize=8)(lambda path, mtime, size: read(path))

    def once(path):
        found = Path(path).resolve()
        stat = found.stat()
        return kept(found, stat.st_mtime_ns, stat.st_size)
    return once


def _load(path):
    from generator.loader import load_content

    return load_content(path)


content_of = by_content(_load)  # the content file loaded


def _content(slide) -> bool:
    return slide.slide_layout.name not in DARK_LAYOUTS


def _figures(paras: list[dict]) -> list[str]:
    """The key figures of a slide: bold values set apart from the points (centred in a grid, or large
    in a band), with a digit in them, or a quantity written with a scale word ("a billion views": sparse_bands.WORDED)."""
    return [p["text"] for p in paras if p["bold"] and not p["bullet"] and (p["centred"] or max(p["sizes"]) >= 28)
            and (any(ch.isdigit() for ch in p["text"]) or WORDED.fullmatch(p["text"])) and len(p["text"]) <= 24]


def _reference_list(paras: list[dict], agenda: bool = False) -> bool:
    """A list of references (an agenda, the sources): every item carries a link (an address may be
    the unbulleted line under its name; an ``agenda``'s items need none: without times they have
    none) and the items are short. A sub-point is part of its item (a source's description under its name);
    the "Also discussed" line under the sources names topics: a reference too."""
    paras = [p for p in paras if not p["text"].startswith(ALSO_DISCUSSED)]
    first = min((p["margin"] for p in paras if p["bullet"]), default=0)
    items = [i for i, p in enumerate(paras) if p["bullet"] and p["margin"] == first or agenda]
    linked = agenda or all(paras[i]["linked"] or (i + 1 < len(paras) and not paras[i + 1]["bullet"] and paras[i + 1]["linked"])
                 for i in items)
    words = sum(count_words(_TIME_SUFFIX.sub("", paras[i]["text"])) for i in items)
    return bool(items) and linked and words <= REFERENCE_WORDS * len(items)


def words(slides, agendas: set[int] = frozenset()) -> list[tuple]:
    """``words``: no content slide holds more than MOST_WORDS words in its body; ``sparse``: none
    fewer than LEAST_WORDS unless it carries a chart, table, picture, quote or key figure (a close titled by its
    statement, a close word its kicker, counts its title: the statement over the items it follows from). Lists of
    reference of short items are as long as they are: lists whose every item is linked, and the
    agenda and chapters slides (their numbers, ``agendas``: without times their items have no link)."""
    out = []
    for number, slide in enumerate(slides, start=1):
        paras = _paragraphs(slide)
        if not _content(slide) or _reference_list(paras, number in agendas):
            continue
        count = sum(count_words(_TIME_SUFFIX.sub("", p["text"])) for p in paras)
        stated = heads(slide)
        if len(stated) > 1 and set(stated) & CLOSE_KICKERS:
            count += sum(count_words(h) for h in stated if h not in CLOSE_KICKERS)
        carries = (any(s.has_chart or getattr(s, "has_table", False) and s.has_table or s.shape_type == 13
                       for s in shapes_of(slide)) or any(p["italic"] for p in paras) or _figures(paras))
        if count > MOST_WORDS:
            out.append(("words", number, f"{count} words (at most {MOST_WORDS})"))
        elif count < LEAST_WORDS and not carries:
            out.append(("sparse", number, f"{count} words and nothing else (at least {LEAST_WORDS})"))
    return out


def _time_line(slide) -> str:
    """The slide's own time line (above the body, or a divider's), without its ▶."""
    for shape in shapes_of(slide):
        if shape.has_text_frame and shape.text_frame.text.startswith("▶") and (
                not _content(slide) or box(shape)[1] < BODY_TOP):
            return shape.text_frame.text[1:].strip()
    return ""


def lone_sections(slides) -> list[tuple]:
    """``lone-section``: a divider opens a section of at least LEAST_SECTION slides (the slides after it
    at its moment; without a time line, those up to the next dark slide; issue #21 rule 3c)."""
    out = []
    for number, slide in enumerate(slides, start=1):
        if slide.slide_layout.name != "Section Header":
            continue
        moment, count = _time_line(slide), 0
        for after in slides[number:]:
            if not _content(after) or (moment and _time_line(after) != moment):
                break
            count += 1
        if count < LEAST_SECTION:
            out.append(("lone-section", number, f"a divider before a section of {count} slide(s)"))
    return out


def type_scale(slides) -> list[tuple]:
    """``type-scale``: first-level points take at most two sizes in the deck; a point under a first-level
    one is smaller by a step (SUB_STEP points, or down to the FLOOR), a deeper one no larger than its parent."""
    out, seen = [], []
    for number, slide in enumerate(slides, start=1):
        if not _content(slide):
            continue
        points = [p for p in _paragraphs(slide) if p["bullet"]]
        first = {b: min(p["margin"] for p in points if p["box"] == b) for b in {p["box"] for p in points}}
        parents: list[dict] = []
        close: dict[tuple, int] = {}  # (size, parent's size) -> sub-points too close to their parents
        for p in points:
            parents = [q for q in parents if q["margin"] < p["margin"]]
            size = max(p["sizes"])
            if p["margin"] == first[p["box"]]:
                if size not in seen:
                    seen.append(size)
                    if len(seen) == 3:
                        out.append(("type-scale", number, f"first-level points at {sorted(seen)} pt in one deck"))
            elif parents:
                parent = max(parents[-1]["sizes"])
                top = parents[-1]["margin"] == first[p["box"]]
                if size > parent or top and not (size < parent and size <= max(parent - SUB_STEP, FLOOR)):
                    close[(size, parent)] = close.get((size, parent), 0) + 1
            parents.append(p)
        out += [("type-scale", number, f"{n} sub-point(s) at {size:g} pt under {parent:g} pt")
                for (size, parent), n in close.items()]
    return out


def title_sizes(slides) -> list[tuple]:
    """``title-size``: the titles of the content slides take one size (the cover and dividers have their own;
    a title drawn above the slide, of a slide without one, is no title a reader sees)."""
    sizes: dict[float, int] = {}  # size -> the first slide titled at it
    for number, slide in enumerate(slides, start=1):
        if not _content(slide):
            continue
        for shape in shapes_of(slide):
            if shape.is_placeholder and shape.placeholder_format.type == PP_PLACEHOLDER.TITLE and box(shape)[1] >= 0:
                for size in {size_of(r) for r in shape._element.iter(f"{A}r")}:
                    sizes.setdefault(size, number)
    if len(sizes) < 2:
        return []
    return [("title-size", number, f"titles at {sorted(sizes)} pt in one deck (first at {size:g} pt here)")
            for size, number in sorted(sizes.items(), key=lambda item: item[1])[1:]]


def heads(slide) -> list[str]:
    """The lines above a slide's body: its title and the kicker over it (not its time line)."""
    return list(once(slide, "_heads", _read_heads))


def _read_heads(slide) -> list[str]:
    return [line.strip() for shape in shapes_of(slide) if shape.has_text_frame and box(shape)[1] < BODY_TOP
            for line in shape.text_frame.text.split("\n") if line.strip() and not line.startswith("▶")]


def measure(text: str) -> set[str]:
    """What a text says a figure measures: its words of five letters or more (their first five) and its
    acronyms ("GPUs"), numbers and a label's change ("…, up 181% year-over-year") left out."""
    text = re.sub(r",\s[^,]*\d.*$", "", text)
    return {w.casefold()[:5] for w in re.findall(r"[^\W\d_][\w'-]*", text)
            if len(w) >= 5 or sum(c.isupper() for c in w) >= 2}


_TIMED = re.compile(r"\s*\(\d+(?::\d\d)+\)\.?\Z")  # a line's moment at its end: "… competitors (35:02)"


def repeated_figures(slides) -> list[tuple]:
    """``repeated-figure``: a key figure is said on one slide only (not again as a point or in a second
    grid): its value, in a text of its own topic (the same heads over the body: its kicker) or one that
    shares a word with its label (what it measures); another fact with the same value is no repetition
    (AMD's "$1.3 billion in share repurchases" beside Gaming's "$1.3 billion"). A cover's or a divider's
    large subtitle ("Episode 28") is no key figure, and their titles name the briefing or its part: a
    figure in them ("1000 episodes") is no repetition. Nor is a line that says the figure's own slide's title
    again (the bottom line sums up the titles, review 13: "DeepSeek's models are 27x cheaper than competitors"
    over the band that shows the 27x its slide's title states, review 14 finding 5), nor the bottom line's sentence
    that states the band's value where the band is the evidence of a sparse slide (at most SPARSE points, no table:
    wizeup's "1000 episodes" under "The podcast celebrates its 1000th episode…", review 19). A band without a label has
    no words of what it measures: the point under it is no label."""
    paras = [[p["text"] for p in _paragraphs(s)] if _content(s) else [] for s in slides]
    tops = [set(heads(s)) for s in slides]
    out = []
    for number, slide in enumerate(slides, start=1):
        texts = paras[number - 1]
        for value in dict.fromkeys(_figures(_paragraphs(slide)) if _content(slide) else ()):
            at, lines = texts.index(value), _paragraphs(slide)
            # (a band without a label: the line under it is a point, not what the figure measures: review 20)
            label = measure(texts[at + 1]) if at + 1 < len(texts) and not lines[at + 1]["bullet"] else set()
            pattern = re.compile(r"(?<![\w.,])" + re.escape(value) + r"(?!\w|[.,]\d)")
            titled = " ".join(" ".join(heads(slide)).split()).casefold()
            sparse = sum(p["bullet"] for p in _paragraphs(slide)) <= SPARSE and not _tabled(slide)
            again = [n for n, other in enumerate(paras, start=1) if n != number
                     and not (sparse and tops[n - 1] & _SUMMARIES) and any(
                pattern.search(text) and (tops[n - 1] & tops[number - 1] or measure(text) & label)
                and _TIMED.sub("", " ".join(text.split())).rstrip(" .").casefold() not in titled for text in other)]
            if again:
                out.append(("repeated-figure", number, f"'{value}' is also on slide(s) {again}"))
    return out


def _tabled(slide) -> bool:
    return any(getattr(shape, "has_table", False) and shape.has_table for shape in shapes_of(slide))


def slide_count(slides, audience: str) -> list[tuple]:
    """``slide-count``: a built-in audience's deck keeps to its length (executive: MAX_SLIDES)."""
    most = MAX_SLIDES.get(audience)
    return [("slide-count", len(slides), f"{len(slides)} slides for {audience} (at most {most})")] \
        if most and len(slides) > most else []


def timeline_bars(slides) -> list[tuple]:
    """``timeline-bars``: a timeline (bars on a time axis) places three topics or more, each with a bar."""
    out = []
    for number, slide in enumerate(slides, start=1):
        for shape in shapes_of(slide):
            if not shape.has_chart:
                continue
            space = shape.chart._chartSpace
            axis = space.find(f".//{C}valAx/{C}numFmt")
            if space.find(f".//{C}barChart") is None or axis is None or "h" not in axis.get("formatCode", ""):
                continue
            categories = len(list(shape.chart.plots[0].categories))
            if categories < 3:
                out.append(("timeline-bars", number, f"a timeline of {categories} topic(s)"))
            for ser in space.iter(f"{C}ser"):
                if ser.find(f"{C}spPr/{A}noFill") is not None:
                    continue  # the invisible bar that offsets a bar to its start
                values = {int(pt.get("idx")): float(pt.findtext(f"{C}v")) for pt in ser.iterfind(f"{C}val//{C}pt")}
                empty = [i for i in range(categories) if values.get(i, 0) <= 0]
                if empty:
                    out.append(("timeline-bars", number, f"topics {empty} have a label and no bar"))
    return out


def main_topic(slides, content) -> list[tuple]:
    """``main-topic``: the topic that takes most of the recording (time to the next topic; the last, to
    the end of a source of known length) is in the deck (without its numbering in a list that numbers
    its chapters), or named (on an "Also discussed" line)."""
    from generator.inline import plain

    loaded = content_of(content)
    topics = sorted((t for t in loaded.topics if t.at is not None), key=lambda t: t.at)
    end = max((s.duration for s in loaded.sources if s.duration is not None), default=None)
    spans = [((b.at if b is not None else end) or a.at) - a.at for a, b in zip(topics, [*topics[1:], None])]
    if not topics or max(spans) <= 0:
        return []
    main = topics[spans.index(max(spans))]
    text = " ".join(shape.text_frame.text for slide in slides for shape in shapes_of(slide) if shape.has_text_frame).casefold()
    title = plain(main.title).casefold()  # as the deck shows it: a link's text, no markers
    title = re.sub("^" + NUMBERING, "", title) if re.sub("^" + NUMBERING, "", title) in text else title  # ("Number 2 - ")
    bars = [re.sub(r"\s*\((\d+:)?\d+:\d\d\)$", "", str(c)).rstrip("…").rstrip().casefold() for slide in slides
            for shape in shapes_of(slide) if shape.has_chart for c in shape.chart.plots[0].categories]
    if title in text or (len(title) > 30 and title[:30] in text) or any(bar and title.startswith(bar) for bar in bars):
        return []  # (a chart of where the time goes names a chapter by its first clause, at its start: time_goes.py)
    return [("main-topic", len(slides), f"'{plain(main.title)}' takes most of the recording and is not in the deck")]
