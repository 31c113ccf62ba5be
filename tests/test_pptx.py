import hashlib
import re

import pytest
from pptx import Presentation
from pptx.util import Emu

from pptx.oxml.ns import qn

from tests.conftest import AUDIENCES, assert_links_into_every_source


def deck(built, audience):
    return Presentation(str(built / f"deepseek-{audience}.pptx"))


def links(prs):
    out = []
    for slide in prs.slides:
        for shape in slide.shapes:
            if shape.has_text_frame:
                for p in shape.text_frame.paragraphs:
                    out += [r.hyperlink.address for r in p.runs if r.hyperlink.address]
    return out


def charts(prs):
    return [shape.chart for slide in prs.slides for shape in slide.shapes if shape.has_chart]


@pytest.mark.parametrize("audience", AUDIENCES)
def test_deck_is_16_9_with_title_agenda_and_sources(built, audience):
    prs = deck(built, audience)
    assert (Emu(prs.slide_width).inches, Emu(prs.slide_height).inches) == pytest.approx((13.333, 7.5), abs=0.01)
    texts = [" ".join(s.text_frame.text for s in slide.shapes if s.has_text_frame) for slide in prs.slides]
    assert texts[0].strip().startswith("DeepSeek, China, OpenAI")
    if audience == "executive":  # the bottom line right after the title; who spoke is on it and in the report
        assert texts[1].strip().startswith("The bottom line") and "Dylan Patel" in texts[0]
    else:
        # the summary right after the title, then the agenda (who spoke is on the cover; the About slide, which said
        # them again with one line more, is the report's: review 20)
        assert texts[1].strip().startswith(("What policymakers should know", "Key takeaways"))
        assert not any("Dylan Patel, Founder of SemiAnalysis" in text for text in texts) and "Dylan Patel" in texts[0]
        # (the policy deck has no agenda: what policymakers should know is its map, review 18; the technical deck's is
        # the timeline of its topics, each bar named with its times: timeline_agenda.py, review 21)
        assert ("Agenda" in texts[2]) is (audience == "technical"), texts[2]
    assert texts[-1].strip().startswith("Sources") and "youtube.com/watch?v=" not in texts[-1]  # (named, not an address)
    linked = {r.text: r.hyperlink.address for s in list(prs.slides)[-1].shapes if s.has_text_frame
              for p in s.text_frame.paragraphs for r in p.runs if r.hyperlink.address}
    assert linked.get("YouTube video") == "https://www.youtube.com/watch?v=_1f-o0nqpEI", linked  # (its title linked)


KINDS = {"bar": "BAR_CLUSTERED", "column": "COLUMN_CLUSTERED", "line": "LINE_MARKERS", "pie": "PIE", "doughnut": "DOUGHNUT"}


def expected_chart(chart) -> tuple[str, list, list]:
    """A content chart as the deck must show it: (chart type, categories, values of every series);
    a chart with ranges stacks an invisible base (the low end) under the span."""
    ranged = any(q["low"] is not None for s in chart.series for q in s.values)
    if not ranged:
        return KINDS[chart.kind], list(chart.categories), [[q["value"] for q in s.values] for s in chart.series]
    values = []
    for s in chart.series:
        values.append([q["low"] if q["low"] is not None else 0 for q in s.values])
        values.append([q["high"] - q["low"] if q["low"] is not None else q["value"] for q in s.values])
    return KINDS[chart.kind].replace("CLUSTERED", "STACKED"), list(chart.categories), values


def _as_named(shown: tuple, names: list[tuple]) -> tuple:
    """The content's categories that a chart's ``shown`` ones are: each as written, or beside its range's values where
    they do not fit inside its bar ("Meta (~128,000)"), shortened ("Future clusters… (500,000–700,000)") where the
    chart stands beside its context (chart_context.py); ``shown`` itself where none are (the timeline's)."""
    def same(label: str, name: str) -> bool:
        base = re.sub(r" \(~?[\d,.]+(?:–[\d,.]+)?\)$", "", label)
        return base == name or base.endswith("…") and name.startswith(base[:-1])
    return next((n for n in names if len(n) == len(shown) and all(map(same, shown, n))), shown)


