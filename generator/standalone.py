"""A bottom-line item stands alone: lifted out of its list or its topic, it keeps its subject.

The bottom line shows statements without what came before them, so each one must say who or what
it is about on its own (words of ``generator/lang/<code>.yaml``):

- a ``Label: sentence`` whose sentence has no subject of its own — it opens on a verb (a word of
  ``clause_verbs`` or ``verb_marks`` that is none of ``subject_pronouns``) or on a bare noun the
  label names ("Committee on Armed Services: Committee concluded a hearing…") — takes the label as
  its subject: "Committee on Armed Services concluded a hearing…" (``subject_kept``);
- a sentence that opens on a word that refers back (``back_references``: "They review…", "This
  shows…") takes, where that word is a subject pronoun and the sentence before it opens on a name
  ("Scott and Wes look back…"), that name in its place ("Scott and Wes review…"); else it cannot
  stand alone and gives way to the next statement (``stand_alone``);
- a topic's statement that names nothing ("The average white-collar worker works 20 years…") under a
  heading that names the place or actor its other statements name ("On China": "…in China…") is
  true of that one: it says so as its label, "China: The average white-collar worker…"
  (``placed``); fitted.fitted keeps such a label when it cuts the statement.

The words are the notes' own, moved, never invented.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from .headline import count_words, is_name, label_as_subject, labelled
from .inline import plain
from .words import LETTERS

_POSSESSIVE = re.compile(r"['’]s$")
_NAME_WORD = 4  # letters a word has at least for its capital to tell a name (see headline.is_name)


def listed(words: dict, key: str) -> frozenset[str]:
    """The words of the language file's list ``key`` ("this, these, they, …"), case folded (split once a list)."""
    return _split(words.get(key, ""))


@lru_cache(maxsize=256)
def _split(text: str) -> frozenset[str]:
    return frozenset(text.replace(",", " ").casefold().split())


def _first(text: str) -> str:
    found = LETTERS.search(plain(text))
    return found.group(0).casefold() if found else ""


def refers_back(text: str, words: dict) -> bool:
    """Whether ``text`` points at something said before it, which a text read alone lacks: it
    opens on a pronoun or demonstrative (``back_references``: "They review…", "This shows…"), or
    names a thing by a demonstrative (``demonstratives``: "Three risks justify this policy", "cette
    politique") other than a time (``deictic_nouns``: "this year", "cette semaine")."""
    said = [w.casefold() for w in LETTERS.findall(plain(text))]
    times, pointing = listed(words, "deictic_nouns"), listed(words, "demonstratives")
    return bool(said) and (said[0] in listed(words, "back_references") or any(
        w in pointing and not times & set(said[n + 1:n + 3]) for n, w in enumerate(said)))  # ("this past year")


def _lower_first(text: str) -> str:
    return text if text[1:2].isupper() else text[:1].lower() + text[1:]  # ("AMD", "EPYC" stay)


def subject_kept(text: str, words: dict) -> str:
    """``text`` with its ``Label: `` as the subject of its sentence where the sentence has none of its
    own (see the module doc), else ``text`` as it is."""
    label, body = labelled(plain(text))
    said = body.split()
    if not label or len(said) < 2:
        return text
    if kept := label_as_subject(label, body):
        return kept
    verbs = (listed(words, "clause_verbs") | listed(words, "verb_marks")) - listed(words, "subject_pronouns")
    return f"{label} {_lower_first(body)}" if said[0].casefold().strip(",") in verbs else text


def _named_subject(sentence: str) -> str:
    """The name ``sentence`` opens on as its subject ("Scott and Wes" of "Scott and Wes look back…"),
    else "": capitalised words (a short word joins two: "and", "of"), right before a lower-case word,
    of two capitalised words at least or one with a capital inside ("DeepSeek"), its first of three
    letters or more — a sentence's capitalised first word alone ("Overall the market…") or an
    opening phrase ("In March, prices…", "On Monday the…") is no name."""
    said = labelled(plain(sentence))[1].split()
    n = 0
    while n < len(said) and (said[n][:1].isupper() or (n and said[n].isalpha() and len(said[n]) <= 3
                                                         and said[n + 1:n + 2] and said[n + 1][:1].isupper())):
        n += 1
    run, after = said[:n], said[n:n + 1]
    if (not run or not after or not after[0][:1].islower() or run[-1].endswith(",")
            or len((LETTERS.findall(run[0]) or [""])[0]) < 3):
        return ""
    capitals = sum(w[:1].isupper() for w in run)
    named = capitals >= 2 or any(c.isupper() for c in run[0][1:])
    return " ".join(run) if named and is_name(" ".join(run)) else ""


def _opens_back(text: str, words: dict) -> bool:
    return _first(text) in listed(words, "back_references")


def antecedents(*sequences: Sequence[str]) -> dict[str, str]:
    """Each text of ``sequences`` (lists of statements, in order) that follows another, with the one
    before it: what a text that opens on a word that refers back refers to."""
    return {text: before for texts in sequences for before, text in zip(texts, texts[1:])}


