"""Header lines at the top of notes (``Podcast: …``, ``Host: …``, ``Episode Date: January 9, 2026``)
and titles with a generic prefix (``Podcast Summary: "…"``): metadata for the title, subtitle,
speakers, date and the source, never introduction text."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..errors import Problem
from ..word_count import count_words
from .dates import STAMP, find_date, parse_date, parse_duration, stamp_date
from .people import reads_as_name, split_people

# The header keys notes use, and the field each one fills.
_KEYS = {
    "show": ("podcast", "show", "series", "podcast name", "show name", "podcast title", "show title", "programme",
             "program", "channel"),
    "title": ("title", "episode title", "episode name"),
    "episode": ("episode", "episode number", "episode no", "episode no.", "episode #", "ep", "ep."),
    "hosts": ("host", "hosts", "host(s)", "hosted by", "presenter", "presenters", "moderator", "moderators",
              "interviewer", "chair"),
    "guests": ("guest", "guests", "guest(s)", "featuring", "with", "interviewee", "interviewees", "panelists",
               "panellists", "witnesses"),
    "speakers": ("speakers", "speaker", "speaker(s)", "participants", "host/guest", "hosts/guests", "host & guest",
                 "hosts & guests", "hosts and guests", "people"),
    "date": ("date", "episode date", "air date", "aired", "aired on", "published", "published on", "publish date",
             "publication date", "release date", "released", "released on", "recorded", "recorded on",
             "recording date", "date recorded"),
    "duration": ("duration", "length", "runtime", "run time", "running time", "episode length"),
    "subtitle": ("subtitle",),
}
_FIELD_OF = {key: name for name, keys in _KEYS.items() for key in keys}
MAX_VALUE = 1000  # a longer "Key: value" line is text, not a header line
_FRONT = {"number": "episode", "episode": "episode", "ep": "episode", "pubdate": "date", "pub_date": "date"}
_FRONT_LINKS = {"url": "audio", "audio": "audio", "audio_url": "audio", "mp3": "audio", "enclosure": "audio",
                "youtube": "video", "youtube_url": "video", "video": "video", "video_url": "video", "link": ""}
_SOURCE_KINDS = {"youtube", "podcast", "video", "audio", "spotify", "apple podcasts", "transcript", "webinar", "livestream"}
_MARKS = {"🗓": "date", "📅": "date", "📆": "date", "⏱": "duration", "⏲": "duration", "🕒": "duration"}
SHOW_KEYS = {"podcast", "podcast name", "podcast title"}  # a show named by these is audio

_KINDS = ("podcast", "episode", "show", "video", "webinar", "meeting", "interview", "hearing", "talk", "lecture")
_GENERIC = re.compile(r"^(?P<show>.*?)\s*\b(?:summary|notes|recap|highlights|synopsis|breakdown|digest)"
                      r"\s*[:|—–-]\s*(?P<title>\S.*)$", re.IGNORECASE)
# "Show - Title | Guest": a show of at most five words, a dash, the title, a bar, the guest
_SHOW_TITLE_GUEST = re.compile(r"(?P<show>[^|]{1,60}?)\s+[—–-]\s+(?P<title>[^|]+?)\s+\|\s+(?P<guest>[^|]{3,80})")
MAX_TITLE_LINE = 300  # a longer first line is not searched for a prefix (the pattern stays linear)
_QUOTES = (("[", "]"), ('"', '"'), ("“", "”"), ("„", "“"), ("«", "»"), ("‘", "’"), ("'", "'"))


def read_header(text: str) -> list[tuple[str, str, str]]:
    """The ``(field, key, value)`` a header line gives: ``**Host:** Jane Doe``, a podcast site's
    ``🗓️ 21 June 2021`` or ``⏱️ Duration: 85:10``, or a line of facts such as ``All-In Podcast •
    2025-07-04 • 85:10 minutes • YouTube``; none for any other line."""
    if len(text) > MAX_VALUE + 40:
        return []
    for mark, name in _MARKS.items():
        if text.startswith(mark):
            value = text[len(mark):].lstrip("\ufe0f :").strip()
            keyed = read_header(value)
            read = parse_date(value) if name == "date" else parse_duration(value)
            return keyed or ([(name, name, value)] if read else [])
    key, sep, value = text.partition(":")
    key = key.strip().strip("*_").strip().lower()
    value = value.strip().strip("*_").strip()
    field = _FIELD_OF.get(key)
    if sep and value and field and len(value) <= MAX_VALUE:
        return [(field, key, value)]
    if STAMP.fullmatch(text.strip()):  # "17:0410/12/25": when the notes were saved
        return [("date", "date", text.strip())]
    return _bare(text.strip()) or _dateline(text.strip()) or _facts(text)


def _dateline(text: str) -> list[tuple[str, str, str]]:
    """A record's dateline, a line wholly in square brackets that ends on its date ("[Congressional Record
    Volume 167, Number 72 (Tuesday, April 27, 2021)]", as the record's pages open): the date (ISO); it is
    no title."""
    if not (text.startswith("[") and text.endswith("]")) or "[" in text[1:] or "]" in text[:-1]:
        return []
    inner = " ".join(text[1:-1].split())
    found = find_date(inner)
    return [("date", "date", found[0])] if found and not inner[found[1]:].strip(" )") else []


# "Episode 28", "Episode 12: Title", "E52: Title", "Ep. 5 – Title", "#28", "#28 Title", "#72 – Title"
_EPISODE_LINE = re.compile(r"(?:(?:episode|ep\.?)\s*#?(?P<ep>\d+)|(?-i:E)(?P<e>\d{1,5}))"
                           r"(?:\s*[:–—|-]\s*(?P<named>[^\s–—|:-].{3,}))?"
                           r"|#(?P<hash>\d+)(?:\s+(?:[–—|:-]\s+)?(?P<title>[^\s–—|:-].{3,}))?", re.IGNORECASE)


def _bare(text: str) -> list[tuple[str, str, str]]:
    """A header line without its name, alone on its line at the top of the notes: a date ("April 02,
    2024"), a length ("00:24:36"), an episode ("Episode 28", "#28", "#28 Where Did Live Streaming
    Start?", "E52: Trump's SPAC, …", whose title follows the number)."""
    if len(text) <= 40 and parse_date(text):
        return [("date", "date", text)]
    if len(text) <= 12 and re.fullmatch(r"\d{1,2}:\d{2}:\d{2}", text) and parse_duration(text):
        return [("duration", "duration", text)]
    episode = _EPISODE_LINE.fullmatch(text) if len(text) <= MAX_VALUE else None
    if episode:
        number = episode.group("ep") or episode.group("e") or episode.group("hash")
        title = episode.group("named") or episode.group("title")
        return [("episode", "episode", f"{number}: {title}" if title else number)]
    return []


def read_front(text: str) -> tuple[str, str, str] | None:
    """A line of YAML front matter (``title: …``, ``date: 1727866800000``, ``youtube: <id>``) as
    ``(field, key, value)``; a link is ``("link", url, kind)``; None for keys that say nothing here."""
    key, sep, value = text.partition(":")
    key, value = key.strip().lower(), unquoted(value.strip())
    if not sep or not value or text[:1].isspace() or key.startswith("#"):
        return None
    if key in _FRONT_LINKS:
        if re.fullmatch(r"[\w-]{11}", value) and "youtube" in key:
            value = f"https://www.youtube.com/watch?v={value}"  # a video's id
        return ("link", value, _FRONT_LINKS[key]) if value.startswith(("http://", "https://")) else None
    field = _FRONT.get(key) or _FIELD_OF.get(key)
    return (field, key, value) if field and len(value) <= MAX_VALUE else None


def _facts(text: str) -> list[tuple[str, str, str]]:
    """``Show • date • length • kind``: each part a date, a length, a kind of source, or (the first) the show."""
    parts = [p.strip() for p in re.split(r"\s[•|·]\s", text)]
    if len(parts) < 2:
        return []
    found = []
    for i, part in enumerate(parts):
        if parse_date(part) and len(part) <= 40:
            found.append(("date", "date", part))
        elif parse_duration(part):
            found.append(("duration", "duration", part))
        elif i == 0:
            found.append(("show", "show", part))
        elif part.lower() not in _SOURCE_KINDS:
            return []
    return found if any(name != "show" for name, _, _ in found) else []


@dataclass
class Header:
    """What the header lines of the notes say, and the line each thing came from."""

    show: str = ""
    audio: bool = False  # the show was named as a podcast
    title: str = ""
    subtitle: str = ""
    episode: str = ""
    speakers: list[tuple[dict, int]] = field(default_factory=list)
    date: tuple[str, int] | None = None
    duration: tuple[str, int] | None = None

    def read(self, line: int, name: str, key: str, value: str, file: str, warnings: list[Problem]) -> str:
        """Take in one header line (``name`` is the field ``read_header`` gave, ``line`` its number);
        return the text run on after its value (``Date: July 19, 2021Dr. Lex Fridman is…``), if any."""
        if name == "show":
            self.show, self.audio = value, key in SHOW_KEYS
        elif name in ("title", "subtitle"):
            setattr(self, name, value)
        elif name == "episode":
            found = re.fullmatch(r"(?:#|no\.?\s*)?(\d+)\b\s*(?:[:|—–-]\s*(?P<title>\S.*))?", value, re.IGNORECASE)
            self.episode = found.group(1) if found else ""
            self.title = self.title or (found.group("title") or "" if found else unquoted(value))
        elif name in ("hosts", "guests", "speakers"):
            self.speakers += [(person, line) for person in split_people(value)]
        elif name == "date" and (dated := find_date(value)) and len(" ".join(value.split())[dated[1]:]) > 20:
            self.date = (dated[0], line)  # a date, then the notes' text pasted on without a line break
            return " ".join(value.split())[dated[1]:].strip()
        elif name == "date" and value.strip().casefold() in ("true", "false"):
            pass  # a site generator's flag ("published: true" in Jekyll's front matter), no date
        elif name in ("date", "duration"):
            read = (stamp_date(value) if STAMP.fullmatch(value) else parse_date(value)) if name == "date" \
                else parse_duration(value)
            if read:
                setattr(self, name, (read, line))
            else:
                example = "January 9, 2026 or 2026-01-09" if name == "date" else "1:02:33 or 62 min"
                why = "has a day and a month that can be read either way round" if STAMP.fullmatch(value) \
                    else f"is not a {name} this reads"
                warnings.append(Problem(f"{key} '{value}' {why} (write e.g. {example}); it was left out", file, line))
        return ""

    def subtitle_for(self, show: str) -> str:
        """The subtitle: as given, else the show and the episode's number."""
        episode = f"episode {self.episode}" if show else f"Episode {self.episode}"
        return self.subtitle or ", ".join(filter(None, (show, episode if self.episode else "")))


def unquoted(text: str) -> str:
    """``text`` without the quotation marks (or the square brackets: ``[Daily Digest]``) around the whole of it."""
    text = text.strip()
    for open_, close in _QUOTES:
        if len(text) > 2 and text.startswith(open_) and text.endswith(close) and close not in text[1:-1]:
            return text[1:-1].strip()
    return text


def generic_title(text: str) -> tuple[str, str, list[dict]]:
    """A first line's title, the show it names and the guests it names: ``Lex Fridman Podcast Summary:
    "DeepSeek"`` gives ``("DeepSeek", "Lex Fridman Podcast", [])``, ``Huberman Lab - Machines &
    Love | Dr. Lex Fridman`` gives ``("Machines & Love", "Huberman Lab", [{"name": "Dr. Lex Fridman"}])``
    (the shape podcast sites give episodes); a line without either shape is the title as it is
    (without quotes or bold marks around it)."""
    for mark in ("**", "__"):
        if len(text) > 4 and text.startswith(mark) and text.endswith(mark) and mark not in text[2:-2]:
            text = text[2:-2].strip()
    found = _GENERIC.match(text) if len(text) <= MAX_TITLE_LINE else None
    if not found or not unquoted(found.group("title")):
        titled = _SHOW_TITLE_GUEST.fullmatch(text) if len(text) <= MAX_TITLE_LINE else None
        if titled and reads_as_name(titled.group("guest")):
            return unquoted(titled.group("title")), titled.group("show").strip(), [{"name": titled.group("guest").strip()}]
        return unquoted(text), "", []
    if _dated_only(unquoted(found.group("title"))):  # "Committee Cliff Notes: Week of February 6, 2023"
        return unquoted(text), "", []  # (what follows the colon names no episode: the whole line is the title)
    show = found.group("show").strip(" \t:|—–-")
    for kind in _KINDS:  # "Podcast Summary:", "Episode notes:", "Lex Fridman Podcast Summary:" keeps "Podcast"
        if show.lower() == kind:
            show = ""
    show = re.sub(r"[\s'’]+s$", "", show) if show.endswith(("'s", "’s")) else show
    return unquoted(found.group("title")), show, []


def _dated_only(text: str) -> bool:
    """Whether ``text`` says only when: a date and at most two words before it ("Week of February 6, 2023")."""
    found = find_date(text)
    if not found:
        return False
    said = " ".join(text.split())
    return found[1] >= len(said.rstrip(" .")) and count_words(said) <= 5
