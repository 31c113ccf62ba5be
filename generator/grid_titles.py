"""The title of a grid of one measure: a sentence about what its cells share, from the notes' own words.

A grid's figures measure one thing: the longest run of words their labels all hold ("Segment
operating income", ``shared``). Where each label ends on that run after what sets it apart ("Data
Center", "Client and Gaming") and carries a comparison with an earlier value of the same kind
(``earlier_marks``: "compared to $1 billion a year ago"; see figure_labels.change_of), the title says
which way each moved, in the notes' order and the language's words ``moved_up`` / ``moved_down``:
"Segment operating income rose for Data Center and for Client and Gaming, fell for Embedded". The
direction is read from the two values the notes give, never guessed; an item whose share moved the other way is
named last, ``moved_mixed`` (title_shares.py). Where a cell gives no such
comparison, or the sentence would not fit a title, the strongest cell's own sentence titles the grid
(figure_title), else what the labels share.
"""
from __future__ import annotations

from .figure_facts import CHANGE, key_words
from .figure_labels import compared, saying
from .headline import count_words
from .inline import plain
from .peer_titles import moved_sentence
from .quantities import quantity_of, said_quantities
from .sentence_kinds import is_aside_sentence
from .titles import point_texts
from .whole_titles import MOST_WORDS, whole_title
from .template_names import template_filter
from .title_shares import share_against


def grid_title(figures: list[dict], topic: dict, words: dict, most: int = MOST_WORDS) -> str:
    """The title of a grid of ``figures`` (``value``, ``label``; two or more, one measure) of ``topic``
    (see the module doc). Made of the labels as drawn: a run the labels share, cut out of their markup (each
    segment in bold, "**Data Center segment** operating income"), left its markers on the slide ("Segment** …")."""
    drawn = [{**figure, "value": plain(figure["value"]), "label": plain(figure["label"])} for figure in figures]
    measure = shared(drawn)
    moved = _moved(drawn, measure, words)
    return moved if moved and count_words(moved) <= most else figure_title(figures, topic, words, most) or measure


def shared(figures: list[dict]) -> str:
    """The longest run of words that the labels of ``figures`` all hold (case aside), as the first
    writes it, opening on a capital: what the grid's figures measure."""
    labels = [CHANGE.sub("", f["label"]).split() for f in figures]
    folded = [[w.casefold() for w in label] for label in labels]
    first = labels[0]

    def found(size: int) -> int | None:  # where the first label's first run of ``size`` words all hold starts
        held = [{" ".join(words[i:i + size]) for i in range(len(words) - size + 1)} for words in folded[1:]]
        return next((start for start in range(len(first) - size + 1)
                     if all(" ".join(folded[0][start:start + size]) in runs for runs in held)), None)

    # a run all hold has its shorter runs held too: the longest is found by halving (every size and start
    # of two 400-word labels with no word in common was 0.8 s; the labels may be 3,000 words)
    low, high = 0, len(first)
    while low < high:
        middle = (low + high + 1) // 2
        low, high = (middle, high) if found(middle) is not None else (low, middle - 1)
    start = found(low) if low else None
    if start is None:
        return ""
    text = " ".join(first[start:start + low])
    return text[:1].upper() + text[1:]


def _moved(figures: list[dict], measure: str, words: dict) -> str:
    """"<measure> rose for A and for B, fell for C", or "" where a cell names no item before the
    measure or gives no earlier value of its value's kind, or one did not move."""
    if not key_words(measure):
        return ""
    ups: list[str] = []
    downs: list[str] = []
    mixed: list[str] = []  # (the value moved one way, its share the other: title_shares.py)
    first = ""
    for figure in figures:
        base = CHANGE.sub("", figure["label"])
        item = base[:len(base) - len(measure)].strip()
        if not item or base[len(base) - len(measure):].casefold() != measure.casefold():
            return ""
        change = _direction(figure["value"], figure["label"], words)
        if not change:
            return ""
        if share_against(figure["value"], figure["label"], words, change):
            mixed.append(item)
            continue
        (ups if change > 0 else downs).append(item)
        first = first or ("up" if change > 0 else "down")
    return moved_sentence(measure, {"up": ups, "down": downs, "mixed": mixed}, first or "up", words)


def _direction(value: str, label: str, words: dict) -> int:
    """1 where ``value`` is above the earlier value ``label`` gives ("…, compared to $1 billion a year
    ago": figure_labels.compared), -1 below, 0 where it gives none of the same currency and unit, or the same."""
    now = quantity_of(value)
    for _, clause in compared(label, words)[:1]:
        found = said_quantities(clause)
        if now is None or not found:
            return 0
        cur, then, high, unit = found[0][2]
        if (cur, unit) != (now[0], now[3]) or high is not None or now[2] is not None or then == now[1]:
            return 0
        return 1 if now[1] > then else -1
    return 0


@template_filter("figure_title")
def figure_title(figures: list, topic: dict, words: dict, most: int = MOST_WORDS) -> str:
    """A big-number slide's title: the first sentence of ``topic``'s summary and points that says the
    value of the first of ``figures`` (a slide's, weightiest first) that one says, and is a statement
    that fits a title whole, ended as a sentence (not a note's fragment, "CHIPS Act providing $50B in
    subsidies"; no commentary), else ""."""
    for figure in figures:
        for sentence in saying(figure["value"], [topic["summary"] or "", *point_texts(topic["points"])]):
            if (sentence.endswith((".", "!", "?", "。", "！", "？")) and not is_aside_sentence(sentence, words)
                    and (title := whole_title(sentence, words, most))):
                return title
    return ""
