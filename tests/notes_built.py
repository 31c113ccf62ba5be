"""The real notes of tests/fixtures/notes imported as they came and built, for the tests that read
their outputs back."""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from generator.build import build
from generator.importer import import_file

NOTES = Path(__file__).resolve().parent / "fixtures" / "notes"


def built_notes(folder: Path, names: Sequence[str], **options) -> Path:
    """Each notes file of ``names`` imported into ``folder`` and built there (``options``: build()'s
    audiences and formats): the folder."""
    targets = [import_file(NOTES / name, folder / (Path(name).stem + ".yaml"))[0] for name in names]
    build(targets, output=folder, **options)
    return folder
