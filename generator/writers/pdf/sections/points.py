"""Points (``bullets``, ``sources``, ``agenda``): a bulleted list; a summary's in a shaded box."""
from __future__ import annotations

from .kind import SectionKind


def body(w, slide, out: list) -> list:
    """The slide's points (an agenda's entries), boxed where the slide is the summary."""
    out += w._boxed(slide.bullets) if slide.role == "summary" else [w._bullets(slide.points())]
    return out


KIND = SectionKind(("bullets", "sources", "agenda"), body)
