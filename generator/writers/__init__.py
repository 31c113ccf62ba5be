"""Writers: one per output format, the only modules that import python-pptx or reportlab.

Each is imported only when its format is built, so ``-f pptx`` never loads reportlab.
"""
from __future__ import annotations

import importlib

WRITERS = {
    "pptx": ("generator.writers.pptx_writer", "PptxWriter"),
    "pdf": ("generator.writers.pdf_writer", "PdfWriter"),
    "md": ("generator.writers.md_writer", "MarkdownWriter"),
}


def without_xlsxwriter() -> None:
    """Import python-pptx's chart data without XlsxWriter (45 ms): charts here get their workbook
    from chart_workbook(). Anyone else calling python-pptx's own workbook writer still gets
    XlsxWriter, imported then."""
    import sys
    import types

    if "xlsxwriter" in sys.modules:
        return
    stub = types.ModuleType("xlsxwriter")

    def Workbook(*args, **kwargs):  # noqa: N802 - stands in for xlsxwriter.Workbook
        import xlsxwriter
        sys.modules["pptx.chart.xlsx"].Workbook = xlsxwriter.Workbook
        return xlsxwriter.Workbook(*args, **kwargs)

    stub.Workbook = Workbook
    sys.modules["xlsxwriter"] = stub
    try:
        importlib.import_module("pptx.chart.xlsx")  # binds the stand-in
    finally:
        del sys.modules["xlsxwriter"]


def load(fmt: str):
    """The writer class for ``fmt``, importing its module (and its library) now."""
    module, name = WRITERS[fmt]
    return getattr(importlib.import_module(module), name)


def get_writer(fmt: str, **options):
    """A new writer for ``fmt`` (one of WRITERS), given the options it takes (pdf: paper, pptx: template)."""
    return load(fmt)(**options)
