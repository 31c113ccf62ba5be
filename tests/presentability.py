"""Is a deck presentable as it is? Rules a presenter would check by eye, read from a built .pptx.

``check(path)`` returns a list of Violation(rule, slide, detail), empty when every rule holds:

- ``contrast``: every text run meets WCAG AA (4.5:1; 3:1 at 18 pt, or 14 pt bold) against what is
  behind it: its shape's fill, else the filled shapes under it, else the slide, layout or master
  background; theme colours resolved through the master's colour map and the theme. Chart data
  labels inside a bar or slice are checked against that bar's or slice's fill.
- ``body-size``: body text (below the title and time line, above the footer) of content slides is
  at least 18 pt; time lines (a grid's figures each have one) are references, not body text.
- ``dangling-colon``: no paragraph ends in ":" (before its time) without indented points after it.
- ``title-only``: no content slide is only a title (with its time line and footer).
- ``repeated-time``: the slide's time line ("▶ 13:28 …", above the body) shows once: not again in
  the body (figures at the slide's moment need no time of their own) nor written out in plain
  text (a subtitle). Figures of a grid may each show their own moment.
- ``agenda-order``: the agenda's items come in the order of their slides in the deck.
- ``axis-format``: a chart value axis reaching 1,000 shows thousands separators.
- ``near-empty``: no slide about a moment (one with a time line) holds just one short item: its
  body (without time lines) is more than two paragraphs or SPARSE characters, or has a chart, table
  or picture (a slide with one lonely figure, or one short point, looks empty). Lists of reference
  (the sources, an agenda) are as long as they are.
- ``bar-baseline``: the value axis of a bar or column chart with no negative value starts at zero,
  set in the chart (a viewer's automatic scale may start a chart of 38, 44 and 42 at 35).
- ``broken-word``: no word of a table cell is wider than its column (a viewer breaks it inside:
  "Project" / "s"), unless it is wider than a third of the table (a long address must break).
- ``uneven-figures``: the values of a grid of figures (centred bold text in the body) share one
  size: a long value is not set small beside big ones.
- ``long-label``: no category label of a horizontal bar chart is wider than half the chart: it
  would wrap, and LibreOffice then hides every other label to keep them apart.
- ``split-bracket``: no bracket is split from the link it encloses ("(" + link + ")" in three runs):
  a viewer may break a line at a link's edge (LibreOffice does), leaving "(" alone at a line's end.
- ``markdown``, ``placeholder-source``, ``header-line``: the words of every paragraph (titles, body,
  tables, footers) break none of the rules of ``presentable_words`` (issue #20).
- ``unlisted-topic``: given the content's ``topics`` (titles), each is an item of the deck's agenda or
  chapters slides (titled so, or kicked so above a statement; a chart of such a slide's chapters by minutes lists
  them by its categories), or named in the speaker notes of a slide as left
  off it ("Left off the slide: …": no line of the slide counts them), or on its "Also discussed" line (a topic
  without a slide: the agenda lists only those with one), or a slide's title (notes that give titles only: no
  agenda lists their chapters again); a deck without one breaks the rule too,
  unless its audience ``chosen`` its topics (the executive deck) and says so by having no agenda, or it
  has no topic slide for an agenda to lead to (a digest said whole on its bottom line), or fewer than
  AGENDA_LEAST topics (an agenda of one item is no agenda, review 10; one of two is the next two slides' titles,
  review 21: the report keeps it).

Economy and type (issue #21; measured in ``deck_economy.py``):

- ``words`` / ``sparse``: a content slide's body holds at most 75 words, and at least 15 unless it
  carries a chart, table, picture, quote or key figure; lists of reference (agenda, sources) excepted.
- ``lone-section``: no divider opens a section of fewer than three slides.
- ``type-scale``: first-level points take at most two sizes in a deck; a sub-point is 4 pt smaller
  than its first-level parent (or at the 18-pt floor), a deeper one no larger than its parent.
- ``title-size``: the titles of the content slides take one size (the cover and dividers have their own).
- ``repeated-figure``: a key figure's value (a grid's or a band's) is on no other slide.
- ``slide-count``: an executive deck has at most 12 slides (the audience is the file name's last
  part, ``deepseek-executive.pptx``, unless given).
- ``timeline-bars``: a timeline places three topics or more, each with a bar.
- ``main-topic``: given the content file, the topic that takes most of the recording is in the deck
  (or named on an "Also discussed" line).

Lines (issue #21, review 12 findings 3 and 5; measured in ``deck_lines.py``):

- ``few-lines``: a content slide (not an agenda or a list of references) shows three statements or more (a
  line leading into the points under it, "Future plans:", is none), unless it carries a chart, table,
  picture, quote or key figure: the evidence that proves its title.
- ``repeated-line``: no body line of a content slide (of four words or more; agendas and lists of reference aside)
  is word for word on another content slide: the bottom line's item is not said again on its evidence slide nor
  on the close (review 16 finding 5).
- ``repeated-statement``: nor is such a line said inside a longer line of another content slide, punctuation, quotes
  and a quote's closing attribution aside (review 20 worst 4: the bottom line's item again after "…, כלומר", a quote
  again with "said …" instead of "— Name").
- ``report-pointer``: no line of a deck says the report lists what it leaves out ("And 22 more, listed in
  the report"): a deck may be built alone.
- ``more-line``: no line of a deck slide counts what the slide leaves out ("And 26 more", "Et 4 autres", "ועוד 29",
  "另有 4 个", "Also discussed: A, B and 3 more"): read as a presenter who did not finish (review 18 finding 3).

Titles (issue #21, review 16 finding 4; measured in ``deck_titles.py``):

- ``title-support``: a statement title (a kicker above it) but a close's or a list's is backed by its slide's body:
  they share a number, or two key words (one said before the title's first number where it says one), or the
  body's lines name what the title counts.

Storyline (issue #21 rules 2 and 3a; measured in ``deck_storyline.py``), for the built-in audiences' decks:

- ``opening``: a summary slide, where there is one, is the second and holds two or more distinct statements
  (no biography, no description of the episode, no number said twice) under the audience's one summary
  heading; a summary too thin for a slide is the cover's lead (generator/cover_lead.py).
- ``close``: a deck of three topic slides or more ends on its point (a conclusion, implications,
  a closing section) or its evidence (a topic slide), never on the chapter list, then the sources.
- ``ends-on-point``, ``links-close``, ``raw-source`` (``deck_close.py``, review 18's finding 4): every deck of three
  slides or more ends on a close (a close word or a closing section's heading) before its sources, never on a list of
  links, and its Sources slide names each source by its title, never a raw address.
- ``cut``: no title and no summary item ends with "…"; no point starts with "…".
- ``repeat-close``: the close says again none of the summary's items.
- ``heading-title``: given the content file, no slide is titled with the heading of a topic that
  states something a title can say.
- ``bottom-length``, ``bottom-prefix``, ``bottom-fragment`` (``deck_bottom_items.py``, review 12's finding
  4): a bottom-line item holds at most 16 words in the executive deck, 21 in the others (18 with a number),
  opens on no section's prefix ("China: …"), and is no head-cut of the notes' sentence, participle opening
  or arrow shorthand (a proxy for a subject and a finite verb); ``bottom-recording`` (review 13's finding 2): no
  item is a share of the recording's time ("“X” takes 9 of the 25 minutes.").

Quantities and long points (issue #21 rules 1 and 3b; measured in ``deck_quantities.py``):

- ``long-point``: no point of a slide holds more than 40 words (a longer one shows as its clauses).
- ``figure-order``: a grid of key figures shows its weightiest first (money, percentages, multiples,
  then counts; the largest of a kind first).
- ``lost-number``: given the content file, no point the deck cuts leaves out the number it says.
- ``key-figure``: given the content file, its weightiest key figure (kind, size, its topic's weight)
  is in the deck.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE

from generator.inline import plain
from generator.words import load_words
from generator.writers.measure import text_width

from . import deck_close as close_rules
from . import deck_economy as economy
from . import deck_lines as lines
from . import deck_storyline as storyline
from . import deck_quantities as quantities
from . import deck_titles as title_rules
from .deck_colours import A, C, Theme, background, behind, box, chart_contrast, runs_against, shapes_of, size_of
from .presentable_words import NUMBERING, line_faults, unlisted

AGENDA_LEAST = 3  # topics an agenda lists at least (slides/agenda.yaml.j2: fewer, it is the report's only)

BODY_TOP, FOOT_TOP = 118, 505  # points: where body text starts and the footer begins
SPARSE = 100  # characters: a body of at most two paragraphs and fewer characters than this is near-empty
DARK_LAYOUTS = ("Title Slide", "Section Header")
_TIME = re.compile(r"\b\d{1,2}:\d\d(?::\d\d)?\b")
_TIME_SUFFIX = re.compile(r"\s*\([^()]*\d:\d\d[^()]*\)\s*$")
_MINUTES = re.compile(r"\s+—\s+\d+\s+\S+$")  # (a listening guide's " — 6 minutes": words.start_minutes)
_OPEN, _CLOSE = tuple("([{"), tuple(")]}")
# an agenda or chapters slide (or a list of links) is titled with the word of the deck's language (any built-in one)
AGENDA_TITLES = tuple(sorted({words[key] for code in ("en", "fr", "de", "es", "ar", "he", "zh")
                              for words in [load_words(code)] for key in ("agenda", "chapters", "links")}))


ALSO_DISCUSSED = economy.ALSO_DISCUSSED


def _also_discussed(prs) -> str:
    """The deck's "Also discussed" lines, and the speaker notes of each slide whose notes name what it leaves off
    ("Left off the slide: …": a list never takes a third slide, and no line of it counts the rest), joined."""
    lines = [text for slide in prs.slides for shape in slide.shapes if shape.has_text_frame
             for text, _ in _paragraphs(shape.text_frame._txBody)]
    notes = [slide.notes_slide.notes_text_frame.text for slide in prs.slides if slide.has_notes_slide]
    return "\n".join([text for text in lines if text.startswith(ALSO_DISCUSSED)]
                     + [text for text in notes if any(head in text for head in _LEFT_OFF)])


# each built-in language's "Left off the slide:" (left_off_slide), the words before the items it names
_LEFT_OFF = sorted({load_words(code)["left_off_slide"].partition("{items}")[0].strip()
                    for code in ("en", "fr", "de", "es", "ar", "he", "zh")})


# a chapter list's deck slide is titled by what its items are about ("Every chapter is about live streaming",
# "The notes give these links (cont. 1)": title_lists.py) or where the time goes ("“…” takes 9 of the 23 minutes of
# discussion": chapter_list.py)
LIST_TITLES = re.compile("|".join(sorted({re.sub(r"\\\{\w+\\\}", ".+", re.escape(words[key]))
                                          for code in ("en", "fr", "de", "es", "ar", "he", "zh") for words in [load_words(code)]
                                          for key in ("chapters_every", "chapters_most", "chapters_some", "chapters_timed",
                                                      "chapters_untimed", "links_every", "links_most", "links_some",
                                                      "links_given", "chapters_longest", "chapters_longest_one",
                                                      "chapters_longest_here", "chapters_longest_minutes",
                                                      "chapters_longest_short", "chapters_even")})))


def _is_agenda(title: str) -> bool:
    """Whether a slide's title is an agenda's or a chapters slide's ("Agenda", "Agenda (cont.)",
    "Chapters 1–8 of 16", "Every chapter is about live streaming"), not a topic's that opens on the word ("Agenda
    and Public Comments")."""
    return LIST_TITLES.match(title) is not None or any(
        title.startswith(word) and not re.match(r"\s*[^\W\d_]", title[len(word):]) for word in AGENDA_TITLES)


