"""A form's boxes ("[X] A. ...", "[ ] B. ...") are options it offers: however long, such a line
never leads the first slide; the form's description of what it does does."""

from __future__ import annotations

from briefdeck.extract import draft_briefing
from briefdeck.extract.lede_form_lines import checkbox_item
from briefdeck.ingest.article import Article

FORM = ("ORDER CHANGE FORM\n\nCONTRACT NO. QX-77-0042\n\n"
        "[X] A. THIS CHANGE IS MADE UNDER THE AUTHORITY OF: clause 12.4, agreement of both "
        "parties [ ] B. OTHER (name the kind of change and the authority)\n\n"
        "DESCRIPTION OF CHANGE\n\n"
        "This change ends catering at Outpost Lark after the soldiers there left the site on "
        "3 May 2026, and adds repairs to the kitchen at Camp Wren that a rocket damaged on "
        "5 May 2026.\n")


def test_a_forms_box_line_does_not_lead():
    bluf = draft_briefing(Article(text=FORM, headline="Order change form"),
                          published="2026-05-10").narrative.bluf
    assert "AUTHORITY" not in bluf
    assert "[" not in bluf


def test_a_box_is_read_ticked_or_blank():
    assert checkbox_item("[X] A. THE ORDER IS CHANGED")
    assert checkbox_item("as agreed [ ] B. OTHER")
    assert not checkbox_item("Two drones [one of them shot down] hit the base.")