def stand_alone(items: list, before: dict[str, str], words: dict) -> list:
    """``items`` (bottom-line points, in order) each standing alone: one that opens on a word that
    refers back (``back_references``) stays after its antecedent (``before``: see antecedents), else
    takes the name its antecedent opens on in place of a subject pronoun ("They review…" after "Scott
    and Wes look back…" says "Scott and Wes review…", ``as_written`` keeping "They review…"), else is
    left out."""
    pronouns = listed(words, "subject_pronouns") & listed(words, "back_references")
    out: list = []
    for p in items:
        said, first = plain(p["text"]).split(), _first(p["text"])
        if _opens_back(p["text"], words) and not (out and before.get(p["text"]) == out[-1]["text"]):
            named = _named_subject(before.get(p["text"], "")) if first in pronouns else ""
            if not (named and len(said) > 1 and said[0].strip(",").casefold() == first):
                continue
            p = {**p, "text": f"{named} {' '.join(said[1:])}", "as_written": p["text"]}
        out.append(p)
    return out


def names_nothing(text: str) -> bool:
    """Whether ``text`` names no one and nothing: no word after its first is capitalised, and its first
    has no capital inside and no possessive ("The average white-collar worker works 20 years to buy an
    apartment"; not "DeepSeek's models are…")."""
    said = plain(text).split()
    first = said[0] if said else ""
    return not (any(c.isupper() for c in first[1:]) or _POSSESSIVE.search(first.rstrip(",;:"))
                or any(w[:1].isupper() and w != "I" for w in said[1:]))


def _bare(word: str) -> str:
    """``word`` case-folded, without the punctuation around it and a possessive ("China's" is "china")."""
    return _POSSESSIVE.sub("", word.strip(",.;:!?()\"“”")).casefold()


def _place(topic: dict) -> str:
    """The place or actor ``topic``'s heading names and its statements name too, capitalised inside a
    sentence ("China" of "On China": "New buildings in China run on…"; of "Jensen Huang on China",
    "Jensen Huang"), else ""."""
    heading = plain(topic["title"]).split()
    inside = {_bare(w) for p in topic["points"] for w in plain(p["text"]).split()[1:] if w[:1].isupper()}
    named = [n for n, w in enumerate(heading) if w[:1].isupper() and len(w) >= _NAME_WORD and _bare(w) in inside]
    run = [n for n in named if n - named[0] == named.index(n)][:3]  # (its first run of names, three words at most)
    return " ".join(heading[run[0]:run[-1] + 1]).strip(",.;:") if run else ""


def _unplaced(text: str, where: str) -> bool:
    """Whether ``text`` should say ``where`` (a topic's place or actor): it names nothing, has no label and
    does not say it already ("China real estate is booming")."""
    return bool(where) and names_nothing(text) and not labelled(text)[0] and not (
        {_bare(w) for w in where.split()} & {_bare(w) for w in plain(text).split()})


def placed(topic: dict, words: dict) -> dict:
    """``topic`` with each statement's subject kept (``subject_kept``), its message too (a message
    lifted out of a point, "Committee ordered…", as that point says it; none that opens on a word that
    refers back: it has nothing before it), and each statement that names nothing under a heading that
    names a place or actor (``_place``) labelled with it ("China: The average white-collar worker…")."""
    where = _place(topic)
    texts = [subject_kept(p["text"], words) for p in topic["points"]]
    points = [{**p, "text": f"{where}: {text}" if _unplaced(text, where) else text} for p, text in zip(topic["points"], texts)]
    message = topic["message"]
    if message:
        lifted = [t for p, t in zip(topic["points"], texts) if t != p["text"] and labelled(plain(p["text"]))[1] == plain(message)]
        message = lifted[0] if lifted else "" if _opens_back(message, words) else message
    return {**topic, "points": points, "message": message}


def standing(takeaways: list, introduction: Sequence[str], shown: list, topics: Sequence, words: dict) -> tuple:
    """The takeaways, the introduction's sentences, the shown topics and all topics with each statement's
    subject kept and its place said (``subject_kept``, ``placed``), and what each statement that follows
    another follows (``antecedents``, for ``stand_alone``)."""
    takeaways = [{**t, "text": subject_kept(t["text"], words)} for t in takeaways]
    introduction = [subject_kept(s, words) for s in introduction]
    topics, shown = [placed(t, words) for t in topics], [placed(t, words) for t in shown]
    before = antecedents([t["text"] for t in takeaways], introduction, *([p["text"] for p in t["points"]] for t in topics))
    return takeaways, introduction, shown, topics, before


def labelled_place(label: str, body: str) -> bool:
    """Whether ``label`` says where or of whom ``body`` is true: a name of at most three words over a
    statement that names nothing (see ``placed``)."""
    return bool(label) and count_words(label) < 4 and is_name(label) and names_nothing(body)
