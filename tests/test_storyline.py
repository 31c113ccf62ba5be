"""Issue #21: decks that brief. Titles that state the point with the topic as a kicker, a storyline
per audience, topics chosen by weight with what is left out named, economy (no divider before a
one-slide section, words per slide, each figure once, timelines), the close, and budgets a user's
audience can change. Checked on built decks (python-pptx) of the default content and of notes
fixtures we did not write."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from pptx import Presentation
from pptx.util import Emu

from generator.emoji import without_emoji
from generator.inline import plain
from generator.asides import aside_topics
from generator.audiences import load_audience
from generator.cli import main
from generator.clauses import kept_whole
from generator.context import spans
from generator.errors import BriefingError
from generator.headline import count_words, headline
from generator.importer import import_notes
from generator.loader import load_content
from generator.long_lines import split_title
from generator.words import load_words
from generator.render import render_document
from generator.sentence_kinds import is_prediction_topic
from generator.timestamps import format_timestamp
from tests.conftest import guarded

from .conftest import AUDIENCES, DEFAULT
from .deck_economy import measure
from .deck_colours import once, shapes_of
from .notes_built import notes_build
from .presentable_words import NUMBERING
from .presentability import LIST_TITLES

FIXTURES = Path(__file__).resolve().parent / "fixtures"
NOTES = sorted(FIXTURES.glob("*.txt")) + sorted((FIXTURES / "notes").glob("*.*"))
EN_WORDS = load_words("en")


@pytest.fixture(scope="module")
def contents() -> dict[str, Path]:
    """The default content and every notes fixture through `briefing import` (the session's, built
    beside it: tests/notes_built.py), by name."""
    out = {"deepseek": DEFAULT}
    for notes in NOTES:
        made = notes_build(notes, ["pptx"])
        # notes the importer cannot read are its tests' business; the words checked here are English
        # (the French notes' words are test_words's)
        if (made.problem or ("",))[0] != "import" and load_content(made.content).lang == "en":
            out[notes.stem] = made.content
    return out


@pytest.fixture(scope="module")
def decks(built, contents) -> dict[tuple[str, str], Presentation]:
    """Every built-in audience's deck of every content (the session's builds), by (content, audience)."""
    problems = {notes.stem: notes_build(notes, ["pptx"]).problem for notes in NOTES if notes.stem in contents}
    assert not any(problems.values()), problems  # a build that failed fails these tests
    folders = {name: built if path == DEFAULT else path.parent for name, path in contents.items()}
    return {(name, a): Presentation(str(folders[name] / f"{path.stem}-{a}.pptx")) for name, path in contents.items()
            for a in AUDIENCES}


def chapters_only(path) -> bool:
    """Whether the content is a chapter list without takeaways: no topic slides, no bottom line."""
    content = load_content(path)
    return not content.takeaways and not any(t.points or t.figures or t.charts or t.tables for t in content.topics)


def said_alone(title: str, slides) -> bool:
    """Whether a chapter (titles and times only) is the content's only one and its title is said by the
    executive bottom line, as a statement (an 80-word "title" is no chapter list to show)."""
    return any(title_of(s) == "The bottom line" and headline(title)[0] in texts(s) for s in slides) and not any(
        title_of(s).startswith("Chapters") for s in slides)


def shown_as(title: str) -> str:
    """A title as the deck shows it: a link's text, no markers, no emoji (no deck font has them)."""
    return without_emoji(plain(title))


def as_listed(title: str, slides) -> str:
    """``title`` as the deck lists it: without its numbering ("Number 1 - ") where the deck shows it so
    (a list that numbers its chapters)."""
    everything = "\n".join(texts(s) for s in slides)
    bare = re.sub("^" + NUMBERING, "", title)
    return bare if bare != title and title not in everything and bare in everything else title


def title_of(slide) -> str:
    return once(slide, "_title", lambda s: s.shapes.title.text_frame.text if s.shapes.title is not None else "")


def kicker_of(slide) -> str:
    """The text box right above the title, if any."""
    return once(slide, "_kicker", _kicker)


def _kicker(slide) -> str:
    title = slide.shapes.title
    above = [sh for sh in slide.shapes if sh.has_text_frame and sh is not title and title is not None
             and sh.top < title.top and sh.top + sh.height <= title.top + Emu(12700)]
    return above[0].text_frame.text if above else ""


def texts(slide) -> str:
    return once(slide, "_texts", lambda s: "\n".join(sh.text_frame.text for sh in shapes_of(s) if sh.has_text_frame))


def notes_of(slide) -> str:
    return slide.notes_slide.notes_text_frame.text if slide.has_notes_slide else ""


