"""Review 18 on the default decks: each figure and list once, a policy deck within its budget, a close that says
what it means and what to watch.

Read from the session's build of the default content (conftest ``built``) and from small content written here
(another subject: a comparison whose one side is its topic's table or chart):

- the clusters (200,000 / ~128,000 / ~100,000 GPUs) show on one slide of each deck, the chart's (a side of a
  comparison that the chart plots leaves its slide: said_once._charted_side); the GPU export list shows once, as
  the list beside the impact on China, the table it says row by row in the report only (tabled_lists.py); "8 of
  256" is said on one slide;
- the policy deck keeps its budget (max_slides 12), with no agenda and no timeline (templates/policy);
- the close says what it means in three lines or more, one of them what to watch.
"""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from pptx import Presentation

from generator.audiences import load_audience
from generator.build import build

from .chart_shown import chart_shown
from .test_storyline import texts, title_of

AUDIENCES = ("executive", "policy", "technical")


def _slides(built: Path, audience: str) -> list:
    return list(Presentation(str(built / f"deepseek-{audience}.pptx")).slides)


def _shown(slide) -> str:
    """What a slide shows: its text, its charts' categories and data labels and its tables' cells (not its speaker
    notes)."""
    parts = [texts(slide)]
    for shape in slide.shapes:
        if getattr(shape, "has_chart", False) and shape.has_chart:
            parts += chart_shown(shape.chart)
        if getattr(shape, "has_table", False) and shape.has_table:
            parts += [cell.text for row in shape.table.rows for cell in row.cells]
    return "\n".join(parts)


def _saying(slides: list, *phrases: str) -> list[int]:
    """The numbers of the slides (after the cover and the summary) that show one of ``phrases``."""
    return [n for n, s in enumerate(slides, start=1) if n > 2 and any(p in _shown(s) for p in phrases)]


@pytest.mark.parametrize("audience", AUDIENCES)
def test_each_figure_and_list_shows_on_one_slide(built, audience):
    slides = _slides(built, audience)
    assert len(_saying(slides, "128,000")) == 1, (audience, _saying(slides, "128,000"))  # (the chart, not the list too)
    assert len(_saying(slides, "100,000")) == 1, (audience, _saying(slides, "100,000"))
    # (the executive's and policy's doughnut of experts, how the model works, is the report's only: chart_signals.py)
    assert len(_saying(slides, "8 of 256", "8 of its 256")) == (audience == "technical"), (
        audience, _saying(slides, "8 of 256", "8 of its 256"))
    # (the GPU list says the table row by row: the list shows, beside the impact on China; the table is the report's)
    # (the executive's six lines keep those that back the title, H100 and H20's "capabilities": review 21)
    assert len(_saying(slides, "H800")) == (audience != "executive"), (audience, _saying(slides, "H800"))
    export = next(s for s in slides if title_of(s).startswith("US export controls aim"))
    assert "Impact on China" in texts(export) and "H100 banned" in texts(export), texts(export)
    assert not any(getattr(sh, "has_table", False) and sh.has_table for s in slides for sh in s.shapes), audience


@pytest.mark.parametrize("audience", AUDIENCES)
def test_the_deck_keeps_its_audience_budget(built, audience):
    budget = load_audience(audience).config.budget
    slides = _slides(built, audience)
    if budget.max_slides:
        assert len(slides) <= budget.max_slides, (audience, [title_of(s) for s in slides])
    titles = [title_of(s) for s in slides]
    if audience == "policy":
        assert budget.max_slides == 12 and not budget.timeline, budget
        assert "Agenda" not in titles and "Where each topic sits in the recording" not in titles, titles


@pytest.mark.parametrize("audience", AUDIENCES)
def test_the_close_says_what_it_means_and_what_to_watch(built, audience):
    close = _slides(built, audience)[-2]
    lines = [line for line in texts(close).splitlines() if len(line.split()) >= 8]  # (its statements: no footer)
    if audience == "technical":  # (the notes' section on what comes next: close_watch.ahead_section, review 21)
        assert title_of(close).startswith("Multiple companies") and "Technical progress:" in texts(close)
        return
    assert title_of(close) in ("What it means", "Implications", "Conclusion"), title_of(close)
    assert len(lines) >= 3 and sum(line.startswith("Watch") for line in lines) >= 1, lines
    assert not any("suggest continued rapid progress" in line for line in lines), lines


