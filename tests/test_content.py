import json
import re

import pytest

from generator.limits import MAX_TEXT
from generator.errors import BriefingError
from generator.files import describe_char
from generator.loader import load_content
from generator.quantities import parse_quantity
from tests.conftest import DEFAULT, guarded


def problems(path) -> str:
    with pytest.raises(BriefingError) as exc:
        load_content(path)
    return str(exc.value)


def test_default_content_is_complete():
    c = load_content(DEFAULT)
    assert len(c.takeaways) == 5 and all(t.points for t in c.takeaways[1:])  # (the first says its two reasons whole)
    assert [t.at for t in c.topics] == [808, 2102, 4132, 13559, 6060, 18264]
    assert [s.name for s in c.speakers][:2] == ["Dylan Patel", "Nathan Lambert"]
    assert c.subtitle.endswith("#459")  # a YAML comment must not eat it
    clusters = next(ch for t in c.topics for ch in t.charts if ch.id == "cluster-sizes")
    values = clusters.series[0].values
    assert [v["approx"] for v in values] == [False, True, True, False]
    assert (values[3]["low"], values[3]["high"]) == (500000, 700000)


def test_sources_link_the_same_moment_with_their_offsets():
    c = load_content(DEFAULT)
    audio, video = c.sources[0], c.sources[1]
    assert audio.link(808).endswith("#t=808")
    assert video.link(808) == "https://www.youtube.com/watch?v=_1f-o0nqpEI&t=213s"
    assert video.link(4132).endswith("t=3537s")  # 1:08:52 in the audio is 58:57 in the video


def test_bad_timestamp_names_file_line_and_column(write, minimal):
    path = write("bad.yaml", minimal.replace("13:28", "1:75:00"))
    assert problems(path) == f"{path}:10:9: at: '1:75:00': minutes and seconds go up to 59"


def test_all_problems_are_reported_at_once(write, minimal):
    text = minimal.replace("title: One", "titel: One").replace("13:28", "13:99") + "colour: red\n"
    out = problems(write("many.yaml", text)).splitlines()
    assert len(out) == 4, out
    assert any("unknown field 'titel'" in line for line in out)
    assert any("missing required field 'title'" in line for line in out)
    assert any(":12:1: unknown field 'colour'" in line for line in out)
    assert any("13:99" in line for line in out)


def test_time_past_the_source_is_refused(write, minimal):
    out = problems(write("late.yaml", minimal.replace("13:28", "2:00:00")))
    assert ":10:9:" in out and "past the end of source 'video'" in out


@pytest.mark.parametrize("url", ["javascript:alert(1)", "file:///etc/passwd", "\\\\\\\\server\\\\share", "ftp://x.org/a"])
def test_only_web_and_mail_links(write, minimal, url):
    out = problems(write("link.yaml", minimal.replace("https://www.youtube.com/watch?v=abc", f'"{url}"')))
    assert ":5:10:" in out and "links must be http, https or mailto" in out


CHART = """    charts:
      - id: c
        title: C
        categories: [a, b]
        series:
          - name: s
            values: {values}
"""


@pytest.mark.parametrize("values, message", [
    ("[1, nan]", "'nan' is not a number"),
    ("[1, inf]", "'inf' is not a number"),
    ("[1, 1e999]", "is not a number"),
    ("[1, true]", "'true' is not a number"),
    ("[1, 2, 3]", "series 's' (#1) has 3 values for 2 categories"),
    ("[1]", "series 's' (#1) has 1 values for 2 categories"),
])
def test_bad_chart_data_names_chart_series_and_position(write, minimal, values, message):
    out = problems(write("chart.yaml", minimal + CHART.format(values=values)))
    assert message in out and "chart.yaml:1" in out


def test_control_characters_are_refused(write, minimal):
    out = problems(write("ctl.yaml", minimal.replace("[First point]", '["a\\x1bb"]')))
    assert "control character U+001B" in out and ":11:" in out


