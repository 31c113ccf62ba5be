"""Shared fixtures: the default content built once per test session."""
from __future__ import annotations

import math
import multiprocessing
import os
import resource
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import settings

from generator.errors import BriefingError

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT / "content" / "deepseek.yaml"
AUDIENCES = ("executive", "policy", "technical")


# property tests draw the same examples on every run (the brief: tests stay deterministic): a run on CI fails only
# where the same run here fails; the examples are searched, not replayed from a local database
settings.register_profile("deterministic", derandomize=True, database=None)
settings.load_profile("deterministic")

_CACHE: list[str] = []  # the compiled templates' cache folder of this run


def pytest_configure(config):
    """Compiled templates are cached in a folder of this run's own (tests render templates from
    many temporary folders: each would leave entries in the user's cache folder)."""
    import tempfile

    _CACHE.append(tempfile.mkdtemp(prefix="briefing-test-cache-"))
    os.environ["XDG_CACHE_HOME"] = _CACHE[-1]


def pytest_unconfigure(config):
    for folder in _CACHE:
        shutil.rmtree(folder, ignore_errors=True)


def pytest_addoption(parser):
    """``pytest --update-golden`` rewrites tests/golden/*.xml from what the writers produce now."""
    parser.addoption("--update-golden", action="store_true", default=False,
                     help="rewrite the golden XML files in tests/golden/ instead of comparing with them")


@pytest.fixture
def update_golden(request) -> bool:
    """Whether this run rewrites the golden files (pytest --update-golden)."""
    return request.config.getoption("--update-golden")


@pytest.fixture(scope="session")
def built(tmp_path_factory) -> Path:
    """The default content built for every audience and format (library API)."""
    from generator.build import build

    from .run_shared import made_once, run_folder

    out = run_folder(tmp_path_factory, "output")

    def make(state: dict | None) -> dict:
        if state is None:
            build([DEFAULT], output=out)
        return {"built": True}
    made_once(out, "default", make)
    return out


@pytest.fixture(scope="session", autouse=True)
def _notes_folder(tmp_path_factory) -> None:
    """The run's folder for the real notes that tests/notes_built.py imports and builds, each once (shared by
    the processes of a parallel run: run_shared.py)."""
    from . import notes_built
    from .run_shared import run_folder

    notes_built.FOLDER.append(run_folder(tmp_path_factory, "notes-built"))


@pytest.fixture(scope="session")
def rendered():
    """``rendered(content_file, audience)``: the Document of a content file for a built-in audience,
    rendered once per session while the file is unchanged (tests that read the same documents share
    them: read it, do not change it)."""
    from generator.audiences import load_audience
    from generator.loader import load_content
    from generator.render import render_document

    kept: dict = {}

    def render(path, audience: str):
        found = Path(path).resolve()
        stat = found.stat()
        key = (found, stat.st_mtime_ns, stat.st_size, audience)
        if key not in kept:
            kept[key] = render_document(load_content(found), load_audience(audience))
        return kept[key]
    return render


