"""The filters and tests that briefing gives its templates, beyond Jinja2's own, all in one place:
``FILTERS`` and ``TESTS``, by name. Each is declared by the module that owns it (template_names:
topics chosen by a budget, ``budgeted``, in budgets.py; the opening in summary.py; the close in
close.py…), which ``DECLARING`` imports; this module owns those on a context's text that no other
does: sentences, headlines, speaker notes' lines, why a recording matters. Templates call them on the
context's plain data (lists and dicts), never on models.
"""
from __future__ import annotations

import re
from importlib import import_module

from .aside_lines import is_aside_line
from .audience_signals import TOLD
from .bottom_items import STATED, STATED_MOST
from .bottom_line import is_statement
from .fitted import fitted
from .groups import spread
from .headline import sentence_gaps, unstopped
from .inline import has_markup, links, whole_spans
from .key_words import keys
from .said_same import says_again
from .template_names import FILTERS, TESTS, template_filter, template_test

# the modules that declare template filters and tests of their own (template_names), by name, imported here:
# importing them declares them, so that FILTERS and TESTS hold them all; a module that declares its first one
# joins this list (and only it: test_template_names checks that it names every one)
DECLARING = tuple(import_module(f".{name}", __package__) for name in (
    "answers", "budgets", "chapter_list", "chapter_points", "chapter_times", "chart_titles", "close", "close_point",
    "close_watch", "close_where", "cover_lead", "evidence_order", "evidence_titles", "grid_titles", "grids", "headline",
    "joined_evidence", "named", "named_sources", "overview", "question_titles", "sentence_kinds", "short_topics", "source_lines",
    "summary", "time_goes", "title_claims", "title_lists", "title_numbers", "titles", "weigh", "words", "close_groups",
    "deck_headed", "chart_plans", "chart_signals", "alike_groups"))
__all__ = ["DECLARING", "FILTERS", "TESTS"]


@template_filter("headlines")
def _headlines(points: list, most: int = 15, times: bool = True, details: bool = True) -> list:
    """Each point as a whole statement of at most ``most`` words, a third more where it must (fitted.fitted), without
    its sub-points, and without its time unless ``times``; a point that cannot be one (a takeaway: summary.opening
    picks no other) is whole. A digest entry's line is its leading clause, with what sets it apart under it where
    ``details`` (the report's; a deck shows that on the entry's evidence slide: entry_lines.lined). No item ends on a
    full stop, as no title does (review 14: one list, one end punctuation; titling.py)."""
    return [{**{k: v for k, v in p.items() if k not in ("as_written", "topic", "same", "entry", "evidence", STATED, TOLD)},
             "text": unstopped(p["text"] if p.get("entry") else fitted(p["text"], _most(p, most)) or p["text"]),
             "children": p["children"] if p.get("entry") and details else [],
             "at": p["at"] if times else None} for p in points]


def _most(point: dict, most: int) -> int:
    """The words a bottom-line item may show: a takeaway shown whole (bottom_items.STATED) up to STATED_MOST."""
    return max(most, STATED_MOST) if point.get(STATED) else most


@template_filter("spoken")
def _spoken(points: list, depth: int = 0) -> str:
    """Points as plain text for speaker notes: one line each, sub-points after a colon or semicolon (a digest's
    entry as the notes wrote it)."""
    lines = []
    for p in points:
        if p.get("entry"):  # (a digest's entry, said whole: entry_lines.lined)
            lines.append(p["entry"].rstrip())
            continue
        text = p["text"].rstrip()
        if p["children"]:
            text = text.rstrip(":") + ": " + "; ".join(_spoken([c], depth + 1) for c in p["children"])
        lines.append(text)
    return ("\n" if depth == 0 else "; ").join(lines)


