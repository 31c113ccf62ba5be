"""Audiences users make: new-audience, extends with merged theme and budget, logo, briefing.toml, --watch."""
from __future__ import annotations

import contextlib
import os
import struct
import subprocess
import sys
import time
import zlib
from pathlib import Path

import pytest
from click.testing import CliRunner
from pptx import Presentation

from generator.cli import main
from tests.conftest import ROOT


def png(width: int, height: int) -> bytes:
    """A small solid PNG, written without an image library."""
    raw = b"".join(b"\x00" + bytes([200, 30, 60]) * width for _ in range(height))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def logo_audience(folder, extends: str, logo: bytes, name: str = "logo.png"):
    """An audience in ``folder`` that extends ``extends`` and shows ``logo`` (a file called ``name``)."""
    folder.mkdir(parents=True)
    (folder / "audience.yaml").write_text(f"extends: {extends}\n", encoding="utf-8")
    (folder / "theme.yaml").write_text(f"logo: {name}\n", encoding="utf-8")
    (folder / name).write_bytes(logo)


def cli(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def shapes_text(path: Path) -> list[str]:
    return [sh.text_frame.text for slide in Presentation(str(path)).slides for sh in slide.shapes if sh.has_text_frame]


def test_new_audience_builds_at_once_then_with_edits(project):
    made = cli("new-audience", "board", "--from", "executive", "--dir", "audiences")
    assert made.exit_code == 0, made.output
    assert "build it: briefing build -a board -t audiences" in made.output
    folder = project / "audiences" / "board"
    assert {p.name for p in folder.iterdir()} == {"audience.yaml", "theme.yaml", "document.yaml.j2"}
    assert "which slides come" in (folder / "document.yaml.j2").read_text(encoding="utf-8")
    first = cli("build", "-t", "audiences", "-a", "board", "-f", "pptx")
    assert first.exit_code == 0, first.output
    executive = cli("build", "-a", "executive", "-f", "pptx")
    assert executive.exit_code == 0
    # unchanged, it is the executive deck under another name
    assert len(Presentation("output/deepseek-board.pptx").slides) == len(Presentation("output/deepseek-executive.pptx").slides)

    (folder / "theme.yaml").write_text("accent: 00FF00\n", encoding="utf-8")
    (folder / "audience.yaml").write_text(
        (folder / "audience.yaml").read_text(encoding="utf-8").replace("budget: {}", "budget: {max_topics: 1}"),
        encoding="utf-8")
    (folder / "document.yaml.j2").write_text(
        '{% extends "executive/document.yaml.j2" %}\n{% block summary %}\n'
        '{% set heading, limit, depth = "For the board", 2, 1 %}\n{% include "slides/takeaways.yaml.j2" %}\n'
        '{% endblock %}\n', encoding="utf-8")
    again = cli("build", "-t", "audiences", "-a", "board", "-f", "pptx")
    assert again.exit_code == 0, again.output
    texts = shapes_text(project / "output" / "deepseek-board.pptx")
    assert "For the board" in texts
    # max_topics 1: the topic that takes most of the recording; the others are named with their times
    assert "TSMC and Semiconductor Manufacturing" in texts  # the kicker over its message
    also = next(t for t in texts if "Also discussed:" in t)
    assert "DeepSeek Models and Architecture (13:28)" in also and "Future of AI Development (5:04:24)" in also
    xml = b"".join(z for z in _slide_xml(project / "output" / "deepseek-board.pptx"))
    assert b'val="00FF00"' in xml and b'val="D1495B"' not in xml  # the new accent replaced executive's


def _slide_xml(path):
    import zipfile

    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if name.startswith("ppt/slides/slide"):
                yield z.read(name)


def test_audience_extending_another_with_one_colour(project):
    folder = project / "mine" / "exec-green"
    folder.mkdir(parents=True)
    (folder / "audience.yaml").write_text("description: Executive, in green\nextends: executive\n", encoding="utf-8")
    (folder / "theme.yaml").write_text("primary: 1B5E20\n", encoding="utf-8")
    result = cli("build", "-t", "mine", "-a", "exec-green", "-a", "executive", "-f", "pptx")
    assert result.exit_code == 0, result.output
    green = Presentation("output/deepseek-exec-green.pptx")
    plain = Presentation("output/deepseek-executive.pptx")
    assert len(green.slides) == len(plain.slides)  # budget inherited: 4 topics
    first = b"".join(_slide_xml("output/deepseek-exec-green.pptx"))
    assert b'val="1B5E20"' in first and b'val="D1495B"' in first  # own primary, inherited accent
    listing = cli("audiences", "-t", "mine").output
    assert any(line.split()[:3] == ["exec-green", "executive", str(Path("mine") / "exec-green")]
               for line in listing.splitlines())


def test_budget_by_topic_name(project):
    folder = project / "mine" / "tsmc-only"
    folder.mkdir(parents=True)
    (folder / "audience.yaml").write_text(
        "extends: technical\nbudget:\n  topics: [TSMC and Semiconductor Manufacturing, export-controls]\n"
        "  lead: [tsmc]\n", encoding="utf-8")
    assert cli("build", "-t", "mine", "-a", "tsmc-only", "-f", "md").exit_code == 0
    text = (project / "output" / "deepseek-tsmc-only.md").read_text(encoding="utf-8")
    kickers = [line for line in text.splitlines() if line.startswith("*") and line.endswith("*")]  # over the headings
    topics = [k for k in kickers if k[1:-1] in ("TSMC and Semiconductor Manufacturing",
                                                "Export Controls and Geopolitical Implications",
                                                "DeepSeek Models and Architecture")]
    assert list(dict.fromkeys(topics)) == ["*TSMC and Semiconductor Manufacturing*",
                                           "*Export Controls and Geopolitical Implications*"]


def test_logo_on_the_title_slide_and_the_cover(project):
    logo_audience(project / "mine" / "branded", "executive", png(120, 40))
    result = cli("build", "-t", "mine", "-a", "branded")
    assert result.exit_code == 0, result.output
    title = Presentation("output/deepseek-branded.pptx").slides[0]
    pictures = [sh for sh in title.shapes if sh.shape_type == 13]  # MSO_SHAPE_TYPE.PICTURE
    assert len(pictures) == 1 and pictures[0].image.size == (120, 40)
    assert pictures[0]._element.nvPicPr.cNvPr.get("descr") == "Logo: logo.png"  # alt text
    assert pictures[0].width / pictures[0].height == pytest.approx(3, rel=0.01)
    from pypdf import PdfReader

    cover = PdfReader("output/deepseek-branded.pdf").pages[0]
    assert len(cover.images) == 1


@pytest.mark.parametrize("logo, message", [("../../content/deepseek.yaml", "outside the audience folder"),
                                           ("/etc/passwd", "outside the audience folder"),
                                           ("missing.png", "does not exist"),
                                           ("theme.yaml", "PNG or JPEG")])
def test_logo_outside_the_folder_or_not_an_image_is_refused(project, logo, message):
    folder = project / "mine" / "sneaky"
    folder.mkdir(parents=True)
    (folder / "audience.yaml").write_text("extends: executive\n", encoding="utf-8")
    (folder / "theme.yaml").write_text(f"logo: {logo}\n", encoding="utf-8")
    result = cli("build", "-t", "mine", "-a", "sneaky")
    assert result.exit_code == 1 and message in result.output
    assert "mine/sneaky/theme.yaml:1:7: logo: " in result.output and not Path("output").exists()


@pytest.mark.parametrize("theme, message", [
    ("accent: green\n", "accent"), ("colour: FF0000\n", "unknown field 'colour'"),
    ("primary:\n", "1:9: primary: Input should be a valid string"),  # a key without a value is no "not set"
    ("palette: null\n", "1:10: palette: Input should be a valid list"),
    ("layouts: ~\n", "1:10: layouts: Input should be a valid dictionary"),
])
def test_bad_theme_values_name_file_and_line(project, theme, message):
    folder = project / "mine" / "bad"
    folder.mkdir(parents=True)
    (folder / "audience.yaml").write_text("extends: executive\n", encoding="utf-8")
    (folder / "theme.yaml").write_text(theme, encoding="utf-8")
    result = cli("build", "-t", "mine", "-a", "bad")
    assert result.exit_code == 1 and "mine/bad/theme.yaml:1:" in result.output and message in result.output


def test_project_config_sets_defaults_and_options_win(project):
    (project / "notes").mkdir()
    (project / "content" / "deepseek.yaml").rename(project / "notes" / "briefing.yaml")
    (project / "briefing.toml").write_text(
        'content = "notes"\noutput = "dist"\naudiences = ["policy"]\nformats = ["md"]\n', encoding="utf-8")
    result = cli("build")
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (project / "dist").iterdir()) == ["briefing-policy.md"]
    result = cli("build", "-a", "executive", "-o", "elsewhere")
    assert result.exit_code == 0 and sorted(p.name for p in (project / "elsewhere").iterdir()) == ["briefing-executive.md"]