# -- 1. titles that state the point -----------------------------------------------------------
def test_a_topic_s_message_is_its_slide_title_and_its_name_the_kicker(decks):
    content = load_content(DEFAULT)
    for audience in AUDIENCES:
        slides = list(decks["deepseek", audience].slides)
        for topic in content.topics:
            # (a message of more than 15 words: its main clause, see test_long_lines; a deck's title has no full stop)
            shown = split_title(topic.message)[0].rstrip(".")
            slide = next((s for s in slides if title_of(s) == shown), None)
            # (even where the bottom line says it too: the bottom line sums up the titles, review 13)
            if audience == "executive" and slide is None and not topic.charts:
                continue  # left out, named on the sources slide (checked below)
            if slide is None and topic.charts:  # (its slide of two short lines is its chart's notes: chart_context.py)
                slide = next(s for s in slides if title_of(s) == topic.charts[0].message.rstrip("."))
                notes = slide.notes_slide.notes_text_frame.text
                assert topic.points[-1].points[-1].text in notes, (audience, notes)
            assert slide is not None, (audience, topic.message)
            assert kicker_of(slide) == topic.title
    # a chart's message, or its caption when that is a sentence about its data, is its slide's title
    slides = list(decks["deepseek", "technical"].slides)
    experts = next(s for s in slides if title_of(s) == "DeepSeek activates 8 of its 256 experts for each token")
    assert kicker_of(experts) == "Experts active per token" and "DeepSeek activates" not in texts(experts).replace(
        title_of(experts), "")  # the caption is not said again under the chart
    # (the bottom line says its message too: the chart's slide keeps it as title, its name the kicker)
    clusters = next(s for s in slides if title_of(s).startswith("xAI runs 200,000 GPUs in Memphis"))
    assert kicker_of(clusters) == "AI Infrastructure and Mega-Clusters"  # (its topic's two lines in its notes: chart_context)
    assert "xAI runs 200,000 GPUs in Memphis" in texts(slides[1]), texts(slides[1])


def test_titles_alone_tell_the_story_of_the_executive_deck(decks):
    titles = [title_of(s) for s in decks["deepseek", "executive"].slides]
    content = load_content(DEFAULT)
    # (the content's sentences: messages, summaries, a chart's caption that is a sentence; a title has no full stop)
    messages = {m.rstrip(".") for m in [*(t.message for t in content.topics), *(t.summary or "" for t in content.topics),
                                        *(x for t in content.topics for c in t.charts for x in (c.message, c.caption))]}
    body = titles[2:-2]
    # every evidence slide's title is a sentence the content states, not a topic's name (a summary that leads
    # into its points without its colon: the bottom line says the topic's message)
    summaries = [t.summary for t in content.topics if t.summary and t.summary.endswith(":")]
    # (a title that says no number keeps its topic's figure: title_numbers.py)
    assert body and all(any(m.startswith(t) for m in messages)  # (a sentence, or its main clause)
                        or any(s.startswith(t.split(":")[0]) for s in summaries)
                        for t in body), body
    assert not {t.title for t in content.topics} & set(titles)


def test_a_report_heading_has_its_kicker_above_it(built):
    import subprocess

    from .conftest import have

    if not have("pdftotext"):
        pytest.skip("pdftotext is not installed")
    text = subprocess.run(["pdftotext", str(built / "deepseek-technical.pdf"), "-"], capture_output=True, text=True,
                          check=True).stdout
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    # (the first after the contents: the key takeaways on page 1 state it too, as the deck's do)
    heading = next(i for i, line in enumerate(lines) if line.startswith("US export controls aim to keep")
                   and i > lines.index("Contents"))
    assert lines[heading - 1] == "Export Controls and Geopolitical Implications"


def test_the_importer_takes_messages_only_from_the_notes_words(contents):
    data = load_content(contents["committee-hearing"])
    messages = {t.title: t.message for t in data.topics}
    assert messages["Reservoir Levels and Forecasts"] == "Reservoir storage is at a ten-year low"  # the takeaway's label
    assert messages["Leakage and Network Renewal"] == "Leakage is the cheapest new water"
    assert messages["Funding and Bills"] == ""  # no takeaway points at it, no summary, no Label: sentence first
    notes = (FIXTURES / "committee-hearing.txt").read_text(encoding="utf-8")
    assert all(m in notes for m in messages.values())  # never invented
    found = import_notes("# Show\n## Costs (1:00)\nPrices rose by a third in a year.\n- detail\n"
                         "## Power (2:00)\n- Outlook: grids will need twice the capacity by 2030\n- more\n"
                         "## Other (3:00)\n- Plain point\n", "n.md")
    assert [t.get("message") for t in found.data["topics"]] == [
        "Prices rose by a third in a year.", "Grids will need twice the capacity by 2030", None]
    assert any("no takeaways" in w.message and "bottom line" in w.message for w in found.warnings)


def test_import_says_when_the_bottom_line_comes_from_the_topics(tmp_path, write):
    notes = write("n.md", "# Show\n## Costs (1:00)\n- Prices rose by a third in a year\n"
                          "## Power (2:00)\n- Grids strain under new data centres\n")
    result = CliRunner().invoke(main, ["import", str(notes), "-o", str(tmp_path / "n.yaml")])
    assert result.exit_code == 0 and "the notes have no takeaways: the executive bottom line is made from" in result.output
    document = render_document(load_content(tmp_path / "n.yaml"), load_audience("executive"))
    bottom = next(s for s in document.slides if s.role == "summary" and s.deck)
    assert [b.text for b in bottom.bullets] == ["Prices rose by a third in a year", "Grids strain under new data centres"]
    assert bottom.title == "The bottom line"  # (one heading for the role: review 14's finding 3)
    assert "The notes have no takeaways" in bottom.notes  # the presenter is told where the statements come from


