"""What a build reads: the content files to build, and the time it writes into documents
(SOURCE_DATE_EPOCH, else the content's date)."""
from __future__ import annotations

import os
import re
from pathlib import Path

from .errors import BriefingError, Problem
from .files import refuse_link_loop

LAST_EPOCH = 253402300799  # 9999-12-31 23:59:59 UTC: the last moment a PDF or OOXML date can say


def source_date_epoch() -> int | None:
    """SOURCE_DATE_EPOCH as an int, if set (reproducible builds)."""
    value = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not value:
        return None
    if not re.fullmatch("[0-9]{1,12}", value) or int(value) > LAST_EPOCH:  # not isdigit(): '²' is a digit to it
        raise BriefingError(f"SOURCE_DATE_EPOCH must be a whole number of seconds up to {LAST_EPOCH} "
                            f"(9999-12-31), not '{value}'")
    return int(value)


def yaml_files(folder: Path | str) -> list[Path]:
    """The .yaml and .yml files in ``folder``, sorted."""
    return sorted(p for p in Path(folder).glob("*.y*ml") if p.suffix in (".yaml", ".yml"))


def content_files(paths: list | tuple, default_dir: Path = Path("content")) -> list[Path]:
    """The content files to build: those given, or every .yaml in ``default_dir``."""
    for path in paths or [default_dir]:
        refuse_link_loop(path)
    if paths:  # a file named twice is built once
        return list({Path(p).resolve(): Path(p) for p in reversed(paths)}.values())[::-1]
    files = yaml_files(default_dir)
    if not files:
        raise BriefingError(Problem("no content files (*.yaml) found; to start, turn notes into content with "
                                    "'briefing import NOTES', or write an example project here with 'briefing init'",
                                    str(default_dir)))
    return files


def document_epoch(content, epoch: int | None) -> int:
    """The time written into documents: SOURCE_DATE_EPOCH, else the content's date, else 0."""
    if epoch is not None:
        return epoch
    if content.date:
        from datetime import datetime, timezone

        # (the content model allows only YYYY-MM-DD dates of the calendar; strptime would import
        # _strptime and compile its patterns: ~2.5 ms of a cold deck)
        return int(datetime.fromisoformat(content.date).replace(tzinfo=timezone.utc).timestamp())
    return 0
