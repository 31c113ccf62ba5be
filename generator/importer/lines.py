"""What a line of text is to the lines around it: a label that names what follows (``**Label**``,
``CAPITALS``, ``Label:``, a few words without a full stop), or the continuation of a paragraph
wrapped over lines (notes pasted from a PDF or an e-mail, hard-wrapped at 70 characters); and
lines without the emoji that decorate them."""
from __future__ import annotations

import re
from dataclasses import replace

from ..emoji import undecorated
from ..headline import sentences
from ..word_count import count_words
from .dates import find_date
from .header import read_header
from .sources import link_line
from .tokens import Token

MAX_LABEL_WORDS = 10
MAX_LABEL_CHARS = 80
WRAPPED = 60  # characters: a line this long that ends mid-sentence was wrapped
ENDS = (".", "!", "?", "…", ",", ";", '"', "”", "»", "。", "！", "？", "，", "；")  # a line ending so is no label
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def label(t: Token) -> str:
    """How a line of text names what follows: "strong" (bold alone, in capitals, ending with a
    colon), "weak" (a few words without a sentence's end, a "Label: text" or a date), else "" (also
    for header and link lines)."""
    text = t.text.strip()
    if t.kind != "text" or not text or read_header(text) or link_line(text):
        return ""
    short = _short(text)
    letters = [c for c in text if c.isalpha()]
    if (len(text) > 4 and text.startswith("**") and text.endswith("**")) or (short and text.endswith(":")) or (
            len(letters) >= 3 and all(c.isupper() for c in letters)):
        return "strong"
    dated = find_date(text) or (_YEAR.search(text) and count_words(text) <= 5)  # "Recorded on 7 May 2026"
    return "weak" if short and ": " not in text and not text.endswith(ENDS) and not dated else ""


def _short(text: str) -> bool:
    return count_words(text) <= MAX_LABEL_WORDS and len(text) <= MAX_LABEL_CHARS


def join_wrapped(tokens: list[Token]) -> list[Token]:
    """Lines of text that continue the one before as one line: the line before is the line above,
    no label, header or link line, and ends without a full stop or a colon; this one is no header
    or link line, and starts in lower case, or follows a long line (a title is short; a line wrapped
    at 70 characters is at least ``WRAPPED`` long) and is no strong label. The notes' first line of
    text (their title, as a rule) continues into none."""
    out: list[Token] = []
    last_line = 0  # the last line of the notes that out[-1] holds
    title = next((t.line for t in tokens if t.kind == "text"), 0)
    for t in tokens:
        last = out[-1] if out else None
        if (last is not None and t.kind == last.kind == "text" and t.line == last_line + 1 and last.line != title
                and not last.text.endswith((".", "!", "?", ":", "…", "。", "！", "？", "：")) and not label(last)
                and not any(read_header(x.text) or link_line(x.text) for x in (last, t))
                and (t.text[:1].islower() or ((len(last.text) >= WRAPPED or not _short(last.text))
                                              and label(t) != "strong"))):
            out[-1] = replace(last, text=f"{last.text} {t.text}")
        else:
            out.append(t)
        last_line = t.line
    return out


_ENTITY = re.compile(r"&(?:(amp|lt|gt|quot|apos|nbsp)|#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6}));")
_NAMED = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'", "nbsp": "\u00a0"}


def _character(m: re.Match) -> str:
    """The character an HTML entity of notes copied from a web page stands for ("&amp;" is "&");
    the entity as written where it stands for none that text may hold."""
    if m.group(1):
        return _NAMED[m.group(1)]
    code = int(m.group(2)) if m.group(2) else int(m.group(3), 16)
    ch = chr(code) if code <= 0x10FFFF else ""
    return ch if ch.isprintable() and not 0xD800 <= code <= 0xDFFF else m.group()


# what a podcast host appends to every episode's notes ("Learn more about your ad choices. Visit
# megaphone.fm/adchoices", "Hosted on Acast. See acast.com/privacy for more information.")
_HOSTS_LINES = re.compile(r"(?:learn more about your ad choices\.?(?:\s*visit \S*adchoices\S*)?"
                          r"|hosted on acast\.(?:\s*see acast\.com/privacy for more information\.)?"
                          r"|see omnystudio\.com/listener for privacy information\.)", re.IGNORECASE)


# a web page's "read more" cut inside a word: "the hos...t of the Lex Fridman Podcast"
_CUT_WORD = re.compile(r"(?<=[^\W\d_])(?:\.\.\.|…)([^\W\d_]{1,3})(?![\w'’])")


def _whole_word(m: re.Match) -> str:
    """The word a "read more" marker cut ("hos...t" is "host"): the marker stands between letters,
    and what follows it is the word's tail (at most three lower-case letters, not the word before
    said again: "so...so" stays)."""
    tail, before = m.group(1), re.search(r"[^\W\d_]+$", m.string[:m.start()])
    return tail if tail.islower() and (before is None or before.group() != tail) else m.group()


def undecorate(tokens: list[Token]) -> list[Token]:
    """Each line without the emoji that open or close it ("🎥 Big Beautiful Bill": the emoji says
    nothing the words do not, and no deck or report font has it); a header line keeps its mark
    ("⏱️ 85:10" is a duration by its mark). HTML entities left by a copy from a web page ("Foreign
    Function &amp; Memory API") are the characters they stand for. What a podcast host appends to
    every episode's notes ("Learn more about your ad choices.") is left out (a line of only that too).
    A word a web page's "read more" cut is whole again ("hos...t" is "host")."""
    tokens = [replace(t, text=_CUT_WORD.sub(_whole_word, t.text)) if _CUT_WORD.search(t.text) else t for t in tokens]
    tokens = [replace(t, text=_ENTITY.sub(_character, t.text)) if "&" in t.text else t for t in tokens]
    tokens = [replace(t, text=_HOSTS_LINES.sub("", t.text).strip()) if _HOSTS_LINES.search(t.text) else t
              for t in tokens]
    tokens = [t for t in tokens if t.text or t.kind not in ("text", "bullet", "topic")]
    return [t if t.kind == "front" or read_header(t.text) or (bare := undecorated(t.text)) == t.text
            else replace(t, text=bare) for t in tokens]


_BRACKETED = re.compile(r"\([^()]{1,40}\)")  # "(R-AL)": a party and state after a name, not a sentence


def said(text: str) -> list[str]:
    """The sentences of ``text`` as points: a quotation of several sentences stays whole with what
    follows it in its sentence ("“China is … in 30 years. If we fail …,” said Chairman Mike Rogers."),
    and a bracket alone after a sentence ("(R-AL)") stays with it."""
    out: list[str] = []
    for sentence in sentences(text):
        if out and (_open_quote(out[-1]) or _BRACKETED.fullmatch(sentence)):
            out[-1] += " " + sentence
        else:
            out.append(sentence)
    return out


def _open_quote(text: str) -> bool:
    return text.count("“") > text.count("”") or text.count('"') % 2 == 1
