"""Quotes checked against their source's transcript: a ``quote`` must be the transcript's own
words (case, punctuation and the way numbers are written aside); where it is not, the warning
gives the nearest passage and its time."""
from __future__ import annotations

from pathlib import Path

from ..errors import BriefingError, Problem
from ..timestamps import format_timestamp
from ..yamlio import Located
from .words import tokens


def _said(text: str) -> str:
    return " " + " ".join(t for t, _ in tokens(text, exact=True)) + " "


def quoted_items(data) -> list[tuple[tuple, str]]:
    """(path, quote) of every item of the content that carries a ``quote``: takeaways and points
    at every level, figures, and the topics' quotes."""
    found: list[tuple[tuple, str]] = []

    def walk(path: tuple, node) -> None:
        if isinstance(node, dict):
            if isinstance(node.get("quote"), str):
                found.append((path + ("quote",), node["quote"]))
            elif path[-2:-1] == ("quotes",) and isinstance(node.get("text"), str):
                found.append((path + ("text",), node["text"]))
            for key, value in node.items():
                if isinstance(value, (dict, list)):
                    walk(path + (key,), value)
        elif isinstance(node, list):
            for i, value in enumerate(node):
                walk(path + (i,), value)

    walk((), data)
    return found


def check_file_quotes(path: str | Path, content) -> list[Problem]:
    """:func:`check_quotes` for a content file already validated as ``content``."""
    from ..yamlio import load_yaml_file

    return check_quotes(load_yaml_file(path), content)


def check_quotes(located: Located, content) -> list[Problem]:
    """Warnings for the quotes that are not the words of their source's transcript (the sources
    that name a ``transcript``; with several, a quote is checked against each)."""
    from . import read_transcript
    from .align import nearest
    from .index import build_index

    sources = [s for s in content.sources if s.transcript]
    items = quoted_items(located.data)
    if not sources or not items:
        return []
    base = Path(located.file).parent
    warnings: list[Problem] = []
    transcripts = []
    for source in sources:
        try:
            transcripts.append((source, read_transcript(base / source.transcript)))
        except BriefingError as exc:
            line, col = located.where(("sources", content.sources.index(source), "transcript"))
            warnings += [Problem(f"transcript of source '{source.id}': {p}", located.file, line, col)
                         for p in exc.problems]
    said = [(source, t, _said(" ".join(c.text for c in t.cues))) for source, t in transcripts]
    index = None
    for path, quote in items:
        if not said or not _said(quote).strip() or any(_said(quote) in text for _, _, text in said):
            continue
        source, transcript, _ = said[0]
        index = index or build_index(transcript)
        passage = nearest(index, quote)
        line, col = located.where(path)
        where = (f"; nearest passage at {format_timestamp(int(passage[0] - source.offset))}: \"{passage[1]}\""
                 if passage else "; nothing like it is said")
        warnings.append(Problem(f"this quote is not in the transcript of source '{source.id}'{where}",
                                located.file, line, col))
    return warnings
