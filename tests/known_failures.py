"""What fails today when real notes go through import, build and the presentability rules
(tests/test_real_notes.py): (fixture, audience, rule) -> the issue section that fixes it, and why.

A rule of the deck is named as tests/presentability.py names it; of the report and the handout,
'report:<rule>' and 'handout:<rule>'; a notes file that import refuses is (name, '*', 'import'). When
a fix lands, its entries fail the test ("remove them"): delete them here. Nothing is added here
without an issue section.
"""
from __future__ import annotations

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

KNOWN_FAILURES: dict[tuple[str, str, str], str] = {}
# issue #21's rules (h-economy): what the built-in templates fail on the real notes until the storyline work lands
WORDY = ("issue #21 §2, §4: an overview slide (the bottom line, the takeaways, 'About this briefing', the conclusion) "
         "holds more than 75 words")
SPARSE = ("issue #20 §4, #21 §4: a slide of one or two short unlinked items (a sources slide naming 'The recording', "
          "an agenda of one topic)")
TIMELINE = "issue #21 §4: a timeline whose last topic has a label and no bar, or of fewer than three topics"
LONE_SECTION = "issue #21 §4: a divider before a section of one slide"
LONG_EXECUTIVE = "issue #21 §2: an executive deck of more than 12 slides"
MAIN_TOPIC = "issue #21 §3: the topic that takes most of the recording is not in the deck"
TYPE = "issue #21 §5: more than two first-level sizes, or sub-points too close to their parents"
KNOWN_FAILURES.update({
    ('seed-notes', 'executive', 'sparse'): SPARSE,
})
# notes that state two things at most (the rest describes the show or the episode): a summary of fewer than three
FEW_STATEMENTS = ("issue #21 §2: the notes state two statements at most (the introduction is a show blurb or describes "
                  "the episode): the summary has fewer than three")
# review 11 finding 1 (h-lists): a slide that short topics share is titled by the first topic's heading, never by the
# headings joined; where that topic states something, its heading is still no statement
SHARED_HEADING = ("issue #21 §1 (review 11, finding 1): a slide that short topics share is titled by the first topic's "
                  "heading (no sentence of the notes names them all), though that topic states something a title could say")
KNOWN_FAILURES.update({
    ('okeechobee-council-minutes', 'executive', 'heading-title'): SHARED_HEADING,
})
# review 11's finding 2 (h-bottom2): a digest's bottom line is one slide of its entries' leads, and each entry's focus
# and witnesses are on a slide after it titled by the entry's heading; the policy and technical decks have no agenda
# (it would list again what the bottom line just said), which the rule reads as topics in no agenda
DIGEST_EVIDENCE = ("issue #21, review 11 §2: a digest's entry slides (focus, witnesses) follow its bottom line with no "
                   "agenda before them")
KNOWN_FAILURES.update({
    ('hearing-daily-digest', 'technical', 'unlisted-topic'): DIGEST_EVIDENCE,
})
# review 12's finding 4 (h-bottom3): the bottom line's items are whole statements of ~15 words, no section prefix
# (deck_bottom_items.py). A digest's items are its entries' record lines ("Committee on Appropriations: Subcommittee on
# Defense concluded a closed hearing…"), which the entries' own rule words (entry_lines.py: h-lists2's outcome lines)
DIGEST_LINES = ("issue #21, review 12 §4: a digest's bottom-line items are its entries' record lines, the parent "
                "committee as a prefix, up to 20 words")
KNOWN_FAILURES.update({
    ('hearing-daily-digest', 'executive', 'bottom-length'): DIGEST_LINES,
})
# review 12 findings 3 and 5 (h-split2): the few-lines rule (tests/deck_lines.py) on what is left. A continued slide's
# later pages have three lines or more now, and a figure over few points supports the title; still short:
NO_STATEMENTS = ("issue #21 §2 (review 12 finding 2): notes that give chapter titles, links or a description only: "
                 "a slide of two lines at most (the About slide's one reason, a bottom line of two: the notes state "
                 "nothing more; review 14: a one-line summary is the cover's lead, no slide)")