def test_the_bottom_line_holds_statements_never_fragments_or_asides(tmp_path, write):
    """Fragments ("React.", "Scott: Glasses.") and asides (a sponsor read, plugs) never make the bottom
    line; with too few statements in the topics, the introduction's sentences fill it."""
    notes = write("n.md", "# Show\nThe hosts look back at a busy year for the web platform. They review their "
                          "predictions one by one.\n## Welcome to the show (0:00)\n- We are glad you all came back today\n"
                          "## What happened (1:00)\n- React.\n- React Miami.\n- Types in JS will have real movement\n"
                          "## Sick Picks & Shameless Plugs (9:00)\n- Scott: Glasses.\n"
                          "- Wes: a whisk that changed how my whole family cooks\n")
    result = CliRunner().invoke(main, ["import", str(notes), "-o", str(tmp_path / "n.yaml")])
    assert result.exit_code == 0, result.output
    document = render_document(load_content(tmp_path / "n.yaml"), load_audience("executive"))
    # the introduction describes the episode ("The hosts look back at…"): it states nothing to put on a bottom line;
    # the one statement left is its slide's (no summary slide of one line, nor the cover's lead: said once)
    assert not any(s.role == "summary" and s.deck for s in document.slides)
    assert document.slides[0].subtitle != "Types in JS will have real movement"
    assert any(b.text == "Types in JS will have real movement" for s in document.slides if s.deck for b in s.bullets)
    deck_text = " ".join(b.text for s in document.slides if s.deck for b in s.bullets)
    assert "Glasses" not in deck_text and "whisk" not in deck_text and "glad" not in deck_text
    assert not any(s.layout == "sources" for s in document.slides if s.deck)  # (asides are on no line of the deck)
    notes = " ".join(s.notes for s in document.slides if s.deck)
    assert "Left off the deck as asides: Welcome to the show (0:00), Sick Picks & Shameless Plugs (9:00)." in notes
    report = [b.text for s in document.slides if s.report and s.title == "Also discussed" for b in s.bullets]
    assert report == ["Welcome to the show", "Sick Picks & Shameless Plugs"]


def test_a_message_is_one_line_of_at_most_30_words(tmp_path, write, minimal):
    long = " ".join(["word"] * 31)
    for message in (long, "one\\ntwo"):
        path = write("m.yaml", minimal.replace("    title: One\n", f'    title: One\n    message: "{message}"\n'))
        with pytest.raises(BriefingError, match="a message is one sentence on one line"):
            load_content(path)


# -- 2. the storyline -------------------------------------------------------------------------
# the executive summary's title: one for the role (review 14's finding 3: no "In brief", no "As the notes describe…")
OPENINGS = ("The bottom line",)


def test_the_executive_deck_is_cover_bottom_line_evidence_meaning_sources(decks, contents):
    for name in contents:
        slides = list(decks[name, "executive"].slides)
        titles = [title_of(s) for s in slides]
        assert len(slides) <= 12, (name, titles)
        if chapters_only(contents[name]):  # a chapter list: its chapters' statements, where the time goes, the chapters
            # (a list of untimed links: "Links"), where to start (its longest chapters: time_goes.py)
            for slide, title in list(zip(slides, titles))[1:]:
                assert title in (*OPENINGS, "Sources", "Where to start") or LIST_TITLES.match(title) or any(
                    sh.has_chart for sh in slide.shapes) or kicker_of(slide) in ("Chapters", "Links"), (name, titles)
            continue
        linked = any(s.url for s in load_content(contents[name]).sources)  # (no link: no sources slide)
        assert titles[1] in OPENINGS or not set(titles) & set(OPENINGS), (name, titles)  # (second, or a cover lead)
        assert titles[-1] == "Sources" or not linked, (name, titles)
        closing = load_content(contents[name]).conclusion
        if closing:  # the point, then the sources (without links, the point is the last slide)
            point = slides[-2] if linked else slides[-1]
            assert kicker_of(point) == "What it means" or title_of(point) == "What it means", (name, titles)


def test_the_bottom_line_is_three_to_five_short_statements_with_the_rest_in_notes(decks, contents):
    for name in contents:
        content = load_content(contents[name])
        bottom = next((s for s in decks[name, "executive"].slides if title_of(s) in OPENINGS), None)
        if bottom is None:  # (a chapter list, or fewer than two statements: the cover's lead, cover_lead.py)
            continue
        body = next(sh for sh in bottom.shapes if sh.has_text_frame and sh != bottom.shapes.title
                    and title_of(bottom) not in sh.text_frame.text and sh.top > bottom.shapes.title.top)
        said = [re.sub(r"\s*\(\d[\d:]*\)$", "", p.text) for p in body.text_frame.paragraphs if p.text.strip()]
        margin = lambda p: int(p._p.pPr.get("marL", 0)) if p._p.pPr is not None else 0  # (a sub-point's is wider)
        first = min((margin(p) for p in body.text_frame.paragraphs if p.text.strip()), default=0)
        items = [re.sub(r"\s*\(\d[\d:]*\)$", "", p.text) for p in body.text_frame.paragraphs
                 if p.text.strip() and margin(p) == first]  # (a digest entry has sub-points: test_entry_lines.py)
        if items in ([load_words("en")[k]] for k in ("chapters_only", "links_only")):  # notes that state nothing say so
            assert not content.takeaways, name
            continue
        # 15 words, a third more for a statement with no clause to end at (fitted.fitted: never cut with "…"),
        # twice that for one whose cut would leave out its reason, contrast or qualifier (clauses.kept_whole)
        assert 1 <= len(items) <= 5 and all(count_words(i) <= 20 or kept_whole(i, 15) == i
                                            for i in items), (name, items)
        assert len(items) >= 2, (name, items)  # (a thinner summary is the cover's lead)
        assert sum(count_words(i) for i in said) <= 75, (name, said)
        for point in content.takeaways[:5]:  # each takeaway whole in the notes
            assert point.text.rstrip(":") in notes_of(bottom)


