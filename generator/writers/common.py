"""Helpers every writer shares: unique titles, repeatable bytes."""
from __future__ import annotations

import io
import re
import time
import zipfile

_DATES = re.compile(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)")


def unique_titles(titles: list[str]) -> list[str]:
    """Titles with a number added where one repeats, so every title is unique."""
    seen: dict[str, int] = {}
    out = []
    for title in titles:
        candidate, n = title, 1
        while candidate in seen:
            n += 1
            candidate = f"{title} ({n})"
        seen[candidate] = 1
        out.append(candidate)
    return out


def reproducible_zip(data: bytes, epoch: int | None) -> bytes:
    """Rewrite a zip with fixed entry times (SOURCE_DATE_EPOCH, else 1980) in a fixed order."""
    stamp = time.gmtime(max(epoch or 0, 315532800))[:6]
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        names = src.namelist()
        # [Content_Types].xml first, as Office expects; the rest as written
        for name in sorted(names, key=lambda n: n != "[Content_Types].xml"):
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            data = src.read(name)
            if name.endswith(".xlsx"):  # chart data workbooks carry their own zip times and dates
                data = reproducible_zip(data, epoch)
            elif name == "docProps/core.xml":
                iso = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(epoch or 0)).encode()
                data = _DATES.sub(rb"\g<1>" + iso + rb"\g<2>", data)
            dst.writestr(info, data)
    return out.getvalue()
