"""Errors where the mistake is (issues #23 §2 and #24): the cases an attacker found named the wrong
place or worded it wrongly — a template's text blamed on the built-in template after it, an
audience's label or font with a control character blamed on a built-in template or written as
U+FFFD, a key written as ``1`` called '0.1', a link loop worded differently in each place, and
outline items numbered 1000 and on run into the item before them."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from generator.audiences import load_audience
from generator.cli import main
from generator.errors import BriefingError
from generator.importer import import_notes
from generator.loader import load_content
from generator.render import render_document

CONTENT = """title: Tiny briefing
sources: [{id: a, name: A, url: 'https://example.org/a'}]
topics:
  - {id: t, title: Topic one, points: [First point here, Second point here]}
  - {id: u, title: Topic two, points: [Third point here]}
"""


def audience(tmp_path, files: dict[str, bytes | str], extends: str = "technical"):
    """Audience ``mine`` (extending ``extends``) of ``files`` (path in the folder: text or bytes)."""
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "audience.yaml").write_text(f"extends: {extends}\n", encoding="utf-8")
    for name, data in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        if isinstance(data, bytes):
            (folder / name).write_bytes(data)
        else:
            (folder / name).write_text(data, encoding="utf-8")
    return folder


def render_problems(tmp_path, files: dict[str, bytes | str], extends: str = "technical") -> list[str]:
    """The problems (as printed) of rendering CONTENT for audience ``mine`` made of ``files``."""
    audience(tmp_path, files, extends)
    path = tmp_path / "c.yaml"
    path.write_text(CONTENT, encoding="utf-8")
    with pytest.raises(BriefingError) as caught:
        render_document(load_content(path), load_audience("mine", [tmp_path]))
    return [str(p) for p in caught.value.problems]


def test_a_key_written_as_a_number_is_named_as_written(tmp_path):
    """``1: x`` in a slide was "unknown field '0.1'": the key's digits were taken for a list index
    and joined to the slide's."""
    found = render_problems(tmp_path, {"slides/title.yaml.j2": "  - layout: title\n    title: T\n    1: x\n"})
    assert found == [f"{tmp_path}/mine/slides/title.yaml.j2:3:5: unknown field '1'"]


def test_outline_items_numbered_1000_and_on_stay_items():
    """A numbered list reaching 1000. ran on: '999. Item 999' took '1000. Item 1000' as its
    continued line ("Item 999 1000. Item 1000"), and so on to the end."""
    notes = "# Plan\n\n## Steps\n\n" + "".join(f"{n}. Step {n}\n" for n in range(995, 1006))
    data = import_notes(notes, "plan.md").data
    [topic] = data["topics"]
    assert [p if isinstance(p, str) else p["text"] for p in topic["points"]] == [
        f"Step {n}" for n in range(995, 1006)]


@pytest.mark.parametrize("file, text, where", [
    ("audience.yaml", 'extends: executive\nlabel: "a\\eb"\n', "audience.yaml:2:8: label"),
    ("audience.yaml", 'extends: executive\nlabel: "\\e]52;c;aGk=\\a"\n', "audience.yaml:2:8: label"),
    ("audience.yaml", 'extends: executive\ndescription: "x\\u2028y"\n', "audience.yaml:2:14: description"),
    ("theme.yaml", 'heading_font: "a\\eb"\n', "theme.yaml:1:15: heading_font"),
    ("theme.yaml", 'body_font: "Arial\\x85"\n', "theme.yaml:1:12: body_font"),
    ("theme.yaml", 'layouts: {title: "Title\\x07"}\n', "theme.yaml:1:18: title"),
])
def test_a_control_character_in_an_audience_or_theme_is_an_error_at_its_line(tmp_path, file, text, where):
    """A label with an escape character was blamed on the built-in slides/title.yaml.j2 (which writes
    it into the notes); a font's name with one was written into the deck as U+FFFD, silently."""
    folder = audience(tmp_path, {file: text}, "executive")
    with pytest.raises(BriefingError) as caught:
        load_audience("mine", [tmp_path])
    [problem] = caught.value.problems
    assert str(problem).startswith(f"{folder}/{where}: "), str(problem)
    assert " is not allowed in text" in problem.message


