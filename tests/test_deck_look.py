"""A deck a presenter can use as it is: body text at a readable size, every label and link at
WCAG AA contrast against what is behind it, charts in the audience's colours and the deck's
theme part carrying them, a workbook that keeps the chart right when edited.

Colours are resolved from the XML the way a viewer draws them: a run's own colour, a link in
the theme's hyperlink colour (through the slide's colour map), a label against its bar or slice.
"""
from __future__ import annotations

import io

import openpyxl
import pytest
from lxml import etree
from pptx import Presentation

from generator.build import build
from generator.contrast import ratio, required
from tests.conftest import AUDIENCES

A = "http://schemas.openxmlformats.org/drawingml/2006/main"
C = "http://schemas.openxmlformats.org/drawingml/2006/chart"
P = "http://schemas.openxmlformats.org/presentationml/2006/main"
NS = {"a": A, "c": C, "p": P}
BODY_TOP, FOOT_TOP = 121, 509  # points: the body area of a content slide

OWN = """\
title: Harbour Renewal Briefing
sources:
  - {id: talk, name: Council meeting, url: 'https://example.org/meeting', deep_link: fragment, duration: 2:10:00}
takeaways:
  - Ferry capacity doubles once the second berth opens in the spring, according to the port authority
  - The harbour wall repair is funded for three years from the regional infrastructure budget
  - Fishing permits move to an online system, with paper forms still accepted at the harbour office
  - Residents asked for quieter night work; contractors agreed to stop pile driving after eight
  - The new fish market building keeps the old facade and adds a public roof terrace over the quay
  - Parking near the quay drops by forty spaces, replaced by a shuttle from the station every ten minutes
  - Storm surge defences are raised by half a metre along the whole northern promenade and the slipway
  - Cruise ship visits are capped at two a week during the summer season to limit congestion in town
  - The sailing school gets a permanent pontoon and storage sheds beside the lifeboat station
  - Water quality monitoring becomes continuous, with readings published online every hour
  - Local businesses on the quay are compensated for the months of closure during the works
  - A heritage trail with twelve plaques tells the harbour's history from the medieval fish trade on
  - The lifeboat station stays open throughout the works, with a temporary slipway at the east beach
  - Night lighting on the quay switches to warm low-glare lamps that spare the nesting birds on the wall
  - Ticket prices for the ferry stay frozen for two years while the new berth pays for itself
  - A citizens' panel meets every quarter to review progress and publishes its minutes online
  - The old crane is restored as a landmark and lit at night, paid for by a heritage lottery grant
  - Bus routes to the harbour are rerouted during the works, with extra stops on the coast road
topics:
  - id: ferries
    title: Ferry capacity
    at: 4:10
    points: [Second berth opens in spring]
    charts:
      - id: passengers
        title: Passengers a year
        unit: passengers
        kind: bar
        categories: [Today, After the berth, Planned peak]
        series: [{name: Passengers, values: ['1200000', '~2,400,000', '2,500,000-3,100,000']}]
      - id: berths
        title: Berth use
        kind: doughnut
        categories: [Maintenance, Ferries]
        series: [{name: Hours, values: [3, 97]}]
  - id: wall
    title: Harbour wall
    at: 38:00
    points: [Repair funded for three years]
    tables: [{id: t, title: Phases, columns: [Phase, Years], rows: [[Survey, '2025'], [Repair, 2026-2028]]}]
  - id: market
    title: Fish market
    at: 1:22:45
    points: [Old facade kept, roof terrace added]
"""


def _xml(part) -> etree._Element:
    return etree.fromstring(part.blob)


def _theme(prs) -> dict:
    """The colour slots of the deck's theme part."""
    master = prs.slide_masters[0].part
    theme = next(r.target_part for r in master.rels.values() if r.reltype.endswith("/theme"))
    scheme = _xml(theme).find(".//a:clrScheme", NS)
    return {slot.tag.split("}")[1]: slot[0].get("val") for slot in scheme}