def test_headline_cuts_at_a_clause_and_keeps_the_rest():
    assert headline("Reservoir storage is at a ten-year low: the three main reservoirs held 41% of capacity on "
                    "1 March") == ("Reservoir storage is at a ten-year low",
                                   "the three main reservoirs held 41% of capacity on 1 March")
    assert headline("Cost efficiency: models are 27x cheaper") == ("Cost efficiency: models are 27x cheaper", "")
    # the word that opened a list dangles without it
    assert headline("DeepSeek achieved large efficiency gains through:") == ("DeepSeek achieved large efficiency gains", "")
    shown, rest = headline(" ".join(f"w{i}" for i in range(30)), 15)
    assert count_words(shown) == 15 and shown.endswith("…") and rest.startswith("…w15")


def test_headline_never_cuts_inside_a_list_nor_after_a_preposition():
    """A cut ends where the meaning survives (found by the review: "…reflecting on the immense effort,
    evolution" on a bottom line, "…driven by strong demand across…")."""
    assert headline("The podcast celebrates its 1000th episode and seven-year journey, reflecting on the immense "
                    "effort, evolution, and personal growth involved in building a global platform.")[0] == \
        "The podcast celebrates its 1000th episode and seven-year journey"
    shown, _ = headline("AMD's Q3 2025 earnings call highlighted record revenue and profitability driven by strong "
                        "demand across Data Center AI, Server, and PC businesses.")
    assert shown.endswith("strong demand…")
    # a label that is a name is no statement: the sentence after it is what the point says, with the name
    # as its subject where the sentence's own is a noun the name holds (review 9)
    assert headline("Committee on Armed Services: Committee ordered favorably reported routine lists in the "
                    "Army, Navy, Air Force, Marine Corps, and Space Force.")[0].startswith("Committee on Armed Services ordered")
    assert headline("Committee on Commerce: Subcommittee on Consumer Protection, Product Safety, and Data Security "
                    "concluded a hearing to examine curbing COVID cons")[0].startswith("Subcommittee on Consumer")
    shown, _ = headline("La JVM fonctionne en monde ouvert (réflexion, proxies, chargement dynamique), ce qui complique "
                        "la compilation native et impose une configuration précise", 12)
    assert shown.count("(") == shown.count(")") and "dynamique)" in shown  # not cut at "(réflexion,"
    assert headline("La JVM fonctionne (réflexion, proxies, chargement dynamique, annotations et bien plus encore "
                    "dans le code), ce qui complique la compilation", 8)[0] == "La JVM fonctionne…"


# -- 3. choice by weight, nothing left out silently ---------------------------------------------
def test_the_topic_that_takes_most_of_the_recording_is_kept_or_named_with_its_time(decks, contents):
    for name, path in contents.items():
        content = load_content(path)
        lengths, _ = spans(content)
        heaviest = content.topics[max(range(len(lengths)), key=lambda i: lengths[i])]
        if heaviest.at is None:  # notes without times: no topic takes any of a recording
            continue
        for audience in AUDIENCES:
            slides = list(decks[name, audience].slides)
            title = as_listed(shown_as(heaviest.title), slides)
            shown = any(title in (title_of(s), kicker_of(s)) or title in title_of(s).split(" · ")
                        or (len(kicker_of(s)) > 20 and kicker_of(s).endswith("…") and title.startswith(kicker_of(s)[:-1]))
                        for s in slides)  # (a long title is cut in its slides' kicker)
            named = any(f"{title} ({format_timestamp(heaviest.at)})" in texts(s) for s in slides)
            listed = any(title in texts(s) for s in slides
                         if title_of(s).startswith(("Agenda", "Chapters")) or LIST_TITLES.match(title_of(s)))
            assert shown or named or listed or said_alone(title, slides) or charted(title, slides), (name, audience)


def test_every_topic_left_out_is_named_on_the_sources_slide(decks, contents):
    """Every topic is in the deck or named as left out; asides (a welcome, a sponsor read) are on no line
    of any deck (reviews 5, 8 and 10: the speaker notes name them)."""
    for name, path in contents.items():
        content = load_content(path)
        aside = aside_topics(content, load_words(content.lang))
        for audience in AUDIENCES:
            slides = list(decks[name, audience].slides)
            everything = "\n".join(texts(s) for s in slides)
            for topic in (t for t, a in zip(content.topics, aside) if not a):
                title = as_listed(shown_as(topic.title).strip(), slides)
                # (past twelve, the line says how many more the report lists)
                cut = any(len(kicker_of(s)) > 20 and kicker_of(s).endswith("…")
                          and shown_as(topic.title).startswith(kicker_of(s)[:-1])
                          for s in slides)  # (a long title is cut in its slides' kicker)
                said = len(topic.points) == 1 and _said_in(plain(topic.points[0].text), everything)  # (a digest's entry)
                # (a list the deck cuts names the others in its slide's speaker notes, as left off it)
                noted = any(s.has_notes_slide and "Left off the slide: " in s.notes_slide.notes_text_frame.text
                            and re.sub(f"^{NUMBERING}", "", title) in s.notes_slide.notes_text_frame.text for s in slides)
                assert title in everything or cut or "more, listed in the report" in everything or said_alone(
                    title, slides) or split(title, slides) or said or noted or charted(title, slides), (
                    name, audience, topic.title)


