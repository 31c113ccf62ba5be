"""The default content's three decks as review 21 read them: each fix is a rule of the generator, checked on the built
decks (python-pptx) and, where it is a general rule, on real notes fixtures too."""
from __future__ import annotations

from pptx import Presentation
from pptx.enum.chart import XL_CHART_TYPE
from pptx.util import Emu

from generator.document import Bullet

from .conftest import DEFAULT
from .notes_built import NOTES, notes_build

LEFT_OFF = {"en": "Left off the slide:", "fr": "Laissés hors de la diapositive :"}


def deck(path) -> list:
    return list(Presentation(str(path)).slides)


def default_deck(built, audience: str) -> list:
    return deck(built / f"{DEFAULT.stem}-{audience}.pptx")


def fixture_deck(name: str, audience: str) -> list:
    made = notes_build(NOTES / name, formats=("pptx",))
    assert made.problem is None, made.problem
    return deck(made.content.with_name(f"{made.content.stem}-{audience}.pptx"))


def title(slide) -> str:
    return slide.shapes.title.text_frame.text if slide.shapes.title is not None else ""


def texts(slide) -> list[str]:
    return [p.text for sh in slide.shapes if sh.has_text_frame for p in sh.text_frame.paragraphs if p.text.strip()]


def bulleted(slide) -> list[str]:
    """The bulleted lines of the slide's longest list (a column's, where it has columns): points and sub-points."""
    lists = [[p.text for p in sh.text_frame.paragraphs if p._p.xpath("./a:pPr/a:buChar")]
             for sh in slide.shapes if sh.has_text_frame]
    return max(lists, key=len, default=[])


def topic_slides(slides: list) -> list:
    """The slides of a topic: a time line ("▶ 35:02") under the title."""
    return [s for s in slides if any(t.startswith("▶") for t in texts(s))]


def notes(slide) -> str:
    return slide.notes_slide.notes_text_frame.text if slide.has_notes_slide else ""


def test_executive_and_policy_topic_slides_hold_six_lines_at_most(built):
    """Exec s3, s4, s6 and s7 were 8-10 lines of headed sub-points (review 21): the executive and policy budgets'
    ``max_lines: 6`` leave at most six on a topic's slide, each headed list keeping sub-points (two each, not one:
    the widest list gives first), the rest in the speaker notes."""
    for audience in ("executive", "policy"):
        for slide in topic_slides(default_deck(built, audience)):
            assert len(bulleted(slide)) <= 6, (audience, title(slide), bulleted(slide))
    export = next(s for s in default_deck(built, "executive") if title(s).startswith("US export controls"))
    assert len(bulleted(export)) == 6 and "H800 initially allowed, then restricted" in notes(export)
    tsmc = next(s for s in default_deck(built, "executive") if title(s).startswith("The US funds chip"))
    # (the sub-point that backs the title, "…difficult to replicate", stays; one that backs nothing goes first)
    assert "Difficult to replicate its capabilities elsewhere" in bulleted(tsmc), bulleted(tsmc)
    for name in ("syntax-year-review.md", "earnings-call-amd.txt", "talkgo-runtime-zh.md"):  # (content not ours)
        for audience in ("executive", "policy"):
            for slide in topic_slides(fixture_deck(name, audience)):
                assert len(bulleted(slide)) <= 6, (name, audience, title(slide), bulleted(slide))


def test_the_widest_list_gives_its_sub_points_first():
    """Three lists of 3, 2 and 0 sub-points within six lines: 2, 1 and 0 (all lists cut to one each: 2 lines lost)."""
    from generator.unbacked_lists import title_stems, trimmed

    points = [Bullet(text=f"{n}:", children=[Bullet(text=f"{n}.{i}") for i in range(k)]) for n, k in
              ((1, 3), (2, 2), (3, 0))]
    assert [len(b.children) for b in trimmed(points, 6, set())] == [2, 1, 0]
    assert [len(b.children) for b in trimmed(points, 4, set())] == [1, 1, 0]
    listed = [Bullet(text="Causes:", children=[Bullet(text=t) for t in ("Droughts dried rivers", "Tariffs rose",
                                                                          "Freight stalled")])]
    # (of its sub-points, one that shares no key word with the title goes before one that backs it)
    assert [c.text for c in trimmed(listed, 3, title_stems("Tariffs raised prices"))[0].children] == ["Droughts dried rivers",
                                                                                        "Tariffs rose"]
    assert [c.text for c in trimmed(listed, 2, title_stems("Tariffs raised prices"))[0].children] == ["Tariffs rose"]


