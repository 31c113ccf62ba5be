"""Timestamps: ``M:SS``, ``MM:SS`` and ``H:MM:SS``, validated and formatted."""
from __future__ import annotations

import re

_PATTERN = re.compile(r"^(?:(\d{1,3}):)?(\d{1,2}):(\d{1,2})$")


def parse_timestamp(text: str) -> int:
    """Return the number of seconds in ``text``; raise ValueError saying what is wrong."""
    if isinstance(text, bool) or not isinstance(text, (str, int)):
        raise ValueError(f"a timestamp is text such as 13:28 or 1:08:52, not {type(text).__name__}")
    if isinstance(text, int):
        raise ValueError(
            f"timestamp {text} is a number; write it as M:SS or H:MM:SS (quote it if your "
            "YAML tool turned 13:28 into 808)"
        )
    match = _PATTERN.match(text.strip())
    if not match:
        whole, dot, fraction = text.strip().replace(",", ".").partition(".")
        if dot and fraction.isdigit() and fraction.isascii() and _PATTERN.match(whole):
            raise ValueError(f"'{text}': a content time is in whole seconds, without a fraction")
        raise ValueError(f"'{text}' is not a timestamp: use M:SS, MM:SS or H:MM:SS")
    hours, minutes, seconds = match.groups()
    if hours is not None and len(minutes) != 2:
        raise ValueError(f"'{text}': with hours, minutes take two digits (H:MM:SS)")
    if len(seconds) != 2:
        raise ValueError(f"'{text}': seconds take two digits")
    if int(minutes) > 59 or int(seconds) > 59:
        raise ValueError(f"'{text}': minutes and seconds go up to 59")
    return int(hours or 0) * 3600 + int(minutes) * 60 + int(seconds)


def format_timestamp(seconds: int) -> str:
    """Format seconds as ``M:SS`` under an hour and ``H:MM:SS`` from an hour on."""
    sign = "-" if seconds < 0 else ""
    hours, rest = divmod(abs(int(seconds)), 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{sign}{hours}:{minutes:02d}:{secs:02d}"
    return f"{sign}{minutes}:{secs:02d}"