FEW_POINTS = ("issue #21 §4 (review 12 finding 5a): a topic slide of one or two points (a first page of two long "
              "ones) and no neighbour of its topic to join: slides of different topics are not merged once fitted")
JOINED_PAGES = ("issue #21 §4 (review 12 finding 3, review 14 finding 4): a deck that cuts no point shows a topic's "
                "points on one slide within a quarter more words than 75 (four to six of them, the rest named in its "
                "speaker notes) rather than cut them from their peers or show a page of one line")
KNOWN_FAILURES.update({
    ('house-cliff-notes', 'executive', 'few-lines'): NO_STATEMENTS,
    ('house-cliff-notes', 'policy', 'few-lines'): NO_STATEMENTS,
    ('house-cliff-notes', 'technical', 'few-lines'): NO_STATEMENTS,
    ('committee-hearing', 'technical', 'few-lines'): FEW_POINTS,
    ('okeechobee-council-minutes', 'executive', 'few-lines'): FEW_POINTS,
    ('okeechobee-council-minutes', 'policy', 'few-lines'): FEW_POINTS,
    ('okeechobee-council-minutes', 'technical', 'few-lines'): FEW_POINTS,
    ('lescastcodeurs-fr', 'technical', 'words'): JOINED_PAGES,
    ('earnings-call-amd', 'technical', 'words'): JOINED_PAGES,  # (the segments with the records their title's peers hold)
    ('panel-civo', 'technical', 'words'): JOINED_PAGES,
    ('okeechobee-council-minutes', 'technical', 'words'): JOINED_PAGES,  # (two points the bottom line says stay: said_once)
})

# the Chinese session notes (talkgo-runtime-zh, h-notes8): one-statement answers alone on a slide, and the economy
# rules counted words by spaces until h-cjk (Chinese writes none between words: "7 words" was a whole sentence). A
# Q&A's "### Q: …" heading no longer titles a slide its answer's statement can title (h-zh2: asked.py). Since h-intl3
# the questions answered in one statement share a "问答" slide (answers.py); left alone: the third of policy's, whose
# answer does not fit that slide's 75 words (76), and "腾讯 NOW…", answered in three statements, two shown. Since
# h-intl4 the short sections that are no questions are no topics: "内容简介" and "分享嘉宾" are the introduction (zh's
# section names), "分享信息" and "回看视频" (a time and links) the sources (importer/meta_topics.py); left, the
# technical deck's slide of 6 words.
ONE_ANSWER = ("issue #21 §4: a short section (introduction, guest, links) or an answer that does not fit the Q&A slide "
              "alone on its slide; issue #20 §9: words counted by spaces in Chinese")
CJK_MEASURED = ("issue #20 §9, #21 §4: Chinese counted two characters to a word (h-cjk): what passed as a few "
                "space-separated words is measured: a technical slide of 76 words, a guest's one-line "
                "biography alone on its slide")
KNOWN_FAILURES.update({  # (since h-intl4 the introduction, the guest and the sections of links are no topic slides)
    # (review 19 worst 2, voice2: the executive budget keeps the answers that say scale, "至少 2000 人"; answered in one
    # statement, with no other such answer on the deck to share a "问答" slide with; and since audit20 the page's
    # title heading and an embed's heading are no topics: the executive then chooses "Q: 腾讯 NOW 直播 go 开发占比多少？",
    # answered in three statements, one its slide's title: two lines left)
    ('talkgo-runtime-zh', 'executive', 'few-lines'): ONE_ANSWER,
    ('talkgo-runtime-zh', 'policy', 'few-lines'): ONE_ANSWER,
    ('talkgo-runtime-zh', 'technical', 'few-lines'): ONE_ANSWER,
    ('talkgo-runtime-zh', 'technical', 'sparse'): ONE_ANSWER,
    ('talkgo-runtime-zh', 'technical', 'words'): CJK_MEASURED,
})

