"""The East Asian typeface of a deck: which face, and which language, a run of Chinese, Japanese or
Korean text is written with.

PowerPoint draws a run's ideographs, kana and Hangul in its ``<a:ea>`` typeface, its Latin letters in
``<a:latin>``; a run without one takes the theme's, which the default theme leaves empty. The faces are
the ones Office sets for each language (on every Windows since Vista or 8, shipped with PowerPoint for
Mac); the run's ``lang`` tells a viewer that lacks the face which language's glyphs to substitute
(LibreOffice then picks e.g. Noto Sans CJK SC for zh-CN, not the Japanese forms of the same characters).
"""
from __future__ import annotations

import re
from functools import cache

# (language tag, typeface) per content language
FACES = {"zh": ("zh-CN", "Microsoft YaHei"), "zh-tw": ("zh-TW", "Microsoft JhengHei"),
         "zh-hk": ("zh-HK", "Microsoft JhengHei"), "zh-hant": ("zh-TW", "Microsoft JhengHei"),
         "ja": ("ja-JP", "Yu Gothic"), "ko": ("ko-KR", "Malgun Gothic")}
_KANA, _HANGUL, _IDEOGRAPH = "[\u3040-\u30ff]", "[\u1100-\u11ff\uac00-\ud7af]", "[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"


def east_asian(text: str, lang: str) -> tuple[str, str]:
    """The (language tag, typeface) of ``text``'s East Asian characters in a document in ``lang``: kana
    are Japanese, Hangul Korean, ideographs alone the document's East Asian language (Chinese, in
    simplified forms, where the document is in none); no tag where ``text`` has no such letter (a
    full-width mark, an emoji's variation selector: its language is the document's)."""
    if _found(_KANA, text):
        return FACES["ja"]
    if _found(_HANGUL, text):
        return FACES["ko"]
    tag, face = document_face(lang) or FACES["zh"]
    return (tag if _found(_IDEOGRAPH, text) else ""), face


def document_face(lang: str) -> tuple[str, str] | None:
    """The (language tag, typeface) of a document in ``lang`` if it is Chinese, Japanese or Korean."""
    code = lang.lower()
    return FACES.get(code) or FACES.get("-".join(code.split("-")[:2])) or FACES.get(code.split("-")[0])


def _found(letters: str, text: str) -> bool:
    """Whether ``text`` has one of ``letters`` (a character class, compiled when a deck first has East
    Asian text: its thousands of code points cost a Latin deck nothing)."""
    return _compiled(letters).search(text) is not None


@cache
def _compiled(letters: str) -> re.Pattern:
    return re.compile(letters)