def _dark(slide) -> str | None:
    """The colour of a slide's own background (title and section slides), or None."""
    fill = slide._element.find("p:cSld/p:bg/p:bgPr/a:solidFill/a:srgbClr", NS)
    return fill.get("val") if fill is not None else None


def _runs(slide):
    """(shape, run element) of every text run on a slide, table cells included."""
    for shape in slide.shapes:
        for r in _xml_of(shape).iter(f"{{{A}}}r"):
            yield shape, r


def _xml_of(shape):
    return shape._element


def _drawn_colour(run, theme: dict, slide) -> str:
    """The colour a viewer draws a run in: a link's in the theme's link colour as the slide maps it."""
    if run.find("a:rPr/a:hlinkClick", NS) is not None:
        mapping = slide._element.find(".//a:overrideClrMapping", NS)
        slot = mapping.get("hlink") if mapping is not None else "hlink"
        return theme[slot]
    return run.find("a:rPr/a:solidFill/a:srgbClr", NS).get("val")


def _size(run) -> float:
    return int(run.find("a:rPr", NS).get("sz")) / 100


@pytest.fixture(scope="module")
def own(tmp_path_factory):
    """Decks for every built-in audience from content written for these tests (not the default)."""
    out = tmp_path_factory.mktemp("own")
    (out / "harbour.yaml").write_text(OWN, encoding="utf-8")
    build([out / "harbour.yaml"], formats=["pptx"], output=out)
    return out


@pytest.fixture(scope="module")
def pale(tmp_path_factory):
    """A deck whose audience chose pale colours (a yellow primary, a light accent and muted grey)."""
    out = tmp_path_factory.mktemp("pale")
    folder = out / "audiences" / "pale"
    folder.mkdir(parents=True)
    (folder / "audience.yaml").write_text("description: test\nextends: technical\n", encoding="utf-8")
    (folder / "theme.yaml").write_text("primary: F4D35E\naccent: FFE066\ntext: '555555'\nmuted: AAAAAA\n", encoding="utf-8")
    (out / "harbour.yaml").write_text(OWN, encoding="utf-8")
    build([out / "harbour.yaml"], audiences=["pale"], formats=["pptx"], output=out, templates=[out / "audiences"])
    return Presentation(str(out / "harbour-pale.pptx"))


def _decks(built, own):
    return [Presentation(str(built / f"deepseek-{a}.pptx")) for a in AUDIENCES] + \
           [Presentation(str(own / f"harbour-{a}.pptx")) for a in AUDIENCES]


def test_body_text_on_content_slides_is_never_below_18_pt(built, own):
    for prs in _decks(built, own):
        for number, slide in enumerate(prs.slides, 1):
            if _dark(slide):
                continue
            for shape, run in _runs(slide):
                text = "".join(shape.text_frame.text if shape.has_text_frame else "")
                if BODY_TOP * 12700 <= shape.top < FOOT_TOP * 12700 and not text.startswith("▶"):
                    assert _size(run) >= 18, (number, run.findtext("a:t", namespaces=NS), _size(run))