def test_speaker_notes_name_what_a_slide_leaves_off_in_one_line(built):
    """Exec s6's notes said "Left off the slide: CHIPS Act…. Left off the slide: Difficult to replicate…", and
    lescast's "Laissés hors de la diapositive : … Laissés hors de la diapositive : …": one line names them all."""
    for audience in ("executive", "policy", "technical"):
        for slide in default_deck(built, audience):
            assert notes(slide).count(LEFT_OFF["en"]) <= 1, (audience, title(slide), notes(slide))
    for audience in ("executive", "policy"):
        for slide in fixture_deck("lescastcodeurs-fr.md", audience):
            assert notes(slide).count(LEFT_OFF["fr"]) <= 1, (audience, title(slide), notes(slide))


def test_the_cluster_chart_stands_under_its_topic_s_key_figure(built):
    """Exec s5 had lost its 2.2 GW (review 21), and its notes named the bars the chart draws and a bare label
    ("Current deployments:"): the figure stands in a band over the chart, as wide as the body, and the notes name
    only what the slide does not show."""
    for audience in ("executive", "policy"):
        slides = default_deck(built, audience)
        slide = next(s for s in slides if any(sh.has_chart for sh in s.shapes if hasattr(sh, "has_chart"))
                     and title(s).startswith("xAI runs"))
        shown = texts(slide)
        assert "2.2 GW" in shown, shown
        chart = next(sh for sh in slide.shapes if getattr(sh, "has_chart", False) and sh.has_chart)
        value = next(sh for sh in slide.shapes if sh.has_text_frame and sh.text_frame.text == "2.2 GW")
        assert chart.width > Emu(Presentation(str(built / f"{DEFAULT.stem}-{audience}.pptx")).slide_width) * 0.8
        assert value.top < chart.top
        said = notes(slide)
        assert "Power and cooling infrastructure becoming a major challenge" in said
        assert "Meta: ~128,000 GPUs" not in said and "Current deployments:" not in said and "2.2 gigawatt" not in said
        assert said.count(LEFT_OFF["en"]) == 1


def test_the_policy_deck_leaves_the_experts_doughnut_to_the_report(built):
    """Policy s8 was a whole doughnut slide of how many experts the model activates, an architecture detail: the
    policy budget skips charts of how a system works (``skip_charts: [mechanism]``), as the executive's does; the
    technical deck keeps it."""
    def doughnuts(slides):
        return [sh for s in slides for sh in s.shapes if getattr(sh, "has_chart", False) and sh.has_chart
                and sh.chart.chart_type == XL_CHART_TYPE.DOUGHNUT]
    assert not doughnuts(default_deck(built, "policy"))
    assert doughnuts(default_deck(built, "technical"))


def test_the_technical_timeline_is_its_agenda(built):
    """Tech s3 listed the six topics with their times and s11, after the evidence, drew the same six at their times
    ("Where each topic sits in the recording"): the timeline now stands in the agenda's place, under its title, and
    no slide lists the topics again."""
    slides = default_deck(built, "technical")
    charts = [n for n, s in enumerate(slides) if any(getattr(sh, "has_chart", False) and sh.has_chart
                                                     and sh.chart.chart_type == XL_CHART_TYPE.BAR_STACKED
                                                     for sh in s.shapes) and title(s) == "Agenda"]
    first_topic = min(n for n, s in enumerate(slides) if any(t.startswith("▶") for t in texts(s)))
    assert len(charts) == 1 and charts[0] < first_topic, [title(s) for s in slides]
    assert "Where each topic sits in the recording" not in [title(s) for s in slides]
    assert sum(title(s) == "Agenda" for s in slides) == 1


