"""Every file the tool reads is read only when it is a regular file, and never past a cap:
devices, FIFOs, sockets and links to them are clear errors naming the file, not hangs or
endless reads. Each reader runs in a forked process with a deadline and a memory cap
(``guarded``), so a regression fails the test instead of stalling the suite."""
from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest

from generator.errors import BriefingError
from generator.files import read_regular
from tests.conftest import DEFAULT, guarded

SPECIALS = ["/dev/zero", "/dev/urandom", "fifo", "socket", "link to /dev/zero"]


def make_special(path: Path, kind: str, keep: list) -> None:
    """Put a device link, a FIFO or a listening socket at ``path``."""
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "socket":
        sock = socket.socket(socket.AF_UNIX)
        cwd = os.getcwd()
        os.chdir(path.parent)  # a socket's path is short-limited: bind by its name
        try:
            sock.bind(path.name)
        finally:
            os.chdir(cwd)
        sock.listen()
        keep.append(sock)
    else:
        os.symlink(kind.removeprefix("link to "), path)


@pytest.fixture
def special(tmp_path):
    """``special(path, kind)`` makes ``path`` a device link, FIFO or socket; sockets close after the test."""
    keep: list = []
    yield lambda path, kind: make_special(path, kind, keep)
    for sock in keep:
        sock.close()


def _content(folder: Path) -> None:
    from generator.loader import load_content

    load_content(folder / "c.yaml")


def _notes(folder: Path) -> None:
    from generator.importer import import_file

    import_file(folder / "notes.txt", folder / "out.yaml")


def _config(folder: Path) -> None:
    from generator.config import find_config, load_config

    load_config(find_config(folder))


def _template(folder: Path) -> None:
    from generator.audiences import load_audience
    from generator.loader import load_content
    from generator.render import render_document

    render_document(load_content(DEFAULT), load_audience("mine", [folder / "aud"]))


def _load_audience(folder: Path) -> None:
    from generator.audiences import load_audience

    load_audience("mine", [folder / "aud"])


def _logo(folder: Path) -> None:
    from generator.images import read_image

    try:
        _load_audience(folder)
    except BriefingError as exc:
        if "is outside the audience folder" not in str(exc):  # where a link to a device resolves
            raise
    read_image(folder / "aud" / "mine" / "logo.png")  # what both writers read, whenever the logo changed


def _master(folder: Path) -> None:
    from generator.writers.pptx.master import open_template

    open_template(folder / "master.pptx")


def _make_audience(folder: Path) -> None:
    (folder / "aud" / "mine").mkdir(parents=True)
    (folder / "aud" / "mine" / "audience.yaml").write_text("description: Mine\nextends: executive\n", encoding="utf-8")


READERS = {  # reader: (what to set up, the path that becomes special)
    "content": (None, "c.yaml"),
    "notes": (None, "notes.txt"),
    "config": (None, "briefing.toml"),
    "template": (_make_audience, "aud/mine/document.yaml.j2"),
    "logo": (lambda f: (_make_audience(f), (f / "aud/mine/theme.yaml").write_text("logo: logo.png\n")), "aud/mine/logo.png"),
    "master": (None, "master.pptx"),
    "audience.yaml": (lambda f: (f / "aud" / "mine").mkdir(parents=True), "aud/mine/audience.yaml"),
    "theme.yaml": (_make_audience, "aud/mine/theme.yaml"),
}
RUN = {"content": _content, "notes": _notes, "config": _config, "template": _template, "logo": _logo, "master": _master,
       "audience.yaml": _load_audience, "theme.yaml": _load_audience}


@pytest.mark.parametrize("kind", SPECIALS)
@pytest.mark.parametrize("reader", list(READERS))
def test_every_reader_refuses_what_is_not_a_regular_file(tmp_path, special, reader, kind):
    setup, relative = READERS[reader]
    if setup:
        setup(tmp_path)
    target = tmp_path / relative
    special(target, kind)
    message = guarded(RUN[reader], tmp_path)
    what = "a FIFO" if kind == "fifo" else "a socket" if kind == "socket" else "a device"
    if relative.startswith("aud/") and kind not in ("fifo", "socket"):  # a link out of an audience folder is refused first
        assert message == f"{target}: is a link to a file outside its audience folder; copy the file in instead"
    elif reader == "logo":  # (said at the theme's line, as every other logo problem)
        assert message == f"{tmp_path / 'aud/mine/theme.yaml'}:1:7: logo: 'logo.png': it is {what}, not a regular file"
    else:
        assert message.startswith(f"{target}: cannot read") and f"it is {what}, not a regular file" in message, message
    assert not (tmp_path / "out.yaml").exists()


def test_read_regular_reads_up_to_its_cap_and_no_further(tmp_path):
    path = tmp_path / "f"
    path.write_bytes(b"x" * 1000)
    assert read_regular(path, 1000) == b"x" * 1000
    with pytest.raises(BriefingError, match=r"f: notes file is larger than 999 bytes"):
        read_regular(path, 999, "notes file")
    with open(path, "r+b") as f:
        f.truncate(64 * 2**30)  # a sparse 64 GiB file: refused by its size, never read
    assert guarded(read_regular, path, 5 * 2**20, "notes file", timeout=2) == f"{path}: notes file is larger than 5 MiB"
    with pytest.raises(BriefingError, match=r"it is a folder"):
        read_regular(tmp_path, 10)
    with pytest.raises(BriefingError, match=r"the path holds a NUL character"):
        read_regular(str(tmp_path / "a\0b"), 10)
    with pytest.raises(BriefingError, match=r"No such file"):
        read_regular(tmp_path / "missing", 10)


def test_cli_build_with_a_content_link_to_a_device_is_an_error_not_a_hang(project, special):
    import subprocess
    import sys

    from tests.conftest import ROOT

    special(project / "content" / "zero.yaml", "link to /dev/zero")
    special(project / "content" / "pipe.yaml", "fifo")
    done = subprocess.run([sys.executable, "-m", "generator.cli", "validate", "content/zero.yaml", "content/pipe.yaml"],
                          cwd=project, capture_output=True, text=True, timeout=60, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.returncode == 1 and "Traceback" not in done.stderr + done.stdout
    out = done.stdout + done.stderr
    assert "content/zero.yaml: cannot read file: it is a device, not a regular file" in out
    assert "content/pipe.yaml: cannot read file: it is a FIFO, not a regular file" in out
