"""tools/preview.py (``make preview``): one contact sheet per deck and per report, a cell per
slide or page. The cells are counted from the picture itself (framed pages separated by the
sheet's plain ground), not from the tool's own layout."""
from __future__ import annotations

import subprocess
import sys

import pytest
from PIL import Image, ImageChops
from pptx import Presentation
from pypdf import PdfReader

from tests.conftest import AUDIENCES, ROOT, have

pytestmark = pytest.mark.slow  # contact sheets through LibreOffice and poppler

TOOL = ROOT / "tools" / "preview.py"
needs_renderers = pytest.mark.skipif(not (have("soffice") and have("pdftoppm")),
                                     reason="LibreOffice (soffice) and poppler (pdftoppm) are needed to render pages")

SMALL = """\
title: Grid storage for small towns
sources:
  - {id: talk, name: Town hall recording, url: 'https://example.org/talk', duration: 40:00}
takeaways:
  - text: Batteries pay back in seven years
    at: 4:10
topics:
  - id: costs
    title: What it costs
    at: 4:10
    points: [Installation is a third of the price, Maintenance is small]
    charts:
      - id: price
        kind: column
        title: Price per kWh
        unit: USD
        categories: ['2020', '2022', '2024']
        series: [{name: Price, values: ['300', '210', '150']}]
  - id: risks
    title: What can go wrong
    at: 21:30
    points: [Fire codes differ between counties, Winter output is lower]
"""


def run_tool(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    """tools/preview.py run as a person runs it, from the repository root."""
    return subprocess.run([sys.executable, str(TOOL), *args], capture_output=True, text=True,
                          cwd=ROOT, env=env, timeout=600)


def bands(mask: Image.Image, axis: int, least: int) -> list[tuple[int, int]]:
    """Runs of rows (axis 1) or columns (axis 0) of ``mask`` that have some ink, at least ``least`` long."""
    length = mask.size[axis]
    other = mask.size[1 - axis]
    inked = [(mask.crop((0, i, other, i + 1)) if axis else mask.crop((i, 0, i + 1, other))).getbbox() is not None
             for i in range(length)]
    runs, start = [], None
    for i, ink in enumerate(inked + [False]):
        if ink and start is None:
            start = i
        elif not ink and start is not None:
            if i - start >= least:
                runs.append((start, i))
            start = None
    return runs


def cells(sheet_path) -> list[Image.Image]:
    """The pages drawn on a sheet: blocks at least 100 px each way, apart on the sheet's ground."""
    sheet = Image.open(sheet_path).convert("RGB")
    ground = sheet.getpixel((0, 0))
    mask = ImageChops.difference(sheet, Image.new("RGB", sheet.size, ground)).convert("L").point(lambda v: 255 if v else 0)
    found = []
    for top, bottom in bands(mask, 1, 100):
        row = mask.crop((0, top, sheet.width, bottom))
        found += [sheet.crop((left, top, right, bottom)) for left, right in bands(row, 0, 100)]
    return found


@pytest.fixture(scope="module")
def previewed(tmp_path_factory):
    """The small content built and previewed into a fresh output folder."""
    folder = tmp_path_factory.mktemp("preview")
    content = folder / "towns.yaml"
    content.write_text(SMALL, encoding="utf-8")
    done = run_tool(str(content), "-o", str(folder / "out"))
    assert done.returncode == 0, done.stderr
    return folder / "out", done


@needs_renderers
@pytest.mark.parametrize("audience", AUDIENCES)
def test_a_sheet_per_deck_with_a_cell_per_slide(previewed, audience):
    out, _ = previewed
    slides = len(Presentation(str(out / f"towns-{audience}.pptx")).slides)
    found = cells(out / "preview" / f"towns-{audience}-deck.png")
    assert slides >= 4 and len(found) == slides
    # every cell holds a drawn slide, not an empty frame
    for cell in found:
        darkest, lightest = cell.crop((4, 4, cell.width - 4, cell.height - 4)).convert("L").getextrema()
        assert lightest - darkest > 100


@needs_renderers
@pytest.mark.parametrize("audience", AUDIENCES)
def test_a_sheet_per_report_with_a_cell_per_page(previewed, audience):
    out, _ = previewed
    pages = len(PdfReader(str(out / f"towns-{audience}.pdf")).pages)
    found = cells(out / "preview" / f"towns-{audience}-report.png")
    assert pages >= 2 and len(found) == pages
    assert all(cell.height > cell.width for cell in found)  # portrait pages, landscape slides
    assert all(cell.width > cell.height for cell in cells(out / "preview" / f"towns-{audience}-deck.png"))


@needs_renderers
def test_only_the_sheets_are_left_and_the_reports_are_untouched(previewed):
    out, done = previewed
    sheets = sorted(p.name for p in (out / "preview").iterdir())
    assert sheets == sorted(f"towns-{a}-{kind}.png" for a in AUDIENCES for kind in ("deck", "report"))
    assert done.stdout.split() == [str(out / "preview" / name) for name in
                                   [f"towns-{a}-deck.png" for a in AUDIENCES] + [f"towns-{a}-report.png" for a in AUDIENCES]]
    reports = {p: p.read_bytes() for p in out.glob("*.pdf")}
    again = run_tool("--no-build", "-o", str(out))
    assert again.returncode == 0, again.stderr
    assert {p: p.read_bytes() for p in out.glob("*.pdf")} == reports
    assert sorted(p.name for p in (out / "preview").iterdir()) == sheets


def test_without_libreoffice_or_poppler_it_says_so_and_fails(tmp_path, minimal):
    content = tmp_path / "m.yaml"
    content.write_text(minimal, encoding="utf-8")
    done = run_tool(str(content), "-o", str(tmp_path / "out"), env={"PATH": str(tmp_path)})
    assert done.returncode == 1
    assert "soffice" in done.stderr and "pdftoppm" in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "out").exists()


