"""Sourcing through a first or later report from a body ("Early reports from provincial
authorities said"), source lines under tables that name compiled material, the press described
before its name ("the state news agency X"), unnamed insiders who spoke on condition of
anonymity, a monitor known by its acronym and "media reporting". Sentences are our own."""

from __future__ import annotations

from briefdeck.extract.attribution_kinds import classify
from briefdeck.extract.people import PeopleIndex

from .drafting import Drafts

DRAFTS = Drafts("2027-02-03", heading="Regional report")
NOBODY = PeopleIndex([])


def _kinds(text: str) -> dict[str, tuple[str, int | None]]:
    return {words: (kind, count) for kind, count, words in DRAFTS.sources(text)}


def test_early_reports_from_named_authorities_source_the_authorities():
    kinds = _kinds("Early reports from provincial authorities put the damage at two houses.")
    assert kinds == {"Early reports from provincial authorities": ("spokesperson", 1)}


def test_later_reporting_from_a_named_cell_is_that_body_speaking():
    kinds = _kinds("Later reporting from the Joint Operations Cell states that a guard died.")
    assert kinds == {"Later reporting from the Joint Operations Cell": ("spokesperson", 1)}


def test_preliminary_reports_from_unnamed_officials_are_anonymous_of_unknown_count():
    kinds = _kinds("Preliminary reports from port officials suggested no ship was hit.")
    assert kinds == {"Preliminary reports from port officials": ("anonymous official", None)}


def test_reports_from_a_place_without_a_timing_word_source_nothing():
    assert _kinds("Reports from the border town were hard to verify on Sunday.") == {}


def test_a_source_line_naming_compiled_material_is_a_document():
    text = ("Table 2 lists the incidents by month.\n"
            "Sources: Office analysis of agency data and open reporting.\n"
            "The rise in March is the largest of the year.")
    kinds = _kinds(text)
    assert kinds == {"Sources: Office analysis of agency data and open reporting.":
                     ("document", 1)}


def test_a_source_line_crediting_an_outlet_is_no_document():
    text = "Drones hit two depots overnight.\nSource: Example Wire and agencies\n"
    assert all(kind != "document" for kind, _ in _kinds(text).values())


def test_a_name_described_as_the_state_news_agency_is_an_outlet():
    assert classify("the state news agency Zafra", NOBODY) == ("other outlet", 1)
    assert classify("the daily Morgenpost", NOBODY) == ("other outlet", 1)


def test_an_insider_who_spoke_on_condition_of_anonymity_is_an_anonymous_official():
    who = "a Navy logistics planner who spoke on condition of anonymity"
    assert classify(who, NOBODY) == ("anonymous official", 1)
    # members of the public and traders stay other sources, named or not
    assert classify("a grain broker who spoke on condition of anonymity", NOBODY)[0] == "other"
    assert classify("a resident who spoke on condition of anonymity", NOBODY)[0] == "other"


def test_media_reporting_is_the_unnamed_press():
    assert classify("media reporting", NOBODY)[0] == "other outlet"


def test_a_monitor_known_by_its_acronym_is_another_source_and_its_statistics_a_document():
    assert classify("SOHR", NOBODY) == ("other", 1)
    assert classify("SOHR statistics", NOBODY)[0] == "document"


def test_a_plain_body_speaking_first_does_not_hide_the_unnamed_press_after_it():
    kinds = _kinds("The ministry said one guard died; one opposition weekly has reported four.")
    assert kinds["one opposition weekly has reported"] == ("other outlet", 1)
    assert kinds["The ministry said"] == ("spokesperson", 1)