def test_takeaways_that_need_two_slides_are_split_at_full_size_into_balanced_halves(tmp_path):
    """An audience that shows every word (max_words: 0) gets long takeaways over two slides."""
    folder = tmp_path / "audiences" / "whole"
    folder.mkdir(parents=True)
    (folder / "audience.yaml").write_text("extends: technical\nbudget: {max_words: 0}\n", encoding="utf-8")
    (folder / "document.yaml.j2").write_text(  # the takeaways whole, not the summary of statements
        '{% extends "technical/document.yaml.j2" %}\n{% block summary %}\n'
        '{% set heading, limit, depth = words.key_takeaways, 0, 3 %}\n{% include "slides/takeaways.yaml.j2" %}\n'
        '{% endblock %}\n', encoding="utf-8")
    (tmp_path / "harbour.yaml").write_text(OWN, encoding="utf-8")
    build([tmp_path / "harbour.yaml"], audiences=["whole"], formats=["pptx"], output=tmp_path,
          templates=[tmp_path / "audiences"])
    prs = Presentation(str(tmp_path / "harbour-whole.pptx"))
    titles = [next((sh.text_frame.text for sh in s.shapes if sh.has_text_frame and sh.text_frame.text), "")
              for s in prs.slides]
    first = titles.index("Key takeaways")
    assert titles[first + 1] == "Key takeaways (cont.)" and titles[first + 2] != "Key takeaways (cont. 3)"
    halves = []
    for slide in list(prs.slides)[first:first + 2]:
        body = next(sh for sh in slide.shapes if sh.has_text_frame and sh.top == BODY_TOP * 12700 + 12700)
        top_level = [r for p in _xml_of(body).iterfind(".//a:p", NS) if p.find("a:pPr", NS).get("marL") == "279400"
                     for r in p.iterfind("a:r", NS)]
        halves.append(({_size(r) for r in top_level}, len(body.text_frame.paragraphs)))
    (first_sizes, n1), (second_sizes, n2) = halves
    assert first_sizes == second_sizes and min(first_sizes) > 18, halves  # split before shrinking to the floor
    assert abs(n1 - n2) <= 2, halves  # balanced: neither half nearly empty


def _chart_parts(prs):
    return [p for p in prs.part.package.iter_parts() if p.partname.startswith("/ppt/charts/")]


def _label_contrasts(chart, background="FFFFFF"):
    """(label, its colour, what is behind it) for every data label a chart shows."""
    kind = chart.find(".//c:plotArea", NS)[1].tag.split("}")[1]
    for ser in chart.iterfind(".//c:ser", NS):
        bar = ser.find("c:spPr/a:solidFill/a:srgbClr", NS)
        slices = {int(d.find("c:idx", NS).get("val")): d.find(".//a:srgbClr", NS).get("val")
                  for d in ser.iterfind("c:dPt", NS)}
        for label in ser.iterfind("c:dLbls/c:dLbl", NS):
            if label.find("c:delete", NS) is not None:
                continue
            j = int(label.find("c:idx", NS).get("val"))
            colour = label.find(".//a:rPr/a:solidFill/a:srgbClr", NS)
            colour = colour if colour is not None else label.find(".//a:defRPr/a:solidFill/a:srgbClr", NS)
            position = label.find("c:dLblPos", NS)
            inside = (position is not None and position.get("val") in ("inBase", "inEnd", "ctr")) or (
                kind == "doughnutChart" and label.find("c:layout/c:manualLayout", NS) is None)
            behind = (slices.get(j) or bar.get("val")) if inside else background
            yield j, colour.get("val"), behind


def test_every_chart_label_meets_aa_against_its_bar_slice_or_background(built, own, pale):
    seen = 0
    for prs in _decks(built, own) + [pale]:
        for part in _chart_parts(prs):
            for j, colour, behind in _label_contrasts(_xml(part)):
                seen += 1
                assert ratio(colour, behind) >= 4.5, (part.partname, j, colour, behind)
            for axis in _xml(part).iterfind(".//c:valAx", NS):  # axis numbers, on the slide
                colour = axis.find("c:txPr//a:srgbClr", NS).get("val")
                assert ratio(colour, "FFFFFF") >= 4.5
    assert seen > 20


def test_every_text_run_meets_aa_against_what_is_behind_it(built, own, pale):
    """Titles, bullets, links (in the colour a viewer draws them), footers and table cells,
    whatever colours the audience chose."""
    for prs in _decks(built, own) + [pale]:
        theme = _theme(prs)
        for number, slide in enumerate(prs.slides, 1):
            back = _dark(slide) or theme["lt1"]
            for _shape, run in _runs(slide):
                cell = run.getparent().getparent().getparent()  # a:tc holds its fill in a:tcPr
                fill = cell.find("a:tcPr/a:solidFill/a:srgbClr", NS) if cell.tag == f"{{{A}}}tc" else None
                behind = fill.get("val") if fill is not None else back
                colour = _drawn_colour(run, theme, slide)
                bold = run.find("a:rPr", NS).get("b") == "1"
                assert ratio(colour, behind) >= required(_size(run), bold), (
                    number, run.findtext("a:t", namespaces=NS), colour, behind)


