"""Words as the aligner compares them: case, punctuation and filler gone, light stemming, and
numbers in one form whether written or spoken ("twenty seven times" and "27x" are both
``27 times``; "two hundred thousand" and "200,000" are both ``200 thousand``)."""
from __future__ import annotations

import re

from ..word_count import SPACELESS

TOKEN = re.compile(r"\$?\d[\d,]*(?:\.\d+)?(?:bn|[kmbx%])?(?![\w])|[^\W\d_]+(?:['’][^\W\d_]+)?", re.I)
_NUMBER_WORDS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
                 "sixteen seventeen eighteen nineteen")
_UNITS = {w: i for i, w in enumerate(_NUMBER_WORDS.split())}
_TEN_WORDS = "twenty thirty forty fifty sixty seventy eighty ninety"
_TENS = {w: 10 * (i + 2) for i, w in enumerate(_TEN_WORDS.split())}
_SCALES = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}
_SUFFIX = {"k": 10**3, "m": 10**6, "b": 10**9, "bn": 10**9}
_STOP_WORDS = """
    a about above after again against all also am an and any are aren as at be because been before being below
    between both but by can could did do does doing don down during each few for from further had has have having
    he her here hers herself him himself his how i if in into is isn it its itself just me more most my myself no
    nor not now of off on once only or other our ours ourselves out over own same she should so some such than
    that the their theirs them themselves then there these they this those through to too under until up very was
    wasn we were what when where which while who whom why will with would you your yours yourself yourselves um uh
    uhm hmm oh okay ok yeah yes like know mean really thing things kind sort actually right well gonna wanna got
    get gets getting go going say said says think lot lots let us one way just much many even still something
    someone anything everything maybe basically
"""  # function words and the filler of speech: they say nothing about where a claim is
STOP = frozenset(_STOP_WORDS.split())
# Scripts written without spaces between words (Chinese, Japanese): a run of them is no word, so it is
# compared as its pairs of characters (its characters, where a quote is checked word for word)
_UNSPACED = re.compile(SPACELESS)  # (word_count's: the same scripts everywhere)


def _american(word: str) -> str:
    """British spellings as American ones, since summaries and transcripts disagree: "visualisation"
    is "visualization", "organised" is "organized", "colour" is "color" (both sides change alike)."""
    word = word.replace("isation", "ization")
    for ending in ("ise", "ised", "ises", "ising"):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            return word[: len(word) - len(ending)] + "iz" + ending[2:]
    return word[:-3] + "or" if word.endswith("our") and len(word) > 5 else word


def _stem(word: str) -> str:
    """A light stemmer: the same stem for the usual forms of a word ("stores", "store", "storing")."""
    word = _american(word)
    if word.endswith("done"):  # "redone" is "redo", as "redoing" is
        return word[:-2]
    for suffix, keep in (("ies", "y"), ("sses", "ss"), ("ing", ""), ("ed", ""), ("s", ""), ("ly", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3 and not (suffix == "s" and word.endswith("ss")):
            word = word[: len(word) - len(suffix)] + keep
            break
    return word[:-1] if word.endswith("e") and len(word) > 4 else word


def _number(value: float) -> list[str]:
    """A number as the aligner writes it: mantissa and scale word (200000 -> 200 thousand)."""
    for scale, size in sorted(_SCALES.items(), key=lambda s: -s[1]):
        if value >= size and (value / size) * 100 == int(value / size * 100):
            return [_plain(value / size), scale]
    return [_plain(value)]


def _plain(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:.2f}".rstrip("0").rstrip(".")


def tokens(text: str, exact: bool = False) -> list[tuple[str, int]]:
    """The compared words of ``text`` with the index of the raw word each comes from; ``exact``
    keeps every word as said (no stemming, no filler dropped: only case, punctuation and numbers
    are made one), as a quote is checked."""
    raw = [m.group() for m in TOKEN.finditer(text)]
    out: list[tuple[str, int]] = []
    i = 0
    while i < len(raw):
        word = raw[i].lower().replace("’", "'")
        if word[0].isdigit() or word[0] == "$":
            i = _digits(raw, i, out)
            continue
        if word in _UNITS or word in _TENS or (word in ("hundred",) + tuple(_SCALES) and out and out[-1][0][0].isdigit()):
            i = _spoken(raw, i, out)
            continue
        if not word.isascii() and _UNSPACED.search(word):  # (a Latin word needs no search)
            out += [(pair, i) for pair in _pieces(word, exact)]
            i += 1
            continue
        if exact:
            out.append((word, i))
            i += 1
            continue
        word = word.split("'")[0]
        if word == "percent":
            out.append(("percent", i))
        elif word not in STOP and len(word) > 1:
            out.append((_stem(word), i))
        i += 1
    return out


def _pieces(run: str, exact: bool) -> list[str]:
    """A run of unspaced script as it is compared: its pairs of characters ("主张" in "日本語の主張"
    as "本語" is), or each character where a quote is checked (a quote may start mid-run)."""
    if exact or len(run) < 2:
        return list(run)
    return [run[k:k + 2] for k in range(len(run) - 1)]


def _digits(raw: list[str], i: int, out: list) -> int:
    word = raw[i].lower().lstrip("$").replace(",", "")
    tail = ""
    for end in ("bn", "k", "m", "b", "x", "%"):
        if word.endswith(end):
            word, tail = word[: -len(end)], end
            break
    try:
        value = float(word)
    except ValueError:
        return i + 1
    value *= _SUFFIX.get(tail, 1)
    j = i + 1
    while j < len(raw) and raw[j].lower() in _SCALES:
        value *= _SCALES[raw[j].lower()]
        j += 1
    # a year stays a year (2024 is not "2.024 thousand")
    out += [(w, i) for w in ([word] if tail == "" and j == i + 1 and re.fullmatch(r"(1[89]|20)\d\d", word) else _number(value))]
    if tail == "x":
        out.append((_stem("times"), i))
    elif tail == "%":
        out.append(("percent", i))
    return j


def _spoken(raw: list[str], i: int, out: list) -> int:
    """Number words from ``raw[i]`` on ("twenty seven", "two hundred thousand", "one point five")."""
    total, current, j, seen = 0.0, 0.0, i, False
    while j < len(raw):
        w = raw[j].lower()
        if w in _UNITS:
            current += _UNITS[w]
        elif w in _TENS:
            current += _TENS[w]
        elif w == "hundred":
            current = (current or 1) * 100
        elif w in _SCALES:
            total += (current or 1) * _SCALES[w]
            current = 0
        elif w == "point" and j + 1 < len(raw) and raw[j + 1].lower() in _UNITS:
            current += _UNITS[raw[j + 1].lower()] / 10
            j += 1
        elif w == "and" and seen and j + 1 < len(raw) and raw[j + 1].lower() in {**_UNITS, **_TENS}:
            pass
        else:
            break
        seen = True
        j += 1
    if out and out[-1][0][0].isdigit() and raw[i].lower() in ("hundred",) + tuple(_SCALES):
        return j  # "5.6 million" spoken after digits: the digits already took the scale
    out += [(w, i) for w in _number(total + current)]
    return j
