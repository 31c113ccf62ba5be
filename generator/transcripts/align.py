"""Where a transcript says a claim, or that it does not: deterministic, offline, no model.

A claim's compared words (see ``words``) are weighted by how rare they are in the transcript,
with its word pairs as extra evidence. Every stretch of the transcript that holds some of them
is scored, at three lengths (about 5, 10 and 20 seconds of speech), by the share of the claim's
weight it holds. The best stretch wins, nudged toward the claim's topic time and toward the
order of the content, which are hints and never requirements. It is a match only when it holds
enough of the claim *and* stands out from the best stretch elsewhere in the recording: a claim
that was not said shares words with many places, and with none much more than the others.
A name the claim writes with a capital is also found where the transcript spells it a letter or
two apart, as machine transcripts mishear names ("Mremo" for "Marimo", "DiscCache").
"""
from __future__ import annotations

import bisect
import heapq
import re
from collections import Counter
from dataclasses import dataclass

from .index import Index, bigram
from .polarity import polarity
from .words import TOKEN, tokens

SIZES = ((12, 1.0), (25, 0.94), (50, 0.86))  # window in compared words, and its handicap
MIN_WEIGHT = 1.0  # a word in more than ~60% of the transcript's stretches is not looked up ...
SHORT = 25  # ... unless the transcript is shorter than this many stretches (~8 minutes), where all are
NEAR = 0.2  # stretches this close to the best compete on the hints
HINT_BONUS, ORDER_BONUS = 0.2, 0.03
FAR = 60.0  # seconds: "elsewhere" for the comparison with the best stretch
ACCEPT, MARGIN, SURE = 0.40, 0.10, 0.55  # a match: score >= ACCEPT and (ahead by MARGIN or >= SURE)
ACCEPT_IN_TOPIC, MARGIN_IN_TOPIC = 0.28, 0.03  # ... or, in its own topic, this much and this far ahead of the
# best stretch elsewhere in the topic (the topic's time is the notes' word that the claim is there)
UNHEARD = 0.4  # ... when at most this share of its weight is in words the recording never says
QUOTE_WORDS = 30
DENSE = 0.75  # a short stretch this close to the densest one can be where the claim starts
NUMBER_FLOOR = 0.6  # the share of its score a window keeps without any of the claim's numbers
NUMBER_NEAR = 20.0  # seconds: a claim's number said farther than this from its moment is another sentence's


@dataclass(frozen=True)
class Claim:
    """Something the content says: its text, where it is, and hints (transcript seconds)."""

    text: str
    path: tuple
    line: int = 0
    col: int = 0
    hint: tuple[float, float] | None = None
    group: object = None  # claims of one group are said in their order, roughly


@dataclass(frozen=True)
class Match:
    """Where the transcript says a claim (``seconds`` None: it does not)."""

    claim: Claim
    seconds: float | None
    speaker: str | None
    quote: str | None
    score: float


def features(index: Index, text: str) -> list[tuple[str, float]]:
    """A claim's evidence: its distinct compared words and word pairs, with their weights."""
    found = tokens(text)
    terms = [t for t, _ in found]
    raw = [m.group() for m in TOKEN.finditer(text)]
    out: dict[str, float] = {}
    for term, i in found:
        if raw[i][:1].isupper():  # a name: said also where the machine misheard it ("Mremo" for "Marimo")
            term = _heard(index, term)
        if term not in index.postings:
            split = _split(index, term)
            if split:  # "deepseek" in the notes, "deep seek" in machine captions
                out[split] = index.weight(split)
                continue
        out.setdefault(term, index.weight(term))
    for a, b in zip(terms, terms[1:]):
        key = bigram(a, b)
        if key in index.postings:
            out.setdefault(key, 0.5 * index.weight(key))
        elif a + b in index.postings:  # "deep seek" in the notes, "deepseek" said
            out.setdefault(a + b, index.weight(a + b))
    for phrase in _CAPITALISED.findall(text):  # "Language Server Protocol" in the notes, "LSP" said
        initials = "".join(w[0] for w in phrase.split()).lower()
        if initials in index.postings:
            out.setdefault(initials, index.weight(initials))
    return list(out.items())


