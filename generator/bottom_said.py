"""What the bottom line says, a topic's deck slide does not say again: the points that a statement of the
deck's summary or close states (as written, cut to its statement, or in other words around its number)
leave the deck twin of their slide, never so many that the slide is left without its evidence
(said_once.say_once walks each slide through ``without_said``; the report keeps every point).
"""
from __future__ import annotations

from .compared import compared
from .deck_twin import LEAST_LINES, LEAST_WORDS, split, texts, words
from .document import Bullet, Slide
from .headline import labelled
from .inline import plain, whole_spans
from .key_words import keys
from .kept_figures import needed
from .standalone import labelled_place
from .title_backing import backed, says_whole

STATING = ("summary", "close")  # roles of the slides whose points a topic's deck slide does not say again


def summary_said(slides: list[Slide], roles: tuple[str, ...] = STATING) -> list[str]:
    """What the deck's summary (the bottom line) or its close (its statement title too), of ``roles``, states,
    each item as written or cut, case-folded (20 characters at least: a shorter one would match too much)."""
    said = [compared(_placeless(text).rstrip("…")) for s in slides if s.deck and s.role in roles
            for text in [*_stated_title(s), *(b.text for b in s.bullets), *_grouped(s)]]
    return [text for text in said if len(text) >= 20]


def _stated_title(slide: Slide) -> list[str]:
    """A close's title that states its first statement (a kicker names the close above it: close.close_title)."""
    return [slide.title] if slide.role == "close" and slide.kicker else []


def _grouped(slide: Slide) -> list[str]:
    """A close's statements under their topics' headings (close_groups.py): its sub-points."""
    return [c.text for b in slide.bullets for c in b.children] if slide.role == "close" else []


def _placeless(text: str) -> str:
    """A summary item without the label that says where its topic's statement is true ("China: The average
    worker…" states its topic's "The average worker…": standalone.labelled_place)."""
    label, body = labelled(text)
    return body if labelled_place(label, body) else text


def without_said(slide: Slide, said: list[str], also: str, restated: bool) -> list[Slide]:
    """The slide, or, for a topic's slide of the deck, a deck twin of it without the points the deck's
    summary already states (``said``), as written or cut to its statement, or, where ``restated``, in
    other words around its number (see _stated; the report keeps them),
    unless the slide would be left near-empty, and never so many that it is left under LEAST_LINES lines (points
    and sub-points) where it had that many (``_floored``: the first ones stay; a shared slide keeps them all): the
    point is the evidence of the bottom line's item, which the slide must still show (review 13's finding 2: a
    slide of two bullets under its title proves nothing)."""
    shared = slide.layout == "topics" and all(c.topic for c in slide.columns)
    if not (said and slide.deck and slide.role not in STATING and (shared or (slide.topic and slide.layout == "bullets"))):
        return [slide]

    def unsaid(bullets: list[Bullet]) -> list[Bullet]:
        kept = [b for b in bullets if b.children or not _stated(b.text, said, restated)
                or needed(b, bullets, slide)
                or says_whole(slide.title, b.text)]  # (the point its title says whole: its evidence, title_backing.py)
        return _backing(slide.title, kept, bullets) or bullets  # (a topic of shared slide keeps a point)

    led = [_led(b, said) for b in slide.bullets]  # (a point that says an item after its lead: the lead alone)
    led_columns = [c.model_copy(update={"bullets": [_led(b, said) for b in c.bullets]}) for c in slide.columns]
    columns = [c.model_copy(update={"bullets": unsaid(c.bullets)}) for c in led_columns] if shared else []
    bullets = [] if shared else _floored(led, unsaid(led))
    before = [b for c in led_columns for b in c.bullets] if shared else led
    after = [b for c in columns for b in c.bullets] if shared else bullets
    if words(after) < LEAST_WORDS or len(texts(after)) < LEAST_LINES <= len(texts(before)):
        columns, bullets, after = led_columns if shared else [], [] if shared else led, before  # (none leaves: the
        # slide would be near-empty; a lead still says its point without the item: binaergewitter's news list)
    original = [b for c in slide.columns for b in c.bullets] if shared else slide.bullets
    if len(after) == len(original) and all(a is b for a, b in zip(after, original)):
        return [slide]
    kept = {id(b) for b in after}  # (by identity: a list's ``in`` compared whole points, 1,200 by 1,200 in 12 s)
    dropped = "; ".join(b.text for b in before if id(b) not in kept)
    return split(slide, slide.model_copy(update={"columns": columns} if shared else {"bullets": bullets}), dropped, also)


