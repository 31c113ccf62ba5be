"""What fails today when real notes go through import, build and the presentability rules
(tests/test_real_notes.py): (fixture, audience, rule) -> the issue section that fixes it, and why.

A rule of the deck is named as tests/presentability.py names it; of the report and the handout,
'report:<rule>' and 'handout:<rule>'; a notes file that import refuses is (name, '*', 'import'). When
a fix lands, its entries fail the test ("remove them"): delete them here. Nothing is added here
without an issue section.
"""
from __future__ import annotations

UNTIMED = (
    "issue #20 (untimed notes; no section names them yet): notes without a single time are refused: 'no topics found'"
)
ONE_LINE = (
    "issue #20 §2, §7: 'Episode Date: July 19, 2021' glued to the text, then 30 chapters on one line: 'no topics found'"
)
RECORDING = "issue #20 §4: the source is named 'The recording'; the cover says 'Prepared for: <Audience> audience'"
RECORDING_ON = (
    "issue #20 §4: the source is named 'Recording on <host>' (the host of the notes' first link); "
    "the cover says 'Prepared for: <Audience> audience'"
)
PREPARED_FOR = "issue #20 §4: the cover says 'Prepared for: <Audience> audience'"
DURATION = "issue #20 §2: the header line '⏱️ Duration: 85:10' is a point of 'Why it matters'"
NO_POINTS = (
    "issue #20 §8: the topics without points ('Funding and Bills', 'Next Steps') are not in the executive deck's agenda"
)
FRONT_MATTER = (
    "issue #20 §2, §3: the YAML front matter of Markdown notes is not read: its '---' is the title and its lines "
    "('number:', 'title:', 'date: 1727866800000' in epoch ms) are points of 'Why it matters'"
)
MD_LINKS = (
    "issue #20 §1: Markdown links in titles and points ('Brought to you by [Sentry.io](…)', "
    "'[Our 2024 Predictions](…) Reviewed.', the 'Hit us up' link lines) are printed as written"
)
UNLISTED_CHAPTERS = (
    "issue #20 §8: the chapters without points ('Welcome to Syntax!' …) are in no agenda: "
    "the agenda lists only the topics with points"
)
CHOSEN = (
    "issue #20 §8, #21 §3: the executive agenda lists only the topics the deck shows; "
    "two others are in no list ('Also discussed')"
)