def _said_in(point: str, text: str) -> bool:
    """Whether six words in a row of ``point`` are in ``text`` (a digest's entry on the bottom line)."""
    words = point.split()
    return any(" ".join(words[i:i + 6]) in text for i in range(max(len(words) - 5, 0)))


def charted(title: str, slides) -> bool:
    """Whether a chart of where the time goes shows ``title`` as one of its bars (a long one by its first clause or
    cut with "…", each with its start: generator/time_goes.py)."""
    bars = [re.sub(r" \((\d+:)?\d+:\d\d\)$", "", str(c))  # (each bar labelled with its start: "A (5:07)")
            for s in slides for sh in s.shapes if sh.has_chart for c in sh.chart.plots[0].categories]
    # (a long title by its first clause: chapter_list.short_name)
    return any(bar == title or title.startswith(bar.rstrip("…").rstrip()) for bar in bars)


def split(title: str, slides) -> bool:
    """Whether a slide short topics share says ``title`` split: the leading words its topics' headings
    share title the slide ("Read Out"), the rest heads the topic's column (short_topics.headed)."""
    return any(title_of(s) and title.startswith(title_of(s)) and any(
        line.strip() and len(line.split()) >= 2 and title.endswith(line.strip()) for line in texts(s).splitlines())
        for s in slides)


def test_the_executive_picks_by_weight_and_leads_with_the_heaviest():
    document = render_document(load_content(DEFAULT), load_audience("executive"))
    order = list(dict.fromkeys(s.topic for s in document.slides if s.deck and s.topic))
    # the evidence follows the bottom line ("DeepSeek's models are 27x cheaper…" first: evidence_order.py), the
    # heaviest of the rest (3:45:59 to 5:04:24) before the others; TSMC (1:41:00 to 3:45:59) is kept
    assert order[:2] == ["training-cost", "export-controls"] and "tsmc" in order and "future" not in order
    assert order.index("ai-infrastructure") < order.index("deepseek-models")
    last = [s for s in document.slides if s.deck][-1]
    assert last.bullets[-1].text == "Also discussed: Future of AI Development (5:04:24)"
    section = next(s for s in document.slides if s.title == "Also discussed" and s.report)
    assert not section.deck and section.bullets[0].at.label == "5:04:24"


# -- 4. economy -------------------------------------------------------------------------------
def test_no_divider_before_a_section_that_fits_one_slide(decks, contents, rendered):
    """A technical divider opens a topic that takes three deck slides or more (a one-figure slide joins
    its points), and every such topic has one (issue #21 rule 3c: a divider before two slides was
    one slide in three spent on a title)."""
    from generator.coverage import LEAST_SECTION, _pages

    for name, path in contents.items():
        slides = rendered(path, "technical").slides
        deck = [i for i, s in enumerate(slides) if s.deck]
        pages = _pages(slides, deck)
        for topic in {slides[i].topic for i in deck if slides[i].topic}:
            own = [i for i in deck if slides[i].topic == topic]
            dividers = [i for i in own if slides[i].layout == "section"]
            assert len(dividers) == (sum(pages[i] for i in own if i not in dividers) >= LEAST_SECTION), (name, topic)
        shown = [title_of(s) for s in decks[name, "technical"].slides if s.slide_layout.name == "Section Header"]
        assert shown == [slides[i].title for i in deck if slides[i].layout == "section"]


def test_no_deck_slide_of_points_has_more_than_75_words(contents, rendered):
    """At most 75 words of points a deck slide; a deck that cuts no point (the technical one) joins a page that
    would hold one line to its neighbour within a quarter more (continued.looser: review 12, no "(suite 2)"
    page of one point)."""
    from generator.continued import looser

    for name, path in contents.items():
        for audience in AUDIENCES:
            for slide in rendered(path, audience).slides:
                if slide.deck and slide.layout in ("bullets", "two_column") and slide.role != "chapters":
                    bullets = slide.bullets + [b for c in slide.columns for b in c.bullets]
                    words = sum(count_words(b.text) + sum(count_words(c.text) for c in b.children) for b in bullets)
                    joined = audience == "technical" and slide.layout == "bullets" and not slide.role
                    assert words <= (looser(75) if joined else 75), (name, audience, slide.title, words)


