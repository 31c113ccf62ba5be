"""Chinese, Japanese and Korean text (issue #20): words counted so that a sentence written without
spaces is measured by the length rules, and decks that name an East Asian face for it.

The real notes are tests/fixtures/notes/talkgo-runtime-zh.md (Go 夜读 #64, MIT); the generated content
below is a city's water plan written for this test (long statements, clauses parted by ，).
"""
from __future__ import annotations

import re
import subprocess
import zipfile
from pathlib import Path

import pytest
from lxml import etree
from pptx import Presentation

from generator.build import build
from generator.headline import headline, is_sentence, sentences
from generator.word_count import count_words, first_words

from .conftest import AUDIENCES, have
from .deck_bottom_items import items
from .notes_built import NOTES, notes_build

A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
HAN = re.compile("[\u3400-\u9fff]")
WATER = """title: 城市供水系统改造与未来十年的水资源管理计划
lang: zh
sources:
  - {id: audio, name: 市政广播, url: "https://example.org/a"}
takeaways:
  - text: 由于气候变化导致降雨模式发生显著改变，水库蓄水量已经连续三年低于历史平均水平，专家建议尽快建立跨区域调水机制。
  - text: 全市四成供水管道已使用超过三十年，需在五年内更换。
  - text: 第二档和第三档水价将分别上调百分之十五和百分之三十。
topics:
  - id: pipes
    title: 管网改造
    message: 全市约百分之四十的供水管道已经使用超过三十年，存在严重的漏损和爆管风险，需要在五年内优先更换。
    points:
      - 新管道将采用球墨铸铁和高密度聚乙烯材料，预计可以把漏损率从百分之十八降低到百分之八以下。
      - 改造工程将分片区实施，每个片区施工期间会提前一周通知居民并提供临时供水点。
      - 市政府计划在未来十年内投入大约三百亿元用于全面改造老旧供水管网和新建三座大型污水处理厂以提高城市供水安全。
  - id: prices
    title: 水价调整
    points:
      - 居民阶梯水价的第一档价格将保持不变，第二档和第三档价格将分别上调百分之十五和百分之三十。
      - 低收入家庭可以申请每月十吨的免费用水额度，申请材料可以在各街道办事处领取。
      - 水价调整方案将在明年一月一日起实施，实施前将举行公开听证会。
"""


def test_chinese_and_japanese_count_two_characters_to_a_word_and_other_scripts_count_by_spaces():
    assert count_words("Six words, counted by their spaces.") == 6
    assert count_words("线程切换大概在几微秒级别") == 6  # 12 characters
    assert count_words("线程切换大概在几微秒级别，协程切换大概在百 ns 级别。") == 12  # 10 + ns + 1 (，and 。 are no characters)
    assert count_words("go 在 epoll_event 中的 epoll_data_t 放了") == 6  # a lone character is a word
    assert count_words("目前有300多个Go服务") == 4 + 2  # 7 characters, 300 and Go
    assert count_words("東京の人口は約千四百万人です") == 7  # kanji and kana alike
    assert count_words("서울의 인구는 약 천만 명이다") == 5  # Hangul is written with spaces: counted by them
    assert count_words("，") == 1 == count_words("—")  # a mark alone counts as a word, as before


def test_a_run_without_spaces_is_cut_between_its_characters_and_english_by_words():
    assert first_words(["one", "two", "three", "four"], 2) == ["one", "two"]
    cut = first_words(["go", "在", "epoll_event", "中的结构体和指针值"], 4)
    assert cut == ["go", "在", "epoll_event", "中的"] and count_words(" ".join(cut)) == 4
    assert count_words(" ".join(first_words(["字" * 20_000], 15))) == 15  # (halving: no quadratic read)


def test_a_long_chinese_statement_is_shortened_like_an_english_one():
    english = ("Because climate change has shifted rainfall, the reservoirs have stayed below their historical "
               "average for three years, and experts urge a transfer scheme.")
    chinese = "由于气候变化导致降雨模式发生显著改变，水库蓄水量已经连续三年低于历史平均水平，专家建议尽快建立跨区域调水机制。"
    assert count_words(chinese) > 15 and count_words(english) > 15
    leads = {english: "Because climate change has shifted rainfall", chinese: "由于气候变化导致降雨模式发生显著改变"}
    for text, lead in leads.items():
        title, rest = headline(text, 15)
        assert (title, bool(rest)) == (lead, True)  # its leading clause, cut at its comma (，in Chinese)
    unparted = "市政府计划在未来十年内投入大约三百亿元用于全面改造老旧供水管网和新建三座大型污水处理厂以提高城市供水安全"
    title, rest = headline(unparted, 15)
    assert count_words(title) <= 16 and title.endswith("…") and rest.startswith("…")  # no clause: its first words


def test_chinese_sentences_end_on_their_full_width_marks_without_a_space():
    said = "我们都是从其他语言转的，一开始就写 go 的比较少。基本上学习一下就可以开始写了！他说：“好的。”目前新服务都是 go？"
    assert sentences(said) == ["我们都是从其他语言转的，一开始就写 go 的比较少。", "基本上学习一下就可以开始写了！",
                               "他说：“好的。”", "目前新服务都是 go？"]
    assert sentences("One sentence. Another one! A third?") == ["One sentence.", "Another one!", "A third?"]
    assert is_sentence("线程切换大概在几微秒级别，协程切换大概在百 ns 级别。")  # (of 12 words)
    assert not is_sentence("第一句很长很长。第二句很长很长。")  # two sentences are not one


