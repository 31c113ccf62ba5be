"""The report's own bidi (generator/writers/pdf/bidi.py) against python-bidi (the Rust crate
unicode-bidi) as an oracle: the same level for every character, and right-to-left lines drawn
in the order python-bidi shows them."""
import random
import re
import unicodedata
from dataclasses import dataclass, replace

import pytest

from generator.writers.pdf.bidi import _MIRROR, char_levels, reorder_line

bidi = pytest.importorskip("bidi")

MIXED = [  # a right-to-left line with numbers, Latin words, punctuation and brackets
    "مرحبا بالعالم 123 hello world من", "see שלום עולם here", "في عام 2024 نمت السوق 15%",
    "המחיר הוא 150,000 דולר", "שלום, world! מה נשמע?", "العدد 42 - 17 = 25", "NVIDIA و TSMC في تايوان",
    "הגרסה 3.11 של Python", "من 1:20:00 إلى 2:05:30", "٣ من ٥", "abc (def) שלום", "שלום (abc) def",
    "a [b (c] d) שלום", "ש 10-20 ק", "ع 10-20 ق", "(١٢٣) abc", "ש +5 ק", "x $100 ש", "“ציטוט” abc",
]
LETTERS = ["א", "ב", "ع", "ق", "a", "b", "1", "2", "٣", " ", "(", ")", "[", "]", "-", "+", "%", "$", ",", ".", ":",
           "!", "\u05b0", "/", "#"]


def oracle_levels(text: str, base: int) -> list[int]:
    """python-bidi's level of each character (read from its debug output, one level a UTF-8 byte)."""
    shown = bidi.get_display(text, base_dir="R" if base else "L", debug=True)
    block = shown[shown.index("levels: ["):]
    per_byte = [int(n) for n in re.findall(r"Level\(\s*(\d+),?\s*\)", block[:block.index("\n    ]")])]
    levels, at = [], 0
    for ch in text:
        levels.append(per_byte[at])
        at += len(ch.encode("utf-8"))
    return levels


def lines() -> list[str]:
    rng = random.Random(23)
    return MIXED + ["".join(rng.choice(LETTERS) for _ in range(rng.randint(1, 14))) for _ in range(600)]


@pytest.mark.parametrize("base", [0, 1])
def test_every_character_gets_python_bidis_level(base):
    for line in lines():
        end = len(line.rstrip(" "))  # (python-bidi's levels are before rule L1, which resets trailing spaces)
        assert char_levels(line, base)[:end] == oracle_levels(line, base)[:end], line


@dataclass
class Frag:
    """A font run as reorder_line sees it."""

    text: str
    _visual: bool = False

    def clone(self, **changes):
        return replace(self, **changes)


def drawn(line: str, mirrored: bool) -> str:
    """A right-to-left line's characters left to right as the report draws them: each piece in the
    order reorder_line gives, a right-to-left piece reversed by HarfBuzz (which mirrors its
    brackets when ``mirrored``, as their glyphs show)."""
    shown = []
    for piece in reorder_line([Frag(line)]):
        rtl = any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in piece.text)
        text = piece.text[::-1] if rtl else piece.text
        shown.append("".join(_MIRROR.get(ch, ch) for ch in text) if rtl and mirrored else text)
    return "".join(shown)


def test_right_to_left_lines_are_drawn_in_python_bidis_order():
    for line in lines():
        line = line.strip(" ")
        if line and not set(line) & set(_MIRROR) and "\u05b0" not in line:  # (python-bidi mirrors no bracket)
            assert drawn(line, mirrored=False) == bidi.get_display(line, base_dir="R"), line


@pytest.mark.parametrize("line, glyphs", [
    ("مرحبا بالعالم 123 hello world من", "نم hello world 123 ملاعلاب ابحرم"),
    # where python-bidi and the word-by-word order this replaced disagreed, python-bidi is right (UAX #9):
    # after Arabic letters 15 is an Arabic number (W2), so % is a neutral and goes to the right-to-left side
    ("في السوق 15%", "%15 قوسلا يف"),
    # "!" between a Latin and a Hebrew word takes the paragraph's direction (N2): it is read after "world"
    ("שלום world! מה?", "?המ !world םולש"),
    # brackets: by what they enclose (N0), mirrored where they run right to left
    ("שלום (abc) def", "def (abc) םולש"), ("abc (def) שלום", "םולש abc (def)"), ("عدد (123) هنا", "انه (123) ددع"),
])
def test_a_right_to_left_line_shows_as_a_reader_expects(line, glyphs):
    assert drawn(line, mirrored=True) == glyphs



def test_a_paragraphs_direction_is_python_bidis():
    """is_rtl, the one answer to "is this paragraph right to left?" for the deck and the report, is
    python-bidi's base level (rules P2-P3: the first strong character outside isolates)."""
    from generator.scripts import is_rtl

    edges = ["\u200fJane", "\u200eשלום", "Ⅻ שלום", "\U0001e900\U0001e901 abc", "\u2067abc\u2069 שלום",
             "\u2066שלום abc", "123 שלום", "\u2069abc", "٣ من ٥", "(abc)", ""]
    for line in lines() + edges:
        assert is_rtl(line) == (bidi.get_base_level(line) == 1 if line else False), repr(line)
