"""Issue #14, the Document side: whole sentences, key figures, budgets that hold on any content,
thin content, the context slide, linked sources, the Markdown index — on content we did not write."""
from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner
from pptx import Presentation

from generator.audiences import load_audience
from generator.words import english
from generator.build import build
from generator.cli import main
from generator.document import Bullet
from generator.loader import load_content
from generator.words import load_words
from generator.render import render_document

from .conftest import AUDIENCES, DEFAULT, ROOT, have

FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="module")
def imported(tmp_path_factory) -> dict:
    """The two unseen notes fixtures, through `briefing import`: name -> (content path, stderr)."""
    folder = tmp_path_factory.mktemp("imported")
    out = {}
    for name in ("committee-hearing", "panel-chapters"):
        result = CliRunner().invoke(main, ["import", str(FIXTURES / f"{name}.txt"), "-o", str(folder / f"{name}.yaml")])
        assert result.exit_code == 0, result.output
        out[name] = (folder / f"{name}.yaml", result.output)
    return out


def doc(path, audience):
    return render_document(load_content(path), load_audience(audience))


def all_bullets(bullets):
    for b in bullets:
        yield b
        yield from all_bullets(b.children)


def test_dropped_sub_points_join_their_point_so_it_reads_whole():
    from generator.context import build_context
    from generator.budgets import trim_points

    summary = [Bullet(**p) for p in trim_points(build_context(load_content(DEFAULT), {}, english())["takeaways"], 0, 1)]
    texts = [b.text for b in summary]
    assert not any(t.rstrip().endswith(":") for t in texts) and all(not b.children for b in summary)
    gains = next(t for t in texts if t.startswith("Model architecture innovations"))
    assert gains.endswith("through: Mixture of Experts (MoE) architecture with high sparsity (8 of 256 experts active); "
                          "Multi-head Latent Attention (MLA) for reduced memory usage; "
                          "Low-level optimizations below the CUDA level")
    assert Bullet(text="A point that introduced others:").text == "A point that introduced others"


def test_no_built_in_slide_of_any_format_has_a_dangling_colon(imported):
    for path in (DEFAULT, imported["committee-hearing"][0]):
        for audience in AUDIENCES:
            for slide in doc(path, audience).slides:
                bullets = list(all_bullets(slide.bullets)) + [b for c in slide.columns for b in all_bullets(c.bullets)]
                assert not [b.text for b in bullets if b.text.rstrip().endswith(":") and not b.children]


FIGURES = """\
title: Budget hearing
sources: [{id: video, name: Video, url: 'https://www.youtube.com/watch?v=abc', duration: '2:00:00'}]
topics:
  - id: money
    title: Where the money goes
    at: '10:00'
    points: [Spending rises]
    figures:
      - {value: £4.2bn, label: on resilience over five years}
      - {value: £38, label: more a year on the average bill}
      - {value: 1 in 4, label: eligible households on social tariffs, at: '12:30'}
      - {value: 23%, label: of supply lost to leaks}
      - {value: 250 years, label: between pipe renewals at today's pace}
"""


def test_key_figures_come_at_most_four_to_a_slide_spread_evenly_each_time_shown_once(tmp_path):
    (tmp_path / "c.yaml").write_text(FIGURES, encoding="utf-8")
    slides = [s for s in doc(tmp_path / "c.yaml", "technical").slides if s.layout == "big_number"]
    assert [len(s.figures) for s in slides] == [3, 2]  # five: three and two, none left alone
    assert all(s.at.label == "10:00" for s in slides)
    # weightiest first (see generator.weigh): £4.2bn, 23%, £38, then 250 years and "1 in 4", whose own time shows
    assert [f.value for f in slides[0].figures] == ["£4.2bn", "23%", "£38"]
    assert [f.at.label if f.at else None for f in slides[1].figures] == [None, "12:30"]
    # (three more of other measures: labels that share a word, "figure 7", would be a measure of their own: test_grids)
    others = ((7, "alpha"), (8, "bravo"), (9, "charlie"))
    more = FIGURES + "".join(f"      - {{value: '{n}', label: {name}}}\n" for n, name in others)
    (tmp_path / "c.yaml").write_text(more, encoding="utf-8")
    assert [len(s.figures) for s in doc(tmp_path / "c.yaml", "technical").slides if s.layout == "big_number"] == [4, 4]
    build([tmp_path / "c.yaml"], audiences=["technical"], formats=["pptx"], output=tmp_path)
    prs = Presentation(str(tmp_path / "c-technical.pptx"))
    grid = next(s for s in prs.slides if "£4.2bn" in [sh.text_frame.text for sh in s.shapes if sh.has_text_frame])
    tops = {sh.top for sh in grid.shapes if sh.has_text_frame and sh.text_frame.text in ("£4.2bn", "£38", "250 years", "23%")}
    lefts = {sh.left for sh in grid.shapes if sh.has_text_frame and sh.text_frame.text in ("£4.2bn", "£38", "250 years", "23%")}
    assert len(tops) == 2 and len(lefts) == 2  # two by two


