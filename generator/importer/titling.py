"""Titles from the notes' lines: a topic line's title (no chapter list's full stop, no capitals
of a record's headings), a timed paragraph's heading, whether an introduction line reads as the
briefing's title, and the file name as the last resort."""
from __future__ import annotations

import re
from pathlib import Path

from ..emoji import without_emoji
from ..errors import Problem
from ..files import FILLERS
from ..headline import count_words, headline, sentences
from ..inline import plain
from .dates import find_date, parse_date
from .link_titles import links_title
from .people import is_person
from .reading import ReadTopic
from .tokens import Token
from .tree import NotePoint


_ABBREVIATIONS = {"inc", "ltd", "co", "corp", "jr", "sr", "st", "etc", "vs", "dr", "mr", "mrs", "ms", "no", "al"}


def unstopped(title: str) -> str:
    """A title without the full stop a chapter list ends its lines with ("Changes to the Syntax
    podcast."); an ellipsis, an abbreviation's or an initial's stop ("Acme Inc.", "U.S.") stays."""
    if not title.endswith(".") or title.endswith("..") or len(sentences(title)) != 1:
        return title
    last = title[:-1].split()[-1].lower() if title[:-1].split() else ""
    initials = re.search(r"(?:^|\.)[^\W\d_]$", last)  # "U.S.", "Plan A.": the stop is the letter's ("Vite 6." ends)
    return title if last in _ABBREVIATIONS or initials else title[:-1].rstrip()


NAME_WORDS = 3  # a timed point of more words is a statement, whatever its capitals


def timed_titles(points: list[NotePoint]) -> list[NotePoint]:
    """``points`` with the closing full stop of each timed one that only names something left out, as
    a topic's ("React.", "AI Editors." under "What happened this year?" are chapters of a nested
    chapter list: NAME_WORDS capitalised words at most); a sentence keeps its stop ("Even seniors
    look things up.", "Apps get Sherlocked by OpenAI.")."""
    for node in points:
        words = plain(node.text).split()
        named = len(words) <= NAME_WORDS and all(w[:1].isupper() or w[:1].isdigit() for w in words)
        node.text = unstopped(node.text) if node.at is not None and named else node.text
        timed_titles(node.children)
    return points


_SMALL = {"a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with", "de", "des",
          "du", "et", "la", "le", "les", "y", "el", "der", "die", "das", "und", "von"}


def cased(title: str, said: str = "") -> str:
    """A title written in capitals ("MISSILE DEFENSE AGENCY", as a record prints its headings) in
    title case ("Missile Defense Agency"); words of three letters or fewer stay as written ("DOD"),
    but for the small words of a title ("of", "and"), and so does a word the text under it (``said``)
    writes in capitals ("CURBING COVID CONS" over "…to examine curbing COVID cons": "Curbing COVID
    Cons"). One word is cased from seven letters on ("ATTENDANCE"; "UNESCO" may be a name)."""
    letters = [c for c in title if c.isalpha()]
    if len(letters) < 6 or not all(c.isupper() for c in letters) or (len(title.split()) < 2 and len(letters) < 7):
        return title
    capitals = {w for w in re.findall(r"[^\W\d_]{2,}", said) if w.isupper()}
    words = title.split(" ")
    out = []
    for i, word in enumerate(words):
        bare = word.strip("\"'“”‘’()[],.:;!?")
        if bare in capitals:
            out.append(word)  # an acronym the notes write so
        elif bare.lower() in _SMALL:
            out.append(word.capitalize() if i == 0 else word.lower())
        elif sum(c.isalpha() for c in bare) <= 3:
            out.append(word)  # an acronym, most likely
        else:
            out.append(word.capitalize() if word[:1].isalpha() else word[:1] + word[1:].capitalize())
    return " ".join(out)


PARAGRAPH_WORDS = 25  # a topic line longer than this, of two sentences or more, is a paragraph, not a title


def is_paragraph(text: str) -> bool:
    return count_words(text) > PARAGRAPH_WORDS and len(sentences(text)) > 1


HEADING_WORDS = 12  # a heading made of a sentence has at most this many words


def titled(entry: ReadTopic, intro: list[Token]) -> tuple[str, list[NotePoint]]:
    """A paragraph ("00:01:17 Achieving 1000 episodes represents …. The host …"): its sentences are
    its points, under the heading just above it (a short line the introduction took), else under its
    first sentence's statement when whole, else under what it says it is about (``subject``), else
    under no heading of its own ("": the briefing's title). A heading is never a cut sentence."""
    parts = sentences(entry.token.text)
    above = intro[-1] if intro else None
    if above and above.line < entry.token.line and count_words(above.text) <= 10 and \
            not above.text.rstrip().endswith((".", "!", "?", ":")):
        intro.pop()
        title = above.text
    else:
        title = heading(parts, HEADING_WORDS)
    return title, [NotePoint(text=part, line=entry.token.line) for part in parts]


