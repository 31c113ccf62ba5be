"""``briefing align``: read a content file and a transcript, align every claim, and write the
content with each matched claim's own moment, speaker and words."""
from __future__ import annotations

import copy
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import BriefingError, Problem
from ..files import refuse_link_loop
from ..timestamps import format_timestamp
from .align import Match, align_claims
from . import Transcript, read_transcript
from .claims import collect_claims
from .index import build_index

if TYPE_CHECKING:
    from ..yamlio import Located

_ORDER = ("text", "value", "label", "at", "speaker", "quote")


@dataclass
class Aligned:
    """The result of an alignment: one Match per claim in file order, in the content's timeline."""

    file: str
    matches: list[Match]
    offset: int
    source: str | None = None  # the source's id (None: the first)

    def seconds(self, match: Match) -> float | None:
        """The moment of ``match`` on the content's timeline (None when not said)."""
        return None if match.seconds is None else round(match.seconds - self.offset, 2)

    def before_start(self) -> list[Match]:
        """The matches said before the content's timeline begins (a moment below 0:00 once the
        source's offset is applied: a part of that recording the content's timeline does not
        have, or a wrong offset): -o writes no moment for them, and the summary says so."""
        return [m for m in self.matches if (self.seconds(m) or 0) < 0]


def align_file(content_path: str | Path, transcript_path: str | Path | None, source: str | None = None) -> Aligned:
    """Align every claim of the content file with the transcript of ``source`` (default: the
    first); without ``transcript_path``, the transcript that source names."""
    from ..loader import validate_located
    from ..yamlio import load_yaml_file
    located = load_yaml_file(content_path)
    content = validate_located(located)
    ids = [s.id for s in content.sources]
    check_source(ids, source, str(content_path))
    chosen = next(s for s in content.sources if source in (None, s.id))
    offset = chosen.offset
    if transcript_path is None:
        if not chosen.transcript:
            raise BriefingError(Problem(f"give a TRANSCRIPT: source '{chosen.id}' names none (transcript: FILE)",
                                        str(content_path)))
        transcript = named_transcript(located, content, chosen)
    else:
        transcript = read_transcript(transcript_path)
    claims = collect_claims(located, content, offset)
    return Aligned(str(content_path), align_claims(build_index(transcript), claims), offset, source or ids[0])


def named_transcript(located, content, source) -> Transcript:
    """The transcript ``source`` names (relative to the content file); one that cannot be read is
    an error at the source's ``transcript:`` too, so the author sees which line names it."""
    try:
        return read_transcript(Path(located.file).parent / source.transcript)
    except BriefingError as exc:
        line, col = located.where(("sources", content.sources.index(source), "transcript"))
        raise BriefingError([Problem(f"transcript of source '{source.id}': {p}", located.file, line, col)
                             for p in exc.problems]) from None


def check_source(ids: list[str], source: str | None, file: str) -> None:
    """A BriefingError when ``--source`` names none of the content's sources (``ids``); `briefing
    import --transcript` asks before it writes the content, so a wrong one leaves nothing written."""
    if source is not None and source not in ids:
        raise BriefingError(Problem(f"--source: no source '{source}' (sources: {', '.join(ids)})", file))


def relocated(result: Aligned, located: Located) -> Aligned:
    """``result`` with each claim at its place in ``located``: the content as -o wrote it (``write_aligned``
    returns it, parsed), where a point that got its moment is a mapping and every line after it has moved."""
    import dataclasses

    matches = []
    for match in result.matches:
        node = located.data
        for part in match.claim.path:
            node = node[part]
        line, col = located.where(match.claim.path + (("text",) if isinstance(node, dict) and "text" in node else ()))
        matches.append(dataclasses.replace(match, claim=dataclasses.replace(match.claim, line=line, col=col)))
    return dataclasses.replace(result, file=located.file, matches=matches)


