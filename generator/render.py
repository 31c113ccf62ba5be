"""Render Content through an audience's templates into a Document.

Templates run in Jinja2's immutable sandbox with StrictUndefined. Each ``{{ ... }}`` is
written out as one JSON value (a YAML 1.2 flow scalar), so content text can never add
structure or code to the document: it stays data however it is written; a list or mapping is
kept aside behind a marker (``render_values``). The environment is kept per template chain
(``render_environment``).
"""
from __future__ import annotations

import time

from .audiences import Audience
from .bounds import document_problems, limits
from .content import Content
from .coverage import agenda_of_slides, asides_off_deck, left_to_summary, name_left_out, within_slides, without_lone_dividers
from .repeated_moments import close_unrepeated
from .chart_context import charts_in_context
from .timeline_agenda import timeline_as_agenda
from .deckfit import fit_deck
from .shown_more import named_once
from .aside_lines import without_aside_lines
from .report_edit import edited
from .lone_quotes import quotes_on_their_topics
from .context import build_context, source_links
from .document import Document, Theme
from .document_nodes import data_problems
from .errors import BriefingError, Problem
from .memo import forget
from .limits import MADE_PER_CONTENT, MAX_MADE, MAX_OUTPUT, MAX_SECONDS, OUTPUT_PER_CONTENT, SECONDS_PER_MIB
from .runaway import OutOfTime, deadline, innermost, running_template
from .render_environment import make_environment
from .render_values import RenderValues
from .words import load_words


def unmatched_leads(content: Content, audience: Audience) -> list[Problem]:
    """A warning for each ``lead`` name of the audience's budget that names no topic."""
    names = {t.id for t in content.topics} | {t.title.casefold() for t in content.topics}
    where = str(audience.path / "audience.yaml")
    return [Problem(f"budget lead '{name}' matches no topic of '{content.title}'; it is ignored", where)
            for name in audience.config.budget.lead if name not in names and name.casefold() not in names]


def _template_position(exc: BaseException, fallback: str) -> Problem:
    """Where in a template an error happened, from Jinja's rewritten traceback."""
    line, name = getattr(exc, "lineno", None), getattr(exc, "filename", None)
    tb = exc.__traceback__
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if filename.endswith(".j2"):
            name, line = filename, tb.tb_lineno
        tb = tb.tb_next
    from jinja2 import TemplateNotFound

    message = getattr(exc, "message", None) or str(exc) or type(exc).__name__
    if isinstance(exc, RecursionError):  # (Python's words depend on where the stack ran out: "… in comparison",
        message = "recursion too deep: a macro, include or block that calls itself without end"  # with --jobs or not)
    if isinstance(exc, TemplateNotFound):  # (its message is the name alone)
        names = " or ".join(f"'{name}'" for name in getattr(exc, "templates", None) or [exc.name])
        message = f"no template {names} in this audience's folder nor in those it extends"
    return Problem(message, name or fallback, line or 0, 1 if line else 0)


def _generate(content: Content, audience: Audience, template: str, values: RenderValues, words: dict,
              size: int | None = None):
    """The chunks the audience's ``template`` writes for ``content`` with ``words`` (a generator);
    ``size`` is the content's as JSON (its budget of what the render may make grows with it)."""

    env = make_environment(audience, values.finalize)
    size = len(content.model_dump_json()) if size is None else size
    env.begin(MAX_MADE + MADE_PER_CONTENT * size)
    context = build_context(content, {"name": audience.name, "label": audience.shown_label(words),
                                      "description": audience.config.description,
                                      "budget": audience.config.budget.model_dump()}, words)
    return env.get_template(template).generate(context)


def render_text(content: Content, audience: Audience, template: str = "document.yaml.j2", *,
                values: RenderValues, words: dict | None = None) -> str:
    """Render the audience's document template to YAML text, bounded in time and size.

    Lists and mappings are written as markers kept in ``values`` (see the module doc);
    ``words`` are those the tool adds (default: the content's language's, see words.py).
    """
    from jinja2 import TemplateError
    from jinja2.exceptions import SecurityError

    where = str(audience.path / template)
    content_size = values.content_size = len(content.model_dump_json())
    limit = MAX_OUTPUT + OUTPUT_PER_CONTENT * content_size
    values.limit = limit
    values.seconds = MAX_SECONDS + SECONDS_PER_MIB * content_size / 2**20
    chunks, size, start = [], 0, time.process_time()
    try:
        with deadline(values.seconds):
            generator = _generate(content, audience, template, values,
                                  words if words is not None else load_words(content.lang, audience.chain), content_size)
            for chunk in generator:
                size += len(chunk)
                if size + values.size > limit:
                    message = (f"template output exceeds {limit // 2**20} MiB ({MAX_OUTPUT // 2**20} MiB and "
                               f"{OUTPUT_PER_CONTENT} times the content); stopped")
                    file, line = running_template(innermost(generator).gi_frame)
                    raise BriefingError(Problem(message, file or where, line, 1 if line else 0))
                chunks.append(chunk)
    except OutOfTime as stopped:
        message = (f"template ran longer than {MAX_SECONDS:g} s of processor time and {SECONDS_PER_MIB} s a MiB of content "
                   f"({values.seconds:.1f} s in all; {time.process_time() - start:.1f} s); stopped")
        raise BriefingError(Problem(message, stopped.file or where, stopped.line, 1 if stopped.line else 0)) from None
    except SecurityError as exc:
        p = _template_position(exc, where)
        raise BriefingError(Problem(f"not allowed in a template: {p.message}", p.file, p.line, p.col)) from None
    except (TemplateError, TypeError, ValueError, ArithmeticError, LookupError, AttributeError, RecursionError) as exc:
        raise BriefingError(_template_position(exc, where)) from None
    return "".join(chunks)


