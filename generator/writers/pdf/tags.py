"""Tagged PDF for the report: the logical structure tree and the marked content that feeds it.

ReportLab has no tagging of its own. The tree is built from the story before layout (story
order is reading order), one ``StructElement`` per structure element. While the pages are drawn,
every tagged flowable wraps its drawing in ``/Type <</MCID n>> BDC … EMC``; everything else
(running header and footer, page numbers, rules, table grids, bullets, the logo) falls into
``/Artifact BMC … EMC``, which is open whenever no tagged flowable is drawing. The tree
itself is written afterwards, with the archive's update (``structure``, ``archive``).
"""
from __future__ import annotations

from contextlib import contextmanager

from reportlab.graphics.shapes import Drawing
from reportlab.platypus import Flowable, KeepTogether, ListFlowable, Paragraph, Table
from reportlab.platypus.tableofcontents import TableOfContents

from ...words import english
from .script import script_lang

HEADINGS = {"cover": "H1", "h1": "H1", "h2": "H2", "h3": "H3"}
PAGE = 1 << 32  # a drawn kid's page and number in one int: (page * PAGE + number) * 2, + 1 for an annotation


def drawn_kid(annotation: bool, page: int, number: int) -> int:
    """A kid of an element that reached a page: marked content ``number`` (its MCID) or annotation
    ``number`` of ``page``, as one int (a tuple each was ~7 MB of a 1,000-topic report's memory)."""
    return (page * PAGE + number) * 2 + annotation


def kid_parts(kid: int) -> tuple[bool, int, int]:
    """(whether an annotation, page, number) of a ``drawn_kid``."""
    where, annotation = divmod(kid, 2)
    page, number = divmod(where, PAGE)
    return bool(annotation), page, number


class StructElement:
    """A structure element: its type, its children (elements, or marked content and annotations
    once drawn, as ``drawn_kid`` ints) and its attributes."""

    __slots__ = ("type", "kids", "alt", "lang", "scope", "text", "repeat", "actual")

    def __init__(self, type_: str, **attrs):
        self.type = type_
        self.kids: list[StructElement | int] = []
        self.alt, self.lang, self.scope = attrs.get("alt"), attrs.get("lang"), attrs.get("scope")
        self.text, self.repeat = attrs.get("text", ""), attrs.get("repeat", False)
        self.actual = attrs.get("actual")  # what the content says, where its glyphs say otherwise

    def add(self, type_: str, **attrs) -> StructElement:
        """A new child element of this one."""
        node = StructElement(type_, **attrs)
        self.kids.append(node)
        return node


