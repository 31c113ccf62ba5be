"""The notes' sources: lines that are only a link (``Video: https://…``, ``[name](https://…)``)
become the recording the times point into and further sources."""
from __future__ import annotations

import re
from urllib.parse import urlsplit

from ..content import is_youtube
from ..content_fields import check_link
from ..headline import sentences
from ..words import english
from ..word_count import count_words
from .ids import slug

MAX_LINK_LINE = 2000  # a longer line is text, whatever it holds (and the link patterns stay linear)

URL = re.compile(r"https?://[^\s<>()\"']+")

# Labels of a line that gives the recording's address ("Video: https://…"), and the kind of
# source each one names ("" where it says none).
_LINK_LABELS = {"source": "", "link": "", "links": "", "url": "", "watch": "video", "listen": "audio", "recording": "",
                "video": "video", "audio": "audio", "podcast": "audio", "webcast": "webcast", "stream": "stream",
                "livestream": "livestream", "episode": "", "transcript": "transcript", "slides": "slides"}
_BOLD_LABEL = re.compile(r"^[*_]{2}([^*_:]{1,40}?):?[*_]{2}:?\s*")
_ACTIONS = re.compile(r"\W*(?:(?P<kind>listen|watch|play|link|source|video|audio|episode|podcast|transcript|here)"
                      r"(?: (?:to|on|the|this|full|episode|here|now|video|audio|podcast|online))*)\W*", re.IGNORECASE)
# a link after these is an ad, a credit or a host's page, not the episode
ADVERT = re.compile(r"sponsor|promo|discount|affiliate|use code|offer|credits?\s*:|follow (?:us|me|the|him|her|them|on)\b",
                     re.IGNORECASE)
# A person's or a show's page on a social site (not a post or a video there): never the episode.
_SOCIAL = ("twitter.com", "x.com", "instagram.com", "facebook.com", "linkedin.com", "tiktok.com", "threads.net",
           "bsky.app", "mastodon.social", "youtube.com")
_POSTS = re.compile(r"/(?:status|statuses|p|reel|reels|posts?|video|videos|watch|shorts|live|embed|pulse|feed/update)"
                    r"(?:/|$)|^/@?[^/]+/[0-9]{6,}", re.IGNORECASE)
_PROFILES = ("linktr.ee", "beacons.ai", "bio.link", "linkin.bio")  # pages of links about a person


def is_social(url: str) -> bool:
    """Whether ``url`` is a page of a social site or of a page of links (``instagram.com/…``, ``linktr.ee/…``)."""
    host = (urlsplit(url).hostname or "").lower().removeprefix("www.").removeprefix("m.")
    return host.endswith(_PROFILES) or any(host == site or host.endswith("." + site) for site in _SOCIAL)


