"""A user's PowerPoint master (.pptx or .potx) as the start of a deck, read as untrusted input.

Its parts are read with size caps and parsed with DTDs refused (package.py, safexml.py); its
sample slides, custom shows and sections are removed from presentation.xml by a parser; links
outside the file are dropped with a warning, and so are macros, ActiveX controls and OLE objects,
wherever they hang, with the XML that refers to them. Its slide and notes sizes, theme and
layouts are checked before anything is written.
"""
from __future__ import annotations

from pathlib import Path

from ...errors import BriefingError, Problem
from ...files import read_regular
from ...limits import MAX_MASTER_BYTES
from .namespaces import A_NS, P_NS, R_NS, RT
from .opc_read import read_package
from .package import Package, PackageError, Part, edit_part, part_xml
from .safexml import insert_before
from .scrub import scrub
from .xml import CT

DEFAULT_LAYOUTS = {"title": "Title Slide", "section": "Section Header", "content": "Blank"}
MIN_EMU, MAX_EMU = 914400, 51206400  # PowerPoint's slide sizes: 1 to 56 inches
# The deck is laid out on a slide 540 points tall; at half as wide as tall (270 points) the
# narrowest boxes (a column of two, the quote, the footer beside the slide number, the logo's
# left edge) are still about 70 points wide. Narrower masters are refused rather than drawn with
# boxes of no width (PowerPoint allows 1 x 56 inches).
MIN_ASPECT = 0.5
# Type is laid out for that 540-point slide and scales with the slide: body text is at least 18
# points on a slide 7.5 in tall (PowerPoint's 16:9 and 4:3). Shown full screen, legibility goes
# with the slide's height, so shorter slides are accepted down to 5.625 in (PowerPoint's on-screen
# 16:9 and Google Slides' 10 x 5.625 in, common corporate masters: 13.5 points in the file). A
# shorter master (a 1 x 1 in or an 8 x 1 in banner: body text at 2.4 points) is refused, not
# warned about: the deck would be unreadable in print, thumbnails and editing, and a warning
# on a build that succeeds is easily missed.
MIN_HEIGHT = 5143500


def open_template(path: Path, warnings: list | None = None) -> Package:
    """A user's .pptx or .potx as a package with no slides (its sample slides, custom shows,
    sections, macros, controls, OLE objects and links outside the file dropped), or a
    BriefingError naming the file (and the part). What was dropped is added to ``warnings``."""
    data = read_regular(path, MAX_MASTER_BYTES, "the PowerPoint template")
    dropped: list[str] = []
    try:
        package = read_package(data)
        pres = package.main
        if pres is None or not pres.content_type.endswith(".main+xml"):
            raise ValueError("it has no presentation part")
        pres.content_type = CT + "presentationml.presentation.main+xml"  # a template or macro deck becomes a deck
        dropped = scrub(package)
        for part in package.iter_parts():  # every XML part, not only those read below: no DTD reaches a deck
            if part.content_type.endswith("xml"):
                part_xml(part)
        slide_size(pres)
        slide_layouts(package)
    except PackageError as exc:
        raise BriefingError(Problem(str(exc), str(path))) from None
    except Exception as exc:  # a zip that is not a deck fails in many ways
        raise BriefingError(Problem(f"not a PowerPoint template (.pptx or .potx): {exc}", str(path))) from None
    if warnings is not None:
        warnings.extend(Problem(message, str(path)) for message in dropped)
    return package


def check_template(path: str | Path, layouts: dict) -> list[Problem]:
    """The warnings for the master at ``path`` (what it drops); BriefingError if it cannot be
    opened, lacks a layout the deck uses, or has sizes or parts the deck cannot use."""
    warnings: list[Problem] = []
    package = open_template(Path(path), warnings)
    found = slide_layouts(package)
    for name in {**DEFAULT_LAYOUTS, **layouts}.values():
        find_layout(found, name, Path(path))
    return warnings


