"""Decks on a user's PowerPoint master: a 4:3 master whose layouts have their own names and
whose theme uses Arial, as a .pptx and a .potx; the result opens without repair."""
from __future__ import annotations

import re
import subprocess
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from pptx import Presentation
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pypdf import PdfReader

from generator.cli import main
from tests.conftest import have
from tests.ooxml import package_problems

LAYOUTS = "layouts: {title: Cover, section: Divider, content: Empty}\n"


def corporate_master(path: Path) -> Path:
    """A 4:3 master (10 x 7.5 in) with its own layout names, Arial theme fonts, a purple accent,
    and a sample slide that must not survive into the briefing."""
    prs = Presentation()  # python-pptx's default master is 4:3
    names = {"Title Slide": "Cover", "Section Header": "Divider", "Blank": "Empty", "Title Only": "Headline"}
    for layout in prs.slide_layouts:
        layout._element.cSld.set("name", names.get(layout.name, f"Corp {layout.name}"))
    sample = prs.slides.add_slide(prs.slide_layouts[0])
    sample.shapes.title.text = "SAMPLE SLIDE FROM THE TEMPLATE"
    theme = prs.slide_masters[0].part.part_related_by(RT.THEME)
    blob = theme.blob.decode("utf-8")
    blob = re.sub(r'(<a:(?:major|minor)Font><a:latin typeface=")[^"]*', r"\g<1>Arial", blob)
    blob = re.sub(r'(<a:accent1><a:srgbClr val=")[0-9A-F]{6}', r"\g<1>7B1FA2", blob)
    theme._blob = blob.encode("utf-8")
    prs.save(str(path))
    if path.suffix == ".potx":  # the same file, typed as a template
        data = path.read_bytes()
        with zipfile.ZipFile(path) as src:
            items = [(i, src.read(i.filename)) for i in src.infolist()]
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
            for info, blob in items:
                if info.filename == "[Content_Types].xml":
                    blob = blob.replace(b"presentationml.presentation.main+xml", b"presentationml.template.main+xml")
                dst.writestr(info, blob)
        assert path.read_bytes() != data
    return path


def corporate_audience(project: Path, master: str | None = None) -> None:
    folder = project / "corp" / "board"
    folder.mkdir(parents=True)
    (folder / "audience.yaml").write_text("extends: technical\nlabel: Board\n", encoding="utf-8")
    (folder / "theme.yaml").write_text(LAYOUTS, encoding="utf-8")
    if master:
        corporate_master(folder / master)


