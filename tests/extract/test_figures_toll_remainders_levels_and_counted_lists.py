"""Figures: the wounded rest of one attack's toll is the event's, not a figure; a regulation's
flight levels are figures in "FL"; one count over a list of nouns keeps the whole list; part
and section numbers, wind speeds, bearings, speakers placed "at the base" and a study's or a
Q&A page's own parts count nothing."""

from __future__ import annotations

from tests.extract.drafting import Drafts

DRAFTS = Drafts("2026-12-01", "Incident roundup")


def _figures(text: str) -> list[tuple[float, str]]:
    return DRAFTS.figures(text)


def test_the_others_wounded_after_a_killed_count_are_no_figure():
    got = _figures(
        "A mortar round hit the depot on Monday. One guard, a local man, was killed "
        "and three others, two of them cooks, were injured, the army said."
    )
    assert (3.0, "others") not in got and (3.0, "injured") not in got


def test_the_wounded_half_of_a_killing_and_wounding_clause_is_no_figure():
    got = _figures("A drone struck the tanker on Sunday, killing two sailors and wounding four.")
    assert not any(value == 4.0 for value, _ in got)


def test_a_large_hedged_or_summed_toll_stays_a_figure():
    got = _figures(
        "Strikes since March have killed 41 people and wounded 126, the ministry "
        "said. The raid killed at least nine villagers and wounded eight others."
    )
    assert (126.0, "wounded") in got
    assert any(value == 8.0 for value, _ in got)


def test_others_held_after_a_toll_are_not_read_as_its_wounded():
    got = _figures("Three gunmen were killed and two others arrested near the border post.")
    assert (2.0, "others") in got


def test_flight_levels_of_a_rule_are_figures_in_fl():
    got = _figures(
        "The agency raised the floor of its ban from flight level (FL) 240 to "
        "FL330. Flights at or above FL 330 remain allowed."
    )
    assert got.count((240.0, "FL")) == 1 and got.count((330.0, "FL")) == 1


def test_notam_shorthand_levels_without_flight_level_written_are_not_read():
    got = _figures("ROUTES OPEN BTN FL310 AND FL390 FOR OVERFLIGHTS ONLY.")
    assert not any(unit == "FL" for _, unit in got)


def test_a_part_or_section_of_a_code_is_no_figure():
    got = _figures(
        "The authority citation for part 121 continues to read as follows. "
        "Amend § 121.707 by revising paragraph (c)."
    )
    assert got == []


def test_one_count_over_a_list_of_nouns_keeps_the_list():
    got = _figures(
        "The study counts 2,340 missiles, drones and explosive boats fired at "
        "shipping. Roughly 450 employees and subcontractor staff stay on site."
    )
    assert (2340.0, "missiles, drones and explosive boats") in got
    assert (450.0, "employees and subcontractor staff") in got


def test_a_list_does_not_run_into_the_next_clause():
    got = _figures(
        "The wing flew 12 refuelling missions and has flown more since. At least "
        "30 residents, among them teachers and nurses, were treated."
    )
    assert (12.0, "missions") in got
    assert any(value == 30.0 and unit == "residents" for value, unit in got)


def test_wind_speeds_and_bearings_in_a_log_are_no_figures():
    got = _figures(
        "0600 Assumed duty. Wx clear, winds SE\n\n14 kt.\n\n1900 Radar reports 4x "
        "UAS tracks brg 275, inbound, est. 9 km out."
    )
    assert not any(value in (14.0, 275.0) for value, _ in got)
    assert (9.0, "km") in got


def test_speakers_placed_at_a_base_and_a_pages_own_parts_are_no_figures():
    got = _figures(
        "Three Kurdish officers at the airport told a local channel that the "
        "launcher was found. Four findings stand out.\n\n3 Answers\n\nThe first "
        "answer is short."
    )
    assert got == []
