"""Lines of a built deck's slides, for the presentability check (issue #21, review 12 findings 3 and 5):
``few-lines``: a content slide shows three statements or more, or carries its evidence otherwise (a chart,
table, picture, quote or key figure: the thing that proves the title) — a close (titled or kicked with a close
word) holds two to four whole sentences instead (``close-lines``, deck_storyline; review 13 problem 3);
``repeated-line``: no body line of a content slide is word for word on another content slide of the deck (review 16
finding 5: the bottom line's item again as a point of its evidence slide, and again on the close: the evidence
may state the figure, not the same sentence; lists of reference, a chart's caption, and lines of fewer than
REPEAT_WORDS words, a label or "And 1 more", aside); ``report-pointer``: no line of a deck
points to the report (the deck may be built alone: "And 22 more, listed in the report" then points to a
document the reader was not given); ``more-line``: no line of a deck slide counts what the slide leaves out ("And 26
more", "Et 4 autres", "ועוד 29", "另有 4 个", or "Also discussed: A, B and 3 more": review 18 finding 3, read as a
presenter who did not finish; the speaker notes name what the slide leaves out). Each function reads the deck's
slides (python-pptx) and returns (rule, slide, detail) triples; ``presentability.check`` runs them."""
from __future__ import annotations

import re

from generator.word_count import count_words
from generator.words import load_words

from .deck_colours import shapes_of
from .deck_economy import ALSO_DISCUSSED, _content, _figures, _paragraphs, _reference_list, heads
from .deck_storyline import CLOSE, WORDS

LEAST_LINES = 3  # statements a content slide shows at least, unless it carries a chart, table, picture, quote or figure
# a listening guide closes on two moments or more (time_goes.py, close_where.py): a close, as the close words' slides
GUIDES = {w[k] for w in WORDS for k in ("where_to_hear", "where_to_start")}
REPEAT_WORDS = 4  # words a body line holds at least for its repeat to count (not a label, "Sources", "And 1 more")
LEAD_WORDS = 3  # words of a line over deeper ones, at most, that only leads into them ("Testimony from")
LANGUAGES = ("en", "fr", "de", "es", "ar", "he", "zh")
# each built-in language's "and N more, listed in the report" (lang key also_more), as a pattern
_TO_REPORT = [re.compile(re.escape(load_words(code)["also_more"].strip()).replace(re.escape("{count}"), r"\d+"), re.I)
              for code in LANGUAGES]

# each built-in language's "and N more" (lang keys also_more_notes, also_one_more_notes), as a pattern of a line's end
_MORE = [re.compile(r"(?:^|[\s,，、])" + re.escape(load_words(code)[key].strip().lstrip(",，、")).replace(
    re.escape("{count}"), r"\d+") + r"[.。]?$", re.I) for code in LANGUAGES for key in ("also_more_notes", "also_one_more_notes")]


def statements(paras: list[dict]) -> list[str]:
    """The lines of a slide's body that state something: neither a key figure's value nor a line that leads
    into the deeper lines under it ("Future plans:", "Testimony from": a colon, or LEAD_WORDS words at most)."""
    values = set(_figures(paras))
    lines = [p for p in paras if p["text"] not in values]
    return [p["text"] for p, after in zip(lines, [*lines[1:], None])
            if not ((p["text"].rstrip().endswith(":") or count_words(p["text"]) <= LEAD_WORDS)
                    and after is not None and after["margin"] > p["margin"])]


def few_lines(slides, agendas: set[int] = frozenset()) -> list[tuple]:
    """``few-lines``: no content slide (not the cover, a divider, an agenda or a list of references) shows
    fewer than LEAST_LINES statements unless it carries a chart, table, picture, quote or key figure (a close:
    see the module doc)."""
    out = []
    for number, slide in enumerate(slides, start=1):
        paras = _paragraphs(slide)
        if (not _content(slide) or number in agendas or _reference_list(paras) or set(heads(slide)) & (CLOSE | GUIDES)
                or paras and all(p["text"].startswith(ALSO_DISCUSSED) for p in paras)):  # (a line naming topics left out)
            continue
        carries = (any(s.has_chart or getattr(s, "has_table", False) and s.has_table or s.shape_type == 13
                       for s in shapes_of(slide)) or any(p["italic"] for p in paras) or _figures(paras))
        said = statements(paras)
        if len(said) < LEAST_LINES and not carries:
            out.append(("few-lines", number, f"{len(said)} statement(s) and nothing else: {' / '.join(s[:40] for s in said)}"))
    return out


