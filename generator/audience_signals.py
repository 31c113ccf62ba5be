"""What each audience's bottom line looks for besides money, results and decisions (review 19's worst problem 2: the
three audiences got the same bottom line, the policy reader revenue figures and the executive a runtime's internals).

Each priority of consequence.PRIORITIES reads its own words (``generator/lang/<code>.yaml``, matched as whole words,
case-folded):

- ``outcome`` (the executive): outcome and scale, ``outcome_phrases`` ("customers", "developers", "launched", "in
  production", "线上");
- ``decision`` (policy): who is affected and public money, ``public_phrases`` ("taxpayers", "students", "customs",
  "הוועדה"), and the rules themselves, ``policy_phrases``;
- ``mechanism`` (the technical reader): how the system works, ``mechanism_phrases`` ("scheduler", "latency", "协程"),
  and code (code_terms.names_code: "epoll_data_t").

A statement that says its audience's words weighs SIGNAL more for that audience only (not a takeaway of the notes,
TOLD: the author's order of their own conclusions stands, "Prices rose by a third" before "Utilities blame the
cost…"); one that says how a system works and none of the policy reader's words weighs less for that reader (PAST:
review 21, talkgo's policy bottom line was epoll and the scheduler's states, the technical reader's); a topic that
says them, or (for the executive) says money, scale or a decision, is tagged for it
(``topic_tags``), so the audience's budget may keep it first (``keep`` in its audience.yaml): the executive deck shows
the topic that says how many developers use the language, which its bottom line then says.
"""
from __future__ import annotations

from .code_terms import names_code
from .key_words import holds, phrases
from .weigh import COUNT, MONEY, quantity_kinds

TOLD = "told"  # the key (true) of a bottom-line item that is a takeaway of the notes: ranked without its audience's words
SIGNAL = 2  # what a statement of its audience's own words weighs more for it (a count's weight for the executive)
KEYS = {"outcome": ("outcome_phrases",), "decision": ("public_phrases", "policy_phrases"),
        "mechanism": ("mechanism_phrases",)}
PAST = -1  # what a statement of only the words its audience looks past weighs less for it (code's weight: detail)
LOOKS_PAST = {"decision": "mechanism"}  # the policy reader looks past how a system works (review 21: talkgo's epoll)
TAGS = {"outcome": "outcome", "mechanism": "mechanism"}  # (the tag a topic of each priority's words takes; policy's exists)


def signals(text: str, words: dict, priority: str) -> bool:
    """Whether ``text`` says a word its ``priority``'s reader looks for (see the module doc)."""
    found = [p for key in KEYS.get(priority, ()) for p in phrases(words, key)]
    return holds(text, found) or (priority == "mechanism" and names_code(text))


def signal(text: str, words: dict, priority: str) -> int:
    """What ``text`` weighs more for ``priority`` (SIGNAL where it ``signals``), or less (PAST: where it says only the
    words its reader looks past, ``LOOKS_PAST``), else 0."""
    if signals(text, words, priority):
        return SIGNAL
    past = LOOKS_PAST.get(priority)
    return PAST if past and signals(text, words, past) else 0


def topic_tags(title: str, texts: list[str], words: dict, figured: bool = False) -> set[str]:
    """The tags (``outcome``, ``mechanism``) of a topic whose heading, or half its point ``texts`` (one at least), say
    its priority's words (a word in passing tags nothing: the budget's preference outweighs a topic's own weight);
    ``outcome`` too where the topic has key figures (``figured``) or its heading or a point says an amount of money or a
    large count (scale: weigh.quantity_kinds) or a decision (``decision_phrases``). An audience's budget may keep such
    a topic first (``keep``) or prefer it (``prefer``)."""
    def said(priority: str) -> bool:
        found = sum(signals(t, words, priority) for t in texts)
        return signals(title, words, priority) or (found > 0 and 2 * found >= len(texts))
    decided = phrases(words, "decision_phrases")
    scale = figured or any(quantity_kinds(t) & {MONEY, COUNT} or holds(t, decided) for t in (title, *texts))
    return {tag for priority, tag in TAGS.items() if said(priority) or (tag == "outcome" and scale)}
