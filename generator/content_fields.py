"""The field types of content: text, links, messages, ids, times and quantities, each checked as it
is read (a ValueError names what is wrong; the loader places it in the file)."""
from __future__ import annotations

from typing import Annotated
from urllib.parse import urlsplit

from .files import REFUSED, describe_char
from .inline import links
from .limits import MAX_TEXT
from .model import After, Before, Field, Serial
from .quantities import parse_quantity
from .timestamps import format_timestamp, parse_timestamp
from .word_count import count_words

_TS_PATTERN = r"^-?(\d{1,3}:)?\d{1,2}:\d{2}$"


def check_characters(value: str) -> None:
    """Raise ValueError naming the first character of ``value`` that text may not hold."""
    bad = REFUSED.search(value)
    if bad:
        raise ValueError(f"{describe_char(bad.group())} at character {bad.start() + 1} is not allowed in text")


def check_inline_links(value: str) -> None:
    """Raise ValueError naming the first link of ``value``'s inline markup that is not one a source
    may have (http(s) or mailto, with a host): ``[x](javascript:…)``, ``[x](file:…)``."""
    for offset, url in links(value):
        try:
            check_link(url)
        except ValueError as exc:
            raise ValueError(f"the link at character {offset + 1}: {exc}") from None


def check_text(value: str) -> str:
    """``value`` if it is text content may hold (characters, length, inline links); else raise ValueError."""
    check_characters(value)
    if len(value) > MAX_TEXT:
        raise ValueError(f"text is longer than {MAX_TEXT} characters")
    check_inline_links(value)
    return value


def check_link(value: str) -> str:
    """``value`` stripped if it is a link a source may have (http, https or mailto, with a host, no
    spaces); else raise ValueError."""
    check_text(value)
    parts = urlsplit(value.strip())
    if parts.scheme.lower() not in ("http", "https", "mailto"):
        raise ValueError(f"links must be http, https or mailto, not '{value}'")
    if parts.scheme.lower() != "mailto" and not parts.hostname:  # (not only a port: https://:80/)
        raise ValueError(f"'{value}' has no host")
    if any(c.isspace() for c in value.strip()):
        raise ValueError(f"'{value}' contains spaces")
    return value.strip()


def _parse_offset(value) -> int:
    text = str(value).strip() if isinstance(value, str) else value
    if isinstance(text, str) and text[:1] in "+-":
        seconds = parse_timestamp(text[1:])
        return -seconds if text[0] == "-" else seconds
    return parse_timestamp(text)


MAX_MESSAGE_WORDS = 30


def _one_statement(value: str) -> str:
    if "\n" in value.strip() or count_words(value) > MAX_MESSAGE_WORDS:
        raise ValueError(f"a message is one sentence on one line, at most {MAX_MESSAGE_WORDS} words: it is the slide's title")
    return value.strip()


Text = Annotated[str, After(check_text)]
Link = Annotated[str, After(check_link)]
Message = Annotated[Text, After(_one_statement),
                    Field(description="the point, in one sentence: the slide's title (the name becomes a small kicker above it)")]
Slug = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9_-]{0,63}$")]
Moment = Annotated[int, Before(parse_timestamp),
                   Serial(format_timestamp, {"type": "string", "pattern": _TS_PATTERN, "examples": ["13:28", "1:08:52"]})]
Offset = Annotated[int, Before(_parse_offset),
                   Serial(format_timestamp, {"type": "string", "pattern": _TS_PATTERN, "examples": ["-9:55"]})]
Quantity = Annotated[dict, Before(parse_quantity),
                     Serial(lambda q: q["text"], {"type": ["string", "number"],
                                                  "examples": ["200,000", "~128,000", "500,000-700,000"]})]
