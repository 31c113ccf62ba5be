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


def get_writer(fmt: str, **options):
    """A new writer for ``fmt`` (one of WRITERS), given the options it takes (pdf: paper)."""
    module, name = WRITERS[fmt]
    return getattr(importlib.import_module(module), name)(**options)
