"""A small OPC package, the zip of parts and relationships that a .pptx is: add parts, write it in
one pass (reading one: opc_read.py; the zip: zipwrite.py).

python-pptx keeps every part as lxml objects, finds each new relationship id and part name by
scanning all existing ones (O(n²) over a deck) and costs 0.13 s to import; here parts are bytes,
new names and ids come from counters, and the standard library does the rest.
"""
from __future__ import annotations

import hashlib
import posixpath

from ..common import xml_attr
from .namespaces import PKG_NS, RT
from .safexml import XmlError, parse_xml, remove_elements
from .zipwrite import write_zip

XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

# extensions written as one Default content type (as PowerPoint and python-pptx do); others get an Override
DEFAULT_TYPES = {
    ("bin", "application/vnd.openxmlformats-officedocument.presentationml.printerSettings"),
    ("bmp", "image/bmp"), ("emf", "image/x-emf"), ("gif", "image/gif"), ("jpe", "image/jpeg"),
    ("jpeg", "image/jpeg"), ("jpg", "image/jpeg"), ("png", "image/png"), ("tif", "image/tiff"),
    ("tiff", "image/tiff"), ("wmf", "image/x-wmf"), ("wdp", "image/vnd.ms-photo"),
    ("fntdata", "application/x-fontdata"), ("xml", "application/xml"),
    ("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
}


class PackageError(ValueError):
    """A package that cannot be read, naming the part at fault (as the zip names it)."""

    def __init__(self, part: str, reason: str):
        super().__init__(f"{part}: {reason}")
        self.part = part


class Rels:
    """A part's relationships in order: rId -> (type, target Part or external URL, external)."""

    __slots__ = ("items", "_next", "_index")

    def __init__(self):
        self.items: dict[str, tuple] = {}
        self._next = 1
        self._index: dict[tuple, str] = {}

    def add(self, reltype: str, target, external: bool = False, rid: str | None = None) -> str:
        """A new relationship; its id is the lowest free rIdN, as PowerPoint numbers them."""
        if rid is None:
            while f"rId{self._next}" in self.items:
                self._next += 1
            rid = f"rId{self._next}"
        self.items[rid] = (reltype, target, external)
        self._index.setdefault((reltype, target, external), rid)
        return rid

    def relate(self, reltype: str, target, external: bool = False) -> str:
        """The id of the relationship to ``target``, added if there is none yet."""
        return self._index.get((reltype, target, external)) or self.add(reltype, target, external)

    def drop(self, rid: str) -> None:
        """Remove relationship ``rid`` (its target stays in the package while another reaches it)."""
        reltype, target, external = self.items.pop(rid)
        if self._index.get((reltype, target, external)) == rid:
            del self._index[(reltype, target, external)]
        self._next = 1

    def ordered(self) -> list[tuple[str, tuple]]:
        """(rId, relationship) in id order (rId2 before rId10), as written and walked."""
        return sorted(self.items.items(), key=lambda item: _rid_order(item[0]))

    def part(self, reltype: str):
        """The first part related as ``reltype`` (a kind such as 'theme', or a full URI), or None."""
        reltype = reltype if "/" in reltype else RT + reltype
        return next((t for k, t, ext in self.items.values() if k == reltype and not ext), None)


class Part:
    __slots__ = ("name", "content_type", "blob", "rels")

    def __init__(self, name: str, content_type: str, blob: bytes = b""):
        self.name, self.content_type, self.blob, self.rels = name, content_type, blob, Rels()


class Package:
    """Parts reachable from the package's relationships; new ones named by counters."""

    def __init__(self):
        self.rels = Rels()
        self._names: set[str] = set()
        self._counters: dict[str, int] = {}
        self._images: dict[str, Part] | None = None

    @property
    def main(self) -> Part:
        return self.rels.part("officeDocument")

    def take_names(self, names) -> None:
        """The part names a package read from a file has: new parts are numbered around them."""
        self._names = set(names)

    def new_part(self, template: str, content_type: str, blob: bytes = b"") -> Part:
        """A part named by ``template`` (e.g. '/ppt/slides/slide%d.xml') with the next free number."""
        n = self._counters.get(template, 0) + 1
        while template % n in self._names:
            n += 1
        self._counters[template] = n
        self._names.add(template % n)
        return Part(template % n, content_type, blob)

    def forget_unreachable(self) -> None:
        """Free the names of parts no relationship reaches any more (after dropping some)."""
        self._names = {part.name for part in self.iter_parts()}
        self._counters.clear()
        self._images = None

    def image_part(self, blob: bytes, ext: str) -> Part:
        """The part holding the image ``blob``: one part however many slides show it."""
        if self._images is None:
            self._images = {hashlib.sha1(p.blob).hexdigest(): p for p in self.iter_parts()
                            if p.content_type.startswith("image/")}
        digest = hashlib.sha1(blob).hexdigest()
        if digest not in self._images:
            self._images[digest] = self.new_part(f"/ppt/media/image%d.{ext}", "image/" + ("jpeg" if ext == "jpg" else ext), blob)
        return self._images[digest]

    def iter_parts(self):
        """Every part reachable from the package's relationships, depth first, each once."""
        seen: set[int] = set()
        stack = [iter(self.rels.ordered())]
        while stack:
            for _, (_, target, external) in stack[-1]:
                if external or id(target) in seen:
                    continue
                seen.add(id(target))
                yield target
                stack.append(iter(target.rels.ordered()))
                break
            else:
                stack.pop()

    def to_bytes(self, epoch: int | None) -> bytes:
        """The package as a zip, repeatable: [Content_Types].xml first, parts in a fixed order,
        each followed by its relationships."""
        parts = list(self.iter_parts())

        def entries():
            yield "[Content_Types].xml", _content_types(parts)
            yield "_rels/.rels", _rels_xml("/", self.rels)
            for part in parts:
                yield part.name[1:], part.blob
                if part.rels.items:
                    yield rels_member(part.name), _rels_xml(part.name, part.rels)

        return write_zip(entries(), epoch)



def part_xml(part: Part):
    """The root element of ``part``'s XML; a PackageError naming it if it is not well-formed or has a DTD."""
    try:
        return parse_xml(part.blob)
    except XmlError as exc:
        raise PackageError(part.name[1:], str(exc)) from None


def edit_part(part: Part, pick) -> bytes:
    """``part``'s XML without the elements ``pick`` chooses (see ``safexml.remove_elements``); a
    PackageError naming it if it cannot be parsed."""
    try:
        return remove_elements(part.blob, pick)[0]
    except XmlError as exc:
        raise PackageError(part.name[1:], str(exc)) from None

def rels_member(name: str) -> str:
    """The zip member holding the relationships of part ``name`` ("/" the package's)."""
    folder, file = name.rsplit("/", 1)
    return f"{folder[1:]}/_rels/{file}.rels".lstrip("/")


def _content_types(parts: list[Part]) -> bytes:
    defaults = {"rels": "application/vnd.openxmlformats-package.relationships+xml", "xml": "application/xml"}
    overrides = {}
    for part in parts:
        ext = part.name.rsplit(".", 1)[-1].lower()
        if (ext, part.content_type) in DEFAULT_TYPES:
            defaults[ext] = part.content_type
        else:
            overrides[part.name] = part.content_type
    body = "".join(f'<Default Extension="{_attr(e)}" ContentType="{_attr(t)}"/>' for e, t in sorted(defaults.items()))
    body += "".join(f'<Override PartName="{_attr(n)}" ContentType="{_attr(t)}"/>' for n, t in sorted(overrides.items()))
    return f'{XML_HEAD}<Types xmlns="{PKG_NS}content-types">{body}</Types>'.encode()


def _rels_xml(source: str, rels: Rels) -> bytes:
    base = posixpath.dirname(source)
    parent = posixpath.dirname(base)

    def ref(name: str) -> str:  # the target relative to the source's folder: same folder and siblings first
        folder, file = name.rsplit("/", 1)
        if folder == base:
            return file
        if base != "/" and folder.rsplit("/", 1)[0] == parent:
            return f"../{folder.rsplit('/', 1)[1]}/{file}"
        return posixpath.relpath(name, base)

    lines = [f'{XML_HEAD}<Relationships xmlns="{PKG_NS}relationships">']
    for rid, (reltype, target, external) in rels.ordered():
        target = target if external else ref(target.name)
        mode = ' TargetMode="External"' if external else ""
        lines.append(f'<Relationship Id="{_attr(rid)}" Type="{_attr(reltype)}" Target="{_attr(target)}"{mode}/>')
    lines.append("</Relationships>")
    return "".join(lines).encode("utf-8")


def _rid_order(rid: str) -> tuple:
    return (int(rid[3:]) if rid.startswith("rId") and rid[3:].isdigit() else 0, rid)


def _attr(text: str) -> str:
    """Text for a double-quoted XML attribute."""
    return xml_attr(text)[1:-1]
