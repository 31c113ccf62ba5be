"""A title states the point in the deck's voice (review 20's worst problem 3: titles lifted verbatim, voice and all).

A slide's title is one of the notes' statements (titles.strongest), chosen by the same rules as a bottom-line item for
its voice:

- never a speaker's turn in the first person (bottom_items.in_voice: knesset's "אנחנו מבקש שבעוד שנה…", "we ask
  that in a year…"; talkgo's "我们都是从其他语言转的…", "we all came from other languages…"), unless it states a
  decision: a speaker's turn is evidence under a title, not the deck's claim; nor one whose verb says so by its
  ending (an item "-X" of the language's ``speaker_voice``, in a word of VOICED_LETTERS or more: Hebrew "שרצינו", "that
  we wanted");
- never a fragment the notes cut off (bottom_items.fragment: a transcript's "…משרד הכלכלה- - -");
- under a heading that asks ("Q: …", "…?": answers.asks_question), the answer's first statement, in the order the
  answer gives them (it answers; what follows is its evidence), but never a reply that needs its question
  (``replies``: "No, …", talkgo's "并没有扔哪里去，…", "it was thrown nowhere, …");
- a point in its plainest words (plain_items: "X, that is, Y" by Y where X is a short lead of no number; a quotation
  the notes attribute by its first sentence and its speaker, "“…” — Mike Rogers").

Nothing is added: a title is the notes' own words.
"""
from __future__ import annotations

from functools import lru_cache

from .bottom_items import fragment, in_voice
from .bottom_line import is_statement
from .headline import headline
from .inline import plain
from .key_words import holds, phrases
from .plain_items import attributed, restated
from .words import WORD

_CLAUSE_MARK = ",，、"  # (a reply word's comma)

VOICED_LETTERS = 5  # letters a word has at least for its ending to say its subject (not a short stem's: "בנו", "built")


def voiced(text: str, words: dict, asked: bool = False) -> bool:
    """Whether ``text`` may title no slide for its voice: a speaker's first-person turn, a fragment, or, under a heading
    that asks (``asked``), a reply that needs its question (see the module doc)."""
    said = " ".join(plain(text).split())
    endings = _endings(words.get("speaker_voice", ""))
    spoken = bool(endings) and any(len(w) >= VOICED_LETTERS and w.endswith(endings) for w in WORD.findall(said))
    return ((in_voice(said, words) or spoken and not holds(said, phrases(words, "decision_phrases")))
            or fragment(said, words) or asked and replies(said, words))


@lru_cache(maxsize=64)
def _endings(voice: str) -> tuple[str, ...]:
    """The word endings of a language's ``speaker_voice`` ("-נו": its items that open on "-"), split once a list."""
    return tuple(p.strip()[1:] for p in voice.split(",") if p.strip().startswith("-"))


@lru_cache(maxsize=64)
def _openers(openers: str) -> tuple[str, ...]:
    """A language's ``reply_openers``, case folded, split once a list."""
    return tuple(w.strip().casefold() for w in openers.split(",") if w.strip())


def replies(text: str, words: dict) -> bool:
    """Whether ``text`` opens on a reply to its question: a ``reply_openers`` word then a comma ("No, …", "多, 至少…"),
    or, of a script without spaces, one of two characters or more at its start ("并没有扔哪里去")."""
    return _reply(text, words) is not None


def answered(text: str, words: dict) -> str:
    """What a reply (``replies``) states after its reply word and comma, where that is a statement of its own ("多, 至少
    2000 人的级别了，…" states "至少 2000 人的级别了，…"); ``text`` where it is no reply; "" where the reply needs its
    question ("并没有扔哪里去，…")."""
    rest = _reply(text, words)
    return text if rest is None else rest if is_statement(rest) else ""


def _reply(text: str, words: dict) -> str | None:
    """The rest of ``text`` after the reply it opens on (after its comma; "" for a reply without one), else None."""
    said = " ".join(plain(text).split())
    for word in _openers(words.get("reply_openers", "")):
        rest = said[len(word):] if said.casefold().startswith(word) else None
        if rest is not None and rest.lstrip()[:1] in _CLAUSE_MARK and not rest[:1].isalnum():
            said = rest.lstrip()[1:].strip()
            return said[:1].upper() + said[1:]
        if rest is not None and len(word) >= 2 and ord(word[-1]) >= 0x2E80:
            return ""
    return None


def unreplied(topics: list, words: dict) -> list:
    """``topics`` whose headings ask (answers.asks_question) with each point that replies said by what it states
    (``answered``), or left out where it needs its question: what a bottom line of the notes' own statements may take
    of them (bottom_line.statements); the others as they are."""
    from .answers import asks_question  # (answers reads budgets: not at import)
    return [{**t, "points": [{**p, "text": said} for p in t["points"] if (said := answered(p["text"], words))]}
            if asks_question(t["title"], words) else t for t in topics]


def plainest(text: str, words: dict) -> str:
    """``text`` (plain) in its plainest words as a title (see the module doc): its restatement, its attributed
    quotation, else itself."""
    said = " ".join(plain(text).split())
    return restated(said, words) or attributed(said, words) or said


def voiced_headline(text: str, most: int) -> tuple[str, str]:
    """headline.headline of ``text``, but an attributed quotation (plainest: "“…” — Mike Rogers") whose quotation fits
    ``most`` words is whole, its speaker with it: a claim in a speaker's words says whose it is."""
    return (text, "") if quotes_whole(text, most) else headline(text, most)


def quotes_whole(text: str, most: int) -> bool:
    """Whether ``text`` is an attributed quotation ("“…” — Mike Rogers") whose quotation is at most ``most`` words: a
    title that keeps its speaker (long_lines.split_title cuts no such title)."""
    quote, dash, _ = text.rpartition(" — ")
    return bool(dash and quote[:1] in "“\"" and quote.rstrip()[-1:] in "”\"" and not headline(quote, most)[1])
