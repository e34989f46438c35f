"""Systems and places: an Antonov cargo type is an aircraft, a case number shaped like a
designator is none, a log's "w/ Coyote" names the interceptor, and the Gulf of Suez port of
Adabiya is placed."""

from __future__ import annotations

from tests.extract.drafting import Drafts

DRAFTS = Drafts("2026-12-01", "Incident roundup")


def test_an_antonov_type_is_an_aircraft():
    assert "An-26B" in DRAFTS.systems(
        "A drone hit the tail of a parked An-26B cargo plane on the apron late on Monday."
    )


def test_a_case_number_shaped_like_a_designator_is_no_aircraft():
    systems = DRAFTS.systems(
        "Re: FOIA Request F-27-0093. We located one page of the log about the drone attack."
    )
    assert not any(name.startswith("F-27") for name in systems)


def test_a_log_names_the_interceptor_it_engaged_with():
    assert "Coyote" in DRAFTS.systems("1916 C-UAS team engaged 2nd UAS w/ Coyote; destroyed.")


def test_the_port_of_adabiya_is_placed_in_egypt():
    places = DRAFTS.facts(
        "The bulk carrier sailed from Ruwais laden with urea for Adabiya, "
        "Egypt, when a drone struck it on Tuesday."
    ).places
    adabiya = next(p for p in places if p.name == "Adabiya")
    assert adabiya.country == "Egypt" and abs(adabiya.lat - 29.87) < 0.2
