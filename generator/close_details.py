"""A closing statement as a title and the details it gives (review 17's finding: a close deleted, not rebuilt).

A statement that looks ahead ("The company is optimistic about future growth, especially in Data Center AI, with
the launch of new products and expanding customer engagements.") closes the deck even where no other line of the
notes backs it: its main clause titles the close ("The company is optimistic about future growth, especially in
Data Center AI"), whole in TITLE_WORDS words, and what it gives beyond that clause — the detail clause that opens
after a comma on a word of ``detail_openers`` ("with", "through", "as", "including": ``generator/lang/<code>.yaml``)
— are its lines, that clause split at its commas and its ``names_and`` ("Launch of new products", "Expanding
customer engagements"; in a script without spaces at its commas only: 和 is in 和平 too), a leading article
(``detail_articles``) dropped. A clause of fewer than LEAST_CLAUSE words before it is no main clause, nor is a detail
a line where it holds no word of LEAST_LETTERS letters; a statement whose detail clause holds a quotation mark, or
a second detail clause, is not split (a quote is never cut).
A detail of fewer than DETAIL_WORDS words is a fragment, no line of a close (review 19's worst 3: AMD's close ended on
"Launch of new products" and "Expanding customer engagements", two 3-word bullets): where the split gives one, the
detail clause is one line, whole ("Launch of new products and expanding customer engagements").
"""
from __future__ import annotations

import re

from .clause_bounds import LEAST_CLAUSE
from .headline import count_words
from .inline import plain
from .key_words import phrases

TITLE_WORDS = 15  # words of the main clause that titles a close, at most
LEAST_LETTERS = 3  # letters of a detail's longest word, at least
DETAIL_WORDS = 4  # words of a detail that stands as a line of its own, at least (else the clause is one line)
QUOTES = ("“", "”", '"', "«", "»", "„")


def _opener(words: dict) -> re.Pattern[str] | None:
    """The pattern of a comma and a word of ``detail_openers`` after it (its words as written, any case)."""
    found = phrases(words, "detail_openers")
    if not found:
        return None
    either = "|".join(re.escape(p).replace(r"\ ", r"\s+") + ("" if _unspaced(p) else r"(?=\s|$)")
                      for p in sorted(found, key=len, reverse=True))
    return re.compile(rf"[,，、]\s*(?:{either})\s*", re.IGNORECASE)


def _unspaced(phrase: str) -> bool:
    """Whether ``phrase`` is of a script written without spaces (CJK: the word after it follows unspaced)."""
    return bool(phrase) and min(phrase) >= "\u2e80"


def _line(part: str, words: dict) -> str:
    """A detail ``part`` as a line: stripped of its final stop and leading article, its first letter capital."""
    part = part.strip().rstrip(".。!?;:！？；").strip()
    for article in phrases(words, "detail_articles"):
        if part.casefold().startswith(article + " ") and count_words(part) > 1:
            part = part[len(article):].strip()
            break
    return part[:1].upper() + part[1:]


def details(text: str, words: dict) -> tuple[str, list[str]]:
    """``text``'s main clause and the lines of its detail clause (see the module doc), else ("", [])."""
    pattern = _opener(words)
    said = " ".join(plain(text).split())
    found = pattern.search(said) if pattern else None
    if not pattern or not found:
        return "", []
    main, rest = said[:found.start()].strip(), said[found.end():]
    if (not LEAST_CLAUSE <= count_words(main) <= TITLE_WORDS or any(q in rest for q in QUOTES)
            or pattern.search(rest)):
        return "", []
    joined = (words.get("names_and") or "").strip()
    and_ = rf"|\s+{re.escape(joined)}\s+" if joined and not _unspaced(joined) else ""
    parts = re.split(r"\s*[,，、;；]\s*" + and_, rest)
    lines = [line for p in parts if (line := _line(p, words))
             and max((len(w) for w in re.findall(r"\w+", line)), default=0) >= LEAST_LETTERS]
    if len(lines) > 1 and min(count_words(line) for line in lines) < DETAIL_WORDS:
        lines = [_line(rest, words)]  # (fragments: the detail clause whole, one line)
    return (main, lines) if lines else ("", [])