def test_executive_keeps_the_topics_the_takeaways_point_at(tmp_path):
    text = DEFAULT.read_text(encoding="utf-8")
    # takeaways that point only at the last four topics: the executive deck must follow them
    start = text.index("takeaways:")
    end = text.index("introduction:")
    moved = ("takeaways:\n  - {text: Fabs matter, at: '1:41:00'}\n  - {text: Clusters grow, at: '3:45:59'}\n"
             "  - {text: What comes next, at: '5:04:24'}\n  - {text: Controls bite, at: '1:08:52'}\n\n")
    (tmp_path / "c.yaml").write_text(text[:start] + moved + text[end:], encoding="utf-8")
    chosen = list(dict.fromkeys(s.topic for s in doc(tmp_path / "c.yaml", "executive").slides
                                if s.layout == "bullets" and s.topic))
    # the topics the takeaways point at are kept (TSMC takes most of the recording; "Controls bite" names Export
    # Controls, the introduction's "recent developments in AI" the Future of AI Development: generator/named.py); the
    # evidence follows the bottom line (evidence_order.py: "DeepSeek's models are 27x cheaper…", the heaviest
    # statement of the slides, first), then the rest by weight
    assert set(chosen) == {"tsmc", "export-controls", "future", "ai-infrastructure", "training-cost"}
    assert chosen[0] == "training-cost" and chosen.index("tsmc") < chosen.index("future"), chosen


def test_built_in_audiences_name_no_topic_of_any_content():
    ids = {t.id for t in load_content(DEFAULT).topics} | {"deepseek"}
    for path in (ROOT / "templates").rglob("*"):
        if path.is_file():
            assert not any(i in path.read_text(encoding="utf-8") for i in ids), path


def test_a_lead_that_names_no_topic_is_a_warning_naming_the_audience_file(tmp_path):
    folder = tmp_path / "board"
    folder.mkdir()
    (folder / "audience.yaml").write_text("extends: executive\nbudget: {lead: [no-such-topic, tsmc]}\n")
    warnings: list = []
    content = load_content(DEFAULT)
    document = render_document(content, load_audience("board", [tmp_path]), warnings.append)
    assert [s.topic for s in document.slides if s.layout == "bullets" and s.topic][0] == "tsmc"
    assert [str(w) for w in warnings] == [f"{folder / 'audience.yaml'}: budget lead 'no-such-topic' matches no topic "
                                          f"of '{content.title}'; it is ignored"]


def test_a_chapter_list_gets_chapters_and_a_timeline_not_title_only_slides(imported):
    path, output = imported["panel-chapters"]
    assert "warning: 12 of 12 topics have no points" in output
    for audience in AUDIENCES:
        slides = [s for s in doc(path, audience).slides if s.deck]
        timeline: list[str] = []  # (the report's only: the list gives each chapter once, chapter_list.py)
        # the chapters, their speaker notes saying the notes give their titles only (no summary slide of one line
        # that the notes state nothing: review 14's finding 3; no line of the list: review 18)
        assert [s.layout for s in slides] == ["title", "agenda", *timeline, "sources"]
        notice = load_words("en")["titles_only"]
        assert slides[1].notes.startswith(notice) and all(a.title != notice for a in slides[1].agenda), slides[1].notes
        chapters = [a.title for s in slides if s.layout == "agenda" for a in s.agenda if a.title != notice]
        # (asides out of every deck's list: reviews 5, 8 and 10)
        assert len(chapters) == 10 and "Welcome and introductions" not in chapters and "Closing remarks" not in chapters
        assert not slides[1].title[:1].isdigit() and slides[1].role == "chapters", slides[1].title  # (never "10 chapters")
        # (ten chapters of 7 to 8½ minutes: how the time is spread, not "Each chapter opens at its time in the
        # recording", true of any list: review 16)
        assert slides[1].title == "The time is spread evenly: about 8 minutes a chapter", slides[1].title


