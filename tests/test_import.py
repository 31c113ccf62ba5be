"""`briefing import`: notes in the seed's shape, Markdown and chapter lists become content that builds."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.cli import main
from generator.errors import BriefingError
from generator.files import describe_char
from generator.importer import import_file, import_notes
from generator.loader import load_content
from generator.yamlio import load_yaml_text
from generator.yamlwrite import dump_yaml
from tests.conftest import guarded

# A copy of shared/seeds/000_db52babbf3c29493.txt, the summary the default content was written from.
SEED = Path(__file__).resolve().parent / "fixtures" / "seed-notes.txt"
SEED_TEXT = SEED.read_text(encoding="utf-8")

# Notes in the seed's shape that the importer was never tuned on: other sections, other
# scripts, money and power figures, and a group whose children carry their own labels.
HEARING = """\
Senate Hearing on Chip Supply
Overview
A panel on chips, subsidies and 深度求索 (DeepSeek). Q&A followed; <b>not bold</b> & {{ 7*7 }}.
Key Points
- Subsidies: three programmes were compared:
- CHIPS Act: $50B over five years
- EU Chips Act: $47B by 2030
- Japan: $13B in grants
- Power: the new fabs need a lot of electricity:
- Arizona: 2.2 gigawatt planned
- Texas: 1.5 gigawatt
- Ohio: 0.9 gigawatt
- Witness view: "export controls slow but do not stop progress"
Guests
- Jane Roe: Analyst, Chip Policy Institute
- مريم الحسن: باحثة في السياسات
Topics Discussed
Opening Statements (0:45)
- Chair: supply chains are national security
- Ranking member: subsidies need guardrails
Subsidy Design (12:10)
Members pressed the witnesses on:
- Cost per job:
- Fab A: ~2,000 jobs
- Fab B: 1,500-1,800 jobs
- Fab C: 900 jobs
- Clawbacks: written into every award
Καλή ερώτηση και Ελληνικά (27:30)
- Тест кириллицы: всё сохраняется
Wrap-up
The chair closed at 1:02:00 with a call for a second hearing.
"""

MARKDOWN = """\
# Weekly AI Briefing

Notes from the week's episode.

## Key takeaways

* Open models caught up
  * Benchmarks: parity on reasoning
  * Cost: 27x cheaper
* Export controls tightened

## Topics

### Open models (2:05)

Why open weights matter now.

- Licences
  - MIT for weights
    - code stays private
- Release cadence

### Hardware [1:10:00]

1. Clusters
   1. xAI: 200,000 GPUs
   2. Meta: ~128,000 GPUs
   3. OpenAI: ~100,000 GPUs

## Conclusion

More next week.
"""

CHAPTERS = """\
A long conversation about AI chips. Links: https://www.youtube.com/watch?v=abcdEFGHijk