@dataclass(frozen=True)
class Violation:
    """One broken rule on one slide (1-based)."""

    rule: str
    slide: int
    detail: str


def _axis_formats(chart_space, number: int) -> list[Violation]:
    out = []
    values = [abs(float(v.text)) for v in chart_space.iter(f"{C}v") if v.getparent().getparent().tag == f"{C}numCache"]
    top = max(values, default=0)
    for axis in chart_space.iter(f"{C}valAx"):
        fmt = axis.find(f"{C}numFmt")
        code = fmt.get("formatCode") if fmt is not None else "General"
        if fmt is not None and fmt.get("sourceLinked") == "1":
            linked = chart_space.find(f".//{C}numCache/{C}formatCode")
            code = linked.text if linked is not None else "General"
        if top >= 1000 and "," not in code:
            out.append(Violation("axis-format", number, f"value axis up to {top:,.0f} has format '{code}'"))
    return out


def _long_labels(chart_space, width: float, number: int) -> list[Violation]:
    direction = chart_space.find(f".//{C}barChart/{C}barDir")
    if direction is None or direction.get("val") != "bar":
        return []
    size = chart_space.find(f".//{C}catAx/{C}txPr//{A}defRPr")
    points = int(size.get("sz")) / 100 if size is not None and size.get("sz") else 10
    labels = [v.text or "" for v in chart_space.iter(f"{C}v") if v.getparent().getparent().tag == f"{C}strCache"
              and v.getparent().getparent().getparent().tag == f"{C}strRef"
              and v.getparent().getparent().getparent().getparent().tag == f"{C}cat"]
    return [Violation("long-label", number, f"'{label}' is {text_width(label, points):.0f} pt in a chart {width:.0f} pt wide")
            for label in dict.fromkeys(labels) if text_width(label, points) > width / 2]


