"""Issue #21, review 11's finding 2: the bottom line is one slide of short statements that say something.

- earnings-call-amd (imported as it comes): two takeaways of 20 and 23 words were kept whole, since every
  cut left out a cause or a qualifier (cut_rule.py). The first opens on a frame ("AMD's Q3 2025 earnings
  call highlighted …": the cover says whose call it is), which goes (generator/frames.py). The outlook
  is the deck's close (review 12, finding 5: tests/test_close_real.py), no bottom-line item: its title
  ends its clause before its trailing "…, with the launch of new products…" (clauses._ADDING), its
  qualifier "especially in Data Center AI" kept.
- hearing-daily-digest: one slide of leads, the rest on the entries' slides (tests/test_entry_lines.py).
"""
from __future__ import annotations

from generator.frames import unframed
from generator.headline import count_words

from .notes_built import deck_slides, imported_content


def _bottom_line(name: str, audience: str = "executive") -> list[list[str]]:
    """The deck's bottom-line slides of the notes fixture ``name``, each as its points."""
    return [[b.text for b in s.bullets] for s in deck_slides(imported_content(name), audience) if s.role == "summary"]


def test_a_long_takeaway_loses_its_frame_and_its_trailing_detail_never_its_cause_or_qualifier():
    (items,) = _bottom_line("earnings-call-amd.txt")
    assert items[0] == ("Record revenue and profitability driven by strong demand across Data Center AI, Server,"
                        " and PC businesses."), items
    outlook = "The company is optimistic about future growth, especially in Data Center AI"
    assert not any(t.startswith(outlook) for t in items), items
    closes = [s for s in deck_slides(imported_content("earnings-call-amd.txt"), "executive") if s.role == "close"]
    assert [s.title for s in closes] == [outlook]
    assert "Revenue grew 36% year-over-year to $9.2 billion." in items
    assert 3 <= len(items) <= 5 and all(count_words(t) <= 16 for t in items), [count_words(t) for t in items]


def test_a_frame_is_a_short_subject_and_a_reporting_verb_in_the_sentence_s_language():
    assert unframed("Le rapport annuel a souligné que les ventes ont progressé de 12 % en Europe.") == (
        "Les ventes ont progressé de 12 % en Europe.")
    assert unframed("Revenue grew 36% year-over-year, the call highlighted, driven by the data center.") == ""
    assert unframed("The call highlighted growth.") == ""  # (too little left to say)
    # (a verb before the reporting one: the sentence's own clause, no frame)
    assert unframed("Net income increased 31% and analysts highlighted the margin in every segment.") == ""



def test_an_actor_s_verb_is_no_frame():
    """A frame's subject names where the statement was said (a call, a report): "Google showcased Gemini 3…"
    says who did what and keeps its subject."""
    assert unframed("Google showcased Gemini 3 at its conference, with faster inference and a longer context window.") == ""