@pytest.fixture
def project(tmp_path, monkeypatch):
    """An empty project folder with the default content, as the current folder."""
    (tmp_path / "content").mkdir()
    (tmp_path / "content" / "deepseek.yaml").write_text(DEFAULT.read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.fixture
def write(tmp_path):
    """Write a text file under tmp_path and return its path."""
    def _write(name: str, text: str) -> Path:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return path
    return _write


@pytest.fixture
def minimal() -> str:
    """The smallest valid content file."""
    return (
        "title: Minimal\n"
        "sources:\n"
        "  - id: video\n"
        "    name: Video\n"
        "    url: https://www.youtube.com/watch?v=abc\n"
        "    duration: 1:00:00\n"
        "topics:\n"
        "  - id: one\n"
        "    title: One\n"
        "    at: 13:28\n"
        "    points: [First point]\n"
    )


def assert_links_into_every_source(urls) -> None:
    """13:28 links into the audio (808 s) and the video (3:33, it runs 9:55 behind), and every
    link in an output is http(s) or mailto."""
    assert "https://lexfridman.com/deepseek-dylan-patel-nathan-lambert#t=808" in urls
    assert "https://www.youtube.com/watch?v=_1f-o0nqpEI&t=213s" in urls
    assert all(u.startswith(("http://", "https://", "mailto:")) for u in urls)


def have(program: str) -> bool:
    """Whether ``program`` is on PATH."""
    return shutil.which(program) is not None


def guarded(fn, *args, timeout: float = 20) -> str:
    """Run ``fn(*args)`` in a forked process; return the text of its BriefingError or ValueError ('' if none).

    A hang (a blocking open of a FIFO) or an endless read (/dev/zero) fails the test: the child
    may use ``timeout`` seconds of processor time (so a loaded machine does not fail a linear-time
    guard), is given up as blocked once it has used none for four times that on the clock (a wait
    uses none; a child that computes on a busy machine is not blocked), and cannot take more than
    512 MiB more than it started with.
    """
    ctx = multiprocessing.get_context("fork")
    receive, send = ctx.Pipe(duplex=False)

    def child():
        pages = int(Path("/proc/self/statm").read_text().split()[0])
        limit = pages * os.sysconf("SC_PAGE_SIZE") + 512 * 2**20
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
        seconds = math.ceil(timeout)
        resource.setrlimit(resource.RLIMIT_CPU, (seconds, seconds + 1))  # SIGXCPU ends it
        try:
            fn(*args)
            send.send("")
        except (BriefingError, ValueError) as exc:
            send.send(str(exc))
        except BaseException as exc:  # anything else is the failure we look for
            send.send(f"UNEXPECTED {type(exc).__name__}: {exc}")

    process = ctx.Process(target=child, daemon=True)
    process.start()
    send.close()  # (the child's end only: its death is the end of the pipe)
    try:
        if not _answers(receive, process.pid, 4 * timeout):
            pytest.fail(f"{getattr(fn, '__name__', fn)} still running after {4 * timeout} s (blocked or reading forever)")
        try:
            return receive.recv()
        except EOFError:  # it ended without a word: killed by its processor-time limit
            pytest.fail(f"{getattr(fn, '__name__', fn)} used more than {timeout} s of processor time")
    finally:
        process.kill()
        process.join()


def _answers(receive, pid: int, idle: float) -> bool:
    """Whether the child ``pid`` answers (or ends) before it has used no processor time for ``idle``
    seconds on the clock: on a machine shared by many processes a child that computes may take many
    times its processor time, but it keeps using some."""
    used, since = _processor_ticks(pid), 0.0
    while not receive.poll(min(1.0, idle)):
        now = _processor_ticks(pid)
        since = 0.0 if now != used else since + min(1.0, idle)
        if since >= idle:
            return False
        used = now
    return True


def _processor_ticks(pid: int) -> int:
    """The processor time process ``pid`` has used, in clock ticks (-1 once it has gone)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return -1
    return int(fields[11]) + int(fields[12])  # utime and stime (fields 14 and 15 of stat)


@pytest.fixture(scope="session")
def decks(tmp_path_factory, built) -> Path:
    """The default content and the real notes with key figures (notes_built.WITH_FIGURES), imported and built
    as decks for every audience: the session's builds (``built``, notes_built) linked into one folder
    (test_figure_facts, test_grids)."""
    from .notes_built import WITH_FIGURES, built_notes

    out = built_notes(tmp_path_factory.mktemp("figure-decks"), WITH_FIGURES, formats=("pptx",))
    for audience in AUDIENCES:
        os.link(built / f"{DEFAULT.stem}-{audience}.pptx", out / f"{DEFAULT.stem}-{audience}.pptx")
    return out


def held_exit_handlers(monkeypatch, module) -> tuple[list, Callable[[], None]]:
    """The exit handlers ``module`` registers (``atexit.register``), held, and what runs them as a process's
    end would (the caches written when a command ends: regex_cache, code_cache)."""
    at_end: list = []
    monkeypatch.setattr(module.atexit, "register", lambda fn, *args: at_end.append((fn, args)))

    def end() -> None:
        for fn, args in at_end:
            fn(*args)

    return at_end, end
