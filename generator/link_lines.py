"""A line of a deck slide that is only a link or a bare domain is no point: it goes to the Sources slide.

Notes often end a topic with its source on a line of its own ("[medium.com](https://medium.com/…)",
"https://openjdk.org/legal/ai"). On a deck slide such a line reads as a point that says nothing; the deck shows it on its
Sources slide instead, as "<domain> — <the topic's heading>" (the slide's kicker, else its title), the
domain linked to its address, on one line. A deck without a Sources slide gives the link to the point before it, where that has
none of its own. The report and the handout keep the line where the notes wrote it (deck_twin.split).
"""
from __future__ import annotations

import re
from collections import Counter
from urllib.parse import urlsplit

from .deck_twin import split
from .document import Bullet, Slide
from .inline import links, plain, runs, shown_address

_DOMAIN = re.compile(r"(?:[\w-]+\.)+[a-z]{2,}(?:/\S*)?", re.IGNORECASE)  # "openjdk.org", "foojay.io/today/…"


def link_of(text: str) -> str:
    """The address ``text`` is only a link to, where what it shows is an address or a domain ("[medium.com](…)",
    "https://foojay.io/…"), else "": a named link ("[CS3 in Oslo](…)") is an item of the notes, not a link line."""
    said = plain(text).strip().rstrip(".")
    if not _DOMAIN.fullmatch(said.removeprefix("https://").removeprefix("http://")):
        return ""
    addresses = {run.url for run in runs(text) if run.text.strip()}
    return addresses.pop() if len(addresses) == 1 and all(addresses) else ""  # ("Node.js" unlinked is a name)


def without_link_lines(slides: list[Slide], also: str) -> list[Slide]:
    """``slides`` whose deck slides of points show no line that is only a link: each goes to the deck's
    Sources slide, else to the point before it (see the module doc)."""
    sources = next((i for i, s in enumerate(slides) if s.deck and s.layout == "sources"), None)
    moved: list[Bullet] = []
    out: list[Slide] = []
    for slide in slides:
        if not slide.deck or slide.layout != "bullets" or slide.role:
            out.append(slide)
            continue
        mine: list[Bullet] = []
        kept = _kept(slide.bullets, mine, slide.kicker or slide.title, sources is not None)
        if kept:  # (a slide of links only keeps them)
            moved += mine
        else:
            kept = slide.bullets
        out += split(slide, slide.model_copy(update={"bullets": kept}), "", also)
    if not moved or sources is None:
        return out
    at = next(i for i, s in enumerate(out) if s.deck and s.layout == "sources")
    listed = {b.url for b in out[at].bullets} | {url for b in out[at].bullets for _, url in links(b.text)}
    added = _told_apart(list({links(b.text)[0][1]: b for b in reversed(moved)
                              if links(b.text)[0][1] not in listed}.values())[::-1])
    return out[:at] + split(out[at], out[at].model_copy(update={"bullets": [*out[at].bullets, *added]}), "", also) + out[at + 1:]


def _told_apart(lines: list[Bullet]) -> list[Bullet]:
    """``lines`` for the Sources slide, those that would read alike naming their addresses, not only the host (review
    22: talkgo's "zhuanlan.zhihu.com — 线程切换的开销" twice, two articles of one site under one heading)."""
    alike = Counter(plain(b.text) for b in lines)
    out = []
    for b in lines:
        if alike[plain(b.text)] > 1:
            url = links(b.text)[0][1]
            b = b.model_copy(update={"text": f"[{shown_address(url)}]({url}){b.text.partition(f']({url})')[2]}"})
        out.append(b)
    return out


def _site(text: str, url: str) -> str:
    """What a link line names: its text where that is a domain ("medium.com"), else its address's host."""
    said = plain(text).strip()
    return said if _DOMAIN.fullmatch(said) and "/" not in said else urlsplit(url).hostname or shown_address(url)


def _kept(bullets: list[Bullet], moved: list[Bullet], heading: str, to_sources: bool) -> list[Bullet]:
    """``bullets`` without their lines that are only links (those to the Sources slide join ``moved``): a
    point's own link line links its words instead, where they hold no link ("React Miami" under which the
    notes put "[React Miami Episode](…)"). A line at a moment of its own is an item, not a link line."""
    kept: list[Bullet] = []
    for b in bullets:
        url = "" if b.children or b.at else link_of(b.text)
        if not url:
            children = b.children
            own = [c for c in children if not c.children and not c.at and link_of(c.text)]
            if own and not b.url and not set("[]()") & set(b.text):
                b = b.model_copy(update={"text": f"[{b.text}]({link_of(own[0].text)})"})
                children = [c for c in children if c is not own[0]]
            kept.append(b.model_copy(update={"children": _kept(children, moved, heading, to_sources)}))
        elif to_sources:
            moved.append(Bullet(text=f"[{_site(b.text, url)}]({url}) — {heading}"))  # (one line: the link in it)
        elif kept and not kept[-1].url:
            kept[-1] = kept[-1].model_copy(update={"url": url})
        else:
            kept.append(b)
    return kept