@pytest.mark.parametrize("loop, args", [
    ("content", ["build", "-f", "md"]),  # was "content: no content files (*.yaml) found"
    ("l.yaml", ["build", "-f", "md", "l.yaml"]),  # was the absolute path (Path.resolve's error)
    ("out", ["build", "-f", "md", "-o", "out"]),  # was "output folder is a link to nothing, not a folder"
    ("output", ["build", "-f", "md"]),
    ("mine", ["build", "-f", "md", "-t", "mine"]),  # was the absolute path
    ("mine", ["audiences", "-t", "mine"]),
    ("templates", ["build", "-f", "md"]),  # was searched as no folder at all, silently
    ("briefing.toml", ["build", "-f", "md"]),
    ("mine/x", ["build", "-f", "md", "-t", "mine", "-a", "x"]),  # was "unknown audience 'x'"
    ("x.yaml", ["import", "n.md", "-o", "x.yaml"]),  # was replaced, without --force
    ("d", ["init", "d"]),  # was "d/content/deepseek.yaml: cannot write: Too many levels of symbolic links"
    ("d", ["new-audience", "board", "--dir", "d"]),  # was the absolute path
])
def test_a_link_loop_is_said_one_way_wherever_it_is(tmp_path, monkeypatch, loop, args):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "content").mkdir()
    (tmp_path / "content" / "c.yaml").write_text(CONTENT, encoding="utf-8")
    (tmp_path / "n.md").write_text("# Notes\n\n## A part\n\n- A point of it\n", encoding="utf-8")
    (tmp_path / "mine").mkdir()
    if loop == "content":
        (tmp_path / "content" / "c.yaml").unlink()
        (tmp_path / "content").rmdir()
    if loop == "mine":
        (tmp_path / "mine").rmdir()
    (tmp_path / loop).symlink_to(tmp_path / loop)
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 1
    assert result.output.splitlines()[-1] == f"{loop}: is a link in a loop (to itself, or through other links)"
    assert (tmp_path / loop).is_symlink()


@pytest.mark.parametrize("name, written, where", [
    # (the attacker's case) a BOM, then a key at the margin: was base/slides/bottom_line.yaml.j2:34:11
    ("bom", b"\xef\xbb\xbftitle: x\n", (1, 1)),
    ("margin", b"title: x\n", (1, 1)),
    ("quote", b'  - layout: title\n    title: "abc\n', (2, 5)),  # was bottom_line.yaml.j2:36:12
    ("single quote", b"  - layout: title\n    title: 'abc\n", (2, 12)),  # was base/slides/sources.yaml.j2
    ("flow list", b"  - layout: title\n    title: [a, b\n", (2, 12)),
    ("flow map", b"  - layout: title\n    title: {a: b\n", (2, 12)),
    ("word", b"  - layout: title\n    title: x\n  bad\n", (3, 3)),
    ("indented", b"    - layout: title\n      title: x\n", (2, 7)),
    ("line not ended", b"  - layout: title\n    title: {{ title }}", (2, 5)),  # (no newline at its end)
    ("margin, inside", b"  - layout: title\n    title: x\nsubtitle: y\n    notes: z\n", (3, 1)),  # was line 4
])
def test_a_yaml_mistake_read_on_into_the_next_template_is_at_the_template_that_made_it(tmp_path, name, written, where):
    """The parser finds such a mistake in the text the next template writes, and the error named that
    (built-in) template; each is now in the user's template, at the line (and quote or bracket)."""
    found = render_problems(tmp_path, {"slides/title.yaml.j2": written})
    assert len(found) == 1
    assert found[0].startswith(f"{tmp_path}/mine/slides/title.yaml.j2:{where[0]}:{where[1]}: "), found