# what a paragraph says it is about: "… offer their expertise to explore the future of machine learning."
_ABOUT = re.compile(r"\b(?:explor|discuss|cover|examin|delv\w* into|div\w* into|talk\w* about|focus\w* on|look\w* at)"
                    r"[a-z]*\s+(?!by\b|up\b|in\b)(?P<what>[^,;:.!?]+)", re.IGNORECASE)  # not "covered by …"
SUBJECT_WORDS = (2, 10)


def heading(parts: list[str], most: int) -> str:
    """A paragraph's heading from its sentences ``parts``: its first sentence's statement of at most
    ``most`` words when whole (``headline``), else what it says it is about (``subject``), else ""
    (the briefing's title heads it). Never a sentence cut with "…"."""
    first = headline(parts[0], most)[0] if parts else ""
    return subject(parts) if first.endswith("…") else first


def subject(parts: list[str]) -> str:
    """What the first of the sentences ``parts`` that says what it explores, discusses or covers
    names, as a heading ("The future of machine learning and artificial intelligence": an
    abbreviation in brackets left out), of SUBJECT_WORDS words; "" when none does."""
    for part in parts:
        found = _ABOUT.search(part)
        what = re.sub(r"\s*\([^()]*\)", "", found.group("what")).strip() if found else ""
        if SUBJECT_WORDS[0] <= count_words(what) <= SUBJECT_WORDS[1]:
            return what[:1].upper() + what[1:]
    return ""


def names_something(text: str) -> bool:
    """Whether ``text`` holds a letter or a digit once its emoji are left out (of any script; a Hangul
    filler or the Braille blank shows nothing)."""
    return any(c.isalnum() and c not in FILLERS for c in without_emoji(text))


DATE_WORDS = 6  # a date written out takes at most this many words ("martes 9 de noviembre de 2021")


def dated_name(intro: list[Token], date: str) -> str:
    """What a line of the introduction names after the notes' ``date`` it opens with ("AUGUST 20,
    2019, REGULAR CITY COUNCIL MEETING AND SECOND BUDGET WORKSHOP": minutes name their meeting so),
    in title case; "" when no line does (a name is a few words, no sentence)."""
    for t in intro:
        text = " ".join(t.text.split())
        found = find_date(text) if t.kind == "text" else None
        if found is None or parse_date(text[:found[1]]) != date or count_words(text[:found[1]]) > DATE_WORDS:
            continue  # (the line opens on the date: "martes 9 de noviembre de 2021, …", no sentence that ends on it)
        rest = text[found[1]:].lstrip(" ,:;–—-")
        if 2 <= count_words(rest) <= TITLE_WORDS and not rest.endswith((".", "!", "?", ":")) and names_something(rest):
            return cased(rest)
    return ""


TITLE_WORDS = 15  # a line of more words is no title


def is_title_line(text: str) -> bool:
    """Whether a line of the introduction reads as a title: one short sentence, not only a name, no label."""
    return count_words(text) <= TITLE_WORDS and len(sentences(text)) == 1 and not is_person(text) \
        and not text.rstrip().endswith(":")



# a date in a file's name, as an id ("2026-04-03.Binaergewitter.Talk.378", "notes_20240109"): not its title
_NAME_DATE = re.compile(r"(?<![0-9])(?:19|20)\d\d([-_.]?)(?:0[1-9]|1[0-2])\1(?:0[1-9]|[12]\d|3[01])(?![0-9])")

_NAME_GAPS = re.compile(r"[-_]+|(?<!\d)\.|\.(?!\d)")


def readable_name(file: str) -> str:
    """The name of the notes ``file`` as a title, the last resort: without its folder and extension,
    its dashes, underscores and dots (not a number's: "1.5") as spaces, a date it carries as an id left
    out ("2026-04-03.Binaergewitter.Talk.378.md": "Binaergewitter Talk 378"; a name of a date alone
    keeps it), its first letter a capital; "Briefing" when empty."""
    stem = Path(file).stem
    words = " ".join(_NAME_GAPS.sub(" ", _NAME_DATE.sub(" ", stem)).split()) or " ".join(stem.split())
    return words[:1].upper() + words[1:] if words else "Briefing"


def title_from(file: str, tokens: list[Token], warnings: list, topics: list[ReadTopic], words: dict[str, str]) -> str:
    """The title of notes that have no title line: what their first paragraph says they explore,
    discuss or cover (``subject``: "In this panel discussion, … explore the future of machine
    learning …"), else what a list of links only is (``links_title``: "44 links, 12 on CSS"), else
    the file's name; a warning names what was used, and ``--title``."""
    first = next((t.text for t in tokens if t.kind == "text"), "")
    about = subject(sentences(first))
    if about:
        warnings.append(Problem(f"no title line in the notes; used '{about}', what their first paragraph says they "
                                "are about (give --title)", file))
        return about
    listed = links_title(topics, words)
    if listed:
        warnings.append(Problem(f"no title in the notes; used '{listed}', what they are: a list of links (give --title)",
                                file))
        return listed
    title = readable_name(file)
    warnings.append(Problem(f"no title in the notes; used '{title}' (give --title)", file))
    return title