def _content(tmp: Path, comparison: dict, extra: dict) -> Path:
    """Content on another subject: one topic of two sides (a comparison for the policy deck) with ``extra``
    (its table or chart), and a second topic so that the deck has a story."""
    topic = {"id": "ports", "title": "Port Capacity", "message": "Northern ports are running out of berth space.",
             "at": "2:00", "points": [{"text": f"{side}:", "points": items} for side, items in comparison.items()],
             **extra}
    content = {"title": "Shipping review", "sources": [{"id": "audio", "name": "Audio", "url": "https://example.org/a",
                                                        "duration": "30:00"}],
               "topics": [topic, {"id": "rail", "title": "Rail Links", "at": "12:00",
                                  "message": "Rail links decide which port grows.",
                                  "points": ["Two new lines open in 2026", "Freight trains run at night",
                                             "Transfers take a day"]}]}
    path = tmp / "shipping.yaml"
    path.write_text(yaml.safe_dump(content, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return path


def _built_slides(path: Path, audience: str) -> list:
    out = path.parent / "out"
    build([path], output=out, audiences=[audience], formats=["pptx"])
    return list(Presentation(str(out / f"{path.stem}-{audience}.pptx")).slides)


def _tables(slides: list) -> int:
    return sum(1 for s in slides for sh in s.shapes if getattr(sh, "has_table", False) and sh.has_table)


@pytest.mark.parametrize("audience", ["policy", "technical"])
def test_a_table_a_list_says_row_by_row_is_that_list(tmp_path, audience):
    """Rotterdam, Hamburg and Antwerp with their berth use, as a list of the topic and as the rows of its table:
    once on the deck, as the list beside the other side; the report keeps the table."""
    path = _content(tmp_path, {
        "Berth use": ["Rotterdam at 94% of its berths", "Hamburg at 91%", "Antwerp at 89%"],
        "Responses": ["Night shifts at the busiest terminals", "Dredging for larger ships",
                      "Slots booked a week ahead"]},
        {"tables": [{"id": "use", "title": "Berth use by port", "columns": ["Port", "Use"],
                     "rows": [["Rotterdam", "94%"], ["Hamburg", "91%"], ["Antwerp", "89%"]]}]})
    slides = _built_slides(path, audience)
    assert len(_saying(slides, "Hamburg")) == 1 and _tables(slides) == 0, [(title_of(s), _shown(s)) for s in slides]
    points = next(s for s in slides if title_of(s).startswith("Northern ports"))
    assert "Hamburg at 91%" in texts(points) and "Dredging for larger ships" in texts(points), texts(points)


@pytest.mark.parametrize("rows, items", [
    ([["Rotterdam", "94%", "+3%"], ["Hamburg", "91%", "+1%"]], ["Rotterdam at 94%", "Hamburg at 91%"]),  # (a column more)
    ([["Rotterdam", "94%"], ["Hamburg", "91%"]], ["Rotterdam is the busiest", "Most ports run near capacity"]),
])
def test_a_table_the_list_does_not_say_stays(tmp_path, rows, items):
    """A list that leaves a column of the table out, or names one row only, is no copy of it: the table stays."""
    path = _content(tmp_path, {"Berth use": items,
                               "Responses": ["Night shifts at the busiest terminals", "Dredging for larger ships"]},
                    {"tables": [{"id": "use", "title": "Berth use by port", "columns": ["Port", "Use", "Change"][
                        :len(rows[0])], "rows": rows}]})
    assert _tables(_built_slides(path, "policy")) == 1


def test_a_side_the_topic_s_chart_plots_leaves_the_policy_comparison(tmp_path):
    """The side of the three ports' containers is the chart's: the policy slide shows the other side, which the
    chart's speaker notes say (chart_context.py), and the values show once, on the chart."""
    path = _content(tmp_path, {
        "Volumes": ["Rotterdam: 13,400,000 containers", "Hamburg: 7,700,000 containers",
                    "Antwerp: 12,500,000 containers"],
        "Outlook": ["Berths are the constraint", "Expansion plans wait for permits"]},
        {"charts": [{"id": "teu", "title": "Containers by port", "kind": "bar", "unit": "containers",
                     "categories": ["Rotterdam", "Hamburg", "Antwerp"],
                     "series": [{"name": "Containers", "values": ["13,400,000", "7,700,000", "12,500,000"]}]}]})
    slides = _built_slides(path, "policy")
    assert [n for n, s in enumerate(slides, 1) if "7,700,000" in _shown(s)] == [  # (the chart's label only)
        n for n, s in enumerate(slides, 1) if any(getattr(sh, "has_chart", False) and sh.has_chart for sh in s.shapes)]
    joined = [s for s in slides if any(getattr(sh, "has_chart", False) and sh.has_chart for sh in s.shapes)]
    # (the chart alone on its slide, its speaker notes saying the other side: chart_context.py, review 20)
    assert len(joined) == 1 and "Expansion plans wait for permits" not in texts(joined[0]), [texts(s) for s in slides]
    assert "Expansion plans wait for permits" in joined[0].notes_slide.notes_text_frame.text