def test_a_blank_figure_value_is_refused_at_its_position(write, minimal):
    """A figure is shown big on a slide of its own: a value of spaces made a slide with only its title."""
    figure = minimal + "    figures:\n      - {value: '   ', label: ' '}\n"
    out = problems(write("blank.yaml", figure))
    assert ":13:17:" in out and "value: is blank" in out
    assert load_content(write("ok.yaml", figure.replace("'   '", "'27x'"))).topics[0].figures[0].label == " "


@pytest.mark.parametrize("title", ['""', '"   "', '"\\u200b"', '"\\u200d\\u200e "'])
def test_a_blank_or_invisible_title_is_refused_at_its_position(write, minimal, title):
    """Found by attack: a title of nothing, spaces or zero-width characters built a deck whose title
    slide said "Slide 1" and whose agenda listed bare times."""
    blank = minimal.replace("title: Minimal", f"title: {title}").replace("title: One", f"title: {title}")
    out = problems(write("blank.yaml", blank))
    assert ":1:8: title: is blank" in out and ":9:12: title: is blank" in out
    assert load_content(write("ok.yaml", minimal.replace("title: One", 'title: "\\u200bOne 🚀"'))).topics[0].title


@pytest.mark.parametrize("title", ['"🚀🔥"', '"🎉 🎉"', '"❤️\u200d🔥"', '"🇫🇷"'])
def test_an_emoji_only_title_is_refused_at_its_position(write, minimal, title):
    """Found by attack: a title of emoji only validated, and the deck and the report (whose fonts
    have no emoji, so they leave them out) showed an empty title slide and a topic slide titled by
    its first point. It is an error at the title, as a blank one is; a title with a word in it is kept."""
    only = minimal.replace("title: Minimal", f"title: {title}").replace("title: One", f"title: {title}")
    out = problems(write("emoji.yaml", only))
    assert ":1:8: title: is only emoji" in out and ":9:12: title: is only emoji" in out
    assert load_content(write("ok.yaml", minimal.replace("title: One", 'title: "🚀 Launch"'))).topics[0].title == "🚀 Launch"


def test_markup_and_template_text_is_kept_as_written(write, minimal):
    text = minimal.replace("[First point]", '["Q&A, R&D, a<b, <b>, {{ 7*7 }}"]')
    c = load_content(write("markup.yaml", text))
    assert c.topics[0].points[0].text == "Q&A, R&D, a<b, <b>, {{ 7*7 }}"


def test_unquoted_colon_in_a_point_gets_a_hint(write, minimal):
    out = problems(write("colon.yaml", minimal.replace("[First point]", "\n      - xAI: 200,000 GPUs")))
    assert "quote text that contains ': '" in out and ":12:9:" in out


# Characters YAML itself reads as line breaks (U+0085, U+2028, U+2029), the other C1 controls and
# the non-characters: refused wherever text is, so validate and every build agree on them.
YAML_MOVES = ["\u0080", "\u0085", "\u009f", "\u2028", "\u2029", "\ufffe"]


@pytest.mark.parametrize("char", YAML_MOVES, ids=lambda c: f"U+{ord(c):04X}")
def test_characters_yaml_would_move_are_refused_by_validate_and_every_build(tmp_path, write, minimal, char):
    from generator.build import build

    escaped = f'"a  \\u{ord(char):04X}  b"'  # an escape in a quoted scalar reaches the text as is
    path = write("chars.yaml", minimal.replace("title: One", f"title: {escaped}"))
    out = problems(path)
    assert out == f"{path}:9:12: title: {describe_char(char)} at character 4 is not allowed in text"
    with pytest.raises(BriefingError) as built:
        build([path], formats=["pptx", "pdf", "md"], output=tmp_path / "out")
    assert str(built.value) == out and not (tmp_path / "out").exists()


