"""Hostile PowerPoint masters, each built here from a plain one: zip bombs, DTDs and entities,
links outside the file, macros, ActiveX and OLE objects wherever they hang, odd slide sizes.
Each is refused with the master and the part named and nothing written, or built into a deck
that carries none of it and opens without repair."""
from __future__ import annotations

import time
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from pptx import Presentation

from generator.cli import main
from generator.writers.pptx import opc_read as opc
from generator.writers.pptx.master import open_template
from tests.test_pptx_template import corporate_audience, corporate_master, package_problems

R = b"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
MS = b"http://schemas.microsoft.com/office/2006/relationships/"
LAYOUT = "ppt/slideLayouts/slideLayout1.xml"  # the 'Cover' layout, which the deck uses
PRES = "ppt/presentation.xml"


def rewrite(path: Path, edits: dict, level: int = 6) -> Path:
    """The master at ``path`` with parts replaced (name: bytes, or a function of the old bytes)."""
    with zipfile.ZipFile(path) as src:
        items = {i.filename: src.read(i.filename) for i in src.infolist()}
    for name, edit in edits.items():
        items[name] = edit(items.get(name, b"")) if callable(edit) else edit
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as dst:
        for name, blob in items.items():
            dst.writestr(name, blob)
    return path


def add_rel(rels: str, rel: bytes):
    return lambda old: old.replace(b"</Relationships>", rel + b"</Relationships>")


def add_type(ext_or_part: bytes, content_type: bytes):
    tag = (b'<Override PartName="%s" ContentType="%s"/>' if ext_or_part.startswith(b"/")
           else b'<Default Extension="%s" ContentType="%s"/>') % (ext_or_part, content_type)
    return lambda old: old.replace(b"</Types>", tag + b"</Types>")


def in_shape_tree(xml: bytes):
    return lambda old: old.replace(b"</p:spTree>", xml + b"</p:spTree>", 1)


def build(project: Path, master: Path):
    corporate_audience(project)
    return CliRunner().invoke(main, ["build", "-t", "corp", "-a", "board", "-f", "pptx", "--pptx-template", str(master)])


def refused(project: Path, master: Path, *says: str) -> None:
    result = build(project, master)
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output and not (project / "output").exists()
    for text in says:
        assert text in result.output


def deck_of(project: Path, master: Path) -> tuple[Path, str]:
    """Build on ``master``; the deck (checked for package problems) and what went to stderr."""
    result = build(project, master)
    assert result.exit_code == 0, result.output
    deck = project / "output" / "deepseek-board.pptx"
    assert package_problems(deck) == [] and len(Presentation(str(deck)).slides) > 10
    return deck, result.stderr


