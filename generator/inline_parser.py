"""The tokenizer behind ``generator.inline``: content text into runs, in one linear pass.

What it reads follows CommonMark's rules for the subset (flanking ``*`` runs and the rule of three,
code spans of matching backtick runs, a link's address with blank space only around it and its
brackets in pairs, no link inside a link); tests/test_inline.py compares it with markdown-it-py.
Hostile text (20,000 ``*`` or ``[``) costs no more than plain text: brackets and parentheses are
paired in one pass (``inline_spans``), emphasis is matched with CommonMark's bottom marks, runs are joined once.
"""
from __future__ import annotations

import re
import unicodedata
from itertools import groupby
from typing import NamedTuple
from urllib.parse import urlsplit

from .inline_spans import code_end, link_brackets

ESCAPABLE = frozenset("\\`*_[]()")  # \* shows *, and so on; a backslash before anything else is kept
SHOWN = 40  # the most characters a bare address shows
# an http(s) address in running text: up to a space, brackets only in pairs, not ending in
# punctuation that closes a sentence
URL = re.compile(r"https?://(?:[^\s<>\"()`*\[\]]|\([^\s<>\"()]*\))*(?:[^\s<>\"().,;:!?\]'’”`*\[]|\([^\s<>\"()]*\))",
                 re.IGNORECASE)


class Run(NamedTuple):
    """A piece of text drawn one way: bold, italic, code (monospace), a link to ``url``."""

    text: str
    bold: bool = False
    italic: bool = False
    code: bool = False
    url: str = ""


def shown_address(url: str) -> str:
    """What a bare address shows: host and path, without scheme, ``www.``, query or fragment,
    cut to ``SHOWN`` characters with "…"."""
    parts = urlsplit(url)
    host = parts.netloc.rsplit("@", 1)[-1].lower()
    text = (host[4:] if host.startswith("www.") else host) + parts.path.rstrip("/")
    return text if len(text) <= SHOWN else text[:SHOWN - 1].rstrip("/.-") + "…"


def parse(text: str) -> tuple[tuple[Run, ...], tuple[tuple[int, str], ...]]:
    """``text`` as runs, and (offset of its ``[``, address) of each link ``[text](address)``."""
    found: list[tuple[int, str]] = []
    pieces = _Inline(text, found, True).pieces()
    return _merge(pieces), tuple(found)


def emphasis(text: str) -> tuple[Run, ...]:
    """``text`` as runs with no links or bare addresses read: a link's label as read inside its brackets
    (what the handout writer reads its own Markdown back with)."""
    return _merge(_Inline(text, [], False).pieces())


class _Delim:
    """A run of ``*``: how many are left, how many there were, whether it can open or close."""

    __slots__ = ("piece", "count", "orig", "opens", "closes")

    def __init__(self, piece: int, count: int, opens: bool, closes: bool):
        self.piece, self.count, self.orig, self.opens, self.closes = piece, count, count, opens, closes