@pytest.mark.parametrize("audience", AUDIENCES)
def test_native_charts_for_clusters_experts_and_timeline(built, audience):
    """Every chart of the content and the episode's timeline is a native chart of its kind with the
    content's categories and values; the timeline places each topic from its start to the next."""
    from pptx.enum.chart import XL_CHART_TYPE

    from generator.loader import load_content
    from tests.conftest import DEFAULT

    content, prs = load_content(DEFAULT), deck(built, audience)
    names = [tuple(c.categories) for t in content.topics for c in t.charts]
    found = {_as_named(tuple(c.plots[0].categories), names): c for c in charts(prs)}
    topics = sorted(content.topics, key=lambda t: t.at)
    if audience in ("executive", "policy"):  # no timeline in the executive and policy decks; its topics' charts
        # (the doughnut of how the model works is their reports' only, chart_signals.py)
        assert sorted(found) == sorted(tuple(c.categories) for t in content.topics for c in t.charts
                                       if c.kind != "doughnut")
        return
    # the timeline: a category per topic in time order, "Title (start–end)", values in days (spreadsheet time)
    key = next(k for k in found if len(k) == len(topics) and all(c.startswith(t.title + " (") for c, t in zip(k, topics)))
    timeline = found.pop(key)
    assert timeline.chart_type == XL_CHART_TYPE.BAR_STACKED
    starts, spans = (list(s.values) for s in timeline.plots[0].series)
    ends = [a + b for a, b in zip(starts, spans)]
    episode_end = max(s.duration - s.offset for s in content.sources if s.duration) / 86400
    assert starts == pytest.approx([t.at / 86400 for t in topics], abs=1e-9)
    assert ends == pytest.approx(starts[1:] + [episode_end], abs=1e-9)
    from generator.timestamps import format_timestamp
    assert [c.rsplit(" (", 1)[1] for c in key[:-1]] == [
        f"{format_timestamp(a.at)}–{format_timestamp(b.at)})" for a, b in zip(topics, topics[1:])]
    wanted = [expected_chart(c) for t in content.topics for c in t.charts]
    assert sorted(found) == sorted(tuple(categories) for _, categories, _ in wanted)
    for kind, categories, values in wanted:
        chart = found[tuple(categories)]
        assert chart.chart_type == getattr(XL_CHART_TYPE, kind), categories
        assert [list(s.values) for s in chart.plots[0].series] == values, categories
    assert {c.part.partname for c in charts(prs)} == {  # no chart part that no slide shows
        p.partname for p in prs.part.package.iter_parts() if p.partname.startswith("/ppt/charts/")}


def test_cluster_chart_marks_approximate_values_and_the_range(built):
    prs = deck(built, "technical")
    chart = next(c for c in charts(prs) if "xAI (Memphis)" in list(c.plots[0].categories))
    xml = chart._chartSpace.xml
    for label in ("200,000", "~128,000", "~100,000", "500,000–700,000"):
        assert label in xml
    # the range is a floating bar: an invisible base at 500,000 and a visible span of 200,000
    values = [list(s.values) for s in chart.plots[0].series]
    assert values[0][3] == 500000 and values[1][3] == 200000
    assert chart.value_axis.axis_title.text_frame.text == "GPUs"


def test_chart_data_is_editable_in_its_workbook(built):
    for chart in charts(deck(built, "technical")):
        assert_workbook_holds_what_the_chart_shows(chart)


def assert_workbook_holds_what_the_chart_shows(chart):
    """Every series reads its name and values from the workbook cells its formulas name."""
    import io

    import openpyxl

    sheet = openpyxl.load_workbook(io.BytesIO(chart.part.chart_workbook.xlsx_part.blob), data_only=True)["Sheet1"]
    assert [c.value for c in sheet["A"][1:]] == list(chart.plots[0].categories)
    for ser, series in zip(chart._chartSpace.iter(qn("c:ser")), chart.plots[0].series):
        name = ser.find(f"{qn('c:tx')}/{qn('c:strRef')}/{qn('c:f')}").text.split("!")[1].replace("$", "")
        cells = ser.find(f"{qn('c:val')}/{qn('c:numRef')}/{qn('c:f')}").text.split("!")[1].replace("$", "")
        assert sheet[name].value == series.name
        days = [c.value.total_seconds() / 86400 if hasattr(c.value, "total_seconds") else c.value or 0
                for row in sheet[cells] for c in row]  # a time cell reads as a timedelta
        assert days == pytest.approx(list(series.values))


