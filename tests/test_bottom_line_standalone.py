"""Issue #21, review 8 finding 2: a bottom-line item stands alone, lifted out of its topic or its list.
Real notes imported as they came, built, and read back from the deck (python-pptx):

- allin-summit-takeaways: "The average white-collar worker works 20 years to buy an apartment" is true
  of China (its topic "On China"); every audience's summary says "China: …";
- hearing-daily-digest: "Committee on Armed Services: Committee concluded…" — the label is the
  sentence's subject, and the executive bottom line said "Committee concluded…" and "Committee ordered…";
- syntax-year-review: the executive deck opened on "They review their 2024 predictions…" alone (its
  antecedent, "Scott and Wes look back…", is too long for it);
- lex-fridman-outline: "His research interests…" stays, right after "Scott Aaronson is a professor…".
"""
from __future__ import annotations

import re

import pytest

from generator.loader import load_content
from generator.standalone import placed, stand_alone, subject_kept
from generator.fitted import fitted
from generator.words import load_words

from .notes_built import NOTES, built_notes
from .test_opening_notes import _bottom_line, _slides

BUILT = ("allin-summit-takeaways.txt", "hearing-daily-digest.txt", "syntax-year-review.md", "lex-fridman-outline.txt")
AUDIENCES = ("executive", "policy", "technical")
EN = load_words("en")
BARE = re.compile(r"^(?:The )?(?:Sub)?[Cc]ommittee (?!on )[a-z]")  # a committee's statement without its name


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """Each notes file imported and built for every audience (decks only): the folder."""
    return built_notes(tmp_path_factory.mktemp("standalone"), BUILT, formats=["pptx"])


@pytest.mark.parametrize("audience", AUDIENCES)
def test_a_statement_of_a_topic_about_a_place_says_the_place(built, audience):
    """allin: the topic's first statement names nothing ("The average white-collar worker works 20 years…");
    its heading "On China" names what the topic's other points name. The bottom line never says it under a
    section's prefix ("China: …", review 12, finding 4): it takes the topic's statement that names China."""
    items = _bottom_line(built, "allin-summit-takeaways", audience)
    assert not [t for t in items if "white-collar worker works 20 years" in t or t.startswith("China:")], items
    assert "China government does 5-year plans, currently on the 14th 5-year plan" in items, items
    assert not any(t.startswith("Having more children") and ":" in t for t in items)  # ("Declining Birth Rate" names no place)
    if audience == "executive":
        rest = [p.text for s in _slides(built, "allin-summit-takeaways")[2:] for sh in s.shapes if sh.has_text_frame
                for p in sh.text_frame.paragraphs]
        assert any("white-collar" in t for t in rest)  # (its slide, as the evidence, now that the bottom line leaves it)


@pytest.mark.parametrize("audience", AUDIENCES)
def test_a_label_that_is_the_sentences_subject_stays_its_subject(built, audience):
    """hearing: "Committee on Armed Services: Committee ordered…" and "…: Committee concluded…" say
    "Committee on Armed Services ordered…" and "…concluded…" in every audience (the executive said
    "Committee concluded…"; policy dropped the label on its second item only)."""
    items = _bottom_line(built, "hearing-daily-digest", audience)
    assert not [t for t in items if BARE.match(t)], items
    for item in (t for t in items if "routine lists" in t or "management challenges" in t):
        assert item.startswith(("Committee on Armed Services ordered", "Committee on Armed Services examined")), item
    assert sum("routine lists" in t or "management challenges" in t for t in items) == 2, items


def test_a_digest_entry_whose_label_is_its_subject_says_it_in_the_summarys_words(built):
    """hearing-daily-digest's entries as imported, each as a summary item of 15 and of 20 words: the two
    of the Armed Services committee ("…: Committee ordered…", "…: Committee concluded…") name it as
    their subject; the other two have a subject of their own ("Subcommittee on Defense concluded…")."""
    entries = [t.points[0].text for t in load_content(built / "hearing-daily-digest.yaml").topics]
    assert len(entries) == 4 and entries[1].startswith("Committee on Armed Services: Committee ordered")
    for most in (15, 20):
        items = [fitted(subject_kept(entry, EN), most) for entry in entries]
        assert not [t for t in items if BARE.match(t)], items
        assert items[1].startswith("Committee on Armed Services ordered favorably reported routine lists"), items
        assert items[2].startswith("Committee on Armed Services concluded a hearing to examine"), items
        assert "Subcommittee on Defense concluded" in items[0] and "Subcommittee on Consumer Protection" in items[3]


