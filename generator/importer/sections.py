"""Section names as notes write them ("Key Takeaways", "Chapters", "Takeways" with a letter wrong, "Resumen",
"Próximos pasos"), and the content field each one fills: the names are the language files' ``<field>_sections``."""
from __future__ import annotations

import re
from functools import cache

from ..words import built_in_languages, load_words

_COUNT = re.compile(r"\(\d{1,6}(?: \w{1,30})?\)$")  # (no space before it in the pattern: retried at each space, quadratic)
MIN_MISSPELT = 8  # a section name this long is known with one letter wrong (a shorter one is too near other words)

FIELDS = ("takeaways", "introduction", "topics", "conclusion", "speakers")  # each read from "<field>_sections"


@cache
def section_names() -> dict[str, tuple[str, ...]]:
    """Each field's section names in every built-in language, English first (a notes file in one language
    may label its sections in another: a Spanish "Resumen" in notes detected as English is still a summary)."""
    files = [load_words(code) for code in ("en", *built_in_languages())]  # (read on first need, once)
    return {field: tuple(dict.fromkeys(name.strip().lower() for words in files
                                       for name in words.get(f"{field}_sections", "").split(",") if name.strip()))
            for field in FIELDS}


@cache
def _known() -> tuple[dict[str, str], dict[int, list[tuple[int, str, str]]]]:
    """The field of each section name, and (order, name, field) of the names known misspelt, by length."""
    section_of = {name: field for field, names in section_names().items() for name in names}
    misspellable: dict[int, list[tuple[int, str, str]]] = {}
    for order, (name, field) in enumerate(section_of.items()):
        if len(name) >= MIN_MISSPELT:
            misspellable.setdefault(len(name), []).append((order, name, field))
    return section_of, misspellable


def section_of(text: str) -> str | None:
    """The content field that a line naming a section (``text``) fills, else None: a name of ``section_names``, its
    emoji, colon, emphasis and count ("Video Chapters (7 chapters)") aside, or one with a letter wrong (``_one_slip``)."""
    key = re.sub(r"^[^\w(]+", "", text.strip().rstrip(":").strip().strip("*_").strip().lower())  # "📝 Summary"
    counted = _COUNT.search(key) if key.endswith(")") else None  # "Video Chapters (7 chapters)", "Highlights (3)"
    key = key[:counted.start()].rstrip() if counted else key
    named, misspellable = _known()
    if key in named:
        return named[key]
    near = sorted(x for size in (len(key) - 1, len(key), len(key) + 1) for x in misspellable.get(size, ()))
    return next((field for _, name, field in near if _one_slip(key, name)), None)  # in the names' order


def _one_slip(word: str, name: str) -> bool:
    """Whether ``word`` is ``name`` with one letter left out, added, changed or two swapped
    ("Takeways", "Higlights"): a section name as people type it."""
    if abs(len(word) - len(name)) > 1 or word == name:
        return False
    start = next((i for i, (a, b) in enumerate(zip(word, name)) if a != b), min(len(word), len(name)))
    a, b = word[start:], name[start:]
    return a[1:] == b[1:] or a == b[1:] or a[1:] == b or (a[:2] == b[1::-1] and a[2:] == b[2:])
