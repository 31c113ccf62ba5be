"""The commands on content files: ``validate``, ``import`` (notes to content), ``align`` (content
against a transcript) and ``schema``."""
from __future__ import annotations

import click

from ..errors import BriefingError, Problem, printable
from .group import UserError, _run, _warn, main

@main.command()
@click.argument("content", nargs=-1, required=True, type=click.Path(dir_okay=False))
def validate(content) -> None:
    """Check CONTENT files and report every problem as FILE:LINE:COL."""
    from ..loader import load_content
    from ..transcripts.quotes import check_file_quotes

    problems = []
    for file in content:
        try:
            loaded = load_content(file)
            for warning in check_file_quotes(file, loaded):  # quotes against a source's transcript
                _warn(warning)
            click.echo(printable(f"{file}: ok"))
        except BriefingError as exc:
            problems.extend(exc.problems)
    if problems:
        raise UserError(BriefingError(problems))


@main.command("import")
@click.argument("notes", type=click.Path(dir_okay=False))
@click.option("--output", "-o", type=click.Path(dir_okay=False),
              help="Content file to write (default: <content folder>/<notes-stem>.yaml; "
              "the content folder is briefing.toml's, else content/).")
@click.option("--source-url", help="Link to the recording, so timestamps become links.")
@click.option("--source-name", help="Name of the recording (default: from the link).")
@click.option("--title", help="Title of the briefing (default: the notes' top heading or short first line, "
              "else the file's name).")
@click.option("--force", is_flag=True, help="Replace the output file if it exists.")
@click.option("--transcript", type=click.Path(dir_okay=False),
              help="A transcript of the recording (.vtt, .srt, Whisper or YouTube JSON): every claim gets its own "
                   "moment, speaker and words, and the source names the transcript.")
@click.option("--source", "source_id", help="The source the transcript belongs to (default: the first).")
@click.pass_context
def import_(ctx, notes, output, source_url, source_name, title, force, transcript, source_id) -> None:
    """Turn NOTES (summary notes, Markdown or a chapter list) into a content file."""
    from pathlib import Path

    from ..importer import import_file

    if output is None and ctx.obj is not None and ctx.obj.content:  # briefing.toml's content folder
        output = str(Path(ctx.obj.content) / f"{Path(notes).stem}.yaml")
    if transcript is not None:  # read first: a broken transcript leaves nothing written
        from ..transcripts import read_transcript

        _run(read_transcript, transcript)

    check = None
    if transcript is not None:  # a wrong --source is said before anything is written
        from ..transcripts.run import check_source

        check = lambda data: check_source([s.get("id") for s in data.get("sources") or []], source_id, notes)
    path, found = _run(import_file, notes, output, force=force, title=title,
                       source_url=source_url, source_name=source_name, check=check)
    plural = lambda n, word: f"{n} {word}{'s' if n != 1 else ''}"
    click.echo(f"found {plural(found.takeaways, 'takeaway')}, {plural(found.topics, 'topic')}, "
               f"{plural(found.charts, 'chart')}, {plural(found.figures, 'key figure')}, {plural(found.quotes, 'quote')}")
    for warning in found.warnings:
        _warn(warning)
    if "lang" in found.data:  # (English is the default and is not written)
        click.echo(f"language: {found.data['lang']} (of the words briefing adds; change lang: in the content if wrong)")
    if transcript is not None:
        from ..transcripts.run import align_file, relocated, write_aligned

        result = _run(align_file, path, transcript, source_id)
        written = _run(write_aligned, result, path, True, transcript)
        matched = sum(m.seconds is not None for m in result.matches)
        click.echo(printable(f"aligned {matched} of {len(result.matches)} claims with {transcript}"))
        _not_said(relocated(result, written), str(path))
    click.echo(printable(f"wrote {path}"))


@main.command()
@click.argument("content", type=click.Path(dir_okay=False))
@click.argument("transcript", required=False, type=click.Path(dir_okay=False))
@click.option("--source", "source", help="The source the transcript belongs to (default: the first); its offset "
              "converts the transcript's times to the content's.")
@click.option("--output", "-o", type=click.Path(dir_okay=False),
              help="Write the content with each matched claim's own at, speaker and quote.")
@click.option("--force", is_flag=True, help="Replace the output file if it exists.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object per claim (a line each), in file order.")
def align(content, transcript, source, output, force, as_json) -> None:
    """Find where TRANSCRIPT (default: the one the source names) says each takeaway, point, figure
    and quote of CONTENT."""
    import json

    from ..transcripts.run import align_file, as_json as json_of, write_aligned

    result = _run(align_file, content, transcript, source)
    for match in result.matches:
        if as_json:
            click.echo(json.dumps(json_of(result, match), ensure_ascii=False))
            continue
        found = json_of(result, match)
        when = found["at"] or "no match"
        who = f" [{match.speaker}]" if match.speaker else ""
        click.echo(printable(f"{found['where']}: {when:>9} {match.score:.2f}{who} {match.claim.text}"))
    if output:
        written = _run(write_aligned, result, output, force)
        click.echo(printable(f"wrote {written.file}"), err=as_json)
    unsaid = [m for m in result.matches if m.seconds is None]
    click.echo(f"{len(result.matches) - len(unsaid)} of {len(result.matches)} claims matched", err=True)
    _not_said(result, content)


def _not_said(result, content: str) -> None:
    """Warn, at its place in ``content``, of each claim the transcript does not say, and of each it
    says before the content's timeline starts."""
    from ..transcripts.run import as_json as json_of

    for match in result.matches:
        if match.seconds is None:
            _warn(Problem(f"not in the transcript: {match.claim.text}", content, match.claim.line, match.claim.col))
    for match in result.before_start():
        _warn(Problem(f"said at {json_of(result, match)['at']}, before the content's timeline starts (is the source's "
                      f"offset right?); -o writes no moment for it: {match.claim.text}", content, match.claim.line,
                      match.claim.col))


@main.command()
def schema() -> None:
    """Print the JSON Schema of content files (for editors)."""
    import json

    from ..content import Content

    data = Content.model_json_schema()
    data["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    data["title"] = "briefing content"
    click.echo(json.dumps(data, indent=2, ensure_ascii=False))
