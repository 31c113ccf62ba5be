"""The report's yardstick (issue #25 §3): plain reportlab platypus setting the same text as the
report, read from the Markdown handout of the same Document: headings, paragraphs and bullets
(nested), inline bold, italic and links, with a contents pass (``multiBuild``).

    .venv/bin/python bench/yardstick.py HANDOUT.md OUT.pdf

No tags, no embedded fonts (Helvetica), no charts, no page decorations: what any report of this
text costs at least. Table rows are set as paragraphs, their cells joined.
"""
from __future__ import annotations

import re
import sys

from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.platypus import ListFlowable, ListItem, Paragraph, SimpleDocTemplate
from reportlab.platypus.tableofcontents import TableOfContents

LINK = re.compile(r"\[([^\]]*)\]\(([^)\s]*)\)")
BOLD = re.compile(r"\*\*(.+?)\*\*")
ITALIC = re.compile(r"\*(.+?)\*")
ESCAPE = re.compile(r"\\(.)")


def markup(text: str) -> str:
    """Reportlab paragraph markup for one line of the handout's inline Markdown."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = LINK.sub(lambda m: f'<a href="{m[2].replace(chr(34), "&quot;")}">{m[1]}</a>', text)
    text = BOLD.sub(r"<b>\1</b>", text)
    return ESCAPE.sub(r"\1", ITALIC.sub(r"<i>\1</i>", text))


class Handout(SimpleDocTemplate):
    """A document that lists its headings in the contents."""

    def afterFlowable(self, flowable):  # reportlab's hook
        level = getattr(flowable, "toc_level", None)
        if level is not None:
            self.notify("TOCEntry", (level, flowable.getPlainText(), self.page))


def story(lines: list[str]) -> list:
    """Flowables for the handout's lines: a contents, headings, paragraphs and bullet lists."""
    styles = getSampleStyleSheet()
    heads = {1: styles["Heading1"], 2: styles["Heading2"], 3: styles["Heading3"]}
    body = styles["BodyText"]
    contents = TableOfContents(levelStyles=[ParagraphStyle(f"toc{i}", fontSize=10 - i, leftIndent=12 * i)
                                            for i in range(3)])
    flow: list = [Paragraph("Contents", heads[1]), contents]
    bullets: list[tuple[int, str]] = []

    def nest(items: list[tuple[int, str]], depth: int = 0) -> ListFlowable:
        out, i = [], 0
        while i < len(items):
            j = i + 1
            while j < len(items) and items[j][0] > depth:
                j += 1
            parts = [Paragraph(markup(items[i][1]), body)]
            if j > i + 1:
                parts.append(nest(items[i + 1:j], depth + 1))
            out.append(ListItem(parts))
            i = j
        return ListFlowable(out, bulletType="bullet", leftIndent=14)

    for line in lines + [""]:
        item = re.match(r"( *)- (.*)", line)
        if item:
            bullets.append((len(item[1]) // 2, item[2]))
            continue
        if bullets:
            flow.append(nest(bullets))
            bullets = []
        if not line.strip() or line.startswith("| ---"):
            continue
        head = re.match(r"(#{1,3}) (.*)", line)
        if head:
            para = Paragraph(markup(head[2]), heads[len(head[1])])
            para.toc_level = len(head[1]) - 1
            flow.append(para)
        else:
            flow.append(Paragraph(markup(" · ".join(c.strip() for c in line.strip("|").split("|"))), body))
    return flow


def main() -> None:
    with open(sys.argv[1], encoding="utf-8") as f:
        lines = f.read().splitlines()
    Handout(sys.argv[2], invariant=1).multiBuild(story(lines))


if __name__ == "__main__":
    main()
