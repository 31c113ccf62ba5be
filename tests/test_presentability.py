"""The presentability check: each rule fails on a deck made to break it, and the built-in audiences
are held to it on the default content and on unseen notes imported with `briefing import`."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from pptx import Presentation
from pptx.chart.data import CategoryChartData
from pptx.dml.color import RGBColor
from pptx.enum.chart import XL_CHART_TYPE, XL_LABEL_POSITION
from pptx.enum.text import PP_ALIGN
from pptx.oxml.ns import qn
from pptx.util import Pt

from generator.cli import main

from .conftest import AUDIENCES, DEFAULT
from .deck_colours import contrast
from .presentability import check

FIXTURES = Path(__file__).resolve().parent / "fixtures"
CONTENTS = ("default", "committee-hearing", "panel-chapters")
RULES = ("contrast", "body-size", "dangling-colon", "title-only", "repeated-time", "agenda-order", "axis-format",
         "split-bracket", "near-empty", "bar-baseline", "broken-word",
         "uneven-figures", "long-label")
ECONOMY = ("words", "sparse", "lone-section", "type-scale", "repeated-figure", "slide-count", "timeline-bars",
           "main-topic", "long-point", "figure-order", "lost-number", "key-figure")  # issue #21's rules
LINES = ("few-lines", "report-pointer", "more-line")  # review 12 findings 3 and 5, review 18 finding 3 (tests/deck_lines.py)
STORY = ("opening", "close", "heading-title", "narrating-title", "count-title")  # issue #21 rules 2 and 3a


# -- each rule, on a deck made to break it ---------------------------------------------------
def _deck(tmp_path, *slides, economy: bool = False, name: str = "deck", layouts=(), **options) -> list:
    """The violations of a deck whose slides are drawn by the given functions (on Blank slides, or on
    the layouts given by index): those of the rules of economy only with ``economy`` (the decks
    made to break another rule are short on purpose)."""
    prs = Presentation()
    for i, draw in enumerate(slides):
        draw(prs.slides.add_slide(prs.slide_layouts[layouts[i] if i < len(layouts) else 6]))
    path = tmp_path / f"{name}.pptx"
    prs.save(path)
    return [v for v in check(path, **options) if economy or v.rule not in ECONOMY + LINES]


def _box(slide, paragraphs, top=150, size=24, color="222222", margins=None):
    frame = slide.shapes.add_textbox(Pt(40), Pt(top), Pt(800), Pt(200)).text_frame
    for i, text in enumerate(paragraphs):
        p = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
        run = p.add_run()
        run.text, run.font.size = text, Pt(size)
        run.font.color.rgb = RGBColor.from_string(color)
        if margins:
            p._p.get_or_add_pPr().set("marL", str(int(Pt(margins[i]))))
    return frame


def _titled(title, *paragraphs, **kwargs):
    def draw(slide):
        _box(slide, [title], top=22, size=32)
        if paragraphs:
            _box(slide, list(paragraphs), **kwargs)
    return draw


def rules(violations) -> set:
    return {v.rule for v in violations}


def test_a_good_deck_breaks_no_rule(tmp_path):
    assert _deck(tmp_path, _titled("Findings", "Leakage is the cheapest new water", "▶ 38:15",
                                   "Utilities lose about one litre in five before it reaches a tap",
                                   "Smart meters find leaks three times faster than surveys"), economy=True) == []


def test_contrast_ratios_are_wcag_ones():
    assert contrast("000000", "FFFFFF") == pytest.approx(21)
    assert contrast("777777", "FFFFFF") == pytest.approx(4.48, abs=0.01)


def test_contrast_fails_on_pale_text_and_on_dark_text_over_a_dark_shape(tmp_path):
    assert rules(_deck(tmp_path, _titled("Pale", "Hard to read", color="BBBBBB"))) == {"contrast"}

    def over_a_band(slide):
        _titled("Band")(slide)
        band = slide.shapes.add_shape(1, Pt(0), Pt(140), Pt(960), Pt(240))
        band.fill.solid()
        band.fill.fore_color.rgb = RGBColor.from_string("0B2545")
        _box(slide, ["Dark on dark"])
    found = _deck(tmp_path, over_a_band)
    assert rules(found) == {"contrast"} and "#0B2545" in found[0].detail


def test_contrast_resolves_theme_colours(tmp_path):
    def background_coloured_text(slide):
        _titled("Theme")(slide)
        run = _box(slide, ["Text in the background colour"]).paragraphs[0].runs[0]
        run.font.color.theme_color = 14  # MSO_THEME_COLOR.BACKGROUND_1: white on the white slide
    assert rules(_deck(tmp_path, background_coloured_text)) == {"contrast"}


def test_contrast_checks_a_link_in_the_theme_hyperlink_colour_too(tmp_path):
    def white_link_on_dark(slide):
        _titled("Divider")(slide)
        band = slide.shapes.add_shape(1, Pt(0), Pt(140), Pt(960), Pt(240))
        band.fill.solid()
        band.fill.fore_color.rgb = RGBColor.from_string("1D3557")
        run = _box(slide, ["13:28"], color="FFFFFF").paragraphs[0].runs[0]
        run.hyperlink.address = "https://example.org/#t=808"
    found = _deck(tmp_path, white_link_on_dark)
    assert rules(found) == {"contrast"} and "#0000FF on #1D3557" in found[0].detail


def _chart(values, label_position=None, number_format=None, from_zero=True, categories=("A", "B")):
    def draw(slide):
        _titled("Chart")(slide)
        data = CategoryChartData()
        data.categories = list(categories)
        data.add_series("S", values)
        chart = slide.shapes.add_chart(XL_CHART_TYPE.BAR_CLUSTERED, Pt(40), Pt(130), Pt(800), Pt(360), data).chart
        series = chart.plots[0].series[0]
        series.format.fill.solid()
        series.format.fill.fore_color.rgb = RGBColor.from_string("0B2545")
        if label_position is not None:
            for i in range(len(values)):
                label = series.points[i].data_label
                label.position = label_position
                label.font.size = Pt(18)
                label.font.color.rgb = RGBColor.from_string("000000")
        if from_zero:
            chart.value_axis.minimum_scale = 0
        if number_format:
            chart.value_axis.tick_labels.number_format = number_format
            chart.value_axis.tick_labels.number_format_is_linked = False
    return draw


def test_contrast_checks_chart_labels_against_their_bar(tmp_path):
    assert rules(_deck(tmp_path, _chart([3, 4], XL_LABEL_POSITION.INSIDE_END))) == {"contrast"}
    assert rules(_deck(tmp_path, _chart([3, 4], XL_LABEL_POSITION.OUTSIDE_END))) == set()


def test_axis_format_needs_thousands_separators(tmp_path):
    assert rules(_deck(tmp_path, _chart([200000, 128000], number_format="General"))) == {"axis-format"}
    assert rules(_deck(tmp_path, _chart([200000, 128000], number_format="#,##0"))) == set()
    assert rules(_deck(tmp_path, _chart([20, 12], number_format="General"))) == set()


def test_bar_baseline(tmp_path):
    assert rules(_deck(tmp_path, _chart([38, 44], from_zero=False))) == {"bar-baseline"}
    assert rules(_deck(tmp_path, _chart([38, 44]))) == set()


def _table(widths, cells):
    def draw(slide):
        _titled("Projects")(slide)
        table = slide.shapes.add_table(2, len(widths), Pt(40), Pt(150), Pt(sum(widths)), Pt(80)).table
        for i, width in enumerate(widths):
            table.columns[i].width = Pt(width)
        for row in table.rows:
            for cell, text in zip(row.cells, cells):
                cell.text = text
                cell.text_frame.paragraphs[0].runs[0].font.size = Pt(20)
                cell.text_frame.paragraphs[0].runs[0].font.color.rgb = RGBColor.from_string("000000")
                cell.fill.solid()
                cell.fill.fore_color.rgb = RGBColor.from_string("FFFFFF")
    return draw


def test_broken_word(tmp_path):
    assert rules(_deck(tmp_path, _table([200, 60, 400], ["North region", "Capacity", "Notes"]))) == {"broken-word"}
    assert rules(_deck(tmp_path, _table([200, 110, 350], ["North region", "Capacity", "Notes"]))) == set()
    address = "https://example.org/a/very/long/address/that/must/break/somewhere"
    assert rules(_deck(tmp_path, _table([200, 110, 350], ["North region", "Capacity", address]))) == set()


def test_long_label(tmp_path):
    long = "Workforce electrolyser permitting supply apprenticeship utility queue market reliability (35:21–46:28)"
    assert rules(_deck(tmp_path, _chart([3, 4], categories=("Short", long)))) == {"long-label"}
    assert rules(_deck(tmp_path, _chart([3, 4], categories=("Short", "Workforce (35:21–46:28)")))) == set()


def test_a_timeline_of_long_titles_shows_every_label_on_one_line(tmp_path):
    """Long topic titles are shortened (at a word's end, with …) before their times, so that no
    label wraps and a viewer shows them all."""
    from generator.build import build

    words = ["harbour", "dredging", "permits", "ferry", "timetable", "berth", "lighting", "wall", "repair", "fish",
             "market", "crane"]
    topics = [{"id": f"t{i}", "title": f"Part {i}: " + " ".join(words[i % 5:i % 5 + 7]) + " and its consequences",
               "at": f"{i * 9 // 60}:{i * 9 % 60:02d}:00",
               "points": [f"The council approved item {i} by five votes to two."]} for i in range(1, 11)]
    path = tmp_path / "harbour.yaml"
    path.write_text(json.dumps({"title": "Harbour", "sources": [{"id": "a", "name": "A", "url": "https://example.org/a"}],
                                "topics": topics}), encoding="utf-8")
    build([path], audiences=["technical"], formats=["pptx"], output=tmp_path)  # (a deck with a timeline)
    deck = tmp_path / "harbour-technical.pptx"
    assert [v for v in check(deck) if v.rule == "long-label"] == []
    chart = next(shape.chart for slide in Presentation(str(deck)).slides for shape in slide.shapes if shape.has_chart)
    labels = list(chart.plots[0].categories)
    assert len(labels) == 10 and all(label.startswith(f"Part {i}: ") for i, label in enumerate(labels, start=1))
    assert "…" in labels[0] and labels[0].endswith("(9:00–18:00)") and labels[-1].endswith("(from 1:30:00)")


def test_body_size_floor_is_18_points(tmp_path):
    assert rules(_deck(tmp_path, _titled("Small", "Too small to read from the back", size=14))) == {"body-size"}


def test_dangling_colon(tmp_path):
    assert rules(_deck(tmp_path, _titled("Gains", "Efficiency gains through: (13:28)", "Next point"))) == {"dangling-colon"}
    nested = _titled("Gains", "Efficiency gains through:", "Mixture of experts", margins=[20, 40])
    assert rules(_deck(tmp_path, nested)) == set()


def test_title_only_slide(tmp_path):
    found = _deck(tmp_path, _titled("Only a title", "▶ 13:28", top=94, size=14), _titled("Fine", "A point"))
    assert [(v.rule, v.slide) for v in found] == [("title-only", 1)]


def test_repeated_time_line(tmp_path):
    def figure_at_the_slides_time(slide):
        _titled("Numbers", "▶ 35:02 · YouTube video 25:07", top=94, size=14)(slide)
        _box(slide, ["27x", "cheaper", "▶ 35:02 · YouTube video 25:07", "8 of 256", "experts active"])
    assert rules(_deck(tmp_path, figure_at_the_slides_time)) == {"repeated-time"}
    grid = _titled("Numbers", "2.2 GW", "planned power", "▶ 3:45:59", "200,000", "GPUs", "▶ 3:45:59")  # one moment
    assert rules(_deck(tmp_path, grid)) == set()
    def time_written_out(slide):
        _titled("Part 1", "▶ 13:28", top=94, size=14)(slide)
        _box(slide, ["From 13:28 in the episode", "Model types", "Open weights"])
    assert rules(_deck(tmp_path, time_written_out)) == {"repeated-time"}


def test_agenda_order(tmp_path):
    found = _deck(tmp_path, _titled("Agenda", "Beta (1:00)", "Alpha (0:10)"), _titled("Alpha", "a"), _titled("Beta", "b"))
    assert [(v.rule, v.slide) for v in found] == [("agenda-order", 1)]
    assert _deck(tmp_path, _titled("Agenda", "Alpha (0:10)", "Beta (1:00)"), _titled("Alpha", "a"), _titled("Beta", "b")) == []


def test_near_empty_slide(tmp_path):
    def figures(*texts):
        def draw(slide):
            _titled("Costs: in numbers", "▶ 35:02", top=94, size=14)(slide)
            _box(slide, list(texts))
        return draw
    assert rules(_deck(tmp_path, figures("27x", "cheaper than competitors' models"))) == {"near-empty"}
    assert rules(_deck(tmp_path, figures("27x", "cheaper to train", "8 of 256", "experts active"))) == set()
    assert _deck(tmp_path, _titled("Sources", "Town hall recording", "https://example.org/town-hall")) == []


def test_uneven_figures(tmp_path):
    def grid(*sizes):
        def draw(slide):
            _titled("In numbers", "▶ 2:00", top=94, size=14)(slide)
            for i, size in enumerate(sizes):
                frame = _box(slide, [f"{i + 1}2,000 homes", "built by the council since the plan began"], size=size)
                for p in frame.paragraphs:
                    p.alignment = PP_ALIGN.CENTER
                frame.paragraphs[0].runs[0].font.bold = True
        return draw
    assert rules(_deck(tmp_path, grid(72, 20))) == {"uneven-figures"}
    assert rules(_deck(tmp_path, grid(32, 32))) == set()


def _linked(*parts):
    """A slide with one point made of runs ``parts``, the middle one a link."""
    def draw(slide):
        _titled("Sources")(slide)
        p = _box(slide, [""]).paragraphs[0]
        for i, text in enumerate(parts):
            run = p.add_run()
            run.text, run.font.size = text, Pt(24)
            if i == 1:
                run.hyperlink.address = "https://example.org/a-long-address"
    return draw


def test_split_bracket(tmp_path):
    found = _deck(tmp_path, _linked("Audio (", "https://example.org/a-long-address", ")"))
    assert rules(found) == {"split-bracket"}
    assert _deck(tmp_path, _linked("Audio ", "(https://example.org/a-long-address)", "")) == []
    assert rules(_deck(tmp_path, _linked("Audio ", "(13:28", ")"))) == {"split-bracket"}


# -- issue #21: economy and type, each rule on a deck made as the templates made them before -------
def _points(title, *items, links=False):
    """A slide of bulleted points, each (text, level, size); with ``links``, each point is a link."""
    def draw(slide):
        _box(slide, [title], top=22, size=32)
        frame = slide.shapes.add_textbox(Pt(40), Pt(130), Pt(880), Pt(360)).text_frame
        for i, (text, level, size) in enumerate(items):
            p = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
            run = p.add_run()
            run.text, run.font.size = text, Pt(size)
            run.font.color.rgb = RGBColor.from_string("222222")
            if links:
                run.hyperlink.address = "https://example.org/" + str(i)
            ppr = p._p.get_or_add_pPr()
            ppr.set("marL", str(int(Pt(22 * (level + 1)))))
            ppr.append(ppr.makeelement(qn("a:buChar"), {"char": "•"}))
    return draw


SENTENCE = "Utilities lose about one litre in five before it reaches a customer's tap"  # 14 words


def _economy(found) -> set:
    return {v.rule for v in found} & set(ECONOMY)


def _lines(found) -> set:
    return {v.rule for v in found} & set(LINES)


def test_words_per_slide(tmp_path):
    """More than 75 words, or fewer than 15 with nothing else to show, fail; a chart, a key figure or
    a list of references may be short."""
    assert _economy(_deck(tmp_path, _points("Findings", *[(SENTENCE, 0, 20)] * 6), economy=True)) == {"words"}
    assert _economy(_deck(tmp_path, _points("Findings", ("Leakage is the cheapest new water", 0, 24)),
                          economy=True)) == {"sparse"}
    assert _economy(_deck(tmp_path, _points("Findings", *[(SENTENCE, 0, 22)] * 5), economy=True)) == set()
    assert _economy(_deck(tmp_path, _chart([3, 4]), economy=True)) == set()

    def figure(slide):
        _titled("Costs", "▶ 35:02", top=94, size=14)(slide)
        frame = _box(slide, ["27x", "cheaper to train"], size=48)
        frame.paragraphs[0].alignment = PP_ALIGN.CENTER
        frame.paragraphs[0].runs[0].font.bold = True
    assert _economy(_deck(tmp_path, figure, economy=True)) == set()
    sources = _points("Sources", ("Town hall recording", 0, 20), ("Council minutes", 0, 20), links=True)
    assert _economy(_deck(tmp_path, sources, economy=True)) == set()


def test_few_lines(tmp_path):
    """Review 12 (AMD's two buyback points, a hearing's one line and one witness): a content slide of fewer than
    three statements fails unless it carries a chart or a key figure; a line leading into the points under it
    ("Testimony from") states nothing; three statements pass."""
    two = _points("Buybacks", ("AMD returned $89 million to shareholders through share repurchases", 0, 24),
                  ("A remaining authorization of $9.4 billion under the repurchase program", 0, 24))
    assert _lines(_deck(tmp_path, two, economy=True)) == {"few-lines"}
    led = _points("Missile Defense Agency", ("Focusing on a program update of the agency's work", 0, 24),
                  ("Testimony from", 0, 24), ("Vice Admiral Jon A. Hill, Director, Missile Defense Agency", 1, 20))
    assert _lines(_deck(tmp_path, led, economy=True)) == {"few-lines"}
    three = _points("Findings", *[(SENTENCE, 0, 22)] * 3)
    assert _lines(_deck(tmp_path, three, economy=True)) == set()
    assert _lines(_deck(tmp_path, _chart([3, 4]), economy=True)) == set()


def test_report_pointer(tmp_path):
    """Review 12: "And 22 more, listed in the report" on a deck built alone points to a document the reader was not
    given; it fails in every built-in language, and "named in the speaker notes" passes."""
    items = [(SENTENCE, 0, 22)] * 3
    assert _lines(_deck(tmp_path, _points("Predictions", *items, ("And 22 more, listed in the report", 0, 22)),
                          economy=True)) == {"report-pointer"}
    assert _lines(_deck(tmp_path, _points("Prédictions", *items, ("Et 3 autres, listés dans le rapport", 0, 22)),
                          economy=True)) == {"report-pointer"}
    assert _lines(_deck(tmp_path, _points("Predictions", *items, ("And 22 more, named in the speaker notes", 0, 22)),
                          economy=True)) == set()


def test_more_line(tmp_path):
    """Review 18 finding 3: a deck slide's line that counts what it leaves out ("And 26 more", "Et 4 autres", "ועוד 29",
    "另有 4 个", or at the end of an "Also discussed" line) reads as a presenter who did not finish: it fails in every
    built-in language; a point that says "more" in its own sentence passes."""
    items = [(SENTENCE, 0, 22)] * 3
    for line in ("And 26 more", "And 1 more", "Et 4 autres", "Et 1 autre", "ועוד 29", "另有 4 个", "Und 3 weitere",
                 "Also discussed: Remix, Vite 6 and 3 more", "另外还讨论了: 内容简介, 分享信息，另有 3 个"):
        assert _lines(_deck(tmp_path, _points("Predictions", *items, (line, 0, 22)), economy=True)) == {"more-line"}, line
    for line in ("Free cash flow more than tripled.", "Revenue grew 3 more points than costs", "And more"):
        assert _lines(_deck(tmp_path, _points("Results", *items, (line, 0, 22)), economy=True)) == set(), line


def _at(moment, *paragraphs):
    def draw(slide):
        _titled("Part", "▶ " + moment, top=94, size=14)(slide)
        _box(slide, list(paragraphs) or [SENTENCE, SENTENCE])
    return draw


def test_lone_section(tmp_path):
    """A divider before a section of one or two slides fails (the technical deck's "Part 2" before its
    one slide; the default technical deck's three "Part N" before a points slide and a chart); before
    three slides of its moment it is fine (issue #21 rule 3c)."""
    def divider(moment):
        return lambda slide: _box(slide, ["Part", "▶ " + moment], top=200, color="000000")
    found = _deck(tmp_path, divider("13:28"), _at("13:28"), divider("20:00"), _at("20:00"), _at("20:00"),
                  divider("35:02"), _at("35:02"), _at("35:02"), _at("35:02"), layouts=(2, 6, 2, 6, 6, 2, 6, 6, 6),
                  economy=True)
    assert [(v.rule, v.slide) for v in found if v.rule in ECONOMY] == [("lone-section", 1), ("lone-section", 3)]


def test_type_scale(tmp_path):
    """Sizes chosen slide by slide (24, 22 and 20 pt first-level points in one deck; 19.8 pt under 22)
    fail; one size for points and one for lists, sub-points a step smaller, pass."""
    before = _deck(tmp_path, _points("A", (SENTENCE, 0, 24), (SENTENCE, 1, 21.6)),
                   _points("B", (SENTENCE, 0, 22), (SENTENCE, 1, 19.8)), _points("C", (SENTENCE, 0, 20), (SENTENCE, 1, 18)),
                   economy=True)
    assert [(v.rule, v.slide) for v in before if v.rule in ECONOMY] == [
        ("type-scale", 1), ("type-scale", 2), ("type-scale", 3)]
    assert "19.8 pt under 22 pt" in before[1].detail and "[20.0, 22.0, 24.0]" in before[2].detail
    after = _deck(tmp_path, _points("A", (SENTENCE, 0, 22), (SENTENCE, 1, 18), (SENTENCE, 2, 18)),
                  _points("B", (SENTENCE, 0, 22), (SENTENCE, 1, 18)), _points("C", (SENTENCE, 0, 20), (SENTENCE, 0, 20)),
                  economy=True)
    assert _economy(after) == set()
    assert _economy(_deck(tmp_path, _points("A", (SENTENCE, 0, 20), (SENTENCE, 1, 20)), economy=True)) == {"type-scale"}


def test_repeated_figure(tmp_path):
    """A key figure said again as a point on another slide fails (the executive deck's 200,000 GPUs: the
    point shares "GPUs" with its label); another fact with the same value does not."""
    def grid(slide):
        _titled("In numbers", "▶ 3:45:59", top=94, size=14)(slide)
        frame = _box(slide, ["200,000", "GPUs in the largest cluster"], size=48)
        frame.paragraphs[0].alignment = PP_ALIGN.CENTER
        frame.paragraphs[0].runs[0].font.bold = True
    again = _at("3:50:00", "xAI: 200,000 GPUs in Memphis", SENTENCE)
    found = _deck(tmp_path, grid, again, economy=True)
    assert [(v.rule, v.slide) for v in found if v.rule in ECONOMY] == [("repeated-figure", 1)]
    other = _at("3:50:00", "xAI plans 1,200,000 GPUs, not 200,000.5 or 200,000x", SENTENCE)
    assert _economy(_deck(tmp_path, grid, other, economy=True)) == set()
    another = _at("3:50:00", "Memphis welcomed 200,000 visitors to its music festival", SENTENCE)
    assert _economy(_deck(tmp_path, grid, another, economy=True)) == set()  # another fact, the same value


def test_slide_count(tmp_path):
    """An executive deck (by its name, or as told) has at most 12 slides; other audiences' are not counted."""
    slides = [_points("A", (SENTENCE, 0, 20), (SENTENCE, 0, 20))] * 13
    assert _economy(_deck(tmp_path, *slides, economy=True, name="notes-executive")) == {"slide-count"}
    assert _economy(_deck(tmp_path, *slides[:12], economy=True, name="notes-executive")) == set()
    assert _economy(_deck(tmp_path, *slides, economy=True, name="notes-technical")) == set()
    assert _economy(_deck(tmp_path, *slides, economy=True, audience="executive")) == {"slide-count"}


def _timeline(lengths):
    def draw(slide):
        _titled("The topics in time order")(slide)
        data = CategoryChartData()
        data.categories = [f"Topic {i}" for i in range(len(lengths))]
        data.add_series("start", [i / 100 for i in range(len(lengths))])
        data.add_series("Topic", lengths)
        chart = slide.shapes.add_chart(XL_CHART_TYPE.BAR_STACKED, Pt(40), Pt(130), Pt(800), Pt(360), data).chart
        chart.plots[0].series[0].format.fill.background()  # the invisible offset of each bar
        chart.value_axis.minimum_scale = 0
        chart.value_axis.tick_labels.number_format = "[h]:mm"
        chart.value_axis.tick_labels.number_format_is_linked = False
    return draw


def test_timeline_bars(tmp_path):
    """A timeline whose last topic has a label and no bar, or of fewer than three topics, fails."""
    assert _economy(_deck(tmp_path, _timeline([0.01, 0.02, 0]), economy=True)) == {"timeline-bars"}
    assert _economy(_deck(tmp_path, _timeline([0.01, 0.02]), economy=True)) == {"timeline-bars"}
    assert _economy(_deck(tmp_path, _timeline([0.01, 0.02, 0.005]), economy=True)) == set()


def test_main_topic(tmp_path):
    """The topic that takes most of the recording must be in the deck or named (the executive deck of
    the default content dropped the one that takes half the recording)."""
    content = tmp_path / "harbour.yaml"
    content.write_text(json.dumps({
        "title": "Harbour", "sources": [{"id": "a", "name": "A", "url": "https://example.org/a", "duration": "45:00"}],
        "topics": [{"id": "d", "title": "Dredging", "at": "0:00", "points": ["p"]},
                   {"id": "f", "title": "Ferry timetable", "at": "5:00", "points": ["p"]},
                   {"id": "m", "title": "Fish market", "at": "40:00", "points": ["p"]}]}), encoding="utf-8")
    shown = _points("Dredging", (SENTENCE, 0, 20), (SENTENCE, 0, 20))
    assert _economy(_deck(tmp_path, shown, economy=True, content_file=content)) == {"main-topic"}
    named = _points("Dredging", (SENTENCE, 0, 20), ("Also discussed: Ferry timetable (5:00)", 0, 20))
    assert _economy(_deck(tmp_path, named, economy=True, content_file=content)) == set()


# -- issue #21 rules 2 and 3a: the storyline, each rule on a deck made as the templates made them before --
def _story(found) -> set:
    return {v.rule for v in found} & set(STORY)


def _kicked(kicker, title, *items):
    """A slide with a kicker above its title, then points."""
    def draw(slide):
        _box(slide, [kicker], top=8, size=14)
        _points(title, *items)(slide)
    return draw


def test_opening(tmp_path):
    """A summary slide is the second and holds two distinct statements or more (the executive deck of notes
    without takeaways opened on the guest's CV, "This conversation is part of…", and "1000th episode" thrice;
    review 14: one statement under "In brief")."""
    cover = lambda slide: _box(slide, ["Quantum Computing"], top=22, size=40)
    about = _points("About this briefing", ("Source", 0, 20))
    assert _story(_deck(tmp_path, cover, about, name="q-policy")) == set()  # (no summary: a thin one is the cover's lead)
    lone = _points("The bottom line", ("Quantum computers will not break every cipher soon.", 0, 20))
    assert _story(_deck(tmp_path, cover, lone, name="q-executive")) == {"opening"}  # (one statement: the cover's lead)
    assert _story(_deck(tmp_path, cover, about, _points("Key takeaways", (SENTENCE, 0, 20), ("Bills rise by £38 a year.", 0, 20)),
                        name="q-technical")) == {"opening"}  # (a summary after the second slide)
    cv = _points("The bottom line", ("Scott Aaronson is a professor at UT Austin", 0, 20),
                 ("This conversation is part of the Artificial Intelligence podcast.", 0, 20),
                 ("Quantum computers will not break every cipher soon.", 0, 20))
    assert _story(_deck(tmp_path, cover, cv, name="q-executive")) == {"opening"}
    again = _points("The bottom line", ("The podcast celebrates its 1000th episode", 0, 20),
                    ("1000 episodes mark seven years of growth", 0, 20), ("Hard work is core to its success.", 0, 20))
    assert _story(_deck(tmp_path, cover, again, name="q-executive")) == {"opening"}
    good = _points("The bottom line", (SENTENCE, 0, 20), ("Smart meters find leaks twice as fast.", 0, 20),
                   ("Bills rise by £38 a year.", 0, 20))
    assert _story(_deck(tmp_path, cover, good, name="q-executive")) == set()
    assert _story(_deck(tmp_path, cover, _points("The bottom line", ("x", 0, 20)), name="q-deck")) == set()  # not built-in


def test_narrating_title(tmp_path):
    """No slide is titled with a sentence that narrates ("Discussion of …": the default content's policy
    deck titled its export-controls slide so); a title that says a summary item again is allowed (the
    summary sums up the titles)."""
    cover = lambda slide: _box(slide, ["Water"], top=22, size=40)
    summary = _points("The bottom line", ("Hosepipe bans work but arrive late (1:02:30)", 0, 20),
                      ("Meters find leaks twice as fast.", 0, 20), ("Bills rise by £38 a year.", 0, 20))
    again = _kicked("Drought Restrictions", "Hosepipe bans work but arrive late", (SENTENCE, 0, 20))
    assert "narrating-title" not in _story(_deck(tmp_path, cover, summary, again, name="w-executive"))
    told = _kicked("Drought Restrictions", "Discussion of drought restrictions in the south", (SENTENCE, 0, 20))
    assert "narrating-title" in _story(_deck(tmp_path, cover, summary, told, name="w-executive"))
    french = _kicked("Restrictions", "Discussion sur les restrictions dans le sud du pays", (SENTENCE, 0, 20))
    assert "narrating-title" in _story(_deck(tmp_path, cover, summary, french, name="w-executive"))


def test_count_title(tmp_path):
    """No slide is titled by a count of its items or a topic's running time (review 14: "14 chapters", "10
    chapters, 7 on quantum", "The longest topic, TSMC…, takes 125 of 302 minutes"); a sentence of what the
    items are about is fine."""
    cover = lambda slide: _box(slide, ["Water"], top=22, size=40)
    summary = _points("The bottom line", ("Hosepipe bans work but arrive late (1:02:30)", 0, 20),
                      ("Meters find leaks twice as fast.", 0, 20), ("Bills rise by £38 a year.", 0, 20))
    for title in ("14 chapters", "10 chapters, 7 on quantum", "The longest topic, Leaks, takes 125 of 302 minutes"):
        listed = _points(title, ("Leaks (1:00)", 0, 20), ("Meters (2:00)", 0, 20), ("Bills (3:00)", 0, 20))
        assert "count-title" in _story(_deck(tmp_path, cover, summary, listed, name="w-policy")), title
    listed = _points("Most chapters are about leaks", ("Leaks (1:00)", 0, 20), ("Leak meters (2:00)", 0, 20))
    assert "count-title" not in _story(_deck(tmp_path, cover, summary, listed, name="w-policy"))


def test_close(tmp_path):
    """A deck of three topic slides or more ends on its point or its evidence, then the sources, never
    on a list of chapters."""
    cover = lambda slide: _box(slide, ["Water"], top=22, size=40)
    summary = _points("The bottom line", (SENTENCE, 0, 20), ("Meters find leaks twice as fast.", 0, 20),
                      ("Bills rise by £38 a year.", 0, 20))
    topics = [_kicked(f"Topic {i}", f"Point {i} of the deck is stated here", (SENTENCE, 0, 20)) for i in range(3)]
    sources = _points("Sources", ("Board meeting", 0, 20))
    chapters = _points("Chapters", ("Opening (0:00)", 0, 20), ("Leaks (4:00)", 0, 20))
    assert _story(_deck(tmp_path, cover, summary, *topics, chapters, sources, name="w-executive")) == {"close"}
    # (no close: the deck ends on its evidence, better than the summary said again)
    assert _story(_deck(tmp_path, cover, summary, *topics, sources, name="w-executive")) == set()
    close = _points("What it means", (SENTENCE, 0, 20))
    assert _story(_deck(tmp_path, cover, summary, *topics, close, sources, name="w-executive")) == set()
    assert _story(_deck(tmp_path, cover, summary, *topics[:2], sources, name="w-executive")) == set()


def test_heading_title(tmp_path):
    """A slide titled with the heading of a topic that states something fails (every title of real notes
    was a heading: "Key Financial Results" over "Revenue grew 36% year-over-year to $9.2 billion.")."""
    content = tmp_path / "amd.yaml"
    content.write_text(json.dumps({"title": "AMD", "sources": [{"id": "a", "name": "A"}], "topics": [
        {"id": "r", "title": "Key Financial Results", "points": ["Revenue grew 36% year-over-year to $9.2 billion.",
                                                                 "Free cash flow more than tripled."]}]}), encoding="utf-8")
    cover = lambda slide: _box(slide, ["AMD"], top=22, size=40)
    heading = _points("Key Financial Results", ("Free cash flow more than tripled.", 0, 20))
    found = _deck(tmp_path, cover, heading, name="amd-technical", content_file=content)
    assert [v.rule for v in found if v.rule == "heading-title"] == ["heading-title"]
    stated = _kicked("Key Financial Results", "Revenue grew 36% year-over-year to $9.2 billion.",
                     ("Free cash flow more than tripled.", 0, 20))
    assert "heading-title" not in _story(_deck(tmp_path, cover, stated, name="amd-technical", content_file=content))
def _grid(*figures):
    """A slide of key figures (value, label), centred and bold as the deck draws a grid."""
    def draw(slide):
        _titled("In numbers", "▶ 3:45:59", top=94, size=14)(slide)
        for i, (value, label) in enumerate(figures):
            frame = slide.shapes.add_textbox(Pt(40 + 220 * i), Pt(160), Pt(200), Pt(200)).text_frame
            frame.paragraphs[0].text = value
            frame.paragraphs[0].alignment = PP_ALIGN.CENTER
            frame.paragraphs[0].runs[0].font.bold = True
            frame.paragraphs[0].runs[0].font.size = Pt(40)
            frame.add_paragraph().text = label
            frame.paragraphs[1].runs[0].font.size = Pt(18)
    return draw


LONG = ("Committee on Commerce: the subcommittee concluded a hearing to examine curbing scams, focusing on warning "
        "consumers about frauds, after receiving testimony from Daniel Kaufman, Acting Director, Bureau of Consumer "
        "Protection, Federal Trade Commission; Cynthia L. Alexander, Consumer Protection Division, Seattle, Washington")
# (43 words)


def test_long_point(tmp_path):
    """A point of more than 40 words fails (the hearing digest's slides of one 80-word point, issue #21
    rule 3b); the same words as a point with its clauses under it pass."""
    assert _economy(_deck(tmp_path, _points("Hearing", (LONG, 0, 20)), economy=True)) == {"long-point"}
    lead, rest = LONG.split(" after receiving ")
    split = _points("Hearing", (lead, 0, 20), ("after receiving " + rest, 1, 18))
    assert _economy(_deck(tmp_path, split, economy=True)) == set()


def test_figure_order(tmp_path):
    """A grid led by a smaller figure of its kind, or by a bare number before money, fails (the
    earnings call's grid led by a $89 million buyback beside $9.4 billion, issue #21 rule 1)."""
    buyback = ("$89 million", "returned through buybacks")
    authorised = ("$9.4 billion", "authorised for buybacks")
    assert _economy(_deck(tmp_path, _grid(buyback, authorised), economy=True)) == {"figure-order"}
    assert _economy(_deck(tmp_path, _grid(authorised, buyback), economy=True)) == set()
    assert _economy(_deck(tmp_path, _grid(("4,000 staff", "hired"), ("31%", "net income growth")),
                          economy=True)) == {"figure-order"}


def test_lost_number_and_key_figure(tmp_path):
    """A point cut to its prose without its number fails; so does a deck without the content's
    weightiest figure (issue #21 rule 1: the earnings call's deck left its 54% gross margin out)."""
    content = tmp_path / "results.yaml"
    content.write_text(json.dumps({
        "title": "Results", "sources": [{"id": "a", "name": "A"}],
        "topics": [{"id": "r", "title": "Results", "points": [
            "Spectacular results after the migration: replicas cut from 43 to 12, CPUs from 15 to 5"],
            "figures": [{"value": "54%", "label": "gross margin"}]},
            {"id": "b", "title": "Buybacks", "points": ["p"], "figures": [{"value": "$89 million", "label": "returned"}]}]}),
        encoding="utf-8")
    cut = _points("Results", ("Spectacular results after the migration", 0, 20), (SENTENCE, 0, 20))
    assert _economy(_deck(tmp_path, cut, _grid(("54%", "gross margin")), economy=True, content_file=content)) \
        == {"lost-number"}
    kept = _points("Results", ("Replicas cut from 43 to 12, CPUs from 15 to 5", 0, 20), (SENTENCE, 0, 20))
    assert _economy(_deck(tmp_path, kept, _grid(("54%", "gross margin")), economy=True, content_file=content)) == set()
    assert _economy(_deck(tmp_path, kept, _grid(("$89 million", "returned")), economy=True, content_file=content)) \
        == {"key-figure"}


# -- the built-in audiences, on the default content and on unseen notes -----------------------
@pytest.fixture(scope="module")
def violations(tmp_path_factory) -> dict:
    """(content, audience) -> the violations of its deck; the fixtures go through `briefing import`."""
    from generator.build import build

    folder = tmp_path_factory.mktemp("presentable")
    paths = {"default": DEFAULT}
    for name in CONTENTS[1:]:
        result = CliRunner().invoke(main, ["import", str(FIXTURES / f"{name}.txt"), "-o", str(folder / f"{name}.yaml")])
        assert result.exit_code == 0, result.output
        paths[name] = folder / f"{name}.yaml"
    build(list(paths.values()), formats=["pptx"], output=folder)
    return {(name, a): check(folder / f"{path.stem}-{a}.pptx", a, path) for name, path in paths.items() for a in AUDIENCES}


# What the built-in decks still fail (issue #21 §4: a figure said again as a point or a chart of another
# slide; a slide of one short item, such as a one-quote slide or an 'Also discussed' line alone): strict,
# so that each shows as XPASS, to be taken off this list, when it holds. No rule is loosened for them.
STORYLINE: set[tuple[str, str, str]] = {  # (committee-hearing's sparse was its sources slide: gone)
    # review 12 finding 5a: a topic slide of one point and one sub-point ("Abstraction for irrigation:" over
    # "South: 95 million litres a day"), with no neighbour of its topic to join
    # (the executive's holds since review 16: the union's point, which no other line backs, stays under its title;
    # the policy deck's since review 20: its slides follow the summary and its About slide left, h-default9)
    ("committee-hearing", "technical", "few-lines")}
# (panel-chapters' one-line bottom line, "The notes list chapters…", is gone: the list says so under its title)


def _case(content: str, audience: str, rule: str):
    marks = [pytest.mark.xfail(strict=True, reason="#21 §4: not yet")] if (content, audience, rule) in STORYLINE else []
    return pytest.param(content, audience, rule, id=f"{content}-{audience}-{rule}", marks=marks)


@pytest.mark.parametrize("content,audience,rule",
                         [_case(c, a, r) for c in CONTENTS for a in AUDIENCES for r in RULES + ECONOMY + STORY + LINES])
def test_built_in_decks_are_presentable(violations, content, audience, rule):
    assert [v for v in violations[(content, audience)] if v.rule == rule] == []


def test_a_long_table_of_short_columns_breaks_no_word_and_continues_evenly(tmp_path):
    """Columns as wide as their longest word; a table over two slides is split in halves, not
    filled to the brim and left with a row or two."""
    from generator.build import build

    rows = [[f"Northfield and Carrow district {i}", str(i * 7), f"{i * 40} MW",
             "Substation upgrade with new transformers and a " "second feeder line " * (1 + i % 2)] for i in range(1, 10)]
    points = ["Nine districts get new substations over two phases", "The first phase starts in the spring",
              "Outages are announced a week ahead"]
    table = {"id": "t", "title": "Upgrades by district", "columns": ["District", "Projects", "Capacity", "Status and notes"],
             "rows": rows}
    content = {"title": "Grid Upgrades", "sources": [{"id": "a", "name": "Board meeting", "url": "https://example.org/b"}],
               "topics": [{"id": "grid", "title": "Grid", "at": "2:00", "points": points, "tables": [table]}]}
    path = tmp_path / "grid.yaml"
    path.write_text(json.dumps(content), encoding="utf-8")
    build([path], audiences=["technical"], formats=["pptx"], output=tmp_path)
    deck = tmp_path / "grid-technical.pptx"
    assert [v for v in check(deck) if v.rule in ("broken-word", "near-empty")] == []
    counts = [len(shape.table.rows) - 1 for slide in Presentation(str(deck)).slides for shape in slide.shapes
              if shape.has_table]
    assert len(counts) == 2 and abs(counts[0] - counts[1]) <= 1, counts
