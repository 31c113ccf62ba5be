"""The notes' furniture: lines that label or announce what follows ("Chapter Summaries (7)",
"AI-Generated Summary:", "Here's my takeaways.", "Core Concepts & Main Points:") and lines that
say who gave a talk ("Talk from Claire Thielke"). None of them is a point: labels and announcements
are left out, a speaker line names a speaker."""
from __future__ import annotations

import re
from dataclasses import replace

from ..headline import sentences
from .header import is_person
from .lines import label
from .sources import is_profile, link_line
from .tokens import Token

# a sentence that only announces what follows ("Here's my takeaways.", "Here’s the outline of the
# episode.") or says how a player uses the notes ("… click the timestamp to jump to that time.")
_ANNOUNCES = re.compile(r"here(?:'s|’s| is| are)\b.{0,60}\b(?:takeaways?|highlights|notes|outline|summary|summaries"
                        r"|key points|timestamps|chapters|links)\b.{0,40}|.{0,80}\bclick (?:on )?the timestamps?\b.{0,80}",
                        re.IGNORECASE)
# "Talk from Claire Thielke", "Talk by …", "Presented by …", "Speaker: …": who gave the topic's talk
_TALK = re.compile(r"(?:(?:a |the )?(?:talk|keynote|presentation|session|lecture) (?:from|by|with)|presented by|"
                   r"speaker\s*:|presenter\s*:)\s+(?P<name>.+?)[.:]?", re.IGNORECASE)


def introduction(tokens: list[Token]) -> list[Token]:
    """The introduction's lines without labels (a line that names what follows, as ``lines.label``
    reads it, written as a heading) and without the sentences that only announce what follows; a line left empty goes."""
    out = []
    for t in tokens:
        if t.kind == "text" and _headed(t.text) and label(t):
            continue
        kept = [s for s in sentences(t.text) if not _ANNOUNCES.fullmatch(s.strip())] if t.kind == "text" else None
        if kept is None or len(kept) == len(sentences(t.text)):
            out.append(t)
        elif kept:
            out.append(replace(t, text=" ".join(kept)))
    return out


def summary(tokens: list[Token]) -> list[Token]:
    """A topic's lines of text without those that label a group of its points ("Key Insights & Takeaways:")
    and those that are only a link to a person's or a show's page ("https://twitter.com/chamath")."""
    return [t for t in tokens if t.kind != "text" or not ((_headed(t.text) and label(t) == "strong") or (
        "://" in t.text and (link := link_line(t.text)) and is_profile(link[0])))]


def _headed(text: str) -> bool:
    """Whether ``text`` is written as a heading is: each word of four letters or more capitalised
    ("Key Insights & Takeaways:"; "DeepSeek achieved cost efficiency through:" leads into its points)."""
    words = [w for w in re.findall(r"[^\W\d_]+", text) if len(w) >= 4]
    return bool(words) and all(w[0].isupper() for w in words)


def speaker(text: str) -> str | None:
    """The name a line gives as the speaker of its topic ("Talk from Claire Thielke"), else None."""
    found = _TALK.fullmatch(text.strip())
    return found.group("name") if found and is_person(found.group("name")) else None