class Tagger:
    """Hands out marked-content ids page by page and records what each one belongs to."""

    def __init__(self, lang: str, words: dict | None = None):
        self.lang = lang
        self.words = words or english()  # the words of the links' descriptions
        self.tag([])

    def tag(self, story: list) -> None:
        """Begin a layout pass of ``story`` (each pass has its own): a new tree, its elements given
        to the story's flowables, nothing drawn yet."""
        self.root = StructElement("Document")
        self.pages: list[list[StructElement]] = []   # page -> the node of each MCID
        self.annots: list[list[StructElement | None]] = []  # page -> the node drawn when each annotation was made
        self.current: StructElement | None = None
        # set as the pages are written (``marks``): each tagged link's parent-tree key and
        # description by (page, index); the pages' and links' object numbers
        self.keys: dict[tuple[int, int], int] = {}
        self.links: dict[tuple[int, int], str] = {}
        self.numbers: tuple[list[int], dict[tuple[int, int], int]] = ([], {})
        self.tag_story(story)

    def _page(self, canv) -> int:
        page = canv.getPageNumber() - 1
        while len(self.pages) <= page:
            self.pages.append([])
            self.annots.append([])
        return page

    def begin(self, canv, node: StructElement) -> bool:
        """Close the artifact and open ``node``'s marked content; False when it stays an artifact
        (a table's header row repeated on a later page, or a flowable inside a tagged one)."""
        if self.current is not None or (node.repeat and any(not isinstance(k, StructElement) for k in node.kids)):
            return False
        page = self._page(canv)
        mcid = len(self.pages[page])
        self.pages[page].append(node)
        node.kids.append(drawn_kid(False, page, mcid))
        self.current = node
        canv._code.append(f"EMC /{node.type} <</MCID {mcid}>> BDC")
        return True

    def end(self, canv) -> None:
        """Close the marked content ``begin`` opened and reopen the artifact."""
        self.current = None
        canv._code.append("EMC /Artifact BMC")

    def annotation(self, canv) -> None:
        """Record an annotation just added to the page as a Link in the element being drawn."""
        page = self._page(canv)
        self.annots[page].append(self.current)
        if self.current is not None:
            self.current.add("Link", text=self.current.text).kids.append(drawn_kid(True, page, len(self.annots[page]) - 1))

    def leaf(self, parent: StructElement, type_: str, flowable) -> StructElement:
        """A child element of ``parent`` whose content ``flowable`` draws."""
        text = flowable.getPlainText() if isinstance(flowable, Paragraph) else ""
        lang = script_lang(text)
        # the text is kept only where a link's description needs it (a contents line)
        node = parent.add(type_, text=text if type_ == "Reference" else "", lang=lang if lang != self.lang else None)
        if text and flowable.style.name.endswith("-rtl"):  # drawn in visual order: read in logical order
            node.actual = text
        flowable.__dict__["tag"] = node  # (a Drawing refuses attributes it does not know)
        return node

    def tag_story(self, flowables, parent: StructElement | None = None) -> None:
        """Give the flowables of a story (in reading order) their structure elements."""
        parent = parent or self.root
        for f in flowables:
            if isinstance(f, (list, tuple)):
                self.tag_story(f, parent)
            elif isinstance(f, TableOfContents):
                f.tag = parent.add("TOC")
            elif isinstance(f, Paragraph):
                self.leaf(parent, HEADINGS.get(f.style.name.split("-")[0], "P"), f)
            elif isinstance(f, Drawing) and getattr(f, "_alt", None):
                self.leaf(parent, "Figure", f).alt = f._alt
            elif isinstance(f, ListFlowable):
                items = parent.add("L")
                for item in f._flowables:
                    body = items.add("LI").add("LBody")
                    self.tag_story(getattr(item, "_flowables", [item]), body)
            elif isinstance(f, Table):
                self.tag_table(parent, f)
            elif isinstance(f, KeepTogether):
                self.tag_story(f._content, parent)
            elif hasattr(f, "tag"):  # a flowable that tags what it lays out (the timestamp index)
                f.tag = parent.add("Table")

    def tag_table(self, parent: StructElement, table: Table, node: StructElement | None = None) -> None:
        """A table whose first row is header cells as Table/TR/TH/TD; a layout table (a box,
        a row of big numbers) as its content alone, cell by cell."""
        rows = table._cellvalues
        heads = rows and all(isinstance(c, Paragraph) and c.style.name.startswith("head")
                             for cell in rows[0] for c in _flowables(cell))
        if not heads:
            for row in rows:
                self.tag_story(row, parent)
            return
        node = node or parent.add("Table")
        node.kids = []
        for r, row in enumerate(rows):
            tr = node.add("TR")
            for cell in row:
                kind = "TH" if r == 0 else "TD"
                cell = _flowables(cell)
                cell = cell[0] if len(cell) == 1 else cell
                if isinstance(cell, Paragraph):
                    self.leaf(tr, kind, cell)
                    cell.tag.scope, cell.tag.repeat = ("Column", True) if r == 0 else (None, False)
                else:
                    self.tag_story(cell, tr.add(kind))


def _flowables(cell) -> list:
    """A table cell's flowables (a cell holds one, or a list of them)."""
    return list(cell) if isinstance(cell, (list, tuple)) else [cell]


@contextmanager
def pagination(canv, kind: str):
    """Mark what is drawn inside as a running ``Header`` or ``Footer`` (when the canvas tags)."""
    tagged = getattr(canv, "tagger", None) is not None
    if tagged:
        canv._code.append(f"EMC /Artifact <</Type /Pagination /Subtype /{kind}>> BDC")
    yield
    if tagged:
        canv._code.append("EMC /Artifact BMC")


@contextmanager
def marked(canv, node: StructElement | None):
    """Mark what is drawn inside as the content of ``node`` (when the canvas tags, ``node`` is
    an element and no other element's content is open)."""
    tagger = getattr(canv, "tagger", None)
    if tagger is None or node is None or not tagger.begin(canv, node):
        yield
        return
    yield
    tagger.end(canv)


class Tagged(Flowable):
    """Mixin for a flowable whose drawing is the content of its structure element ``tag``."""

    tag = None

    def drawOn(self, canvas, x, y, _sW=0):
        """Draw, wrapped in marked content when the canvas tags and this flowable has an element."""
        if getattr(canvas, "dry", False):  # a layout pass that draws nothing
            return
        with marked(canvas, self.tag):
            super().drawOn(canvas, x, y, _sW)

    def split(self, *args):
        """The parts of a split flowable belong to the same element."""
        parts = super().split(*args)
        for part in parts:
            part.tag = self.tag
        return parts