def _bar_baseline(chart_space, number: int) -> list[Violation]:
    if chart_space.find(f".//{C}barChart") is None:
        return []
    values = [float(v.text) for v in chart_space.iter(f"{C}v") if v.getparent().getparent().tag == f"{C}numCache"]
    least = chart_space.find(f".//{C}valAx/{C}scaling/{C}min")
    if values and min(values) >= 0 and (least is None or float(least.get("val")) != 0):
        return [Violation("bar-baseline", number, f"bars of {min(values):g} to {max(values):g} on an axis not set to start at 0")]
    return []


def _broken_words(shape, number: int) -> list[Violation]:
    """Words of a table's cells wider than their column (inside the cell's margins)."""
    table = shape.table
    room = sum(c.width for c in table.columns) / 12700 / 3
    out = []
    for row in table.rows:
        for column, cell in zip(table.columns, row.cells):
            tc = cell._tc
            margins = sum(int(tc.find(f"{A}tcPr").get(side, 91440)) for side in ("marL", "marR")) / 12700
            for r in tc.iter(f"{A}r"):
                bold = r.find(f"{A}rPr") is not None and r.find(f"{A}rPr").get("b") == "1"
                for word in "".join(t.text or "" for t in r.iter(f"{A}t")).split():
                    wide = text_width(word, size_of(r), bold)
                    if column.width / 12700 - margins < wide <= room:
                        out.append(Violation("broken-word", number, f"'{word}' ({wide:.0f} pt) in a column of "
                                                                    f"{column.width / 12700 - margins:.0f} pt"))
    return out


