"""Import summary notes (the seed's shape, Markdown, or a chapter list) as a content file.

Reading is two steps: lines become tokens (heading, section, topic, bullet, text), then
one assembler turns tokens into content data. Nothing in the notes is rewritten: every
text is kept as written, and the result is the same data a person would type as YAML.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace
from pathlib import Path
from urllib.parse import urlsplit

from .content import MAX_CATEGORIES, _check_link, is_youtube
from .errors import BriefingError, Problem
from .files import REFUSED, describe_char, position, read_regular, split_lines
from .quantities import parse_quantity
from .timestamps import format_timestamp, parse_timestamp

MAX_BYTES = 5 * 1024 * 1024
MAX_TAKEAWAY_CHARTS = 100
MAX_LINK_LINE = 2000  # a longer line is text, whatever it holds (and the link patterns stay linear)
MAX_LEVELS = 12  # bullets indented deeper are kept at this level (a content file nests at most 50 levels)
_TS = r"\d{1,3}:\d{1,2}(?::\d{1,2})?"
_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")  # the closing #s are cut in _heading_text: a pattern that did it was cubic
_BULLET = re.compile(r"^(\s*)(?:[-*+•]|\d{1,3}[.)])\s+(.*)$")
_TRAILING_TS = re.compile(rf"^(?P<title>.*?\S)\s*[(\[](?P<ts>{_TS})(?:\s*[-–—]\s*{_TS})?[)\]]\s*$")
_LEADING_TS = re.compile(rf"^[(\[]?(?P<ts>{_TS})[)\]]?(?:\s*[-–—:|]\s*|\s+)(?P<title>\S.*)$")
_BARE_TS = re.compile(rf"^{_TS}$")
_URL = re.compile(r"https?://[^\s<>()\"']+")

# Section names as notes write them, and the content field each one fills.
SECTIONS = {
    "takeaways": ("key takeaways", "takeaways", "key points", "main points", "highlights", "key insights",
                  "tl;dr", "tldr", "summary", "executive summary"),
    "introduction": ("introduction", "intro", "overview", "background", "context", "about", "description"),
    "topics": ("topics discussed", "topics", "chapters", "timestamps", "outline", "contents",
               "table of contents", "sections", "discussion"),
    "conclusion": ("conclusion", "conclusions", "closing thoughts", "final thoughts", "wrap-up", "wrap up",
                   "takeaway", "bottom line"),
    "speakers": ("speakers", "guests", "participants", "hosts", "people", "panel", "panelists"),
}
_SECTION_OF = {name: field for field, names in SECTIONS.items() for name in names}


@dataclass
class Token:
    kind: str  # heading | section | topic | bullet | text
    line: int
    text: str = ""
    depth: int = 0  # bullets: indentation level; headings: level
    at: int | None = None
    section: str = ""


@dataclass
class Node:
    text: str
    line: int
    at: int | None = None
    children: list[Node] = field(default_factory=list)


@dataclass
class Imported:
    """What an import found: the content data, counts and warnings."""

    data: dict
    warnings: list[Problem]
    takeaways: int = 0
    topics: int = 0
    charts: int = 0
    positions: dict = field(default_factory=dict)  # (line, col) in the notes by path into ``data``


def _section(text: str) -> str | None:
    key = text.strip().rstrip(":").strip().strip("*_").strip().lower()
    return _SECTION_OF.get(key)


def _timestamp(ts: str, file: str, line: int, col: int) -> int:
    try:
        return parse_timestamp(ts)
    except ValueError as exc:
        raise BriefingError(Problem(f"broken timestamp: {exc}", file, line, col)) from None


def tokenize(text: str, file: str) -> list[Token]:
    """Read the notes line by line into tokens; a broken timestamp or a control character is an error."""
    tokens, problems = [], []
    for number, raw in enumerate(split_lines(text), 1):
        # a form feed (pdftotext's page break) or a vertical tab is blank space, and indents nothing
        page = len(raw) - len(raw.lstrip("\f\v"))
        raw = raw[page:].replace("\f", " ").replace("\v", " ")
        body = raw.lstrip(" \t")
        indent = raw[: len(raw) - len(body)].replace("\t", "    ")  # tabs indent; inside text they stay
        line = (indent + body).rstrip()
        bad = REFUSED.search(line)
        if bad:
            problems.append(Problem(f"{describe_char(bad.group())} is not allowed in text", file, number, page + bad.start() + 1))
            continue
        if not line.strip():
            continue
        try:
            tokens.append(_token(line, number, file))
        except BriefingError as exc:
            problems.extend(replace(p, col=p.col + page) for p in exc.problems)
    if problems:
        raise BriefingError(problems)
    return tokens


def _token(line: str, number: int, file: str) -> Token:
    stripped = line.strip()
    heading = _HEADING.match(stripped)
    if heading:
        level, body = len(heading.group(1)), _heading_text(heading.group(2))
        token = _titled(body, number, file, line.index(body) + 1 if body else 1)
        if token:
            token.depth = level
            return token
        section = _section(body)
        if section:
            return Token("section", number, body, level, section=section)
        return Token("heading", number, body, level)
    bullet = _BULLET.match(line)
    if bullet:
        indent, body = len(bullet.group(1)), bullet.group(2).strip()
        at = None
        match = _TRAILING_TS.match(body) or _LEADING_TS.match(body)
        if match and not _BARE_TS.match(body):
            col = line.index(match.group("ts")) + 1
            at, body = _timestamp(match.group("ts"), file, number, col), match.group("title")
        return Token("bullet", number, body, indent, at=at)
    token = _titled(stripped, number, file, len(line) - len(line.lstrip()) + 1)
    if token:
        return token
    section = _section(stripped)
    if section:
        return Token("section", number, stripped, section=section)
    return Token("text", number, stripped)


def _heading_text(text: str) -> str:
    """A heading's text without its closing ``#``s (only when a space sets them apart, as in CommonMark)."""
    text = text.rstrip()
    bare = text.rstrip("#")
    return bare.rstrip() if not bare or bare[-1].isspace() else text