KNOWN_FAILURES: dict[tuple[str, str, str], str] = {
    ("allin-chapters-odd-times", "executive", "handout:placeholder-source"): RECORDING,
    ("allin-chapters-odd-times", "executive", "placeholder-source"): RECORDING,
    ("allin-chapters-odd-times", "executive", "report:placeholder-source"): RECORDING,
    ("allin-chapters-odd-times", "policy", "handout:placeholder-source"): RECORDING,
    ("allin-chapters-odd-times", "policy", "placeholder-source"): RECORDING,
    ("allin-chapters-odd-times", "policy", "report:placeholder-source"): RECORDING,
    ("allin-chapters-odd-times", "technical", "handout:placeholder-source"): RECORDING,
    ("allin-chapters-odd-times", "technical", "placeholder-source"): RECORDING,
    ("allin-chapters-odd-times", "technical", "report:placeholder-source"): RECORDING,
    ("allin-deep-summary", "executive", "handout:header-line"): DURATION,
    ("allin-deep-summary", "executive", "handout:placeholder-source"): RECORDING,
    ("allin-deep-summary", "executive", "header-line"): DURATION,
    ("allin-deep-summary", "executive", "placeholder-source"): RECORDING,
    ("allin-deep-summary", "executive", "report:header-line"): DURATION,
    ("allin-deep-summary", "executive", "report:placeholder-source"): RECORDING,
    ("allin-deep-summary", "policy", "handout:header-line"): DURATION,
    ("allin-deep-summary", "policy", "handout:placeholder-source"): RECORDING,
    ("allin-deep-summary", "policy", "header-line"): DURATION,
    ("allin-deep-summary", "policy", "placeholder-source"): RECORDING,
    ("allin-deep-summary", "policy", "report:header-line"): DURATION,
    ("allin-deep-summary", "policy", "report:placeholder-source"): RECORDING,
    ("allin-deep-summary", "technical", "handout:header-line"): DURATION,
    ("allin-deep-summary", "technical", "handout:placeholder-source"): RECORDING,
    ("allin-deep-summary", "technical", "header-line"): DURATION,
    ("allin-deep-summary", "technical", "placeholder-source"): RECORDING,
    ("allin-deep-summary", "technical", "report:header-line"): DURATION,
    ("allin-deep-summary", "technical", "report:placeholder-source"): RECORDING,
    ("allin-e52-shownotes", "executive", "handout:placeholder-source"): RECORDING_ON,
    ("allin-e52-shownotes", "executive", "placeholder-source"): RECORDING_ON,
    ("allin-e52-shownotes", "executive", "report:placeholder-source"): RECORDING_ON,
    ("allin-e52-shownotes", "policy", "handout:placeholder-source"): RECORDING_ON,
    ("allin-e52-shownotes", "policy", "placeholder-source"): RECORDING_ON,
    ("allin-e52-shownotes", "policy", "report:placeholder-source"): RECORDING_ON,
    ("allin-e52-shownotes", "technical", "handout:placeholder-source"): RECORDING_ON,
    ("allin-e52-shownotes", "technical", "placeholder-source"): RECORDING_ON,
    ("allin-e52-shownotes", "technical", "report:placeholder-source"): RECORDING_ON,
    ("allin-summit-takeaways", "*", "import"): UNTIMED,
    ("committee-hearing", "executive", "handout:placeholder-source"): RECORDING_ON,
    ("committee-hearing", "executive", "placeholder-source"): RECORDING_ON,
    ("committee-hearing", "executive", "report:placeholder-source"): RECORDING_ON,
    ("committee-hearing", "executive", "unlisted-topic"): NO_POINTS,
    ("committee-hearing", "policy", "handout:placeholder-source"): RECORDING_ON,
    ("committee-hearing", "policy", "placeholder-source"): RECORDING_ON,
    ("committee-hearing", "policy", "report:placeholder-source"): RECORDING_ON,
    ("committee-hearing", "technical", "handout:placeholder-source"): RECORDING_ON,
    ("committee-hearing", "technical", "placeholder-source"): RECORDING_ON,
    ("committee-hearing", "technical", "report:placeholder-source"): RECORDING_ON,
    ("earnings-call-amd", "*", "import"): UNTIMED,
    ("guide-to-live-chapters", "executive", "handout:placeholder-source"): RECORDING,
    ("guide-to-live-chapters", "executive", "placeholder-source"): RECORDING,
    ("guide-to-live-chapters", "executive", "report:placeholder-source"): RECORDING,
    ("guide-to-live-chapters", "policy", "handout:placeholder-source"): RECORDING,
    ("guide-to-live-chapters", "policy", "placeholder-source"): RECORDING,
    ("guide-to-live-chapters", "policy", "report:placeholder-source"): RECORDING,
    ("guide-to-live-chapters", "technical", "handout:placeholder-source"): RECORDING,
    ("guide-to-live-chapters", "technical", "placeholder-source"): RECORDING,
    ("guide-to-live-chapters", "technical", "report:placeholder-source"): RECORDING,
    ("hearing-daily-digest", "*", "import"): UNTIMED,
    ("huberman-episode-date", "*", "import"): ONE_LINE,
    ("jsparty-links", "*", "import"): UNTIMED,
    ("lescastcodeurs-fr", "*", "import"): UNTIMED,
    ("lex-fridman-outline", "executive", "handout:placeholder-source"): RECORDING_ON,
    ("lex-fridman-outline", "executive", "placeholder-source"): RECORDING_ON,
    ("lex-fridman-outline", "executive", "report:placeholder-source"): RECORDING_ON,
    ("lex-fridman-outline", "policy", "handout:placeholder-source"): RECORDING_ON,
    ("lex-fridman-outline", "policy", "placeholder-source"): RECORDING_ON,
    ("lex-fridman-outline", "policy", "report:placeholder-source"): RECORDING_ON,
    ("lex-fridman-outline", "technical", "handout:placeholder-source"): RECORDING_ON,
    ("lex-fridman-outline", "technical", "placeholder-source"): RECORDING_ON,
    ("lex-fridman-outline", "technical", "report:placeholder-source"): RECORDING_ON,
    ("panel-chapters", "executive", "handout:placeholder-source"): PREPARED_FOR,
    ("panel-chapters", "executive", "placeholder-source"): PREPARED_FOR,
    ("panel-chapters", "executive", "report:placeholder-source"): PREPARED_FOR,
    ("panel-chapters", "policy", "handout:placeholder-source"): PREPARED_FOR,
    ("panel-chapters", "policy", "placeholder-source"): PREPARED_FOR,
    ("panel-chapters", "policy", "report:placeholder-source"): PREPARED_FOR,
    ("panel-chapters", "technical", "handout:placeholder-source"): PREPARED_FOR,
    ("panel-chapters", "technical", "placeholder-source"): PREPARED_FOR,
    ("panel-chapters", "technical", "report:placeholder-source"): PREPARED_FOR,
    ("panel-civo", "*", "import"): UNTIMED,
    ("seed-notes", "executive", "handout:placeholder-source"): RECORDING,
    ("seed-notes", "executive", "placeholder-source"): RECORDING,
    ("seed-notes", "executive", "report:placeholder-source"): RECORDING,
    ("seed-notes", "executive", "unlisted-topic"): CHOSEN,
    ("seed-notes", "policy", "handout:placeholder-source"): RECORDING,
    ("seed-notes", "policy", "placeholder-source"): RECORDING,
    ("seed-notes", "policy", "report:placeholder-source"): RECORDING,
    ("seed-notes", "technical", "handout:placeholder-source"): RECORDING,
    ("seed-notes", "technical", "placeholder-source"): RECORDING,
    ("seed-notes", "technical", "report:placeholder-source"): RECORDING,
    ("syntax-tips", "executive", "handout:header-line"): FRONT_MATTER,
    ("syntax-tips", "executive", "handout:placeholder-source"): RECORDING_ON,
    ("syntax-tips", "executive", "header-line"): FRONT_MATTER,
    ("syntax-tips", "executive", "placeholder-source"): RECORDING_ON,
    ("syntax-tips", "executive", "report:header-line"): FRONT_MATTER,
    ("syntax-tips", "executive", "report:placeholder-source"): RECORDING_ON,
    ("syntax-tips", "policy", "handout:header-line"): FRONT_MATTER,
    ("syntax-tips", "policy", "handout:placeholder-source"): RECORDING_ON,
    ("syntax-tips", "policy", "header-line"): FRONT_MATTER,
    ("syntax-tips", "policy", "placeholder-source"): RECORDING_ON,
    ("syntax-tips", "policy", "report:header-line"): FRONT_MATTER,
    ("syntax-tips", "policy", "report:placeholder-source"): RECORDING_ON,
    ("syntax-tips", "technical", "handout:header-line"): FRONT_MATTER,
    ("syntax-tips", "technical", "handout:placeholder-source"): RECORDING_ON,
    ("syntax-tips", "technical", "header-line"): FRONT_MATTER,
    ("syntax-tips", "technical", "placeholder-source"): RECORDING_ON,
    ("syntax-tips", "technical", "report:header-line"): FRONT_MATTER,
    ("syntax-tips", "technical", "report:placeholder-source"): RECORDING_ON,
    ("syntax-year-review", "executive", "handout:header-line"): FRONT_MATTER,
    ("syntax-year-review", "executive", "handout:placeholder-source"): RECORDING_ON,
    ("syntax-year-review", "executive", "header-line"): FRONT_MATTER,
    ("syntax-year-review", "executive", "placeholder-source"): RECORDING_ON,
    ("syntax-year-review", "executive", "report:header-line"): FRONT_MATTER,
    ("syntax-year-review", "executive", "report:placeholder-source"): RECORDING_ON,
    ("syntax-year-review", "executive", "unlisted-topic"): UNLISTED_CHAPTERS,
    ("syntax-year-review", "policy", "handout:header-line"): FRONT_MATTER,
    ("syntax-year-review", "policy", "handout:placeholder-source"): RECORDING_ON,
    ("syntax-year-review", "policy", "header-line"): FRONT_MATTER,
    ("syntax-year-review", "policy", "placeholder-source"): RECORDING_ON,
    ("syntax-year-review", "policy", "report:header-line"): FRONT_MATTER,
    ("syntax-year-review", "policy", "report:placeholder-source"): RECORDING_ON,
    ("syntax-year-review", "technical", "handout:header-line"): FRONT_MATTER,
    ("syntax-year-review", "technical", "handout:placeholder-source"): RECORDING_ON,
    ("syntax-year-review", "technical", "header-line"): FRONT_MATTER,
    ("syntax-year-review", "technical", "placeholder-source"): RECORDING_ON,
    ("syntax-year-review", "technical", "report:header-line"): FRONT_MATTER,
    ("syntax-year-review", "technical", "report:placeholder-source"): RECORDING_ON,
    ("wizeup-summary", "executive", "handout:placeholder-source"): RECORDING,
    ("wizeup-summary", "executive", "placeholder-source"): RECORDING,
    ("wizeup-summary", "executive", "report:placeholder-source"): RECORDING,
    ("wizeup-summary", "policy", "handout:placeholder-source"): RECORDING,
    ("wizeup-summary", "policy", "placeholder-source"): RECORDING,
    ("wizeup-summary", "policy", "report:placeholder-source"): RECORDING,
    ("wizeup-summary", "technical", "handout:placeholder-source"): RECORDING,
    ("wizeup-summary", "technical", "placeholder-source"): RECORDING,
    ("wizeup-summary", "technical", "report:placeholder-source"): RECORDING,
}
# issue #21's rules (h-economy): what the built-in templates fail on the real notes until the storyline work lands
WORDY = ("issue #21 §2, §4: an overview slide (the bottom line, the takeaways, 'About this briefing', the conclusion) "
         "holds more than 75 words")