def _paragraphs(txbody) -> list[tuple[str, int]]:
    """(text, left margin in EMU) of each paragraph."""
    out = []
    for p in txbody.iter(f"{A}p"):
        ppr = p.find(f"{A}pPr")
        text = "".join(t.text or "" for t in p.iter(f"{A}t"))
        out.append((text, int(ppr.get("marL", 0)) if ppr is not None else 0))
    return out


def _dangling(paras, number: int, where: str) -> list[Violation]:
    out = []
    for i, (text, margin) in enumerate(paras):
        bare = _TIME_SUFFIX.sub("", text).rstrip()
        if bare.endswith(":") and not (i + 1 < len(paras) and paras[i + 1][1] > margin):
            out.append(Violation("dangling-colon", number, f"{where} '{bare[-60:]}' ends in ':' with nothing under it"))
    return out


def _split_brackets(body, number: int) -> list[Violation]:
    """A link whose enclosing brackets are runs of their own, beside it."""
    out = []
    for p in body.iter(f"{A}p"):
        runs = [("".join(t.text or "" for t in r.iter(f"{A}t")), r.find(f"{A}rPr/{A}hlinkClick") is not None)
                for r in p.iter(f"{A}r")]
        for i, (text, linked) in enumerate(runs):
            before = runs[i - 1] if i else ("", True)
            after = runs[i + 1] if i + 1 < len(runs) else ("", True)
            if linked and ((not before[1] and before[0].endswith(_OPEN)) or (not after[1] and after[0].startswith(_CLOSE))):
                out.append(Violation("split-bracket", number, f"'{before[0]}{text}{after[0]}': its brackets are not in its link"))
    return out


def _texts(shape) -> list:
    """The text bodies of a shape: its own, or its table's cells."""
    if shape.has_text_frame:
        return [shape.text_frame._txBody]
    if getattr(shape, "has_table", False) and shape.has_table:
        return [cell._tc.find(f"{A}txBody") for row in shape.table.rows for cell in row.cells]
    return []


def _title(slide) -> str:
    for shape in shapes_of(slide):
        if shape.has_text_frame and shape.text_frame.text.strip() and not shape.text_frame.text.startswith("▶"):
            return shape.text_frame.text.strip()
    return ""


