"""Checks of a written .pptx as a package: the XML of every part against the ECMA-376
(transitional) schemas, and the package graph (relationships, reachability, content types).

The schemas come from openxml-audit (a test dependency): the Open XML SDK's schema data (ECMA-376
transitional, with Office's extensions), in pure Python. It validates the parts whose root element
it knows; a part whose root it does not know would pass unseen, so such a root is a problem here,
except the package's own parts (content types, relationships, core properties), which
``package_problems`` reads.
"""
from __future__ import annotations

import posixpath
import re
import tempfile
import zipfile
from pathlib import Path

from lxml import etree

PKG = "http://schemas.openxmlformats.org/package/2006/"
OFFICE = "application/vnd.openxmlformats-officedocument."
PML = OFFICE + "presentationml."
EXPECTED_TYPES = {  # relationship kind (the last part of its type) -> the content type of its target
    "officeDocument": PML + "presentation.main+xml", "slide": PML + "slide+xml",
    "slideLayout": PML + "slideLayout+xml", "slideMaster": PML + "slideMaster+xml",
    "notesSlide": PML + "notesSlide+xml", "notesMaster": PML + "notesMaster+xml",
    "presProps": PML + "presProps+xml", "viewProps": PML + "viewProps+xml",
    "tableStyles": PML + "tableStyles+xml", "theme": OFFICE + "theme+xml",
    "chart": OFFICE + "drawingml.chart+xml", "package": OFFICE + "spreadsheetml.sheet",
    "core-properties": "application/vnd.openxmlformats-package.core-properties+xml",
    "extended-properties": OFFICE + "extended-properties+xml",
}
PACKAGE_ROOTS = {f"{{{PKG}content-types}}Types", f"{{{PKG}relationships}}Relationships",
                 f"{{{PKG}metadata/core-properties}}coreProperties"}


def schema_problems(path: Path) -> list[str]:
    """Every schema error in the deck's XML parts and in those of the chart workbooks embedded in
    it, and every XML part the schemas do not cover. (Of a workbook only the schema is checked:
    the validator's other opinions of a minimal workbook, such as 'no styles part', are not ECMA-376's.)"""
    from openxml_audit import OpenXmlValidator, ValidationErrorType

    validator = OpenXmlValidator(max_errors=100)
    problems = [str(e) for e in validator.validate(path).errors]
    with zipfile.ZipFile(path) as z, tempfile.TemporaryDirectory() as tmp:
        problems += _uncovered(z, "")
        for name in (n for n in z.namelist() if n.endswith(".xlsx")):
            book = Path(tmp) / posixpath.basename(name)
            book.write_bytes(z.read(name))
            problems += [f"{name}: {e}" for e in validator.validate(book).errors if e.error_type is ValidationErrorType.SCHEMA]
            with zipfile.ZipFile(book) as inner:
                problems += _uncovered(inner, f"{name}: ")
    return problems


def _uncovered(z: zipfile.ZipFile, prefix: str) -> list[str]:
    """The XML parts of ``z`` whose root element no schema of the validator knows."""
    from openxml_audit.schema.validator import get_constraint_for_tag

    problems = []
    for name in (n for n in z.namelist() if n.endswith((".xml", ".rels"))):
        root = etree.fromstring(z.read(name))
        if root.tag not in PACKAGE_ROOTS and get_constraint_for_tag(root.tag, root) is None:
            problems.append(f"{prefix}{name}: no schema knows its root element {root.tag}")
    return problems


def _target(source: str, target: str) -> str:
    """The zip member a relationship of ``source`` (a member name, '' for the package) points to."""
    return posixpath.normpath(posixpath.join(posixpath.dirname(source), target)).lstrip("/")


def _rels_of(name: str) -> str:
    folder, file = posixpath.split(name)
    return posixpath.join(folder, "_rels", file + ".rels")


def package_problems(path: Path) -> list[str]:
    """What would make PowerPoint offer to repair the file: a relationship to a missing part, a
    part the package's relationships do not reach, a part without a content type or with one
    that does not fit its relationship, an Override for a missing part, duplicate shape or slide ids."""
    problems = []
    with zipfile.ZipFile(path) as z:
        names = set(z.namelist())
        types = etree.fromstring(z.read("[Content_Types].xml"))
        defaults = {d.get("Extension").lower(): d.get("ContentType") for d in types if d.tag.endswith("Default")}
        overrides = {o.get("PartName").lower(): o.get("ContentType") for o in types if o.tag.endswith("Override")}
        lower = {"/" + n.lower() for n in names}
        problems += [f"Override for missing part {o}" for o in overrides if o not in lower]

        def content_type(name: str) -> str | None:
            return overrides.get("/" + name.lower()) or defaults.get(name.rsplit(".", 1)[-1].lower())

        reached, pending = set(), [""]
        while pending:
            source = pending.pop()
            rels = _rels_of(source) if source else "_rels/.rels"
            if rels not in names:
                continue
            for rel in etree.fromstring(z.read(rels)):
                if rel.get("TargetMode") == "External":
                    continue
                target = _target(source, rel.get("Target"))
                if target not in names:
                    problems.append(f"{rels}: {rel.get('Id')} points to missing {target}")
                    continue
                expected = EXPECTED_TYPES.get(rel.get("Type").rsplit("/", 1)[-1])
                if expected and content_type(target) != expected:
                    problems.append(f"{target} is typed {content_type(target)}, not {expected}")
                if target not in reached:
                    reached.add(target)
                    pending.append(target)
        for name in sorted(names - {"[Content_Types].xml"}):
            if name.endswith(".rels"):
                owner = posixpath.join(posixpath.dirname(posixpath.dirname(name)), posixpath.basename(name)[:-5])
                if owner not in reached and name != "_rels/.rels":
                    problems.append(f"{name} belongs to no part that is reached")
                continue
            if name not in reached:
                problems.append(f"{name} is not reached from the package relationships")
            if content_type(name) is None:
                problems.append(f"{name} has no content type")
        for name in (n for n in names if re.fullmatch(r"ppt/slides/slide\d+\.xml", n)):
            ids = re.findall(rb'<p:cNvPr id="(\d+)"', z.read(name))
            if len(ids) != len(set(ids)):
                problems.append(f"{name}: duplicate shape ids")
        slide_ids = re.findall(rb'<p:sldId id="(\d+)"', z.read("ppt/presentation.xml"))
        if len(slide_ids) != len(set(slide_ids)):
            problems.append("duplicate slide ids")
    return problems


def rewrite(source: Path, target: Path, change) -> Path:
    """A copy of the package at ``source`` with ``change({name: bytes})`` applied to its members."""
    with zipfile.ZipFile(source) as src:
        members = {i.filename: src.read(i.filename) for i in src.infolist()}
    change(members)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as dst:
        for name, blob in members.items():
            dst.writestr(name, blob)
    return target
