"""What an audience folder's files may say: ``audience.yaml`` (description, label, what it extends,
the budget) and ``theme.yaml`` as models, each read with its positions; and the checks of the
folder itself (no link out of it, a logo inside it)."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated, Literal, Optional, Union

from .content_fields import Text, check_characters
from .errors import BriefingError, Problem
from .files import not_regular
from .limits import MAX_YAML_BYTES
from .loader import validate_model
from .model import After, Before, Field, Model
from .yamlio import load_yaml_file

_COLOR = r"^[0-9A-Fa-f]{6}$"


class Budget(Model):
    """What an audience gets: which topics, in what order, how much of each."""

    lead: list[str] = Field([], description="topics to put first, in this order (id or title)")
    topics: list[str] = Field([], description="keep only these topics, by id or title (empty: all)")
    tags: list[str] = Field([], description="keep only topics with one of these tags (empty: all)")
    prefer: list[str] = Field([], description="topics with one of these tags come first and are kept first "
                                              "when max_topics must choose")
    keep: list[str] = Field([], description="topics with one of these tags are kept first when max_topics must "
                                            "choose, in the order the budget gives")
    max_topics: int = Field(0, ge=0, description="at most this many topics (0: no limit)")
    max_points: int = Field(0, ge=0, description="at most this many top-level points per topic (0: no limit)")
    depth: int = Field(3, ge=1, le=3, description="levels of nested points kept")
    max_slides: int = Field(0, ge=0, description="at most this many slides in the deck, before long ones continue "
                                                 "(0: no limit); the slides after them are in the report only")
    order: Literal["content", "time", "weight"] = Field("content", description="the topics' order after the lead and "
                                                         "preferred ones: the content's, time, or heaviest first")
    max_words: int = Field(75, ge=0, description="words a content slide of the deck shows at most (0: no limit); "
                                                 "the rest is in the speaker notes and the report")
    max_lines: int = Field(8, ge=1, le=8, description="lines of points and sub-points a content slide of the deck "
                                                      "shows at most (8 at most); the rest is in the speaker notes "
                                                      "and the report")
    charts: Union[bool, list[str]] = Field(True, description="all charts, none, or these chart ids")
    skip_charts: list[str] = Field([], description="charts about one of these (mechanism: how a system works; "
                                                   "outcome) and none of the keep or prefer tags are the report's only")
    figures: bool = True
    figures_once: bool = Field(True, description="a key figure shows once in the deck: not again in a second grid, "
                                                 "as a big number a chart of its topic plots, or as a point")
    cut_points: bool = Field(True, description="a point too long for the slide's words is cut to a statement; false: "
                                               "never, the slide's points continue on '(cont.)' slides")
    timeline: bool = Field(True, description="a slide placing the topics in the recording (with three or more topics)")
    asides: bool = Field(True, description="topics that are asides (a welcome, a sponsor read, plugs, the wrap-up) keep "
                                           "their slides in the report and the handout (no deck shows an aside); "
                                           "false: none, the report names them")
    tables: Union[bool, list[str]] = Field(True, description="all tables, none, or these table ids")
    index: bool = Field(True, description="the report and the handout end with the timestamp index (every moment, "
                                          "its page and links); false: none, each heading and point keeps its time")
    unsupported: bool = Field(False, description="the report and the handout end with the content's claims that "
                                                 "the transcript of its source does not say (for the author)")


class AudienceConfig(Model):
    """The contents of ``audience.yaml``."""

    description: Text = ""  # (text templates may write, held to the content's rules: no control character)
    label: Text = ""
    extends: Optional[str] = None
    abstract: bool = False
    budget: Budget = Budget()


def _set(kind: str) -> Before:
    """A key written without a value (null) is refused as not of its ``kind`` (pydantic's error type):
    None is only the default, "not set"."""
    def not_null(value):
        if value is None:
            from pydantic_core import PydanticKnownError

            raise PydanticKnownError(kind)  # type: ignore[arg-type]
        return value
    return Before(not_null)


def _shown(value: str) -> str:
    """``value`` if it holds no character text may not (a control character in a font's name was
    written into the deck as U+FFFD)."""
    check_characters(value)
    return value


SetText = Annotated[Optional[str], _set("string_type")]
SetName = Annotated[Optional[Annotated[str, After(_shown)]], _set("string_type")]  # a name the outputs show


class ThemeConfig(Model):
    """Theme keys an audience may set; colours are hex RRGGBB."""

    primary: SetText = Field(None, pattern=_COLOR)
    accent: SetText = Field(None, pattern=_COLOR)
    text: SetText = Field(None, pattern=_COLOR)
    muted: SetText = Field(None, pattern=_COLOR)
    background: SetText = Field(None, pattern=_COLOR)
    palette: Annotated[Optional[list[Annotated[str, Field(pattern=_COLOR)]]], _set("list_type")] = Field(None, min_length=1)
    heading_font: SetName = Field(None, min_length=1, max_length=64)
    body_font: SetName = Field(None, min_length=1, max_length=64)
    logo: SetText = Field(None, min_length=1, max_length=255, description="a PNG or JPEG inside the audience folder")
    layouts: Annotated[Optional[dict[Literal["title", "section", "content"], Annotated[str, After(_shown)]]],
                       _set("dict_type")] = Field(
        None, description="the PowerPoint master's layout to use for each kind of slide, by name")


def read_model(path: Path, model):
    """An audience folder's YAML file (``audience.yaml``, ``theme.yaml``) read into ``model``, and as written."""
    located = load_yaml_file(path)
    if not isinstance(located.data, dict):
        raise BriefingError(Problem("expected a mapping of keys", str(path), 1, 1))
    return validate_model(located, model), located


def refuse_links_out(folder: Path) -> None:
    """No file of an audience folder may be a link to something outside it: a template, theme or
    audience.yaml linked to /etc/passwd would print it into the document."""
    import os

    from .files import link_loop, refuse_link_loop

    refuse_link_loop(folder)  # (the folder itself: os.walk would find nothing in it)
    root = folder.resolve()
    for where, folders, files in os.walk(folder):
        for entry in folders + files:
            link = Path(where) / entry
            if not link.is_symlink():
                continue
            try:  # (strict: Python 3.13's non-strict resolve no longer raises on a loop)
                target = Path(os.path.realpath(link, strict=True))
            except FileNotFoundError:  # a link to nothing: judged by where it points
                target = link.resolve(strict=False)
            except (RuntimeError, OSError):  # a loop
                raise BriefingError(link_loop(link)) from None
            if not target.is_relative_to(root):
                raise BriefingError(Problem("is a link to a file outside its audience folder; copy the file in "
                                            "instead", str(link)))


def has_data(path: Path) -> bool:
    """Whether a YAML file holds more than comments (a scaffolded theme may hold only those)."""
    from .files import read_regular

    try:
        text = read_regular(path, MAX_YAML_BYTES).decode("utf-8")
    except (BriefingError, UnicodeDecodeError):
        return True  # let the reader report it
    return any(line.strip() and not line.lstrip().startswith("#") for line in text.splitlines())


def logo_inside(folder: Path, relative: str, located) -> Path:
    """The logo a theme names (``relative``), which must stay inside the audience folder, exist and be a PNG or JPEG
    fit for a logo; a mistake is at its line of ``located``."""
    target = (folder / relative).resolve()
    if Path(relative).is_absolute() or not target.is_relative_to(folder.resolve()):
        raise BriefingError(located.problem(("logo",), f"logo: '{relative}' is outside the audience folder"))
    if not target.exists():
        raise BriefingError(located.problem(("logo",), f"logo: '{relative}' does not exist"))
    if target.suffix.lower() not in (".png", ".jpg", ".jpeg"):
        raise BriefingError(located.problem(("logo",), "logo: use a PNG or JPEG file"))
    if not target.is_file():  # (a FIFO, device or folder: said at the theme's line, as every other logo problem)
        raise BriefingError(located.problem(("logo",), f"logo: '{relative}': {not_regular(target.stat().st_mode)}"))
    from .images import logo_problem, read_image

    problem = logo_problem(read_image(target))
    if problem:
        raise BriefingError(located.problem(("logo",), f"logo: '{relative}' {problem}"))
    return target