def test_a_chapter_list_handout_lists_every_chapter_and_indexes_it(imported, tmp_path):
    """The chapters are a chapter list's content: the report and the Markdown handout show them and
    index every one (the report's index was an empty table)."""
    import subprocess

    path = imported["panel-chapters"][0]
    document = doc(path, "policy")
    assert [s.title for s in document.handout_slides()][:2] == ["What policymakers should know", "Chapters"]
    assert [s.layout for s in document.handout_slides()][1:2] == ["agenda"]  # (no timeline for policy: review 18)
    assert len(document.timestamp_index()) == 12
    # (the technical report and handout index it: the policy ones have no index, review 21)
    build([path], audiences=["technical"], formats=["pdf", "md"], output=tmp_path)
    md = (tmp_path / "panel-chapters-technical.md").read_text(encoding="utf-8")
    assert "## Chapters\n" in md and " of 12" not in md and "Closing remarks" in md[md.index("## Timestamp index"):]
    text = subprocess.run(["pdftotext", str(tmp_path / "panel-chapters-technical.pdf"), "-"], capture_output=True,
                          text=True, check=True).stdout
    # the appendix (from its introduction), not its line in the contents nor a running header
    index = text[text.index("Every timestamp reference"):text.rindex("Appendix B")]
    assert "Welcome and introductions" in index and "Closing remarks" in index


def test_the_introduction_reaches_the_deck_and_the_report(imported, tmp_path):
    path = imported["committee-hearing"][0]
    build([path], audiences=["policy"], formats=["pptx", "pdf", "md"], output=tmp_path)
    prs = Presentation(str(tmp_path / "committee-hearing-policy.pptx"))
    # (the deck's About slide would list the speakers the cover names, review 20, and one reason: the report's only;
    # the cover's speaker notes say the introduction)
    shown = [" ".join(sh.text_frame.text for sh in slide.shapes if sh.has_text_frame) for slide in prs.slides]
    assert not any(text.strip().startswith("About this briefing") for text in shown)
    assert "Helen Marsh" in shown[0] and not any("Helen Marsh, Chair" in text for text in shown)
    assert "driest winter on record" in prs.slides[0].notes_slide.notes_text_frame.text
    if have("pdftotext"):
        text = subprocess.run(["pdftotext", "-layout", str(tmp_path / "committee-hearing-policy.pdf"), "-"],
                              capture_output=True, text=True, check=True).stdout
        opening = text.index("About this briefing")  # (page 1, after the summary; the contents follow it)
        assert opening < text.index("Reservoir Levels and Forecasts", opening) and "driest winter" in text[opening:]
        # (the cover names her with her role, on the same page; About does not again: review 21)
        named = "Helen Marsh, Chair of the Water Resilience Committee"
        assert named in " ".join(text[:opening].split()) and named not in " ".join(text[opening:].split())
    md = (tmp_path / "committee-hearing-policy.md").read_text(encoding="utf-8")
    # (the first topic's section, headed by its message, which the bottom line says too with its 41%)
    assert md.index("## About this briefing") < md.index("## Reservoir storage is at a ten-year low")


