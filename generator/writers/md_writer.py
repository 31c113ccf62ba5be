"""MarkdownWriter: the Document as a Markdown handout (CommonMark with pipe tables).

For wikis and mail: the report's structure in plain text. Every text from the content is
escaped, so ``*``, ``<b>`` or ``[x](y)`` in content show literally; timestamps link into
each source; a chart becomes a table of its data, so the numbers survive.
"""
from __future__ import annotations

import re

from ..document import Bullet, ChartSpec, Document, Slide, TimeRef
from . import Writer
from .common import figure_label

_SPECIAL = re.compile(r"([\\`*_\[\]<>|]|~(?=~))")
_ENTITY = re.compile(r"&(?=#?\w+;)")
_LINE_START = re.compile(r"^([^\S\n]*)([-+=#>])", re.M)  # blank space of its own line only: \s* spanned lines, quadratic
_NUMBERED = re.compile(r"^([^\S\n]*\d+)([.)])", re.M)


def esc(text: str) -> str:
    """``text`` shown literally in Markdown: inline markup, HTML and line starts escaped."""
    text = "\n".join(line.lstrip() for line in text.split("\n"))  # leading spaces would make code blocks
    text = _ENTITY.sub(r"\\&", _SPECIAL.sub(r"\\\1", text))
    text = _NUMBERED.sub(r"\1\\\2", _LINE_START.sub(r"\1\\\2", text))
    return text.replace("\n", "  \n")


def _url(url: str) -> str:
    return url.replace("(", "%28").replace(")", "%29").replace(" ", "%20").replace("<", "%3C").replace(">", "%3E")


def time_links(at: TimeRef) -> str:
    """``[13:28](audio link) · [video 3:33](video link)``, or the bare time without links."""
    if not at.links:
        return esc(at.label)
    return " · ".join(f"[{esc(label)}]({_url(url)})" for label, url in at.labelled_links())


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
        meta = [f"Prepared for: **{esc(doc.audience_label or doc.audience)}** audience"]
        if doc.date:
            meta.append(f"Published {esc(doc.date)}")
        out += ["  \n".join(meta), ""]
        for sp in doc.speakers:
            out.append(f"- **{esc(sp.name)}**" + (f", {esc(sp.role)}" if sp.role else ""))
        if doc.speakers:
            out.append("")
        figure, topic = 0, None
        for slide in doc.handout_slides():
            if slide.layout in ("chart", "timeline"):
                figure += 1
            same_topic = bool(slide.topic) and slide.topic == topic  # a topic's slides sit under its heading
            topic = slide.topic or None
            out += self._slide(slide, figure, "###" if same_topic else "##")
        index = doc.timestamp_index()
        if index:
            out += ["## Timestamp index", "", "| Time | Where | Links |", "| --- | --- | --- |"]
            for title, at in index:
                out.append(f"| {esc(at.label)} | {esc(title)} | {time_links(at)} |")
            out.append("")
        if doc.sources:
            out += ["## Sources", ""] + [f"- [{esc(src.name)}]({_url(src.url)})" if src.url else f"- {esc(src.name)}"
                                         for src in doc.sources] + [""]
        return ("\n".join(out).rstrip() + "\n").encode("utf-8")

    def _slide(self, slide: Slide, figure: int, level: str) -> list[str]:
        out = ([f"*{esc(slide.kicker)}*", ""] if slide.kicker.strip() else []) + [f"{level} {esc(slide.title)}", ""]
        if slide.at:
            out += [f"▶ {time_links(slide.at)}", ""]
        if slide.subtitle and slide.layout != "section":
            out += [f"*{esc(slide.subtitle)}*", ""]
        if slide.layout == "quote":
            out += ["> " + esc(slide.text).replace("  \n", "  \n> "), ""]
            if slide.attribution:
                out += [f"— {esc(slide.attribution)}", ""]
        elif slide.text:
            out += [esc(slide.text), ""]
        if slide.agenda:
            out += [f"- {esc(a.title)}" + (f" ({time_links(a.at)})" if a.at else "") for a in slide.agenda] + [""]
        if slide.bullets:
            out += self._bullets(slide.bullets) + [""]
        for column in slide.columns:
            out += [f"**{esc(column.title)}**", ""] + self._bullets(column.bullets) + [""]
        for fig in slide.figures:
            out.append(f"- **{esc(fig.value)}** {esc(fig.label)}" + (f" ({time_links(fig.at)})" if fig.at else ""))
        if slide.figures:
            out.append("")
        if slide.chart:
            out += self._chart(slide.chart, figure)
        if slide.table:
            t = slide.table
            out += [self._row(t.columns), "| " + " | ".join("---" for _ in t.columns) + " |"]
            out += [self._row(r) for r in t.rows] + [""]
        return out

    def _bullets(self, bullets: list[Bullet], depth: int = 0) -> list[str]:
        out = []
        for b in bullets:
            at = f" ({time_links(b.at)})" if b.at else ""
            text = f"[{esc(b.text)}]({_url(b.url)})" if b.url else esc(b.text)
            out.append(f"{'  ' * depth}- {text}{at}".replace("  \n", "  \n" + "  " * (depth + 1)))
            out += self._bullets(b.children, depth + 1)
        return out

    def _chart(self, spec: ChartSpec, figure: int) -> list[str]:
        head = ["", *(s.name for s in spec.series)]
        rows = [[c, *(s.labels[i] for s in spec.series)] for i, c in enumerate(spec.categories)]
        out = [f"*{esc(figure_label(figure, spec))}*", "", self._row(head), "| " + " | ".join("---" for _ in head) + " |"]
        out += [self._row(r) for r in rows] + [""]
        if spec.caption:
            out += [esc(spec.caption), ""]
        return out

    @staticmethod
    def _row(cells) -> str:
        return "| " + " | ".join(esc(c).replace("  \n", "<br>") for c in cells) + " |"