# the Spanish minutes of the OpenStreetMap community in Spain (osm-reunion-es, h-intl3: CC BY-SA 2.0). Since h-intl4
# its labels are read in every built-in language (the lang files' <field>_sections): "Resumen" gives the takeaways,
# "Asistentes" the attendees, and "Orden del día" is the one topic, its items without their allotted minutes
# (importer/agenda.py). Left: the agenda is four short items (14 words) on a slide of their own, the notes saying
# nothing under them; the executive bottom line takes an agenda item as the slide's title (titled candidates)
AGENDA_ONLY = ("issue #20 §2, #21 §4: a meeting's agenda of four items and nothing said under them is a slide of 14 "
               "words; the executive bottom line names one of its items, which the agenda slide shows again")
KNOWN_FAILURES.update({
    ('osm-reunion-es', 'executive', 'sparse'): AGENDA_ONLY,
    ('osm-reunion-es', 'policy', 'sparse'): AGENDA_ONLY,
    ('osm-reunion-es', 'technical', 'sparse'): AGENDA_ONLY,
})


# review 16 finding 5 (h-sparse4): the repeated-line rule (tests/deck_lines.py): no body line is word for word on another
# content slide. What repeats today:
EVERY_POINT = ("issue #21 §4 (review 16 finding 5): the technical deck promises every point as written (cut_points: "
               "false), so a point the bottom line says stays on its topic's slide (said_once: every_point)")
BACKING = ("issue #21 §2, §4 (review 16 finding 5): the bottom line's item stays word for word on its topic's slide, its "
           "evidence where no figure of the deck shows it (review 13 finding 2: every item is backed by another slide; "
           "bottom_said keeps three lines); the slide could state the figure instead of the sentence: not done")
FEW_ANSWERS = ("issue #21 §2, §4 (review 16 finding 5): the bottom line takes its statements from a Q&A answer of two or "
               "three, whose slide keeps the one it says: without it the slide would show one line (budgets.LEAST_FRESH); "
               "a sub-point says one too")
KNOWN_FAILURES.update({
    ('allin-summit-takeaways', 'executive', 'repeated-line'): BACKING,
    ('allin-summit-takeaways', 'policy', 'repeated-line'): BACKING,
    ('okeechobee-council-minutes', 'executive', 'repeated-line'): BACKING,
    ('committee-hearing', 'executive', 'repeated-line'): BACKING,  # (the £38 point: its slide's title is backed by it)
    ('okeechobee-council-minutes', 'policy', 'repeated-line'): BACKING,
    ('knesset-finance-he', 'technical', 'repeated-line'): BACKING,
    ('earnings-call-amd', 'technical', 'repeated-line'): EVERY_POINT,
    ('allin-summit-takeaways', 'technical', 'repeated-line'): EVERY_POINT,
    ('okeechobee-council-minutes', 'technical', 'repeated-line'): EVERY_POINT,
    ('talkgo-runtime-zh', 'technical', 'repeated-line'): EVERY_POINT,
    ('talkgo-runtime-zh', 'executive', 'repeated-line'): FEW_ANSWERS,
    ('talkgo-runtime-zh', 'policy', 'repeated-line'): FEW_ANSWERS,
})


PARAPHRASED = ("issue #21 §1 (review 16 finding 4): the topic's message, the notes' own point ('Hosepipe bans work but arrive "
               "late'), which its lines back in other words ('Last year they started eight weeks after that point'): "
               "the rule reads shared words and numbers, not paraphrase")
KNOWN_FAILURES.update({
    ('committee-hearing', 'executive', 'title-support'): PARAPHRASED,
    ('committee-hearing', 'policy', 'title-support'): PARAPHRASED,
    ('committee-hearing', 'technical', 'title-support'): PARAPHRASED,
})
# review 17 (h-echo2), review 18 finding 5 (h-titles6): a slide's body never says its title again (title-echo:
# title_echo.py takes the line off the deck's slide, its figure in the band where it states one). Where nothing else on
# the slide backs the title, the title-support rule then finds a title over lines that share no number nor two key words
# with it: the notes state the point with no evidence beside it (allin's birth rates, over the 600 million of 2095 that
# back it in other words), or a list of items is titled by its first (binaergewitter's news, okeechobee's invocation;
# finding 4: a title from the lines' strongest statement, which such a list has not)
NO_EVIDENCE = ("issue #21 §1 (review 18 finding 5): the title is a point the notes state with no evidence beside it (no "
               "figure, no other line sharing its words); said again under itself it was padding (title-echo), and "
               "nothing else the slide shows backs it")