def render_document(content: Content, audience: Audience, on_warning=None) -> Document:
    """Content plus an audience's templates: the Document every writer reads.
    ``on_warning(problem)`` is told what is kept out or ignored (a budget's lead that names no topic)."""
    from .yamlio import load_yaml_text

    name = f"{audience.path / 'document.yaml.j2'} (rendered)"
    values = RenderValues()
    words = load_words(content.lang, audience.chain)
    text = render_text(content, audience, values=values, words=words)
    try:
        document = _checked_document(content, audience, load_yaml_text(text, name, max_bytes=None), values, words)
    except BriefingError as exc:  # moved to the template lines that wrote the text (see origins.py)
        twin = RenderValues(values.key)
        again = lambda: _generate(content, audience, "document.yaml.j2", twin, words)
        raise BriefingError(_placed(exc.problems, name, text, again, lambda: twin.written, values.seconds)) from None
    for problem in unmatched_leads(content, audience) if on_warning else ():
        on_warning(problem)
    values.kept.clear()  # (the kept environment holds this render's finalize, and so these, until the next render)
    forget()  # (what the render's filters remembered: memo.py)
    return document


def _placed(problems: list[Problem], name: str, text: str, again, written, seconds: float) -> list[Problem]:
    """``problems`` at the template lines that wrote them, found by a second render within ``seconds`` (the
    first one's limit)."""
    from .origins import placed

    try:
        with deadline(seconds):
            return placed(problems, name, text, again, written)
    except (Exception, OutOfTime):  # a render that differs the second time: the problems stay where they are
        return problems


def _checked_document(content: Content, audience: Audience, located, values: RenderValues, words: dict) -> Document:
    """The rendered YAML's data, with the content's own fields, validated into a Document."""
    from .loader import validate_model

    name = located.file
    located.data = values.restore(located.data)
    if not isinstance(located.data, dict):
        raise BriefingError(Problem("the document template must produce a mapping", name, 1, 1))
    for key, why in (("sources", "they come from the content"), ("unsupported", "the build finds them")):
        if key in located.data:  # every time links into the sources; unsupported claims are the transcript's word
            raise BriefingError(located.problem((key,), f"a template cannot set the {key}: {why}", key=True))
    most = limits(content, values.content_size)
    problems = data_problems(located.data, most[2]) + document_problems(located.data, most)
    if problems:
        raise BriefingError([located.problem(path, message) for path, message in problems])
    data = {
        "title": content.title, "subtitle": content.subtitle, "date": content.date,
        "lang": content.lang, "author": content.author or ", ".join(s.name for s in content.speakers),
        "subject": content.subtitle or content.title, "keywords": list(content.keywords),
        "speakers": [s.model_dump() for s in content.speakers],
        "sources": source_links(content),
        "audience": audience.name, "audience_label": audience.shown_label(words), "prepared_for": audience.config.label,
        **located.data,
        "theme": Theme(**audience.theme), "words": words, "index": audience.config.budget.index,
    }
    document = validate_model(located, Document, data)
    budget = audience.config.budget
    document = asides_off_deck(without_aside_lines(document), content)  # (no deck shows an aside: the report keeps it)
    document = left_to_summary(document)
    document = charts_in_context(fit_deck(document, budget.max_words, budget.figures_once, budget.cut_points,
                                          budget.max_lines))
    document = without_lone_dividers(quotes_on_their_topics(document, budget.max_words))
    document = named_once(within_slides(document, budget.max_slides))  # (what the chosen slides show)
    document = name_left_out(timeline_as_agenda(agenda_of_slides(close_unrepeated(document), content)), content)
    return edited(document, budget.max_words, budget.cut_points)  # (the report's: report_edit.py)