def is_profile(url: str) -> bool:
    """Whether ``url`` is a person's or a show's page (``twitter.com/chamath``, ``linkedin.com/in/x``,
    ``youtube.com/@show``, ``linktr.ee/x``), not something said in the episode or the episode itself."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower().removeprefix("www.").removeprefix("m.")
    if host.endswith(_PROFILES):
        return True
    if not any(host == site or host.endswith("." + site) for site in _SOCIAL):
        return False
    if host.endswith("youtube.com") and (parts.query or not re.match(r"/(?:@|c/|channel/|user/)", parts.path)):
        return False  # a video (watch?v=…) or anything else there
    return bool(parts.path.strip("/")) and not _POSTS.search(parts.path)
_SECOND_LEVEL = {"co", "com", "org", "net", "ac", "gov", "edu", "gv", "or", "ne", "go"}
_AUDIO = (".mp3", ".m4a", ".ogg", ".opus", ".wav", ".aac")
_AUDIO_SITES = ("podcasts.apple.com", "spotify.com", "soundcloud.com", "anchor.fm", "buzzsprout.com", "libsyn.com",
                "simplecast.com", "megaphone.fm", "podbean.com", "overcast.fm", "pca.st", "transistor.fm")
_VIDEO = (".mp4", ".webm", ".mov", ".m4v")
_VIDEO_SITES = ("vimeo.com", "dailymotion.com", "twitch.tv")
_LINK_ONLY = re.compile(r"\[(?P<text>[^\[\]]{1,200})\]\((?P<md>https?://[^\s()<>]+)\)|<?(?P<url>https?://[^\s<>]+?)>?")
_NAMED_LINK = re.compile(r"(?P<name>[^:<>\[\]]{1,80}?)\s*(?:[,:(–—-]|\s)\s*(?P<link>\S+?)\)?")


def link_line(text: str) -> tuple[str, str | None, str | None] | None:
    """``(url, name, label)`` when a line is only a link: ``https://…``, ``<https://…>``,
    ``[name](https://…)``, ``Name: https://…``, or after a label such as ``Video:`` also
    ``Video: Committee webcast - https://…``; else None (a link inside a sentence is text)."""
    if len(text) > MAX_LINK_LINE:
        return None
    text = _BOLD_LABEL.sub(r"\1: ", text)  # "**Link:** …" and "**Link**: …" are "Link: …"
    label, sep, rest = text.partition(": ")
    label = label.strip()
    known = bool(sep) and label.lower() in _LINK_LABELS
    if not known and (not sep or count_words(label) > 8 or re.search(r"[.!?]\s|//", label)):
        label, rest = "", text  # "Read the report at https://…" is a sentence, and text
    name, link = None, _LINK_ONLY.fullmatch(rest.strip())
    if not link and known:
        named = _NAMED_LINK.fullmatch(rest.strip())
        if named and (link := _LINK_ONLY.fullmatch(named.group("link"))):
            name = named.group("name")
    if not link:
        return None
    url = link.group("md") or link.group("url")
    if not valid_link(url):
        return None
    name = (link.group("text") or name or (None if known else label) or "").strip()
    action = _ACTIONS.fullmatch(name)
    if action:  # "[Listen](…)", "[Watch the video](…)": what the link is, not its name
        return url, None, (label if known and _LINK_LABELS[label.lower()] else None) or action.group("kind").lower()
    return url, name or None, label if known else None


_LINKS_IN = re.compile(r"\[[^\[\]]{0,200}\]\((https?://[^\s()<>]+)\)|(https?://[^\s<>()\[\]]+)")
MAX_WHERE_WORDS = 8  # words around the links of a line of links (where the recording is, the hosts' pages)


def links_only(text: str, kind) -> list[str]:
    """The links of a line that is only links of one ``kind`` (a test on a link) with a few words
    around them, one sentence at most ("Téléchargement de l’épisode [….mp3](…) ou en vidéo [sur
    YouTube](…)", "Wes: [X](…) [Instagram](…)"); else none."""
    if len(text) > MAX_LINK_LINE:
        return []
    urls = [(m.group(1) or m.group(2)).rstrip(".,;:!?") for m in _LINKS_IN.finditer(text)]
    around = _LINKS_IN.sub(" ", text)
    if not urls or count_words(around) > MAX_WHERE_WORDS or len(sentences(around)) > 1 \
            or not all(valid_link(u) and kind(u) for u in urls):
        return []
    return urls


def recording_links(text: str) -> list[str]:
    """The links of a line that only says where the recording is, in any language: every link a recording."""
    return links_only(text, is_recording)


def valid_link(url: str) -> bool:
    """Whether ``url`` is a link content may hold (http, https or mailto, with a host)."""
    try:
        return bool(check_link(url))
    except ValueError:
        return False


def make_sources(url: str | None, name: str | None, links: list[tuple], text: str, *, show: str = "",
                 audio: bool = False, title: str = "", words: dict[str, str] | None = None) -> list[dict]:
    """The notes' sources: ``--source-url`` or the first line that is only a link (else the first link
    in ``text``, the notes above their topics, that does not follow "sponsor", "promo" or the like, a
    recording first: a video or audio file or a page of a video or podcast site; a page the topics
    mention is no source) is the
    recording the times point into; further link lines are listed as sources without time links
    (each address once). A source is named by the notes, else by the show and what it is (``<Show> —
    audio``), else by its site (``YouTube video``, ``example.org — video``), the kind in ``words``
    (the notes' language; English by default); without any link, by the show or the title."""
    links = [link for link in links if not is_profile(link[0])]  # a host's page is no source
    if url:
        links = [(url, name, None)] + links
    elif links:
        links = [(links[0][0], name or links[0][1], links[0][2])] + links[1:]
    else:
        linked = [u for m in URL.finditer(text) if valid_link(u := m.group().rstrip(".,;:!?")) and not is_profile(u)
                  and not ADVERT.search(text[max(0, m.start() - 300):m.start()])]
        found = next((u for u in linked if is_recording(u)), linked[0] if linked else None)
        links = [(found, name, None)] if found else []
    if not links:
        kind = _kind("audio", words)
        return [{"id": "source", "name": name or (f"{show} — {kind}" if show and audio else show) or title}]
    used: dict = {}
    unique: dict = {}
    for link in links:
        unique.setdefault(link[0], link)
    out = []
    for i, (link, given, label) in enumerate(unique.values()):
        youtube = is_youtube(link)
        source = {"id": slug("video" if youtube else "source", used, "source"),
                  "name": given or _named(link, label, show, audio and i == 0, words), "url": link}
        if i:
            source["deep_link"] = "none"  # the times point into the first source only
        out.append(source)
    return out


def _site(host: str) -> str:
    """A host's site: ``traffic.megaphone.fm`` is ``megaphone.fm``, ``news.bbc.co.uk`` is ``bbc.co.uk``."""
    labels = host.lower().split(".")
    if labels[-1].isdigit():
        return host  # an address
    keep = 3 if len(labels) > 2 and len(labels[-1]) == 2 and labels[-2] in _SECOND_LEVEL else 2
    return ".".join(labels[-keep:])


def is_recording(url: str) -> bool:
    """Whether ``url`` is a recording: a YouTube video, an audio or video file, a page of a podcast or
    video site (``podcasts.apple.com/…``, ``vimeo.com/…``)."""
    parts = urlsplit(url)
    site, path = _site(parts.hostname or ""), parts.path.lower()
    return is_youtube(url) or path.endswith(_AUDIO + _VIDEO) or site.endswith(_AUDIO_SITES + _VIDEO_SITES)


def _kind(kind: str, words: dict[str, str] | None) -> str:
    """What a source is (``audio``, ``video``, ``youtube``), in the language of ``words``."""
    return (words or {}).get(f"source_{kind}") or english().get(f"source_{kind}", kind)


def _named(link: str, label: str | None, show: str, audio: bool, words: dict[str, str] | None) -> str:
    """A link's name from what it is: ``<Show> — audio``, ``YouTube video``, ``example.org — video``."""
    if is_youtube(link):
        return " — ".join(filter(None, (show, _kind("youtube", words))))
    parts = urlsplit(link)
    site = _site(parts.hostname or "") or parts.path
    kind = _LINK_LABELS.get((label or "").lower()) or ""
    if not kind and (audio or parts.path.lower().endswith(_AUDIO) or site.endswith(_AUDIO_SITES)):
        kind = "audio"
    elif not kind and (parts.path.lower().endswith(_VIDEO) or site.endswith(_VIDEO_SITES)):
        kind = "video"
    return " — ".join(filter(None, (show or site, _kind(kind, words) if kind else "")))