def _titled(text: str, number: int, file: str, col: int) -> Token | None:
    """A topic line: ``Title (13:28)``, ``Title (13:28-35:02)``, ``[13:28] Title`` or ``13:28 Title``,
    also set in bold (``**Title (13:28)**``)."""
    for mark in ("**", "__"):
        if len(text) > 4 and text.startswith(mark) and text.endswith(mark):
            text, col = text[2:-2].strip(), col + 2
    for pattern in (_TRAILING_TS, _LEADING_TS):
        match = pattern.match(text)
        if match:
            ts_col = col + text.index(match.group("ts"))
            return Token("topic", number, match.group("title").strip(), at=_timestamp(match.group("ts"), file, number, ts_col))
    return None


# -- assembling ---------------------------------------------------------------------------

def _label(text: str) -> str | None:
    """The label of ``Label: rest`` (a bullet that names what it says), else None."""
    head, sep, rest = text.partition(": ")
    return head if sep and rest.strip() and 0 < len(head) <= 60 and not _URL.match(head + ":") else None


def nest(bullets: list[Token]) -> list[Node]:
    """Rebuild nesting: by indentation where the notes indent, else by the flat rules.

    Flat rules (the seed's shape): a bullet ending with ``:`` opens a group of the bullets
    that follow. The group ends at the next bullet ending with ``:``, or at a ``Label: text``
    bullet that follows plain bullets or figures (``X: 200,000 GPUs``): a new top-level point
    in the same style as the opener.
    """
    if any(t.depth for t in bullets):
        return _nest_indented(bullets)
    out: list[Node] = []
    group: Node | None = None
    labelled = measured = False  # whether some child of the group is labelled, whether all are figures
    for t in bullets:
        node = Node(t.text, t.line, t.at)
        opens = t.text.endswith(":")
        if group is not None and not opens:
            kids = group.children
            closes = _label(t.text) and kids and (
                not labelled  # a labelled point after plain ones
                or (measured and not _measure(t.text)))  # a labelled point after figures
            if not closes:
                labelled, measured = labelled or bool(_label(t.text)), measured and bool(_measure(t.text))
                kids.append(node)
                continue
        out.append(node)
        group, labelled, measured = (node if opens else None), False, True
    return out