def test_a_key_figure_shows_once_per_deck(contents):
    """A figure's value shows once, as a big number, unless another fact has it: a point of the figure's
    topic, or one that says what its label measures, does not say it again (not "$1.3 billion in share
    repurchases" under Gaming's "$1.3 billion")."""
    for name, path in contents.items():
        for audience in AUDIENCES:
            slides = [s for s in render_document(load_content(path), load_audience(audience)).slides if s.deck]
            figures = [(f.value, s.topic, f.label) for s in slides for f in s.figures]
            values = [(value, frozenset(measure(label))) for value, _, label in figures]
            assert len(values) == len(set(values)), (name, audience)
            summary = " ".join(b.text for s in slides if s.role == "summary" for b in s.bullets)
            # (review 19, sparse_bands.py: a sparse slide's band, unlabelled, shows the figure the bottom line states
            # beside the point that says it: the evidence of the bottom line's claim)
            # (review 21: or, under a title that states no number, the one figure its points state, beside its point)
            banded = {f.value for s in slides if s.layout == "bullets" and len(s.bullets) <= 3 for f in s.figures
                      if (not f.label and f.value in summary) or not re.search(r"\d", s.title)}
            for value, topic, label in (f for f in figures if len(f[0]) >= 3 and f[0] not in banded):
                said = [s.title for s in slides if s.layout in ("bullets", "two_column") and s.topic and any(
                    re.search(r"(?<![\w.,])" + re.escape(value) + r"(?![\w])", b.text)
                    and (s.topic == topic or measure(b.text.replace(value, " ")) & measure(label))
                    for b in s.bullets + [c for b in s.bullets for c in b.children])]
                assert not said, (name, audience, value, said)
            stated = [f.value for n, s in enumerate(slides) if s.topic for f in s.figures if f.value not in banded
                      if re.search(r"(?<![\w.,])" + re.escape(f.value) + r"(?![\w])", summary)
                      and not (n and slides[n - 1].topic == s.topic and f.value in slides[n - 1].title)
                      and not (s.layout != "big_number" and f.value in s.title)]
            # (the bottom line or the takeaways said it: not again in big, unless as the evidence of the slide before,
            # whose title states it: review 14 finding 5, titled_figures.py; or in the band under the title that states
            # it, the point said again under itself made its figure: review 18, title_echo.py)
            assert not stated, (name, audience, stated)


def test_a_figure_the_bottom_line_states_shows_in_the_deck_only_under_the_title_that_states_it():
    """The bottom line says the 27x; its evidence slide leaves the deck, but for the slide whose title states it
    ("DeepSeek's models are 27x cheaper than competitors, through…"): the figure follows it, the band under its
    points (review 14 finding 5: a title's number is shown on its slide; titled_figures.py)."""
    document = render_document(load_content(DEFAULT), load_audience("executive"))
    bottom = next(s for s in document.slides if s.deck and s.role == "summary")
    assert any("27x" in b.text for b in bottom.bullets)
    deck = [s for s in document.slides if s.deck]
    shown = [n for n, s in enumerate(deck) for f in s.figures if f.value == "27x"]
    assert len(shown) == 1 and "27x" in deck[shown[0] - 1].title and deck[shown[0] - 1].topic == deck[shown[0]].topic
    assert [f for s in document.slides if s.report for f in s.figures if f.value == "27x"]  # the report keeps it


def test_the_timeline_needs_three_topics_and_gives_every_one_a_bar(decks, contents):
    for name, path in contents.items():
        content = load_content(path)
        for audience in AUDIENCES:
            timelines = [s for s in decks[name, audience].slides if kicker_of(s) == "The topics in time order"]
            agenda = any(title_of(s) == "Agenda" for s in decks[name, audience].slides)  # (a chapter list or titles-only
            # notes: none in the deck, chapter_list.py)
            if audience == "executive" or len(content.topics) < 3 or content.topics[0].at is None or not agenda:
                assert not timelines, (name, audience)
                continue
            assert timelines, (name, audience)
            chart = next(sh.chart for sh in timelines[0].shapes if sh.has_chart)
            spans_ = list(chart.plots[0].series[1].values)
            assert all(v > 0 for v in spans_), (name, audience, spans_)


def test_a_timeline_without_a_known_end_says_how_its_last_bar_is_drawn(tmp_path, write):
    path = write("t.yaml", "title: T\nsources: [{id: a, name: A}]\ntopics:\n"
                 "  - {id: a, title: A, at: '0:00', points: [x]}\n  - {id: b, title: B, at: '10:00', points: [y]}\n"
                 "  - {id: c, title: C, at: '30:00', points: [z]}\n")
    document = render_document(load_content(path), load_audience("technical"))
    chart = next(s.chart for s in document.slides if s.layout == "timeline")
    assert chart.series[0].values[-1] == 15  # the median of 10 and 20 minutes
    assert chart.series[0].labels[-1] == "from 0:30:00" or chart.series[0].labels[-1].startswith("from")
    assert "the last topic is drawn as long as the median topic" in chart.caption


# -- 6. the close -----------------------------------------------------------------------------
def test_every_deck_ends_on_its_point_then_the_sources(decks, contents):
    for name, path in contents.items():
        if not load_content(path).conclusion or not any(s.url for s in load_content(path).sources):
            continue
        # (the technical deck ends on the notes' section on the future where they have one besides their conclusion,
        # its heading the kicker: close_watch.ahead_section, review 21's worst 2)
        future = [t.title for t in load_content(path).topics if is_prediction_topic(t.title, EN_WORDS)]
        for audience in AUDIENCES:
            slides = list(decks[name, audience].slides)
            assert title_of(slides[-1]) == "Sources"
            closes = ("What it means", "Implications", "Conclusion", *(future[-1:] if audience == "technical" else ()))
            assert kicker_of(slides[-2]) in closes or title_of(slides[-2]) in closes, (name, audience)