def label_text(chart, series: int, point: int) -> str | None:
    """A data label as a viewer shows it: its own text, or the value in its number format
    (with the category where it shows it), or None where the label is deleted."""
    ser = list(chart._chartSpace.iter(qn("c:ser")))[series]
    label = next(d for d in ser.iter(qn("c:dLbl")) if d.find(qn("c:idx")).get("val") == str(point))
    if label.find(qn("c:delete")) is not None:
        return None
    if label.find(qn("c:tx")) is not None:
        return "".join(t.text for t in label.iter(qn("a:t")))
    code = label.find(qn("c:numFmt")).get("formatCode")
    places = len(code.split(".")[1]) if "." in code else 0
    text = ("~" if code.startswith('"~"') else "") + f"{chart.plots[0].series[series].values[point]:,.{places}f}"
    if label.find(qn("c:showCatName")).get("val") == "1":
        text = f"{chart.plots[0].categories[point]}{label.find(qn('c:separator')).text}{text}"
    return text


def test_experts_and_timeline_charts(built):
    prs = deck(built, "technical")
    types = [str(c.chart_type) for c in charts(prs)]
    assert any("DOUGHNUT" in t for t in types)
    timeline = next(c for c in charts(prs) if c.plots[0].categories[-1].startswith("Future of AI Development"))
    starts = list(timeline.plots[0].series[0].values)
    assert starts == sorted(starts) and starts[0] == 808 / 86400  # days, as a spreadsheet counts time


@pytest.mark.parametrize("audience", AUDIENCES)
def test_timestamps_link_to_the_moment_in_each_source(built, audience):
    assert_links_into_every_source(links(deck(built, audience)))


@pytest.mark.parametrize("audience", AUDIENCES)
def test_notes_on_every_content_slide_and_unique_titles(built, audience):
    prs = deck(built, audience)
    titles = []
    for slide in prs.slides:
        assert slide.has_notes_slide and slide.notes_slide.notes_text_frame.text.strip()
        title = next(s.text_frame.text for s in slide.shapes if s.has_text_frame and s.text_frame.text.strip())
        titles.append(title)
    assert len(titles) == len(set(titles))


def test_charts_have_alt_text_from_their_data(built):
    prs = deck(built, "executive")
    frames = [sh for slide in prs.slides for sh in slide.shapes if sh.has_chart]
    descr = [f._element.nvGraphicFramePr.cNvPr.get("descr") for f in frames]
    assert any("Meta ~128,000" in d for d in descr)


def test_no_autofit_is_relied_on(built):
    prs = deck(built, "technical")
    for slide in prs.slides:
        for shape in slide.shapes:
            if shape.has_text_frame:
                assert "normAutofit" not in shape.text_frame._txBody.xml


def test_same_input_same_bytes(tmp_path, built):
    from generator.build import build
    from tests.conftest import DEFAULT

    build([DEFAULT], audiences=["executive"], formats=["pptx"], output=tmp_path)
    again = (tmp_path / "deepseek-executive.pptx").read_bytes()
    first = (built / "deepseek-executive.pptx").read_bytes()
    assert hashlib.sha256(again).digest() == hashlib.sha256(first).digest()


