"""The words briefing adds to a briefing ("Agenda", "Page 2 of 9", "(cont.)"), in the content's language.

The built-in language files are ``generator/lang/<code>.yaml``; ``en.yaml`` has every key, and a key
another language lacks comes from it. An audience folder may hold ``lang/<code>.yaml``: its words
override the built-in ones (or make a language of their own), merged along ``extends``, the
audience's own folder last. ``{name}`` in a word is filled in by the tool (``fill``).
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from pathlib import Path

from .errors import BriefingError, Problem
from .template_names import template_filter

LANG_DIR = Path(__file__).resolve().parent / "lang"
_PLACEHOLDER = re.compile(r"\{(\w+)\}")
WORD = re.compile(r"[^\W_][\w'’-]*")  # a word as the deck's text is read for its words: "don't", "year-over-year", "26"
LETTERS = re.compile(r"[^\W\d_]+")  # a run of letters: a word without its digits, apostrophes or hyphens
# the most common short words of the Latin-script languages briefing has words in: what tells their text apart
# (importer.language.detect_language; sentence_languages, for the phrases a sentence is read for)
STOP_WORDS = {
    "en": "the and of to is in that it with for on are was this be as by from we they have has not but what how why "
          "about their which will would",
    "fr": "le la les des et est une un du que qui dans pour sur pas avec ce cette sont au aux il elle nous ils être "
          "mais ou plus comme leur",
    "de": "der die das und ist nicht mit den dem ein eine zu von auf für sich auch es wir sie im wie aber oder werden "
          "wird sind bei nach über",
    "es": "el la los las y que en es una un por para con del se no al lo como más pero sus su está son fue este esta "
          "también entre",
}


def padded_words(text: str) -> str:
    """``text``'s words (``WORD``) case-folded, one space apart and padded with a space each side: a phrase
    of words is found in it as `` phrase `` (whole words only)."""
    return " " + " ".join(WORD.findall(text.casefold())) + " "


@cache
def built_in_languages() -> tuple[str, ...]:
    """The codes of the built-in language files (``generator/lang/<code>.yaml``), in the files' order."""
    return tuple(path.stem for path in sorted(LANG_DIR.glob("*.yaml")))


def sentence_languages(text: str) -> list[str]:
    """The built-in languages a sentence is read in for its phrases (a cut's clauses, a statement's frame):
    those of its most common short words (``STOP_WORDS``: "le but" is French, where "but" is a noun; "the
    car" English) and those of other scripts; every built-in language where it has no such word."""
    said = padded_words(text)
    hits = {lang: sum(f" {w} " in said for w in words.split()) for lang, words in STOP_WORDS.items()}
    best = max(hits.values())
    return [lang for lang in built_in_languages() if not best or hits.get(lang, best) == best]


@template_filter("fill")
def fill(text: str, **values) -> str:
    """``text`` with each ``{name}`` replaced by the value given for it (the template filter ``fill``)."""
    return _PLACEHOLDER.sub(lambda m: str(values[m.group(1)]) if m.group(1) in values else m.group(0), text)


def continued_title(title: str, number: int, count: int, words: dict[str, str]) -> str:
    """The title of the ``number``-th of ``count`` slides that continue a slide titled ``title``: the
    continuations numbered from 1 among themselves ("(cont. 1)", "(cont. 2)"; "(cont.)" where one is
    enough: the words ``cont`` and ``cont_number``), never from the first slide, so that none reads
    as skipping one ("(cont. 2)" right after the first slide)."""
    mark = words["cont"] if count == 1 else fill(words["cont_number"], number=number)
    return f"{title} {mark}"


def appendix_letter(words: dict[str, str], before: int) -> str:
    """The letter of a report's appendix that has ``before`` lettered appendices ahead of it, in the
    words' language ("A", "B", "C"; "א", "ב", "ג"); its number when the language names too few."""
    letters = words["appendix_letters"].split()
    return letters[before] if before < len(letters) else str(before + 1)


def split_at(text: str, name: str) -> tuple[str, str] | None:
    """``text`` before and after its ``{name}`` (for a writer that sets the value apart, in bold), or None."""
    before, found, after = text.partition("{" + name + "}")
    return (before, after) if found else None