def parts(deck: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(deck) as z:
        return {name: z.read(name) for name in z.namelist()}


# -- sizes of parts ---------------------------------------------------------------------------

def test_a_part_that_inflates_past_the_cap_is_refused_without_inflating_it(project):
    """65 MiB of zeros compress to 64 KiB: the image is read up to the cap, not to its end."""
    master = corporate_master(project / "bomb.pptx")
    rewrite(master, {"ppt/media/huge.png": b"\0" * (65 << 20),
                     "[Content_Types].xml": add_type(b"/ppt/media/huge.png", b"image/png"),
                     "ppt/slideLayouts/_rels/slideLayout1.xml.rels": add_rel(
                         "", b'<Relationship Id="rId50" Type="' + R + b'image" Target="../media/huge.png"/>')}, level=9)
    assert master.stat().st_size < 2 << 20
    refused(project, master, "bomb.pptx: ppt/media/huge.png: it inflates to more than 64 MiB")


def test_parts_that_inflate_past_the_total_cap_are_refused(project, monkeypatch):
    monkeypatch.setattr(opc, "MAX_TOTAL", 50_000)  # the master's parts add up to about 95 KB
    refused(project, corporate_master(project / "many.pptx"), "many.pptx: ", "inflate to more than 50,000 bytes in all")


def test_an_xml_part_past_its_cap_is_refused(project, monkeypatch):
    monkeypatch.setattr(opc, "MAX_XML", 50_000)
    master = rewrite(corporate_master(project / "big.pptx"),
                     {LAYOUT: lambda old: old.replace(b"<p:cSld", b"<!--" + b" " * 60_000 + b"--><p:cSld", 1)})
    refused(project, master, f"big.pptx: {LAYOUT}: it inflates to more than 50,000 bytes")


# -- DTDs and entities ------------------------------------------------------------------------

DOCTYPE = b'<!DOCTYPE a:theme [<!ENTITY f "Arial"><!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;">]>'


@pytest.mark.parametrize("part", ["ppt/theme/theme1.xml", LAYOUT, PRES, "[Content_Types].xml",
                                  "ppt/_rels/presentation.xml.rels", "ppt/slideLayouts/slideLayout7.xml"])
def test_an_entity_in_any_xml_part_is_refused_naming_the_part(project, part):
    """slideLayout7 is a layout the deck does not use: it would be copied into the deck, so it is
    checked too."""
    def with_dtd(old: bytes) -> bytes:
        head, sep, rest = old.partition(b"?>")
        return head + sep + DOCTYPE + rest

    master = rewrite(corporate_master(project / "entity.pptx"), {part: with_dtd})
    refused(project, master, f"entity.pptx: {part}: it has a DTD")


def test_the_writer_refuses_what_the_check_refuses(project):
    """The check before writing and the writer read masters the same way: a theme with an
    entity is a BriefingError from the writer too, not a traceback."""
    from generator.errors import BriefingError

    master = rewrite(corporate_master(project / "entity.pptx"), {"ppt/theme/theme1.xml": lambda old: old.replace(
        b"?>", b"?>" + DOCTYPE, 1).replace(b'typeface="Arial"', b'typeface="&g;"', 1)})
    with pytest.raises(BriefingError, match="theme1.xml: it has a DTD"):
        open_template(master)


# -- links outside the file, macros, controls, OLE ----------------------------------------------

def test_external_links_on_a_layout_are_dropped_with_a_warning(project):
    picture = (b'<p:pic><p:nvPicPr><p:cNvPr id="90" name="Linked logo"/><p:cNvPicPr/><p:nvPr/></p:nvPicPr>'
               b'<p:blipFill><a:blip r:link="rId60"/><a:stretch><a:fillRect/></a:stretch></p:blipFill>'
               b'<p:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="914400" cy="914400"/></a:xfrm>'
               b'<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr></p:pic>')
    link = b'<a:hlinkClick r:id="rId61"/>'
    master = rewrite(corporate_master(project / "links.pptx"), {
        LAYOUT: lambda old: in_shape_tree(picture)(old).replace(b'<p:cNvPr id="2" name="Title 1"/>',
                                                                 b'<p:cNvPr id="2" name="Title 1">' + link + b"</p:cNvPr>", 1),
        "ppt/slideLayouts/_rels/slideLayout1.xml.rels": add_rel("", (
            b'<Relationship Id="rId60" Type="' + R + b'image" Target="file:///etc/passwd" TargetMode="External"/>'
            b'<Relationship Id="rId61" Type="' + R + b'hyperlink" Target="\\\\host\\share" TargetMode="External"/>')),
        "ppt/slideMasters/_rels/slideMaster1.xml.rels": add_rel("", (
            b'<Relationship Id="rId62" Type="' + R + b'image" Target="http://tracker.example/p.png" TargetMode="External"/>')),
    })
    with zipfile.ZipFile(master) as z:
        assert b'name="Title 1">' + link in z.read(LAYOUT)  # the test's edit took
    deck, stderr = deck_of(project, master)
    for target in ("file:///etc/passwd", "\\\\host\\share", "http://tracker.example/p.png"):
        assert any("links.pptx: warning: " in line and repr(target) in line for line in stderr.splitlines())
    assert f"links.pptx: warning: {LAYOUT}: dropped its link to 'file:///etc/passwd'" in stderr
    out = parts(deck)
    everything = b"".join(out.values())
    assert b"etc/passwd" not in everything and b"host" not in everything and b"tracker.example" not in everything
    layout = next(blob for name, blob in out.items() if name.startswith("ppt/slideLayouts/slideLayout")
                  and b'name="Cover"' in blob)
    assert b"Linked logo" not in layout and b"hlinkClick" not in layout and b'name="Title 1"' in layout


def test_a_vba_project_on_the_slide_master_is_dropped(project):
    master = rewrite(corporate_master(project / "vba.pptx"), {
        "ppt/slideMasters/vbaProject.bin": b"Attribute VB_Name = \"Module1\"\nSub Auto_Open()\nEnd Sub",
        "ppt/slideMasters/_rels/slideMaster1.xml.rels": add_rel("", (
            b'<Relationship Id="rId70" Type="' + MS + b'vbaProject" Target="vbaProject.bin"/>')),
        "[Content_Types].xml": add_type(b"bin", b"application/vnd.ms-office.vbaProject"),
    })
    deck, stderr = deck_of(project, master)
    out = parts(deck)
    assert not any("vbaProject" in name for name in out)
    assert b"vbaProject" not in out["[Content_Types].xml"] and b"Auto_Open" not in b"".join(out.values())
    assert "vba.pptx: warning: ppt/slideMasters/slideMaster1.xml: dropped ppt/slideMasters/vbaProject.bin" in stderr


def test_activex_controls_and_ole_objects_on_a_layout_are_dropped_with_their_shapes(project):
    controls = b'<p:controls><p:control name="Button1" r:id="rId80" spid="_x0000_s1025"/></p:controls>'
    ole = (b'<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="91" name="Embedded sheet"/><p:cNvGraphicFramePr/>'
           b'<p:nvPr/></p:nvGraphicFramePr><p:xfrm><a:off x="0" y="0"/><a:ext cx="914400" cy="914400"/></p:xfrm>'
           b'<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/presentationml/2006/ole">'
           b'<p:oleObj spid="_x0000_s1026" name="Sheet" r:id="rId81" progId="Excel.Sheet.8"><p:embed/></p:oleObj>'
           b'</a:graphicData></a:graphic></p:graphicFrame>')
    master = rewrite(corporate_master(project / "active.pptx"), {
        LAYOUT: lambda old: in_shape_tree(ole)(old).replace(b"</p:spTree>", b"</p:spTree>" + controls, 1),
        "ppt/activeX/activeX1.xml": (b'<ax:ocx xmlns:ax="http://schemas.microsoft.com/office/2006/activeX" '
                                     b'xmlns:r="' + R[:-1] + b'" ax:classid="{D7053240-CE69-11CD-A777-00DD01143C57}" '
                                     b'ax:persistence="persistStorage" r:id="rId1"/>'),
        "ppt/activeX/_rels/activeX1.xml.rels": (b'<?xml version="1.0"?><Relationships xmlns="http://schemas.'
                                                b'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" '
                                                b'Type="' + MS + b'activeXControlBinary" Target="activeX1.bin"/>'
                                                b'</Relationships>'),
        "ppt/activeX/activeX1.bin": b"\xd0\xcf\x11\xe0 control",
        "ppt/embeddings/oleObject1.bin": b"\xd0\xcf\x11\xe0 ole",
        "ppt/slideLayouts/_rels/slideLayout1.xml.rels": add_rel("", (
            b'<Relationship Id="rId80" Type="' + R + b'control" Target="../activeX/activeX1.xml"/>'
            b'<Relationship Id="rId81" Type="' + R + b'oleObject" Target="../embeddings/oleObject1.bin"/>')),
        "[Content_Types].xml": lambda old: add_type(b"/ppt/activeX/activeX1.xml", b"application/vnd.ms-office.activeX+xml")(
            add_type(b"/ppt/activeX/activeX1.bin", b"application/vnd.ms-office.activeX")(
                add_type(b"/ppt/embeddings/oleObject1.bin", b"application/vnd.openxmlformats-officedocument.oleObject")(old))),
    })
    deck, stderr = deck_of(project, master)
    out = parts(deck)
    assert not [name for name in out if "activeX" in name or "oleObject" in name]
    assert b"activeX" not in out["[Content_Types].xml"] and b"oleObject" not in out["[Content_Types].xml"]
    layout = next(blob for name, blob in out.items() if name.startswith("ppt/slideLayouts/") and b'name="Cover"' in blob)
    assert b"p:control " not in layout and b"oleObj" not in layout and b"Embedded sheet" not in layout
    assert b'name="Title 1"' in layout  # the layout's own shapes stay
    assert stderr.count("active.pptx: warning: ") == 2


# -- slide sizes ------------------------------------------------------------------------------

def sized(project: Path, name: str, width: str, height: str, notes: bytes | None = None) -> Path:
    master = corporate_master(project / name)

    def edit(old: bytes) -> bytes:
        old = old.replace(b'<p:sldSz cx="9144000" cy="6858000" type="screen4x3"/>',
                          b'<p:sldSz cx="%s" cy="%s"/>' % (width.encode(), height.encode()))
        return old if notes is None else old.replace(b'<p:notesSz cx="6858000" cy="9144000"/>', notes)

    with zipfile.ZipFile(master) as z:
        assert b'<p:sldSz cx="9144000" cy="6858000" type="screen4x3"/>' in z.read(PRES)
    return rewrite(master, {PRES: edit})


def test_a_master_1_inch_wide_and_56_tall_is_refused_with_a_reason(project):
    start = time.perf_counter()
    refused(project, sized(project, "tall.pptx", "914400", "51206400"),
            f"tall.pptx: {PRES}: its slides are 1 x 56 in", "at least half as wide as they are tall")
    assert time.perf_counter() - start < 60


@pytest.mark.parametrize("width, height, says", [
    ("914400", "914400", "its slides are 1 x 1 in, where body text would be 2.4 points"),
    ("51206400", "914400", "its slides are 56 x 1 in, where body text would be 2.4 points"),
    ("9144000", "5000000", "its slides are 10 x 5.46807 in, where body text would be 13.1 points"),
])
def test_a_master_too_short_for_the_body_text_floor_is_refused(project, width, height, says):
    """Issue #24: type scales with the slide; below 5.625 in the 18-point floor is lost (see master.MIN_HEIGHT)."""
    refused(project, sized(project, "short.pptx", width, height), f"short.pptx: {PRES}: {says}",
            "floor needs slides at least 5.625 in tall")


def test_a_master_56_inches_wide_and_as_short_as_allowed_builds_in_bounded_time(project):
    start = time.perf_counter()
    deck, _ = deck_of(project, sized(project, "wide.pptx", "51206400", "5143500"))
    assert time.perf_counter() - start < 120  # a hang guard; a build takes a few seconds
    prs = Presentation(str(deck))
    assert (prs.slide_width, prs.slide_height) == (51206400, 5143500)
    assert max(sh.left + sh.width for s in prs.slides for sh in s.shapes) <= prs.slide_width
    assert max(sh.top + sh.height for s in prs.slides for sh in s.shapes) <= prs.slide_height


@pytest.mark.parametrize("width, height, notes, says", [
    ("12.5", "6858000", None, "slide size '12.5' x '6858000' is not in whole EMU"),
    ("-9144000", "6858000", None, "is not in whole EMU"),
    ("100", "6858000", None, "slide size 100 x 6858000 EMU is outside PowerPoint's 1 to 56 inches"),
    ("9144000", "6858000", b"", "it has no notes size"),
    ("9144000", "6858000", b'<p:notesSz cx="99999999999" cy="9144000"/>', "notes size"),
])
def test_slide_and_notes_sizes_are_checked(project, width, height, notes, says):
    refused(project, sized(project, "sizes.pptx", width, height, notes), f"sizes.pptx: {PRES}: ", says)


# -- presentation.xml surgery -------------------------------------------------------------------

@pytest.mark.slow
def test_sample_slides_sections_and_custom_shows_go_in_time_linear_in_the_part(project):
    """presentation.xml at its size limit, shaped to be slow for the regexes this replaced
    (thousands of extensions without a section list, then one with it)."""
    ext = b'<p:ext uri="{%d}"><p14:x xmlns:p14="http://schemas.microsoft.com/office/powerpoint/2010/main"/></p:ext>'
    sections = (b'<p:ext uri="{521415D9-36F7-43E2-AB2F-B90AF26B5E84}"><p14:sectionLst xmlns:p14="http://schemas.'
                b'microsoft.com/office/powerpoint/2010/main"><p14:section name="Samples" id="{1}"><p14:sldIdLst>'
                b'<p14:sldId id="256"/></p14:sldIdLst></p14:section></p14:sectionLst></p:ext>')
    show = (b'<p:custShowLst><p:custShow name="Sample" id="0"><p:sldLst><p:sld r:id="rId7"/></p:sldLst></p:custShow>'
            b'</p:custShowLst>')

    def edit(old: bytes) -> bytes:
        extensions, size = [], len(old) + len(show + sections) + 30
        while size + len(ext % len(extensions)) < opc.MAX_XML:
            extensions.append(ext % len(extensions))
            size += len(extensions[-1])
        extensions = b"".join(extensions)
        old = old.replace(b"<p:defaultTextStyle>", show + b"<p:defaultTextStyle>", 1)
        return old.replace(b"</p:presentation>", b"<p:extLst>" + extensions + sections + b"</p:extLst></p:presentation>")

    master = rewrite(corporate_master(project / "long.pptx"), {PRES: edit})
    with zipfile.ZipFile(master) as z:
        xml = z.read(PRES)
    assert opc.MAX_XML - 20_000 < len(xml) <= opc.MAX_XML and b"<p:sldIdLst>" in xml and b"custShow " in xml
    start = time.perf_counter()
    deck, _ = deck_of(project, master)
    assert time.perf_counter() - start < 120  # a hang guard: about ten seconds on a busy machine
    out = parts(deck)[PRES]
    assert b"sectionLst" not in out and b"custShow" not in out and out.count(b"<p:ext ") == xml.count(b"<p:ext ") - 1
    assert b'uri="{0}"' in out and out.count(b"<p:sldIdLst>") == 1


def test_a_master_list_naming_a_missing_relationship_is_refused_naming_the_part(project):
    master = rewrite(corporate_master(project / "dangling.pptx"), {PRES: lambda old: old.replace(
        b'<p:sldMasterIdLst>', b'<p:sldMasterIdLst><p:sldMasterId id="2147483700" r:id="rId99"/>', 1)})
    refused(project, master, f"dangling.pptx: {PRES}: it refers to relationship 'rId99'")


def test_the_narrowest_accepted_master_builds_with_every_shape_inside_the_slide(project):
    """Half as wide as tall (5 x 10 in) is accepted: every box has a width and stays on the slide."""
    start = time.perf_counter()
    deck, _ = deck_of(project, sized(project, "narrow.pptx", "4572000", "9144000"))
    assert time.perf_counter() - start < 120  # a hang guard; a build takes a few seconds
    prs = Presentation(str(deck))
    shapes = [sh for s in prs.slides for sh in s.shapes]
    assert min(sh.width for sh in shapes) > 0 and min(sh.left for sh in shapes) >= 0
    assert max(sh.left + sh.width for sh in shapes) <= prs.slide_width


def test_a_layout_link_to_a_sample_slide_goes_with_the_slide_and_its_links_say_nothing(project):
    jump = b'<a:hlinkClick r:id="rId63" action="ppaction://hlinksldjump"/>'
    master = rewrite(corporate_master(project / "jump.pptx"), {
        LAYOUT: lambda old: old.replace(b'<p:cNvPr id="2" name="Title 1"/>',
                                        b'<p:cNvPr id="2" name="Title 1">' + jump + b"</p:cNvPr>", 1),
        "ppt/slideLayouts/_rels/slideLayout1.xml.rels": add_rel("", (
            b'<Relationship Id="rId63" Type="' + R + b'slide" Target="../slides/slide1.xml"/>')),
        "ppt/slides/_rels/slide1.xml.rels": add_rel("", (
            b'<Relationship Id="rId64" Type="' + R + b'hyperlink" Target="https://sample.example/" TargetMode="External"/>')),
    })
    with zipfile.ZipFile(master) as z:
        assert jump in z.read(LAYOUT) and b"sample.example" in z.read("ppt/slides/_rels/slide1.xml.rels")
    deck, stderr = deck_of(project, master)
    everything = b"".join(parts(deck).values())
    assert b"SAMPLE SLIDE" not in everything and b"hlinksldjump" not in everything and b"sample.example" not in everything
    assert "warning" not in stderr