def cli(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def test_a_missing_layout_is_an_error_that_lists_the_layouts(project):
    master = corporate_master(project / "corporate.pptx")
    result = cli("build", "-a", "executive", "-f", "pptx", "--pptx-template", master)
    assert result.exit_code == 1
    assert "corporate.pptx: the master has no layout 'Title Slide'" in result.output
    for name in ("'Cover'", "'Divider'", "'Empty'", "'Headline'"):
        assert name in result.output
    assert not (project / "output").exists()


@pytest.mark.parametrize("master", ["master.pptx", "master.potx"])
def test_deck_on_a_4_3_master_with_its_own_layout_names(project, master):
    corporate_audience(project, master)
    content = project / "content" / "deepseek.yaml"  # a topic of three slides (points, chart, grid): a divider opens it
    content.write_text(content.read_text(encoding="utf-8").replace("  - id: training-cost\n", (
        "    figures:\n      - {value: 671B, label: parameters in DeepSeek V3}\n"
        "      - {value: 37B, label: parameters active for each token}\n\n  - id: training-cost\n"), 1), encoding="utf-8")
    result = cli("build", "-t", "corp", "-a", "board", "-f", "pptx")
    assert result.exit_code == 0, result.output
    deck_path = project / "output" / "deepseek-board.pptx"
    prs = Presentation(str(deck_path))
    assert (prs.slide_width, prs.slide_height) == (9144000, 6858000)  # 10 x 7.5 in, the master's 4:3
    layouts = [slide.slide_layout.name for slide in prs.slides]
    assert layouts[0] == "Cover" and "Divider" in layouts and set(layouts) == {"Cover", "Divider", "Empty"}
    texts = [sh.text_frame.text for slide in prs.slides for sh in slide.shapes if sh.has_text_frame]
    # (no About slide: review 20; the notes' section on what comes next is the close, their conclusion the
    # report's, and the timeline is the agenda: review 21)
    assert not any("SAMPLE SLIDE" in t for t in texts) and len(prs.slides) >= 13
    fonts = {r.font.name for slide in prs.slides for sh in slide.shapes if sh.has_text_frame
             for p in sh.text_frame.paragraphs for r in p.runs}
    assert fonts == {"Arial"}  # the master's theme fonts
    with zipfile.ZipFile(deck_path) as z:
        slides = b"".join(z.read(n) for n in z.namelist() if n.startswith("ppt/slides/slide"))
    assert b'val="7B1FA2"' in slides  # the master's accent colour
    right = max(sh.left + sh.width for slide in prs.slides for sh in slide.shapes)
    assert right <= prs.slide_width  # laid out for 4:3: nothing past the right edge
    assert package_problems(deck_path) == []


def test_cli_template_overrides_the_audience_master_and_is_checked(project):
    corporate_audience(project)
    missing = cli("build", "-t", "corp", "-a", "board", "-f", "pptx", "--pptx-template", "nope.potx")
    assert missing.exit_code == 1 and "nope.potx: PowerPoint template not found" in missing.output
    (project / "fake.pptx").write_text("not a deck", encoding="utf-8")
    fake = cli("build", "-t", "corp", "-a", "board", "-f", "pptx", "--pptx-template", "fake.pptx")
    assert fake.exit_code == 1 and "fake.pptx: not a PowerPoint template" in fake.output
    assert "Traceback" not in fake.output and not (project / "output" / "deepseek-board.pptx").exists()


@pytest.mark.slow
@pytest.mark.skipif(not (have("soffice") and have("pdftoppm")), reason="LibreOffice and poppler render the deck")
def test_the_4_3_deck_renders_with_every_character_inside_its_shape(project):
    from generator.writers.measure import measuring
    from tests.test_deck_render import strays

    corporate_audience(project, "master.pptx")
    assert cli("build", "-t", "corp", "-a", "board", "-f", "pptx").exit_code == 0
    deck = project / "output" / "deepseek-board.pptx"
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{project}/profile", "--convert-to", "pdf",
                    "--outdir", str(project), str(deck)],
                   check=True, capture_output=True, timeout=300)
    pdf = project / "deepseek-board.pdf"
    assert len(PdfReader(str(pdf)).pages) == len(Presentation(str(deck)).slides)
    with measuring("Arial"):
        assert strays(pdf, deck) == []


def test_a_macro_enabled_master_gives_a_deck_without_its_macros(project):
    """Content is data, never code: a master that carries VBA gives a plain .pptx (the macros
    dropped, the main part typed as a deck), which PowerPoint opens without a macro warning."""
    master = corporate_master(project / "macros.pptx")
    with zipfile.ZipFile(master) as src:
        items = {i.filename: src.read(i.filename) for i in src.infolist()}
    items["[Content_Types].xml"] = items["[Content_Types].xml"].replace(
        b"presentationml.presentation.main+xml", b"ms-powerpoint.presentation.macroEnabled.main+xml").replace(
        b"</Types>", b'<Override PartName="/ppt/vbaProject.bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>')
    items["ppt/_rels/presentation.xml.rels"] = items["ppt/_rels/presentation.xml.rels"].replace(
        b"</Relationships>", b'<Relationship Id="rId99" Type="http://schemas.microsoft.com/office/2006/relationships/'
                             b'vbaProject" Target="vbaProject.bin"/></Relationships>')
    items["ppt/vbaProject.bin"] = b"Sub AutoOpen() Shell \"calc\" End Sub"
    with zipfile.ZipFile(master, "w") as dst:
        for name, blob in items.items():
            dst.writestr(name, blob)
    corporate_audience(project)
    result = cli("build", "-t", "corp", "-a", "board", "-f", "pptx", "--pptx-template", master)
    assert result.exit_code == 0, result.output
    deck_path = project / "output" / "deepseek-board.pptx"
    with zipfile.ZipFile(deck_path) as z:
        assert "ppt/vbaProject.bin" not in z.namelist()
        types = z.read("[Content_Types].xml")
    assert b"presentationml.presentation.main+xml" in types and b"macroEnabled" not in types and b"vbaProject" not in types
    assert package_problems(deck_path) == [] and len(Presentation(str(deck_path)).slides) > 10