ECHO_LEFT_FEW = ("issue #21 §1 (review 18 finding 5): the union's request is said again under itself: without it the slide "
                 "would keep two statements (few-lines; the abstraction figures are the next slide's chart, said once)")
KNOWN_FAILURES.update({
    ('allin-summit-takeaways', 'executive', 'title-support'): NO_EVIDENCE,  # ("Birth rates are globally decreasing…")
    ('allin-summit-takeaways', 'policy', 'title-support'): NO_EVIDENCE,
    ('allin-summit-takeaways', 'technical', 'title-support'): NO_EVIDENCE,
    ('binaergewitter-de', 'technical', 'title-support'): NO_EVIDENCE,  # (a list of news titled by its first item)
    ('okeechobee-council-minutes', 'policy', 'title-support'): NO_EVIDENCE,
    ('okeechobee-council-minutes', 'technical', 'title-support'): NO_EVIDENCE,
    ('committee-hearing', 'executive', 'title-echo'): ECHO_LEFT_FEW,
    ('committee-hearing', 'technical', 'title-echo'): ECHO_LEFT_FEW,
    # (the policy deck shows the union's slide too since its About slide, the cover's speakers again, left it: h-default9)
    ('committee-hearing', 'policy', 'title-echo'): ECHO_LEFT_FEW,
})
# review 18 finding 4 (h-close9): every deck ends on its point, then the sources (tests/deck_close.py: ends-on-point).
# A close is made from what the notes conclude, decide or say lies ahead (close.py, close_resolve.py), a content's
# conclusion (close_watch.py), or, where they give times that open the recording, where to hear the bottom line's point
# (close_where.py). These notes give none of these, and a close of the tool's own words would be empty (review 16):
NOTHING_AHEAD = ("issue #21 §6 (review 18 finding 4): the notes conclude, decide or look ahead nowhere that the deck "
                 "does not already show as evidence, and give no time that opens the recording: the deck ends on its "
                 "evidence (a close would say the bottom line or a slide again)")
# notes of chapter titles or links only: the deck states no bottom line (review 18 finding 1, chapters6), so no close
# follows from one, and a chapter list already links every moment
CHAPTERS_ONLY = ("issue #21 §6 (review 18 findings 1, 4): notes of chapter titles or links only: the deck states no "
                 "bottom line for a close to follow from; its chapter list already links every moment")
# review 19's worst 3 (h-close10): what each of these notes gives, and why it closes nothing (nothing is made up; a
# close that says a slide again, or unrelated lines side by side, is none). Review 20 (h-close11) read these again by
# hand: allin (Putin's forecast) and cliff (the chairman's warning) now close on a speaker's attributed words
# (close_voice.py); hearing, wizeup and talkgo still give nothing that concludes, decides or looks ahead beyond their
# bottom line (talkgo's "目前新服务都是 go" is a bottom-line item, "使用人数在迅速增加" adoption evidence: no outlook)
DIGEST_RECORD = NOTHING_AHEAD + (": a digest of record whose outcomes (hearings concluded, lists ordered reported) are "
                                 "its bottom line; nothing is scheduled or asked, and no time is given")
RETROSPECT = NOTHING_AHEAD + (": a celebration: its lesson (authenticity, hard work) is the bottom line's item, "
                              "nothing looks ahead, and its one time has no link to open")
ANSWERED = NOTHING_AHEAD + (": questions and answers, every question answered in the notes (no open question); no "
                            "statement looks ahead, and the recording's links give no time")
KNOWN_FAILURES.update({
    **{(name, audience, 'ends-on-point'): reason
       for name, reason in (('binaergewitter-de', NOTHING_AHEAD),
                            ('hearing-daily-digest', DIGEST_RECORD), ('okeechobee-council-minutes', NOTHING_AHEAD),
                            ('talkgo-runtime-zh', ANSWERED), ('wizeup-summary', RETROSPECT))
       for audience in ('executive', 'policy', 'technical')},
    **{(name, audience, 'ends-on-point'): CHAPTERS_ONLY
       for name in ('jsparty-links', 'panel-chapters')
       for audience in ('executive', 'policy', 'technical')},
})


