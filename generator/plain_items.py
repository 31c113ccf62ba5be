"""A bottom-line item in the notes' plainest words of the same claim (review 19's worst problem 2: knesset's bottom
line was a speaker's turn, "הארכנו אותו לשנתיים, כלומר…", and the raw vote line "בעד אישור הצו – פה אחד").

- A statement that restates itself ("X, that is, Y": a phrase of ``restating_phrases`` after a comma, "כלומר",
  "c'est-à-dire") says its claim in Y, where X is a short lead of no number (at most LEAD_WORDS words: "We extended
  it for two years") and Y a statement of its own ("from 1.1.16 to 31.12.17 a duty of 10% applies…"): the item is Y,
  the slide keeps the whole point.
- A quotation the notes attribute ("“China is … in 30 years. If we fail…,” said … Chairman Mike Rogers.": a verb
  of ``attribution_verbs`` after its closing mark, then the speaker, whose last two words are a name, capitalised)
  is its first sentence with its speaker, "“China is … in 30 years.” — Mike Rogers": a claim in a speaker's words
  says whose it is, never the deck's own voice.
- A vote's record line ("Label – outcome" of a few words each, no sentence: "For approving the order – unanimous")
  is said by the notes' own sentence of its outcome: a point of the notes that holds a ``decision_phrases`` phrase
  and every word of the outcome ("The order was approved unanimously."); without one it stays as it is.

Nothing is added: each item is the notes' own words, or stays as it was.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .bottom_line import is_statement
from .headline import count_words, sentences
from .inline import plain
from .key_words import holds, phrases

LEAD_WORDS = 6  # words the lead of a restated statement has at most ("We extended it for two years")
TALLY_WORDS = 4  # words each side of a vote's record line has at most
_TALLY = re.compile(r"^(?P<label>[^.!?:;]+?)\s+[–—-]\s+(?P<outcome>[^.!?:;]+?)\s*$")
_DIGIT = re.compile(r"\d")


def restated(text: str, words: dict) -> str:
    """The restatement ``text`` ends on (see the module doc), else ""."""
    said = " ".join(plain(text).split())
    for phrase in (p.strip() for p in words.get("restating_phrases", "").split(",") if p.strip()):
        found = re.search(rf"[,，،]\s*{re.escape(phrase)}\s*[,，،]?\s*", said, re.IGNORECASE)
        if found:
            lead, rest = said[:found.start()], said[found.end():]
            if count_words(lead) <= LEAD_WORDS and not _DIGIT.search(lead) and is_statement(rest):
                return rest[:1].upper() + rest[1:]
    return ""


def tally_outcome(text: str, topics: Sequence[dict], words: dict) -> str:
    """The notes' sentence that states the outcome of a vote's record line ``text`` (see the module doc), else ""."""
    found = _TALLY.match(" ".join(plain(text).split()))
    if not found or max(count_words(found["label"]), count_words(found["outcome"])) > TALLY_WORDS:
        return ""
    outcome = phrases({"outcome": found["outcome"]}, "outcome")
    decided = phrases(words, "decision_phrases")
    return next((p["text"] for t in topics for p in t["points"] if p["text"] != text
                 and holds(p["text"], outcome) and holds(p["text"], decided)), "")


def attributed(text: str, words: dict) -> str:
    """The first sentence of the quotation ``text`` opens on, with its speaker (see the module doc), else ""."""
    said = " ".join(plain(text).split())
    verbs = "|".join(re.escape(v.strip()) for v in words.get("attribution_verbs", "").split(",") if v.strip())
    found = None if not verbs else re.match(rf"(?P<quote>[“\"](?P<body>[^”\"]+))[”\"]\s*,?\s*(?:{verbs})\s+(?P<who>[^.(]+)", said)
    name = found["who"].split()[-2:] if found else []
    if found is None or len(name) < 2 or not all(w[:1].isupper() for w in name):
        return ""
    first = sentences(found["body"])[0].rstrip()
    closing = "”" if found["quote"].startswith("“") else '"'
    return f"{found['quote'][0]}{first}{closing} — {' '.join(name)}"


def plainly(items: list, topics: Sequence[dict], words: dict, fits: Callable[[str], object]) -> list:
    """``items`` (the bottom line's), each in the plainest of the notes' words that ``fits`` (see the module doc),
    once: an item whose plain form another item says already keeps its own words."""
    out: list = []
    for item in items:
        plainer = (restated(item["text"], words) or tally_outcome(item["text"], topics, words)
                   or attributed(item["text"], words))
        taken = {p["text"] for p in out} | {p["text"] for p in items}
        out.append({**item, "text": plainer} if plainer and plainer not in taken and fits(plainer) else item)
    return out
