"""A stop signal ends every command the way it ends a build: one line, 128 + the first signal, no
temporary left; a second signal while the stop is under way changes nothing, and a worker that
cannot act on its SIGTERM (stopped with SIGSTOP) does not hold the build."""
from __future__ import annotations

import os
import signal
import sys
import time
from pathlib import Path

import pytest

from tests.test_atomic import DEFAULT, big_content, briefing, children, running, temporaries, wait_for_temporary

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads the process's handlers in /proc")
STOPPED = "stopped by {}: no file is half-written and no temporary is left"


def wait_for_handlers(proc, bound: float = 60) -> None:
    """Wait until ``proc`` catches SIGTERM and SIGHUP (its command has started), as /proc says."""
    start = time.monotonic()
    while True:
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() - start < bound, "the command never set its handlers"
        status = Path(f"/proc/{proc.pid}/status").read_text()
        caught = int(next(line for line in status.splitlines() if line.startswith("SigCgt:")).split()[1], 16)
        if all(caught & (1 << (s - 1)) for s in (signal.SIGTERM, signal.SIGHUP)):
            return
        time.sleep(0.01)


def big_notes(folder: Path, topics: int = 12000) -> Path:
    path = folder / "notes.md"
    path.write_text("# Big notes\n\nChapters\n" + "".join(
        f"{i // 3600}:{i // 60 % 60:02d}:{i % 60:02d} Topic number {i} about things\n- A point about topic {i}\n"
        for i in range(topics)), encoding="utf-8")
    return path


@pytest.mark.slow
@pytest.mark.parametrize("command", ["import", "validate"])
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP])
def test_a_stop_during_import_or_validate_is_one_line_and_128_plus_the_signal(tmp_path, command, signum):
    """They ended silently (killed by the signal's default action); now as a build does."""
    out = tmp_path / "out"
    out.mkdir()
    if command == "import":
        proc = briefing("import", big_notes(tmp_path), "-o", out / "big.yaml")
    else:
        content = big_content(tmp_path, 3000)
        proc = briefing("validate", *[content] * 8)
    wait_for_handlers(proc)
    time.sleep(0.2)
    proc.send_signal(signum)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 128 + signum, err
    assert err.strip().splitlines()[-1] == STOPPED.format(signal.Signals(signum).name), err
    assert "Traceback" not in err
    assert not any(out.iterdir())  # no content file, no temporary


@pytest.mark.slow
@pytest.mark.parametrize("first, second, jobs", [(signal.SIGTERM, signal.SIGHUP, "2"), (signal.SIGTERM, signal.SIGHUP, "1"),
                                                 (signal.SIGHUP, signal.SIGTERM, "2"), (signal.SIGINT, signal.SIGTERM, "1"),
                                                 (signal.SIGTERM, signal.SIGINT, "2")])
@pytest.mark.parametrize("gap", [0.05, 0.4])
def test_a_second_signal_while_the_build_stops_changes_nothing(tmp_path, first, second, jobs, gap):
    """A second, different signal during the stop (or during the interpreter's exit after it):
    with -j 2 it ended in exit 70 or 128 + the second signal, with -j 1 in a silent death."""
    out = tmp_path / "out"
    out.mkdir()
    (out / "big-technical.pdf").write_bytes(b"previous")
    proc = briefing("build", big_content(tmp_path, 1200), "-a", "technical", "-a", "executive", "-o", out, "-j", jobs)
    wait_for_temporary(out, proc)
    workers = children(proc.pid)
    proc.send_signal(first)
    time.sleep(gap)
    if proc.poll() is None:
        proc.send_signal(second)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 128 + first, err
    assert err.strip() == STOPPED.format(signal.Signals(first).name), err
    time.sleep(0.2)
    assert not any(running(pid) for pid in workers), "a worker outlived the build"
    assert (out / "big-technical.pdf").read_bytes() == b"previous" and not temporaries(out)


@pytest.mark.slow
@pytest.mark.parametrize("which", ["one", "both"])
def test_a_stopped_worker_does_not_hold_the_build_when_it_stops(tmp_path, which):
    """A worker stopped with SIGSTOP never acts on the pool's SIGTERM: it is killed after the grace
    time, and the build ends in seconds with 143."""
    out = tmp_path / "out"
    out.mkdir()
    proc = briefing("build", big_content(tmp_path, 1200), "-a", "technical", "-a", "executive", "-o", out, "-j", "2")
    wait_for_temporary(out, proc)
    workers = children(proc.pid)
    assert len(workers) == 2
    for pid in workers if which == "both" else workers[:1]:
        os.kill(pid, signal.SIGSTOP)
    start = time.monotonic()
    proc.send_signal(signal.SIGTERM)
    try:
        _, err = proc.communicate(timeout=30)
    finally:
        for pid in workers:  # (never left stopped, whatever happened)
            if running(pid):
                os.kill(pid, signal.SIGKILL)
    assert proc.returncode == 128 + signal.SIGTERM and err.strip() == STOPPED.format("SIGTERM"), err
    assert time.monotonic() - start < 20
    assert not any(running(pid) for pid in workers) and not temporaries(out)