SPARSE = ("issue #20 §4, #21 §4: a slide of one or two short unlinked items (a sources slide naming 'The recording', "
          "an agenda of one topic)")
TIMELINE = "issue #21 §4: a timeline whose last topic has a label and no bar, or of fewer than three topics"
LONE_SECTION = "issue #21 §4: a divider before a section of one slide"
LONG_EXECUTIVE = "issue #21 §2: an executive deck of more than 12 slides"
REPEATED_FIGURE = "issue #21 §4: a key figure said again on another slide"
MAIN_TOPIC = "issue #21 §3: the topic that takes most of the recording is not in the deck"
TYPE = "issue #21 §5: more than two first-level sizes, or sub-points too close to their parents"
KNOWN_FAILURES.update({
    ('allin-chapters-odd-times', 'executive', 'sparse'): SPARSE,
    ('allin-chapters-odd-times', 'executive', 'timeline-bars'): TIMELINE,
    ('allin-chapters-odd-times', 'policy', 'sparse'): SPARSE,
    ('allin-chapters-odd-times', 'policy', 'timeline-bars'): TIMELINE,
    ('allin-chapters-odd-times', 'technical', 'sparse'): SPARSE,
    ('allin-chapters-odd-times', 'technical', 'timeline-bars'): TIMELINE,
    ('allin-deep-summary', 'executive', 'sparse'): SPARSE,
    ('allin-deep-summary', 'executive', 'timeline-bars'): TIMELINE,
    ('allin-deep-summary', 'executive', 'words'): WORDY,
    ('allin-deep-summary', 'policy', 'sparse'): SPARSE,
    ('allin-deep-summary', 'policy', 'timeline-bars'): TIMELINE,
    ('allin-deep-summary', 'policy', 'words'): WORDY,
    ('allin-deep-summary', 'technical', 'lone-section'): LONE_SECTION,
    ('allin-deep-summary', 'technical', 'sparse'): SPARSE,
    ('allin-deep-summary', 'technical', 'timeline-bars'): TIMELINE,
    ('allin-deep-summary', 'technical', 'words'): WORDY,
    ('allin-e52-shownotes', 'executive', 'timeline-bars'): TIMELINE,
    ('allin-e52-shownotes', 'policy', 'timeline-bars'): TIMELINE,
    ('allin-e52-shownotes', 'technical', 'timeline-bars'): TIMELINE,
    ('committee-hearing', 'executive', 'slide-count'): LONG_EXECUTIVE,
    ('committee-hearing', 'executive', 'timeline-bars'): TIMELINE,
    ('committee-hearing', 'executive', 'words'): WORDY,
    ('committee-hearing', 'policy', 'timeline-bars'): TIMELINE,
    ('committee-hearing', 'policy', 'words'): WORDY,
    ('committee-hearing', 'technical', 'lone-section'): LONE_SECTION,
    ('committee-hearing', 'technical', 'timeline-bars'): TIMELINE,
    ('committee-hearing', 'technical', 'words'): WORDY,
    ('guide-to-live-chapters', 'executive', 'sparse'): SPARSE,
    ('guide-to-live-chapters', 'executive', 'timeline-bars'): TIMELINE,
    ('guide-to-live-chapters', 'executive', 'words'): WORDY,
    ('guide-to-live-chapters', 'policy', 'sparse'): SPARSE,
    ('guide-to-live-chapters', 'policy', 'timeline-bars'): TIMELINE,
    ('guide-to-live-chapters', 'policy', 'words'): WORDY,
    ('guide-to-live-chapters', 'technical', 'sparse'): SPARSE,
    ('guide-to-live-chapters', 'technical', 'timeline-bars'): TIMELINE,
    ('guide-to-live-chapters', 'technical', 'words'): WORDY,
    ('lex-fridman-outline', 'executive', 'timeline-bars'): TIMELINE,
    ('lex-fridman-outline', 'executive', 'words'): WORDY,
    ('lex-fridman-outline', 'policy', 'timeline-bars'): TIMELINE,
    ('lex-fridman-outline', 'policy', 'words'): WORDY,
    ('lex-fridman-outline', 'technical', 'timeline-bars'): TIMELINE,
    ('lex-fridman-outline', 'technical', 'words'): WORDY,
    ('panel-chapters', 'executive', 'timeline-bars'): TIMELINE,
    ('panel-chapters', 'policy', 'timeline-bars'): TIMELINE,
    ('panel-chapters', 'technical', 'timeline-bars'): TIMELINE,
    ('seed-notes', 'executive', 'main-topic'): MAIN_TOPIC,
    ('seed-notes', 'executive', 'sparse'): SPARSE,
    ('seed-notes', 'executive', 'timeline-bars'): TIMELINE,
    ('seed-notes', 'executive', 'words'): WORDY,
    ('seed-notes', 'policy', 'sparse'): SPARSE,
    ('seed-notes', 'policy', 'timeline-bars'): TIMELINE,
    ('seed-notes', 'policy', 'words'): WORDY,
    ('seed-notes', 'technical', 'lone-section'): LONE_SECTION,
    ('seed-notes', 'technical', 'sparse'): SPARSE,
    ('seed-notes', 'technical', 'timeline-bars'): TIMELINE,
    ('seed-notes', 'technical', 'words'): WORDY,
    ('syntax-tips', 'executive', 'timeline-bars'): TIMELINE,
    ('syntax-tips', 'executive', 'words'): WORDY,
    ('syntax-tips', 'policy', 'timeline-bars'): TIMELINE,
    ('syntax-tips', 'policy', 'words'): WORDY,
    ('syntax-tips', 'technical', 'lone-section'): LONE_SECTION,
    ('syntax-tips', 'technical', 'timeline-bars'): TIMELINE,
    ('syntax-tips', 'technical', 'words'): WORDY,
    ('syntax-year-review', 'executive', 'main-topic'): MAIN_TOPIC,
    ('syntax-year-review', 'executive', 'timeline-bars'): TIMELINE,
    ('syntax-year-review', 'policy', 'sparse'): SPARSE,
    ('syntax-year-review', 'policy', 'timeline-bars'): TIMELINE,
    ('syntax-year-review', 'technical', 'lone-section'): LONE_SECTION,
    ('syntax-year-review', 'technical', 'sparse'): SPARSE,
    ('syntax-year-review', 'technical', 'timeline-bars'): TIMELINE,
    ('wizeup-summary', 'executive', 'sparse'): SPARSE,
    ('wizeup-summary', 'executive', 'timeline-bars'): TIMELINE,
    ('wizeup-summary', 'executive', 'words'): WORDY,
    ('wizeup-summary', 'policy', 'sparse'): SPARSE,
    ('wizeup-summary', 'policy', 'timeline-bars'): TIMELINE,
    ('wizeup-summary', 'policy', 'words'): WORDY,
    ('wizeup-summary', 'technical', 'sparse'): SPARSE,
    ('wizeup-summary', 'technical', 'timeline-bars'): TIMELINE,
    ('wizeup-summary', 'technical', 'words'): WORDY,
})
