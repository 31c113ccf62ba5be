"""The notes' furniture: lines that label or announce what follows ("Chapter Summaries (7)",
"AI-Generated Summary:", "Here's my takeaways.", "Core Concepts & Main Points:"), a podcast's plugs
("This episode is presented by …", "use code …") and lines that say who gave a talk ("Talk from
Claire Thielke"). None of them is a point, and all are left out
(a topic has no speaker of its own, and the briefing's speakers are not the speakers of one talk).
A web page pasted whole brings its navigation: a skip link ("Skip to Content") anywhere, the name of
the site's section ("Press Releases") above the title; they are no line of the notes.
What says where the text comes from ("From the Congressional Record Online …") or describes the
show rather than the episode ("This conversation is part of the … podcast") is the source's
description, not introduction."""
from __future__ import annotations

import re
from dataclasses import replace

from ..headline import count_words, sentences
from ..key_words import phrases
from .people import is_person
from .lines import label
from .sources import ADVERT, is_social, links_only
from .tokens import Token
from ..words import WORD

# a sentence that only announces what follows ("Here's my takeaways.", "Here’s the outline of the
# episode.", any "Here's …:" that leads into what follows) or says how a player uses the notes ("… click the
# timestamp to jump to that time.")
_ANNOUNCES = re.compile(r"here(?:'s|’s| is| are)\b.{0,60}\b(?:takeaways?|highlights|notes|outline|summary|summaries"
                        r"|key points|timestamps|chapters|links)\b.{0,40}|.{0,80}\bclick (?:on )?the timestamps?\b.{0,80}"
                        r"|here(?:'s|’s| is| are)\b.{0,120}:",  # "Here’s a recap of key moments from … during the week:"
                        re.IGNORECASE)
# a sentence of a podcast's plugs: its sponsors, a code, a plea for stars, where to follow it
_PLUGS = re.compile(r"\bthis (?:episode|show|podcast|video) is (?:also )?(?:presented|supported|sponsored|brought to you)"
                    r" by\b|\buse (?:promo )?code\b|\bthank you to our sponsors?\b|\brate (?:it|us) \d stars\b"
                    r"|\bsupport (?:it|us) on patreon\b|\bconnect with @\w|\bread the full show notes\b"
                    r"|\b(?:get|download) it (?:on|from|at) (?:apple|google|spotify|the app store)"
                    r"|\bfind (?:it|us) by searching\b",
                    re.IGNORECASE)
# "Talk from Claire Thielke", "Talk by …", "Presented by …", "Speaker: …": who gave the topic's talk
_TALK = re.compile(r"(?:(?:a |the )?(?:talk|keynote|presentation|session|lecture) (?:from|by|with)|presented by|"
                   r"speaker\s*:|presenter\s*:)\s+(?P<name>.+?)[.:]?", re.IGNORECASE)


_SKIP_LINK = re.compile(r"(?:skip|jump) to (?:the )?(?:main )?(?:content|navigation|main|search)|skip navigation",
                        re.IGNORECASE)
_SITE_SECTIONS = {"press releases", "press release", "news releases", "news", "newsroom", "blog", "home", "menu"}


def unpaged(tokens: list[Token]) -> list[Token]:
    """``tokens`` without a pasted web page's navigation: its skip links, and the names of the site's
    sections on the lines above the first line of the notes' own."""
    out: list[Token] = []
    for t in tokens:
        text = t.text.strip().rstrip(".")
        if t.kind == "text" and (_SKIP_LINK.fullmatch(text) or (not out and text.casefold() in _SITE_SECTIONS)):
            continue
        out.append(t)
    return out


def introduction(tokens: list[Token], words: dict) -> tuple[list[Token], list[str]]:
    """The introduction's lines without labels (a line that names what follows, as ``lines.label``
    reads it, written as a heading), without the sentences that only announce what follows and
    without a podcast's plugs (its sponsors, codes, pleas for stars); a line left empty goes. Apart:
    the sentences that describe the source, not its content (see ``describes``), in ``words``' language,
    and the whole of a paragraph whose first sentence does ("The All-In Podcast is run by … It was
    started … They debate …")."""
    out, described = [], []
    for t in tokens:
        if t.kind == "text" and _headed(t.text) and label(t):
            continue
        if t.kind != "text":
            out.append(t)
            continue
        said = [s for s in sentences(t.text) if not (_ANNOUNCES.fullmatch(s.strip()) or _PLUGS.search(s))]
        if said and describes(said[0], words):  # a paragraph that opens on the show is about the show
            described += said
            said = []
        described += [s for s in said if describes(s, words)]
        kept = [s for s in said if not describes(s, words)]
        if len(kept) == len(sentences(t.text)):
            out.append(t)
        elif kept:
            out.append(replace(t, text=" ".join(kept)))
    return out, described


SHORT_PROVENANCE = 8  # words: "Transcribed by Otter.ai." says where the text comes from whatever its stop


def describes(sentence: str, words: dict) -> bool:
    """Whether ``sentence`` describes the source rather than states its content: it says where the
    text comes from (it opens with a ``provenance_phrases`` phrase, "From the …", "Transcribed by …",
    and is short, has no full stop or holds an address) or what the show always is (it holds a
    ``show_phrases`` phrase: "is part of the … podcast", "cover all things …")."""
    folded = " ".join(WORD.findall(sentence.casefold()))
    unspaced = lambda p: p >= "\u2e80"  # a phrase of a script written without spaces (Chinese) is found as written
    if any(f" {p} " in f" {folded} " or (unspaced(p) and p in folded) for p in phrases(words, "show_phrases")):
        return True
    opens = any(folded.startswith(p if unspaced(p) else p + " ") for p in phrases(words, "provenance_phrases"))
    return opens and (count_words(sentence) <= SHORT_PROVENANCE or not sentence.rstrip().endswith((".", "!", "?"))
                      or bool(re.search(r"\bwww\.|://|\.(?:gov|org|com)\b", sentence)))


def summary(tokens: list[Token]) -> list[Token]:
    """A topic's lines of text without those that label a group of its points ("Key Insights & Takeaways:"),
    those that are only links to social sites ("Wes: [X](…) [Instagram](…)", "https://twitter.com/chamath"), and the
    lines under a label of plugs or credits ("Follow the besties:", "Intro Music Credit:")."""
    out, plugs = [], False
    for t in tokens:
        if t.kind != "text":
            out.append(t)
            continue
        labelled = label(t) == "strong"
        if labelled:
            plugs = bool(ADVERT.search(t.text))
        if not (plugs or (labelled and _headed(t.text)) or ("://" in t.text and links_only(t.text, is_social))):
            out.append(t)
    return out


def _headed(text: str) -> bool:
    """Whether ``text`` is written as a heading is: each word of four letters or more capitalised
    ("Key Insights & Takeaways:"; "DeepSeek achieved cost efficiency through:" leads into its points)."""
    words = [w for w in re.findall(r"[^\W\d_]+", text) if len(w) >= 4]
    return bool(words) and all(w[0].isupper() for w in words)


def is_speaker(text: str) -> bool:
    """Whether a line only names who gave its topic's talk ("Talk from Claire Thielke")."""
    found = _TALK.fullmatch(text.strip())
    return found is not None and is_person(found.group("name"))