# -- 7. budgets a user can change ------------------------------------------------------------
def test_a_user_audience_asks_for_a_longer_executive_deck_with_the_timeline(tmp_path):
    folder = tmp_path / "board"
    folder.mkdir()
    (folder / "audience.yaml").write_text("extends: executive\nbudget: {max_slides: 16, max_topics: 6, timeline: true,"
                                          " figures_once: false, max_words: 0}\n", encoding="utf-8")
    document = render_document(load_content(DEFAULT), load_audience("board", [tmp_path]))
    deck = [s for s in document.slides if s.deck]
    assert any(s.layout == "timeline" for s in deck)
    assert len({s.topic for s in deck if s.topic}) == 6 and not any("Also discussed" in b.text for b in deck[-1].bullets)
    assert any(f.value == "200,000" for s in deck for f in s.figures)  # figures_once off: the charted figure too
    plain = [s for s in render_document(load_content(DEFAULT), load_audience("executive")).slides if s.deck]
    assert len(deck) > len(plain)


def test_budget_keys_are_checked(tmp_path):
    folder = tmp_path / "bad"
    folder.mkdir()
    (folder / "audience.yaml").write_text("extends: executive\nbudget: {order: size, max_words: -1}\n", encoding="utf-8")
    with pytest.raises(BriefingError) as caught:
        load_audience("bad", [tmp_path])
    assert "order" in str(caught.value) and "max_words" in str(caught.value)


def test_many_topics_left_out_are_named_twelve_on_the_line_all_in_the_report(tmp_path, write):
    topics = "".join(f"  - {{id: t{i}, title: 'Subject {i}', at: '{i}:00', points: ['Point {i}']}}\n" for i in range(20))
    path = write("many.yaml", "title: Many\nsources: [{id: a, name: A, duration: '30:00'}]\ntopics:\n" + topics)
    document = render_document(load_content(path), load_audience("executive"))
    line = next(s for s in document.slides if s.deck and s.layout == "sources").bullets[-1].text
    assert line.startswith("Also discussed: Subject 0 (0:00)") or line.startswith("Also discussed: Subject")
    shown = line.count("(")  # (at most 12 names, and at most 40 words on the line: h-zh2)
    assert shown <= 12 and count_words(line) <= 40 and not line.endswith("more")  # (review 12: a deck may be built
    # alone; its notes name them, the report's line keeps "listed in the report"; review 18: no line counts them)
    notes = next(s for s in document.slides if s.deck and s.layout == "sources").notes
    left = [f"Subject {i} " for i in range(20) if f"Subject {i} " in notes]
    assert len(left) == 15 - shown and not any(name in line for name in left), notes
    section = next(s for s in document.slides if s.title == "Also discussed" and s.report)
    assert len(section.bullets) == 15 and all(b.at for b in section.bullets)


def test_a_long_topic_shows_75_words_on_the_deck_and_the_rest_in_notes_and_report(tmp_path, write):
    points = "".join(f"      - Point {i} says something about the harbour works and what they will cost\n"
                     for i in range(10))
    path = write("long.yaml", "title: Long\nsources: [{id: a, name: A}]\ntopics:\n"
                              "  - id: works\n    title: Works\n    at: '1:00'\n    points:\n" + points)
    (tmp_path / "cutting").mkdir()
    (tmp_path / "cutting" / "audience.yaml").write_text("extends: technical\nbudget:\n  cut_points: true\n")
    slides = render_document(load_content(path), load_audience("cutting", [tmp_path])).slides
    deck = next(s for s in slides if s.topic == "works" and s.deck)
    report = next(s for s in slides if s.topic == "works" and s.report)
    said = [f"Point {i} says something about the harbour works and what they will cost" for i in range(10)]
    # (the title is a point the summary does not say: "Point 0" opens the key takeaways)
    assert not deck.report and not report.deck and sorted([report.title, *(b.text for b in report.bullets)]) == said
    assert sum(count_words(b.text) for b in deck.bullets) <= 75 and len(deck.bullets) < 10
    shown = {b.text for b in deck.bullets}
    assert all(b.text in deck.notes for b in report.bullets if b.text not in shown)
    # the technical audience cuts no point (cut_points: false); points with no boundary of peers are no topic worth
    # a second slide (review 14): one slide of whole points within a quarter more words, the rest named in its notes
    slides = render_document(load_content(path), load_audience("technical")).slides
    parts = [s for s in slides if s.topic == "works" and s.deck and s.layout == "bullets"]
    whole = [b.text for b in parts[0].bullets]  # (whole points: none cut; the key takeaways say some; no line counts
    # the others: review 18 finding 3)
    assert len(parts) == 1 and set(whole) <= set(said) and len(whole) >= len(deck.bullets)
    assert all(b.text in parts[0].notes for b in report.bullets if b.text not in whole)
    assert sum(count_words(b.text) for b in parts[0].bullets) <= 75 * 5 // 4