@pytest.mark.parametrize("toml, message", [
    ('formats = ["docx"]\n', "briefing.toml:1:1: formats"),
    ('colour = "red"\n', "briefing.toml:1:1: colour: unknown key"),
    ('output = "a"\npaper = \n', "briefing.toml:2:9: invalid TOML"),
    ('output = [\n', "briefing.toml:1:1: invalid TOML"),
    ('paper = "a4"\njobs = true\n', "briefing.toml:2:1: jobs: Input should be a valid integer"),
    ('jobs = 2.0\n', "briefing.toml:1:1: jobs: Input should be a valid integer"),
    ('\n\n\noutput = "a\\u0000b"\n', "briefing.toml:4:1: output: a path cannot hold a NUL character"),
    ('templates = ["ok", "\\u0000"]\n', "briefing.toml:1:1: templates: a path cannot hold a NUL"),
    ("a = " + "[" * 5000 + "]" * 5000 + "\n", "briefing.toml: values nested too deeply"),
    ("a = " + "{b = " * 5000 + "}" * 5000 + "\n", "briefing.toml: values nested too deeply"),
])
def test_bad_project_config_is_a_clear_error(project, toml, message):
    (project / "briefing.toml").write_text(toml, encoding="utf-8")
    result = cli("build")
    assert result.exit_code == 1 and message in result.output and "Traceback" not in result.output


