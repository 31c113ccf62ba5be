"""What a deck of titles-only notes is (issue #21, review 12's finding 2, review 14's finding 3).

Notes that give a recording's chapters and nothing else (titles, record lines) state no point: their deck
is a navigational handout, not an argument, small and honest (the cover with the notes' own summary
sentence, the chapter list with its times, the sources):

- one list slide, titled by a sentence of what its items are about, never by a count (``list_title``):
  the common thread of their titles (list_thread.py: the key word a quarter of them share at least, said as
  the titles say it, "Live Streaming" where every title that has it says the word before too) shared by
  every one ("Every chapter is about live streaming": ``chapters_every``), by more than half (``chapters_most``)
  or by several (``chapters_some``; of links, ``links_every``…); without one, what the list is ("Each
  chapter opens at its time in the recording": ``chapters_timed``, ``chapters_untimed``, ``links_given``);
- where three or more chapters have a known length, the deck's list keeps the six longest in time order,
  titled by the longest (chapter_list.py: review 15's finding 3), and so is a list without a thread whose
  longest chapter stands out (a shared slide of chapters: review 16's finding 3);
- a bottom line of what the notes say of the recording, never a fact about the recording itself (how long
  a chapter takes: that is no claim of the content, review 13's finding 2);
- a chapter whose heading announces a review of predictions or claims (``verdict_titles``: "Our 2024
  Predictions Reviewed") and none of whose points states an outcome (``verdict_phrases``: "came true") says,
  under its slide's title, that the notes give no verdicts (``unverdicted``: ``no_verdicts``, naming the chapter
  where the slide shows others beside it, ``no_verdicts_on``).
"""
from __future__ import annotations

from .bottom_line import NUMBERED, is_statement
from .chapter_list import even_title, is_ranked, longest_here, longest_title
from .chapter_times import chapter_names, list_heading
from .inline import plain
from .key_words import holds, phrases
from .list_thread import list_thread
from .sentence_kinds import is_prediction_topic
from .words import fill
from .template_names import template_filter

@template_filter("list_title")
def list_title(topics: list, words: dict, recording: list | None = None) -> str:
    """A titles-only list's title: a sentence of what its items are about, never their count (see the
    module doc), of ``topics`` (the chapters it lists: no aside); without a thread, where three or more have
    a known length and one stands out, the longest of them (chapter_list.longest_title; review 16: "Each
    chapter opens at its time" told nothing), else what the list is. Of some of the ``recording``'s chapters
    (a shared slide's), "the longest" only where it is the recording's longest, else the longest of them where
    it stands out ("Of these, “What happened this year?” takes longest": chapter_list.longest_here). Chapters of
    about one length say so ("The time is spread evenly: about 8 minutes a chapter": chapter_list.even_title)."""
    kept = [t for t in topics if not t["aside"]]
    kind = "links" if list_heading(kept, words) == words["links"] else "chapters"
    names = chapter_names(kept)
    thread, shared = list_thread([NUMBERED.sub("", names[t["index"]]) for t in kept])  # (a numbering is no thread)
    if thread:
        share = "every" if shared == len(kept) else "most" if 2 * shared > len(kept) else "some"
        return fill(words[f"{kind}_{share}"], thread=thread)
    if kind == "links":
        return words["links_given"]
    if is_ranked(kept) and _longest_of(kept, recording or kept):
        return longest_title(kept, words, recording)
    if recording is not None and (here := longest_here(kept, words, recording)):
        return here
    if even := even_title(kept, words):
        return even
    return words["chapters_timed" if any(t["at"] for t in kept) else "chapters_untimed"]


def _longest_of(topics: list, recording: list) -> bool:
    """Whether the longest of ``topics`` (known lengths, no aside) is as long as any of ``recording``'s."""
    def spans(of: list) -> list[int]:
        return [t["span"] for t in of if not t["aside"] and t["span_known"]]
    return max(spans(topics), default=0) >= max(spans(recording), default=0)


@template_filter("unverdicted")
def unverdicted(topic: dict, words: dict, named: bool = True) -> str:
    """The line that says the notes give no verdicts where ``topic``'s heading announces a review of
    predictions or claims (``verdict_titles``) and none of its points (sub-points too) states an outcome
    (``verdict_phrases``), else "": naming the topic where ``named`` (a slide that shows it beside others:
    ``no_verdicts_on``), else not (its own slide, titled by it: ``no_verdicts``)."""
    if not holds(topic["title"], phrases(words, "verdict_titles")):
        return ""
    said = phrases(words, "verdict_phrases")
    if any(holds(p["text"], said) for p in _every(topic["points"])):
        return ""
    return fill(words["no_verdicts_on"], topic=plain(topic["title"])) if named else words["no_verdicts"]


@template_filter("titles_only_notes")
def titles_only_notes(topics: list, words: dict) -> bool:
    """Whether the notes' ``topics`` give titles only: there is one (no aside) at least, and no point of
    one states anything (bottom_line.is_statement) but a prediction's (a topic the heading names as
    predictions: its points are claims the recording checks, not findings)."""
    if _asked[0] is topics and _asked[1] is words:  # (each slide of short topics asks: once a render, not
        return _asked[2]  # once a slide over every topic — 3,000 topics took 40 s; a template cannot change them)
    kept = [t for t in topics if not t["aside"]]
    answer = bool(kept) and not any(is_statement(p["text"]) for t in kept if not is_prediction_topic(t["title"], words)
                                    for p in _every(t["points"]))
    _asked[:] = [topics, words, answer]
    return answer


_asked: list = [None, None, False]  # the last topics and words titles_only_notes was asked of, and its answer


def _every(points: list) -> list:
    return [q for p in points for q in (p, *_every(p["children"]))]
