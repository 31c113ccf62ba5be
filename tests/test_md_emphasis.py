"""The handout's emphasis (generator/writers/md_emphasis.py): overlapping styles written as Markdown that
CommonMark (markdown-it-py) reads back as the same runs, where the obvious writing reads otherwise."""
from __future__ import annotations

import pytest
from markdown_it import MarkdownIt

from generator.inline import plain, runs
from generator.inline_parser import emphasis
from generator.writers import md_emphasis
from generator.writers.md_writer import _specials, rich

from .test_inline import reference

_COMMONMARK = MarkdownIt("commonmark")


def _words(parts) -> tuple:
    return tuple((" ".join(r.text.split()), r.bold, r.italic, r.code, r.url) for r in parts if r.code or r.text.strip())


@pytest.mark.parametrize("text", [
    "*[******`***``**",  # italic, bold italic, bold: the obvious "*\[**\`*****\`\`**" reads "*[" plain
    "**[*****`**``**",  # bold, bold italic, italic
    "````(_*]****!*<***_.",  # italic, bold italic, bold between punctuation
    "x *a **b* c** y",  # overlapping styles in words
])
def test_overlapping_styles_read_back_where_the_obvious_writing_does_not(text):
    group = list(runs(text))
    obvious = "".join(md_emphasis._written(group, _specials, *md_emphasis._WAYS[0]))
    assert _words(reference(rich(text), _COMMONMARK)) == _words(runs(text)), rich(text)
    if text.startswith(("*", "`")):  # (the texts that need another writing: the first one reads otherwise)
        assert _words(reference(obvious, _COMMONMARK)) != _words(runs(text)), obvious


def test_plain_styles_are_written_as_before():
    assert rich("a **b *c* d** e") == "a **b *c* d** e"
    assert rich("*a **b***") == "*a **b***"
    assert rich("*a* *b* `c*d` [**e**](https://e.org)") == "*a* *b* `c*d` [**e**](https://e.org)"


def test_the_last_resort_keeps_every_word_without_styles(monkeypatch):
    text = "*[******`***``**"
    monkeypatch.setattr(md_emphasis, "_recounted", lambda pieces, wanted, budget: None)
    monkeypatch.setattr(md_emphasis, "_WAYS", md_emphasis._WAYS[:1])  # (the one way that reads otherwise)
    written = rich(text)
    assert [(r.text, r.bold, r.italic) for r in reference(written, _COMMONMARK)] == [("[```", False, False)], written


def test_hostile_text_is_read_back_a_bounded_number_of_times_and_keeps_every_word(monkeypatch):
    text = "*[******(***((** x " * 300  # every stretch needs the recount: its budget runs out, styles drop
    read = [0]

    def counted(markdown):
        read[0] += len(markdown)
        return emphasis(markdown)

    monkeypatch.setattr(md_emphasis, "emphasis", counted)
    written = rich(text)
    assert read[0] <= 7 * len(written) + 60_000  # (the ways read each stretch; the recounts read 50,000 characters)
    assert "".join(plain(written).split()) == "".join(plain(text).split())
    assert _words(reference(written, _COMMONMARK))[:3] == _words(runs(text))[:3]  # (the first stretches still read back)
