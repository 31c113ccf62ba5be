"""briefing: structured content to a PowerPoint deck and a PDF report, per audience.

The library API lives in :mod:`generator.build` (``build``), :mod:`generator.loader`
(``load_content``), :mod:`generator.render` (``render_document``) and the writers.
"""
__version__ = "0.1.0"
