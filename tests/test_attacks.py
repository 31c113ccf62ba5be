"""Issue #24: what an audience folder, the environment and the console bring is input too.

One test (or one parametrised test) per cause; each reads what the user would see."""
from __future__ import annotations

import os
import time

import pytest
from click.testing import CliRunner

from generator.audiences import MAX_EXTENDS, list_audiences, load_audience
from generator.cli import main
from generator.errors import BriefingError
from tests.conftest import DEFAULT


def chain(root, depth: int) -> None:
    """Audiences a0 … a{depth-1} under ``root``, each extending the next; the last extends base."""
    for i in range(depth):
        folder = root / f"a{i}"
        folder.mkdir(parents=True)
        parent = f"a{i + 1}" if i + 1 < depth else "base"
        (folder / "audience.yaml").write_text(f"extends: {parent}\nbudget: {{max_points: {i % 5 + 1}}}\n",
                                              encoding="utf-8")


@pytest.mark.parametrize("depth", [200, MAX_EXTENDS])  # with base, MAX_EXTENDS + 1 audiences: one too many
def test_an_audience_chain_deeper_than_the_limit_is_an_error_at_the_extends_of_the_audience_too_deep(tmp_path, depth):
    """The error is where the audience being loaded says what it extends (each audience after it has
    a chain short enough), not at base's audience.yaml or at the audience where the count ran out."""
    chain(tmp_path, depth)
    start = time.monotonic()
    with pytest.raises(BriefingError) as caught:
        load_audience("a0", [tmp_path])
    problem = caught.value.problems[0]
    assert (problem.file, problem.line, problem.col) == (str(tmp_path / "a0" / "audience.yaml"), 1, 10)
    assert f"'a0' is a chain of more than {MAX_EXTENDS} audiences" in problem.message
    assert time.monotonic() - start < 5  # an error, not minutes of rescanning or a RecursionError
    assert len(load_audience("a1", [tmp_path]).chain) == MAX_EXTENDS if depth == MAX_EXTENDS else True


def test_a_chain_too_deep_is_found_when_its_parents_were_loaded_first(tmp_path):
    """Audiences listed parents first (b0 extends base, b1 extends b0, …): the one whose chain
    passes the limit is an error at its own extends, as when it is built alone."""
    for i in range(MAX_EXTENDS):  # with base, one too many
        (tmp_path / f"b{i:02d}").mkdir()
        (tmp_path / f"b{i:02d}" / "audience.yaml").write_text(f"extends: {f'b{i - 1:02d}' if i else 'base'}\n",
                                                             encoding="utf-8")
    last = f"b{MAX_EXTENDS - 1:02d}"
    for load in (lambda: list_audiences([tmp_path]), lambda: load_audience(last, [tmp_path])):
        with pytest.raises(BriefingError) as caught:
            load()
        assert str(caught.value).startswith(f"{tmp_path / last / 'audience.yaml'}:1:10: audience '{last}' is a chain of more")


@pytest.mark.parametrize("extends, why", [("nobody", "unknown audience 'nobody'"),
                                          ("a0", "audience 'a0' extends itself through a0 -> a1 -> a0")])
def test_an_unknown_or_circular_extends_is_an_error_at_that_extends(tmp_path, extends, why):
    chain(tmp_path, 2)
    (tmp_path / "a1" / "audience.yaml").write_text(f"description: the second\nextends: {extends}\n", encoding="utf-8")
    with pytest.raises(BriefingError) as caught:
        load_audience("a0", [tmp_path])
    assert str(caught.value).startswith(f"{tmp_path / 'a1' / 'audience.yaml'}:2:10: {why}")


def test_a_chain_at_the_limit_loads_and_shared_parents_are_read_once(tmp_path, monkeypatch):
    chain(tmp_path, MAX_EXTENDS - 1)  # with base, MAX_EXTENDS audiences
    audience = load_audience("a0", [tmp_path])
    assert len(audience.chain) == MAX_EXTENDS and audience.config.budget.max_points == 1
    import generator.audiences as audiences

    reads = []
    real = audiences._read_folder
    monkeypatch.setattr(audiences, "_read_folder", lambda path: reads.append(path.name) or real(path))
    names = [a.name for a in list_audiences([tmp_path])]
    assert f"a{MAX_EXTENDS - 2}" in names
    assert len(reads) == len(set(reads))  # every folder read once for the whole listing