0:00 Introduction
13:28 DeepSeek V3 and R1
35:02 - Training cost
[1:08:52] Export controls
3:45:59 Megaclusters
"""


def texts(value) -> list[str]:
    """Every string in imported data."""
    if isinstance(value, dict):
        return [t for v in value.values() for t in texts(v)]
    if isinstance(value, list):
        return [t for v in value for t in texts(v)]
    return [value]


def written(tmp_path, text: str, name: str = "notes.txt", **options):
    notes = tmp_path / name
    notes.write_text(text, encoding="utf-8")
    path, found = import_file(notes, tmp_path / "content" / "out.yaml", **options)
    return path, found, load_content(path)


def test_seed_imports_with_takeaways_topics_and_the_cluster_chart(tmp_path):
    path, found, content = written(tmp_path, SEED_TEXT, title="DeepSeek")
    assert (found.takeaways, found.topics, found.charts) == (5, 6, 1)
    assert [len(t.points) for t in content.takeaways] == [0, 3, 0, 3, 4]
    assert content.takeaways[4].points[1].text == "Meta: ~128,000 GPUs"
    assert [(t.title, t.at) for t in content.topics] == [
        ("DeepSeek Models and Architecture", 808), ("Training Cost and Efficiency", 2102),
        ("Export Controls and Geopolitical Implications", 4132), ("AI Infrastructure and Mega-Clusters", 13559),
        ("TSMC and Semiconductor Manufacturing", 6060), ("Future of AI Development", 18264)]
    gpu = content.topics[3].points[0]
    assert gpu.text == "Current Deployments:" and [p.text for p in gpu.points][0] == "XAI: 200,000 GPUs in Memphis"
    assert content.topics[1].summary == "DeepSeek achieved remarkable cost efficiency through:"
    (chart,) = content.topics[3].charts
    assert chart.unit == "GPUs" and chart.categories[:3] == ["XAI", "Meta", "OpenAI/Microsoft"]
    values = chart.series[0].values
    assert values[1]["approx"] and values[1]["value"] == 128_000
    assert (values[3]["low"], values[3]["high"]) == (500_000, 700_000)
    assert content.introduction.startswith("Dylan Patel runs SemiAnalysis")
    assert content.conclusion.endswith("international technology competition.")
    (warning,) = found.warnings  # TSMC (1:41:00) comes after AI infrastructure (3:45:59) in the notes
    line = {text.split(" (")[0]: n for n, text in enumerate(SEED_TEXT.splitlines(), start=1)}
    assert str(warning).startswith(f"{tmp_path / 'notes.txt'}:{line['TSMC and Semiconductor Manufacturing']}:1: ")
    assert "'TSMC and Semiconductor Manufacturing' at 1:41:00" in warning.message
    assert f"'AI Infrastructure and Mega-Clusters' at 3:45:59 (line {line['AI Infrastructure and Mega-Clusters']})" \
        in warning.message


def test_seed_text_is_kept_character_for_character(tmp_path):
    _, found, _ = written(tmp_path, SEED_TEXT, title="DeepSeek")
    kept = set(texts(found.data))
    kept |= {line for text in kept for line in text.split("\n")}  # paragraphs keep their lines
    sections = {"Key Takeaways", "Introduction", "Topics Discussed", "Conclusion"}
    for line in SEED_TEXT.splitlines():
        body = re.sub(r" \(\d+:\d\d(:\d\d)?\)$", "", line.removeprefix("- "))  # a topic's time becomes `at`
        assert body in kept or body in sections, line


def test_imported_seed_builds_every_audience(tmp_path):
    from generator.build import build

    path, _, _ = written(tmp_path, SEED_TEXT)
    built = build([path], output=tmp_path / "out")
    assert sorted(p.path.name for p in built) == sorted(
        f"out-{a}.{f}" for a in ("executive", "policy", "technical") for f in ("pptx", "pdf"))
    from pptx import Presentation

    deck = Presentation(str(tmp_path / "out" / "out-technical.pptx"))
    shown = [sh.text_frame.text for slide in deck.slides for sh in slide.shapes if sh.has_text_frame]
    assert "AI Infrastructure and Mega-Clusters" in shown
    assert not any(text.rstrip().endswith(" with") for text in shown)  # no speakers: no dangling attribution


def test_unseen_notes_in_the_seed_shape(tmp_path):
    from generator.build import build

    path, found, content = written(tmp_path, HEARING, source_url="https://example.org/hearing.mp4")
    assert content.title == "Senate Hearing on Chip Supply"
    assert [t.text for t in content.takeaways] == [
        "Subsidies: three programmes were compared:", "Power: the new fabs need a lot of electricity:",
        'Witness view: "export controls slow but do not stop progress"']
    assert [t.title for t in content.topics] == ["Opening Statements", "Subsidy Design", "Καλή ερώτηση και Ελληνικά"]
    assert content.topics[1].summary == "Members pressed the witnesses on:"
    assert [p.text for p in content.topics[1].points] == ["Cost per job:", "Clawbacks: written into every award"]
    assert [(s.name, s.role) for s in content.speakers] == [
        ("Jane Roe", "Analyst, Chip Policy Institute"), ("مريم الحسن", "باحثة في السياسات")]
    assert content.introduction == ("A panel on chips, subsidies and 深度求索 (DeepSeek). Q&A followed; "
                                    "<b>not bold</b> & {{ 7*7 }}.")
    assert content.conclusion == "The chair closed at 1:02:00 with a call for a second hearing."
    assert content.sources[0].url == "https://example.org/hearing.mp4"
    assert not found.warnings
    charts = {c.title: c for t in content.topics for c in t.charts}
    assert set(charts) == {"Subsidies", "Power", "Cost per job"}
    assert charts["Subsidies"].unit == "$" and [q["value"] for q in charts["Subsidies"].series[0].values] == [50e9, 47e9, 13e9]
    assert charts["Power"].unit == "gigawatt" and charts["Power"].series[0].values[0]["value"] == 2.2
    jobs = charts["Cost per job"].series[0].values
    assert jobs[0]["approx"] and (jobs[1]["low"], jobs[1]["high"]) == (1500, 1800)
    assert len(build([path], output=tmp_path / "out", formats=["pdf"])) == 3


def test_markdown_headings_and_nested_lists(tmp_path):
    _, found, content = written(tmp_path, MARKDOWN)
    assert content.title == "Weekly AI Briefing" and content.introduction == "Notes from the week's episode."
    assert [(t.text, [c.text for c in t.points]) for t in content.takeaways] == [
        ("Open models caught up", ["Benchmarks: parity on reasoning", "Cost: 27x cheaper"]),
        ("Export controls tightened", [])]
    models, hardware = content.topics
    assert (models.title, models.at, models.summary) == ("Open models", 125, "Why open weights matter now.")
    assert models.points[0].points[0].points[0].text == "code stays private"
    assert (hardware.title, hardware.at) == ("Hardware", 4200)
    assert hardware.charts[0].categories == ["xAI", "Meta", "OpenAI"]
    assert content.conclusion == "More next week."


def test_chapter_list_with_a_link_in_the_description(tmp_path):
    _, found, content = written(tmp_path, CHAPTERS, title="Chapters")
    assert [(t.title, t.at) for t in content.topics] == [
        ("Introduction", 0), ("DeepSeek V3 and R1", 808), ("Training cost", 2102),
        ("Export controls", 4132), ("Megaclusters", 13559)]
    assert content.sources[0].url == "https://www.youtube.com/watch?v=abcdEFGHijk"
    assert content.sources[0].link(808).endswith("t=808s")
    assert content.introduction.startswith("A long conversation about AI chips.")


def test_broken_timestamp_names_file_and_line_and_writes_nothing(tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("Topics Discussed\nGood (1:00)\n- a point\nBad one (1:75:00)\n- b\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["import", str(notes), "-o", str(tmp_path / "c.yaml")])
    assert result.exit_code == 1
    assert f"{notes}:4:10: broken timestamp" in result.output and "59" in result.output
    assert "Traceback" not in result.output and not (tmp_path / "c.yaml").exists()


def test_never_overwrites_without_force(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("notes.md").write_text(CHAPTERS, encoding="utf-8")
    runner = CliRunner()
    first = runner.invoke(main, ["import", "notes.md"])
    assert first.exit_code == 0, first.output
    assert "found 0 takeaways, 5 topics, 0 charts" in first.output and Path("content/notes.yaml").exists()
    Path("content/notes.yaml").write_text("mine", encoding="utf-8")
    second = runner.invoke(main, ["import", "notes.md"])
    assert second.exit_code == 1 and "--force" in second.output
    assert Path("content/notes.yaml").read_text(encoding="utf-8") == "mine"
    third = runner.invoke(main, ["import", "notes.md", "--force", "--title", "T"])
    assert third.exit_code == 0 and load_content("content/notes.yaml").title == "T"


@pytest.mark.parametrize("notes, message", [
    ("Just some prose without any timestamps.\n", "no topics found"),
    ("Topics\nA (1:00)\n- bad \x07 bell\n", r"n.txt:3:7: control character U\+0007"),
])
def test_unusable_notes_are_clear_errors(notes, message):
    with pytest.raises(BriefingError, match=message):
        import_notes(notes, "n.txt")


def test_a_list_of_timed_items_under_chapters_is_the_topics():
    found = import_notes("# Show\n## Chapters\n1. Intro (0:00)\n2. DeepSeek (13:28)\n   - MoE with 8 of 256 experts\n"
                         "- [1:08:52] Export controls\n", "n.md")
    assert [(t["title"], t["at"]) for t in found.data["topics"]] == [
        ("Intro", "0:00"), ("DeepSeek", "13:28"), ("Export controls", "1:08:52")]
    assert found.data["topics"][1]["points"] == ["MoE with 8 of 256 experts"]


def test_bold_topic_lines_and_time_ranges():
    found = import_notes("Topics\n**DeepSeek Models (13:28)**\n- a\nTraining Cost (35:02 - 1:08:52)\n- b\n", "n.txt")
    assert [(t["title"], t["at"]) for t in found.data["topics"]] == [("DeepSeek Models", "13:28"),
                                                                      ("Training Cost", "35:02")]


def test_tabs_indent_lists_but_stay_inside_text():
    found = import_notes("Topics\nA (1:00)\n- group\n\t- child\twith a tab\n", "n.txt")
    (topic,) = found.data["topics"]
    assert topic["points"] == [{"text": "group", "points": ["child\twith a tab"]}]


def test_two_bullets_make_no_chart():
    found = import_notes("Topics\nA (1:00)\n- Sizes:\n- X: 10 GPUs\n- Y: 20 GPUs\n", "n.txt")
    assert found.charts == 0


texts_strategy = st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=40)


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(st.sampled_from(["title", "summary", "introduction", "tags", "at"]),
                       st.one_of(texts_strategy, st.lists(texts_strategy, max_size=4)), min_size=1))
def test_dump_yaml_reads_back_the_same(data):
    data = {k: v for k, v in data.items() if v not in ("", [])} or {"title": "x"}
    text = dump_yaml(data)
    assert load_yaml_text(text, "t.yaml").data == data


lines = st.one_of(
    st.text(st.characters(blacklist_categories=("Cs",)), max_size=60),
    st.builds(lambda t, ts: f"{t} ({ts})", st.text(max_size=20),
              st.sampled_from(["13:28", "1:08:52", "0:00", "1:75:00", "99:99", "5:04:24"])),
    st.builds(lambda t: f"- {t}", st.text(max_size=40)),
    st.builds(lambda t, n: f"- {t}: {n} GPUs", st.text(max_size=10),
              st.sampled_from(["200,000", "~128,000", "500,000-700,000", "$50B", "1,2,3", "9" * 20])),
    st.sampled_from(["Key Takeaways", "Topics Discussed", "# Title", "## Topics", "Conclusion", "  - nested", "0:00 Intro"]),
)


@settings(max_examples=200, deadline=None)
@given(st.lists(lines, max_size=25))
def test_any_notes_give_valid_content_or_a_clear_error(tmp_path_factory, notes):
    """Whatever the notes say, import either writes content that validates, or reports a
    BriefingError, and never anything else."""
    folder = tmp_path_factory.mktemp("fuzz")
    path = folder / "notes.txt"
    path.write_text("\n".join(notes), encoding="utf-8", errors="surrogatepass")
    try:
        written, _ = import_file(path, folder / "out.yaml", title="Fuzz")
    except BriefingError as exc:
        assert exc.problems and all(p.message and p.file == str(path) for p in exc.problems)  # never the output
        assert not (folder / "out.yaml").exists()
        return
    load_content(written)


def test_lines_are_counted_as_editors_count_them(tmp_path):
    """Form feeds (pdftotext's page breaks) and vertical tabs do not end lines; \\r\\n, \\r and \\n do."""
    lines = ["Notes from a PDF", "Topics Discussed", "\fFirst (1:00)", "- a point\vthat goes on", "\f",
             "Second (2:00)", "- b\f", "\f\f- c", "Third (3:00)"] + [f"- filler {i}" for i in range(45)] + ["Broken (1:75:00)"]
    notes = tmp_path / "notes.txt"
    notes.write_bytes("\n".join(lines[:5]).encode() + b"\r\n" + "\r".join(lines[5:]).encode())
    assert len(lines) == 55
    with pytest.raises(BriefingError) as exc:
        import_file(notes, tmp_path / "out.yaml")
    assert str(exc.value).startswith(f"{notes}:55:9: broken timestamp")
    notes.write_bytes(notes.read_bytes().replace(b"1:75:00", b"4:00"))
    _, found = import_file(notes, tmp_path / "out.yaml")
    first, second = found.data["topics"][:2]
    assert first["title"] == "First" and first["points"] == ["a point that goes on"]
    assert second["points"] == ["b", "c"]  # a page break indents nothing


@pytest.mark.parametrize("char", ["\u0085", "\u2028", "\x00", "\ufffe"])
def test_a_refused_character_in_notes_is_at_its_line_and_column(char):
    with pytest.raises(BriefingError) as exc:
        import_notes(f"Topics\nA (1:00)\n- x {char} y\n- after\n", "n.txt")
    assert str(exc.value).startswith(f"n.txt:3:5: {describe_char(char)} is not allowed in text")


def test_a_problem_of_the_content_made_is_named_in_the_notes(tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("Topics\nA (1:00)\n- fine\n- " + "long " * 4001 + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["import", str(notes), "-o", str(tmp_path / "c.yaml")])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert result.output.startswith(f"{notes}:4:1: text: text is longer than 20000 characters")
    assert "c.yaml" not in result.output and not (tmp_path / "c.yaml").exists()


def test_bullets_indented_ever_deeper_are_kept_at_a_depth_content_allows(tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("Topics\nA (1:00)\n" + "".join(" " * i + "- x\n" for i in range(2000)), encoding="utf-8")
    written, _ = import_file(notes, tmp_path / "out.yaml")
    point, depth = load_content(written).topics[0].points[0], 1
    while point.points:
        point, depth = point.points[-1], depth + 1
    assert depth == 12


N = 20_000
HANGS = {  # notes that took quadratic or worse time; each at its limit
    "heading": "# a" + " " * (5 * 2**20 - 20) + "b\nA (1:00)\n",
    "inline figure": "A (1:00)\n- a" + " " * (5 * 2**20 - 20) + "b\n",
    # (two titles in turn: a title that repeats the chapter just before it is that chapter going on)
    "same titles": "".join(f"{('Same', 'Other')[i % 2]} title ({i // 3600}:{i // 60 % 60:02}:{i % 60:02})\n"
                           for i in range(N)),
    "one big group": "A (1:00)\n- Sizes:\n" + "".join(f"- L{i}: {i} GPUs\n" for i in range(N)),
    "trailing time": "A (1:00)\n- a(1:00" + " " * N + "z\n" * 200,
    "link line": "Video: a" + "-" * (5 * 2**20 - 30) + " x\nA (1:00)\n",  # a name before a link, tried at each dash
    "wrapped bullet": "A (1:00)\n- start\n" + "continued without a stop\n" * 200_000,  # joined line by line
}


@pytest.mark.slow  # (a hang guard at a limit: in make test, not test-fast)
@pytest.mark.parametrize("name", list(HANGS))
def test_notes_at_their_limit_import_in_linear_time(name):
    """Hang guard: each took from seconds to hours before."""
    assert guarded(import_notes, HANGS[name], "n.txt", timeout=5) == ""


@pytest.mark.slow  # (a stress test at a limit: make test runs it, make test-fast leaves it out)
def test_twenty_thousand_equal_titles_get_distinct_ids():
    found = import_notes(HANGS["same titles"], "n.txt")
    ids = [t["id"] for t in found.data["topics"]]
    assert len(set(ids)) == N and ids[:4] == ["same-title", "other-title", "same-title-2", "other-title-2"]


@pytest.mark.parametrize("heading", ["# Notes on C#", "# Notes on C# #", "#  Notes on C#  ##  "])
def test_a_heading_keeps_a_hash_that_ends_a_word(heading):
    found = import_notes(heading + "\nTopics\nA (1:00)\n", "n.md")
    assert found.data["title"] == "Notes on C#"


@pytest.mark.slow  # (a hang guard at a limit: in make test, not test-fast)
def test_many_takeaway_charts_and_topics_import_in_linear_time():
    """Hang guard: each chart of the takeaways was compared with every topic (2,000 x 5,000 here)."""
    groups = "".join(f"- Group {j}:\n" + "".join(f"- {c}: {k} unit{j}\n" for k, c in enumerate("abc", 1)) for j in range(2000))
    topics = "".join(f"Topic {i} ({i // 3600}:{i // 60 % 60:02}:{i % 60:02})\n- point {i}\n" for i in range(5000))
    notes = f"Key Takeaways\n{groups}Topics\n{topics}"
    assert guarded(import_notes, notes, "n.txt", timeout=10) == ""
    found = import_notes(notes, "n.txt")
    assert found.charts == 100 and any("more than 100 charts in the takeaways" in w.message for w in found.warnings)


# Notes nobody here wrote in this shape: a farming podcast, with a scale written as a word,
# percentages, money in £m, a Markdown link as the only line after the title, and a second link.
FARM = """\
Upland Farming Podcast: Water and Wool
[Upland Farming Podcast, episode 12](https://podcasts.example.net/upland/12)
Transcript: https://transcripts.example.net/upland/12
A conversation with two hill farmers about dry summers, wool prices and grazing rights.
Topics
Water on the hill (4:10)
- Spring flow by farm:
- High Fell: 310 million litres a year
- Low Moss: 180 million litres a year, after the new pipe
- Greystones: 95 million litres a year
- Nests counted on the tarns:
- Heron: 40 nests by the lake
- Egret: 12 nests
- Bittern: 3 nests in the reeds
Wool and flocks (22:40)
- Flock share by breed:
- Herdwick: 45% of the flock
- Swaledale: 35% of the flock
- Rough Fell: 20% of the flock
- Budgets that are only numbers:
- North: 13B in grants
- South: 12B in grants
- East: 11B in grants
Grants (40:05)
- Grants by scheme:
- Hedgerows: £1.2m
- Ponds: £0.8m
- Walls: £2.5m
"""


def test_a_scale_word_belongs_to_the_unit_and_the_axis_says_it(tmp_path):
    from pptx import Presentation

    from generator.build import build

    path, found, content = written(tmp_path, FARM)
    charts = {c.title: c for t in content.topics for c in t.charts}
    assert set(charts) == {"Spring flow by farm", "Nests counted on the tarns", "Flock share by breed", "Grants by scheme"}
    flow = charts["Spring flow by farm"]
    assert flow.unit == flow.series[0].name == "million litres a year"  # the words all rows share, the number as written
    assert [q["value"] for q in flow.series[0].values] == [310, 180, 95]
    assert charts["Nests counted on the tarns"].unit == "nests"  # "by the lake", "in the reeds" are not the unit
    assert charts["Flock share by breed"].unit == "% of the flock"
    grants = charts["Grants by scheme"]
    assert grants.unit == "£m" and [q["value"] for q in grants.series[0].values] == [1.2, 0.8, 2.5]
    assert not any("million" in c.caption or c.caption.startswith("%") for c in charts.values())
    build([path], audiences=["technical"], formats=["pptx"], output=tmp_path / "out")
    deck = Presentation(str(tmp_path / "out" / "out-technical.pptx"))
    drawn = {tuple(c.plots[0].categories): c for s in deck.slides for sh in s.shapes if sh.has_chart for c in [sh.chart]}
    chart = drawn[("High Fell", "Low Moss", "Greystones")]
    assert chart.value_axis.axis_title.text_frame.text == "million litres a year"
    assert list(chart.series[0].values) == [310, 180, 95]


def test_a_number_followed_by_a_preposition_has_no_unit_and_makes_no_chart():
    found = import_notes("Topics\nA (1:00)\n- Budgets:\n- North: 13B in grants\n- South: 12B in grants\n"
                         "- East: 11B in grants\n", "n.txt")
    assert found.charts == 0  # the unit was "in"


def test_a_line_that_is_only_a_link_is_the_source_not_the_introduction(tmp_path):
    from pptx import Presentation

    from generator.build import build

    path, _, content = written(tmp_path, FARM)
    assert content.introduction == "A conversation with two hill farmers about dry summers, wool prices and grazing rights."
    first, transcript = content.sources
    assert (first.name, first.url) == ("Upland Farming Podcast, episode 12", "https://podcasts.example.net/upland/12")
    assert first.link(250) == "https://podcasts.example.net/upland/12#t=250"
    assert (transcript.name, transcript.link(250)) == ("example.net — transcript", None)  # no times there
    build([path], audiences=["policy"], formats=["pptx"], output=tmp_path / "out")
    deck = Presentation(str(tmp_path / "out" / "out-policy.pptx"))
    # (the introduction opens the deck, as what the notes describe; the About slide, which would only repeat
    # it beside the sources' names, is left out: review 8)
    opening = next(s for s in deck.slides
                   if any(sh.has_text_frame and sh.text_frame.text.startswith("A conversation with two hill farmers")
                          for sh in s.shapes))
    shown = " ".join(sh.text_frame.text for s in deck.slides for sh in s.shapes if sh.has_text_frame)
    assert "Upland Farming Podcast, episode 12" in shown and "https://podcasts" not in shown.replace(
        "https://podcasts.example.net/upland/12", "", 1)
    assert "About this briefing" not in " ".join(sh.text_frame.text for sh in opening.shapes if sh.has_text_frame)


@pytest.mark.parametrize("line, name", [
    ("https://www.example.net/hearings/7", "example.net"),
    ("<https://www.example.net/hearings/7>", "example.net"),
    ("[Council meeting, 3 June](https://www.example.net/hearings/7)", "Council meeting, 3 June"),
    ("Council TV: https://www.example.net/hearings/7", "Council TV"),
    ("Source: Council TV - https://www.example.net/hearings/7", "Council TV"),
    ("Source: https://www.example.net/hearings/7", "example.net"),
    ("Video: https://vimeo.com/7", "vimeo.com — video"),
    ("Video: https://youtu.be/abcdEFGHijk", "YouTube video"),
])
def test_the_source_is_named_by_the_notes_else_by_what_and_where_it_is(line, name):
    found = import_notes(f"Council Budget Meeting\n{line}\nThe council met.\nTopics\nA (1:00)\n- a point\n", "n.txt")
    (source,) = found.data["sources"]
    assert source["name"] == name and source["url"] in line
    assert found.data["introduction"] == "The council met."


def test_a_link_inside_a_sentence_stays_text_and_still_gives_the_source():
    notes = "Council Budget Meeting\nRead the minutes at https://www.example.net/minutes/7.\nTopics\nA (1:00)\n- a point\n"
    found = import_notes(notes, "n.txt")
    assert found.data["introduction"] == "Read the minutes at https://www.example.net/minutes/7."
    assert found.data["sources"] == [{"id": "source", "name": "example.net",
                                      "url": "https://www.example.net/minutes/7"}]  # not "…/7."
    named = import_notes(notes, "n.txt", source_url="https://www.example.net/video", source_name="Council TV")
    assert [(s["name"], s["url"]) for s in named.data["sources"]] == [("Council TV", "https://www.example.net/video")]


def test_links_before_the_title_leave_it_the_title_and_a_given_url_comes_first(tmp_path):
    found = import_notes("https://www.example.net/hearings/7\nCouncil Budget Meeting\nThe council met.\nTopics\nA (1:00)\n- x\n",
                         "n.txt")
    assert found.data["title"] == "Council Budget Meeting" and found.data["introduction"] == "The council met."
    _, _, content = written(tmp_path, FARM, source_url="https://video.example.net/upland-12")
    assert [(s.url, s.link(60)) for s in content.sources] == [
        ("https://video.example.net/upland-12", "https://video.example.net/upland-12#t=60"),
        ("https://podcasts.example.net/upland/12", None), ("https://transcripts.example.net/upland/12", None)]


def test_a_link_given_twice_is_one_source():
    notes = "Council Budget Meeting\nhttps://www.example.net/v\nVideo: https://www.example.net/v\nTopics\nA (1:00)\n- x\n"
    assert [s["url"] for s in import_notes(notes, "n.txt").data["sources"]] == ["https://www.example.net/v"]


def test_bullets_wrapped_over_lines_as_pasted_from_a_pdf_stay_whole(tmp_path):
    """A bullet wrapped over lines (a BOM, CRLF, a form feed between pages, a word broken with a
    hyphen) is one point; its second line was taken for the introduction or a topic's summary."""
    notes = tmp_path / "pasted.txt"
    notes.write_bytes(("\ufeffPasted\r\nKey Takeaways\r\n- The first flow of infor-\r\nmation across\r\nthe boundary\r\n"
                       "\x0cTopics Discussed\r\nDeepSeek Models (13:28)\r\n- Mixture of\r\nExperts\r\n\r\nA summary line\r\n")
                      .encode("utf-8"))
    _, found = import_file(notes, tmp_path / "pasted.yaml")
    data = found.data
    assert data["takeaways"] == ["The first flow of infor-mation across the boundary"]
    assert "introduction" not in data
    topic = data["topics"][0]
    assert topic["points"] == ["Mixture of Experts"]
    assert topic["summary"] == "A summary line"  # after a blank line: text of its own


def test_an_unsafe_link_in_the_notes_is_left_out_with_a_warning_where_it_is(tmp_path):
    """A chapter linking `javascript:` failed the whole import (the content's rule on links); now the
    link is left out, its text kept, with a warning at its line, and the content builds."""
    notes = tmp_path / "js.md"
    notes.write_text("# Notes\n\nChapters\n0:00 Intro [bad](javascript:alert(1))\n- A point about intro\n"
                     "1:00 Next [page](file:///etc/passwd) and [good](https://example.org/x)\n- Another point\n",
                     encoding="utf-8")
    result = CliRunner().invoke(main, ["import", str(notes), "-o", str(tmp_path / "js.yaml")])
    assert result.exit_code == 0, result.output
    assert f"{notes}:4:1: warning: a link left out, its text kept: links must be http, https or mailto, not " \
           "'javascript:alert(1)'" in result.output
    assert f"{notes}:6:1: warning: a link left out" in result.output
    text = (tmp_path / "js.yaml").read_text(encoding="utf-8")
    assert "javascript:" not in text and "file:" not in text and "[good](https://example.org/x)" in text
    assert "Intro bad" in text and "Next page and" in text


def test_notes_of_more_than_200_link_lines_keep_the_first_200_sources_with_a_warning(tmp_path):
    """205 link lines refused the whole import, placed at FILE:1:1 (sources carry no lines); the
    sources past the 200th are listed only (no time links go into them): now they are left out, said."""
    notes = tmp_path / "many.md"
    notes.write_text("# Notes\n\n" + "".join(f"Link: https://example.org/s{i}\n" for i in range(205))
                     + "\n0:00 Intro\n- A point\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["import", str(notes), "-o", str(tmp_path / "many.yaml")])
    assert result.exit_code == 0, result.output
    assert (f"{notes}: warning: 205 sources: the first 200 are kept (at most 200); from 'https://example.org/s200' on "
            "they are left out") in result.output
    text = (tmp_path / "many.yaml").read_text(encoding="utf-8")
    assert text.count("url: ") == 200 and "example.org/s199" in text and "example.org/s200" not in text