@pytest.mark.parametrize("signum, status, said", [(signal.SIGTERM, 143, STOPPED.format("SIGTERM")),
                                                  (signal.SIGHUP, 129, STOPPED.format("SIGHUP")),
                                                  (signal.SIGINT, 0, "stopped watching")])
def test_watch_stops_on_sigterm_and_sighup_and_ctrl_c_stops_watching(tmp_path, signum, status, said):
    """Ctrl-C is how one ends --watch (exit 0); SIGTERM and SIGHUP stop it as they stop a build (they
    ended it silently, by their default action)."""
    import subprocess

    from tests.test_atomic import ENV, ROOT

    log = tmp_path / "out.txt"
    with open(log, "w") as out:
        proc = subprocess.Popen([sys.executable, "-m", "generator.cli", "build", str(ROOT / "content" / "deepseek.yaml"),
                                 "-a", "executive", "-f", "md", "-o", str(tmp_path / "o"), "--watch"], cwd=ROOT, env=ENV,
                                stdout=out, stderr=subprocess.STDOUT, text=True)
        start = time.monotonic()
        while "watching for changes" not in log.read_text():
            assert proc.poll() is None and time.monotonic() - start < 60, log.read_text()
            time.sleep(0.05)
        proc.send_signal(signum)
        assert proc.wait(30) == status
    assert log.read_text().strip().splitlines()[-1] == said


@pytest.mark.slow
def test_a_third_stop_signal_ends_the_build_at_once_and_the_next_build_cleans_up(tmp_path):
    """Someone who insists (Ctrl-C three times) is not held by a clean-up that waits on something:
    the process ends at once, with 128 + the first signal; what it leaves is stale for the next build."""
    out = tmp_path / "out"
    out.mkdir()
    content = big_content(tmp_path, 1200)
    proc = briefing("build", content, "-a", "technical", "-a", "executive", "-o", out, "-j", "2")
    wait_for_temporary(out, proc)
    workers = children(proc.pid)
    for signum in (signal.SIGINT, signal.SIGTERM, signal.SIGINT):
        proc.send_signal(signum)
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 128 + signal.SIGINT and "Traceback" not in err, err
    assert err.strip().splitlines()[-1] in (STOPPED.format("SIGINT"), "stopped at once: temporaries may be left "
                                            "(the next build removes them)")
    deadline = time.monotonic() + 10  # workers end on the pool's SIGTERM, or when their parent is gone
    while any(running(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(running(pid) for pid in workers)
    proc = briefing("build", DEFAULT, "-a", "executive", "-f", "md", "-o", out)
    assert proc.wait(60) == 0 and not temporaries(out)


def test_a_stop_in_one_command_does_not_follow_the_process_into_the_next(tmp_path, monkeypatch):
    """One process running commands one after another (tests, a program using the library): a build
    after a stopped command is not taken for stopped (a writer's bug stays a bug, a signal a stop)."""
    from click.testing import CliRunner

    from generator.build import build
    from generator.cli import main
    from generator.errors import InternalError

    def stopping(self, document, epoch):
        os.kill(os.getpid(), signal.SIGTERM)
        time.sleep(5)  # the handler raises here

    def broken(self, document, epoch):
        raise ZeroDivisionError("division by zero")

    saved = {s: signal.getsignal(s) for s in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)}
    try:
        monkeypatch.setattr("generator.writers.md_writer.MarkdownWriter.render", stopping)
        result = CliRunner().invoke(main, ["build", str(DEFAULT), "-a", "executive", "-f", "md", "-o", str(tmp_path)])
        assert result.exit_code == 128 + signal.SIGTERM, result.output
        monkeypatch.setattr("generator.writers.md_writer.MarkdownWriter.render", broken)
        with pytest.raises(InternalError, match="ZeroDivisionError"):
            build([DEFAULT], audiences=["executive"], formats=["md"], output=tmp_path)
    finally:
        for signum, handler in saved.items():
            signal.signal(signum, handler)
