"""A topic slide's title: the topic's strongest statement, its heading the small kicker above.

In order: the topic's ``message`` (a point that says it word for word leaves the slide; where that
would leave a near-empty slide, the heading stays the title); else its summary's first sentence,
when it is a statement that fits a title whole (one that ends on a colon, leading into the points,
without its colon: "DeepSeek achieved remarkable cost efficiency"); else its weightiest point that fits a title (a
point with a number first, then a change or a comparison, ``change_phrases``: "doubled", "cheaper
than", then the points in order; never commentary, sentence_kinds.is_aside_sentence, nor a point with a moment of its own, whose
link a title would lose), as written or as its ``Label:
sentence`` label (see headline.headline; a leading statement that a colon ends, however long; a label
that says no quantity with its list's first item that says one: whole_titles.numbered_label), as its first
sentence, or whole in half as many words again where the notes' own summary names it — never a
clause cut from a longer point, nor a ``Label: value`` ("Gross margin: 54%"); a point said whole
leaves the slide; a label's sentence (a point's other sentences) stays there, first (the title's
evidence; the rest of its sentence, TITLE_REST, is the title's point, which a slide that must choose among its points
keeps beside them, weigh.outranked), as its items where it is a list of three or more ("Three risks justify it: A, B,
and C").
No title refers back: it never opens on a pronoun or demonstrative, nor names a thing by a
demonstrative ("Three risks justify this policy"; see standalone.refers_back). No item of a list titles the
list (parallel_lists.py): a topic whose points are mostly one list's items ("JEP 500 : …", "JEP 504 : …") is titled by the
last clause of the point that introduces them where it says a number ("Java 26 is a non-LTS release
with 10 JEPs"), else by its heading. The titles of the topic's grids of key figures are passed in
``said``: its points' slide never takes the title its big number has.
A topic whose heading names predictions or the future keeps its heading (a prediction is no
finding), and so does an outline (points that mostly end as an outline's items or questions:
asked.outlines), and a topic whose points are no statements, or whose other points would be a
near-empty slide (fewer than deck_twin.LEAST_WORDS words; or two points or fewer, shorter than
LEAST_CHARACTERS) — unless its heading asks (a Q&A's "Q: …?", asked.asks_in): a question is no title, so
the answer's statement titles its slide, the question its kicker, wherever one point stays under it.
A title may say a statement of the deck's bottom line again: the bottom line sums up the titles, so
the template passes only the titles of the topic's grids of key figures as ``said`` (said once: the
slide takes its next statement, else its heading; a statement that only narrates what the recording does,
"Discussion of …", titles no slide: narration.py; of two points that rank alike, the one the bottom line
does not say titles the slide: ``summed``); a message or a
summary's sentence (a claim about the topic, a takeaway that points at it) is taken only where the
slide's body supports it (said_same.supports: its heading and what is left of its summary and points
share a number or two key words with it; a summary that leads into the points needs none: they are
its evidence); a choice that fails gives way to the next. A point taken whole as the title is one of
the slide's own facts: where the points the slide shows do not back it, it stays under it, first
(title_backing.py). Where the next would be the heading, the same
message, or a statement without the quantity the first one
states, the summary leaves the statement to the slide instead (title_claims.sole_titles).
A big-number slide's title is the sentence of its topic that says its weightiest figure's value,
when that is a statement that fits a title whole (else the next figure's: grid_titles.figure_title); else
the template states the figure by its label ("Gross margin: 54%"). A grid of two figures or more is a
slide of its own: its title is then said by no other slide (the topic's slide of points takes its
next statement: one title on two slides would be told apart by "(2)" only).
A title covers its slide: points that state one measure for several items are titled by which way
each moved (peer_titles.py); a point whose slide would keep two statements or more off its key words,
a message of their own, titles no slide (covered.py: the next statement does; where none does, the first
such point titles it, the message off it nested under its first statement: a heading is no title where a
statement can be one); no
point kept opens on a connective that needs the title (connectives.py).
Nothing is written that the notes did not say.
"""
from __future__ import annotations


