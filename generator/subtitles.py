"""What a deck slide's subtitle says: something its title does not. A subtitle near its title ("Major
companies are building massive AI computing infrastructure." under "… AI computing clusters.":
said_same.near) or its kicker, the topic's name ("Discussion of TSMC's critical role in global
semiconductor production." under "TSMC and Semiconductor Manufacturing"), or one that leads into the
points with a colon ("DeepSeek achieved remarkable cost efficiency through:"), or one that narrates what
the recording does instead of stating (it opens on a ``narration_openers`` phrase: "Discussion of …") leaves
the deck's twin of the slide; the report keeps it under its heading. A subtitle that holds one of the tool's notices
of what the notes lack (``NOTICES``: "The notes give no verdicts…") always stays: it says what no title says, even
one that names the same chapter (review 16: "The longest chapter is “Our 2024 Predictions Reviewed”" lost "“Our
2024 Predictions Reviewed”: the notes give no verdicts."). The deck's writer draws the subtitle in the row
under the title, after the time line where both fit."""
from __future__ import annotations

from .deck_twin import split
from .document import Slide
from .narration import narrates
from .said_same import near

NOTICES = ("titles_only", "no_verdicts", "no_verdicts_on")  # the words of notices of what the notes lack


def _notice(subtitle: str, words: dict) -> bool:
    """Whether ``subtitle`` holds one of the NOTICES (a notice's words after its one field, where it has one)."""
    return any(said and said.split("}")[-1].strip() in subtitle for said in (words.get(k, "") for k in NOTICES))


def said_subtitle(slide: Slide, also: str, words: dict | None = None) -> list[Slide]:
    """The slide, or the report's slide and the deck's twin of it without a subtitle its title or
    kicker says again, that ends on a colon or that narrates (see the module doc; ``words``: the language's)."""
    subtitle = slide.subtitle.strip()
    if not slide.deck or not subtitle or slide.layout in ("title", "section") or _notice(subtitle, words or {}):
        return [slide]
    if not (subtitle.endswith(":") or narrates(subtitle, words or {})
            or any(near(subtitle, head) for head in (slide.title, slide.kicker) if head)):
        return [slide]
    return split(slide, slide.model_copy(update={"subtitle": ""}), "", also)
