"""Short statements cut from the content's own words: a bottom line's items, a slide's title.

Nothing is written here that the text did not say: a statement is the text itself, its
``Label: sentence`` label or sentence, or a leading clause of it, never a paraphrase. What is
left out is returned too, so it can go to the speaker notes and the report.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from .word_count import count_words, first_words
from .template_names import template_test

# Words a list's opening line ends on ("gains through:"): without the list they dangle.
_OPENERS = {"through", "by", "with", "from", "of", "to", "in", "on", "for", "as", "like", "include", "includes",
            "including", "are", "is", "were", "was", "via", "such"}
_JOINERS = _OPENERS | {"and", "or", "but", "the", "a", "an", "that", "which", "its", "their", "at", "across", "between",
                       "among", "into", "over", "under", "about", "within", "without", "after", "before", "during",
                       "against", "toward", "towards", "than", "onto", "upon", "per", "while", "when", "where", "whose"}
_AND = re.compile(r"\b(?:and|or|et|ou|und|oder|y|o|e)\s")  # the word before a list's last item, in the built-in languages
_CLAUSE = re.compile(r"[,;:]\s+|[，；：]\s*|\s[–—-]\s")  # (Chinese and Japanese marks take no space after them)
_ITEM_END = re.compile(r"[.;:]|(,)\s+")  # between the items of a list, or at their end
_SENTENCE_END = re.compile(r"[.!?][\"”')]*$|[。！？][」』）”]*$")
_INNER_END = re.compile(r"[.!?][\"”')]*\s+[A-Z0-9\"“]|[。！？][」』）”]*\s*[^\s。！？」』）”]")


# Where one sentence ends and the next starts: after . ! or ? (and a closing quote or bracket), a
# space, then a capital, a digit or a letter of a script without capitals (Hebrew, Arabic); not after an
# initial or a usual abbreviation ("Jon A. Hill", "Dr. Fridman", "U.S. Army"), whose full stop ends no sentence.
_GAP = re.compile(r"(?<=[.!?\"”')])\s+(?=[\"“(]?[A-Z0-9À-ÖØ-Ý\u0590-\u05ff\u0600-\u06ff])")
_ENDED = re.compile(r"[.!?][\"”')]*$")
_FULL_WIDTH_GAP = re.compile(r"[。！？][」』）”]*(\s*)(?=[^\s。！？」』）”])")  # (its group: the gap, often empty)
_NOT_ENDED = re.compile(r"(?:^|[\s(])(?:[A-Z]|Mr|Mrs|Ms|Dr|Prof|St|Sr|Jr|Inc|Ltd|Co|Corp|vs|etc|No|Ph\.D|e\.g|i\.e|U\.S|U\.K)\.$")


_ASIDE = re.compile(r"\([^().!?]{1,40}\)[.,;]?")  # "(R-AL)": a bracketed aside that holds no sentence end


def sentence_gaps(text: str) -> list[tuple[int, int]]:
    """The spaces between the sentences of ``text`` (start, end); after a Chinese or Japanese 。！？ (and a
    closing bracket or quotation mark), written with no space, an empty one. A bracketed aside with no
    sentence end of its own after a sentence ("…,” said Mike Rogers. (R-AL)", "He left. (Laughter)") ends
    that sentence: it attributes or qualifies what went before it and is no sentence alone."""
    gaps = []
    for m in _GAP.finditer(text):  # (each end is read in the dozen characters before it)
        if not _ENDED.search(text, max(0, m.start() - 12), m.start()) \
                or _NOT_ENDED.search(text, max(0, m.start() - 12), m.start()):
            continue
        aside = _ASIDE.match(text, m.end())
        after = _GAP.match(text, aside.end()) if aside else None
        gaps += [after.span()] if after else [] if aside else [m.span()]
    if "。" in text or "！" in text or "？" in text:
        gaps = sorted(set(gaps) | {m.span(1) for m in _FULL_WIDTH_GAP.finditer(text)})
    return gaps


def sentences(text: str) -> list[str]:
    """``text`` cut into its sentences (see ``sentence_gaps``)."""
    bounds = [0, *(x for gap in sentence_gaps(text) for x in gap), len(text)]
    return [part for a, b in zip(bounds[::2], bounds[1::2]) if (part := text[a:b].strip())]


@template_test("sentence")
def is_sentence(text: str, most: int = 25) -> bool:
    """Whether ``text`` is one whole sentence of four to ``most`` words: it ends with . ! or ?,
    holds no other sentence end and no list opener (":" at its end, ";" inside)."""
    text = text.strip()
    return (4 <= count_words(text) <= most and bool(_SENTENCE_END.search(text))
            and not _INNER_END.search(text) and ";" not in text and "\n" not in text)


def labelled(text: str) -> tuple[str, str]:
    """``Label: rest`` as (label, rest); ("", text) when the text has no such label (a colon inside
    a link's text, ``[TypeScript 6.0: Letztes Release](…)``, is no label's)."""
    head, sep, rest = text.partition(": ")
    if sep and rest.strip() and 0 < count_words(head) <= 8 and "http" not in head and head.count("[") <= head.count("]"):
        return head.strip(), rest.strip()
    return "", text


def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def _unhooked(text: str, opened: bool) -> str:
    """``text`` without the word that opened a list it no longer has ("gains through")."""
    words = text.rstrip().rstrip(":").rstrip().split(" ")
    while opened and len(words) > 3 and words[-1].casefold() in _OPENERS:
        words.pop()
    return " ".join(words)


def unhooked(text: str) -> str:
    """A point that opened a list it no longer has, as a whole statement: without its colon and
    the word that opened the list ("gains through:" is "gains")."""
    return _unhooked(text, text.rstrip().endswith(":"))


def is_name(text: str) -> bool:
    """Whether ``text`` is a name, not a statement: every word of four letters or more capitalised
    ("Committee on Armed Services", "Bureau of Consumer Protection")."""
    long = [w for w in re.findall(r"[^\W\d_][\w'’-]*", text) if len(w) >= 4]
    return bool(long) and all(w[0].isupper() for w in long)


def label_as_subject(label: str, body: str) -> str:
    """``label`` as the subject of ``body`` where the sentence's subject is a bare noun the label names
    ("Committee on Armed Services" + "Committee concluded a hearing…": "Committee on Armed Services
    concluded a hearing…"; "The committee ordered…" too), else ""."""
    said = body.split()
    if not label or len(said) < 2:
        return ""
    names = {w.casefold() for w in re.findall(r"[^\W\d_]+", label)}
    at = 1 if len(said) > 2 and len(said[0]) <= 3 and said[0][1:].islower() else 0  # ("The committee ordered", not "US")
    noun, then = said[at].strip(",").casefold(), said[at + 1]
    if noun in names and then[:1].islower() and then.casefold() not in names:  # (not "Subcommittee on X", "export controls")
        return f"{label} {' '.join(said[at + 1:])}"
    return ""


def headline(text: str, most: int = 15) -> tuple[str, str]:
    """A statement of at most ``most`` words from ``text``, and the rest of the text ("" if none).

    In order: the whole text; a ``Label: sentence``'s label when it is a statement of four or more
    words ("Reservoir storage is at a ten-year low"), or its sentence when the label is a short
    name ("Cost efficiency") or a name ("Committee on Armed Services"), never one with a number (it
    identifies: "JEP 504: …" keeps "JEP 504"), a name that the sentence's subject stands for its subject
    (see ``label_as_subject``); the longest leading clause
    (up to a comma, semicolon, colon or dash, never inside a list or brackets) of at least five
    words; else the first ``most`` words and "…" (of the sentence, after a name)."""
    text = " ".join(text.split())
    opened = text.endswith(":")
    whole = _unhooked(text, opened)
    if count_words(whole) <= most:
        return whole, ""
    label, rest = labelled(whole)
    if label and is_name(label) and (kept := label_as_subject(label, rest)):  # (the name is the sentence's subject)
        return headline(kept, most)
    if label and 4 <= count_words(label) <= most and not is_name(label):
        return label, rest
    named = label and not any(c.isdigit() for c in label)  # (a label with a number, "JEP 504", identifies: it stays)
    if named and count_words(rest) <= most:
        return _upper_first(rest), ""
    for part, keep in ((whole, ""), (rest, label)) if named else ((whole, ""),):  # its own clause, else its sentence's
        cut = _clause(part, most)
        if keep and cut:
            return _upper_first(cut[0]), cut[1]
        if cut:
            return cut
    words = (_upper_first(rest) if label and is_name(label) else whole).split()  # (a name says nothing: its sentence)
    shown = first_words(words, most)
    while len(shown) > 5 and shown[-1].casefold().strip(",;:") in _JOINERS:  # "from the community and…"
        shown.pop()
    joined = " ".join(shown)
    opened_at = joined.rfind("(")
    if opened_at > 0 and ")" not in joined[opened_at:] and count_words(joined[:opened_at]) >= 3:
        shown = joined[:opened_at].split()  # never end inside brackets: before them
    kept = " ".join(shown)  # (a start of the text: its last word may be cut inside a run of Chinese)
    return kept.rstrip(",;:，；：") + "…", "…" + " ".join(words)[len(kept):].lstrip()


STOP = re.compile(r"(?<![.\s]\w)(?<!\.)\.\Z|[。；，、]\Z")  # a final stop (not "U.S.", nor "..."); a CJK one


def unstopped(text: str) -> str:
    """``text`` without its final full stop: a deck's titles and its bottom line's items end on none (one list,
    one end punctuation); "!", "?", "…" and an abbreviation's stop ("U.S.") stay."""
    return STOP.sub("", text.rstrip().removesuffix("。").rstrip())


_READ_AHEAD = 40  # the items of a list read ahead of a comma for its "and …"


def _listing(text: str, start: int, end: int) -> bool:
    """Whether the comma at ``start:end`` separates the items of a list ("the effort, evolution, and
    growth"): a cut there would end mid-list and lose what the sentence says."""
    last = text.rfind(",", 0, start)  # (not text[:start]: a copy per comma of a long text is quadratic)
    if last >= 0 and count_words(text[last + 1:start]) <= 2:  # "…effort, evolution|"
        return True
    items = _items(text, end)  # "|Navy, Air Force, and Space Force", to the sentence's or the clause's end
    for i, item in enumerate(items):  # read only as far as the first item of more than 3 words
        if i >= _READ_AHEAD:  # (a list of thousands of short items, read again from each comma: quadratic)
            break
        if i and _AND.match(item):
            return True
        if count_words(item) > 3:
            break
    # "|diffusion models or deep-learning systems": the list's last two items, to the sentence's end
    only = next(_items(text, end))
    stop = _ITEM_END.search(text, end)
    return ((stop is None or stop.group(1) is None) and count_words(only) <= 6
            and bool(_AND.search(only.split(" ", 1)[-1])))


def _items(text: str, at: int) -> Iterator[str]:
    """The items of a list from ``at`` in ``text``, parted by commas up to a full stop, ``;`` or ``:``,
    one by one (a long text is read only as far as they are)."""
    for m in _ITEM_END.finditer(text, at):
        yield text[at:m.start()]
        if m.group(1) is None:
            return
        at = m.end()
    yield text[at:]


def _clause(text: str, most: int) -> tuple[str, str] | None:
    """The longest leading clause of ``text`` of five to ``most`` words, and the rest; None if none."""
    fitting = []
    before = at = 0  # the words of text[:at], counted on from the last boundary (a word across ``at`` once)
    brackets = 0  # "(" less ")" in text[:at], counted on likewise (counted from the start each time: quadratic)
    for m in _CLAUSE.finditer(text):
        joined = 1 if at > 0 and not text[at - 1].isspace() and not text[at].isspace() else 0
        brackets += text.count("(", at, m.start()) - text.count(")", at, m.start())
        before, at = before + count_words(text[at:m.start()]) - joined, m.start()
        if before > most:
            break  # the words before a boundary only grow: a long text is read only as far as ``most``
        if (before >= 5 and not (m.group().startswith(",") and _listing(text, m.start(), m.end()))
                and brackets <= 0):  # never inside brackets
            fitting.append(m.start())
    if not fitting:
        return None
    return _unhooked(text[:fitting[-1]], True), text[fitting[-1]:].lstrip(",;: –—-，；：")
