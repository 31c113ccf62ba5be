"""The title of notes that name nothing and list links only (a show's "links from the episode"
page: no title line, heading or sentence): what the notes are, never a topic they do not name.

Their count and common thread ("44 links, 12 on CSS": the words ``links_thread``; the thread is
``list_thread``'s, acronyms counted, of the links' texts), else the site most of them point to
("9 links, 5 to developer.mozilla.org": ``links_site``, as shared as a thread must be), else the
count alone ("12 links": ``links_count``). Used before the file's name, the last resort.
"""
from __future__ import annotations

from collections import Counter
from urllib.parse import urlsplit

from ..inline import links, plain
from ..list_thread import LEAST_SHARED, SHARE, list_thread
from ..words import fill
from .reading import ReadTopic

LEAST_LINKS = 2  # items for a list of links


def _site(address: str) -> str:
    host = (urlsplit(address).hostname or "").casefold()
    return host.removeprefix("www.")


def links_title(topics: list[ReadTopic], words: dict[str, str]) -> str:
    """The title of notes whose every topic is an untimed item carrying a link (see the module doc),
    in the notes' language (``words``); "" when they are not such a list."""
    texts = [t.token.text for t in topics]
    if len(texts) < LEAST_LINKS or not all(t.at is None and links(text) for t, text in zip(topics, texts)):
        return ""
    thread, shared = list_thread([plain(text) for text in texts], acronyms=True)
    if thread:
        return fill(words["links_thread"], count=len(texts), shared=shared, thread=thread)
    site, shared = Counter(_site(links(text)[0][1]) for text in texts).most_common(1)[0]
    if site and shared >= max(LEAST_SHARED, -(-len(texts) // SHARE)):
        return fill(words["links_site"], count=len(texts), shared=shared, site=site)
    return fill(words["links_count"], count=len(texts))