def _heard(index: Index, term: str) -> str:
    """``term``, or the key of where it is said under its own and its near spellings."""
    near = index.near_spellings(term)
    if not near:
        return term
    key = "~" + term
    if key not in index.postings:
        index.postings[key] = sorted(p for w in [term, *near] for p in index.postings.get(w, ()))
    return key


_CAPITALISED = re.compile(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+){1,3}\b")


def _split(index: Index, term: str) -> str | None:
    for cut in range(3, len(term) - 2):
        key = bigram(term[:cut], term[cut:])
        if key in index.postings:
            return key
    return None


def _windows(index: Index, feats: list[tuple[str, float]]) -> tuple[list[int], list[int], list[float], list[int]]:
    """The hits in order (positions, and which feature each is), and for each hit the best score
    of a window starting there with that window's size. A window without the claim's numbers
    scores less: a number is what a summary gets right or wrong."""
    weights = [w for _, w in feats]
    numeric = [key[:1].isdigit() for key, _ in feats]
    numbers = sum(numeric)
    total = sum(weights) or 1.0
    # words said in most stretches are taken as said in every one: looking them up costs much
    # (a five-hour transcript says them thousands of times) and tells little
    least = MIN_WEIGHT if index.chunks >= SHORT else 0.0  # (in a short one, every word is in most stretches)
    everywhere = sum(w for w in weights if w < least)
    hits = sorted((p, k) for k, (key, w) in enumerate(feats) if w >= least for p in index.postings.get(key, ()))
    positions, which = [p for p, _ in hits], [k for _, k in hits]
    scores, sizes = [0.0] * len(hits), [0] * len(hits)
    for size, handicap in SIZES:
        counts = [0] * len(feats)
        covered, found, j, n = everywhere, 0, 0, len(hits)
        scale = handicap / total
        for i in range(n):
            end = positions[i] + size
            while j < n and positions[j] < end:
                kk = which[j]
                if not counts[kk]:
                    covered += weights[kk]
                    found += numeric[kk]
                counts[kk] += 1
                j += 1
            score = covered * scale
            if numbers:
                score *= _number_factor(found, numbers)
            if score > scores[i]:
                scores[i], sizes[i] = score, size
            k = which[i]
            counts[k] -= 1
            if not counts[k]:
                covered -= weights[k]
                found -= numeric[k]
    return positions, which, scores, sizes


def _number_factor(found: int, numbers: int) -> float:
    """The share of its score a window keeps holding ``found`` of the claim's ``numbers``."""
    return NUMBER_FLOOR + (1 - NUMBER_FLOOR) * found / numbers


def _numbers_near(index: Index, feats: list[tuple[str, float]], positions: list[int], which: list[int],
                  first: int, last: int, at: float) -> float:
    """The share of its score a window keeps when only the claim's numbers said within NUMBER_NEAR
    seconds of its moment count: a number said half a minute away is another sentence's ("not the
    default ..." and, 40 s on, "for Python 3.14, it is officially supported")."""
    numeric = {k for k, (key, _) in enumerate(feats) if key[:1].isdigit()}
    if not numeric:
        return 1.0
    low, high = bisect.bisect_left(positions, first), bisect.bisect_right(positions, last)
    said = [(which[i], index.times[positions[i]]) for i in range(low, high) if which[i] in numeric]
    found = len({k for k, _ in said})
    near = len({k for k, t in said if abs(t - at) <= NUMBER_NEAR})
    return _number_factor(near, len(numeric)) / _number_factor(found, len(numeric)) if found else 1.0


def align_claims(index: Index, claims: list[Claim]) -> list[Match]:
    """A Match for each claim, in the claims' order."""
    previous: dict[object, float] = {}
    out = []
    for claim in claims:
        match = _align(index, claim, previous.get(claim.group))
        if match.seconds is not None and claim.group is not None:
            previous[claim.group] = match.seconds
        out.append(match)
    return out


