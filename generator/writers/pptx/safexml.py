"""XML from packages we did not write (a user's master): parsed with DTDs, and so entities,
refused, and edited by removing the byte spans of elements that a parser found, so the rest of
a part keeps its text, its namespace prefixes and its ``mc:Ignorable`` list exactly.

The standard library's expat does the parsing (the deck does not import lxml); a DTD is refused
where it starts, before any entity in it is declared, so no entity is ever expanded. Both the
check before anything is written and the writer read masters through these functions, so they
cannot disagree.
"""
from __future__ import annotations

import re
from xml.etree import ElementTree
from xml.parsers import expat

# a start tag from its '<' to its '>': attribute values may hold '>'; the branches begin with
# different characters, so matching is linear in the tag's length
_START_TAG = re.compile(rb"""[^>"']*(?:(?:"[^"]*"|'[^']*')[^>"']*)*>""")
_DTD = "it has a DTD (<!DOCTYPE>); an OOXML part never has one, and DTDs and entities are refused"


class XmlError(ValueError):
    """A part that is not well-formed XML, has a DTD, or is not encoded as UTF-8 where we edit it."""


class _NoDtd(ElementTree.TreeBuilder):
    def doctype(self, name, pubid, system):  # expat calls this at '<!DOCTYPE', before its subset
        raise XmlError(_DTD)


def parse_xml(blob: bytes) -> ElementTree.Element:
    """The root element of ``blob``; XmlError if it is not well-formed or has a DTD."""
    parser = ElementTree.XMLParser(target=_NoDtd())
    try:
        parser.feed(blob)
        return parser.close()
    except ElementTree.ParseError as exc:
        raise XmlError(f"it is not well-formed XML ({exc})") from None


def _refuse_dtd(*_):
    raise XmlError(_DTD)


def _scan(blob: bytes, start, end=None) -> tuple[expat.XMLParserType, dict[str, str]]:
    """Parse ``blob`` with ``start(name, attrs)`` and ``end(name)`` called at each element (names
    expanded as 'namespace local'); give the parser (for byte offsets, during the calls) and the
    namespace prefixes its root declares ({namespace: prefix}, '' for the default namespace)."""
    if blob[:2] in (b"\xff\xfe", b"\xfe\xff"):
        raise XmlError("it is not encoded as UTF-8")
    parser = expat.ParserCreate(namespace_separator=" ")
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    prefixes: dict[str, str] = {}
    inside = [False]  # past the root's start tag

    def declared(version, encoding, standalone):
        if encoding and encoding.replace("_", "-").lower() not in ("utf-8", "utf8", "us-ascii", "ascii"):
            raise XmlError(f"it is encoded as {encoding}, not UTF-8")

    def namespace(prefix, uri):
        if not inside[0]:
            prefixes.setdefault(uri, prefix or "")

    def started(name, attrs):
        inside[0] = True
        start(name, attrs)

    parser.XmlDeclHandler = declared
    parser.StartDoctypeDeclHandler = _refuse_dtd
    parser.EntityDeclHandler = _refuse_dtd
    parser.StartNamespaceDeclHandler = namespace
    parser.StartElementHandler = started
    if end:
        parser.EndElementHandler = end
    return parser, prefixes


def _parse(parser, blob: bytes) -> None:
    try:
        parser.Parse(blob, True)
    except expat.ExpatError as exc:
        raise XmlError(f"it is not well-formed XML ({exc})") from None


def remove_elements(blob: bytes, pick) -> tuple[bytes, dict[str, str]]:
    """``blob`` without the elements ``pick`` chooses, and the namespace prefixes its root declares.

    ``pick(path, attrs)`` is called at each start tag with the path of expanded names from the
    root ('namespace local') and the element's attributes (expanded names too); it returns how
    many levels above that element to remove (0: the element itself), or None. One pass, linear
    in the part's size. The part must be UTF-8 (byte offsets are spliced).
    """
    path: list[str] = []
    starts: list[int] = []
    spans: list[tuple[int, int]] = []
    removing = None  # the depth of the outermost open element to remove

    def start(name, attrs):
        nonlocal removing
        path.append(name)
        starts.append(parser.CurrentByteIndex)
        up = pick(path, attrs)
        if up is not None and up < len(path):
            depth = len(path) - 1 - up
            removing = depth if removing is None else min(removing, depth)

    def end(name):
        nonlocal removing
        depth = len(path) - 1
        if removing == depth:
            begin = starts[depth]
            tag = _START_TAG.match(blob, begin)
            assert tag is not None  # the parser read a start tag there
            stop = tag.end() if tag.group().endswith(b"/>") else blob.index(b">", parser.CurrentByteIndex) + 1
            while spans and spans[-1][0] >= begin:  # an element removed earlier lies inside this one
                spans.pop()
            spans.append((begin, stop))
            removing = None
        path.pop()
        starts.pop()

    parser, prefixes = _scan(blob, start, end)
    _parse(parser, blob)
    out: list[bytes] = []
    at = 0
    for begin, stop in spans:
        out += (blob[at:begin],)
        at = stop
    out.append(blob[at:])
    return b"".join(out), prefixes


def insert_before(blob: bytes, find, text) -> bytes:
    """``blob`` with ``text(prefixes)`` inserted before the first start tag for which
    ``find(path)`` is true (path as for remove_elements); XmlError if there is none."""
    path: list[str] = []
    found: list[int] = []

    def start(name, attrs):
        path.append(name)
        if not found and find(path):
            found.append(parser.CurrentByteIndex)

    parser, prefixes = _scan(blob, start, lambda name: path.pop())
    _parse(parser, blob)
    if not found:
        raise XmlError("it lacks an element the deck needs")
    return blob[:found[0]] + text(prefixes) + blob[found[0]:]
