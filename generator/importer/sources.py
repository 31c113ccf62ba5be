"""The notes' sources: lines that are only a link (``Video: https://…``, ``[name](https://…)``)
become the recording the times point into and further sources."""
from __future__ import annotations

import re
from urllib.parse import urlsplit

from ..content import _check_link, is_youtube
from .ids import slug

MAX_LINK_LINE = 2000  # a longer line is text, whatever it holds (and the link patterns stay linear)

URL = re.compile(r"https?://[^\s<>()\"']+")

# Labels of a line that gives the recording's address ("Video: https://…"); those that say
# what kind of recording it is also name it.
_LINK_LABELS = {"source": "", "link": "", "links": "", "url": "", "watch": "", "listen": "", "recording": "Recording",
                "video": "Video", "audio": "Audio", "podcast": "Podcast", "webcast": "Webcast", "stream": "Stream",
                "livestream": "Livestream", "episode": "Episode", "transcript": "Transcript", "slides": "Slides"}
_LINK_ONLY = re.compile(r"\[(?P<text>[^\[\]]{1,200})\]\((?P<md>https?://[^\s()<>]+)\)|<?(?P<url>https?://[^\s<>]+?)>?")
_NAMED_LINK = re.compile(r"(?P<name>[^:<>\[\]]{1,80}?)\s*(?:[,:(–—-]|\s)\s*(?P<link>\S+?)\)?")


def link_line(text: str) -> tuple[str, str | None, str | None] | None:
    """``(url, name, label)`` when a line is only a link: ``https://…``, ``<https://…>``,
    ``[name](https://…)``, ``Name: https://…``, or after a label such as ``Video:`` also
    ``Video: Committee webcast - https://…``; else None (a link inside a sentence is text)."""
    if len(text) > MAX_LINK_LINE:
        return None
    label, sep, rest = text.partition(": ")
    label = label.strip()
    known = bool(sep) and label.lower() in _LINK_LABELS
    if not known and (not sep or len(label.split()) > 8 or re.search(r"[.!?]\s|//", label)):
        label, rest = "", text  # "Read the report at https://…" is a sentence, and text
    name, link = None, _LINK_ONLY.fullmatch(rest.strip())
    if not link and known:
        named = _NAMED_LINK.fullmatch(rest.strip())
        if named and (link := _LINK_ONLY.fullmatch(named.group("link"))):
            name = named.group("name")
    if not link:
        return None
    url = link.group("md") or link.group("url")
    if not _valid_link(url):
        return None
    name = link.group("text") or name or (None if known else label)
    return url, (name or "").strip() or None, label if known else None


def _valid_link(url: str) -> bool:
    try:
        return bool(_check_link(url))
    except ValueError:
        return False


def make_sources(url: str | None, name: str | None, links: list[tuple], text: str) -> list[dict]:
    """The notes' sources: ``--source-url`` or the first line that is only a link (else the first
    link anywhere) is the recording the times point into; further link lines are listed as
    sources without time links (each address once)."""
    if url:
        links = [(url, name, None)] + links
    elif links:
        links = [(links[0][0], name or links[0][1], links[0][2])] + links[1:]
    else:
        found = next((u for u in (m.group().rstrip(".,;:!?") for m in URL.finditer(text)) if _valid_link(u)), None)
        links = [(found, name, None)] if found else []
    if not links:
        return [{"id": "source", "name": name or "The recording"}]
    used: dict = {}
    unique: dict = {}
    for link in links:
        unique.setdefault(link[0], link)
    out = []
    for i, (link, given, label) in enumerate(unique.values()):
        youtube = is_youtube(link)
        host = urlsplit(link).netloc.lower().removeprefix("www.") or urlsplit(link).path
        # the notes' name for it, else what it is and where: "YouTube video", "Video on example.org"
        # (not "Video (example.org)": lists of sources put the address in brackets after the name)
        named = given or ("YouTube video" if youtube else f"{_LINK_LABELS.get((label or '').lower()) or 'Recording'} on {host}")
        source = {"id": slug("video" if youtube else "source", used, "source"), "name": named, "url": link}
        if i:
            source["deep_link"] = "none"  # the times point into the first source only
        out.append(source)
    return out

