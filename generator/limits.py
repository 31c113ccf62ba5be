"""Every bound briefing puts on what it reads and makes, in one place (README: "Limits and
guarantees" lists them for users). The modules that enforce a bound import it from here, so each
number is written once; no imports, so any module may use it.
"""

MiB = 1 << 20

# Files a user names: read whole (files.read_regular reads no more than the cap, whatever the size claims)
MAX_YAML_BYTES = 5 * MiB  # a content file, audience.yaml, theme.yaml; also what an import may write
MAX_NOTES_BYTES = 5 * MiB  # notes for `briefing import`
MAX_CONFIG_BYTES = MiB  # briefing.toml
MAX_TEMPLATE_BYTES = MiB  # one template file
# A five-hour recording with every word timed is ~30 MB of whisperX JSON; no transcript is larger.
MAX_TRANSCRIPT_BYTES = 64 * MiB
# words of a transcript (about 55 hours of speech): its index holds ~500 bytes a word (a 10 MB cue of
# 2 million words peaked an import at 1.2 GB; 64 MiB of words would need 7)
MAX_TRANSCRIPT_WORDS = 500_000
MAX_LOGO_BYTES = 20 * MiB
MAX_LOGO_SIDE = 4096  # pixels on a side: decoded, at most 64 MB (a logo is shown at most 160 x 80 points)
MAX_LOGO_PARTS = 10_000  # a JPEG's markers and fill bytes before its image data, a PNG's chunks (Pillow reads each in Python)
MAX_MASTER_BYTES = 100 * MiB  # a PowerPoint master with its pictures
# A master's package is untrusted: what its parts inflate to is capped, whatever the zip says. A
# corporate master's largest parts are photos of a few MiB; a 4K PNG is under 50 MiB. Its XML parts
# are parsed (every element, in Python for the ones edited): the largest in a real master is a slide
# master of a few hundred KiB, so 8 MiB leaves room and parses in about a second.
MAX_PART = 64 << 20
MAX_XML = 8 << 20
MAX_TOTAL = 256 << 20
MAX_DEPTH = 50  # levels of nesting in a YAML file
MAX_EXTENDS = 16  # audiences in one chain: a deeper one is an error at the audience.yaml that passes it

# Content
MAX_TEXT = 20_000  # characters of one text
MADE_TEXT = 3 * MAX_TEXT  # characters of a text a template makes (a title, a point, a label: a few content texts
# joined, "heading: statement", a label and its change), and as many as the content has (bounds.limits: a line of its
# speakers' names); its speaker notes aside (MADE_NOTES)
MADE_NOTES = 2 * MADE_TEXT  # characters of a slide's speaker notes a template makes, and twice the content's size (bounds.
# limits): a slide's notes may say several of its texts whole; the built-in templates' longest are 72,263 characters for
# heavy content of 1,000 topics (bench/heavy_content.py), 3.4 % of its 2.1 million (test_notes_bound)
MAX_CATEGORIES = 40  # of a chart (and a pie's slices in the Document)
MAX_SERIES = 8  # of a chart
MAX_COLUMNS = 12  # of a table, in content and in the Document
MAX_NUMBER = 1e15  # a number's size, in content and in a chart of the Document
MIN_NUMBER = 1e-300  # the smallest size but 0 of a number (5e-324 broke the report's number formatting)


def drawable(number: float) -> bool:
    """Whether ``number`` is one content and a chart of the Document may hold: 0, or finite and from
    MIN_NUMBER to MAX_NUMBER in size (one rule for both: 1e15 passed content and failed the chart)."""
    return number == 0 or MIN_NUMBER <= abs(number) <= MAX_NUMBER
MAX_FIGURES = 4  # key figures on one slide, drawn as a grid (the importer gives a topic at most these)
MAX_LINKED_SOURCES = 20  # every time links into each of these sources (a url, deep_link not none)
MAX_SOURCES = 200  # sources in all (the others are listed only)
MAX_SPEAKERS = 1_000  # speakers: the report lists each (5,000 took it 12 s; 120,000 items' worth, minutes)
# points at every level (takeaways too), topics, figures, charts, tables and table rows: the work of
# every writer grows with them (200,000 one-letter points took the report 94 s and 1.1 GB); the
# 10,000 topics of bench/run.py's synthetic content (nine points each, 7.7 MB) make 102,605
MAX_ITEMS = 120_000

# A template's render (render.py, sandbox.py)
MAX_SIZE = 1 << 22  # characters a value a template makes may spell out (4 Mi), lists counted deep
MAX_WIDTH = 10_000  # a width, padding, precision or count given to a string or list operation
MAX_INT_BITS = 1 << 16  # an integer of about 20,000 digits
MAX_MADE = 1 << 26  # characters a render may make in all (64 Mi), more for large content
MADE_PER_CONTENT = 32  # characters a render may make per character of content, past MAX_MADE
# (the built-in templates make about 1.6 per character at 10,000 topics: a twentieth)
ITEM_COST = 8  # an item of a list, tuple, dict or set, charged as characters (a reference's bytes)
MAX_OUTPUT = 20 * MiB  # characters a render may write, plus OUTPUT_PER_CONTENT per character of content
OUTPUT_PER_CONTENT = 16  # the built-in templates write about 5 per character (as JSON) at 10,000 topics
MAX_SECONDS = 10  # of processor time, plus:
SECONDS_PER_MIB = 60  # of processor time per MiB of content (as JSON): the built-in templates take up to about 6
# on many small topics (10,000 topics of two points, 2.9 MiB: 18 s; at 6 s a MiB, 20,000 such topics, which
# validate, ran past the limit; on a machine at load 16 they took 12 s a MiB: processor time grows when cores are shared)
# and about 23 on imported notes of thousands of chapters of nine points (20,000 lines, 1.6 MiB: 37 s, within 20 s a
# MiB and the flat 10 only by 5 s): 60 leaves each shape more than twice its cost, for a busy machine

# The Document a template makes, relative to the content's items (bounds.py): a render may make
# SLIDES_ALLOWED slides plus SLIDES_PER_ITEM for each item of the content, and ITEMS_ALLOWED items
# (points at every level, columns, figures, agenda lines, table rows) plus ITEMS_PER_ITEM for each
SLIDES_ALLOWED = 200  # title, agenda, summaries, dividers, chapter lists, sources …
SLIDES_PER_ITEM = 4  # a topic's slide, its chart, table and figures slides, continued slides' room
ITEMS_ALLOWED = 10_000  # a conclusion's sentences as points (20,000 characters make fewer), the sources …
ITEMS_PER_ITEM = 2
# a chart's categories: content's 40 (a pie's slices stay at that), or more where a writer splits a long
# chart over slides; bounded so that a template cannot hand a writer unbounded work
MAX_CHART_CATEGORIES = 1000