@pytest.fixture(scope="module")
def water(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("water")
    (folder / "water.yaml").write_text(WATER, encoding="utf-8")
    build([folder / "water.yaml"], formats=["pptx"], output=folder)
    return folder


def test_generated_chinese_decks_keep_their_titles_and_bottom_lines_within_their_words(water):
    for audience in AUDIENCES:
        slides = list(Presentation(str(water / f"water-{audience}.pptx")).slides)
        titles = [s.shapes.title.text for s in slides[1:] if s.shapes.title is not None]
        assert titles and all(count_words(t) <= 22 for t in titles), titles  # two lines at title size
        said = items(slides)
        most = 16 if audience == "executive" else 21
        assert said and all(count_words(item) <= most for item in said), (audience, said)
        assert not any(t.endswith(("。", "，", "；")) for t in titles), titles


def _runs(path: Path):
    """(part name, run text, its <a:rPr> or None) of every run of the deck's slides and speaker notes."""
    with zipfile.ZipFile(path) as deck:
        for name in deck.namelist():
            if re.fullmatch(r"ppt/(slides/slide|notesSlides/notesSlide)\d+\.xml", name):
                for r in etree.fromstring(deck.read(name)).iter(f"{A}r"):
                    yield name, "".join(t.text or "" for t in r.iter(f"{A}t")), r.find(f"{A}rPr")


def _theme_faces(path: Path) -> set[str]:
    with zipfile.ZipFile(path) as deck:
        theme = etree.fromstring(deck.read("ppt/theme/theme1.xml"))
    return {ea.get("typeface") for ea in theme.iter(f"{A}ea")}


def test_every_chinese_run_of_a_deck_and_its_notes_names_an_east_asian_face_and_its_language():
    made = notes_build(NOTES / "talkgo-runtime-zh.md", ("pptx",))
    assert made.problem is None, made.problem
    for audience in AUDIENCES:
        deck = made.content.with_name(f"talkgo-runtime-zh-{audience}.pptx")
        runs = [(name, rpr) for name, text, rpr in _runs(deck) if HAN.search(text)]
        assert any("notesSlide" in name for name, _ in runs)  # the speaker notes are read too
        faces = {(rpr.get("lang"), rpr.find(f"{A}ea").get("typeface")) for _, rpr in runs
                 if rpr is not None and rpr.find(f"{A}ea") is not None}
        assert faces == {("zh-CN", "Microsoft YaHei")} and len(faces) and all(
            rpr is not None and rpr.find(f"{A}ea") is not None for _, rpr in runs)
        assert _theme_faces(deck) == {"Microsoft YaHei"}  # what a chart, a table or a presenter's new text takes


def test_japanese_and_korean_runs_take_their_own_faces(tmp_path):
    content = WATER.replace("lang: zh", "lang: ja").replace("title: 管网改造", "title: 東京の水道管の更新") \
        .replace("title: 水价调整", "title: 서울의 수도 요금")
    (tmp_path / "ja.yaml").write_text(content, encoding="utf-8")
    build([tmp_path / "ja.yaml"], audiences=["technical"], formats=["pptx"], output=tmp_path)
    deck = tmp_path / "ja-technical.pptx"
    faces = {(rpr.get("lang"), rpr.find(f"{A}ea").get("typeface")) for _, text, rpr in _runs(deck)
             if rpr is not None and rpr.find(f"{A}ea") is not None}
    assert {("ja-JP", "Yu Gothic"), ("ko-KR", "Malgun Gothic")} <= faces  # kana: Japanese; Hangul: Korean
    assert ("zh-CN", "Microsoft YaHei") not in faces  # ideographs alone, in a Japanese deck: Japanese
    assert _theme_faces(deck) == {"Yu Gothic"}


def test_a_latin_deck_names_no_east_asian_face(built):
    deck = built / "deepseek-executive.pptx"
    assert not any(rpr is not None and (rpr.get("lang") or rpr.find(f"{A}ea") is not None) for _, _, rpr in _runs(deck))
    assert _theme_faces(deck) == {""}  # the default theme's empty slot, as before


def _cjk_families() -> list[str]:
    found = subprocess.run(["fc-list", ":lang=zh", "family"], capture_output=True, text=True, check=False).stdout
    return [name.split(",")[0].strip() for name in found.splitlines() if name.strip()]


@pytest.mark.slow  # (a render through LibreOffice)
@pytest.mark.skipif(not (have("soffice") and have("fc-list")), reason="LibreOffice and fontconfig render the deck")
def test_libreoffice_draws_the_chinese_of_a_deck_in_a_chinese_font(water, tmp_path):
    families = _cjk_families() if have("fc-list") else []
    if not families:
        pytest.skip("no font for Chinese is installed (fc-list :lang=zh is empty; e.g. apt install fonts-noto-cjk)")
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/profile", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(water / "water-technical.pptx")], check=True, capture_output=True,
                   timeout=180)
    from pypdf import PdfReader

    fonts = {str(f.get_object().get("/BaseFont", "")).split("+")[-1] for page in PdfReader(tmp_path / "water-technical.pdf").pages
             for f in (page["/Resources"].get("/Font") or {}).values()}
    wanted = {name.replace(" ", "") for name in families}
    assert any(font.replace(" ", "").startswith(tuple(wanted)) for font in fonts), (fonts, families)
