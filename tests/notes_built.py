"""The real notes of tests/fixtures (notes/ and the project's own notes files) through `briefing import`
and built for every built-in audience (deck, report, handout), for the tests that read their outputs back:
each notes file imported and built in each format once per test session, all in one folder of the
session's (tests that read the same notes share the files: read them, do not change them)."""
from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from .conftest import AUDIENCES
from .run_shared import made_once

FIXTURES = Path(__file__).resolve().parent / "fixtures"
NOTES = FIXTURES / "notes"
FORMATS = ("pptx", "pdf", "md")
FOLDER: list[Path] = []  # the session's folder for them (conftest's session fixture sets it)


@dataclass(frozen=True)
class NotesBuild:
    """A notes file imported (into ``content``) and built beside it; ``problem``: ('import' or 'build',
    what went wrong in a line) when either failed (a traceback in the build is a bug, said as one line)."""

    content: Path
    problem: tuple[str, str] | None = None


_DONE: dict[Path, NotesBuild] = {}
_MADE: dict[Path, set[str]] = {}  # the formats built of each notes file


def notes_build(notes: Path, formats: Sequence[str] = FORMATS) -> NotesBuild:
    """``notes`` imported as `briefing import NOTES -o STEM.yaml` does and built in ``formats`` (of
    ``FORMATS``) for every built-in audience, each once per run, into the run's folder (``FOLDER``: the
    processes of a parallel run share it, run_shared.made_once)."""
    notes = Path(notes).resolve()
    wanted = {fmt for fmt in FORMATS if fmt in formats}
    if notes not in _DONE:
        assert notes.stem not in {n.stem for n in _DONE}, f"two notes files named {notes.stem}: their files would collide"
    elif _DONE[notes].problem is not None or wanted <= _MADE[notes]:
        return _DONE[notes]

    def make(state: dict | None) -> dict:
        found = _imported(notes, FOLDER[-1]) if state is None else NotesBuild(Path(state["content"]),
                                                                            tuple(state["problem"]) if state["problem"] else None)
        made = set(state["formats"]) if state else set()
        missing = [fmt for fmt in FORMATS if fmt in wanted - made]
        if missing and found.problem is None:
            found, made = _built(found.content, missing), made | set(missing)
        return {"content": str(found.content), "problem": found.problem, "formats": sorted(made)}

    state = made_once(FOLDER[-1], notes.stem, make)
    _DONE[notes] = NotesBuild(Path(state["content"]), tuple(state["problem"]) if state["problem"] else None)
    _MADE[notes] = set(state["formats"])
    return _DONE[notes]


def _imported(notes: Path, folder: Path) -> NotesBuild:
    from click.testing import CliRunner

    from generator.cli import main

    content = folder / f"{notes.stem}.yaml"
    result = CliRunner().invoke(main, ["import", str(notes), "-o", str(content)])
    return NotesBuild(content, None if result.exit_code == 0 else ("import", result.output.strip().splitlines()[-1]))


def _built(content: Path, formats: list[str]) -> NotesBuild:
    from generator.build import build

    try:
        build([content], formats=formats, output=content.parent)
    except Exception as error:  # reported as one failure of this notes file, not as a crash of the suite
        return NotesBuild(content, ("build", f"{type(error).__name__}: {error}"))
    return NotesBuild(content)


def built_notes(folder: Path, names: Sequence[str], audiences: Sequence[str] = AUDIENCES,
                formats: Sequence[str] = ("pptx", "pdf")) -> Path:
    """Each notes file of ``names`` (in tests/fixtures/notes) imported into ``folder`` and built there for
    ``audiences`` (the built-in ones) in ``formats`` (of ``FORMATS``; build()'s by default): the folder.
    The files are the session's (``notes_build``), linked in."""
    assert set(formats) <= set(FORMATS) and set(audiences) <= set(AUDIENCES), (formats, audiences)
    for name in names:
        found = notes_build(NOTES / name, formats)
        assert found.problem is None, (name, found.problem)
        made = [found.content] + [found.content.with_name(f"{found.content.stem}-{audience}.{fmt}")
                                  for audience in audiences for fmt in formats]
        for path in made:
            os.link(path, folder / path.name)
    return folder


_LOADED: dict[str, object] = {}


def imported_content(name: str):
    """The Content of the notes fixture ``name`` (of notes/), imported as it comes, loaded once per session."""
    if name not in _LOADED:
        from generator.loader import load_content

        made = notes_build(NOTES / name, formats=())
        assert made.problem is None, made.problem
        _LOADED[name] = load_content(made.content)
    return _LOADED[name]


def deck_slides(content, audience: str) -> list:
    """The slides of the Document ``content`` renders for ``audience`` that its deck shows."""
    return [s for s in rendered_document(content, audience).slides if s.deck]


def rendered_documents(names: Sequence[str], audiences: Sequence[str] = AUDIENCES) -> dict:
    """The Document each built-in audience renders of each notes fixture of ``names``, by (name, audience)."""
    return {(name, a): rendered_document(imported_content(name), a) for name in names for a in audiences}


_RENDERED: dict[tuple[int, str], object] = {}  # by (id of an imported_content's Content, audience)


def rendered_document(content, audience: str):
    """The Document ``content`` renders for ``audience``: once per session for a notes fixture's Content
    (``imported_content``; tests that read the same Document share it: read it, do not change it), every time
    for another."""
    from generator.audiences import load_audience
    from generator.render import render_document

    if not any(content is loaded for loaded in _LOADED.values()):
        return render_document(content, load_audience(audience))
    key = (id(content), audience)  # (the Content is _LOADED's for the session: its id is never another's)
    if key not in _RENDERED:
        _RENDERED[key] = render_document(content, load_audience(audience))
    return _RENDERED[key]


WITH_FIGURES = ("earnings-call-amd.txt", "gop-hearing-readouts.txt", "wizeup-summary.txt")  # real notes with key figures
