"""Renders a rebuild keeps: the Document of a content file and audience is made again only when what
it is made from changed (``KeptRenders``).

A Document is made from the content file's bytes, the audience (its config and theme, as read for
this build) and the files of its folder chain (templates, language files, theme, master). A
rebuild under ``--watch`` in which none of them changed (an editor's save of the same text, an
edit of another content file or of another audience's templates) takes the Document of the build
before; anything else renders as a cold build does. An audience that lists unsupported claims reads
transcripts too: its renders are never kept. Only the last build's renders are held, and only once
``keep_renders()`` has been called (``build --watch`` does): a library caller's builds render afresh.
"""
from __future__ import annotations

import hashlib
import os
from pathlib import Path

from .errors import BriefingError
from .files import read_regular
from .fitted import fitted
from .key_words import forget_texts
from .limits import MAX_YAML_BYTES
from .quantities import forget_quantities

_KEPT: dict = {}  # the last build's (file, audience, epoch) keys and their renders
_ON = [False]


def keep_renders(on: bool = True) -> None:
    """Keep each build's renders for the next (``--watch``), or (``on`` false) keep none."""
    _ON[0] = on
    _KEPT.clear()


def keeping() -> bool:
    """Whether builds keep what they make for the next (``keep_renders``)."""
    return _ON[0]


class KeptRenders:
    """One build's renders: ``found(job)`` is the last build's result for the same inputs (or None),
    ``keep(job, result)`` notes a new one; ``done()`` holds this build's (and no older) for the next."""

    def __init__(self) -> None:
        self.keys: dict = {}
        self.made: dict = {}

    def found(self, job):
        """The last build's (job, result) of ``render`` for ``job`` (file, audience, epoch) made from the same inputs, or None."""
        key = self.keys[id(job)] = render_key(job) if _ON[0] else None
        found = _KEPT.get(key) if key is not None else None
        if found is not None:
            self.made[key] = found
        return found

    def keep(self, job, rendered):
        """``rendered`` ((job, result) of a render of ``job``), kept for the next build unless it is problems."""
        key = self.keys.get(id(job))
        if key is not None and not isinstance(rendered[1], list):  # problems are said again until they are mended
            self.made[key] = rendered
        return rendered

    def done(self) -> None:
        """Keep this build's renders for the next build, in place of the last build's; a build that keeps
        none for another lets go of what its renders kept per text too (the writers read no key words)."""
        _KEPT.clear()
        _KEPT.update(self.made if _ON[0] else {})
        if not _ON[0]:
            forget_texts()
            fitted.cache_clear()  # (the summary items and quantities kept per text: fitted.py, quantities.py)
            forget_quantities()


def render_key(job) -> tuple | None:
    """What the Document of ``job`` (file, audience, epoch) is made from, or None where it is not kept
    (a file that cannot be read, or is no regular file: the load says why; an audience that reads transcripts)."""
    file, audience, epoch = job
    if audience.config.budget.unsupported:
        return None
    try:  # (a device, a FIFO or a file past the cap is the load's to say: read as the loader reads)
        digest = hashlib.blake2b(read_regular(file, MAX_YAML_BYTES), digest_size=16).digest()
    except BriefingError:
        return None
    return (str(Path(file).resolve()), digest, epoch, audience.name, str(audience.path),
            repr(audience.config.model_dump()), repr(audience.theme), folder_state(audience.chain))


def folder_state(folders) -> tuple:
    """Every file under ``folders`` with its modification time and size (as the watcher sees a change)."""
    state = []
    for folder in folders:
        for root, dirs, names in os.walk(folder):
            dirs.sort()
            for name in sorted(names):
                try:
                    st = os.stat(os.path.join(root, name))
                except OSError:
                    continue
                state.append((root, name, st.st_mtime_ns, st.st_size, st.st_ino))
    return tuple(state)
