"""What a user's master loses before a deck is built on it: its sample slides, custom shows and
sections, code and embedded programs (macros, ActiveX controls, OLE objects) and links outside the
file, each with the XML that refers to it. What is dropped is said, but for the sample slides."""
from __future__ import annotations

from .namespaces import A_NS, P_NS, R_NS
from .package import Package, Part, edit_part

# code and embedded programs: a deck built from content carries none
ACTIVE_RELS = {"vbaProject", "vbaProjectSignature", "vbaProjectSignatureAgile", "vbaProjectSignatureV3",
               "control", "activeXControlBinary", "oleObject"}
ACTIVE_TYPES = ("vbaProject", "activeX", "oleObject", "macroEnabled")
_SECTIONS = {P_NS + " sldIdLst", P_NS + " custShowLst"}  # presentation children that name its slides


def scrub(package: Package) -> list[str]:
    """``package`` (a user's master) without slides, custom shows, sections, code or outside links, and
    its parts no relationship reaches any more forgotten; returns what was dropped, as warnings."""
    pres = package.main
    pres.blob = edit_part(pres, lambda path, attrs: 0 if len(path) == 2 and path[1] in _SECTIONS else
                          1 if len(path) == 4 and path[3].endswith(" sectionLst") else None)
    dropped = _drop_active_and_external(package)
    package.forget_unreachable()
    return dropped


def _drop_active_and_external(package: Package) -> list[str]:
    """Drop every relationship to a sample slide (a layout may link to one), to code (macros,
    ActiveX, OLE) or outside the file, and the XML that refers to it; say what was dropped, but
    for the sample slides. The slides go first, so nothing on them is reported."""
    said: list[str] = []

    def active_or_external(part: Part, kind: str, target, external: bool) -> bool:
        if external:
            said.append(f"{part.name[1:]}: dropped its link to {_short(target)} ({kind}); the deck would "
                        "reach outside itself")
        elif kind in ACTIVE_RELS or any(t in target.content_type for t in ACTIVE_TYPES) or (
                kind == "package" and not part.content_type.endswith("chart+xml")):  # an embedded document
            said.append(f"{part.name[1:]}: dropped {target.name[1:]} ({kind}); a deck carries no macros, "
                        "controls or embedded objects")
        else:
            return False
        return True

    for drops in (lambda part, kind, target, external: kind == "slide" and not external, active_or_external):
        for part in list(package.iter_parts()):
            if any(t in part.content_type for t in ACTIVE_TYPES):
                continue  # dropped itself, with whatever hangs from it
            gone = {rid for rid, (reltype, target, external) in list(part.rels.items.items())
                    if drops(part, reltype.rsplit("/", 1)[-1], target, external)}
            for rid in gone:
                part.rels.drop(rid)
            if gone and part.content_type.endswith("xml"):
                part.blob = edit_part(part, lambda path, attrs, gone=gone: _referring(path, attrs, gone))
    for rid, (_reltype, target, external) in list(package.rels.items.items()):
        if external or any(t in target.content_type for t in ACTIVE_TYPES):
            said.append(f"dropped the package's relationship to {_short(target) if external else target.name[1:]}")
            package.rels.drop(rid)
    return said


def _short(text: str) -> str:
    """A target as quoted in a warning: at most 120 characters."""
    return repr(text if len(text) <= 120 else text[:117] + "...")


def _referring(path: list[str], attrs: dict, gone: set) -> int | None:
    """How far above this element to remove it if it refers to a dropped relationship: a link
    alone, or the whole shape (picture, object, group) that holds it on a slide's shape tree."""
    if not any(v in gone for k, v in attrs.items() if k.startswith(R_NS)):
        return None
    if path[-1].startswith(A_NS + " hlink"):
        return 0
    if len(path) > 3 and path[2] == P_NS + " spTree":
        return len(path) - 4
    return 0
