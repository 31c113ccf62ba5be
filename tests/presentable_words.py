"""What a reader reads (issue #20): rules over the words of a slide, a report page or the handout.

Each rule looks at one line a reader sees (a slide's paragraph, a line of a page of the report, a
line of the rendered handout):

- ``markdown``: no Markdown syntax is printed: ``[text](url)``, ``**``, ``__``, a backtick, a line
  that starts with ``#`` and a space, or a bare ``*emphasis*``.
- ``placeholder-source``: no source is named by a placeholder: a line that is only "The
  recording", "Recording on <host>", or a "Prepared for: … audience" line.
- ``header-line``: no header line of the notes is shown as text: ``Podcast:``, ``Show:``,
  ``Host(s):``, ``Guest(s):``, ``Speakers:``, ``Episode:``, ``Episode Date:``, ``Date:``,
  ``Recorded:``, ``Duration:`` and their usual synonyms, after any bullet, dash or emoji.

``unlisted(items, topics)`` is the fourth rule, ``unlisted-topic``: the topics whose title is in
none of the items of an agenda or chapters list (a numbered list's item may leave out its
numbering: "No one is all-knowing" lists "Number 1 - No one is all-knowing").

The report is read with ``pdftotext``, a list of lines a page; the handout is rendered with
markdown-it and its tags dropped, so the Markdown it writes on purpose (headings, links, emphasis)
is not counted, while Markdown written out literally (escaped) still is.
"""
from __future__ import annotations

import html
import re
import subprocess
from collections.abc import Iterable
from pathlib import Path
from typing import NamedTuple

from markdown_it import MarkdownIt

from generator.emoji import without_emoji


class Fault(NamedTuple):
    """One broken rule on one slide or page (1-based)."""

    rule: str
    page: int
    detail: str


_MARKDOWN = (
    ("a Markdown link", re.compile(r"\[[^\[\]\n]*\]\([^()\s]*\)")),
    ("'**'", re.compile(r"\*\*")),
    ("'__'", re.compile(r"__")),
    ("a backtick", re.compile(r"`")),
    ("a bare *emphasis*", re.compile(r"(?<![\w*])\*(?![\s*])[^*\n]*?(?<![\s*])\*(?![\w*])")),
)
_HEADING = re.compile(r"#{1,6}(?:\s|$)")
_BULLET = " \t•◦▪‣–—-*"
_PLACEHOLDER = re.compile(r"(?:the recording|recording on \S+)\s*", re.IGNORECASE)
_RECORDING_ON = re.compile(r"\brecording on [\w-]+(?:\.[\w-]+)+", re.IGNORECASE)
_PREPARED_FOR = re.compile(r"\bprepared for:.*\baudience\b", re.IGNORECASE)
_HEADER = re.compile(r"(?:podcast|show|hosts?|host\(s\)|guests?|guest\(s\)|speakers?|panelists?|moderator|"
                     r"episode|episode date|episode number|date|air date|recorded|recorded on|duration|length|"
                     r"runtime|released|published)\s*:", re.IGNORECASE)
_LEAD = re.compile(r"^[\W_]+")


def line_faults(line: str) -> list[tuple[str, str]]:
    """(rule, detail) of every rule the line breaks."""
    out = []
    text = line.strip()
    for name, pattern in _MARKDOWN:
        found = pattern.search(text)
        if found:
            out.append(("markdown", f"{name} in '{_around(text, found.start())}'"))
    if _HEADING.match(text.lstrip(_BULLET)):
        out.append(("markdown", f"a heading mark in '{text[:60]}'"))
    bare = text.lstrip(_BULLET)
    if _PLACEHOLDER.fullmatch(bare) or _RECORDING_ON.search(text) or _PREPARED_FOR.search(text):
        out.append(("placeholder-source", f"'{text[:80]}'"))
    if _HEADER.match(_LEAD.sub("", text)):
        out.append(("header-line", f"'{text[:80]}'"))
    return out


def faults(pages: Iterable[tuple[int, Iterable[str]]]) -> list[Fault]:
    """Every fault of the lines of each (page number, lines)."""
    return [Fault(rule, number, detail) for number, lines in pages for line in lines
            for rule, detail in line_faults(line)]


def pdf_pages(path: Path) -> list[tuple[int, list[str]]]:
    """The lines of each page of a PDF, as pdftotext reads them."""
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout
    return [(number, page.splitlines()) for number, page in enumerate(text.split("\f"), start=1) if page.strip()]


def handout_pages(path: Path) -> list[tuple[int, list[str]]]:
    """The lines a reader of the rendered handout sees (one page)."""
    rendered = MarkdownIt("commonmark").enable("table").render(Path(path).read_text(encoding="utf-8"))
    text = html.unescape(re.sub(r"<[^>]+>", "", re.sub(r"<(?:br|/p|/li|/h\d|/tr|/td|/th)\b[^>]*>", "\n", rendered)))
    return [(1, [line for line in text.splitlines() if line.strip()])]


def plain(title: str) -> str:
    """A title as a reader sees it: link text for links, no emphasis marks, no emoji (no deck font has
    them), spaces collapsed, any case."""
    text = re.sub(r"\[([^\[\]]*)\]\([^()\s]*\)", r"\1", without_emoji(title))
    return " ".join(re.sub(r"\*\*|__|`", "", text).split()).casefold()


NUMBERING = r"\s*(?:[^\W\d_]+\s+)?#?\d+(?:[.):]|\s+[-–—:])\s+"  # "Number 1 - ", "Tip 3: ", "3. "


def unlisted(items: Iterable[str], topics: Iterable[str]) -> list[str]:
    """The topics whose title is none of the items (an item cut short with '…' may be its start; an
    item may leave out the title's numbering)."""
    listed = [plain(item) for item in items]
    left = []
    for topic in topics:
        title = plain(topic)
        names = (title, _unlabelled(title))  # (once a topic, not once an item)
        if not any(item in names or item.endswith("…") and title.startswith(item[:-1].rstrip())
                   or re.fullmatch(NUMBERING + re.escape(item), title) for item in listed):
            left.append(topic)
    return left


def _unlabelled(title: str) -> str:
    """``title`` without a question's label ("Q: 腾讯现在用go的多吗?"), as an agenda lists it (question_titles.unlabelled)."""
    from generator.answers import question
    from generator.words import load_words

    from .deck_lines import LANGUAGES

    for lang in LANGUAGES:
        if (asked := question(title, load_words(lang))) != title:
            return asked
    return title


def _around(text: str, at: int) -> str:
    return text[max(0, at - 25):at + 35]