def test_line_chart_and_script_font_slots(tmp_path, write, minimal):
    """A line chart is a native line chart; CJK text sets the East Asian font slot, Arabic the
    complex-script slot with its paragraph marked right-to-left; Latin text sets neither. A paragraph's
    direction is its first strong character's (Unicode P2-P3, as the report's): a right-to-left mark or an
    Adlam letter first makes it right-to-left, a Roman numeral (a strong left-to-right character) first not."""
    from generator.build import build

    text = minimal.replace("    points: [First point]", (
        "    points: ['深度求索 DeepSeek', 'مرحبا بالعالم', 'Plain Latin', 'Jane Roe, مريم الحسن',\n"
        "             \"\\u200fJane Roe said so\", 'Ⅻ مريم الحسن', '\U0001e900\U0001e901 Adlam first']\n"
        "    charts:\n"
        "      - {id: trend, title: GPUs over time, kind: line, unit: GPUs, categories: ['2023', '2024', '2025'],\n"
        "         series: [{name: xAI, values: ['10,000', '100,000', '200,000']}]}\n"))
    path = write("scripts.yaml", text)
    build([path], audiences=["technical"], formats=["pptx"], output=tmp_path / "out")
    prs = Presentation(str(tmp_path / "out" / "scripts-technical.pptx"))
    chart = next(c for c in charts(prs) if list(c.plots[0].categories) == ["2023", "2024", "2025"])
    assert "LINE" in str(chart.chart_type) and list(chart.plots[0].series[0].values) == [10000, 100000, 200000]
    runs = {r.text: r for slide in prs.slides for sh in slide.shapes if sh.has_text_frame
            for p in sh.text_frame.paragraphs for r in p.runs}
    ns = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
    cjk, arabic, latin = runs["深度求索 DeepSeek"], runs["مرحبا بالعالم"], runs["Plain Latin"]
    assert cjk._r.rPr.find(f"{ns}ea") is not None and cjk._r.rPr.find(f"{ns}cs") is None
    assert arabic._r.rPr.find(f"{ns}cs") is not None and arabic._r.getparent().pPr.get("rtl") == "1"
    # aligned right, its bullet at the right margin (left-aligned, the bullet hung mid-line after the text)
    assert arabic._r.getparent().pPr.get("algn") == "r" and latin._r.getparent().pPr.get("algn") is None
    assert latin._r.rPr.find(f"{ns}ea") is None and latin._r.getparent().pPr.get("rtl") is None
    mixed = runs["Jane Roe, مريم الحسن"]  # starts with a Latin letter: a left-to-right paragraph
    assert mixed._r.rPr.find(f"{ns}cs") is not None and mixed._r.getparent().pPr.get("rtl") is None
    direction = {text: runs[text]._r.getparent().pPr.get("rtl") for text in
                 ("\u200fJane Roe said so", "Ⅻ مريم الحسن", "\U0001e900\U0001e901 Adlam first")}
    assert direction == {"\u200fJane Roe said so": "1", "Ⅻ مريم الحسن": None, "\U0001e900\U0001e901 Adlam first": "1"}


def test_a_range_after_a_right_to_left_name_keeps_its_order(tmp_path, write, minimal):
    """A value written beside its category (a range too short for its bar) after an Arabic name
    is marked left to right: without the mark bidi draws 150,000–180,000 as 180,000–150,000."""
    from generator.build import build

    text = minimal.replace("    points: [First point]", (
        "    points: [First point]\n"
        "    charts:\n"
        "      - {id: gpus, title: GPUs, kind: bar, unit: GPUs, categories: ['Meta', 'مايكروسوفت'],\n"
        "         series: [{name: GPUs, values: ['1,000,000', '150,000-180,000']}]}\n"))
    build([write("ranges.yaml", text)], audiences=["technical"], formats=["pptx"], output=tmp_path / "out")
    chart = charts(Presentation(str(tmp_path / "out" / "ranges-technical.pptx")))[0]
    assert list(chart.plots[0].categories)[1] == "مايكروسوفت \u200e(150,000–180,000)"