def repeated_lines(slides, agendas: set[int] = frozenset()) -> list[tuple]:
    """``repeated-line``: no body line of a content slide (not an agenda or a list of references) says word for
    word, case, spacing and a final stop aside, what a line of an earlier one says (see the module doc); a key
    figure's value and label are no line (its sentence may say the figure)."""
    seen: dict[str, int] = {}
    out = []
    for number, slide in enumerate(slides, start=1):
        paras = _paragraphs(slide)
        if not _content(slide) or number in agendas or _reference_list(paras) or any(
                s.has_chart for s in shapes_of(slide)):  # (a chart's caption says what it plots: two may read alike)
            continue
        values = set(_figures(paras))
        labels = {paras[i + 1]["text"] for i, p in enumerate(paras[:-1]) if p["text"] in values}
        for text in dict.fromkeys(p["text"] for p in paras if p["text"] not in values | labels):
            said = " ".join(text.casefold().split()).rstrip(" .。")
            if count_words(text) < REPEAT_WORDS:
                continue
            if said in seen and seen[said] != number:
                out.append(("repeated-line", number, f"'{text[:60]}' is on slide {seen[said]} too"))
            seen.setdefault(said, number)
    return out


_ATTRIBUTION = re.compile(r"(?<=[”\"»])\s+[—–]\s+[^—–]{1,60}$")  # a quote's closing "— Mike Rogers"
_MARKS = re.compile(r"[^\w\s]+")


def _statement(text: str) -> str:
    """``text`` as the statement it makes: without a closing attribution, case, punctuation, quotes, spacing."""
    return " ".join(_MARKS.sub(" ", _ATTRIBUTION.sub("", text).casefold()).split())


def _inside(short: str, long: str) -> bool:
    """Whether ``short`` is said within ``long`` (both _statement's): whole words at its edges where a word of
    letters would run on (scripts written without spaces, Chinese, run on by nature)."""
    at = long.find(short)
    while at >= 0:
        before, after = long[at - 1:at], long[at + len(short):at + len(short) + 1]
        if not (before.isascii() and before.isalnum() and short[0].isascii()
                or after.isascii() and after.isalnum() and short[-1].isascii()):
            return True
        at = long.find(short, at + 1)
    return False


def repeated_statements(slides, agendas: set[int] = frozenset()) -> list[tuple]:
    """``repeated-statement``: no body line of REPEAT_WORDS words or more of a content slide (lists of reference, an
    agenda and a chart's slide aside, as for ``repeated-line``) is said inside a longer line of another (see the module
    doc); a line said word for word again is ``repeated-line``'s."""
    said: list[tuple[int, str, str]] = []  # (slide, statement, line)
    for number, slide in enumerate(slides, start=1):
        paras = _paragraphs(slide)
        if not _content(slide) or number in agendas or _reference_list(paras) or any(
                s.has_chart for s in shapes_of(slide)):
            continue
        values = set(_figures(paras))
        labels = {paras[i + 1]["text"] for i, p in enumerate(paras[:-1]) if p["text"] in values}
        said += [(number, _statement(p["text"]), p["text"]) for p in paras
                 if p["text"] not in values | labels and count_words(p["text"]) >= REPEAT_WORDS]
    out = []
    for number, statement, text in said:
        other = next(((n, line) for n, s, line in said if n < number and s != statement and statement and s
                      and (_inside(statement, s) or _inside(s, statement))), None)
        if other:
            out.append(("repeated-statement", number, f"'{text[:50]}' says again '{other[1][:50]}' of slide {other[0]}"))
    return out


def report_pointers(slides) -> list[tuple]:
    """``report-pointer``: no line of the deck says that the report lists what the slide leaves out."""
    return [("report-pointer", number, p["text"]) for number, slide in enumerate(slides, start=1)
            for p in _paragraphs(slide) if any(pattern.search(p["text"]) for pattern in _TO_REPORT)]


def more_lines(slides) -> list[tuple]:
    """``more-line``: no line of a deck slide ends by counting what the slide leaves out (see the module doc)."""
    return [("more-line", number, p["text"]) for number, slide in enumerate(slides, start=1)
            for p in _paragraphs(slide) if any(pattern.search(p["text"]) for pattern in _MORE)]
