"""Numbers that are positions or street addresses are never figures; "the accused" counted
as a noun is. Sentences written for these tests."""

from __future__ import annotations

from tests.extract.drafting import Drafts

DRAFTS = Drafts("2026-06-10", "Field report")


def test_a_decimal_latitude_longitude_pair_is_not_a_figure():
    figures = DRAFTS.figures(
        "Analysts matched the footage to an orchard at roughly 35.4821, 43.0917. "
        "The orchard lies about 18 kilometres from the airfield."
    )
    assert figures == [(18.0, "km")]


def test_a_negative_decimal_pair_split_by_a_space_is_not_a_figure():
    figures = DRAFTS.figures("The buoy drifted to -12.4410 45.2273 before 9 sailors recovered it.")
    assert figures == [(9.0, "sailors")]


def test_coordinates_with_hemisphere_letters_after_or_before_are_not_figures():
    after = DRAFTS.figures("The crater sits at 33.51 N, 36.29 E, near 4 burned trucks.")
    before = DRAFTS.figures("Imagery places the launcher at N 31.92, E 35.88, beside 6 tents.")
    assert after == [(4.0, "trucks")]
    assert before == [(6.0, "tents")]


def test_coordinates_in_degrees_minutes_and_seconds_are_not_figures():
    figures = DRAFTS.figures(
        "The vessel was boarded at 13°21'40\"N 042°47'05\"E, and 11 crew were detained."
    )
    assert figures == [(11.0, "crew")]
    minutes = DRAFTS.figures("Smoke rose at 32°05.4'N, 44°21.9'E, where 8 tankers burned.")
    assert minutes == [(8.0, "tankers")]


def test_labelled_latitude_and_longitude_are_not_figures():
    figures = DRAFTS.figures("Grid reference: lat 29.3391, long 47.6812. Two drones fell there.")
    assert figures == [(2.0, "drones")]


def test_decimal_figures_that_are_no_position_stay_figures():
    figures = DRAFTS.figures("The army spent $2.75 billion and moved 1.5 million tonnes of fuel.")
    assert (2750000000.0, "USD") in figures
    assert (1500000.0, "tonnes") in figures


def test_the_street_number_of_an_address_is_not_a_figure():
    figures = DRAFTS.figures(
        "The Honorable Ann Smith\n\nDepartment of Defense\n\n1400 Defense Pentagon\n\n"
        "Washington, DC 20301-1400\n\n"
        "Dear Secretary Smith: at least 9 attacks have struck our troops this spring. "
        "Protesters gathered outside 221 Harbour Road while 30 police watched."
    )
    assert figures == [(9.0, "attacks"), (30.0, "police")]


def test_accused_counted_as_a_noun_is_a_figure():
    assert (4.0, "accused") in DRAFTS.figures(
        "Police said they had arrested four accused who planted the roadside bomb.")


def test_a_count_before_accused_as_a_verb_or_adjective_is_not_of_the_accused():
    as_verb = DRAFTS.figures("Two accused the ministry of hiding the damage.")
    as_adjective = DRAFTS.figures("Troops detained five accused smugglers near the crossing.")
    assert as_verb == []
    assert as_adjective == [(5.0, "smugglers")]


def test_the_number_of_member_states_names_what_a_bare_number_counts():
    assert (37.0, "Member States") in DRAFTS.figures(
        "The new pledge brings the number of fully committed Member States to 37.")


def test_a_vague_amount_in_a_with_still_clause_is_circumstance_not_a_figure():
    figures = DRAFTS.figures(
        "The ceasefire lapsed with thousands of fighters still dug in along the river. "
        "Later, hundreds of troops were flown to the airport."
    )
    assert figures == [(200.0, "troops")]