@template_filter("spread")
def _spread(items: list, most: int) -> list[list]:
    """The template filter ``spread``: ``items`` in as few groups of at most ``most`` as they need,
    as even as can be (see groups.spread), ``most`` checked to be a whole number."""
    if isinstance(most, bool) or not isinstance(most, int):  # a template's mistake, reported at its line
        raise TypeError(f"spread: the most to a group is a whole number, not {most!r}")
    return spread(items, most)


@template_filter("sentences")
def _sentences(text: str, skip: list | tuple = ()) -> list[str]:
    """``text`` as its sentences (``headline.sentence_gaps``) and lines, without lines that are only
    a link and without sentences that name one of ``skip``."""
    text = text or ""
    whole = whole_spans(text)  # a link's text or a code span is never split ("[Dr. Smith](…)")
    gaps = sentence_gaps(text) + [m.span() for m in re.finditer(r"\n+", text)]
    cuts = sorted(gap for gap in gaps if not any(a < gap[0] < b for a, b in whole))
    bounds = [0, *(x for gap in cuts for x in gap), len(text)]
    parts = [text[a:b].strip() for a, b in zip(bounds[::2], bounds[1::2])]
    if has_markup(text) and {u for p in parts for _, u in links(p)} - {u for _, u in links(text)}:
        parts = [text.strip()]  # (a cut inside a code span the parser reads over lines made a link of its text: #24)
    return [p for p in parts if p and not re.fullmatch(r"(https?://|mailto:)\S*", p)
            and not any(name in p for name in skip)]


@template_filter("why")
def _why(introduction: str, skip: list | tuple, opened: list, covered: list | tuple = (), words: dict | None = None) -> list[str]:
    """The sentences of ``introduction`` that say why the recording matters (the About slide's *Why it
    matters*): not one that names a speaker of ``skip`` (their role says it), nor one the deck's opening
    summary ``opened`` already says (said_same.says_again: a description of the recording shown on the
    slide before). Given the ``covered`` topics (those the deck shows) and the ``words`` of the language,
    only a sentence that names one of them (``_names``): never an aside line ("Bonus : la mort annoncée de
    l'IDE…", aside_lines.is_aside_line) nor a teaser of what the deck does not cover ("Côté IA :
    ADK 1.0, A2A…"). (Its aside lines, "I had the privilege of attending…", leave the deck's About slide
    in every audience: aside_lines.without_aside_lines.)"""
    told = [p["text"] for p in opened or []]
    found = [s for s in _sentences(introduction, skip) if not says_again(s, told)]
    if words is None:
        return found
    return [s for s in found if not is_aside_line(s, words, introduction=True) and any(_names(s, t) for t in covered)]


@template_test("titles_only")
def _titles_only(group: list) -> bool:
    """The template test ``titles_only``: whether a slide's ``group`` of topics has one whose points are all
    chapters' titles (two or more, each at its own time, none a statement: bottom_line.is_statement), "React",
    "Solid Start": the notes say nothing of them but their names."""
    return any(len(t["points"]) >= 2 and all(p["at"] and not is_statement(p["text"]) for p in t["points"]) for t in group)


def _names(sentence: str, topic: dict) -> bool:
    """Whether ``sentence`` names what ``topic`` covers: a key word of its title (key_words.keys), or two
    of its title, summary and points ("…the driest winter on record in the eastern region…"); in a
    script written without spaces (Chinese, Japanese), two characters of its title in a row."""
    said = keys(sentence)[1]
    told = set().union(*(keys(t)[1] for t in (topic["title"], topic.get("summary") or "", *_texts(topic["points"]))))
    title = topic["title"]
    unspaced = any(a >= "\u2e80" and b >= "\u2e80" and a + b in sentence for a, b in zip(title, title[1:]))
    return bool(said & keys(title)[1]) or len(said & told) >= 2 or unspaced


def _texts(points: list) -> list[str]:
    """The text of ``points`` and of every point under them."""
    return [t for p in points for t in (p["text"], *_texts(p["children"]))]
