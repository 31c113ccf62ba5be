"""How much of a claim each stretch of a transcript holds: every stretch that holds some of the
claim's evidence (see ``evidence``) is scored, at three lengths (about 5, 10 and 20 seconds of
speech), by the share of the claim's weight it holds; a stretch without the claim's numbers, or with
them said far from the claim's moment, scores less (a number is what a summary gets right or wrong).
Then, in the chosen stretch, the run that holds the evidence, where in it the claim starts (of a
thing said twice there, the first saying), and the line (cue) a player opens at."""
from __future__ import annotations

import bisect
from collections import Counter

from .index import Index

SIZES = ((12, 1.0), (25, 0.94), (50, 0.86))  # window in compared words, and its handicap
MIN_WEIGHT = 1.0  # a word in more than ~60% of the transcript's stretches is not looked up ...
SHORT = 25  # ... unless the transcript is shorter than this many stretches (~8 minutes), where all are
DENSE = 0.75  # a short stretch this close to the densest one can be where the claim starts
LINE = 0.5  # ... and a cue holding this share of what the cue holding most of the claim holds
NUMBER_FLOOR = 0.6  # the share of its score a window keeps without any of the claim's numbers
NUMBER_NEAR = 20.0  # seconds: a claim's number said farther than this from its moment is another sentence's


def windows(index: Index, feats: list[tuple[str, float]]) -> tuple[list[int], list[int], list[float], list[int]]:
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
    numbers_everywhere = sum(n for n, w in zip(numeric, weights) if w < least)  # ("fuel cell 1" said all along)
    hits = sorted((p, k) for k, (key, w) in enumerate(feats) if w >= least for p in index.postings.get(key, ()))
    positions, which = [p for p, _ in hits], [k for _, k in hits]
    scores, sizes = [0.0] * len(hits), [0] * len(hits)
    for size, handicap in SIZES:
        counts = [0] * len(feats)
        covered, found, j, n = everywhere, numbers_everywhere, 0, len(hits)
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


def numbers_near(index: Index, feats: list[tuple[str, float]], positions: list[int], which: list[int],
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


def densest(positions: list[int], which: list[int], feats: list[tuple[str, float]], first: int, last: int) -> int:
    """Where in a long window the claim is said: the start of the first short stretch that holds
    nearly as much of the claim as the best short stretch (names are often said a little before
    what is said about them, and a claim may join two sentences)."""
    inside = [(p, k) for p, k in zip(positions, which) if first <= p <= last]
    size = SIZES[0][0]
    weights = [sum(feats[k][1] for k in {k for p, k in inside[i:] if p < pos + size}) for i, (pos, _) in enumerate(inside)]
    top = max(weights, default=0.0)
    return next((pos for (pos, _), w in zip(inside, weights) if w >= DENSE * top), first)


def opening(index: Index, positions: list[int], which: list[int], feats: list[tuple[str, float]], where: int) -> int:
    """Where a claim said from compared word ``where`` on opens: the first cue (a caption, a
    speaker's line: what a transcript times) of the short stretch there that holds at least LINE of
    what the cue holding most of the claim holds. A line before it that holds less does not open it
    when it only names what that one says too ("FUEL CELL 1 is closed", then "the FUEL CELL shutdown
    procedure is complete for FUEL CELL 1") or is said at most NUMBER_NEAR seconds before it ("tank
    1 pressure is just a hair over 200", then "It's slowly going to zero"); one that holds a part of
    the claim said longer before does. Its moment is ``Index.opening`` of it."""
    held: dict[int, set[int]] = {}
    firsts: dict[int, int] = {}
    low = bisect.bisect_left(positions, where)
    high = bisect.bisect_left(positions, where + SIZES[0][0])
    while 0 < high < len(positions) and index.cues[positions[high]] == index.cues[positions[high - 1]]:
        high += 1  # (to the end of the stretch's last cue)
    for p, k in zip(positions[low:high], which[low:high]):
        held.setdefault(index.cues[p], set()).add(k)
        firsts.setdefault(index.cues[p], p)
    weights = {cue: sum(feats[k][1] for k in ks) for cue, ks in held.items()}
    if not weights:
        return where
    best = max(weights, key=lambda cue: weights[cue])

    def lead_in(cue: int) -> bool:
        return held[cue] <= held[best] or index.times[firsts[best]] - index.times[firsts[cue]] <= NUMBER_NEAR

    return next(firsts[cue] for cue in firsts if weights[cue] >= LINE * weights[best] or not lead_in(cue))


def span(positions: list[int], which: list[int], i: int, size: int) -> tuple[int, int]:
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