class _Inline:
    """One level of inline text: the whole text, or a link's label (``text[lo:hi]``, read where it
    stands, as CommonMark does: the character before a label counts for a ``*`` run at its start)."""

    def __init__(self, text: str, found: list, top: bool, lo: int = 0, hi: int | None = None):
        self.text, self.found, self.top = text, found, top
        self.lo, self.n = lo, len(text) if hi is None else hi
        self.out: list[list] = []  # [text, bold, italic, code, url]
        self.delims: list[_Delim] = []
        self.no_ticks: set[int] = set()  # lengths of backtick runs with no closing run further on

    def pieces(self) -> list[list]:
        """The text as pieces [text, bold, italic, code, url], emphasis applied."""
        text, n, i = self.text, self.n, self.lo
        start = i
        brackets = link_brackets(text) if self.top else {}
        while i < n:
            ch, end = text[i], None
            if ch == "\\" and i + 1 < n and text[i + 1] in ESCAPABLE:
                self._add(text[start:i])
                self._add(text[i + 1])
                end = i + 2
            elif ch == "`":
                self._add(text[start:i])
                end = self._code(i)
            elif ch == "*":
                self._add(text[start:i])
                end = self._star(i)
            elif ch == "[" and i in brackets:
                self._add(text[start:i])
                end = self._link(i, *brackets[i])
            elif ch in "hH" and self.top and (i == 0 or not text[i - 1].isalnum()):
                m = URL.match(text, i)
                if m:
                    self._add(text[start:i])
                    self._add(shown_address(m.group()), url=m.group())
                    end = m.end()
            if end is None:
                i += 1
            else:
                start = i = end
        self._add(text[start:n])
        self._emphasis()
        return self.out

    def _add(self, text: str, code: bool = False, url: str = "") -> None:
        if text:
            self.out.append([text, False, False, code, url])

    def _code(self, i: int) -> int:
        """A code span from the backticks at ``i`` to the next run of as many; else the backticks are text."""
        text, n = self.text, self.n
        j = i
        while j < n and text[j] == "`":
            j += 1
        end = code_end(text, i, n, self.no_ticks)
        if end == j:
            self._add(text[i:j])
            return j
        body = text[j:end - (j - i)].replace("\n", " ")
        if len(body) > 2 and body[0] == body[-1] == " " and body.strip():
            body = body[1:-1]
        self._add(body, code=True)
        return end

    def _star(self, i: int) -> int:
        """A run of ``*``, kept as a delimiter that may open or close emphasis (CommonMark's flanking)."""
        text, n = self.text, self.n
        j = i
        while j < n and text[j] == "*":
            j += 1
        before = text[i - 1] if i else " "
        after = text[j] if j < n else " "
        left = not after.isspace() and (not _punct(after) or before.isspace() or _punct(before))
        right = not before.isspace() and (not _punct(before) or after.isspace() or _punct(after))
        self.out.append([text[i:j], False, False, False, ""])
        self.delims.append(_Delim(len(self.out) - 1, j - i, left, right))
        return j

    def _link(self, i: int, close: int, url_end: int) -> int:
        """The link whose label runs from ``i`` to ``close``, its address to ``url_end``."""
        url = _ESCAPED.sub(r"\1", self.text[close + 2:url_end].strip())  # "\\)" in an address is ")"
        if url.startswith("<") and url.endswith(">"):  # CommonMark's <address>
            url = url[1:-1]
        self.found.append((i, url))
        label = _Inline(self.text, self.found, False, i + 1, close).pieces()
        for piece in label:
            piece[4] = url
        shown = shown_address(url) if URL.fullmatch(url) else url
        self.out += label or [[shown, False, False, False, url]]  # a link with no text shows its address
        return url_end + 1

    def _emphasis(self) -> None:
        """Match ``*`` runs as CommonMark does and mark what each pair encloses bold or italic."""
        delims, out = self.delims, self.out
        if not delims:
            return
        bold = [0] * (len(out) + 1)
        italic = [0] * (len(out) + 1)
        prev = list(range(-1, len(delims) - 1))
        bottom: dict[tuple, int] = {}
        for ci, c in enumerate(delims):
            while c.closes and c.count:
                key = (c.opens, c.orig % 3)
                floor = bottom.get(key, -1)
                oi, after = prev[ci], ci
                while oi > floor:
                    o = delims[oi]
                    if o.count == 0:  # used up: drop it from the chain
                        prev[after] = prev[oi]
                    elif o.opens and not ((o.closes or c.opens) and (o.orig + c.orig) % 3 == 0
                                          and not (o.orig % 3 == 0 and c.orig % 3 == 0)):
                        break
                    else:
                        after = oi
                    oi = prev[oi]
                if oi <= floor:
                    bottom[key] = prev[ci]
                    break
                o = delims[oi]
                use = 2 if o.count >= 2 and c.count >= 2 else 1
                marks = bold if use == 2 else italic
                marks[o.piece + 1] += 1
                marks[c.piece] -= 1
                o.count -= use
                c.count -= use
                prev[ci] = oi  # the runs between are text now
        for d in delims:
            out[d.piece][0] = "*" * d.count
        b = it = 0
        for k, piece in enumerate(out):
            b += bold[k]
            it += italic[k]
            piece[1] = piece[1] or b > 0
            piece[2] = piece[2] or it > 0


_ESCAPED = re.compile(r"\\([!-/:-@\[-`{-~])")  # an ASCII punctuation character escaped in an address
def _punct(ch: str) -> bool:
    return unicodedata.category(ch)[0] in "PS"


def _merge(pieces: list[list]) -> tuple[Run, ...]:
    """Adjacent pieces drawn alike as one run; empty ones dropped."""
    out = [Run("".join(p[0] for p in group), *style)
           for style, group in groupby((p for p in pieces if p[0]), key=lambda p: tuple(p[1:]))]
    return tuple(out) or (Run(""),)