def check(path, audience: str | None = None, content_file=None, topics: Sequence[str] = (),
          chosen: bool = False) -> list[Violation]:
    """Every violation of the rules above in the deck at ``path`` (built for ``audience``, from the
    content file ``content_file`` when given; ``unlisted-topic`` when ``topics`` are given)."""
    prs = Presentation(str(path))
    out: list[Violation] = []
    titles = [_title(slide) for slide in prs.slides]
    agendas: list[tuple[int, list[str]]] = []
    stated: list[str] = []  # (the timed lines of a bottom line)
    for number, slide in enumerate(prs.slides, start=1):
        theme = Theme(slide.slide_layout.slide_master, slide)
        back = background(slide, theme)
        shapes = shapes_of(slide)
        content = slide.slide_layout.name not in DARK_LAYOUTS
        has_body, time_lines, said, body_paras, drawn = False, [], [], [], False
        for i, shape in enumerate(shapes):
            top = box(shape)[1]
            in_body = BODY_TOP <= top < FOOT_TOP
            if shape.has_chart:
                has_body = drawn = True
                space = shape.chart._chartSpace
                out += [Violation("contrast", number, d) for d in chart_contrast(space, theme, back)]
                out += _axis_formats(space, number) + _bar_baseline(space, number)
                out += _long_labels(space, shape.width / 12700, number)
                continue
            if shape.shape_type == MSO_SHAPE_TYPE.PICTURE or getattr(shape, "has_table", False) and shape.has_table:
                has_body, drawn = has_body or in_body, drawn or in_body
                out += _broken_words(shape, number) if shape.shape_type != MSO_SHAPE_TYPE.PICTURE else []
            under = behind(shapes, i, theme, back)
            for body in _texts(shape):
                if body is None:
                    continue
                cell = body.getparent()
                cell_back = theme.fill(cell.find(f"{A}tcPr")) if cell.tag == f"{A}tc" else None
                out += [Violation("contrast", number, d) for d in runs_against(body, cell_back or under, theme)]
                paras = _paragraphs(body)
                out += [Violation(rule, number, detail) for text, _ in paras for rule, detail in line_faults(text)]
                out += _dangling(paras, number, "text")
                out += _split_brackets(body, number)
                for (text, _), p in zip(paras, body.iter(f"{A}p")):
                    if text.startswith("▶"):
                        time_lines.append((text[1:].strip(), in_body))
                    elif p.find(f"{A}pPr/{A}buChar") is None:
                        said += _TIME.findall(text)  # a time in plain text (a subtitle) repeats a time line
                    if not text.startswith("▶") and text.strip() and in_body:
                        has_body = True
                        body_paras.append(text.strip())
                if content and in_body:  # a time line (a figure's own, in a grid) is a reference, not body text
                    for (line, _), p in zip(paras, body.iter(f"{A}p")):
                        for r in [] if line.startswith("▶") else p.iter(f"{A}r"):
                            text = "".join(t.text or "" for t in r.iter(f"{A}t")).strip()
                            if text and size_of(r) < 18:
                                out.append(Violation("body-size", number, f"'{text[:40]}' at {size_of(r):g} pt"))
        values = {size_of(r) for shape in shapes if shape.has_text_frame and BODY_TOP <= box(shape)[1] < FOOT_TOP
                  for p in shape.text_frame._txBody.iter(f"{A}p") if p.find(f"{A}pPr[@algn='ctr']") is not None
                  for r in p.iter(f"{A}r") if r.find(f"{A}rPr[@b='1']") is not None}
        if content and len(values) > 1:
            out.append(Violation("uneven-figures", number, f"values at {sorted(values)} pt"))
        if content and not has_body:
            out.append(Violation("title-only", number, f"'{titles[number - 1]}' has nothing but its title"))
        elif content and time_lines and not drawn and len(body_paras) <= 2 and sum(map(len, body_paras)) < SPARSE:
            out.append(Violation("near-empty", number, f"'{titles[number - 1]}' holds only {' / '.join(body_paras)!r}"))
        heads = [t for t, body in time_lines if not body or not content]  # a divider's one time line is its own
        for line in set(heads):
            again = sum(t == line for t, _ in time_lines) - 1
            if again:
                out.append(Violation("repeated-time", number, f"'▶ {line}' shows {again + 1} times"))
            if _TIME.match(line) and _TIME.match(line).group(0) in said:
                out.append(Violation("repeated-time", number, f"'▶ {line}' is also written out on the slide"))
        if any(_is_agenda(head) for head in economy.heads(slide)):  # (titled, or kicked above a statement)
            items = [_TIME_SUFFIX.sub("", text).strip() for shape in shapes if shape.has_text_frame
                     and BODY_TOP <= box(shape)[1] < FOOT_TOP for text, _ in _paragraphs(shape.text_frame._txBody)]
            # (a chapter list charted by minutes, each bar a chapter's name, a long one by its first clause, at its
            # start: time_goes.py)
            items += [_TIME_SUFFIX.sub("", str(c)).rstrip("…").rstrip() + "…" for shape in shapes if shape.has_chart
                      for c in shape.chart.plots[0].categories]
            agendas.append((number, [i for i in items if i]))
        elif set(economy.heads(slide)[:1]) & (storyline.SUMMARY | lines.GUIDES):  # (a bottom line of chapters'
            # titles, each at its time, names those chapters: chapter_list.py leaves them off the list; a listening
            # guide names its moments, "Bluesky — 6 minutes (14:02)", and no "Also discussed" line again)
            stated += [_MINUTES.sub("", _TIME_SUFFIX.sub("", text)).strip() for shape in shapes if shape.has_text_frame
                       and BODY_TOP <= box(shape)[1] < FOOT_TOP for text, _ in _paragraphs(shape.text_frame._txBody)
                       if _TIME_SUFFIX.search(text)]
    out += _agenda_order(agendas, [economy.heads(slide) for slide in prs.slides])
    if topics and (agendas or not (chosen or len(topics) < AGENDA_LEAST
                                   or not any(storyline._topic_slide(s) for s in prs.slides))):
        items, also = [item for _, group in agendas for item in group] + stated, _also_discussed(prs)
        where = agendas[0][0] if agendas else 1
        titled = {plain(title) for title in titles} if any(LIST_TITLES.match(t) for t in titles) and not any(
            _is_agenda(t) and not LIST_TITLES.match(t) for t in titles) else set()  # (a chapters slide, no agenda: a deck
        # of titles-only notes, whose chapter slides name their chapter once)
        left = [topic for topic in unlisted(items, topics)  # (the notes name a numbered chapter as its list does: without it)
                if plain(topic) not in also and re.sub(f"^{NUMBERING}", "", plain(topic)) not in also
                and plain(topic) not in titled]
        out += [Violation("unlisted-topic", where, f"'{topic}' is in no agenda or chapters slide")
                for topic in (left if agendas or len([t for t in unlisted(stated, topics) if plain(t) not in also]) > 1
                              else [])]  # (a topic a listening guide or the bottom line names is named)
    slides = list(prs.slides)
    audience = Path(path).stem.rsplit("-", 1)[-1] if audience is None else audience
    found = (economy.words(slides, {n for n, _ in agendas}) + quantities.long_points(slides)
             + quantities.figure_order(slides) + economy.lone_sections(slides) + economy.type_scale(slides)
             + economy.title_sizes(slides) + lines.few_lines(slides, {n for n, _ in agendas}) + lines.report_pointers(slides)
             + lines.more_lines(slides)
             + lines.repeated_lines(slides, {n for n, _ in agendas})
             + lines.repeated_statements(slides, {n for n, _ in agendas})
             + economy.repeated_figures(slides) + economy.slide_count(slides, audience) + economy.timeline_bars(slides)
             + (economy.main_topic(slides, content_file) + quantities.lost_numbers(slides, content_file)
                + quantities.key_figure(slides, content_file) if content_file else [])
             + (storyline.check(slides, content_file) + close_rules.check(slides)
                if audience in storyline.AUDIENCES else [])
             + title_rules.title_support(slides, {n for n, _ in agendas})
             + title_rules.title_echo(slides, {n for n, _ in agendas}))
    return out + [Violation(*v) for v in found]


def _agenda_order(agendas: list[tuple[int, list[str]]], heads: list[list[str]]) -> list[Violation]:
    """Each agenda item's first slide (after the agenda: its title or kicker names the item, or a
    title begins with it) must come after the previous item's."""
    out = []
    if not agendas:
        return out
    after = agendas[-1][0]
    items = [item for _, group in agendas for item in group]
    named = lambda item, lines: any(line == item or line.startswith((item + ":", item + " (")) for line in lines)
    places = [(item, next((n for n in range(after, len(heads)) if named(item, heads[n])), None)) for item in items]
    shown = [(item, n) for item, n in places if n is not None]
    for (a, m), (b, n) in zip(shown, shown[1:]):
        if n < m:
            out.append(Violation("agenda-order", agendas[0][0], f"'{b}' (slide {n + 1}) is listed after '{a}' (slide {m + 1})"))
    return out