def test_a_template_that_starts_with_a_bom_is_read_as_every_other_file(tmp_path):
    """A BOM (which editors on Windows write) is no text of the template: before it was written
    into the document, where it took a column and broke the slide's indentation."""
    slide = "  - layout: title\n    title: {{ title }}\n    subtitle: From the BOM\n"
    audience(tmp_path, {"slides/title.yaml.j2": b"\xef\xbb\xbf" + slide.encode()})
    (tmp_path / "c.yaml").write_text(CONTENT, encoding="utf-8")
    document = render_document(load_content(tmp_path / "c.yaml"), load_audience("mine", [tmp_path]))
    assert document.slides[0].subtitle == "From the BOM"


def test_a_key_written_twice_names_its_first_line_in_the_template(tmp_path):
    """The first definition was named by its line in the rendered document, which the user never sees."""
    found = render_problems(tmp_path, {"slides/title.yaml.j2": "  - layout: title\n    kicker: a\n\n    kicker: b\n"})
    assert found == [f"{tmp_path}/mine/slides/title.yaml.j2:4:5: duplicate key 'kicker' (first defined at line 2)"]


def test_a_template_that_includes_none_there_is_says_so(tmp_path):
    """The message was the template's name alone ("slides/missing.yaml.j2")."""
    found = render_problems(tmp_path, {"slides/title.yaml.j2": '  - layout: title\n{% include "slides/gone.j2" %}\n'})
    assert found == [f"{tmp_path}/mine/slides/title.yaml.j2:2:1: no template 'slides/gone.j2' in this audience's "
                     "folder nor in those it extends"]


def test_a_mistake_of_the_template_after_stays_there(tmp_path):
    """The text before an error is taken out only to see where the mistake is: a slide indented by
    three spaces after a right one is the second template's mistake, not the first's."""
    from generator.audiences import BUILTIN

    slides = BUILTIN / "base" / "slides"
    title = (slides / "title.yaml.j2").read_text(encoding="utf-8")
    bottom = (slides / "bottom_line.yaml.j2").read_text(encoding="utf-8").replace("  - layout: bullets", "   - layout: bullets")
    found = render_problems(tmp_path, {"slides/title.yaml.j2": title, "slides/bottom_line.yaml.j2": bottom})
    [problem] = found
    where, message = problem.split(": ", 1)
    line = int(where.split(":")[-2])
    assert where.startswith(f"{tmp_path}/mine/slides/bottom_line.yaml.j2:")
    assert bottom.splitlines()[line - 1].startswith("   - layout: bullets"), problem
    assert "found in the text after this" not in message


@pytest.mark.parametrize("edit", [
    lambda s: s + "  junk\n",  # a word under the slide
    lambda s: s.rstrip("\n"),  # no newline at the end: the next template's text goes on its line
    lambda s: s + "oops: x\n",  # a key at the margin
    lambda s: s + '    extra: "open\n',  # a quote left open
    lambda s: s + "    extra: [open\n",  # a bracket left open
    lambda s: s + "    extra: {open\n",
    lambda s: s + "      - deeper\n",
    lambda s: "\ufeff" + s.replace("  - layout: title", "  - layout: title\n    \ufeffkicker: x"),
])
def test_broken_yaml_at_the_end_of_a_slide_template_is_named_in_it(tmp_path, edit):
    """Each break at the end of a slide template (the base cover, copied) is an error in the copy,
    at the line changed or next to it: six of these eight named the built-in template after it."""
    from generator.audiences import BUILTIN

    source = (BUILTIN / "base" / "slides" / "title.yaml.j2").read_text(encoding="utf-8")
    changed = edit(source)
    [found] = render_problems(tmp_path, {"slides/title.yaml.j2": changed})
    where = found.split(": ", 1)[0]
    assert where.startswith(f"{tmp_path}/mine/slides/title.yaml.j2:"), found
    line, lines = int(where.split(":")[-2]), changed.splitlines()
    pairs = zip(changed.lstrip("\ufeff").splitlines(), source.splitlines() + [""])  # (a BOM is no text of it)
    first_changed = next((n for n, (a, b) in enumerate(pairs, 1) if a != b), len(lines))
    assert abs(line - first_changed) <= 1 or line == len(lines), (found, lines[line - 1])