def _floored(before: list[Bullet], after: list[Bullet]) -> list[Bullet]:
    """``after`` (``before`` without the points the bottom line says) with those points back, the first ones
    first, until it has LEAST_LINES lines, where ``before`` had that many (the slide keeps its evidence)."""
    kept = {id(b) for b in after}
    for b in before:
        if len(texts([p for p in before if id(p) in kept])) >= LEAST_LINES:
            break
        kept.add(id(b))
    return [b for b in before if id(b) in kept]


_MARKS = ",:;—–，：；"  # what ends a clause that leads into a statement


def _led(point: Bullet, said: list[str]) -> Bullet:
    """``point``, or where it says a statement of ``said`` whole after a clause leading into it (_after_clause), that
    clause alone ("הארכנו אותו לשנתיים, כלומר <the bottom line's item>": "הארכנו אותו לשנתיים"): what it adds to the
    bottom line, which may be its slide's evidence (review 20); a point's sub-points so too (a list's item "Samsung
    BM9K1: <the bottom line's item>": its label)."""
    if point.children:
        kids = [_led(c, said) for c in point.children]
        return point if all(a is b for a, b in zip(kids, point.children)) else point.model_copy(update={"children": kids})
    for at in [i for i, c in enumerate(point.text) if c in _MARKS][::-1]:
        rest = compared(point.text[at + 1:]).split()
        if any(" ".join(rest[skip:]).startswith(item) for skip in range(3) for item in said):
            head = _linked_head(point.text, at)
            return point.model_copy(update={"text": head}) if len(plain(head).split()) >= 2 else point
    return point


def _linked_head(text: str, at: int) -> str:
    """``text`` before ``at``, a link it cuts kept a link of that part of its label ("[Samsung BM9K1: …](url)":
    "[Samsung BM9K1](url)")."""
    for start, end in whole_spans(text):
        label_end = text.find("](", start, end)
        if start < at < label_end:
            return (text[:at].rstrip() + text[label_end:end]).strip()
    return text[:at].strip()


def _said_whole(point: str, said: list[str]) -> bool:
    """Whether ``point`` says a statement of ``said`` whole: it opens with it, with or without a ``Label: ``, or says
    it after a clause leading into it (_after_clause: review 20, knesset's "…, כלומר <the item>")."""
    text = compared(point)
    body = labelled(text)[1]
    return any(text.startswith(item) or body.startswith(item) or _after_clause(item, text) for item in said)


def _after_clause(item: str, text: str) -> bool:
    """Whether ``text`` says ``item`` whole after a clause that leads into it (review 20: "הארכנו אותו לשנתיים, כלומר
    <the bottom line's item>", "we extended it by two years, that is <the item>"): after a comma, colon or dash and
    two words at most."""
    at = text.find(item)
    head = text[:at].rstrip() if at > 0 else ""
    mark = max(head.rfind(m) for m in _MARKS)
    return mark >= 0 and len(head[mark + 1:].split()) <= 2  # (a connective between: "that is", "כלומר")


def _stated(point: str, said: list[str], restated: bool) -> bool:
    """Whether a statement of the summary (``said``, case-folded) says ``point``: the point opens with it (or says it
    whole after a clause leading into it: _after_clause), with or without a ``Label: `` (the summary drops one that
    only heads its statement: "Obstacles
    techniques : incompatibilité Log4j…"), or, where ``restated``, says no number the statement does
    not and shares a number (not a year) and two key words with it ("Achieving 1000 episodes represents seven years…"
    under "1000 episodes and a billion views mark seven years…")."""
    if _said_whole(point, said):
        return True
    numbers, stems = keys(point) if restated else (set(), set())
    return bool(numbers) and any(numbers <= keys(item)[0] and len(stems & keys(item)[1]) >= 2 for item in said)



def _backing(title: str, kept: list[Bullet], bullets: list[Bullet]) -> list[Bullet]:
    """``kept`` (of ``bullets``), with the first of the others that backs ``title`` (title_backing.backed) in its place
    where none of ``kept`` does: a point the bottom line says is still the evidence of its slide's title, which the
    bottom line may say too (knesset: the decision's rate and dates, said by the title and the bottom line, over the
    committee's earlier request at the same rate)."""
    if not title or not kept or backed(title, [b.text for b in kept]):
        return kept
    found = next((b for b in bullets if not any(b is k for k in kept) and backed(title, [b.text])), None)
    return kept if found is None else [b for b in bullets if b is found or any(b is k for k in kept)]