def find_layout(layouts: list[tuple[str, Part]], name: str, template: Path | None) -> Part:
    """The layout called ``name`` (case and spacing ignored), or an error listing the layouts there are."""
    want = " ".join(name.split()).casefold()
    for found, part in layouts:
        if " ".join(found.split()).casefold() == want:
            return part
    names = ", ".join(f"'{found}'" for found, _ in layouts)
    raise BriefingError(Problem(f"the master has no layout '{name}'; its layouts are {names}. Name the ones "
                                "to use in the audience's theme.yaml, e.g. layouts: {title: ..., section: ..., content: ...}",
                                str(template or "the default template")))


def theme_from_master(package: Package, theme):
    """The deck theme with the master's theme colours and fonts."""
    found = masters(package)
    theme_part = found[0].rels.part("theme") if found else None
    if theme_part is None:
        return theme
    root = part_xml(theme_part)
    ns = {"a": A_NS}

    def colour(slot: str) -> str | None:
        found = root.find(f".//a:clrScheme/a:{slot}", ns)
        if found is None or not len(found):
            return None
        value = found[0].get("val") if found[0].tag.endswith("srgbClr") else found[0].get("lastClr")
        return value.upper() if value and len(value) == 6 and all(c in "0123456789abcdefABCDEF" for c in value) else None

    def font(kind: str) -> str | None:
        found = root.find(f".//a:fontScheme/a:{kind}/a:latin", ns)
        return found.get("typeface") if found is not None and found.get("typeface") else None

    accents = [c for c in (colour(f"accent{i}") for i in range(1, 7)) if c]
    update = {"primary": colour("dk2") or theme.primary, "accent": accents[0] if accents else theme.accent,
              "text": colour("dk1") or theme.text, "palette": accents or theme.palette,
              "heading_font": font("majorFont") or theme.heading_font, "body_font": font("minorFont") or theme.body_font}
    return theme.model_copy(update=update)


def slide_size(pres: Part) -> tuple[int, int]:
    """(width, height) of the slides in EMU; PackageError unless the slide and notes sizes are
    there, whole numbers within PowerPoint's 1 to 56 inches, and the slide is wide enough to lay out."""
    root = part_xml(pres)
    sizes = []
    for tag, what in (("sldSz", "slide size"), ("notesSz", "notes size")):
        found = root.find(f"{{{P_NS}}}{tag}")
        if found is None:
            raise PackageError(pres.name[1:], f"it has no {what} (<p:{tag}>)")
        values = [found.get(a, "") for a in ("cx", "cy")]
        if not all(v.isascii() and v.isdigit() and len(v) < 10 for v in values):
            raise PackageError(pres.name[1:], f"its {what} {values[0]!r} x {values[1]!r} is not in whole EMU")
        width, height = map(int, values)
        if not (MIN_EMU <= width <= MAX_EMU and MIN_EMU <= height <= MAX_EMU):
            raise PackageError(pres.name[1:], f"its {what} {width} x {height} EMU is outside PowerPoint's 1 to 56 inches")
        sizes.append((width, height))
    width, height = sizes[0]
    if height < MIN_HEIGHT:
        raise PackageError(pres.name[1:], f"its slides are {width / 914400:g} x {height / 914400:g} in, where body "
                                          f"text would be {18 * height / MIN_EMU / 7.5:.1f} points; the deck's 18-point "
                                          f"floor needs slides at least {MIN_HEIGHT / 914400:g} in tall")
    if width < height * MIN_ASPECT:
        raise PackageError(pres.name[1:], f"its slides are {width / 914400:g} x {height / 914400:g} in; the deck's "
                                          "layout needs slides at least half as wide as they are tall")
    return width, height