ZOO = """\
title: "Charts & <friends>"
sources:
  - {id: video, name: Video, url: 'https://www.youtube.com/watch?v=abc'}
topics:
  - id: a
    title: Bars
    at: 0:10
    points: ['A point']
    charts:
      - {id: c1, title: One, unit: GPUs, kind: bar, categories: [xAI, Meta, "O&A"],
         series: [{name: GPUs, values: ['200,000', '~128,000', '100000']}]}
      - {id: c2, title: Two, kind: column, categories: ['2023', '2024'],
         series: [{name: A, values: [1, 2]}, {name: B, values: [3, 4.5]}]}
      - {id: c3, title: Three, unit: $B, kind: line, categories: [Q1, Q2, Q3], series: [{name: Spend, values: [1, 2, 3]}]}
      - {id: c4, title: Four, kind: pie, categories: [H100, H800, H20], series: [{name: Share, values: [50, 30, 20]}]}
      - {id: c5, title: Five, kind: doughnut, categories: [X, Y], series: [{name: Share, values: [60, 40]}]}
      - {id: c6, title: Six, unit: GPUs, kind: bar, categories: [Now, Planned],
         series: [{name: GPUs, values: ['200,000', '500,000-700,000']}]}
      - {id: c7, title: Seven, kind: column, categories: [P, Q],
         series: [{name: N, values: ['1-2', '3']}, {name: M, values: ['2', '4-5']}]}
"""


def test_every_chart_kind_is_a_native_chart_with_its_data_labels_and_workbook(tmp_path, write):
    """Each kind opens in python-pptx as the chart it is, with the values, the labels as written,
    a legend only where there are several series or slices, no automatic title, and the data in
    its workbook; a range is a floating bar (an invisible base, then the span)."""
    from pptx.enum.chart import XL_CHART_TYPE as T

    from generator.build import build

    build([write("zoo.yaml", ZOO)], audiences=["technical"], formats=["pptx"], output=tmp_path)
    found = {tuple(c.plots[0].categories): c for c in charts(Presentation(str(tmp_path / "zoo-technical.pptx")))}
    expected = {  # categories: (type, values of every series, labels of the visible ones, legend)
        ("xAI", "Meta", "O&A"): (T.BAR_CLUSTERED, [[200000, 128000, 100000]], [["200,000", "~128,000", "100,000"]], False),
        ("2023", "2024"): (T.COLUMN_CLUSTERED, [[1, 2], [3, 4.5]], [["1", "2"], ["3", "4.5"]], True),
        ("Q1", "Q2", "Q3"): (T.LINE_MARKERS, [[1, 2, 3]], [["1", "2", "3"]], False),
        ("H100", "H800", "H20"): (T.PIE, [[50, 30, 20]], [["H100: 50", "H800: 30", "H20: 20"]], True),
        ("X", "Y"): (T.DOUGHNUT, [[60, 40]], [["X: 60", "Y: 40"]], True),
        ("Now", "Planned"): (T.BAR_STACKED, [[0, 500000], [200000, 200000]], [["200,000", "500,000–700,000"]], False),
        ("P", "Q"): (T.COLUMN_STACKED, [[1, 0], [1, 3], [0, 4], [2, 1]], [["1–2", "3"], ["2", "4–5"]], True),
    }
    assert set(found) == set(expected)  # one topic: no timeline (it needs three)
    for categories, (kind, values, labels, legend) in expected.items():
        chart = found[categories]
        series = list(chart.plots[0].series)
        assert chart.chart_type == kind, categories
        assert [list(s.values) for s in series] == values, categories
        visible = range(1, len(series), 2) if len(values) > len(labels) else range(len(series))
        assert [[label_text(chart, i, j) for j in range(len(categories))] for i in visible] == labels
        assert chart.has_legend == legend and not chart.has_title, categories
        assert chart._chartSpace.chart.autoTitleDeleted.val is True  # PowerPoint shows no series name as a title
        assert chart.font.name == "Calibri"
        if len(values) > len(labels):
            assert all(s.format.fill.type == 5 for s in series[0::2])  # MSO_FILL.BACKGROUND: the base is invisible
        assert_workbook_holds_what_the_chart_shows(chart)
    assert found[("xAI", "Meta", "O&A")].value_axis.axis_title.text_frame.text == "GPUs"
    assert found[("xAI", "Meta", "O&A")].category_axis.reverse_order  # the first bar on top