def test_new_audience_refuses_a_name_with_a_final_newline(tmp_path):
    result = CliRunner().invoke(main, ["new-audience", "board\n", "--dir", str(tmp_path)])
    assert result.exit_code == 1 and "audience names are" in result.output
    assert not any(tmp_path.iterdir())


def test_control_characters_from_input_reach_the_console_escaped(tmp_path):
    folder = tmp_path / "clip \x1b]52;c;aGVsbG8=\x07 deck"  # ESC ]52;c;… BEL, an OSC 52 clipboard write
    folder.mkdir()
    (folder / "audience.yaml").write_text("extends: base\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["audiences", "-t", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "\x1b" not in result.output and "\x07" not in result.output
    assert "clip \\x1b]52;c;aGVsbG8=\\x07 deck" in result.output
    # (YAML's escapes \e and \a) a description is text a template may write: one that holds them is an error
    (folder / "audience.yaml").write_text('extends: base\ndescription: "shared \\e]52;c;aGVsbG8=\\a deck"\n',
                                          encoding="utf-8")
    result = CliRunner().invoke(main, ["audiences", "-t", str(tmp_path)])
    assert result.exit_code == 1 and "\x1b" not in result.output and "\x07" not in result.output
    assert "audience.yaml:2:14: description: control character U+001B at character 8 is not allowed" in result.output
    bad = tmp_path / "bad.yaml"
    bad.write_text("title: [\x1b[31m\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["validate", str(bad)])
    assert result.exit_code == 1 and "\x1b" not in result.output


@pytest.mark.parametrize("args", [["--version"], ["--help"], ["schema"], ["audiences"], ["build", "--help"]])
def test_a_console_that_cannot_be_written_is_one_line_and_exit_1(args):
    import subprocess
    import sys

    with open("/dev/full", "w") as full:
        run = subprocess.run([sys.executable, "-m", "generator.cli", *args], stdout=full, stderr=subprocess.PIPE,
                             text=True, timeout=60)
    assert run.returncode == 1, run.stderr
    assert run.stderr.strip() == "briefing: cannot write to the console: No space left on device"


def test_a_date_not_in_the_calendar_is_an_error_at_its_position(write, minimal):
    path = write("c.yaml", minimal + "date: 2025-02-30\n")
    result = CliRunner().invoke(main, ["validate", str(path)])
    assert result.exit_code == 1
    assert f"{path}:12:7:" in result.output and "not a date of the calendar" in result.output


@pytest.mark.parametrize("date", ["0001-01-01", "9999-12-31", "1979-12-31", "2108-01-01"])
def test_dates_at_the_ends_of_the_calendar_build_with_zip_times_clamped(tmp_path, write, minimal, date):
    import zipfile

    from pypdf import PdfReader

    path = write("c.yaml", minimal + f"date: {date}\n")
    result = CliRunner().invoke(main, ["build", str(path), "-a", "executive", "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    with zipfile.ZipFile(tmp_path / "out" / "c-executive.pptx") as deck:
        years = {info.date_time[0] for info in deck.infolist()}
    assert years == {min(max(int(date[:4]), 1980), 2107)}
    assert PdfReader(tmp_path / "out" / "c-executive.pdf").pages


@pytest.mark.parametrize("value", ["²", "١٢٣", "12.5", "-1", "9" * 13, "253402300800"])
def test_source_date_epoch_is_checked(tmp_path, write, minimal, monkeypatch, value):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", value)
    result = CliRunner().invoke(main, ["build", str(write("c.yaml", minimal)), "-o", str(tmp_path / "out")])
    assert result.exit_code == 1 and "SOURCE_DATE_EPOCH must be a whole number" in result.output
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_source_date_epoch_past_2107_builds(tmp_path, write, minimal, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "5000000000")  # 2128
    result = CliRunner().invoke(main, ["build", str(write("c.yaml", minimal)), "-a", "executive",
                                       "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output


def _two_audiences(tmp_path):
    """Audiences 'b-executive' (so stem 'a' + it = stem 'a-b' + 'executive') beside the built-in ones."""
    folder = tmp_path / "aud" / "b-executive"
    folder.mkdir(parents=True)
    (folder / "audience.yaml").write_text("extends: executive\n", encoding="utf-8")
    return tmp_path / "aud"


@pytest.mark.parametrize("names", [("a/x.yaml", "b/x.yaml"), ("c/x.yaml", "c/x.yml"), ("c/a-b.yaml", "c/a.yaml")])
def test_two_sources_of_one_output_file_are_an_error_before_writing(tmp_path, minimal, names):
    for name in names:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(minimal, encoding="utf-8")
    out = tmp_path / "out"
    args = ["build", *(str(tmp_path / n) for n in names), "-f", "md", "-o", str(out), "-t", str(_two_audiences(tmp_path)),
            "-a", "executive", "-a", "b-executive"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 1, result.output
    assert "would be written twice" in result.output
    assert all(str(tmp_path / n) in result.output for n in names)
    assert not out.exists() or not any(out.iterdir())


def test_a_file_named_twice_is_built_once(tmp_path, write, minimal):
    path = write("c.yaml", minimal)
    result = CliRunner().invoke(main, ["build", str(path), str(path), "-a", "executive", "-f", "md",
                                       "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert result.output.count("wrote") == 1


def test_an_output_name_too_long_is_a_clear_error(tmp_path, minimal):
    path = tmp_path / f"{'n' * 250}.yaml"
    path.write_text(minimal, encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(path), "-a", "executive", "-f", "md", "-o", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert result.output.strip().endswith("cannot write: File name too long")


BAD_SLIDES = {
    "a javascript: link": '  - {layout: bullets, title: T, bullets: [{text: x, url: "javascript:alert(1)"}]}\n',
    "a javascript: link in text": '  - {layout: bullets, title: T, bullets: [{text: "see [x](javascript:alert(1))"}]}\n',
    "a pdf: link": '  - {layout: bullets, title: T, bullets: [{text: x, url: "pdf:/etc/passwd"}]}\n',
    "a file: link in a time": '  - {layout: bullets, title: T, at: {seconds: 1, label: "0:01", links: '
                              '[{source: a, name: A, url: "file:///etc/passwd"}]}, bullets: [{text: x}]}\n',
    "a NUL in text": '  - {layout: bullets, title: "T\\0", bullets: [{text: x}]}\n',
    "an escape in a kept-aside list": '  - {layout: bullets, title: T, bullets: {{ [{"text": "\\x1b[2J"}] }}}\n',
    "an infinite value": '  - {layout: chart, title: T, chart: {id: c, title: C, kind: bar, categories: [a], '
                         'series: [{name: s, values: [.inf]}]}}\n',
    "NaN": '  - {layout: chart, title: T, chart: {id: c, title: C, kind: bar, categories: [a], '
           'series: [{name: s, values: [{{ "nan" | float }}]}]}}\n',
    "a chart of no categories": '  - {layout: chart, title: T, chart: {id: c, title: C, kind: bar, categories: [], '
                                'series: [{name: s, values: []}]}}\n',
    "a negative pie": '  - {layout: chart, title: T, chart: {id: c, title: C, kind: pie, categories: [a, b], '
                      'series: [{name: s, values: [1, -2]}]}}\n',
    "a table of no columns": '  - {layout: table, title: T, table: {columns: [], rows: [[]]}}\n',
    "a table of 50 columns": '  - {layout: table, title: T, table: {columns: ' + str(list(range(50))) + ', rows: ['
                             + str(list(range(50))) + ']}}\n',
}


@pytest.mark.parametrize("case", list(BAD_SLIDES))
def test_what_an_audience_template_writes_is_held_to_the_contents_rules(tmp_path, write, minimal, case):
    folder = tmp_path / "aud" / "shared"
    (folder / "slides").mkdir(parents=True)
    (folder / "audience.yaml").write_text("extends: base\n", encoding="utf-8")
    (folder / "slides" / "sources.yaml.j2").write_text(BAD_SLIDES[case], encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(write("c.yaml", minimal)), "-t", str(tmp_path / "aud"),
                                       "-a", "shared", "-f", "pptx", "-f", "pdf", "-f", "md", "-o", str(out)])
    assert result.exit_code == 1, result.output
    assert "internal error" not in result.output and str(folder.parent) in result.output
    assert not out.exists() or not any(out.iterdir())


def test_a_template_cannot_replace_the_contents_sources(tmp_path, write, minimal):
    folder = tmp_path / "aud" / "shared"
    folder.mkdir(parents=True)
    (folder / "audience.yaml").write_text("extends: base\n", encoding="utf-8")
    (folder / "document.yaml.j2").write_text('sources: [{source: a, name: Evil, url: "https://evil.example"}]\n'
                                             'slides:\n  - {layout: bullets, title: T, bullets: [{text: x}]}\n',
                                             encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(write("c.yaml", minimal)), "-t", str(tmp_path / "aud"),
                                       "-a", "shared", "-o", str(tmp_path / "out")])
    assert result.exit_code == 1 and "a template cannot set the sources" in result.output


def test_found_by_attack_paths_the_system_refuses_are_clean_errors(tmp_path, write, minimal):
    """A name too long or a link loop anywhere a path is given: one line, exit 1 (it was exit 70)."""
    long = "i" * 300
    notes = write("n.md", "# T\n\n00:01:00 A\n")
    result = CliRunner().invoke(main, ["import", str(notes), "-o", str(tmp_path / f"{long}.yaml")])
    assert result.exit_code == 1 and "File name too long" in result.output and "internal error" not in result.output
    result = CliRunner().invoke(main, ["audiences", "-t", str(tmp_path / long)])
    assert result.exit_code == 1 and "internal error" not in result.output
    (tmp_path / "l1").symlink_to(tmp_path / "l2")
    (tmp_path / "l2").symlink_to(tmp_path / "l1")
    for args in (["build", str(tmp_path / "l1"), "-o", str(tmp_path / "o")],
                 ["build", str(write("c.yaml", minimal)), "-t", str(tmp_path / "l1"), "-o", str(tmp_path / "o")]):
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 1 and "internal error" not in result.output, result.output


def test_found_by_attack_small_values_hostless_links_own_name_and_case(tmp_path, write, minimal):
    folder = tmp_path / "aud" / "s"
    (folder / "slides").mkdir(parents=True)
    (folder / "audience.yaml").write_text("extends: base\n", encoding="utf-8")
    (folder / "slides" / "sources.yaml.j2").write_text(
        "  - {layout: chart, title: T, chart: {id: c, title: C, kind: bar, categories: [a, b], "
        "series: [{name: s, values: [5e-324, 1e-320]}]}}\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(write("c.yaml", minimal)), "-t", str(tmp_path / "aud"), "-a", "s",
                                       "-f", "pdf", "-o", str(tmp_path / "o")])
    assert result.exit_code == 1 and "internal error" not in result.output, result.output
    hostless = write("h.yaml", minimal.replace("https://www.youtube.com/watch?v=abc", "'https://:80/'"))
    result = CliRunner().invoke(main, ["validate", str(hostless)])
    assert result.exit_code == 1 and "has no host" in result.output
    result = CliRunner().invoke(main, ["new-audience", "base", "--dir", str(tmp_path / "mine")])
    assert result.exit_code == 1 and "of its own name" in result.output and not (tmp_path / "mine").exists()
    (tmp_path / "case").mkdir()
    for name in ("Talk", "talk"):
        (tmp_path / "case" / f"{name}.yaml").write_text(minimal, encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(tmp_path / "case" / "Talk.yaml"), str(tmp_path / "case" / "talk.yaml"),
                                       "-a", "executive", "-f", "md", "-o", str(tmp_path / "o2")])
    assert result.exit_code == 1 and "would be written twice" in result.output


@pytest.mark.parametrize("name, why", [
    ("nul", "'nul' is a name Windows keeps for a device"), ("com1", "'com1' is a name Windows keeps for a device"),
    ("lpt0", "'lpt0' is a name Windows keeps for a device"), ("aux", "'aux' is a name Windows keeps for a device"),
    ("a" * 64, "audience names are at most 40 characters"), ("-lead", "No such option"),
    ("_lead", "starting with a letter or digit"), ("Board", "lowercase letters, digits, - and _")])
def test_new_audience_refuses_a_name_with_the_reason(tmp_path, name, why):
    result = CliRunner().invoke(main, ["new-audience", name, "--dir", str(tmp_path / "mine")])
    assert result.exit_code in (1, 2) and why in result.output, result.output
    assert not (tmp_path / "mine").exists()
    assert CliRunner().invoke(main, ["new-audience", "nul-board", "--dir", str(tmp_path / "mine")]).exit_code == 0


@pytest.mark.parametrize("target", ["taken/x.yaml", "taken/deeper/x.yaml"])
def test_import_into_a_path_under_a_file_says_the_file_is_in_the_way(tmp_path, target):
    notes = tmp_path / "notes.md"
    notes.write_text("Chapters\n0:00 Intro\n- a point\n", encoding="utf-8")
    (tmp_path / "taken").write_text("a file\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["import", str(notes), "-o", str(tmp_path / target)])
    assert result.exit_code == 1
    assert result.output.strip() == f"{tmp_path / target}: cannot write: {tmp_path / 'taken'} is a file, not a folder"
    result = CliRunner().invoke(main, ["build", str(DEFAULT), "-a", "executive", "-f", "md", "-o", str(tmp_path / target)])
    assert result.exit_code == 1 and f"{tmp_path / 'taken'} is a file, not a folder" in result.output


def test_building_an_abstract_audience_is_refused_naming_those_there_are(tmp_path):
    result = CliRunner().invoke(main, ["build", str(DEFAULT), "-a", "executive", "-a", "base", "-o", str(tmp_path / "o")])
    assert result.exit_code == 1 and not (tmp_path / "o").exists()
    assert result.output.strip() == ("error: audience 'base' is abstract: other audiences extend it, it is not built "
                                     "itself (available: executive, policy, technical)")


def test_one_bad_audience_folder_does_not_hide_the_others_from_the_list(tmp_path):
    for name, text in {"good": "extends: base\ndescription: the good one\n", "bad": "extends: base\nbudget: {depth: 9}\n",
                       "child": "extends: bad\n", "lost": "extends: nowhere\n"}.items():
        (tmp_path / name).mkdir()
        (tmp_path / name / "audience.yaml").write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["audiences", "-t", str(tmp_path)])
    assert result.exit_code == 1
    listed = [line.split()[0] for line in result.stdout.splitlines()[1:]]
    assert listed == ["good", "executive", "policy", "technical"]
    errors = result.stderr.splitlines()
    assert errors[0].startswith(f"{tmp_path / 'bad' / 'audience.yaml'}:2:17: depth:")  # once, not again for child
    assert errors[1].startswith(f"{tmp_path / 'lost' / 'audience.yaml'}:1:10: unknown audience 'nowhere'")
    assert len(errors) == 2


def test_a_blank_slide_title_from_a_template_builds_a_report(tmp_path):
    """A blank title is allowed (the deck names the slide "Slide N" above it); the report's contents
    line for it was an IndexError (exit 70)."""
    from pypdf import PdfReader

    folder = tmp_path / "aud" / "blank"
    (folder / "slides").mkdir(parents=True)
    (folder / "audience.yaml").write_text("extends: executive\n", encoding="utf-8")
    from generator.audiences import BUILTIN

    text = (BUILTIN / "base" / "slides" / "bottom_line.yaml.j2").read_text(encoding="utf-8")
    assert "title: {{ heading }}" in text and "report: false" in text
    (folder / "slides" / "bottom_line.yaml.j2").write_text(
        text.replace("title: {{ heading }}", 'title: ""').replace("report: false", "report: true"), encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(DEFAULT), "-t", str(tmp_path / "aud"), "-a", "blank", "-f", "pdf",
                                       "-o", str(tmp_path / "o")])
    assert result.exit_code == 0, result.output
    assert len(PdfReader(str(tmp_path / "o" / "deepseek-blank.pdf")).pages) > 3


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX thing")
def test_import_force_replaces_only_a_file(tmp_path):
    """Found by the attack: `import --force -o FIFO` (or a device node, as root) replaced it with a file."""
    notes = tmp_path / "notes.md"
    notes.write_text("Chapters\n0:00 Intro\n- a point\n", encoding="utf-8")
    os.mkfifo(tmp_path / "pipe")
    result = CliRunner().invoke(main, ["import", str(notes), "--force", "-o", str(tmp_path / "pipe")])
    assert result.exit_code == 1 and "is a pipe, not a file" in result.output, result.output
    assert not (tmp_path / "pipe").is_file()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX thing")
def test_build_names_what_is_in_the_way_a_pipe_is_not_called_a_folder(tmp_path):
    """Found by the attack: a FIFO at a built file's place was "a folder"; at -o, "File exists"."""
    os.mkfifo(tmp_path / "pipe")
    (tmp_path / "o").mkdir()
    os.mkfifo(tmp_path / "o" / "deepseek-executive.md")
    (tmp_path / "gone").symlink_to(tmp_path / "nowhere")
    said = {}
    for out in ("pipe", "o", "gone", "pipe/deeper"):
        result = CliRunner().invoke(main, ["build", str(DEFAULT), "-a", "executive", "-f", "md", "-o", str(tmp_path / out)])
        assert result.exit_code == 1, result.output
        said[out] = result.output.strip()
    assert said == {"pipe": f"{tmp_path / 'pipe'}: output folder is a pipe, not a folder",
                    "o": f"{tmp_path / 'o' / 'deepseek-executive.md'}: is in the way: a pipe where the built file goes",
                    "gone": f"{tmp_path / 'gone'}: output folder is a link to nothing, not a folder",
                    "pipe/deeper": f"{tmp_path / 'pipe' / 'deeper'}: cannot create output folder: {tmp_path / 'pipe'} "
                                   "is a pipe, not a folder"}


@pytest.mark.parametrize("args, said", [
    (["build", str(DEFAULT), "-a", "x\ny\u2028z\rw"], "error: unknown audience 'x\\ny\\u2028z\\rw' (available: "),
    (["build", "-f", "x\ny"], "unknown output format 'x\\ny'"),
    (["x\ny"], "No such command 'x\\ny'"),
    (["new-audience", "board", "--from", "a\nb"], "error: unknown audience 'a\\nb'")])
def test_a_newline_in_a_name_is_shown_escaped_so_every_error_is_one_line(args, said):
    """Found by the attack: `-a $'x\\ny'` printed the newline raw, so a one-line error spanned two."""
    result = CliRunner().invoke(main, args)
    assert result.exit_code in (1, 2) and said in result.output, result.output
    error = next(line for line in result.output.splitlines() if said in line)
    assert "\u2028" not in result.output and "\r" not in result.output and error.strip()


def test_a_newline_in_an_extends_is_shown_escaped_at_its_line(tmp_path):
    (tmp_path / "c2").mkdir()
    (tmp_path / "c2" / "audience.yaml").write_text('extends: "c1\\n"\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["audiences", "-t", str(tmp_path)])
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [f"{tmp_path / 'c2' / 'audience.yaml'}:1:10: unknown audience 'c1\\n' "
                                          "(available: c2, executive, policy, technical)"]


def test_init_into_a_folder_named_with_a_newline_says_each_file_on_its_line(tmp_path):
    result = CliRunner().invoke(main, ["init", str(tmp_path / "a\nb")])
    assert result.exit_code == 0, result.output
    assert [line.split()[0] for line in result.output.splitlines()] == ["wrote", "wrote", "build"]
    assert "a\\nb" in result.output and (tmp_path / "a\nb" / "briefing.toml").is_file()


def test_init_under_a_file_names_the_folder_asked_for_not_a_temporary(tmp_path):
    (tmp_path / "afile").write_text("x", encoding="utf-8")
    result = CliRunner().invoke(main, ["init", str(tmp_path / "afile" / "deeper")])
    assert result.exit_code == 1
    assert result.output.strip() == (f"{tmp_path / 'afile' / 'deeper' / 'content' / 'deepseek.yaml'}: cannot write: "
                                     f"{tmp_path / 'afile'} is a file, not a folder")