from .answers import asks_question
from .asked import asks_in, outlines
from .bottom_line import is_statement
from .clause_bounds import list_items
from .connectives import standing
from .subject_ties import subject, untied
from .contrast_titles import paired_next, paired_title, pairs
from .cumulative_titles import cumulative_first
from .covered import nested, off_title
from .deck_twin import LEAST_WORDS
from .headline import count_words, label_as_subject, labelled, sentences
from .inline import plain
from .key_words import holds, phrases
from .narration import narrates
from .parallel_lists import list_title, one_of_a_list
from .peer_titles import peer_slide
from .standalone import refers_back
from .said_same import says_again, supports
from .title_hedges import hedges
from .sentence_kinds import is_aside_sentence, is_prediction_topic
from .weigh import TITLE_REST, quantity_rank
from .whole_titles import MOST_WORDS, balanced, is_stated, leading, numbered_label, whole_title
from .memo import remembered
from .template_names import template_filter
from .title_backing import evidenced
from .title_voice import plainest, replies, voiced, voiced_headline

LEAST_CHARACTERS = 100  # two points or fewer, shorter than this, are a near-empty slide
MARGIN = 0.1  # how much more of its slide a statement ranked later covers to title it instead (knesset: 56 points to 55)
LEAST_LINES = 3  # a shorter title over fewer other lines than this keeps the point it says as their first (review 15)


def _words(points: list) -> int:
    return sum(count_words(plain(p["text"])) + _words(p["children"]) for p in points)


def _enough(points: list) -> bool:
    """Whether ``points`` fill a slide (not a near-empty one: see the module doc)."""
    return _words(points) >= LEAST_WORDS and (len(points) > 2 or sum(len(plain(p["text"])) for p in points) >= LEAST_CHARACTERS)


def _as_said(text: str) -> str:
    """A point's words, and, where its ``Label: `` is its sentence's subject, the sentence with the label as
    subject too ("Committee on X: Committee ordered…" also as "Committee on X ordered…": the message the
    importer makes of it, see headline.label_as_subject)."""
    said = " ".join(plain(text).split())
    label, body = labelled(said)
    return f"{said}\n{label_as_subject(label, body)}" if label else said


@template_filter("strongest")
def strongest(topic: dict, words: dict, said: list | None = None, most: int = MOST_WORDS, summed: list | None = None,
              shown: int = 0) -> dict:
    """The slide's ``title``, ``kicker`` (the heading, when the title is a statement), ``summary``
    (what is said under the title) and ``points`` (without the one the title says; none opening on a
    connective that needs the title: connectives.standing) of ``topic``; ``said``: the deck's summary
    statements (dicts with ``text``) and the titles of the topic's grids of key figures (strings), which
    no title says again; ``summed``: the bottom line's items (dicts with ``text``), which a title may say
    again, but of two points that rank alike the one they do not say titles the slide (the other stays on it);
    ``shown``: the points the slide shows at most (its budget's; 0: all), which must back a point that titles it."""
    slide = remembered((topic, words), (repr(topic), repr(said), most, repr(summed), shown), lambda: {
        **(made := _strongest(topic, words, said, most, [t for s in summed or [] for t in _shown(s["text"])], shown)),
        "points": standing(made["points"], words)})  # (made once for the same arguments: memo.py)
    return {**slide, "points": list(slide["points"])}


