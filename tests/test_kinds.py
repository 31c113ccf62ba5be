"""The writers find each slide kind and chart kind through a registry: every kind the Document can
produce has a module in both writers, and a kind none has is a clear error (not a KeyError)."""
from __future__ import annotations

from types import SimpleNamespace
from typing import get_args

import pytest

from generator.document import LAYOUTS, ChartSpec, Document, Slide
from generator.writers.kinds import Registry, UnknownKind
from generator.writers.md_writer import MarkdownWriter, handout_kind
from generator.writers.pdf.charts import chart_kind as report_chart_kind
from generator.writers.pdf.sections import section_kind
from generator.writers.pdf.writer import PdfWriter
from generator.writers.pptx.charts import chart_kind as deck_chart_kind
from generator.writers.pptx.slides import slide_kind
from generator.writers.pptx.writer import PptxWriter

CHART_KINDS = set(get_args(ChartSpec.model_fields["kind"].annotation))
REGISTRIES = [(slide_kind, set(LAYOUTS)), (section_kind, set(LAYOUTS)), (handout_kind, set(LAYOUTS)),
              (deck_chart_kind, CHART_KINDS), (report_chart_kind, CHART_KINDS)]


@pytest.mark.parametrize("registry, kinds", REGISTRIES, ids=lambda r: getattr(r, "what", ""))
def test_each_registry_covers_every_kind_the_document_can_produce_and_no_other(registry, kinds):
    assert registry.names() == kinds
    for name in kinds:
        assert name in registry(name).names


@pytest.mark.parametrize("registry", [r for r, _ in REGISTRIES], ids=lambda r: r.what)
def test_an_unknown_kind_is_a_clear_error_that_names_it_and_the_known_ones(registry):
    with pytest.raises(UnknownKind) as raised:
        registry("sparkline")
    assert not isinstance(raised.value, KeyError)
    message = str(raised.value)
    assert "'sparkline'" in message and registry.what in message
    assert all(name in message for name in registry.names())


def test_a_name_claimed_by_two_kinds_is_refused():
    with pytest.raises(ValueError, match="two widgets are named 'b'"):
        Registry("widget", [SimpleNamespace(names=("a", "b")), SimpleNamespace(names=("b",))])


def test_the_deck_flags_agree_with_the_layouts_they_name():
    """Covers are the title slide and dividers; a key figure's band joins points and two columns only,
    and the figure that joins them is a big number's; short topics side by side are set at the topics' size."""
    assert {name for name in LAYOUTS if slide_kind(name).cover} == {"title", "section"}
    assert {name for name in LAYOUTS if slide_kind(name).band} == {"bullets", "two_column"}
    assert {name for name in LAYOUTS if slide_kind(name).joins} == {"big_number"}
    assert {name for name in LAYOUTS if slide_kind(name).topical} == {"topics"}


@pytest.mark.parametrize("writer", [PptxWriter, PdfWriter, MarkdownWriter], ids=["deck", "report", "handout"])
def test_a_writer_finds_each_slide_through_its_registry(writer):
    """A slide whose layout no kind draws (only a bug can make one: the Document refuses it) stops the
    writer with the registry's error, not a KeyError or an AttributeError."""
    odd = Slide.model_construct(**{**Slide(layout="bullets", title="Odd").model_dump(), "layout": "sparkline"})
    doc = Document(title="Kinds", audience="golden", slides=[Slide(layout="title", title="Kinds"), odd])
    with pytest.raises(UnknownKind, match="'sparkline'"):
        writer().render(doc, epoch=0)