def set_slide_size(pres: Part, width: int, height: int) -> None:
    """Give presentation.xml the slide size ``width`` x ``height`` EMU."""
    blob = edit_part(pres, lambda path, attrs: 0 if len(path) == 2 and path[1] == P_NS + " sldSz" else None)
    pres.blob = _insert_child(blob, {"sldMasterIdLst", "notesMasterIdLst", "handoutMasterIdLst", "sldIdLst"},
                              lambda p, r: f'<{p}sldSz cx="{width}" cy="{height}"/>')


def set_slide_list(pres: Part, slides: list[tuple[int, str]]) -> None:
    """Write the slide list (id, relationship) into presentation.xml, after the masters' lists."""
    blob = edit_part(pres, lambda path, attrs: 0 if len(path) == 2 and path[1] == P_NS + " sldIdLst" else None)
    pres.blob = _insert_child(blob, {"sldMasterIdLst", "notesMasterIdLst", "handoutMasterIdLst"}, lambda p, r: (
        f'<{p}sldIdLst{r[1]}>' + "".join(f'<{p}sldId id="{i}" {r[0]}id="{rid}"/>' for i, rid in slides) + f'</{p}sldIdLst>'))


def add_notes_master(package: Package, blob: bytes, theme: bytes) -> Part:
    """A notes master (``blob``, with its ``theme``) for a deck that has none."""
    pres = package.main
    master = package.new_part("/ppt/notesMasters/notesMaster%d.xml", CT + "presentationml.notesMaster+xml", blob)
    master.rels.add(RT + "theme", package.new_part("/ppt/theme/theme%d.xml", CT + "theme+xml", theme))
    rid = pres.rels.add(RT + "notesMaster", master)
    if part_xml(pres).find(f"{{{P_NS}}}notesMasterIdLst") is None:  # after the slide masters, as PowerPoint lists it
        pres.blob = _insert_child(pres.blob, {"sldMasterIdLst"}, lambda p, r: (
            f'<{p}notesMasterIdLst><{p}notesMasterId{r[1]} {r[0]}id="{rid}"/></{p}notesMasterIdLst>'))
    return master


def masters(package: Package) -> list[Part]:
    """The slide masters, in the presentation's order."""
    pres = package.main
    ids = part_xml(pres).iter(f"{{{P_NS}}}sldMasterId")
    return [_related(pres, i.get(f"{{{R_NS}}}id")) for i in ids]


def slide_layouts(package: Package) -> list[tuple[str, Part]]:
    """(name, part) of every slide layout, master by master, in their order."""
    out = []
    for master in masters(package):
        for i in part_xml(master).iter(f"{{{P_NS}}}sldLayoutId"):
            layout = _related(master, i.get(f"{{{R_NS}}}id"))
            data = part_xml(layout).find(f"{{{P_NS}}}cSld")
            out.append((data.get("name", "") if data is not None else "", layout))
    return out


def _related(part: Part, rid: str | None) -> Part:
    """The part that ``part``'s relationship ``rid`` reaches, or a PackageError."""
    found = part.rels.items.get(rid) if rid is not None else None
    if found is None or found[2]:
        raise PackageError(part.name[1:], f"it refers to relationship {rid!r}, which it does not have in the file")
    return found[1]


def _insert_child(blob: bytes, before_these: set, make) -> bytes:
    """``blob`` (presentation.xml) with ``make(p, (r, xmlns_r))`` inserted as a child of the root
    after the children named in ``before_these``; p and r are the prefixes (with their colon) of
    PresentationML and relationships, and xmlns_r declares r where the root does not."""
    def text(prefixes: dict) -> bytes:
        p = prefixes.get(P_NS, "p")
        r = prefixes.get(R_NS)
        declare = "" if r else f' xmlns:r="{R_NS}"'
        return make(f"{p}:" if p else "", (f"{r or 'r'}:", declare)).encode("utf-8")

    return insert_before(blob, lambda path: len(path) == 2 and path[1].rsplit(" ", 1)[-1] not in before_these, text)