@pytest.mark.parametrize("char", YAML_MOVES + ["\x00", "\x0c"], ids=lambda c: f"U+{ord(c):04X}")
def test_a_refused_character_written_in_the_file_is_at_its_line_and_column(write, minimal, char):
    # after it, lines are counted as editors count them: U+0085 and U+2028 do not end a line
    path = write("raw.yaml", minimal.replace("title: Minimal", f"title: Mini{char}mal\nsubtitle: a {char}"))
    assert problems(path) == f"{path}:1:12: {describe_char(char)} is not allowed"


def test_text_that_validates_keeps_its_unusual_characters_in_every_output(tmp_path, write, minimal):
    from generator.build import build

    text = "Alpha \u00a0 \u3000 \u200b \ufeff \u00ad \ufdd0\tOmega"
    path = write("kept.yaml", minimal.replace("[First point]", f"[{json.dumps(text)}]"))
    assert load_content(path).topics[0].points[0].text == text
    built = {b.path.suffix: b.path for b in build([path], audiences=["technical"], formats=["pptx", "pdf", "md"],
                                                   output=tmp_path / "out")}
    assert text in built[".md"].read_text(encoding="utf-8")
    from pptx import Presentation

    deck = "\n".join(sh.text_frame.text for s in Presentation(str(built[".pptx"])).slides for sh in s.shapes if sh.has_text_frame)
    assert text in deck
    from pypdf import PdfReader

    report = "".join(page.extract_text() for page in PdfReader(str(built[".pdf"])).pages)
    assert re.search(r"Alpha\s[^\n]*Omega", report)  # the PDF's fonts may draw some of them as nothing


@pytest.mark.parametrize("text", ["1" + " " * (MAX_TEXT - 2) + "z", "~" + "1 to " * (MAX_TEXT // 5 - 1),
                                  "1," * (MAX_TEXT // 2 - 1) + "z", "about" + " " * (MAX_TEXT - 7) + "1x"])
def test_a_number_at_the_text_limit_is_read_in_linear_time(text):
    """Hang guard: the pattern was polynomial in runs of spaces (minutes at 6 KB)."""
    message = guarded(parse_quantity, text, timeout=2)
    assert len(message) < 200  # a value that is not a number is quoted in part, not whole


@pytest.mark.parametrize("text, value", [(" ~ 128,000", None), ("~128,000 ", 128000), ("about  5 B", 5e9),
                                         ("500,000 \t– 700,000", 600000), ("1-2B", 1.5e9), ("27 ×", 27)])
def test_numbers_with_white_space_read_as_before(text, value):
    if value is None:
        with pytest.raises(ValueError):
            parse_quantity(text)
    else:
        assert parse_quantity(text)["value"] == value and parse_quantity(text)["text"] == text.strip()


def test_many_sources_and_many_moments_validate_in_linear_time(write):
    """Hang guard: every moment was checked against every source (10,000 x 200 here: content holds
    at most 200 sources, issue #24)."""
    from generator.limits import MAX_SOURCES

    sources = "".join(f"  - {{id: s{i}, name: S, offset: '0:{i % 60:02}', duration: '2:00:00'}}\n"
                      for i in range(MAX_SOURCES))
    points = "".join("      - {text: p, at: '1:00'}\n" for _ in range(100))
    topics = "".join(f"  - id: t{i}\n    title: T\n    at: '1:00'\n    points:\n{points}" for i in range(100))
    path = write("many.yaml", f"title: Many\nsources:\n{sources}topics:\n{topics}")
    assert guarded(load_content, path, timeout=10) == ""
    late = write("late.yaml", f"title: Many\nsources:\n{sources}topics:\n{topics}".replace("'1:00'", "'1:59:30'"))
    out = guarded(load_content, late, timeout=10).splitlines()
    assert len(out) == 100 * 101 and out[0].endswith("1:59:30 is past the end of source 's59' (2:00:00 long)")
