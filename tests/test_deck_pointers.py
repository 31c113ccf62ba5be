"""Review 12: a deck may be built alone (`briefing build -f pptx`), so no line of it points to the report.
"And 22 more, listed in the report" (a list of bare titles on one technical slide) and the sources slide's
"Also discussed: …, and 3 more, listed in the report" say instead that the speaker notes name the rest, and
the notes do; the report's own line keeps "listed in the report" (its section lists them)."""
from __future__ import annotations

import re

import json

from generator.audiences import load_audience
from generator.loader import load_content
from generator.render import render_document


def test_the_sources_slide_names_the_topics_past_twelve_in_its_notes(tmp_path):
    topics = [{"id": f"t{n}", "title": f"Harbour works phase {n}", "at": f"{n}:00",
               "points": [f"Phase {n} moved {n * 10} tonnes of stone", f"Phase {n} closed the quay for {n} days",
                          f"Phase {n} cost {n} million euros"]} for n in range(1, 21)]
    path = tmp_path / "harbour.yaml"
    path.write_text(json.dumps({"title": "Harbour works", "topics": topics, "sources": [
        {"id": "video", "name": "Video", "url": "https://www.youtube.com/watch?v=abc", "duration": "1:00:00"}]}),
        encoding="utf-8")
    document = render_document(load_content(path), load_audience("executive"))
    deck = [s for s in document.slides if s.layout == "sources" and s.deck]
    report = [s for s in document.slides if s.layout == "sources" and s.report]
    line = deck[-1].bullets[-1].text
    assert line.startswith("Also discussed: ") and not re.search(r"more\Z", line), line  # (review 18 finding 3)
    named = set(re.findall(r"Harbour works phase \d+", line))
    left = set(re.findall(r"Harbour works phase \d+", deck[-1].notes.split("Left off the slide: ")[-1]))
    assert left and not named & left and 1 <= len(named) <= 12 and len(line.split()) <= 40  # (coverage._fitting)
    left = len(left)
    assert report[-1].bullets[-1].text.endswith(f"and {left} more, listed in the report")
    assert not any("in the report" in b.text for s in document.slides if s.deck for b in s.bullets)
