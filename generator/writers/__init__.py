"""Writers: one per output format. The report writer is the only module that imports reportlab;
the deck writer writes the PowerPoint package itself (see opc.py), so neither python-pptx nor
lxml is loaded to build a deck. Each is imported only when its format is built.
"""
from __future__ import annotations

import importlib

WRITERS = {
    "pptx": ("generator.writers.pptx_writer", "PptxWriter"),
    "pdf": ("generator.writers.pdf_writer", "PdfWriter"),
    "md": ("generator.writers.md_writer", "MarkdownWriter"),
}


def load(fmt: str):
    """The writer class for ``fmt``, importing its module (and its library) now."""
    module, name = WRITERS[fmt]
    return getattr(importlib.import_module(module), name)


def get_writer(fmt: str, **options):
    """A new writer for ``fmt`` (one of WRITERS), given the options it takes (pdf: paper, pptx: template)."""
    return load(fmt)(**options)
