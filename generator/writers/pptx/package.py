"""A small OPC package, the zip of parts and relationships that a .pptx is: read one, add
parts, write it in one pass.

python-pptx keeps every part as lxml objects, finds each new relationship id and part name by
scanning all existing ones (O(n²) over a deck) and costs 0.13 s to import; here parts are bytes,
new names and ids come from counters, and the standard library does the rest.
"""
from __future__ import annotations

import hashlib
import io
import posixpath
import zipfile
import zlib

from ...limits import MAX_PART, MAX_TOTAL, MAX_XML
from ..common import xml_attr
from .namespaces import PKG_NS, RT
from .safexml import parse_xml
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

    @classmethod
    def read(cls, data: bytes) -> Package:
        """The package in ``data`` (a .pptx's bytes), every part reachable from its relationships.

        Each part is inflated up to MAX_PART bytes and all of them up to MAX_TOTAL; relationship
        and content-type parts are parsed with DTDs refused. Errors are ValueError (PackageError
        where a part is at fault)."""
        package = cls()
        try:
            z = zipfile.ZipFile(io.BytesIO(data))
        except (zipfile.BadZipFile, ValueError) as exc:
            raise ValueError(f"it is not a zip file ({exc})") from None
        members = set(z.namelist())
        read = _capped_reader(z)
        types = _xml(read("[Content_Types].xml"), "[Content_Types].xml")
        ns = f"{{{PKG_NS}content-types}}"
        defaults = {d.get("Extension", "").lower(): d.get("ContentType") for d in types.iter(f"{ns}Default")}
        overrides = {o.get("PartName", "").lower(): o.get("ContentType") for o in types.iter(f"{ns}Override")}
        parts: dict[str, Part] = {}
        pending = [("/", package.rels)]
        while pending:  # depth does not matter: each part is read once, wherever it is first met
            source, rels = pending.pop()
            member = _rels_member(source)
            if member not in members:
                continue
            for rel in _xml(read(member), member).iter(f"{{{PKG_NS}relationships}}Relationship"):
                rid, reltype, target = rel.get("Id"), rel.get("Type"), rel.get("Target", "")
                if rel.get("TargetMode") == "External":
                    rels.add(reltype, target, True, rid)
                    continue
                name = posixpath.normpath(posixpath.join(posixpath.dirname(source), target)).replace("//", "/")
                name = name if name.startswith("/") else "/" + name
                if name not in parts:
                    content_type = overrides.get(name.lower()) or defaults.get(name.rsplit(".", 1)[-1].lower())
                    if content_type is None:
                        raise PackageError(name[1:], "it has no content type")
                    if name[1:] not in members:
                        raise PackageError(member, f"relationship {rid} names {name[1:]}, which is not in the file")
                    cap = MAX_XML if content_type.endswith("xml") else MAX_PART
                    parts[name] = Part(name, content_type, read(name[1:], cap))
                    pending.append((name, parts[name].rels))
                rels.add(reltype, parts[name], False, rid)
        package._names = set(parts)
        return package

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
                    yield _rels_member(part.name), _rels_xml(part.name, part.rels)

        return write_zip(entries(), epoch)


def _capped_reader(z: zipfile.ZipFile):
    """A function reading a member of ``z``, inflating at most ``cap`` bytes of it (MAX_XML unless
    told) and MAX_TOTAL over all calls: the sizes the zip declares are not trusted."""
    left = MAX_TOTAL

    def read(member: str, cap: int | None = None) -> bytes:
        nonlocal left
        cap = MAX_XML if cap is None else cap
        try:
            with z.open(member) as stream:
                data = stream.read(min(cap, left) + 1)
        except KeyError:
            raise PackageError(member, "it is missing") from None
        except (zipfile.BadZipFile, zlib.error, NotImplementedError, RuntimeError, EOFError, OSError) as exc:
            raise PackageError(member, f"it cannot be inflated ({exc})") from None
        if len(data) > cap:
            raise PackageError(member, f"it inflates to more than {_size(cap)}, the limit for such a part")
        if len(data) > left:
            raise PackageError(member, f"the parts inflate to more than {_size(MAX_TOTAL)} in all, the limit")
        left -= len(data)
        return data

    return read


def _size(n: int) -> str:
    return f"{n >> 20} MiB" if n >= 1 << 20 else f"{n:,} bytes"


def _xml(blob: bytes, member: str):
    """The root element of a part read from a package, or a PackageError naming it."""
    try:
        return parse_xml(blob)
    except ValueError as exc:
        raise PackageError(member, str(exc)) from None


def _rels_member(name: str) -> str:
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