def test_axis_numbers_have_thousands_separators_and_the_timeline_is_on_a_clock(built):
    for part in _chart_parts(Presentation(str(built / "deepseek-technical.pptx"))):
        for axis in _xml(part).iterfind(".//c:valAx", NS):
            code = axis.find("c:numFmt", NS).get("formatCode")
            assert code.startswith("#,##0") or code == "[h]:mm", code


def _fills(prs) -> set:
    out = set()
    for part in _chart_parts(prs):
        for ser in _xml(part).iterfind(".//c:ser", NS):
            out |= {c.get("val") for c in ser.iterfind("c:spPr/a:solidFill/a:srgbClr", NS)}
            out |= {c.get("val") for c in ser.iterfind("c:dPt//a:srgbClr", NS)}
    return out


def test_the_policy_deck_draws_its_charts_in_the_policy_theme(built):
    from generator.audiences import load_audience

    from generator.chart_plans import plan_fill

    theme = load_audience("policy").theme
    palette = theme["palette"]
    fills = _fills(Presentation(str(built / "deepseek-policy.pptx")))
    # (a planned category's bar is its series' colour lightened: chart_plans.py)
    assert fills and fills <= set(palette) | {plan_fill(c, theme["background"]) for c in palette}, fills
    assert "3D2B56" in fills and not fills & {"1F3864", "C55A11"}  # plum, not the base navy and orange


def test_an_audience_setting_only_primary_and_accent_gets_charts_theme_and_links_in_them(tmp_path):
    folder = tmp_path / "audiences" / "harbour"
    folder.mkdir(parents=True)
    (folder / "audience.yaml").write_text("description: test\nextends: technical\n", encoding="utf-8")
    (folder / "theme.yaml").write_text("primary: 7A1F1F\naccent: 3B6E22\nheading_font: Georgia\n", encoding="utf-8")
    (tmp_path / "harbour.yaml").write_text(OWN, encoding="utf-8")
    build([tmp_path / "harbour.yaml"], audiences=["harbour"], formats=["pptx"], output=tmp_path,
          templates=[tmp_path / "audiences"])
    prs = Presentation(str(tmp_path / "harbour-harbour.pptx"))
    assert {"7A1F1F", "3B6E22"} <= _fills(prs)
    theme = _theme(prs)
    assert theme["dk2"] == "7A1F1F" and theme["accent1"] == "7A1F1F" and theme["accent2"] == "3B6E22"
    assert ratio(theme["hlink"], theme["lt1"]) >= 4.5  # links read on the slides
    master = prs.slide_masters[0].part
    theme_xml = next(r.target_part for r in master.rels.values() if r.reltype.endswith("/theme")).blob
    assert b'<a:majorFont><a:latin typeface="Georgia"' in theme_xml


def test_the_range_bar_workbook_holds_the_data_as_stated(own):
    prs = Presentation(str(own / "harbour-technical.pptx"))
    chart = next(s.chart for slide in prs.slides for s in slide.shapes
                 if s.has_chart and str(s.chart.plots[0].categories[0]).startswith("Today"))
    sheet = openpyxl.load_workbook(io.BytesIO(chart.part.chart_workbook.xlsx_part.blob))["Sheet1"]
    rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    head = rows[0]
    by = {name: [r[head.index(name)] for r in rows[1:]] for name in head[1:]}
    assert by["Passengers: from"] == [None, None, 2500000]
    assert by["Passengers"] == [1200000, 2400000, 3100000]
    assert by["Passengers: approximate"] == [None, True, None]
    formulas = openpyxl.load_workbook(io.BytesIO(chart.part.chart_workbook.xlsx_part.blob), data_only=False)["Sheet1"]
    length = [c for c in formulas[1] if c.value == "Passengers: bar length"][0].column_letter
    assert str(formulas[f"{length}4"].value).startswith("=")  # the bar follows the range when it is edited


