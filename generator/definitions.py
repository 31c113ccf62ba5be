"""A definition is no takeaway (review 18, finding 2: "GraalVM Native Image compile les applications Java en
exécutables natifs statiques…" as the second item of a bottom line).

A statement that says what a thing is or does in general states no result, change, decision or risk: it weighs
nothing (consequence.consequence) and either

- says what its subject is (``definition_phrases`` of the content's language, right after a subject of at most
  SUBJECT_WORDS words: "MoE is a technique…", "Native Image est un compilateur…"), or
- opens on the name its topic's heading leads with ("GraalVM Native Image…" under "GraalVM Native Image et la
  Closed-World Assumption en Java": ``lead_name``) in a topic that is not heavy (covered_topics.heavy_topics): the
  explainer of a side topic, which describes its subject. The statement of a heavy topic that opens on its name is
  its claim ("TSMC dominates advanced chip manufacturing…" under "TSMC and Semiconductor Manufacturing").

The bottom line leaves a definition out (consequence.DEFINED): a shorter bottom line says more than one that
explains a term.
"""
from __future__ import annotations

from .inline import plain
from .key_words import phrases
from .words import WORD

SUBJECT_WORDS = 4  # words a defined subject has at most before "is a" / "est un"
UNSPACED_SUBJECT = 12  # characters it has at most in a script without spaces


def lead_name(heading: str) -> list[str]:
    """The words the ``heading`` leads with up to its first word in lower case or its first mark ("GraalVM Native
    Image" of "GraalVM Native Image et la Closed-World…", "Java 26" of "Java 26 : les nouveautés"), case-folded."""
    out: list[str] = []
    for token in plain(heading).split():
        word = "".join(WORD.findall(token))
        if not word or word != token.strip("“”\"'()") or word[:1].islower():
            out += [word.casefold()] if word and word[:1].isupper() and word == token.rstrip(":,;") else []
            break
        out.append(word.casefold())
    return out


def defines(text: str, heading: str, heavy: bool, words: dict) -> bool:
    """Whether ``text`` (a statement that weighs nothing, of the topic headed ``heading``, ``heavy`` or not) is a
    definition (see the module doc)."""
    said = [w.casefold() for w in WORD.findall(plain(text))]
    opening = " ".join(said[:SUBJECT_WORDS + 3])
    for phrase in phrases(words, "definition_phrases"):
        at = f" {opening} ".find(f" {phrase} ")
        if at > 0 and len(opening[:at].split()) <= SUBJECT_WORDS:
            return True
        if not phrase.isascii() and " " not in phrase and 0 < plain(text).find(phrase) <= UNSPACED_SUBJECT:
            return True  # (a script without spaces: "…是一种…")
    name = lead_name(heading)
    return not heavy and any(len(w) >= 3 for w in name) and said[:len(name)] == name