def _summary(stem: str, audience: str = "executive") -> list[str]:
    """The summary's items of the notes fixture ``stem`` as its Document says them: the deck's summary slide,
    else the report's (a summary too thin for a deck slide leads the cover: cover_lead.py)."""
    from .notes_built import imported_content, rendered_document

    name = next(p.name for p in NOTES.iterdir() if p.stem == stem)
    slides = [s for s in rendered_document(imported_content(name), audience).slides if s.role == "summary"]
    return [b.text for b in next((s for s in slides if s.deck), slides[0]).bullets]


def test_a_pronoun_whose_antecedent_is_not_shown_takes_its_name(built):
    """syntax-year-review, executive: "They review…" stood alone; it says who reviews (one statement,
    the cover's lead: test_lone_statement.py; its bottom line is its longest predictions, test_stated_outline.py)."""
    items = _summary("syntax-year-review")
    assert not any(t.split()[0].casefold() in EN["back_references"].split(", ") for t in items if t)
    cover = [p.text for sh in _slides(built, "syntax-year-review")[0].shapes if sh.has_text_frame
             for p in sh.text_frame.paragraphs]
    assert "Scott and Wes review their 2024 predictions to see what they got right (and wrong)" in cover, cover


@pytest.mark.parametrize("audience", AUDIENCES)
def test_a_pronoun_right_after_its_antecedent_stays_as_written(built, audience):
    """lex-fridman-outline: "His research interests…" follows "Scott Aaronson is a professor…" (the report's
    summary: the deck leads its cover with the first, cover_lead.py)."""
    items = _summary("lex-fridman-outline", audience)
    assert items[0].startswith("Scott Aaronson is a professor") and items[1].startswith("His research interests"), items


def test_a_label_is_kept_as_subject_only_where_the_sentence_has_none():
    """A label whose noun the sentence opens on bare, or over a verb, is the subject; a sentence with
    a subject of its own keeps it ("US export controls…" under "Export controls", "Subcommittee on
    Defense…" under "Committee on Appropriations")."""
    assert subject_kept("Committee on Armed Services: The committee ordered lists.", EN) == \
        "Committee on Armed Services ordered lists."
    assert subject_kept("Data Center: Grew 22% year-over-year.", EN) == "Data Center grew 22% year-over-year."
    for text in ("Export controls: US export controls on GPUs to China aim to keep an advantage",
                 "Committee on Appropriations: Subcommittee on Defense concluded a closed hearing",
                 "Cost efficiency: DeepSeek's models are 27x cheaper", "Tip 3: You can interview without an offer"):
        assert subject_kept(text, EN) == text


def test_a_pronoun_without_a_named_antecedent_gives_way():
    """"It" after a sentence that opens on no name (a capitalised first word, an opening phrase), "This"
    (no subject pronoun) are left out, the next statement taking the place; "He" after "Jensen Huang…"
    says the name."""
    items = [{"text": t} for t in ("The market grew fast.", "It doubled in a year.", "This shows demand.",
                                   "Prices fell 20% in March.")]
    before = {"It doubled in a year.": "The market grew fast.", "This shows demand.": "Jensen Huang spoke."}
    kept = stand_alone(items[1:], before, EN)
    assert [p["text"] for p in kept] == ["Prices fell 20% in March."]
    for antecedent in ("Overall the market grew.", "In March, Nvidia shipped more.", "On Monday the board met."):
        assert stand_alone([{"text": "They doubled it."}], {"They doubled it.": antecedent}, EN) == []  # (no name)
    said = stand_alone([{"text": "He expects growth."}], {"He expects growth.": "Jensen Huang spoke first."}, EN)
    assert said == [{"text": "Jensen Huang expects growth.", "as_written": "He expects growth."}]


def test_a_place_label_stays_when_the_statement_is_cut():
    """A name label over a statement that names nothing stays when the statement is cut to its words."""
    topic = {"title": "On China", "message": "", "points": [
        {"text": "The average white-collar worker works 20 years to buy an apartment, after which prices in the "
                 "largest cities keep rising every single year"},
        {"text": "New buildings in China run on one app"}]}
    text = placed(topic, EN)["points"][0]["text"]
    assert text.startswith("China: The average white-collar worker")
    assert fitted(text, 15) == "China: The average white-collar worker works 20 years to buy an apartment"
    # a qualifier is never cut off (review 10, finding 1): the statement stays whole, with its label
    qualified = "China: The average white-collar worker works 20 years to buy an apartment, especially in the largest cities"
    assert fitted(qualified, 15) == qualified
