"""The deck writer: the Document as a PowerPoint package, written as XML text.

writer (PptxWriter: slides from the Document), pages (the overflow policy) and parts (what it hands each
slide), slides (a module per slide kind: its measuring and drawing), scale (the type scale), drawingml
(shapes and text, one object per deck), timeline (a moment's time line), charts (a module per chart kind)
and workbook (native charts and their data), split (a chart continued over slides), theme (the deck's
theme part), master (a user's master, checked; scrub: what it loses), package, opc_read, zipwrite and
safexml (the OPC package, read and written, and the XML parser that refuses DTDs), namespaces (every XML
namespace it writes), xml (fixed XML), geometry (the slide's boxes), fit (text fitted to boxes).

``OPTIONS``: what the deck writer takes from the build (its ``declares``), here so that reading
them does not import the writer.
"""
from .. import Option

OPTIONS = (Option("pptx_template", "A .pptx or .potx whose master, layouts, theme fonts and colours the decks use.",
                  path=True),)