@contextlib.contextmanager
def watched_build(project, args=("-a", "executive", "-f", "md")):
    """``briefing build --watch`` running in ``project``: yields ``wait_for(text)`` (which returns once
    a line of output holds ``text``) and the lines read so far; checks the watcher is still alive."""
    proc = subprocess.Popen([sys.executable, "-m", "generator.cli", "build", *args, "--watch"],
                            cwd=project, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    lines: list[str] = []

    def wait_for(text: str, timeout: float = 30) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            line = proc.stdout.readline()
            if not line:
                break
            lines.append(line)
            if text in line:
                return
        raise AssertionError(f"never saw {text!r}: {''.join(lines)}")

    try:
        wait_for("watching for changes")
        time.sleep(0.5)
        yield wait_for, lines
        assert proc.poll() is None
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_watch_rebuilds_on_change_and_survives_errors(project):
    content = project / "content" / "deepseek.yaml"
    with watched_build(project) as (wait_for, lines):
        original = content.read_text(encoding="utf-8")
        content.write_text(original.replace("title: DeepSeek, China", "title: Watched, China"), encoding="utf-8")
        wait_for("rebuilt in")
        assert "# Watched, China" in (project / "output" / "deepseek-executive.md").read_text(encoding="utf-8")
        content.write_text(original.replace("at: 13:28", "at: 1:75:00", 1), encoding="utf-8")
        wait_for("not rebuilt; still watching")
        assert any("deepseek.yaml:" in line and "1:75:00" in line for line in lines)
        content.write_text(original, encoding="utf-8")
        wait_for("rebuilt in")


def test_watch_survives_a_content_file_replaced_by_a_link_to_a_device(project):
    content = project / "content" / "deepseek.yaml"
    original = content.read_text(encoding="utf-8")
    with watched_build(project) as (wait_for, lines):
        (project / "zero").symlink_to("/dev/zero")
        os.replace(project / "zero", content)  # at once: the watcher never sees the file missing
        wait_for("not rebuilt; still watching")
        assert any("deepseek.yaml: cannot read file: it is a device, not a regular file" in line for line in lines)
        content.unlink()
        content.write_text(original.replace("title: DeepSeek, China", "title: Back, China"), encoding="utf-8")
        wait_for("rebuilt in")
        assert "# Back, China" in (project / "output" / "deepseek-executive.md").read_text(encoding="utf-8")


def test_budget_limits_deck_slides_and_picks_charts_by_id(project):
    folder = project / "mine" / "short"
    folder.mkdir(parents=True)
    (folder / "audience.yaml").write_text(
        "extends: technical\nbudget: {max_slides: 5, charts: [cluster-sizes], tables: false}\n", encoding="utf-8")
    assert cli("build", "-t", "mine", "-a", "short", "-f", "pptx", "-f", "md").exit_code == 0
    deck = Presentation("output/deepseek-short.pptx")
    titles = [next(sh.text_frame.text for sh in slide.shapes if sh.has_text_frame and sh.text_frame.text.strip())
              for slide in deck.slides]
    # at most five: the close (the conclusion, the sources) and the first others; no topic fits whole (the About
    # slide, the cover's speakers again, is the report's only: review 20)
    assert titles == ["DeepSeek, China, OpenAI, NVIDIA, xAI, TSMC, Stargate, and AI Megaclusters", "Key takeaways",
                      "Multiple companies are likely to succeed, as infrastructure grows in importance", "Sources"], titles
    # (the technical close: the notes' section on what comes next, close_watch.ahead_section, review 21)
    sources = " ".join(sh.text_frame.text for sh in deck.slides[-1].shapes if sh.has_text_frame)
    assert "Also discussed: DeepSeek Models and Architecture (13:28)," in sources  # every topic left out is named
    handout = (project / "output" / "deepseek-short.md").read_text(encoding="utf-8")
    assert "*Future of AI Development*" in handout  # the report keeps every topic
    assert "AI cluster sizes" in handout and "Experts active per token" not in handout
    assert "NVIDIA GPU export status to China" not in handout


@pytest.mark.parametrize("data", [b"not an image at all", b"\x89PNG\r\n\x1a\n" + b"\x00" * 8, b"\xff\xd8\xff\xd9"])
def test_logo_that_is_not_an_image_inside_is_refused(project, data):
    """A file named .png that holds something else is refused where the theme names it."""
    logo_audience(project / "mine" / "fake", "executive", data)
    result = cli("build", "-t", "mine", "-a", "fake")
    assert result.exit_code == 1, result.output
    assert "mine/fake/theme.yaml:1:7: logo: 'logo.png' is not a PNG or JPEG image" in result.output
    assert not Path("output").exists()


def test_jpeg_logo_keeps_its_size(project):
    """The deck reads a JPEG's size from its frame header."""
    import io

    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (150, 50), (200, 30, 60)).save(buffer, "JPEG")
    jpeg = buffer.getvalue()
    logo_audience(project / "mine" / "jpeg", "executive", jpeg, "logo.jpg")
    result = cli("build", "-t", "mine", "-a", "jpeg", "-f", "pptx")
    assert result.exit_code == 0, result.output
    picture = next(sh for sh in Presentation("output/deepseek-jpeg.pptx").slides[0].shapes if sh.shape_type == 13)
    assert picture.image.content_type == "image/jpeg" and picture.width / picture.height == pytest.approx(3, rel=0.01)


