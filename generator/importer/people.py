"""People as notes name them: a header's list of people with their roles, and whether a text is a person's name."""
from __future__ import annotations

import re

_PARTICLES = {"de", "da", "del", "der", "den", "van", "von", "bin", "ibn", "al", "el", "la", "le", "du", "di", "y"}


def split_people(text: str) -> list[dict]:
    """People as a header lists them: ``Jane Doe (CEO, Acme), John Roe and Ann Lee``; a part that is
    not a name (``CEO of Acme``) is the role of the name before it."""
    parts, depth, current = [], 0, ""
    for piece in re.split(r"(\(|\)|;|,| and | & )", text):
        depth += piece == "("
        depth -= piece == ")" and depth > 0
        if depth == 0 and piece in (";", ",", " and ", " & "):
            parts.append(current)
            current = ""
        else:
            current += piece
    parts.append(current)
    people: list[dict] = []
    for part in (p.strip() for p in parts):
        if not part:
            continue
        found = re.fullmatch(r"(?P<name>[^()]+?)\s*\((?P<role>[^()]+)\)", part) or \
            re.fullmatch(r"(?P<name>.+?)\s+[—–-]\s+(?P<role>.+)", part)
        if found:
            people.append({"name": found.group("name"), "role": found.group("role").strip()})
        elif people and _is_role(part):
            people[-1]["role"] = ", ".join(filter(None, (people[-1].get("role", ""), part)))
        else:
            people.append({"name": part})
    return people


def _is_role(part: str) -> bool:
    words = part.split()
    return (len(words) == 1 and words[0].isupper()) or any(w[:1].islower() and w not in _PARTICLES for w in words)



def reads_as_name(text: str) -> bool:
    """Whether ``text`` reads as a person's name: two to six words, each capitalised (a title such as
    ``Dr.`` or a particle such as ``van`` aside)."""
    words = text.split()
    return 2 <= len(words) <= 6 and all(w[:1].isupper() or w.lower() in _PARTICLES for w in words) \
        and not any(c.isdigit() for c in text)


# endings of the words of a subject ("Quantum Computing", "Market Update"), not of a person's name
_SUBJECT_ENDINGS = ("ing", "tion", "sion", "ment", "ness", "ity", "ics", "ogy", "ism", "ance", "ence", "al", "ive",
                    "ous", "ful", "less", "ure", "ship", "ers", "ies", "date", "view", "cast", "show", "notes")
_SUBJECT_WORDS = {"daily", "weekly", "monthly", "digest", "lab", "labs", "news", "report", "radio", "today", "live",
                  "summit", "panel", "intro", "intros", "episode", "chapter", "review", "guide", "update", "recap",
                  "roundup", "podcast", "show", "hour", "talk", "talks", "club", "house", "world", "street", "media",
                  "the", "and", "for", "with", "from", "how", "why", "what", "when", "where", "who", "your", "our",
                  "new", "big", "best", "top", "future", "state", "age", "art", "life", "love", "power"}
_NAME_WORD = re.compile(r"(?:[A-Z][a-z]+(?:['’-][A-Z]?[a-z]+)?|[A-Z]\.|Dr\.|Mc[A-Z][a-z]+)")


def is_person(text: str) -> bool:
    """Whether ``text`` is only a person's name ("Chris Williamson", "Dr. Jane A. Doe"): two to four
    capitalised words, none ending as a subject's words do ("Quantum Computing" is no name)."""
    words = text.split()
    return 2 <= len(words) <= 4 and all(_NAME_WORD.fullmatch(w) for w in words) \
        and not any(w.lower().endswith(_SUBJECT_ENDINGS) or w.lower() in _SUBJECT_WORDS for w in words if len(w) > 2)
