import json
import os
import subprocess
import sys

import pytest
from click.testing import CliRunner

from generator.cli import main
from tests.conftest import DEFAULT, ROOT


def run(*args, cwd=None):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_build_writes_every_audience_and_format(tmp_path):
    result = run("build", str(DEFAULT), "-o", str(tmp_path))
    assert result.exit_code == 0, result.output
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == [f"deepseek-{a}.{f}" for a in ("executive", "policy", "technical") for f in ("pdf", "pptx")]
    assert result.output.count("wrote ") == 6


def test_build_filters_audience_and_format(tmp_path):
    result = run("build", str(DEFAULT), "-a", "policy", "-f", "pdf", "-o", str(tmp_path))
    assert result.exit_code == 0
    assert [p.name for p in tmp_path.iterdir()] == ["deepseek-policy.pdf"]


def test_bad_content_exits_1_with_location_and_writes_nothing(tmp_path, write, minimal):
    bad = write("bad.yaml", minimal.replace("13:28", "1:75:00"))
    out = tmp_path / "out"
    out.mkdir()
    (out / "bad-executive.pptx").write_bytes(b"previous")
    result = run("build", str(bad), "-o", str(out))  # (in this process: what is said and the exit status are the command's)
    assert result.exit_code == 1
    assert result.stderr.strip() == f"{bad}:10:9: at: '1:75:00': minutes and seconds go up to 59"
    assert "Traceback" not in result.output
    assert [p.name for p in out.iterdir()] == ["bad-executive.pptx"]
    assert (out / "bad-executive.pptx").read_bytes() == b"previous"


def test_validate_reports_ok_and_problems(write, minimal):
    good = write("good.yaml", minimal)
    assert run("validate", str(good)).output == f"{good}: ok\n"
    bad = write("bad.yaml", minimal + "oops: 1\n")
    result = run("validate", str(bad))
    assert result.exit_code == 1 and f"{bad}:12:1: unknown field 'oops'" in result.output


def test_usage_errors_exit_2():
    assert run("build", "-f", "docx").exit_code == 2
    assert run("nonsense").exit_code == 2


def test_audiences_schema_and_version():
    lines = run("audiences").output.splitlines()
    assert lines[0].split() == ["name", "extends", "from", "description"]
    assert [line.split()[:3] for line in lines[1:]] == [[name, "base", "built-in"]
                                                         for name in ("executive", "policy", "technical")]
    schema = json.loads(run("schema").output)
    assert schema["additionalProperties"] is False and "topics" in schema["required"]
    assert run("--version").output.startswith("briefing, version ")


@pytest.mark.parametrize("args, absent", [
    (["--help"], ("pptx", "reportlab", "pydantic", "jinja2")),
    (["audiences"], ("pptx", "reportlab", "jinja2")),
    (["validate", "content/deepseek.yaml"], ("pptx", "reportlab", "jinja2")),
])
def test_cold_commands_import_no_writer_library(args, absent):
    code = f"import sys; from generator.cli import main; sys.argv=['briefing', *{args!r}]\n" \
           "try: main()\nexcept SystemExit as e: assert not e.code, e.code\n" \
           f"loaded = [m for m in {absent!r} if m in sys.modules]\nassert not loaded, loaded"
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert proc.returncode == 0, proc.stderr


# briefing import's, not a build's: the importer package (its key figures' reader is imported where a render asks it
# for a sentence's salient figure, which the default content never does) and the transcripts
NOT_A_BUILDS = ("generator.importer", "generator.transcripts")


@pytest.mark.parametrize("fmt, absent", [("pptx", ("reportlab", "pptx", "lxml", "statistics", *NOT_A_BUILDS)),
                                         ("pdf", ("pptx", *NOT_A_BUILDS)), ("md", ("pptx", "reportlab", *NOT_A_BUILDS))])
def test_one_format_imports_only_its_own_library(tmp_path, fmt, absent):
    code = ("import sys; from generator.cli import main\n"
            f"sys.argv = ['briefing', 'build', 'content/deepseek.yaml', '-a', 'executive', '-f', '{fmt}', "
            f"'-o', {str(tmp_path)!r}]\n"
            "try: main()\nexcept SystemExit as e: assert not e.code, e.code\n"
            f"print(sorted(m for m in {absent!r} if m in sys.modules))")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip().splitlines()[-1] == "[]"


