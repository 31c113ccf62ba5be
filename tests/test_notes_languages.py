"""Real notes in Chinese (tests/fixtures/notes/talkgo-runtime-zh.md: Go 夜读 #64's session notes,
MIT; issue #20's notes in another language): imported and built for every audience without a
traceback, in Chinese words, its date read from the front matter's ISO date-time, and nothing of its
Markdown on a slide: its fenced C code block and its ``----`` rule are left out (the import says where
the code was), its Hugo shortcode ``{{< youtube … >}}`` stays literal text (content is data). And a Hebrew
committee protocol (knesset-finance-he.txt, public domain): built in Hebrew, nothing misread."""
from __future__ import annotations

import re

from pptx import Presentation
from pypdf import PdfReader

from generator.importer import import_notes
from generator.loader import load_content
from generator.words import load_words

from .conftest import AUDIENCES
from .notes_built import NOTES, notes_build
from .presentable_words import line_faults

ZH = NOTES / "talkgo-runtime-zh.md"
HAN = re.compile(r"[\u4e00-\u9fff]")


def _slides(path) -> list[list[str]]:
    return [[p.text for s in slide.shapes if s.has_text_frame for p in s.text_frame.paragraphs]
            for slide in Presentation(str(path)).slides]


def test_chinese_notes_build_in_chinese_without_markdown_on_any_slide():
    build = notes_build(ZH)
    assert build.problem is None
    content = load_content(build.content)
    assert content.lang == "zh" and str(content.date) == "2019-10-24"
    assert content.title == "第 64 期深入浅出 Golang Runtime"
    words = load_words("zh")
    for audience in AUDIENCES:
        stem = build.content.parent / f"talkgo-runtime-zh-{audience}"
        slides = _slides(stem.with_suffix(".pptx"))
        lines = [line for slide in slides for line in slide if line.strip()]
        assert not [(line, fault) for line in lines for fault in line_faults(line)]
        assert not any(line.strip().startswith(("```", "----")) or "/*" in line for line in lines)
        assert sum(bool(HAN.search(line)) for line in lines) > len(lines) / 2  # the notes' words, not a translation
        assert not any(w in line for line in lines for w in ("Agenda", "Sources", "The bottom line", "Key takeaways"))
        report = " ".join(page.extract_text() for page in PdfReader(str(stem.with_suffix(".pdf"))).pages)
        assert words["sources"] in report and "```" not in report and "epoll_ctl" not in report
        handout = stem.with_suffix(".md").read_text(encoding="utf-8")
        assert "```" not in handout and "epoll_ctl" not in handout
    technical = _slides(build.content.parent / "talkgo-runtime-zh-technical.pptx")
    assert any(words["agenda"] in slide[0] for slide in technical if slide)
    assert not any("{{<" in line for slide in technical for line in slide)  # (a site's shortcode is markup: h-zh2)


def test_a_code_block_is_left_out_with_a_warning_naming_its_lines():
    found = import_notes(ZH.read_text(encoding="utf-8"), "talkgo-runtime-zh.md", lang="zh")
    assert [(w.line, w.message) for w in found.warnings if "code block" in w.message] == [
        (97, "a code block (lines 97–110) was left out: a briefing shows no code listing")]
    said = str(found.data)
    assert "epoll_ctl" not in said and "```" not in said and "'----'" not in said
    assert "go 在 epoll_event 中的 epoll_data_t 放了一个指针值" in said  # the answer's text after the code stays


def test_fences_and_rules_anywhere():
    """A ``~~~`` fence left open runs to the end; ``***`` after a blank line is a rule; ``---`` under a
    line of text is that line's heading underline, not a rule (kept as before)."""
    notes = "Title\n\nTopics\n\nA (1:00)\n- a point\n\n***\n\nB (2:00)\n- another point\n~~~\ncode()\n"
    found = import_notes(notes, "n.md")
    assert [t["title"] for t in found.data["topics"]] == ["A", "B"]
    assert "code()" not in str(found.data) and "***" not in str(found.data)
    assert [w.message for w in found.warnings if "code block" in w.message] == [
        "a code block (lines 12–13) was left out: a briefing shows no code listing"]


HE = NOTES / "knesset-finance-he.txt"
HEBREW = re.compile(r"[\u0590-\u05ff]")


def test_a_hebrew_committee_protocol_builds_in_hebrew_without_markdown_on_any_slide():
    """knesset-finance-he.txt (the Knesset Finance Committee's protocol of 8 December 2015, public domain):
    imported and built for every audience without a traceback, in Hebrew (the words briefing adds too),
    no Markdown on a slide; its ambiguous ``08/12/2015``, in the protocol's header (its record), is never misread:
    the date is the one the record writes out, "08 בדצמבר 2015" (h-intl3), 8 December, never 12 August."""
    found = import_notes(HE.read_text(encoding="utf-8"), "knesset-finance-he.txt", lang="he")
    assert "08/12/2015" not in str(found.data)  # (its header, the date with it, is the protocol's record: h-zh2)
    build = notes_build(HE)
    assert build.problem is None
    content = load_content(build.content)
    assert content.lang == "he" and str(content.date) == "2015-12-08"
    english = load_words("en")
    for audience in AUDIENCES:
        stem = build.content.parent / f"knesset-finance-he-{audience}"
        lines = [line for slide in _slides(stem.with_suffix(".pptx")) for line in slide if line.strip()]
        assert not [(line, fault) for line in lines for fault in line_faults(line)]
        assert sum(bool(HEBREW.search(line)) for line in lines) > len(lines) / 2
        assert not any(english[key] in lines for key in ("agenda", "sources", "bottom_line", "key_takeaways"))
        report = " ".join(page.extract_text() for page in PdfReader(str(stem.with_suffix(".pdf"))).pages)
        # the committee's decision (the decree, unanimously) reaches the report: the deck's statement of it, "הצו אושר
        # פה אחד", where the report says its deck's bottom line (review 21), the takeaway's words in the technical's
        assert "פה אחד" in report and ("הצו אושר" in report or "בעד אישור הצו" in report)
        assert stem.with_suffix(".md").read_text(encoding="utf-8").strip()