def codes(lang: str) -> list[str]:
    """The language files that serve ``lang``, the most general first: ``fr-CA`` is ``fr`` then ``fr-ca``."""
    parts = lang.lower().split("-")
    return ["-".join(parts[:n]) for n in range(1, len(parts) + 1)]


def english() -> dict[str, str]:
    """The built-in English words: every key there is."""
    return dict(_builtin("en"))


def load_words(lang: str, folders: Sequence[Path] = ()) -> dict[str, str]:
    """The words for content in ``lang``, for an audience whose folder chain is ``folders`` (its own
    first): English, then each language file that serves ``lang``, the built-in one before the
    audiences' (the furthest ancestor first). An audience's ``lang/en.yaml`` words hold for every
    language that does not say otherwise."""
    if not re.fullmatch(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*", lang):  # (content's lang is checked so already)
        raise BriefingError(f"'{lang}' is not a language code (en, fr, pt-BR, …)")
    words = english()
    for code in dict.fromkeys(["en", *codes(lang)]):
        if code != "en":
            words.update(_builtin(code))
        for folder in reversed(list(folders)):
            path = folder / "lang" / f"{code}.yaml"
            if path.is_file():
                words.update(_read(path))
    return words


def show_words(words: dict[str, str]) -> str:
    """``words`` as the text of a language file (each value quoted, so it reads back as written)."""
    import json

    return "".join(f"{key}: {json.dumps(text, ensure_ascii=False)}\n" for key, text in words.items())


@cache
def _builtin(code: str) -> dict[str, str]:
    path = LANG_DIR / f"{code}.yaml"
    if not (re.fullmatch(r"[a-z0-9-]+", code) and path.is_file()):
        return {}
    from .kept_words import kept_words

    return kept_words(path, LANG_DIR / "en.yaml", _read)  # (checked as _read does, by an earlier run)


def _read(path: Path) -> dict[str, str]:
    """A language file's words, each checked: a known key, text, no placeholder English lacks."""
    from .yamlio import load_yaml_file

    located = load_yaml_file(path)
    if not isinstance(located.data, dict):
        raise BriefingError(Problem("a language file is a mapping of words (key: text)", str(path), 1, 1))
    known = None if path == LANG_DIR / "en.yaml" else _builtin("en")
    problems = []
    for key, text in located.data.items():
        if known is not None and key not in known:
            problems.append(located.problem((key,), f"unknown word '{key}' (the keys are those of {LANG_DIR / 'en.yaml'})",
                                            key=True))
        elif not isinstance(text, str):
            problems.append(located.problem((key,), f"{key}: a word is text, not a list or mapping"))
        elif not text.strip():
            problems.append(located.problem((key,), f"{key}: is blank: a word is what a slide or page shows"))
        elif wrong := _text_problem(text):
            problems.append(located.problem((key,), f"{key}: {wrong}"))
        elif known is not None and (wrong := _wrong_placeholder(text, _PLACEHOLDER.findall(known[key]))):
            allowed = ", ".join(f"{{{name}}}" for name in _PLACEHOLDER.findall(known[key])) or "none"
            problems.append(located.problem((key,), f"{key}: {wrong} (this word takes {allowed})"))
    if problems:
        raise BriefingError(problems)
    return dict(located.data)


def _wrong_placeholder(text: str, names: list[str]) -> str:
    """What is wrong with the first brace of ``text`` that is not a placeholder ``{name}`` of ``names``
    (``{total}``, ``{count[0]}``, ``{}``, an unclosed ``{page``, a lone ``}``); or ''."""
    for found in re.finditer(r"\{\w+\}|[{}]", text):
        if found.group() not in "{}":
            if found.group()[1:-1] not in names:
                return f"{found.group()} is not filled in here"
            continue
        end = text.find("}", found.start(), found.start() + 40)  # shown up to its closing brace, if one is near
        shown = "}" if found.group() == "}" else text[found.start():end + 1] if end > 0 else text[found.start():][:12]
        return f"'{shown}' is not a placeholder: a brace in a word only opens or closes one"
    return ""


def _text_problem(text: str) -> str:
    """What makes ``text`` a word no document may hold (a ``javascript:`` link), or ''; so that the
    mistake is reported here, not at the template line that writes the word."""
    from .content_fields import check_text

    try:
        check_text(text)
    except ValueError as exc:
        return str(exc)
    return ""
