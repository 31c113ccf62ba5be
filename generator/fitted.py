"""A statement as a summary item shows it: whole in its words, without a label that only heads it."""
from __future__ import annotations

import re
from functools import lru_cache

from .bottom_items import ended, heads_only, whole_pair
from .bottom_line import is_statement
from .clauses import kept_whole, whole_statement
from .frames import unframed
from .headline import count_words, labelled
from .standalone import labelled_place
from .words import WORD


def _headed(label: str, body: str) -> bool:
    """Whether ``label`` only heads ``body``: it is short (under four words) and names no one (a word of
    four letters or more is lower-case: "Cost efficiency", not "Committee on Armed Services" or "Jensen
    Huang"), and ``body`` is a statement of its own."""
    return (count_words(label) < 4 and any(w[:1].islower() for w in WORD.findall(label) if len(w) >= 4)
            and is_statement(body))


@lru_cache(maxsize=1 << 12)  # (a string of strings alone: a --watch rebuild fits again only the statements edited)
def fitted(text: str, most: int) -> str:
    """``text`` as a summary item: without a ``Label: `` that only heads its statement (``_headed``:
    "Cost efficiency: DeepSeek's models are 27x cheaper…" says "DeepSeek's models are 27x cheaper…",
    its first letter upper-case), whole in ``most`` words (clauses.whole_statement), else whole in a
    third more (a statement with no clause to end at, "…routine lists in the Army, Navy, Air Force, Marine
    Corps, and Space Force."; without a short label, "Committee on Commerce: "), else whole in twice ``most``
    where a cut would leave out its reason, contrast or qualifier (clauses.kept_whole), else "". A label that
    says where or of whom a statement that names nothing is true stays ("China: The average white-collar
    worker…": standalone.labelled_place), the statement cut in the words left. A statement of more than
    ``most`` words is said without its leading frame first ("AMD's Q3 2025 earnings call highlighted record
    revenue…" says "Record revenue…": frames.unframed), a cut that ends inside its second sentence before
    it (bottom_items.ended); never one that leaves out the half of a contrast ("…; meanwhile, Apple is investing…"):
    that is whole in half as many words again, else "" (bottom_items.whole_pair; review 18, finding 2). A quotation
    with its speaker ("“…” — Mike Rogers": plain_items.attributed) is its quotation fitted, its speaker kept."""
    found = _ATTRIBUTED.match(" ".join(text.split()))
    if found:
        quote = fitted(found["quote"], most)
        return f"{quote} — {found['name']}" if quote else ""
    text = (count_words(text) > most and unframed(text)) or text
    label, body = labelled(text)
    if labelled_place(label, body):
        said = fitted(body, most - count_words(label))
        return f"{label}: {said}" if said else ""
    shown = whole_statement(text, most) or whole_statement(body if label and count_words(label) < 4 else text,
                                                           most + most // 3) or kept_whole(text, most)
    label, body = labelled(shown)
    said = ended(body[:1].upper() + body[1:] if label and (_headed(label, body) or heads_only(label, body)) else shown)
    pair = whole_pair(said, text, most)
    return quoted_sentence(said, text) if pair is None else pair


_ATTRIBUTED = re.compile(r"^(?P<quote>[“\"][^”\"]+[”\"]) — (?P<name>[^\W\d_][\w.'’-]*(?: [^\W\d_][\w.'’-]*){1,2})$")
_CLOSING = {"“": "”", '"': '"', "«": "»", "„": "“"}  # a quotation's opening mark and the mark that closes it


def quoted_sentence(said: str, text: str) -> str:
    """``said``, the first sentences of ``text``, with the quotation it opens closed where those are whole
    sentences of that quotation ("“China is the most challenging … in 30 years.”" of a quote of two sentences
    and its speaker): the quote's sentence is a whole statement in its words, shown as a quote, its speaker on
    the slide that shows it (review 18: a heavy topic's statement); else as it is."""
    close = _CLOSING.get(said[:1], "")
    if (not close or said == text or not said.endswith((".", "!", "?")) or close in said[1:]
            or not text.startswith(said) or close not in text[len(said):]):
        return said
    return said + close