# review 20 worst 4 (numbers3): the repeated-statement rule (tests/deck_lines.py): no line is said again inside a longer
# line of another slide. Since numbers3 a point that says the bottom line's item after a clause leading into it shows
# that clause ("הארכנו אותו לשנתיים, כלומר <the item>": "הארכנו אותו לשנתיים", bottom_said._led);
# a quotation that titles its slide by its first sentence leaves its later ones to the close (mend13). Left:
KNOWN_FAILURES.update({
    ('earnings-call-amd', 'technical', 'repeated-statement'): EVERY_POINT,  # (the item's cause: a sub-point of its point)
    ('committee-hearing', 'technical', 'repeated-statement'): EVERY_POINT,
    ('committee-hearing', 'executive', 'repeated-statement'): BACKING,  # (the bottom line's item, cut at its ";")
    ('committee-hearing', 'policy', 'repeated-statement'): BACKING,
})


# review 20's worst problem 1 (h-findings2): a chapter list's close repeated its deck: lex and guide ended on "Where to
# start", three of their chart's bars again; syntax-tips on "Where to hear it", three of its bottom line's tips a third
# time. A close that says earlier slides again is worse than none: the chart labels each bar with its start
# (time_goes.py), the bottom line's tips carry their times (chapter_list.py); these notes state nothing else to end on
REPEATED_GUIDE = ("issue #21 §6 (review 20, worst 1): notes of chapter titles (and takeaways the bottom line says) give no "
                  "statement to close on; the listening guide they closed on repeated the chart's bars or the bottom "
                  "line, so the deck ends on its chart or its chapter list")
# review 21 (chapters8): syntax-year (a nested outline) now opens on its predictions that take longest, and its slides
# keep each chapter's longest sub-chapters (chapter_points.py): its close, "Where to start", named those moments a second
# time and goes (repeated_moments.py); nothing in the notes concludes or looks ahead (the predictions' verdicts are not
# in them), so the deck ends on its evidence, as the other chapter lists do
KNOWN_FAILURES.update({
    (name, audience, 'ends-on-point'): REPEATED_GUIDE
    for name in ('lex-fridman-outline', 'guide-to-live-chapters', 'syntax-tips', 'syntax-year-review')
    for audience in ('executive', 'policy', 'technical')
})


# review 21 (the lead): cliff closed on the chairman's "“If we fail to acknowledge that, and take immediate action to
# deter it…”", the second sentence of a quotation whose first titles its slide: its "that" pointed at nothing; knesset on
# a witness's "“אנחנו לא יודעים אם הוא יהיה רווחי”", whose "it" was his company's production line, read as the order. A
# speaker's lifted words that point back close nothing (close_voice.points_back); neither notes say anything else ahead
POINTS_BACK = NOTHING_AHEAD + (": the one statement that looks ahead is a speaker's, lifted from what they said, and it "
                               "points back at words said before it (a pronoun, 'acknowledge that'): out of its place "
                               "it means nothing or the wrong thing")
KNOWN_FAILURES.update({
    (name, audience, 'ends-on-point'): POINTS_BACK
    for name in ('house-cliff-notes', 'knesset-finance-he')
    for audience in ('executive', 'policy', 'technical')
})


# review 21's worst 2 (close12): allin closed on Putin's forecast alone, "“Whoever becomes the leader in artificial
# intelligence will become the ruler of the world” — Vladimir Putin", a bare quote under "What it means" /
# "Implications" / "Conclusion": a third party's words state no implication of the briefing. A speaker's quote alone is
# no close (close_point.evidenced); it is back on its topic's slide. The notes (one attendee's takeaways) say nothing
# else that concludes, decides or looks ahead: the birth-rate projection is its topic's evidence, the rest findings
QUOTE_ONLY = NOTHING_AHEAD + (": the one statement that looks ahead is a quoted third party's (Putin's forecast), which "
                              "states no implication of the briefing; it stays with its speaker on its topic's slide")
KNOWN_FAILURES.update({
    ('allin-summit-takeaways', audience, 'ends-on-point'): QUOTE_ONLY
    for audience in ('executive', 'policy', 'technical')
})