def test_the_timeline_ends_at_the_source_duration_or_where_the_last_topic_starts(tmp_path, own):
    prs = Presentation(str(own / "harbour-technical.pptx"))
    timeline = next(s.chart for slide in prs.slides for s in slide.shapes
                    if s.has_chart and "Fish market" in str(s.chart.plots[0].categories[-1]))
    assert str(timeline.plots[0].categories[-1]).endswith("(1:22:45–2:10:00)")  # the source is 2:10:00 long
    undated = OWN.replace(", duration: 2:10:00", "")
    (tmp_path / "undated.yaml").write_text(undated, encoding="utf-8")
    build([tmp_path / "undated.yaml"], audiences=["technical"], formats=["pptx"], output=tmp_path)
    prs = Presentation(str(tmp_path / "undated-technical.pptx"))
    timeline = next(s.chart for slide in prs.slides for s in slide.shapes
                    if s.has_chart and "Fish market" in str(s.chart.plots[0].categories[-1]))
    assert str(timeline.plots[0].categories[-1]).endswith("(from 1:22:45)")  # no invented end


def test_the_deck_theme_part_carries_each_audience_theme(built):
    from generator.audiences import load_audience

    for audience in AUDIENCES:
        want = load_audience(audience).theme
        theme = _theme(Presentation(str(built / f"deepseek-{audience}.pptx")))
        assert theme["dk2"] == want["primary"] and theme["accent1"] == want["palette"][0]
        assert theme["hlink"] != "0000FF" and ratio(theme["hlink"], "FFFFFF") >= 4.5


def test_a_report_heading_keeps_its_time_reference_with_its_title(tmp_path):
    """However a heading wraps, its time reference never starts a line: it stays with the
    title's last word, in one piece."""
    from generator.audiences import load_audience
    from generator.loader import load_content
    from generator.render import render_document
    from generator.writers.pdf.writer import PdfWriter

    long = OWN.replace("title: Fish market", "title: " + " ".join(["Fish market and the old quayside"] * 4))
    (tmp_path / "long.yaml").write_text(long, encoding="utf-8")
    doc = render_document(load_content(tmp_path / "long.yaml"), load_audience("technical"))
    writer = PdfWriter()
    writer.render(doc)
    checked = 0
    for slide in doc.slides:
        if slide.at:
            for share in range(30, 101, 2):  # at every width the report might have
                heading = writer._heading(slide.title, slide.at, 0, "key")[-1]
                heading.wrap(writer.frame_width * share / 100, 1000)
                lines = [[getattr(f, "text", f) for f in line.words] for line in heading.blPara.lines]
                checked += len(lines) > 1
                for words in lines:
                    assert not words[0].lstrip().startswith(("▶", "·", "1:22:45", "38:00", "4:10")), lines
    assert checked


def test_a_report_figure_caption_stays_on_its_figure_page(tmp_path):
    """A 40-topic timeline is the tallest figure: its caption is on the page its bars are on."""
    import subprocess

    topics = "".join(f"  - {{id: t{i}, title: Topic number {i}, at: '{i}:00', points: [Point {i}]}}\n" for i in range(1, 41))
    (tmp_path / "many.yaml").write_text(OWN.split("topics:")[0] + "topics:\n" + topics, encoding="utf-8")
    for paper in ("a4", "letter"):
        build([tmp_path / "many.yaml"], audiences=["technical"], formats=["pdf"], output=tmp_path / paper, paper=paper)
        text = subprocess.run(["pdftotext", str(tmp_path / paper / "many-technical.pdf"), "-"],
                              capture_output=True, text=True, check=True).stdout
        page = next(p for p in text.split("\f") if "Where each topic sits in the recording" in p and "Figure" in p)
        assert "Topic number 40" in page and "Topic number 1" in page
