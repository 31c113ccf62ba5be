"""Issue #21, review 21's worst problem 3 on digests and articles: what the decks of real notes choose and how they
say it (the Documents the built-in audiences render of notes imported as they come)."""
from __future__ import annotations

from .notes_built import deck_slides, imported_content, rendered_document


def test_an_agenda_of_two_topics_is_the_reports_only():
    """house-cliff-notes, technical: "Agenda" listed "Armed Services" and "Education and Workforce", the titles of the
    next two slides (review 21). An agenda of fewer than three topics leaves the deck; the report keeps it."""
    content = imported_content("house-cliff-notes.txt")
    assert not [s.title for s in deck_slides(content, "technical") if s.layout == "agenda"]
    report = [s for s in rendered_document(content, "technical").slides if s.layout == "agenda" and s.report]
    assert len(report) == 1 and len(report[0].agenda) == 2, report


def test_a_stance_in_the_notes_voice_is_no_bottom_line_item():
    """house-cliff-notes: "Protecting parental rights is a priority for Republicans" (a takeaway of a party's press
    release) stated the release's stance as the deck's own finding, unattributed (review 21). A statement that says
    what is a priority for someone only announces (``announcement_phrases``: bottom_items.announces), as "the company
    is optimistic" does: no audience's bottom line says it; the notes keep the takeaway whole."""
    for audience in ("executive", "policy", "technical"):
        slides = deck_slides(imported_content("house-cliff-notes.txt"), audience)
        summary = next(s for s in slides if s.role == "summary")
        items = [b.text for b in summary.bullets]
        assert not any("a priority for" in t for t in items), (audience, items)
        assert any(t.startswith("Students forced into more remote learning") for t in items), (audience, items)
        assert "Protecting parental rights is a priority for Republicans" in summary.notes


def test_the_policy_reader_gets_no_runtime_internals_and_no_sentence_that_leads_into_a_missing_list():
    """talkgo-runtime-zh, policy: "What policymakers should know" was epoll and the scheduler's states, the technical
    reader's key takeaways word for word, one ending "…使用以下系统调用" (the calls it leads into are not shown; review 21).
    A statement of how a system works (``mechanism_phrases``) and none of the policy reader's words weighs less for
    that reader (audience_signals.LOOKS_PAST), and one that ends leading into what follows (``lead_in_phrases``) is a
    fragment (bottom_items.leads_in): the policy summary says how many services run in Go and how soon engineers ship
    one; the technical reader keeps the mechanism."""
    from generator.bottom_items import leads_in
    from generator.words import load_words

    content = imported_content("talkgo-runtime-zh.md")
    items = {a: [b.text for b in next(s for s in deck_slides(content, a) if s.role == "summary").bullets]
             for a in ("policy", "technical")}
    assert not any("以下" in t or "epoll" in t or "协程" in t for t in items["policy"]), items["policy"]
    assert any("Go 服务" in t or "go 服务" in t for t in items["policy"]), items["policy"]
    assert any("epoll" in t for t in items["technical"]) and items["technical"] != items["policy"], items
    en = load_words("en")
    assert leads_in("The kernel uses the calls listed below.", en) and not leads_in("Revenue grew in the following year", en)