def test_sources_are_links_and_the_conclusion_is_no_quotation(tmp_path, imported):
    build([DEFAULT], audiences=["technical"], formats=["pptx", "md"], output=tmp_path)
    prs = Presentation(str(tmp_path / "deepseek-technical.pptx"))
    last = prs.slides[-1]
    runs = [r for sh in last.shapes if sh.has_text_frame for p in sh.text_frame.paragraphs for r in p.runs]
    content = load_content(DEFAULT)  # (review 18: each source is its title, linked, never its raw address)
    assert not [r.text for r in runs if r.text.startswith("https://")]
    linked = {r.text: r.hyperlink.address for r in runs if r.hyperlink.address}
    assert linked == {s.name: s.url for s in content.sources if s.url}, linked
    conclusion = next(s for s in doc(DEFAULT, "technical").slides  # (the report's: the deck closes on what comes next)
                      if s.role == "close" and "Conclusion" in (s.title, s.kicker))
    assert "Conclusion" in (conclusion.title, conclusion.kicker) and conclusion.layout == "bullets"
    assert not conclusion.attribution and len(conclusion.bullets) >= 2
    md = (tmp_path / "deepseek-technical.md").read_text(encoding="utf-8")
    assert "\n> " not in md and "Summary of the conversation with" not in md
    assert "- [YouTube video](https://www.youtube.com/watch?v=_1f-o0nqpEI)" in md


def test_the_report_leaves_out_the_open_in_column_when_nothing_links(tmp_path, write, minimal):
    if not have("pdftotext"):
        pytest.skip("pdftotext is not installed")
    path = write("plain.yaml", minimal.replace("    url: https://www.youtube.com/watch?v=abc\n", ""))
    build([path], audiences=["technical"], formats=["pdf"], output=tmp_path)
    text = subprocess.run(["pdftotext", str(tmp_path / "plain-technical.pdf"), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Appendix A: timestamp index" in text and "Open in" not in text and "—" not in text


def test_markdown_index_is_in_time_order_and_has_the_takeaways(tmp_path):
    build([DEFAULT], audiences=["technical"], formats=["md"], output=tmp_path)  # (the policy handout has no index)
    md = (tmp_path / "deepseek-technical.md").read_text(encoding="utf-8")
    rows = md[md.index("## Timestamp index"):md.index("## Sources")].splitlines()[4:]
    seconds = []
    for row in filter(None, rows):
        label = row.split("|")[1].strip()
        h, m, s = ([0] + [int(x) for x in label.split(":")])[-3:]
        seconds.append(3600 * h + 60 * m + s)
    assert seconds == sorted(seconds) and len(seconds) > 10
    assert any(re.search(r"\| Key takeaways: US export controls ", row) for row in rows)


def test_executives_get_each_figure_once_with_its_topic_and_its_time():
    """A topic's figures follow its points; 200,000 (a bar of the topic's chart) is not a big number
    again, nor is a point that says $50B beside the $50B figure (all stay in the report); 27x, which the
    bottom line states, shows only as the evidence of the slide whose title states it (review 14 finding 5:
    titled_figures.py); $50B is the big number of the slide whose title names what it measures ("The US funds chip
    manufacturing at home…"; review 18: under "TSMC dominates…" it was not, title_figure.py)."""
    slides = doc(DEFAULT, "executive").slides
    numbers = [s for s in slides if s.layout in ("big_number", "chart") and s.deck]
    assert [(f.value, (f.at or s.at).label) for s in numbers for f in s.figures] == [  # (in the bottom line's order)
        ("27x", "35:02"), ("2.2 GW", "3:45:59"), ("$50B", "1:41:00")]  # ($50B: the figure its title names, title_figure.py)
    # (2.2 GW, another measure than its topic's chart's, stands in a band over the chart: chart_context.py, review 21)
    assert any(f.value == "2.2 GW" for s in slides if s.deck and s.layout == "chart" for f in s.figures)
    assert any(f.value == "200,000" for s in slides if not s.deck for f in s.figures)
    deck_points = [b.text for s in slides if s.deck and s.topic == "tsmc" for g in s.bullets for b in [g, *g.children]]
    report_points = [b.text for s in slides if s.report and s.topic == "tsmc" for g in s.bullets for b in [g, *g.children]]
    assert "CHIPS Act providing $50B in subsidies" in report_points and "CHIPS Act providing $50B in subsidies" not in deck_points
    assert "$50B in US CHIPS Act subsidies" not in deck_points  # (the big number says it: not a line again)