def _align(index: Index, claim: Claim, previous: float | None) -> Match:
    feats = features(index, claim.text)
    positions, which, scores, sizes = _windows(index, feats)
    if not positions:
        return Match(claim, None, None, None, 0.0)
    ranked = heapq.nlargest(200, range(len(scores)), key=lambda i: (scores[i], -i))
    top = scores[ranked[0]]

    def preference(i: int) -> tuple[float, int]:
        at = index.time(positions[i])
        bonus = HINT_BONUS if claim.hint and claim.hint[0] - 15 <= at <= claim.hint[1] + 15 else 0.0
        bonus += ORDER_BONUS if previous is not None and at >= previous - 20 else 0.0
        return scores[i] + bonus, -i

    chosen = max((i for i in ranked if scores[i] >= top - NEAR), key=preference)
    score = scores[chosen]
    first, last = _span(positions, which, chosen, sizes[chosen])
    at = index.time(_densest(positions, which, feats, first, last))
    times = index.times
    elsewhere = max((sc for p, sc in zip(positions, scores) if abs(times[p] - at) > FAR), default=0.0)
    score *= polarity(claim.text, index, first, last) * _numbers_near(index, feats, positions, which, first, last, at)
    inside = claim.hint is not None and claim.hint[0] - 15 <= at <= claim.hint[1] + 15
    said = score >= ACCEPT and (score - elsewhere >= (MARGIN / 2 if inside else MARGIN) or score >= SURE)
    unheard = sum(w for key, w in feats if key not in index.postings) / (sum(w for _, w in feats) or 1.0)
    if not said and inside and claim.hint is not None and score >= ACCEPT_IN_TOPIC and unheard <= UNHEARD:
        low, high = claim.hint[0] - 15, claim.hint[1] + 15  # the best elsewhere in its own topic
        rival = max((sc for p, sc in zip(positions, scores) if low <= times[p] <= high and abs(times[p] - at) > FAR),
                    default=0.0)
        said = score - rival >= MARGIN_IN_TOPIC
    if not said:
        return Match(claim, None, None, None, round(score, 3))
    start, end = index.terms[first][1], index.terms[min(last + 1, len(index.terms) - 1)][1]
    words = index.raw[start:end + 1][:QUOTE_WORDS]
    speakers = Counter(w[2] for w in words if w[2])
    return Match(claim, round(at, 2), speakers.most_common(1)[0][0] if speakers else None,
                 " ".join(w[0] for w in words), round(score, 3))


def nearest(index: Index, text: str) -> tuple[float, str] | None:
    """The passage most like ``text`` (its seconds and words), however little it is like it;
    None when no word of it is said."""
    feats = features(index, text)
    positions, which, scores, sizes = _windows(index, feats)
    if not positions:
        return None
    best = max(range(len(scores)), key=lambda i: (scores[i], -i))
    first, last = _span(positions, which, best, sizes[best])
    start, end = index.terms[first][1], index.terms[last][1]
    return index.times[first], " ".join(w[0] for w in index.raw[start:end + 1][:QUOTE_WORDS])


def _densest(positions: list[int], which: list[int], feats: list[tuple[str, float]], first: int, last: int) -> int:
    """Where in a long window the claim is said: the start of the first short stretch that holds
    nearly as much of the claim as the best short stretch (names are often said a little before
    what is said about them, and a claim may join two sentences)."""
    inside = [(p, k) for p, k in zip(positions, which) if first <= p <= last]
    size = SIZES[0][0]
    weights = [sum(feats[k][1] for k in {k for p, k in inside[i:] if p < pos + size}) for i, (pos, _) in enumerate(inside)]
    top = max(weights, default=0.0)
    return next((pos for (pos, _), w in zip(inside, weights) if w >= DENSE * top), first)


def _span(positions: list[int], which: list[int], i: int, size: int) -> tuple[int, int]:
    """First and last position of the tightest run of the window at hit ``i`` that holds all
    its evidence (a word that occurs again later in the window does not open it)."""
    inside = [(p, k) for p, k in zip(positions[i:], which[i:]) if p < positions[i] + size]
    later = Counter(k for _, k in inside)
    start = 0
    while start < len(inside) - 1 and later[inside[start][1]] > 1:
        later[inside[start][1]] -= 1
        start += 1
    kept = inside[start:]
    seen: Counter = Counter(k for _, k in kept)
    stop = len(kept) - 1
    while stop > 0 and seen[kept[stop][1]] > 1:
        seen[kept[stop][1]] -= 1
        stop -= 1
    return kept[0][0], kept[stop][0]