def test_a_kicker_is_drawn_above_its_title_on_light_and_dark_slides_and_reads(tmp_path):
    """The writer draws a slide's kicker above its title (one line, shortened with … if it must be), in
    a colour that meets AA contrast on a content slide and on a dark divider."""
    from generator.document import Bullet, Document, Slide
    from generator.writers.pptx.writer import PptxWriter

    from .presentability import check

    long = "A kicker far too long for one line " * 6
    document = Document(title="Kickers", audience="custom", slides=[
        Slide(layout="section", title="Part 1: Water", kicker="Section one"),
        Slide(layout="bullets", title="Storage is at a ten-year low", kicker="Reservoirs",
              bullets=[Bullet(text="Forecasts say August without rain"), Bullet(text="Weekly figures from April")]),
        Slide(layout="bullets", title="Leakage is the cheapest new water", kicker=long,
              bullets=[Bullet(text="One litre in five is lost"), Bullet(text="Smart meters find leaks faster")])])
    path = tmp_path / "k.pptx"
    path.write_bytes(PptxWriter().render(document))
    slides = list(Presentation(str(path)).slides)
    assert [kicker_of(s) for s in slides] == ["Section one", "Reservoirs", kicker_of(slides[2])]
    assert kicker_of(slides[2]).endswith("…") and long.startswith(kicker_of(slides[2])[:-1].rstrip())
    assert [v for v in check(path) if v.rule == "contrast"] == []


@pytest.mark.parametrize("ahead", [False, True])
def test_the_close_never_says_the_takeaways_again_it_says_what_lies_ahead(write, ahead):
    """Without a conclusion the close was the takeaways word for word (review 5: four decks of nine);
    now it is the notes' forward-looking statements the deck has not shown, else there is none; one such
    statement alone is no close of one line (review 9): it titled the close over the bottom line's items it
    follows from (review 15), a close that said the bottom line again (review 16): nothing in these notes backs it
    (its fellow takeaways are the bottom line, every topic has a slide), so it ends the bottom line, no close."""
    takeaways = ["Prices rose by a third in a single year", "Grids strain under the new data centres",
                 "Utilities blame the cost of gas and of the new lines"]
    takeaways += ["The regulator plans to review the tariffs again before next winter"] if ahead else []
    content = write("c.yaml", "title: Grid costs\nsources: [{id: s, name: S}]\ntakeaways:\n"
                    + "".join(f"  - {t}\n" for t in takeaways) + "topics:\n"
                    + "".join(f"  - {{id: t{i}, title: Topic {i}, at: '{i}:00', points: "
                              f"['A point about the grid and its costs, number {i}', 'Another point', 'A third point "
                              f"about the grid', 'A fourth point about the costs']}}\n" for i in range(1, 4)))
    for audience in ("executive", "policy", "technical"):
        deck = [s for s in render_document(load_content(content), load_audience(audience)).slides if s.deck]
        summary = next(s for s in deck if s.role == "summary")
        closes_words = (EN_WORDS["what_it_means"], EN_WORDS["implications"], EN_WORDS["conclusion"])
        closes = [s for s in deck if s.title in closes_words]
        assert [b.text for b in summary.bullets] == takeaways, audience  # (the outlook ends it, where there is one)
        assert not closes and not [s for s in deck if s.role == "close"], audience


def test_a_point_the_bottom_line_states_is_not_said_again_on_its_topic_slide(write):
    """Without takeaways the bottom line is the topics' first statements: the deck said each twice,
    word for word (found by the review); the report keeps the point on its topic. The slide keeps three lines
    (review 13: a point the bottom line says stays where its slide would have fewer; see test_bottom_evidence)."""
    points = ["Prices rose by a third in a single year across the region",
              "Utilities blame the cost of gas and of the new grid lines",
              "Regulators will review the tariffs again before the winter",
              "Households on prepayment meters pay the most of all",
              "Rural customers pay twice the network charges of city ones"]  # (five: a slide of its own, three left)
    content = write("c.yaml", "title: Grid costs\nsources: [{id: s, name: S}]\ntopics:\n"
                    f"  - {{id: a, title: Costs, at: '1:00', points: {points}}}\n"
                    f"  - {{id: b, title: Power, at: '9:00', points: {[p.replace('tariffs', 'rules') for p in points[::-1]]}}}\n")
    document = render_document(load_content(content), load_audience("executive"))
    bottom = next(s for s in document.slides if s.deck and s.role == "summary")
    stated = [b.text for b in bottom.bullets]
    assert points[0] in stated
    def of_a(slide) -> list[str]:  # topic a's points on a slide of its own or on a shared one
        return [b.text for b in slide.bullets] if slide.topic == "a" else [
            b.text for c in slide.columns if c.topic == "a" for b in c.bullets]

    topic_deck = [text for s in document.slides if s.deck for text in of_a(s)]
    topic_report = [text for s in document.slides if s.report for text in of_a(s)]
    assert points[0] not in topic_deck and points[2] in topic_deck and points[0] in topic_report


def _headlines(text: str, most: int, times: int) -> None:
    for _ in range(times):
        headline(text, most)


def test_a_long_text_of_short_clauses_is_cut_in_linear_time():
    """Hang guard (found by attack): each comma's clause was counted from the text's start and each
    list read to the sentence's end (1.6 s a statement for 20,000 characters of "a, b, …")."""
    text = ", ".join("a, b" for _ in range(3300))
    assert guarded(_headlines, text, 4000, 10, timeout=5) == ""
    said = "Five words before the clause, which then goes on"
    assert headline(said, 8) == ("Five words before the clause", "which then goes on")
