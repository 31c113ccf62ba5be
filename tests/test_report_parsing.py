"""The report's writer does less work a page (issue #25 §3), counted, not timed: plain words are not parsed as
markup, each row of the timestamp index is measured once, and a page's operators are not held as text until the
file is written."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfdoc
from reportlab.platypus import Paragraph, Table
from reportlab.platypus.paraparser import ParaParser

from generator.writers.pdf import index
from generator.writers.pdf.flowables import Shaped
from generator.writers.pdf.fonts import register
from generator.writers.pdf.writer import PdfWriter

from .conftest import DEFAULT


def _frags(paragraph) -> list[dict]:
    return [dict(f.__dict__) for f in paragraph.frags]


def test_plain_words_are_not_parsed_as_markup_and_make_the_same_paragraph(monkeypatch):
    """reportlab's HTML parser read every paragraph (a tenth of a heavy report's time); words without a tag or an
    entity are the style's first fragment with the words as its text, whatever the style (upper case too)."""
    register()
    styles = [ParagraphStyle("plain", fontName="Body", fontSize=11, leading=14),
              ParagraphStyle("upper", fontName="Body", fontSize=9, leading=11, textTransform="uppercase")]
    texts = ["Revenue grew 12% in the\n  second   quarter", "H100 → banned · H20 permitted", "x"]
    theirs = [Paragraph(text, style) for style in styles for text in texts]
    parsed = []
    parse = ParaParser.parse
    monkeypatch.setattr(ParaParser, "parse", lambda self, text, style: parsed.append(text) or parse(self, text, style))
    ours = [Shaped(text, style) for style in styles for text in texts]
    assert len(parsed) <= len(styles)  # each style's first fragment, once (before: every paragraph)
    for mine, reportlabs in zip(ours, theirs):
        assert _frags(mine) == _frags(reportlabs) and mine.text == reportlabs.text and mine.style is reportlabs.style
        assert mine.wrap(200, 800) == reportlabs.wrap(200, 800)


def test_the_reports_markup_is_read_without_the_html_tokenizer_into_the_same_fragments(monkeypatch):
    """A link's markup took the parser's HTML tokenizer half its time; the tags and entities the report writes are
    handed to the parser's own handlers, the same fragments; other markup (and errors) are the parser's as before."""
    from html.parser import HTMLParser

    register()
    style = ParagraphStyle("body", fontName="Body", fontSize=10, leading=12)
    ours = ['a <b>bold</b> &amp; <i>it <b>both</b></i>', '<a href="https://e.org/?a=1&amp;b=&quot;2&quot;#t" '
            'color="rgb(34,126,114)">2:42</a><br/>next', '&#65;&#x42; &lt;&gt;', '<font size="10">▶\xa0<b></b></font>', '']
    theirs = ['<u>under</u>', '<br />', '<para>p</para>', 'x &amp y', '<b>open', '<!-- c -->x']
    reportlabs = {text: Paragraph(text, style) for text in ours + theirs if text != '<b>open'}
    fed = []
    feed = HTMLParser.feed
    monkeypatch.setattr(HTMLParser, "feed", lambda self, data: fed.append(data) or feed(self, data))
    for text in ours + theirs:
        if text == '<b>open':  # (an error stays the parser's)
            with pytest.raises(ValueError):
                Shaped(text, style)
            continue
        mine = Shaped(text, style)
        assert _frags(mine) == _frags(reportlabs[text]) and mine.text == reportlabs[text].text, text
    assert not any(text in data for data in fed for text in ours if text) and len(fed) == len(theirs)


def test_each_row_of_the_timestamp_index_is_measured_once(monkeypatch):
    """reportlab measures every cell of a table each time it is wrapped or split at the same room, and a part of
    the index is wrapped twice, then split: each row of the index was measured three times, now once."""
    register()
    style = ParagraphStyle("cell", fontName="Body", fontSize=9, leading=11)
    texts = [" ".join(["word"] * (1 + i * 7 % 60)) for i in range(300)]

    class Rows:
        entries, linked = texts, True
        head = [Paragraph(h, style) for h in ("Time", "Where", "Page", "Open")]
        w = SimpleNamespace(theme=SimpleNamespace(primary="1F3864"))
        table = index._Rows.table

        def row(self, i):
            return [Paragraph(str(i), style), Paragraph(texts[i], style), Paragraph("3", style), Paragraph("-", style)]

    measured = []
    process = Table._cellListProcess
    monkeypatch.setattr(Table, "_cellListProcess", lambda self, v, *a: measured.append(v) or process(self, v, *a))
    part, aw, ah, pages = index.IndexPart(Rows(), 0, None), 450.0, 700.0, 1
    while part.wrap(aw, ah)[1] > ah:
        part = part.split(aw, ah)[1]
        pages += 1
    body = [cell for cell in measured if cell not in Rows.head]
    assert pages > 5 and len(body) <= 4 * len(texts), len(body)  # (before: 3,780)


def test_a_page_is_compressed_when_it_is_written(rendered, monkeypatch):
    """ReportLab keeps each page's operators as text until it writes the file, then compresses them; the report
    compresses a page's as it is written (the same bytes), and keeps no page's text to the end."""
    held = []
    check = pdfdoc.PDFPage.check_format
    monkeypatch.setattr(pdfdoc.PDFPage, "check_format", lambda self, doc: held.append(self.stream) or check(self, doc))
    data = PdfWriter().render(rendered(DEFAULT, "technical"))
    assert held and all(stream is None for stream in held)
    import io

    import pikepdf
    with pikepdf.open(io.BytesIO(data)) as pdf:
        assert all(b" Tf" in page.Contents.read_bytes() for page in pdf.pages)
