"""Review 22's findings the lead mended, each checked on the built decks of real notes (python-pptx)."""
from __future__ import annotations

from .test_default_decks21 import fixture_deck, texts, title


def test_sources_lines_that_would_read_alike_name_their_addresses():
    """talkgo's technical Sources slide listed "zhuanlan.zhihu.com — 线程切换的开销" twice: two articles of one site
    under one heading read alike. Each now names its address; every line of a Sources slide reads differently."""
    for audience in ("executive", "policy", "technical"):
        slides = fixture_deck("talkgo-runtime-zh.md", audience)
        [sources] = [s for s in slides if title(s) == "来源"]
        lines = [t for t in texts(sources)[:-2]]  # (less the footer and the page number)
        assert len(lines) == len(set(lines)), lines
    assert {"zhuanlan.zhihu.com/p/79772089 — 线程切换的开销", "zhuanlan.zhihu.com/p/80037638 — 线程切换的开销"} <= set(
        texts(next(s for s in fixture_deck("talkgo-runtime-zh.md", "technical") if title(s) == "来源")))


def test_an_agenda_lists_questions_without_their_label():
    """talkgo's technical agenda listed "Q: 腾讯现在用go的多吗?" and eight more "Q:" headings, where each slide it leads
    to is titled without the label (review 22): the label is the notes' mark of a Q&A, not words of the slide."""
    [agenda] = [s for s in fixture_deck("talkgo-runtime-zh.md", "technical") if title(s) == "议程"]
    listed = texts(agenda)
    assert "腾讯现在用go的多吗?" in listed and not [t for t in listed if t.startswith(("Q:", "Q："))], listed
