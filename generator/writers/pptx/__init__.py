"""The deck writer: the Document as a PowerPoint package, written as XML text.

writer (PptxWriter: slides from the Document), pages (the overflow policy), drawingml (shapes and
text), chart and workbook (native charts and their data), theme (the deck's theme part), master
(a user's master, checked and cleaned), package and safexml (the OPC package and the XML parser
that refuses DTDs), xml (namespaces and fixed XML), geometry (the slide's boxes).
"""
