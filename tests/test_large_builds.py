"""Builds of notes of thousands of points do work that grows with the notes, not with their square
(issue #24, cause 2: attack11's 20,000 lines of notes, 2,000 chapters of 9 points, valid, did not build
for the policy audience in its time). Counted, not timed."""
from __future__ import annotations

import re

import pytest
from click.testing import CliRunner

from generator.cli import main


def _imported(tmp_path, chapters: int):
    """Notes of ``chapters`` timed chapters of nine numbered points each (attack11's shape), imported."""
    from generator.loader import load_content

    lines = []
    for i in range(chapters * 10):
        lines.append(f"{i // 3600:02d}:{i // 60 % 60:02d}:{i % 60:02d} Chapter {i}" if i % 10 == 0
                     else f"- point {i} about things and numbers {i * 7}%")
    notes, content = tmp_path / "notes.md", tmp_path / "notes.yaml"
    notes.write_text("# Long talk\n\n" + "\n".join(lines) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["import", str(notes), "-o", str(content), "--force"])
    assert result.exit_code == 0, result.output
    return load_content(content)


def test_a_topics_strongest_title_is_made_once_for_each_question_a_build_asks(tmp_path, monkeypatch):
    """The summary's claims (twice), each slide, the close and the checks of what backs what asked for each topic's
    strongest title anew: nine times a topic, 75% of a 27 s build. Made once for each set of arguments now (memo.py)."""
    from generator import titles
    from generator.audiences import load_audience
    from generator.render import render_document

    content = _imported(tmp_path, 40)
    made = []
    strongest = titles._strongest
    monkeypatch.setattr(titles, "_strongest", lambda topic, *rest: made.append(topic["id"]) or strongest(topic, *rest))
    document = render_document(content, load_audience("policy"))
    assert len(document.slides) > 40
    assert len(made) <= 4 * len(content.topics)  # (9 a topic before)


def test_a_topic_changed_since_makes_its_title_again():
    """What is remembered is the title of the topic as it is: a point changed since makes it again."""
    from generator import titles
    from generator.memo import forget
    from generator.words import load_words

    words = load_words("en")
    points = [{"text": f"Revenue grew {i}% in region {i} as market share rose.", "children": [], "at": None}
              for i in range(1, 5)]
    topic = {"id": "t", "title": "Regional revenue", "summary": "", "message": "", "at": None, "points": points,
             "named_points": [], "naming": {}, "aside": False, "tags": []}
    first = titles.strongest(topic, words)["title"]
    assert titles.strongest(topic, words) == titles.strongest(topic, words)
    points[0]["text"] = "Revenue grew 90% in region 9 as market share rose."
    assert titles.strongest(topic, words)["title"] != first
    forget()


@pytest.mark.parametrize("made, where", [
    ("  - {layout: bullets, title: {{ 'x' * 62001 }}, bullets: [{text: x}]}\n", 3),
    ("  - layout: bullets\n    title: T\n    bullets:\n      - {text: {{ 'y' * 72000 }}}\n", 6),
])
def test_a_text_a_template_makes_past_its_limit_is_an_error_at_its_line(tmp_path, write, minimal, made, where):
    """A template's title of 3.9 million characters ran the report's writer for minutes: a text a template makes is
    bounded (limits.MADE_TEXT: three content texts, and the content's size), an error at the template line that wrote it."""
    from generator.limits import MADE_TEXT

    folder = tmp_path / "aud" / "wide"
    folder.mkdir(parents=True)
    (folder / "audience.yaml").write_text("extends: base\n", encoding="utf-8")
    (folder / "document.yaml.j2").write_text("title: T\nslides:\n" + made, encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(write("c.yaml", minimal)), "-t", str(tmp_path / "aud"),
                                       "-a", "wide", "-f", "md", "-o", str(tmp_path / "out")])
    assert result.exit_code == 1, result.output
    assert "internal error" not in result.output and f"{folder / 'document.yaml.j2'}:{where}:" in result.output
    most = re.search(r"a text of at most ([\d,]+) characters", result.output)
    assert most and MADE_TEXT < int(most[1].replace(",", "")) < 62_001  # (and as many as the content has, in JSON)


def test_a_text_at_its_limit_builds(tmp_path, write, minimal):
    """The bound's own size builds, speaker notes longer than it too."""
    from generator.limits import MADE_TEXT

    folder = tmp_path / "aud" / "wide"
    folder.mkdir(parents=True)
    (folder / "audience.yaml").write_text("extends: base\n", encoding="utf-8")
    (folder / "document.yaml.j2").write_text(
        "title: T\nslides:\n  - {layout: bullets, title: {{ 'x' * " + str(MADE_TEXT) + " }}, bullets: [{text: x}], "
        "notes: {{ 'n' * " + str(2 * MADE_TEXT) + " }}}\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(write("c.yaml", minimal)), "-t", str(tmp_path / "aud"),
                                       "-a", "wide", "-f", "md", "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output


def test_a_line_of_a_thousand_long_names_builds(tmp_path, write, minimal):
    """The title slide's line of the speakers' names is longer than ``MADE_TEXT`` for a thousand names of a hundred
    letters (valid content): the bound on a text grows with the content, and what validates, builds."""
    from generator.limits import MADE_TEXT

    names = "".join(f"  - name: Speaker {i:04d} {'n' * 90}\n" for i in range(1000))
    content = write("c.yaml", minimal.replace("topics:\n", "speakers:\n" + names + "topics:\n", 1))
    result = CliRunner().invoke(main, ["build", str(content), "-a", "executive", "-f", "md", "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    # (the handout's cover names every speaker, a line each, more than MADE_TEXT in all: its About no longer names
    # them again on one line, review 21)
    handout = (tmp_path / "out" / "c-executive.md").read_text(encoding="utf-8")
    assert "Speaker 0999" in handout and len(handout) > MADE_TEXT
