"""Where a transcript says a claim, or that it does not: deterministic, offline, no model.

A claim's evidence (see ``evidence``) is looked for in every stretch of the transcript, and each
stretch scored by the share of the claim's weight it holds (see ``stretches``). The best stretch
wins, nudged toward the claim's topic time and toward the order of the content, which are hints and
never requirements. It is a match only when it holds enough of the claim *and* stands out from the
best stretch elsewhere in the recording: a claim that was not said shares words with many places,
and with none much more than the others.
"""
from __future__ import annotations

import heapq
from collections import Counter
from dataclasses import dataclass

from .evidence import features
from .index import Index
from .polarity import polarity
from .stretches import densest, numbers_near, opening, span, windows

NEAR = 0.2  # stretches this close to the best compete on the hints
HINT_BONUS, ORDER_BONUS = 0.2, 0.03
FAR = 60.0  # seconds: "elsewhere" for the comparison with the best stretch
ACCEPT, MARGIN, SURE = 0.40, 0.10, 0.55  # a match: score >= ACCEPT and (ahead by MARGIN or >= SURE)
ACCEPT_IN_TOPIC, MARGIN_IN_TOPIC = 0.28, 0.03  # ... or, in its own topic, this much and this far ahead of the
# best stretch elsewhere in the topic (the topic's time is the notes' word that the claim is there)
UNHEARD = 0.4  # ... when at most this share of its weight is in words the recording never says
QUOTE_WORDS = 30
QUOTE_GAP = 30.0  # seconds (longer than a caption): a quote runs on past the claim's last word only where speech does


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
    positions, which, scores, sizes = windows(index, feats)
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
    tight, last = span(positions, which, chosen, sizes[chosen])
    where = densest(positions, which, feats, positions[chosen], max(last, positions[chosen] + sizes[chosen] - 1))
    first = min(where, last)  # (the first saying of a thing said again in the window: a read-back)
    at = index.time(where)
    times = index.times
    elsewhere = max((sc for p, sc in zip(positions, scores) if abs(times[p] - at) > FAR), default=0.0)
    score *= polarity(claim.text, index, first, last) * numbers_near(index, feats, positions, which, first, last, at)
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
    opens = opening(index, positions, which, feats, where)
    end = index.terms[min(last + 1, len(index.terms) - 1)][1]
    start = index.terms[min(opens, last)][1]
    if end - start >= QUOTE_WORDS:  # the quote holds the claim's words: the tightest run of them
        start = index.terms[tight][1]
    words = _run_on(index.raw[start:end + 1][:QUOTE_WORDS], index.terms[last][1] - start)
    speakers = Counter(w[2] for w in words if w[2])  # who says the line it opens at, else most of the quote
    speaker = index.raw[index.terms[opens][1]][2] or (speakers.most_common(1)[0][0] if speakers else None)
    return Match(claim, round(index.opening(opens), 2), speaker, " ".join(w[0] for w in words), round(score, 3))


def _run_on(words: list, last: int) -> list:
    """``words`` up to their ``last`` (the claim's last word said), then on only while no other
    speaker is named and no silence of QUOTE_GAP falls: not into another speaker's line ("This is
    Houston." after "we've had a problem here"), nor into words said much later."""
    kept = words[:last + 1]
    for word in words[last + 1:]:
        if word[2] and kept[-1][2] and word[2] != kept[-1][2] or word[1] - kept[-1][1] > QUOTE_GAP:
            break
        kept.append(word)
    return kept


def nearest(index: Index, text: str) -> tuple[float, str] | None:
    """The passage most like ``text`` (its seconds and words), however little it is like it;
    None when no word of it is said."""
    feats = features(index, text)
    positions, which, scores, sizes = windows(index, feats)
    if not positions:
        return None
    best = max(range(len(scores)), key=lambda i: (scores[i], -i))
    first, last = span(positions, which, best, sizes[best])
    start, end = index.terms[first][1], index.terms[last][1]
    return index.times[first], " ".join(w[0] for w in index.raw[start:end + 1][:QUOTE_WORDS])