def _strongest(topic: dict, words: dict, said: list | None, most: int, summed: list[str], shown: int = 0) -> dict:
    plain_heading = {"title": topic["title"], "kicker": "", "summary": topic["summary"], "points": topic["points"]}
    told = [t for s in said or [] for t in _shown(s["text"] if isinstance(s, dict) else s)]

    def fits(title: str, summary: str, points: list) -> bool:  # (a claim on the topic: said once, and supported by what stays)
        return not says_again(title, told) and supports(title, topic["title"], [summary or "", *point_texts(points)])

    last = plain_heading  # (what titles the slide when no other choice does)
    if (topic["message"] and not refers_back(topic["message"], words) and not narrates(topic["message"], words)
            and not hedges(topic["message"], words) and not voiced(topic["message"], words)):  # (a hedge is no point:
        # title_hedges.py; nor a speaker's turn in the first person, nor a fragment: title_voice.py)
        # (a point that says it leaves the slide, unless the slide would be near-empty: the heading stays)
        message = " ".join(plain(topic["message"]).split()).rstrip(".")
        unsaid = [p for p in topic["points"] if message not in _as_said(p["text"])]
        if not (unsaid == topic["points"] or _enough(unsaid)):
            return plain_heading
        last = {**plain_heading, "title": topic["message"], "kicker": topic["title"], "points": unsaid}
        if fits(topic["message"], topic["summary"], unsaid):
            return last  # (else another statement titles the slide, where there is one)
        if says_again(topic["message"], told):
            last = {**plain_heading, "points": unsaid}  # (the bottom line says it: never the same statement twice)
    if is_prediction_topic(topic["title"], words) or outlines(topic["points"]):
        return last  # (a prediction is no finding; no item of an outline titles it: asked.py)
    said_first = sentences(" ".join((topic["summary"] or "").split()))
    if (said_first and not is_aside_sentence(said_first[0], words) and not hedges(said_first[0], words)
            and not voiced(said_first[0], words)
            and (title := whole_title(said_first[0], words, most))
            and (fits(title, " ".join(said_first[1:]), topic["points"])
                 or (_introduces(said_first, topic["points"]) and not says_again(title, told)))):
        return {**plain_heading, "title": title, "kicker": topic["title"], "summary": " ".join(said_first[1:])}
    if (peers := peer_slide(topic, words, most)) and not says_again(peers["title"], told):
        return peers  # (one measure for several items: no one item's point titles them all)
    points, change, stressed = topic["points"], phrases(words, "change_phrases"), set(topic.get("named_points", ()))
    asked = asks_question(topic["title"], words)  # (an answer's first statement titles it, no reply: title_voice.py)
    ranked = sorted((i for i, p in enumerate(points) if not p["children"] and is_statement(p["text"])
                     and not is_aside_sentence(p["text"], words) and p["at"] in (None, topic["at"])
                     and not hedges(p["text"], words) and not (asked and replies(plainest(p["text"], words), words))),
                    key=lambda i: (i if asked else 0, -quantity_rank(plain(points[i]["text"])), i not in stressed,
                                   untied(points[i]["text"], subject([topic])),  # (an aside of the talk: subject_ties)
                                   not holds(points[i]["text"], change), says_again(plain(points[i]["text"]), summed), i))
    ranked = cumulative_first(ranked, points, words)  # (the year to date before the quarter: cumulative_titles.py)
    if 2 * sum(one_of_a_list(p["text"], points) for p in points) >= len(points):
        return list_title(topic, words, told, most) or last  # (no item, nor a point beside the items, titles the list)
    refused, before = -1, last  # (how much of its slide the statement refused so far covers; the title without it)
    for i in ranked:
        text = plainest(points[i]["text"], words)  # (its restatement, its quotation with its speaker: title_voice.py)
        title, rest = voiced_headline(text, most)
        label, whole = labelled(text)
        first = (sentences(text) or [""])[0]
        if (rest and not label and first != text and text.startswith(first) and whole_title(first, words, most)
                and balanced(first)):
            title, rest = first, text[len(first):].strip()  # (its first sentence, the others first on the slide)
            label, whole = title, rest
            if paired := paired_title(text, first, most):  # (two figures the notes pair: both, contrast_titles)
                title, rest, label, whole = paired, "", "", paired
        elif rest and not label and text.startswith(title) and text[len(title):].lstrip().startswith(":"):
            label, whole = title, rest  # (a leading statement that a colon ends labels its point, however long)
        elif rest and not label and (lead := leading(text, most)):
            title, rest, label, whole = lead, text[len(lead):].lstrip(" ,;:–—-"), lead, text[len(lead):].lstrip(" ,;:–—-")
        if rest and label == title and (numbered := numbered_label(text, label, whole, most)):
            title, label, whole = numbered
        whole_point = False  # (a shorter title says the point: its lines need not say it again, review 15)
        if rest and title != label and i in stressed and (short := _named_short(topic, i, words, most)):
            title, rest, label, whole_point = short, "", "", True  # (the notes' own overview says the point in fewer words)
        elif rest and title != label and i in stressed and (named := whole_title(text, words, most * 3 // 2)):
            title, rest, label = named, "", ""  # (the point the notes' own summary names, whole in half as many words again)
        if (not is_stated(title, words) or one_of_a_list(text, points) or (rest and title != label) or pairs(text)
                or (label and not rest and not is_statement(whole)) or voiced(title, words)):
            continue  # (a title is the point whole, its label or its leading statement, never a cut clause nor "Label: value";
            # never a speaker's first-person turn nor a fragment: title_voice.py)
        partner = paired_next(text, points[i + 1:i + 2], most) if not rest else ""
        title = partner or title  # (a whole point and the next, "Meanwhile, …", that pairs its figure: contrast_titles)
        items = (list_items(whole) if len(list_items(whole)) >= 3 else [whole]) if rest else []
        kept = [*({**points[i], "text": r[:1].upper() + r[1:], "at": points[i]["at"] if not n else None,
                   TITLE_REST: len(items) == 1}
                  for n, r in enumerate(items)), *points[:i], *points[i + 1 + bool(partner):]]  # (a label's sentence or its
        # list's items: first)
        said_by_title = [{**points[i], TITLE_REST: True}] if whole_point else []  # (what the title says, not shown again
        kept = [*said_by_title, *kept] if len(kept) < LEAST_LINES else kept  # unless the slide needs it as its evidence)
        if (_enough(kept) or (kept and asks_in(topic["title"], words))) and not says_again(title, told):
            said_whole = points[i:i + 1 + bool(partner)] if not (rest or asks_in(topic["title"], words)) else []  # (a
            quoted = [q["text"] for q in topic.get("quotes") or ()]  # whole point over lines that do not back it stays
            # under it, title_backing.py; an answer's first statement titles the rest of the answer, its evidence)
            if not (off := off_title(title, [*said_by_title, *kept], topic["title"])):
                return {**plain_heading, "title": title, "kicker": topic["title"],
                        "points": evidenced(title, said_whole, kept, quoted, shown)}
            if len(kept) - len(off) > refused * (1 + MARGIN):  # (a title over part of its slide: the next statement,
                # else the one that covers most of it, clearly more than one ranked before it, over its points with the
                # other message nested, never the heading where a statement with its number can title it)
                stated = before["kicker"] or not is_stated(title, words)
                last = ({**plain_heading, "points": nested(before["points"], off)} if stated
                        else {**plain_heading, "title": title, "kicker": topic["title"],
                              "points": evidenced(title, said_whole, nested(kept, off), quoted, shown)})
                refused = len(kept) - len(off)
    return last


def _named_short(topic: dict, index: int, words: dict, most: int) -> str:
    """The first clause of the notes' overview that names the topic's point ``index`` (named.naming) and is
    a statement that stands alone within ``most`` words, opening as a sentence does, not in lower case ("OpenJDK
    interdit le code généré par LLM" for a point of 21 words; not "abstraction licences are reviewed every
    year", the end of a sentence), or "" (review 14: a title of 22 words on two lines)."""
    return next((title for clause in topic.get("naming", {}).get(index, ())
                 if not clause.strip()[:1].islower() and not voiced(clause, words)
                 and (title := whole_title(clause.strip().rstrip("."), words, most))), "")


def _introduces(said: list[str], points: list) -> bool:
    """Whether a topic's summary (its ``said`` sentences) is one sentence that ends on a colon, leading into
    the ``points`` ("DeepSeek achieved remarkable cost efficiency through:"): they are its evidence."""
    return len(said) == 1 and said[0].endswith(":") and bool(points)


def _shown(text: str) -> list[str]:
    """A statement of the bottom line as written and as the slide shows it (without a ``Label: ``:
    fitted.fitted), which no title says again."""
    body = labelled(text)[1]
    return [text, body] if body != text else [text]


def point_texts(points: list) -> list[str]:
    """The texts of ``points`` and of the points under them, in order."""
    return [t for p in points for t in (p["text"], *point_texts(p["children"]))]