def test_an_outline_item_left_off_ends_without_its_own_semicolon():
    """talkgo's notes named "平时我看 runtime 代码的一些方式；." once the six-line budget left the outline's last item off
    its slide: the item's own "；" goes, the list closed by "。"."""
    from generator.deck_twin import named

    assert named(["平时我看 runtime 代码的一些方式；"]) == "平时我看 runtime 代码的一些方式。"
    assert named(["Remix;", "Vite 6"]) == "Remix; Vite 6."
    for audience in ("executive", "policy"):
        for slide in fixture_deck("talkgo-runtime-zh.md", audience):
            assert "；." not in notes(slide) and ";." not in notes(slide), (audience, title(slide), notes(slide))


def test_a_list_that_backs_nothing_of_the_title_leaves_first(built):
    """Exec s7 "The release of DeepSeek V3 and R1 demonstrates China's AI capabilities…" kept, within its lines,
    "Technical innovations:" over "Multi-head Latent Attention for memory efficiency" (architecture detail, review 21)
    and lost "DeepSeek R1: …": the list that says nothing of the title leaves first, the notes name its lines."""
    for audience in ("executive", "policy"):
        slide = next(s for s in default_deck(built, audience) if title(s).startswith("The release of DeepSeek"))
        shown = bulleted(slide)
        assert not any("Latent Attention" in t for t in shown) and any(t.startswith("DeepSeek R1") for t in shown), shown
        assert "Multi-head Latent Attention for memory efficiency" in notes(slide)
    from generator.unbacked_lists import without_unbacked

    points = [Bullet(text="Tariffs rose by a third"),
              Bullet(text="Weather:", children=[Bullet(text="Droughts dried rivers"), Bullet(text="Floods came")]),
              Bullet(text="Costs:", children=[Bullet(text="Tariffs passed on"), Bullet(text="Freight dearer")])]
    assert [b.text for b in without_unbacked(points, 4, "Tariffs raised prices")] == ["Tariffs rose by a third",
                                                                                      "Costs:"]
    assert without_unbacked(points, 4, "") == points  # (no title to back: nothing goes for it)
    from generator.unbacked_lists import fewer_lines

    # (a list that backs nothing stays where trimming cuts no line that backs the title: what is done about it)
    ports = [Bullet(text="Berth use:", children=[Bullet(text=t) for t in ("Rotterdam at 94% of its berths",
                                                                          "Hamburg at 91%", "Antwerp at 89%")]),
             Bullet(text="Responses:", children=[Bullet(text=t) for t in ("Night shifts", "Dredging", "Slots")])]
    assert [b.text for b in fewer_lines(ports, 6, "Ports are running out of berth space")] == ["Berth use:",
                                                                                               "Responses:"]


def test_a_figure_in_its_band_is_not_named_again_in_the_notes(built):
    """Exec s3's notes ended "27x: the figures behind Training Cost and Efficiency." under the 27x the slide shows in
    its band (the big number's own notes, joined to the points' slide): a figure the slide shows is not named so."""
    for audience in ("executive", "policy", "technical"):
        for slide in default_deck(built, audience):
            shown = set(texts(slide))
            assert not [v for v in shown if f"{v}: the figures behind" in notes(slide)], (audience, notes(slide))


def test_a_figure_in_its_band_is_not_said_left_off_the_slide(built):
    """Review 22: exec s6's notes said "Left off the slide: CHIPS Act providing $50B in subsidies" under the band
    "$50B / in US CHIPS Act subsidies": an item the slide's big number states is not left off it."""
    for audience in ("executive", "policy"):
        for slide in default_deck(built, audience):
            big = [p.text for sh in slide.shapes if sh.has_text_frame for p in sh.text_frame.paragraphs
                   if p.runs and p.runs[0].font.size is not None and p.runs[0].font.size.pt >= 40]
            said = notes(slide).partition(LEFT_OFF["en"])[2]
            assert not [v for v in big if v and v in said], (audience, title(slide), said)
    assert any("$50B" in texts(s) for s in default_deck(built, "executive"))  # (the band the rule is about)
