"""MarkdownWriter: the Document as a Markdown handout (CommonMark with pipe tables).

For wikis and mail: the report's structure in plain text. Content text is escaped, so ``<b>``
or ``{{ }}`` show literally; its inline markup (links, bold, italic, code: ``generator.inline``)
is written again as Markdown from its runs; timestamps link into each source; a chart becomes
a table of its data, so the numbers survive.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from itertools import groupby

from ..document import Bullet, ChartSpec, Document, Slide, TimeRef
from ..inline import has_markup, runs
from . import Writer
from ..words import fill, split_at
from .common import figure_label
from .kinds import Registry
from .md_emphasis import emphasised

_SPECIAL = re.compile(r"([\\`*_\[\]<>|]|~(?=~))")
_ENTITY = re.compile(r"&(?=#?\w+;)")
_LINE_START = re.compile(r"^([^\S\n]*)([-+=#>])", re.M)  # blank space of its own line only: \s* spanned lines, quadratic
_NUMBERED = re.compile(r"^([^\S\n]*\d+)([.)])", re.M)


def esc(text: str) -> str:
    """``text`` shown literally in Markdown: inline markup, HTML and line starts escaped."""
    return _lines(_specials(text))


def _specials(text: str) -> str:
    return _ENTITY.sub(r"\\&", _SPECIAL.sub(r"\\\1", text))


def _lines(text: str) -> str:
    """Markdown text with no line read as a block: leading spaces (a code block) dropped, a list,
    heading or quote marker at a line's start escaped, line breaks kept."""
    text = "\n".join(line.lstrip() for line in text.split("\n"))
    text = _NUMBERED.sub(r"\1\\\2", _LINE_START.sub(r"\1\\\2", text))
    return text.replace("\n", "  \n")


def rich(text: str) -> str:
    """Content text as Markdown: its runs written as links, bold, italic and code, the rest escaped;
    each link's text (and the text between links) read back as its runs (``md_emphasis``)."""
    if not has_markup(text):
        return esc(text)
    out: list[str] = []
    for url, group in groupby(runs(text), key=lambda run: run.url):
        inner = emphasised(list(group), _specials)
        if url and out and out[-1].endswith("!"):  # "![" would be an image
            out[-1] = out[-1][:-1] + "\\!"
        out.append(f"[{inner}]({_url(url)})" if url else inner)
    return _lines("".join(out))


def _url(url: str) -> str:
    return url.replace("(", "%28").replace(")", "%29").replace(" ", "%20").replace("<", "%3C").replace(">", "%3E")


def time_links(at: TimeRef) -> str:
    """``[13:28](audio link) · [video 3:33](video link)``, or the bare time without links."""
    if not at.links:
        return esc(at.label)
    return " · ".join(f"[{esc(label)}]({_url(url)})" for label, url in at.labelled_links())


def _text(slide: Slide) -> list[str]:
    """A slide's text as a paragraph."""
    return [rich(slide.text), ""] if slide.text else []


def _quote(slide: Slide) -> list[str]:
    """A quote as a block quote, its attribution under it."""
    quoted = ["> " + rich(slide.text).replace("  \n", "  \n> "), ""]
    return quoted + ([f"— {esc(slide.attribution)}", ""] if slide.attribution else [])


@dataclass(frozen=True)
class HandoutKind:
    """How the handout sets a slide of its layouts (``names``): every slide shows its fields in one order
    (text, agenda, points, columns, figures, chart, table); a kind says how its ``text`` is set, whether
    its chart is a ``numbered`` figure, and whether its subtitle shows under its heading (``subtitled``)."""

    names: tuple[str, ...]
    text: Callable[[Slide], list[str]] = _text
    numbered: bool = False
    subtitled: bool = True


handout_kind: Registry[HandoutKind] = Registry("handout section kind", (
    HandoutKind(("title", "agenda", "bullets", "two_column", "topics", "big_number", "table", "sources")),
    HandoutKind(("section",), subtitled=False),  # (a divider's subtitle is not shown)
    HandoutKind(("chart", "timeline"), numbered=True),
    HandoutKind(("quote",), text=_quote)))