def _nest_indented(bullets: list[Token]) -> list[Node]:
    root = Node("", 0)
    stack: list[tuple[int, Node]] = [(-1, root)]
    for t in bullets:
        while len(stack) > 1 and (t.depth <= stack[-1][0] or len(stack) > MAX_LEVELS):
            stack.pop()
        node = Node(t.text, t.line, t.at)
        stack[-1][1].children.append(node)
        stack.append((t.depth, node))
    return root.children


def _point(node: Node):
    if not node.children and node.at is None:
        return node.text
    out = {"text": node.text}
    if node.at is not None:
        out["at"] = format_timestamp(node.at)
    if node.children:
        out["points"] = [_point(child) for child in node.children]
    return out


def _slug(text: str, used: dict, fallback: str) -> str:
    """A unique id for ``text``; ``used`` maps each id given to the next number to try after it
    (so 20,000 equal titles take linear time, not quadratic)."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    slug = ""
    for word in re.findall(r"[a-z0-9]+", ascii_text):
        if len(slug) + len(word) + 1 > 40:
            break
        slug = f"{slug}-{word}" if slug else word
    slug = candidate = slug or fallback
    if slug in used:
        n = used[slug]
        while f"{slug}-{n}" in used:
            n += 1
        candidate, used[slug] = f"{slug}-{n}", n + 1
    used.setdefault(candidate, 2)
    return candidate


# -- charts -------------------------------------------------------------------------------

_NUM = r"[$€£]?\d[\d,]*(?:\.\d+)?(?:\s?(?:k|K|M|B|bn|T)\b)?"
_QTY = rf"(?P<qty>(?:~|≈|about |approx\.? )?{_NUM}(?:\s?(?:-|–|to)\s?{_NUM})?(?P<times>[x×])?)"
_LABELLED = re.compile(rf"^(?P<label>[^:]{{1,60}}):\s+{_QTY}")
_INLINE = re.compile(rf"^(?P<label>\D{{0,59}}?[^\d\s])\s+(?:at|of|with|around|reaching|to)\s+{_QTY}")
# A scale written as a word belongs to the unit ("310 million litres a day": 310 on an axis of
# "million litres a day"); the symbols parse_quantity reads ($50B, 128k) stay in the number.
_SPELLED_SCALES = ("thousand", "million", "billion", "trillion")
_SCALE_WORDS = _SPELLED_SCALES + ("m", "mn")
_CURRENCY_SCALE = re.compile(rf"(?: ?(?:m|mn)| (?:{'|'.join(_SPELLED_SCALES)}))\b")  # £4.2m, £4.2 million
_TAIL = re.compile(r"[^,.;:()\[\]]{0,120}")  # the words after a number, up to the first punctuation
_GLUE = {"a", "an", "the", "in", "at", "on", "of", "for", "to", "by", "with", "from", "and", "or", "per",
         "over", "under", "across", "than", "as", "each", "every", "into", "since", "until"}
MAX_UNIT_WORDS = 5


def _unit_key(unit: str) -> str:
    unit = unit.lower()
    return unit[:-1] if unit.endswith("s") and len(unit) > 2 else unit


def _measure(text: str):
    """``(label, value text, unit words)`` for ``Label: 200,000 GPUs …`` and ``Label at 2.2 gigawatt …``.

    The unit words are what follows the number, up to punctuation (``GPUs in Memphis``,
    ``million litres a day``, ``% of capacity``); a currency is the unit by itself (``$``,
    ``£m``), a multiple is ``x``. A chart keeps the words all its rows share.
    """
    for pattern in (_LABELLED, _INLINE):
        m = pattern.match(text)
        if not m:
            continue
        qty = m.group("qty").strip()
        currency = re.search(r"[$€£]", qty)
        tail = text[m.end("qty"):]
        if currency:
            scale = _CURRENCY_SCALE.match(tail)
            words = [currency.group() + (scale.group() if scale else "")]
        elif m.group("times"):
            words = ["x"]
        else:
            body = _TAIL.match(tail).group()
            words = (["%"] + body[1:].split() if body.startswith("%") else body.split())[:MAX_UNIT_WORDS]
            if not words or words[0].lower() in _GLUE or not re.search(r"\w|%", words[0]):
                continue
        try:
            parse_quantity(qty)
        except ValueError:
            continue
        return m.group("label").strip(), qty, words
    return None


def _measure_key(words: list[str]) -> tuple:
    """Rows share a chart when their units start alike: the first word, and the next after a scale word."""
    size = 2 if words[0].lower() in _SCALE_WORDS and len(words) > 1 else 1
    return tuple(_unit_key(w) for w in words[:size])


def _shared_unit(rows: list) -> str:
    """The unit words every row shares (plural where one row says it), without a dangling ``of`` or dash."""
    size = min(len(words) for _, _, words in rows)
    for n in range(size):
        if len({_unit_key(words[n]) for _, _, words in rows}) > 1:
            size = n
            break
    words = next((w for _, _, w in rows if w[0].lower().endswith("s")), rows[0][2])[:size]
    while len(words) > len(_measure_key(words)) and (words[-1].lower() in _GLUE or not re.search(r"\w|%", words[-1])):
        words = words[:-1]
    return " ".join(words)


def find_charts(group: Node, used: dict, lines: dict) -> list[dict]:
    """A bar chart from three or more measured children of ``group`` that share a unit
    (``lines`` is told the group's line for each chart id)."""
    by_unit: dict[tuple, list] = {}
    for child in group.children:
        found = _measure(child.text)
        if found:
            by_unit.setdefault(_measure_key(found[2]), []).append(found)
    charts = []
    for rows in by_unit.values():
        if len(rows) < 3:
            continue
        rows = rows[:MAX_CATEGORIES]
        unit = _shared_unit(rows)
        label = _label(group.text) or group.text.rstrip(":").strip()
        title = label if len(label) <= 80 else label[:77].rstrip() + "…"
        lines[chart_id := _slug(title, used, "chart")] = group.line
        charts.append({
            "id": chart_id, "title": title, "kind": "bar", "unit": unit,
            "categories": [r[0] for r in rows],
            "series": [{"name": unit, "values": [r[1] for r in rows]}],
            "caption": "Values as stated in the summary notes"
                       + ("; ~ marks an approximate figure" if any(r[1][:1] in "~≈a" for r in rows) else "")
                       + ("; a range is drawn as a range" if any(parse_quantity(r[1])["low"] is not None for r in rows) else "")
                       + ".",
        })
    return charts


def _walk_groups(nodes: list[Node]):
    for node in nodes:
        if node.children:
            yield node
            yield from _walk_groups(node.children)


def _words(text: str) -> set:
    return {w for w in re.findall(r"\w{4,}", text.lower())}


# -- the whole import ----------------------------------------------------------------------

def import_notes(text: str, file: str, *, title: str | None = None, source_url: str | None = None,
                 source_name: str | None = None) -> Imported:
    """Turn notes into content data (a dict ready to write as YAML); raise BriefingError for broken input."""
    tokens = tokenize(text, file)
    warnings: list[Problem] = []
    section = "introduction"
    intro, conclusion, takeaway_bullets, speakers_bullets = [], [], [], []
    topics: list[dict] = []  # {"token", "summary": [], "bullets": []}
    found_title = None  # the token
    links: list[tuple] = []  # (url, name, label) of the lines before the topics that are only a link
    for i, t in enumerate(tokens):
        if t.kind == "heading" and t.depth == 1 and found_title is None and not topics:
            found_title = t
            continue
        if t.kind == "section":
            section = t.section
            continue
        if t.kind == "heading":
            if section == "topics" or topics:
                warnings.append(Problem(f"heading '{t.text}' has no timestamp; its lines were added to the topic before it"
                                        if topics else f"heading '{t.text}' has no timestamp and is not a known section; its lines were read as introduction",
                                        file, t.line))
            else:
                warnings.append(Problem(f"'{t.text}' is not a known section; its lines were read as introduction", file, t.line))
                section = "introduction"
            continue
        if t.kind == "topic" or (t.kind == "bullet" and t.at is not None and t.depth == 0 and section == "topics"):
            # a topic line, or a list item with a time in a topics or chapters list ("- 13:28 DeepSeek")
            section = "topics"
            topics.append({"token": t, "summary": [], "bullets": []})
            continue
        if section == "topics" and topics:
            topics[-1]["bullets" if t.kind == "bullet" else "summary"].append(t)
        elif section == "takeaways" and t.kind == "bullet":
            takeaway_bullets.append(t)
        elif section == "speakers" and t.kind == "bullet":
            speakers_bullets.append(t)
        elif section == "conclusion":
            conclusion.append(t)
        elif section == "introduction" and t.kind in ("text", "bullet") and (link := _link_line(t.text)):
            links.append(link)  # the recording's address, not introduction text
        elif t.kind == "text" and i == len(links) and found_title is None and title is None and len(t.text) <= 120:
            found_title = t  # a short first line that is not a section (links may come before it) is the title
        else:  # text before the topics, and lines of a section that has no place for them
            intro.append(t)
    if not topics:
        raise BriefingError(Problem("no topics found: a topic is a line such as 'DeepSeek Models (13:28)' or '13:28 DeepSeek Models'", file, 1, 1))

    used: dict = {}
    chart_ids: dict = {}
    chart_lines: dict = {}  # chart id -> line of the group it was found in
    data: dict = {}
    data["title"] = title or (found_title and found_title.text) or _title_from(file, warnings)
    if speakers_bullets:
        data["speakers"] = [_speaker(t.text) for t in speakers_bullets]
    data["sources"] = _sources(source_url, source_name, links, text)

    takeaways = nest(takeaway_bullets)
    if takeaways:
        data["takeaways"] = [_point(n) for n in takeaways]
    if intro:
        data["introduction"] = _paragraphs(intro)

    out_topics = []
    for entry in topics:
        t = entry["token"]
        points = nest(entry["bullets"])
        topic: dict = {"id": _slug(t.text, used, f"topic-{len(out_topics) + 1}"), "title": t.text, "at": format_timestamp(t.at)}
        if entry["summary"]:
            topic["summary"] = _paragraphs(entry["summary"])
        if points:
            topic["points"] = [_point(n) for n in points]
        charts = [c for g in _walk_groups(points) for c in find_charts(g, chart_ids, chart_lines)]
        if charts:
            topic["charts"] = charts
        out_topics.append((topic, points, t))

    # Charts found in the takeaways go to the topic they share most words with, and replace
    # a chart of the same unit there when they have more categories. Each is compared with
    # every topic, so there may be MAX_TAKEAWAY_CHARTS of them (the time stays linear).
    topic_words = [_words(tp[0]["title"] + " " + _flat(tp[1])) for tp in out_topics]
    found_charts = ((group, chart) for group in _walk_groups(takeaways) for chart in find_charts(group, chart_ids, chart_lines))
    for n, (group, chart) in enumerate(found_charts):
        if n == MAX_TAKEAWAY_CHARTS:
            warnings.append(Problem(f"more than {MAX_TAKEAWAY_CHARTS} charts in the takeaways; the rest were left out", file, group.line))
            break
        words = _words(group.text + " " + " ".join(c.text for c in group.children))
        best = out_topics[max(range(len(out_topics)), key=lambda i: len(words & topic_words[i]))][0]
        same = [c for c in best.get("charts", []) if _unit_key(c["unit"]) == _unit_key(chart["unit"])]
        if same and len(same[0]["categories"]) >= len(chart["categories"]):
            continue
        best["charts"] = [c for c in best.get("charts", []) if c not in same] + [chart]

    previous = None
    for _, _, t in out_topics:
        if previous is not None and t.at < previous.at:
            warnings.append(Problem(
                f"topic '{t.text}' at {format_timestamp(t.at)} comes after '{previous.text}' at "
                f"{format_timestamp(previous.at)} (line {previous.line}) but starts earlier; kept in the notes' order",
                file, t.line))
        if previous is None or t.at >= previous.at:
            previous = t
    data["topics"] = [tp for tp, _, _ in out_topics]
    bare = [t for tp, _, t in out_topics if not tp.get("points") and not tp.get("charts")]
    if bare:  # a chapter list: the decks show an agenda and a timeline, no slide per topic
        warnings.append(Problem(f"{len(bare)} of {len(out_topics)} topics have no points; they appear only in "
                                "the agenda and the timeline (add points under them for slides of their own)",
                                file, bare[0].line))
    if conclusion:
        data["conclusion"] = _paragraphs(conclusion)
    positions = {("title",): (found_title.line if found_title and not title else 1, 1)}
    positions.update({("speakers", i): (t.line, 1) for i, t in enumerate(speakers_bullets)})
    positions.update({(key,): (lines[0].line, 1) for key, lines in (("introduction", intro), ("conclusion", conclusion)) if lines})
    _place(positions, ("takeaways",), takeaways)
    for i, (topic, points, t) in enumerate(out_topics):
        positions[("topics", i)] = (t.line, 1)
        _place(positions, ("topics", i, "points"), points)
        positions.update({("topics", i, "charts", k): (chart_lines[c["id"]], 1) for k, c in enumerate(topic.get("charts", []))})
    return Imported(data, warnings, len(takeaways), len(out_topics), sum(len(tp.get("charts", [])) for tp, _, _ in out_topics),
                    positions)


def _place(positions: dict, path: tuple, nodes: list[Node]) -> None:
    """Record the notes' line of every point under ``path``."""
    for i, node in enumerate(nodes):
        positions[path + (i,)] = (node.line, 1)
        _place(positions, path + (i, "points"), node.children)


def _flat(nodes: list[Node]) -> str:
    return " ".join(n.text + " " + _flat(n.children) for n in nodes)


def _paragraphs(tokens: list[Token]) -> str:
    """Lines as written; bullets keep their dash so nothing is lost."""
    return "\n".join(("- " if t.kind == "bullet" else "") + t.text for t in tokens)


def _speaker(text: str) -> dict:
    for sep in (": ", " - ", " – ", " — ", ", "):
        name, found, role = text.partition(sep)
        if found and name.strip() and role.strip():
            return {"name": name.strip(), "role": role.strip()}
    return {"name": text}


# Labels of a line that gives the recording's address ("Video: https://…"); those that say
# what kind of recording it is also name it.
_LINK_LABELS = {"source": "", "link": "", "links": "", "url": "", "watch": "", "listen": "", "recording": "Recording",
                "video": "Video", "audio": "Audio", "podcast": "Podcast", "webcast": "Webcast", "stream": "Stream",
                "livestream": "Livestream", "episode": "Episode", "transcript": "Transcript", "slides": "Slides"}
_LINK_ONLY = re.compile(r"\[(?P<text>[^\[\]]{1,200})\]\((?P<md>https?://[^\s()<>]+)\)|<?(?P<url>https?://[^\s<>]+?)>?")
_NAMED_LINK = re.compile(r"(?P<name>[^:<>\[\]]{1,80}?)\s*(?:[,:(–—-]|\s)\s*(?P<link>\S+?)\)?")


def _link_line(text: str) -> tuple[str, str | None, str | None] | None:
    """``(url, name, label)`` when a line is only a link: ``https://…``, ``<https://…>``,
    ``[name](https://…)``, ``Name: https://…``, or after a label such as ``Video:`` also
    ``Video: Committee webcast - https://…``; else None (a link inside a sentence is text)."""
    if len(text) > MAX_LINK_LINE:
        return None
    label, sep, rest = text.partition(": ")
    label = label.strip()
    known = bool(sep) and label.lower() in _LINK_LABELS
    if not known and (not sep or len(label.split()) > 8 or re.search(r"[.!?]\s|//", label)):
        label, rest = "", text  # "Read the report at https://…" is a sentence, and text
    name, link = None, _LINK_ONLY.fullmatch(rest.strip())
    if not link and known:
        named = _NAMED_LINK.fullmatch(rest.strip())
        if named and (link := _LINK_ONLY.fullmatch(named.group("link"))):
            name = named.group("name")
    if not link:
        return None
    url = link.group("md") or link.group("url")
    if not _valid_link(url):
        return None
    name = link.group("text") or name or (None if known else label)
    return url, (name or "").strip() or None, label if known else None


def _valid_link(url: str) -> bool:
    try:
        return bool(_check_link(url))
    except ValueError:
        return False


def _sources(url: str | None, name: str | None, links: list[tuple], text: str) -> list[dict]:
    """The notes' sources: ``--source-url`` or the first line that is only a link (else the first
    link anywhere) is the recording the times point into; further link lines are listed as
    sources without time links (each address once)."""
    if url:
        links = [(url, name, None)] + links
    elif links:
        links = [(links[0][0], name or links[0][1], links[0][2])] + links[1:]
    else:
        found = next((u for u in (m.group().rstrip(".,;:!?") for m in _URL.finditer(text)) if _valid_link(u)), None)
        links = [(found, name, None)] if found else []
    if not links:
        return [{"id": "source", "name": name or "The recording"}]
    used: dict = {}
    unique: dict = {}
    for link in links:
        unique.setdefault(link[0], link)
    out = []
    for i, (link, given, label) in enumerate(unique.values()):
        youtube = is_youtube(link)
        host = urlsplit(link).netloc.lower().removeprefix("www.") or urlsplit(link).path
        # the notes' name for it, else what it is and where: "YouTube video", "Video on example.org"
        # (not "Video (example.org)": lists of sources put the address in brackets after the name)
        named = given or ("YouTube video" if youtube else f"{_LINK_LABELS.get((label or '').lower()) or 'Recording'} on {host}")
        source = {"id": _slug("video" if youtube else "source", used, "source"), "name": named, "url": link}
        if i:
            source["deep_link"] = "none"  # the times point into the first source only
        out.append(source)
    return out


def _title_from(file: str, warnings: list) -> str:
    stem = Path(file).stem.replace("_", " ").replace("-", " ").strip() or "Briefing"
    title = stem[:1].upper() + stem[1:]
    warnings.append(Problem(f"no title in the notes; used '{title}' (give --title)", file))
    return title


def read_notes(path: str | Path) -> str:
    """The notes' text; unreadable, oversized or non-UTF-8 files are clear errors."""
    raw = read_regular(path, MAX_BYTES, "notes file")  # never more than the cap is read
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line, col = position(raw.decode("latin-1"), exc.start)
        raise BriefingError(Problem("notes are not UTF-8 text", str(path), line, col)) from None


def import_file(notes: str | Path, output: str | Path | None = None, *, force: bool = False,
                title: str | None = None, source_url: str | None = None, source_name: str | None = None,
                content_dir: str | Path = "content") -> tuple[Path, Imported]:
    """Import ``notes`` into a content file (default ``content/<stem>.yaml``), checked before it is written."""
    from .atomic import write_atomic
    from .loader import validate_located
    from .yamlio import MAX_BYTES as MAX_CONTENT, Located, dump_yaml, load_yaml_text

    if source_url is not None:
        try:
            source_url = _check_link(source_url)
        except ValueError as exc:
            raise BriefingError(f"--source-url: {exc}") from None
    notes = Path(notes)
    target = Path(output) if output else Path(content_dir) / f"{notes.stem}.yaml"
    if target.exists() and not force:
        raise BriefingError(Problem("exists; give --force to replace it", str(target)))
    result = import_notes(read_notes(notes), str(notes), title=title, source_url=source_url, source_name=source_name)
    header = (f"Imported from {notes.name} by `briefing import`. Check the nesting and the charts,\n"
              "then build with `briefing build " + target.as_posix() + "`.")
    text = dump_yaml(result.data, header)
    if len(text.encode("utf-8")) > MAX_CONTENT:
        raise BriefingError(Problem(f"the content made from these notes would be larger than {MAX_CONTENT // 2**20} MiB", str(notes)))
    # What we write must build: the text is read back as it will be, and its problems are
    # reported where they are in the notes (the content file does not exist yet).
    validate_located(Located(load_yaml_text(text, str(target)).data, str(notes), result.positions))
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(target, text.encode("utf-8"))
    except OSError as exc:
        raise BriefingError(Problem(f"cannot write: {exc.strerror or exc}", str(target))) from None
    return target, result
