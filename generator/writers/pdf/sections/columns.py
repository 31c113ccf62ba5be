"""Two columns (``two_column``): each column's heading in bold, its points under it."""
from __future__ import annotations

from ..flowables import Shaped
from ..fonts import markup
from .kind import SectionKind


def body(w, slide, out: list) -> list:
    """Each column in turn (a page is too narrow to set a comparison side by side)."""
    for col in slide.columns:
        out.append(Shaped(f"<b>{markup(col.title)}</b>", w.styles["body"]))
        out.append(w._bullets(col.bullets))
    return out


KIND = SectionKind(("two_column",), body)
