"""The deck's own theme part carries the audience's theme.

A presenter who adds a slide, a chart or a table in PowerPoint gets the audience's colours and
fonts, and links are drawn in a colour that can be read: PowerPoint and LibreOffice draw a
link in the theme's hyperlink colour, whatever colour its run says.
"""
from __future__ import annotations

import re

from ...contrast import readable
from ...document import Theme
from ..common import xml_attr

# PowerPoint 2019+ draws a link in its run's colour when told so (a dark slide's white link)
LINK_IN_RUN_COLOUR = ('<a:extLst><a:ext uri="{A12FA001-AC4F-418D-AE19-62706E023703}"><ahyp:hlinkClr '
                      'xmlns:ahyp="http://schemas.microsoft.com/office/drawing/2018/hyperlinkcolor" val="tx"/>'
                      '</a:ext></a:extLst>')


def link_colour(theme: Theme) -> str:
    """The colour links take on the deck's background: the accent, moved toward black or white until it reads (4.5:1)."""
    return readable(theme.accent, theme.background)


def scheme_colours(theme: Theme) -> dict[str, str]:
    """The theme's colour slots (dk1 … folHlink) from the audience's theme."""
    palette = (theme.palette * 6)[:6]
    link = link_colour(theme)
    slots = {"dk1": theme.text, "lt1": theme.background, "dk2": theme.primary, "lt2": "F2F2F2"}
    slots.update({f"accent{i + 1}": c for i, c in enumerate(palette)})
    slots.update({"hlink": link, "folHlink": readable(theme.muted, theme.background)})
    return {k: v.upper() for k, v in slots.items()}


def themed(blob: bytes, theme: Theme, east_asian: str = "") -> bytes:
    """The theme part ``blob`` with the audience's colour scheme and major/minor Latin fonts, and
    ``east_asian`` as their East Asian typeface where given (a deck in Chinese, Japanese or Korean:
    what a chart's, a table's or a presenter's new text takes)."""
    xml = blob.decode("utf-8")
    colours = "".join(f'<a:{slot}><a:srgbClr val="{value}"/></a:{slot}>' for slot, value in scheme_colours(theme).items())
    xml = re.sub(r'<a:clrScheme\b([^>]*)>.*?</a:clrScheme>', lambda m: f'<a:clrScheme name="Briefing">{colours}</a:clrScheme>',
                 xml, count=1, flags=re.S)
    for kind, font in (("majorFont", theme.heading_font), ("minorFont", theme.body_font)):
        found = re.search(rf'(<a:{kind}>\s*<a:latin\b)[^>]*?(/?>)', xml)
        if found:  # the <a:latin> element of the first such font, with the audience's typeface
            xml = f"{xml[:found.end(1)]} typeface={xml_attr(font)}{xml[found.start(2):]}"
    if east_asian:
        xml = re.sub(r'(<a:(?:major|minor)Font>\s*<a:latin\b[^>]*>\s*<a:ea) typeface=""',
                     lambda m: f"{m.group(1)} typeface={xml_attr(east_asian)}", xml)
    return xml.encode("utf-8")
