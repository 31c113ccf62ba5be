"""Section names as notes write them ("Key Takeaways", "Chapters", "Takeways" with a letter wrong), and
the content field each one fills."""
from __future__ import annotations

import re

_COUNT = re.compile(r"\(\d{1,6}(?: \w{1,30})?\)$")  # (no space before it in the pattern: retried at each space, quadratic)
MIN_MISSPELT = 8  # a section name this long is known with one letter wrong (a shorter one is too near other words)

SECTIONS = {
    "takeaways": ("key takeaways", "takeaways", "key points", "main points", "highlights", "key insights",
                  "tl;dr", "tldr", "summary", "executive summary"),
    "introduction": ("introduction", "intro", "overview", "background", "context", "about", "description",
                     "episode summary", "episode description", "episode overview", "about the episode",
                     "episode info", "episode information", "episode details", "show info", "details"),
    "topics": ("topics discussed", "topics", "chapters", "timestamps", "outline", "contents",
               "table of contents", "sections", "discussion", "show notes", "time stamps", "timecodes",
               "episode chapters", "video chapters", "chapter list"),
    "conclusion": ("conclusion", "conclusions", "closing thoughts", "final thoughts", "wrap-up", "wrap up",
                   "takeaway", "bottom line"),
    "speakers": ("speakers", "guests", "participants", "hosts", "people", "panel", "panelists"),
}
_SECTION_OF = {name: field for field, names in SECTIONS.items() for name in names}
_MISSPELLABLE: dict[int, list[tuple[int, str, str]]] = {}  # (order, name, field) of the names known misspelt, by length
for _order, (_name, _field) in enumerate(_SECTION_OF.items()):
    if len(_name) >= MIN_MISSPELT:
        _MISSPELLABLE.setdefault(len(_name), []).append((_order, _name, _field))


def section_of(text: str) -> str | None:
    """The content field that a line naming a section (``text``) fills, else None: a name of SECTIONS, its
    emoji, colon, emphasis and count ("Video Chapters (7 chapters)") aside, or one with a letter wrong (``_one_slip``)."""
    key = re.sub(r"^[^\w(]+", "", text.strip().rstrip(":").strip().strip("*_").strip().lower())  # "📝 Summary"
    counted = _COUNT.search(key) if key.endswith(")") else None  # "Video Chapters (7 chapters)", "Highlights (3)"
    key = key[:counted.start()].rstrip() if counted else key
    if key in _SECTION_OF:
        return _SECTION_OF[key]
    near = sorted(x for size in (len(key) - 1, len(key), len(key) + 1) for x in _MISSPELLABLE.get(size, ()))
    return next((field for _, name, field in near if _one_slip(key, name)), None)  # in SECTIONS' order


def _one_slip(word: str, name: str) -> bool:
    """Whether ``word`` is ``name`` with one letter left out, added, changed or two swapped
    ("Takeways", "Higlights"): a section name as people type it."""
    if abs(len(word) - len(name)) > 1 or word == name:
        return False
    start = next((i for i, (a, b) in enumerate(zip(word, name)) if a != b), min(len(word), len(name)))
    a, b = word[start:], name[start:]
    return a[1:] == b[1:] or a == b[1:] or a[1:] == b or (a[:2] == b[1::-1] and a[2:] == b[2:])