def as_json(result: Aligned, match: Match) -> dict:
    """One claim as ``--json`` prints it."""
    seconds = result.seconds(match)
    at = None
    if seconds is not None:
        whole = int(round(seconds))
        sign, whole = ("-" if whole < 0 else ""), abs(whole)
        at = f"{sign}{whole // 3600}:{whole // 60 % 60:02d}:{whole % 60:02d}"
    return {"where": f"{result.file}:{match.claim.line}:{match.claim.col}", "text": match.claim.text,
            "seconds": seconds, "at": at, "speaker": match.speaker, "quote": match.quote, "score": match.score}


def write_aligned(result: Aligned, output: str | Path, force: bool = False,
                  transcript: str | Path | None = None) -> Located:
    """Write the content with each matched claim's ``at``, ``speaker`` and ``quote`` to ``output``
    (never over an existing file without ``force``), checked before it is written; with
    ``transcript``, the aligned source names it (relative to ``output``'s folder). Returns what was
    written, parsed (its file: ``output``)."""
    from ..atomic import why_not, write_atomic
    from ..loader import validate_located
    from ..yamlio import load_yaml_file, load_yaml_text
    from ..yamlwrite import dump_yaml

    target = Path(output)
    refuse_link_loop(target)  # (not there to exists(): it would be replaced without --force)
    if target.exists() and not force:
        raise BriefingError(Problem("exists; give --force to replace it", str(target)))
    located = load_yaml_file(result.file)
    data = copy.deepcopy(located.data)
    for match in result.matches:
        seconds = result.seconds(match)
        if seconds is None or seconds < 0:  # (not said, or before_start)
            continue
        found = {"at": format_timestamp(int(round(seconds))), "speaker": match.speaker, "quote": match.quote}
        if "quotes" in match.claim.path:  # a quote is its own words: it gets its moment and speaker
            del found["quote"]
        _set(data, match.claim.path, found)
    if transcript is not None:
        import os

        source = next(s for s in data["sources"] if result.source in (None, s.get("id")))
        source["transcript"] = Path(os.path.relpath(Path(transcript).resolve(), target.resolve().parent)).as_posix()
    text = Path(result.file).read_text(encoding="utf-8-sig")
    header = "\n".join(line[1:].removeprefix(" ") for line in _leading_comments(text))
    out = dump_yaml(data, header)
    written = load_yaml_text(out, str(target))
    validate_located(written)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(target, out.encode("utf-8"))
    except OSError as exc:
        raise BriefingError(Problem(f"cannot write: {why_not(target, exc)}", str(target))) from None
    return written


def _leading_comments(text: str) -> list[str]:
    lines = []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        lines.append(line)
    return lines


def _set(data, path: tuple, fields: dict) -> None:
    parent = data
    for part in path[:-1]:
        parent = parent[part]
    item = parent[path[-1]]
    item = {"text": item} if isinstance(item, str) else dict(item)
    item.update({k: v for k, v in fields.items() if v is not None})
    if "speaker" in item and fields.get("speaker") is None:
        del item["speaker"]
    parent[path[-1]] = {k: item[k] for k in sorted(item, key=lambda k: _ORDER.index(k) if k in _ORDER else len(_ORDER))}


def unsupported_claims(content_path: str | Path, content) -> list[dict]:
    """The claims of the content file (validated as ``content``) that no transcript of its sources
    says, in file order, each ``{text, where: "FILE:LINE:COL", source}`` (the source named is
    the first that names a transcript); none when no source names one."""
    from ..yamlio import load_yaml_file
    sources = [s for s in content.sources if s.transcript]
    if not sources:
        return []
    located = load_yaml_file(content_path)
    said: list[bool] = []
    claims: list = []
    for source in sources:
        index = build_index(named_transcript(located, content, source))
        claims = collect_claims(located, content, source.offset)
        found = [m.seconds is not None for m in align_claims(index, claims)]
        said = [a or b for a, b in zip(said, found)] if said else found
    return [{"text": c.text, "where": f"{content_path}:{c.line}:{c.col}", "source": sources[0].name}
            for c, ok in zip(claims, said) if not ok]
