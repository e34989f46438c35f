"""Visitors' journeys, corrected places, purpose sections, own titles, borrowed verbs."""

from briefdeck.compose.borrowed_verbs import tail_from_another_clause
from briefdeck.extract.document_titles import own_title
from briefdeck.extract.lede_purpose_section import under_purpose_heading
from briefdeck.extract.place_role_corrected_away import set_aside
from briefdeck.extract.place_role_visitors import visitor_travels
from briefdeck.model.marking import source_markings


def test_a_delegation_leaving_a_city_is_no_withdrawal():
    text = "The delegation left Ostrava at dawn."
    assert visitor_travels(text, 0, text.index("left"), "left")
    text = "The battalion left Ostrava at dawn."
    assert not visitor_travels(text, 0, text.index("left"), "left")


def test_the_place_a_correction_sets_aside_keeps_no_role():
    text = "The shelling hit Brnov, not Vesec."
    assert set_aside(text, 0, text.index("Vesec"))
    assert not set_aside(text, 0, text.index("Brnov"))


def test_a_purpose_paragraph_is_no_lede():
    text = "1. Members\n\nA, B.\n\n2. Purpose\n\nThe team went to learn about radars.\n"
    assert under_purpose_heading(text, text.index("The team"))
    assert not under_purpose_heading(text, text.index("A, B"))


def test_a_trip_report_is_titled_by_its_subject_and_a_deck_by_its_first_title():
    text = "HOUSE PANEL\n\nSTAFF TRIP REPORT\n\nVisit to Vesec and Brnov, May 2-4\n\nDate: May 9"
    assert own_title(text, "HOUSE PANEL") == "Visit to Vesec and Brnov, May 2-4"
    deck = "Weekly - East.pptx\nSlide 1 of 3\nTitle: Weekly East Review\n"
    assert own_title(deck, "Weekly - East.pptx") == "Weekly East Review"
    assert own_title(text, "A normal headline") == ""


def test_a_label_tail_from_a_since_clause_is_another_events():
    text = "the ship has launched 9 interceptors since it reached the gulf in May"
    end = text.index("interceptors") + len("interceptors")
    assert tail_from_another_clause(text, end, "reached the gulf, May")
    assert not tail_from_another_clause(text, end, "in the gulf")


def test_a_tlp_mark_among_a_footers_parts_is_seen():
    assert source_markings("Footer: Some Firm | TLP:AMBER | For clients\nBody.\n") == ["TLP:AMBER"]
