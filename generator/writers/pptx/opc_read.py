"""Reading an OPC package (a .pptx or .potx, a user's master among them) as untrusted input: every
part reachable from its relationships, each inflated up to a cap, relationship and content-type
parts parsed with DTDs refused."""
from __future__ import annotations

import io
import posixpath
import zipfile
import zlib

from ...limits import MAX_PART, MAX_TOTAL, MAX_XML
from .namespaces import PKG_NS
from .package import Package, PackageError, Part, rels_member
from .safexml import parse_xml


def read_package(data: bytes) -> Package:
    """The package in ``data`` (a .pptx's bytes), every part reachable from its relationships.

    Each part is inflated up to MAX_PART bytes and all of them up to MAX_TOTAL; relationship
    and content-type parts are parsed with DTDs refused. Errors are ValueError (PackageError
    where a part is at fault)."""
    package = Package()
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
        member = rels_member(source)
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
    package.take_names(parts)
    return package


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
