"""Figures: a percentage range written with its sign at both ends, a daily hire rate, the delay
a detour adds, a prison term and a sentencing ask are figures; a count that would borrow a
distance and a toll by side named by initials are not. Places: a sea fixed by distance and
bearing from a port, a hard-wrapped installation name, a court caption's country and
district, a mission named on a "source:" line. Systems: the counted parts of a procurement
case; a site's last word before "drone attack" is no make. Sentences written for these tests."""

from __future__ import annotations

from tests.extract.drafting import Drafts

from briefdeck.extract.numbers import find_quantities

DRAFTS = Drafts("2026-11-27", "Figures, places and systems test article")


def _figures(text: str) -> list[tuple[float, float | None, str]]:
    return [(f.value, f.value_high, f.unit) for f in DRAFTS.facts(text).figures]


def _places(text: str) -> dict[str, tuple[float | None, float | None]]:
    return {p.name: (p.lat, p.lon) for p in DRAFTS.facts(text).places}


def test_a_percentage_range_with_both_signs_is_one_range():
    got = _figures("Insurers now ask 0.4% to 0.9% of a hull's value for one transit.")
    assert (0.4, 0.9, "%") in got
    assert all(high is not None for value, high, _ in got if value == 0.9 or value == 0.4)


def test_a_dashed_percentage_range_keeps_its_upper_end():
    (q,) = find_quantities("costs rose by 5%-8% over the year")
    assert (q.value, q.value_high, q.qualifier) == (5.0, 8.0, "range")


def test_a_change_between_two_percentages_stays_two_figures():
    values = [(q.value, q.value_high) for q in find_quantities("The rate rose 2% to 3% in May.")]
    assert values == [(2.0, None), (3.0, None)]


def test_a_slashed_daily_rate_is_a_rate_not_a_sum():
    assert (61000.0, None, "USD a day") in _figures("A tanker fixed at $61,000/day this week.")


def test_the_days_a_detour_adds_are_a_figure():
    got = _figures("Owners sent 12 ships around Africa, adding 9 to 12 days to each trip.")
    assert (9.0, 12.0, "days") in got


def test_the_minutes_a_reroute_adds_are_a_figure():
    got = _figures("Our flights now avoid that airspace, which adds about 20 minutes.")
    assert (20.0, None, "minutes") in got


def test_a_prison_term_and_the_asks_are_figures():
    got = _figures(
        "The prosecutor asks for 84 months. The judge sentenced him to 70 months "
        "of imprisonment and two years of supervised release."
    )
    assert {(84.0, None, "months"), (70.0, None, "months"), (2.0, None, "years")} <= set(got)


def test_other_spans_of_years_stay_out_of_a_sentencing_text():
    got = _figures("He was sentenced on Monday. He had lived in Erbil for 6 years.")
    assert all(unit != "years" for _, _, unit in got)


def test_a_count_shot_down_after_a_distance_borrows_no_miles():
    got = _figures(
        "Four drones flew at the base, about 40 kilometers (25 miles) west of Erbil. "
        "Three were shot down and one hit a hangar."
    )
    assert all(unit not in ("mi", "km") or value != 3.0 for value, _, unit in got)


def test_a_toll_by_side_named_by_initials_is_no_count_of_the_initials():
    got = _figures("The update: 3 US soldiers wounded and 2 SFA wounded in the attack.")
    assert all(unit.lower() != "sfa" for _, _, unit in got)


def test_a_sea_fixed_off_a_port_is_placed_there():
    lat, lon = _places(
        "A missile hit the tanker in the Red Sea, about 40 nautical miles "
        "west of Mokha, the agency said."
    )["Red Sea"]
    assert abs(lat - 13.32) < 0.1 and abs(lon - 42.56) < 0.1


def test_a_strait_off_a_port_keeps_its_own_point():
    lat, lon = _places(
        "A drone boat approached a tanker at the Bab el-Mandeb, about 30 miles northwest of Mokha."
    )["Bab el-Mandeb"]
    assert (lat, lon) == (12.58, 43.33)


def test_an_installation_name_wrapped_at_a_line_end_is_found():
    places = _places(
        "A drone fell near Isa Air\nBase on Tuesday, the Bahrain Defence Force "
        "said. No one was hurt."
    )
    assert "Isa Air Base" in places


def test_a_court_caption_names_no_country_or_district_as_places():
    places = _places(
        "IN THE UNITED STATES DISTRICT COURT\n\nFOR THE EASTERN DISTRICT OF "
        "VIRGINIA\n\nUNITED STATES OF AMERICA,   )\n\nv.   )\n\nThe defendant "
        "shipped engines to Baghdad."
    )
    assert "United States" not in places and "Virginia" not in places
    assert "Baghdad" in places


def test_an_embassy_on_a_source_line_is_no_place():
    places = _places(
        "Rockets hit near the Baghdad Diplomatic Support Center late Monday.\n"
        "source: U.S. Embassy Baghdad; militia statement"
    )
    assert "U.S. Embassy Baghdad" not in places


def test_a_procurement_case_counts_its_parts_as_systems():
    systems = DRAFTS.systems(
        "He bought at least 40 small two-stroke engines and 90 servo "
        "actuators and shipped them to a front company."
    )
    assert {"two-stroke engines", "servo actuators"} <= set(systems)


def test_engines_in_a_battle_report_are_no_system():
    systems = DRAFTS.systems("Two engines of the jet failed and the crew ejected.")
    assert "engines" not in systems


def test_a_site_name_before_drone_attack_is_no_make():
    systems = DRAFTS.systems("The 2026 Harir Air Base drone attack wounded two soldiers.")
    assert "Base" not in systems


def test_a_regions_body_labelled_by_its_initials_is_no_place():
    places = _places(
        "Rockets hit the air base at night.\nKurdistan Region CTD: one guard wounded by "
        "shrapnel near Erbil."
    )
    assert "Kurdistan Region" not in places