def logo_build(project, data: bytes):
    logo_audience(project / "mine" / "huge", "executive", data)
    return subprocess.run([sys.executable, "-m", "generator.cli", "build", "-t", "mine", "-a", "huge"],
                          capture_output=True, text=True, cwd=project, env={**os.environ, "PYTHONPATH": str(ROOT)})


def test_huge_logo_is_refused_from_its_header_without_decoding(project):
    header = png(1, 1)[:33]  # signature and IHDR of a 1 x 1 image, made 12,000 x 12,000 below
    header = header[:16] + struct.pack(">II", 12000, 12000) + header[24:29]
    header += struct.pack(">I", zlib.crc32(header[12:29]) & 0xFFFFFFFF)
    start = time.monotonic()
    proc = logo_build(project, header + png(1, 1)[33:])
    assert proc.returncode == 1 and "Traceback" not in proc.stderr and time.monotonic() - start < 20
    assert proc.stderr.strip() == ("mine/huge/theme.yaml:1:7: logo: 'logo.png' is 12,000 x 12,000 pixels; scale it "
                                   "down to at most 4,096 on each side (a logo is shown at most 160 x 80 points)")
    assert not Path("output").exists()


@pytest.mark.parametrize("cut", [0.5, 0.9])
def test_truncated_logo_is_refused_before_writing(project, cut):
    data = png(300, 200)
    proc = logo_build(project, data[: int(len(data) * cut)])
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert proc.stderr.startswith("mine/huge/theme.yaml:1:7: logo: 'logo.png' cannot be read: "), proc.stderr
    assert not Path("output").exists()


