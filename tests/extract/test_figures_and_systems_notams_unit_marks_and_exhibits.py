"""Figures, systems, places and bodies of ops-desk, unit and budget writing: a NOTAM's serial,
a battalion's designation and a station's brand are no counts; a model counted in a bracket, a
kit's short form with a digit, a quoted fragment's second count and a deployment's length are;
a budget exhibit's form is no aircraft; an airfield named by its ICAO code is a place.
Sentences written for these tests."""

from __future__ import annotations

from tests.extract.drafting import Drafts

DRAFTS = Drafts("2026-11-26", "Ops desk test note")


def test_a_notam_serial_and_its_year_are_no_count():
    figures = DRAFTS.figures("A2204/26 NOTAMR A2201/26 cancels the closure. Two routes reopened.")
    assert all(value != 26.0 for value, _ in figures)


def test_a_battalion_designation_is_no_range():
    figures = DRAFTS.figures("The launchers came from Erbil with B/3-62 ADA and the 4-5 ADA.")
    assert figures == []


def test_a_station_brand_is_no_count():
    assert DRAFTS.figures("His mother told 12 News on Tuesday that he is recovering.") == []


def test_a_model_counted_in_a_bracket_is_that_model():
    figures = DRAFTS.figures("0240: CASEVAC (3 x CH-47) leaves for Baghdad with the wounded.")
    assert (3.0, "CH-47") in figures


def test_a_long_name_with_a_short_form_holding_a_digit_counts_the_noun_after():
    figures = DRAFTS.figures("The request buys 48 Standard Missile-6 Block IA (SM-6 IA) "
                             "interceptors for the fleet.")
    assert figures == [(48.0, "interceptors")]


def test_an_adjective_ending_in_s_is_not_the_counted_noun():
    figures = DRAFTS.figures("Stocks would not cover two simultaneous base defenses next year.")
    assert (2.0, "defenses") in figures


def test_each_count_of_a_quoted_fragment_is_kept():
    figures = DRAFTS.figures('Officials said jets struck "four depots at two sites" overnight.')
    assert (2.0, "sites") in figures


def test_a_year_a_talk_is_about_is_no_count():
    figures = DRAFTS.figures("Buyers asking about 2031 deliveries now want them sooner.")
    assert figures == []


def test_how_long_a_deployment_runs_is_a_figure():
    figures = DRAFTS.figures("The battery left in May for a deployment of about ten months.")
    assert (10.0, "months") in figures


def test_a_height_in_feet_is_read_in_feet():
    figures = DRAFTS.figures("Crews now engage unknown tracks flying below 800 ft AGL.")
    assert figures == [(800.0, "ft")]


def test_a_budget_exhibit_form_is_no_aircraft():
    systems = DRAFTS.systems("Exhibit P-5, Cost Analysis (Stinger). P-1 Line Item Number 4. "
                             "Gross/Weapon System Cost is in the table.")
    assert not any(name in ("P-5", "P-1", "Weapon System") for name in systems)


def test_a_polish_programme_keeps_the_article_spelling():
    assert "Wisla" in DRAFTS.systems("Warsaw ordered spares for its Wisla batteries.")


def test_short_range_air_defense_operated_is_a_system():
    systems = DRAFTS.systems("The battalion operates short-range air defense at the base.")
    assert "short-range air defense" in systems


def test_missiles_fired_at_a_country_beside_only_interceptors_stay():
    systems = DRAFTS.systems("Patriot interceptors were used. Days later, missiles were fired "
                             "toward Israel from Iraq.")
    assert "missiles" in systems and "Patriot" in systems


def test_an_airfield_named_by_its_icao_code_is_a_place():
    places = [p.name for p in DRAFTS.facts("A) LLBG B) 2611252050 E) AD CLOSED TO ALL FLT. "
                                           "Flights to Israel are diverted.").places]
    assert "Ben Gurion Airport" in places  # (shown by its name: see test_unit_designations_...)


def test_the_oval_office_is_a_room_not_a_body():
    bodies = DRAFTS.organizations("The president spoke to reporters in the Oval Office.")
    assert "Oval Office" not in bodies


def test_the_justice_department_is_a_body():
    bodies = DRAFTS.organizations("The Justice Department's lawyers charged two men on Monday.")
    assert "Department of Justice" in bodies
