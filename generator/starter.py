"""``briefing init``: a project to start from, the example content and a commented ``briefing.toml``,
so that the next ``briefing build`` in that folder makes a deck and a report for every audience."""
from __future__ import annotations

from pathlib import Path

from .errors import BriefingError, Problem
from .files import refuse_link_loop

_HERE = Path(__file__).resolve().parent
# The example content: package data when installed (the wheel maps content/ to generator/example),
# the project's own content/ folder in a source checkout.
EXAMPLE = _HERE / "example" if (_HERE / "example").is_dir() else _HERE.parent / "content"

CONFIG = """\
# briefing's settings for this folder: `briefing build` here reads them, and options given on the
# command line win. Every key is optional; paths are relative to this file.

content = "content"            # the content files built (every *.yaml in it); `briefing import NOTES` writes there
output = "output"              # where the decks (.pptx), reports (.pdf) and handouts (.md) go

# templates = ["templates"]    # folders of your own audiences (`briefing new-audience NAME` makes one in ./templates)
# audiences = ["executive"]    # the audiences built when -a is not given (default: every one; `briefing audiences`)
# formats = ["pptx", "pdf"]    # pptx, pdf and md, a Markdown handout (default: pptx and pdf)
# paper = "a4"                 # the report's paper, a4 or letter (default: from the locale)
# pptx_template = "corp.potx"  # a PowerPoint master (.pptx, .potx) the decks use (default: the audience's, else built-in)
# jobs = 2                     # files written in parallel processes (default: one per core from 4 files on)
"""


def init_project(directory: str | Path = ".") -> list[Path]:
    """Write the example content into ``directory``/content and a commented ``briefing.toml`` beside
    it; the files written. Nothing is written if any of them exists already, and nothing is left
    by a failure or a stop."""
    folder = Path(directory)
    refuse_link_loop(folder)
    files = {folder / "content" / p.name: p.read_bytes() for p in sorted(EXAMPLE.glob("*.yaml"))}
    files[folder / "briefing.toml"] = CONFIG.encode("utf-8")
    taken = [Problem("already exists; briefing init writes over no file (remove it, or init another folder)",
                     str(path)) for path in files if path.exists() or path.is_symlink()]
    if taken:
        raise BriefingError(taken)
    from .atomic import create_all, why_not

    try:
        create_all(files)  # all or none: a stop or a full disk leaves no half-made project
    except OSError as exc:
        where = exc.filename or folder
        raise BriefingError(Problem(f"cannot write: {why_not(Path(where), exc)}", str(where))) from None
    return list(files)