@pytest.mark.parametrize("name", ["audience.yaml", "theme.yaml", "document.yaml.j2", "slides/title.yaml.j2"])
def test_link_out_of_an_audience_folder_is_refused(project, name):
    folder = project / "mine" / "linked"
    (folder / "slides").mkdir(parents=True)
    if name != "audience.yaml":
        (folder / "audience.yaml").write_text("extends: executive\n", encoding="utf-8")
    (folder / name).symlink_to("/etc/passwd")
    (folder / "inside.yaml.j2").symlink_to(folder / "slides")  # a link that stays inside is fine
    result = cli("build", "-t", "mine", "-a", "linked")
    assert result.exit_code == 1
    assert result.output.strip() == (f"mine/linked/{name}: is a link to a file outside its audience folder; "
                                     "copy the file in instead")
    assert "root:" not in result.output and not Path("output").exists()


def test_import_writes_into_the_content_folder_of_briefing_toml(project):
    (project / "briefing.toml").write_text('content = "briefings"\n', encoding="utf-8")
    (project / "briefings").mkdir()
    (project / "hearing.txt").write_text("Water hearing\n\nChapters\n0:00 Opening\n12:40 Reservoirs\n", encoding="utf-8")
    result = cli("import", "hearing.txt")
    assert result.exit_code == 0, result.output
    assert (project / "briefings" / "hearing.yaml").is_file() and not (project / "content" / "hearing.yaml").exists()
    assert cli("build", "-f", "md").exit_code == 0
    assert (project / "output" / "hearing-executive.md").is_file()


def test_watch_follows_a_changed_config_and_says_each_rebuilds_warnings(project):
    """briefing.toml is read again before each rebuild (its formats here), and every rebuild says
    its warnings, not only the first build."""
    board = project / "templates" / "board"
    board.mkdir(parents=True)
    (board / "audience.yaml").write_text("extends: executive\nbudget: {lead: [no-such-topic]}\n", encoding="utf-8")
    config = project / "briefing.toml"
    config.write_text('audiences = ["board"]\nformats = ["md"]\n', encoding="utf-8")
    warning = "warning: budget lead 'no-such-topic' matches no topic"
    with watched_build(project, args=()) as (wait_for, lines):
        assert sorted(p.name for p in (project / "output").iterdir()) == ["deepseek-board.md"]
        assert sum(warning in line for line in lines) == 1
        config.write_text('audiences = ["board"]\nformats = ["md", "pdf"]\n', encoding="utf-8")
        wait_for("rebuilt in")
        assert lines[-1].startswith("2 files rebuilt in") and lines[-1].rstrip().endswith("deepseek-board.pdf")
        assert sorted(p.name for p in (project / "output").iterdir()) == ["deepseek-board.md", "deepseek-board.pdf"]
        assert sum(warning in line for line in lines) == 2
        config.write_text('audiences = ["board"]\nformats = ["docx"]\n', encoding="utf-8")
        wait_for("not rebuilt; still watching")
        assert any("briefing.toml:2:1: formats" in line for line in lines)