def test_a_content_error_is_reported_at_its_place_without_a_traceback(tmp_path):
    broken = tmp_path / "broken.yaml"
    broken.write_text("title: Broken\ntopics:\n  - id: x\n    title: X\n    at: 1:75:00\n", encoding="utf-8")
    done = run_tool(str(broken), "-o", str(tmp_path / "out"))
    if not (have("soffice") and have("pdftoppm")):
        pytest.skip("the tool stops at the missing renderers before it reads content")
    assert done.returncode == 1
    assert f"{broken}:5:" in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "out").exists()


@needs_renderers
def test_readme_pictures_are_small_chosen_pages(previewed, tmp_path):
    out, _ = previewed
    done = subprocess.run([sys.executable, str(ROOT / "tools" / "readme_pictures.py"), "-o", str(out),
                           "--docs", str(tmp_path), "towns-executive.pptx:1=title", "towns-policy.pdf:2=page"],
                          capture_output=True, text=True, cwd=ROOT, timeout=600)
    assert done.returncode == 0, done.stderr
    title, page = Image.open(tmp_path / "title.png"), Image.open(tmp_path / "page.png")
    assert title.width == page.width == 480 and title.mode == page.mode == "P"
    assert title.height < 480 < page.height  # a landscape slide, a portrait page
    assert sum(p.stat().st_size for p in tmp_path.glob("*.png")) < 200_000
    wrong = subprocess.run([sys.executable, str(ROOT / "tools" / "readme_pictures.py"), "-o", str(out),
                            "--docs", str(tmp_path), "towns-policy.pdf:99=x"], capture_output=True, text=True, cwd=ROOT)
    assert wrong.returncode == 1 and "not 99" in wrong.stderr and "Traceback" not in wrong.stderr


def test_the_readme_shows_pictures_that_exist_and_stay_small():
    import re

    shown = re.findall(r"!\[[^\]]+\]\((docs/[^)]+\.png)\)", (ROOT / "README.md").read_text(encoding="utf-8"))
    assert len(shown) >= 4 and len(set(shown)) == len(shown)
    assert all(Image.open(ROOT / p).width <= 480 for p in shown)
    assert sum((ROOT / p).stat().st_size for p in shown) < 400_000


@pytest.mark.skipif(not have("pdftoppm"), reason="poppler (pdftoppm) renders the pages")
def test_a_long_file_goes_on_several_sheets_and_stale_ones_go(tmp_path):
    import importlib.util

    from reportlab.pdfgen.canvas import Canvas

    spec = importlib.util.spec_from_file_location("preview_tool", TOOL)
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    pdf = tmp_path / "long.pdf"
    canvas = Canvas(str(pdf), pagesize=(300, 400))
    for number in range(tool.PER_SHEET + 2):
        canvas.drawString(40, 200, f"Page {number + 1}")
        canvas.rect(20, 20, 260, 360)
        canvas.showPage()
    canvas.save()
    (tmp_path / "preview").mkdir()
    (tmp_path / "preview" / "long-report-3.png").write_bytes(b"left from a longer file")
    written = tool.preview([pdf], tmp_path)
    assert [p.name for p in written] == ["long-report.png", "long-report-2.png"]
    assert sorted(p.name for p in (tmp_path / "preview").iterdir()) == ["long-report-2.png", "long-report.png"]
    assert [len(cells(p)) for p in written] == [tool.PER_SHEET, 2]