def test_unexpected_exception_is_one_line_and_exit_70_not_a_traceback(monkeypatch):
    def broken(path):
        raise RuntimeError("something we did not foresee")

    monkeypatch.setattr("generator.loader.load_content", broken)
    result = CliRunner().invoke(main, ["validate", str(DEFAULT)])
    assert result.exit_code == 70
    assert result.output.strip() == ("internal error: RuntimeError: something we did not foresee "
                                     "(a bug in briefing; please report it with the command that caused it)")


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_writer_bug_exits_70_like_every_bug(tmp_path, monkeypatch, jobs):
    """Not 1 (as if the input were wrong): one line naming the file, no traceback."""
    def broken(self, document, epoch):
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr("generator.writers.md_writer.MarkdownWriter.render", broken)
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(DEFAULT), "-a", "executive", "-a", "policy", "-f", "md",
                                       "-o", str(out), "-j", jobs])
    assert result.exit_code == 70, result.output
    [line] = result.output.splitlines()
    assert line.startswith("internal error: ZeroDivisionError: division by zero (while writing ")
    assert not out.exists() or not any(out.iterdir())  # nothing written


def test_briefing_debug_prints_the_traceback_of_a_bug(monkeypatch):
    def broken(path):
        raise RuntimeError("something we did not foresee")

    monkeypatch.setattr("generator.loader.load_content", broken)
    monkeypatch.setenv("BRIEFING_DEBUG", "1")
    result = CliRunner().invoke(main, ["validate", str(DEFAULT)])
    assert result.exit_code == 70
    lines = result.output.splitlines()
    assert lines[0].startswith("internal error: RuntimeError: something we did not foresee")
    assert lines[1] == "Traceback (most recent call last):" and ", in broken" in result.output
    assert lines[-1] == "RuntimeError: something we did not foresee"


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX pipes")
@pytest.mark.parametrize("args", [["audiences"], ["schema"], ["words", "fr"], ["validate", str(DEFAULT)],
                                  ["build", str(DEFAULT), "-a", "executive", "-f", "md", "-o", "{out}"], ["--help"]])
def test_a_reader_that_went_away_ends_every_command_quietly_with_141(tmp_path, args):
    """`briefing audiences | head -1` exited 1 with nothing said; now as programs that die of SIGPIPE
    (`cat`, `ls`, `git`): 141, nothing on stderr; what was done is done (the build's file is whole)."""
    read, write = os.pipe()
    os.close(read)  # the reader is gone before the first line
    try:
        run = subprocess.run([sys.executable, "-m", "generator.cli", *[a.format(out=tmp_path) for a in args]], cwd=ROOT,
                             stdout=write, stderr=subprocess.PIPE, text=True, timeout=120)
    finally:
        os.close(write)
    assert (run.returncode, run.stderr) == (141, "")
    if args[0] == "build":
        assert (tmp_path / "deepseek-executive.md").read_text(encoding="utf-8").startswith("# ")


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file descriptors")
@pytest.mark.parametrize("args", [["schema"], ["audiences"], ["--version"], ["validate", str(DEFAULT)],
                                  ["build", str(DEFAULT), "-a", "executive", "-f", "md", "-o", "{out}"]])
def test_a_closed_standard_output_is_one_line_and_exit_1(tmp_path, args):
    """`briefing schema >&-` exited 1 with a traceback (on the interpreter's None for stdout; an
    attack before had it exit 0 having written nothing). A closed descriptor is not a reader that
    went away (141): as `echo hi >&-`, it is said, exit 1, before any work; a closed stderr alone
    costs nothing of the output, exit 0."""
    command = [sys.executable, "-m", "generator.cli", *[a.format(out=tmp_path) for a in args]]
    run = subprocess.run(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, timeout=120,
                         preexec_fn=lambda: os.close(1))
    assert (run.returncode, run.stderr) == (1, "briefing: cannot write to the console: standard output is closed\n")
    assert not (tmp_path / "deepseek-executive.md").exists()
    run = subprocess.run(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, timeout=120,
                         preexec_fn=lambda: os.close(2))
    assert run.returncode == 0 and run.stdout