class MarkdownWriter(Writer):
    """Writes a Document as a .md handout."""

    name = "md"
    suffix = ".md"
    cost = 0.1

    def render(self, doc: Document, epoch: int | None = None) -> bytes:
        """The handout as UTF-8 bytes; the same Document gives the same bytes."""
        out = [f"# {esc(doc.title)}", ""]
        if doc.subtitle:
            out += [f"*{esc(doc.subtitle)}*", ""]
        words = doc.words
        meta = []
        if doc.prepared_for:  # only where an audience's label says who
            around = split_at(esc(words["prepared_for"]), "audience")  # (esc leaves braces be)
            meta.append(f"{around[0]}**{esc(doc.prepared_for)}**{around[1]}" if around else esc(words["prepared_for"]))
        if doc.date:
            meta.append(esc(fill(words["published"], date=doc.date)))
        out += ["  \n".join(meta), ""] if meta else []
        for sp in doc.speakers:
            out.append(f"- **{esc(sp.name)}**" + (f", {esc(sp.role)}" if sp.role else ""))
        if doc.speakers:
            out.append("")
        figure, topic = 0, None
        for slide in doc.handout_slides():
            if handout_kind(slide.layout).numbered:
                figure += 1
            same_topic = bool(slide.topic) and slide.topic == topic  # a topic's slides sit under its heading
            topic = slide.topic or None
            out += self._slide(slide, figure, "###" if same_topic else "##", words)
        index = doc.timestamp_index() if doc.index else []
        if index:
            linked = doc.has_time_links()  # without links, the times are the index
            out += [f"## {esc(words['timestamp_index'])}", "",
                    self._row([words["index_time"], words["index_where"]] + ([words["index_links"]] if linked else [])),
                    "| --- | --- |" + (" --- |" if linked else "")]
            for title, at in index:
                out.append(f"| {esc(at.label)} | {esc(title)} |" + (f" {time_links(at)} |" if linked else ""))
            out.append("")
        if doc.sources:
            out += [f"## {esc(words['sources'])}", ""] + [
                (f"- [{esc(src.name)}]({_url(src.url)})" if src.url else f"- {esc(src.name)}")
                + (f" — {rich(src.description)}" if src.description else "") for src in doc.sources] + [""]
        if doc.unsupported:  # for the author: what the transcript does not say
            out += [f"## {esc(words['unsupported_heading'])}", "",
                    esc(fill(words["unsupported_intro"], source=doc.unsupported[0].source)), ""]
            out += [f"- {rich(u.text)} ({esc(u.where)})" for u in doc.unsupported] + [""]
        return ("\n".join(out).rstrip() + "\n").encode("utf-8")

    def _slide(self, slide: Slide, figure: int, level: str, words: dict) -> list[str]:
        out = ([f"*{esc(slide.kicker)}*", ""] if slide.kicker.strip() else []) + [f"{level} {esc(slide.title)}", ""]
        if slide.at:
            out += [f"▶ {time_links(slide.at)}", ""]
        kind = handout_kind(slide.layout)
        if slide.subtitle and kind.subtitled:
            out += [f"*{esc(slide.subtitle)}*", ""]
        out += kind.text(slide)
        if slide.agenda:
            out += [f"- {esc(a.title)}" + (f" ({time_links(a.at)})" if a.at else "") for a in slide.agenda] + [""]
        if slide.bullets:
            out += self._bullets(slide.bullets) + [""]
        for column in slide.columns:
            out += [f"**{esc(column.title)}**", ""] + self._bullets(column.bullets) + [""]
        for fig in slide.figures:
            out.append(f"- **{esc(fig.value)}** {rich(fig.label)}" + (f" ({time_links(fig.at)})" if fig.at else ""))
        if slide.figures:
            out.append("")
        if slide.chart:
            out += self._chart(slide.chart, figure, words)
        if slide.table:
            t = slide.table
            out += [self._row(t.columns), "| " + " | ".join("---" for _ in t.columns) + " |"]
            out += [self._row(r, rich) for r in t.rows] + [""]
        return out

    def _bullets(self, bullets: list[Bullet], depth: int = 0) -> list[str]:
        out = []
        for b in bullets:
            at = f" ({time_links(b.at)})" if b.at else ""
            text = f"[{esc(b.text)}]({_url(b.url)})" if b.url else rich(b.text)
            out.append(f"{'  ' * depth}- {text}{at}".replace("  \n", "  \n" + "  " * (depth + 1)))
            out += self._bullets(b.children, depth + 1)
        return out

    def _chart(self, spec: ChartSpec, figure: int, words: dict) -> list[str]:
        head = ["", *(s.name for s in spec.series)]
        rows = [[c, *(s.labels[i] for s in spec.series)] for i, c in enumerate(spec.categories)]
        out = [f"*{esc(figure_label(figure, spec, words))}*", "", self._row(head), "| " + " | ".join("---" for _ in head) + " |"]
        out += [self._row(r) for r in rows] + [""]
        if spec.caption:
            out += [esc(spec.caption), ""]
        return out

    @staticmethod
    def _row(cells, write=esc) -> str:
        return "| " + " | ".join(write(c).replace("  \n", "<br>") for c in cells) + " |"
