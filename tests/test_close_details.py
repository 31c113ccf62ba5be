"""A lone closing statement with details of its own closes the deck (review 17: round 1 stopped AMD's close from
repeating the bottom line by deleting it; the deck ended on its buyback evidence, the notes' outlook on no slide).
Its main clause titles the close, its "with A and B" / "through A and B" / "as A" are the lines under it
(close_details.py); a statement with no detail and nothing backing it still ends the bottom line, or its notes
say it (a close of one line is none: deck_storyline.close_lines)."""
from __future__ import annotations

from pptx import Presentation

from generator.build import build
from generator.close_details import details
from generator.words import load_words

from .deck_lines import repeated_lines
from .deck_storyline import close_lines, repeated_close

EN, FR, DE = load_words("en"), load_words("fr"), load_words("de")
OUTLOOK = ("The company is optimistic about future growth, especially in Data Center AI, with the launch of new products "
           "and expanding customer engagements.")


def test_a_statement_splits_into_its_main_clause_and_the_details_its_detail_clause_lists():
    """AMD's outlook: its main clause (its qualifier "especially in Data Center AI" kept) and the two things it gives,
    each a line: a leading article dropped, a capital first; "through" and "as" open details too, in any language's
    words. No split: no comma before the opener ("work with partners"), a main clause under five words or over 15,
    a quotation in the details, a second detail clause."""
    assert details(OUTLOOK, EN) == ("The company is optimistic about future growth, especially in Data Center AI",
                                    ["Launch of new products and expanding customer engagements"])
    assert details("The agency will cut waiting times next year, through more staff, longer hours and a new triage.",
                   EN) == ("The agency will cut waiting times next year", ["More staff, longer hours and a new triage"])
    assert details("The agency will cut waiting times next year, through hiring more nurses for the night shift and "
                   "opening two new clinics in the north.", EN)[1] == [
        "Hiring more nurses for the night shift", "Opening two new clinics in the north"]
    assert details("Prices are expected to fall in the spring, as the new plants come online.", EN) == (
        "Prices are expected to fall in the spring", ["New plants come online"])
    assert details("L'équipe prévoit une nouvelle version en juin, avec le support de Java 25 et une CLI.", FR) == (
        "L'équipe prévoit une nouvelle version en juin", ["Support de Java 25 et une CLI"])
    assert details("Die Stadt wird das Netz bis 2027 ausbauen, mit neuen Leitungen und einem Speicher.", DE)[1] == [
        "Neuen Leitungen und einem Speicher"]
    zh = load_words("zh")
    assert details("公司对未来增长持乐观态度，通过新产品、扩大客户合作。", zh) == (
        "公司对未来增长持乐观态度", ["新产品、扩大客户合作"])
    assert details("公司对未来增长持乐观态度，通过新产品和平台合作。", zh)[1] == ["新产品和平台合作"]  # (和 is in 和平 too)
    assert details("The council will work with partners and residents on the plan.", EN) == ("", [])
    assert details("Growth will continue, with new products.", EN) == ("", [])
    assert details("The company will keep investing in research and new fabs across three continents over the next "
                   "five years, with new products.", EN) == ("", [])
    assert details('The board will vote next month, with “no delays” promised.', EN) == ("", [])
    assert details("The board will vote next month, with new rules, as promised.", EN) == ("", [])


def _deck(tmp_path, write, minimal: str, takeaways: list[str]) -> list:
    """The executive deck of ``minimal`` with ``takeaways``, its slides."""
    said = "".join(f"  - {t}\n" for t in takeaways)
    content = write("c.yaml", minimal + "takeaways:\n" + said)
    build([content], formats=["pptx"], output=tmp_path, audiences=["executive"])
    return list(Presentation(str(tmp_path / "c-executive.pptx")).slides)


def _texts(slide) -> list[str]:
    """The slide's lines, title first, without its footer and page number."""
    return [p.text.strip() for shape in slide.shapes if shape.has_text_frame
            for p in shape.text_frame.paragraphs if p.text.strip()][:-2]


def test_a_lone_outlook_with_details_ends_the_deck_on_its_close(tmp_path, write, minimal):
    """Content I wrote: three results and one outlook takeaway that lists how ("…, through more staff and longer
    hours"). Before: no close (nothing in the notes backs it; the bottom line ended on it or its notes said it).
    After: the last slide but the sources is the close, its title the main clause, its lines the details; no line
    of it is on another slide, none is a bottom-line item, and it holds two to four lines."""
    slides = _deck(tmp_path, write, minimal, [
        "Waiting times fell by a third in the first quarter.", "Staff turnover dropped to 9 percent.",
        "Patient satisfaction rose to 87 percent.",
        "The clinic plans to cut waiting times again next year, through more staff and longer evening hours."])
    closing = [s for s in slides if _texts(s)[:1] == ["The clinic plans to cut waiting times again next year"]]
    assert len(closing) == 1, [_texts(s)[:1] for s in slides]
    lines = _texts(closing[0])
    assert lines[1:] == [EN["outlook_heading"], "More staff and longer evening hours"], lines  # (its plan: close.stance)
    after = slides[slides.index(closing[0]) + 1:]
    assert all(_texts(s)[:1] == [EN["sources"]] for s in after), [_texts(s)[:1] for s in after]
    assert not repeated_lines(slides) and not close_lines(slides) and not repeated_close(slides)
    assert "through more staff and longer evening hours" in closing[0].notes_slide.notes_text_frame.text


def test_a_lone_outlook_without_details_makes_no_close_of_one_line(tmp_path, write, minimal):
    """The same outlook without its "through" clause: nothing to split and nothing backs it: no close slide (a close
    of one line is none), it ends the bottom line or that slide's notes say it."""
    slides = _deck(tmp_path, write, minimal, [
        "Waiting times fell by a third in the first quarter.", "Staff turnover dropped to 9 percent.",
        "Patient satisfaction rose to 87 percent.", "The clinic plans to cut waiting times again next year."])
    assert not any(EN["what_it_means"] in _texts(s) for s in slides)
    said = [line for s in slides[1:2] for line in _texts(s)] + [slides[1].notes_slide.notes_text_frame.text]
    assert any("The clinic plans to cut waiting times again next year" in line for line in said)
