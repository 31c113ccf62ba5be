"""A quote slide's speaker follows its words (review 21's worst 2: allin's close, a one-line quote, had an accent rule
the body's height and half a slide of white before "— Vladimir Putin"; generator/writers/pptx/slides/quote.py). A
content with quotes is built and its deck read back with python-pptx."""
from __future__ import annotations

from pptx import Presentation
from pptx.util import Emu

from generator.audiences import load_audience
from generator.loader import load_content
from generator.render import render_document
from generator.writers.pptx.writer import PptxWriter

SHORT = "Compute is the currency of AI."
LONG = ("We will not keep the lights on with the grid we have today, and every year we wait for the new lines the bill "
        "grows for every household and every business in the region.")
POINTS = "['Prices rose by a third in a single year', 'Utilities blame the cost of gas', 'Households pay the most']"


def _pt(length: int) -> float:
    return Emu(length).pt


def test_the_speaker_follows_the_quotes_words(tmp_path):
    """Each quote slide: the rule beside the quote is no taller than its words' box, and the speaker's line starts
    within a line's height under it, for a one-line and a three-line quote alike (before: the speaker sat at the foot
    of the body, 200 points under a one-line quote)."""
    content = tmp_path / "q.yaml"
    content.write_text("title: Grid costs\nsources: [{id: s, name: S}]\ntopics:\n  - id: t1\n    title: Prices\n"
                       f"    points: {POINTS}\n    quotes: [{{text: '{SHORT}', speaker: Dylan Patel}}, "
                       f"{{text: '{LONG}', speaker: Ana Ruiz}}]\n", encoding="utf-8")
    document = render_document(load_content(content), load_audience("technical"))
    path = tmp_path / "q.pptx"
    path.write_bytes(PptxWriter().render(document))
    checked = 0
    for slide in Presentation(str(path)).slides:
        boxes = [s for s in slide.shapes if s.has_text_frame and s.text_frame.text.strip("“”") in (SHORT, LONG)]
        if not boxes:
            continue
        quote = boxes[0]
        speaker = next(s for s in slide.shapes if s.has_text_frame and s.text_frame.text.startswith("— "))
        rule = next(s for s in slide.shapes if not s.has_text_frame or not s.text_frame.text.strip()
                    if abs(s.top - quote.top) < Emu(12700 * 2) and s.width < Emu(12700 * 10))
        gap = _pt(speaker.top) - _pt(quote.top + quote.height)
        lines = 1 if SHORT in quote.text_frame.text else 3
        assert 0 <= gap <= 10, (quote.text_frame.text[:20], gap)
        assert _pt(rule.height) <= _pt(quote.height) <= lines * 28 * 1.3 + 20, (_pt(rule.height), _pt(quote.height))
        checked += 1
    assert checked == 2, checked
