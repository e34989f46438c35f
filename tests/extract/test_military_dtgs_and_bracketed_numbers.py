"""Military date-time groups read as days (never as counts), clock times with a zone letter,
numeric dates, numbers written in brackets as translated statements do, and a few noun shapes
a count takes. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

from tests.extract.drafting import Drafts, drafted_events

from briefdeck.extract.dates import find_dates

PUB = date(2024, 3, 9)
DRAFTS = Drafts("2024-03-09", "Operations summary")


def _days(text: str, pub: date = PUB) -> list[tuple[str, str, str]]:
    return [(d.text, d.iso, d.precision) for d in find_dates(text, pub)]


def test_a_date_time_group_in_its_written_forms_is_a_day():
    assert _days("Contact reported 071445Z MAR 24 near the ford.") == [
        ("071445Z MAR 24", "2024-03-07", "day")]
    assert _days("Patrol returned 080210DMAR24 without incident.") == [
        ("080210DMAR24", "2024-03-08", "day")]
    assert _days("First sighting at 06 2315Z Mar 24 by the tower.") == [
        ("06 2315Z Mar 24", "2024-03-06", "day")]
    assert _days("Logged 050930B MAR 2024 by the watch officer.") == [
        ("050930B MAR 2024", "2024-03-05", "day")]


def test_a_date_time_group_without_a_month_is_the_latest_such_day():
    assert _days("DTG: 081100Z") == [("081100Z", "2024-03-08", "day")]
    assert _days("Amended 281630Z: two more trucks seen.") == [("281630Z", "2024-02-28", "day")]


def test_a_clock_time_with_a_zone_letter_is_no_date():
    assert _days("Flights resumed at 0415C and stopped again at 0520C.") == []


def test_date_time_groups_and_zoned_clock_times_are_not_figures():
    figures = DRAFTS.figures(
        "a. 071445Z MAR 24 - Checkpoint north of the bridge. Three mortar rounds landed in the "
        "wadi. b. 080210D MAR 24 - Two trucks were seen leaving the depot. Next update after "
        "2000C. Curfew runs until 2230 tonight, and the gate opens at 0600."
    )
    assert sorted(figures) == [(2.0, "trucks"), (3.0, "mortar rounds")]


def test_a_clock_time_after_at_is_no_figure_but_a_counted_noun_still_is():
    assert DRAFTS.figures("Sirens sounded at 1830 on Friday.") == []
    assert (1400.0, "volunteers") in DRAFTS.figures(
        "The registry stood at 1400 volunteers by March.")


def test_items_of_a_sitrep_take_the_day_of_their_date_time_group():
    events = drafted_events(
        "Daily situation report\n\n"
        "a. 071445Z MAR 24 - Camp Delta. Militants fired three rockets at the camp. No "
        "casualties.\n\n"
        "b. 080210Z MAR 24 - Route Blue. A roadside bomb struck a supply truck, wounding its "
        "driver. UPDATE 081900Z: police arrested two men.\n",
        "2024-03-09")
    dates = sorted({e.date for e in events if e.kind == "attack"})
    assert dates == ["2024-03-07", "2024-03-08"]


def test_an_update_stamp_is_not_when_the_happening_was():
    events = drafted_events(
        "Incident log\n\n"
        "071445Z MAR 24 - Camp Delta. Militants fired rockets at the camp. UPDATE 090800Z: "
        "two soldiers were wounded in the attack.\n",
        "2024-03-09")
    assert {e.date for e in events if e.kind == "attack"} == {"2024-03-07"}


def test_a_numeric_date_with_a_full_year_is_a_day():
    assert _days("The ceasefire began on Monday, 4/3/2024, at noon.") == [
        ("4/3/2024", "2024-03-04", "day")]
    assert _days("Filed 02/27/2024 by the clerk.") == [("02/27/2024", "2024-02-27", "day")]
    assert _days("Coverage is 24/7 at the gate.") == []


def test_the_parts_of_a_numeric_date_are_not_figures():
    assert DRAFTS.figures(
        "Patrols were halted as of Thursday, 7/3/2024, and the observers left.") == []


def test_a_number_word_restated_in_brackets_is_one_figure():
    figures = DRAFTS.figures(
        "Police seized four (4) mortar tubes and detained five (5) men near the silo.")
    assert sorted(figures) == [(4.0, "mortar tubes"), (5.0, "men")]


def test_a_number_in_brackets_counts_the_noun_after_the_bracket():
    figures = DRAFTS.figures(
        "The ministry awarded (12) engineers and paid (40) million Iraqi dinars in "
        "compensation.")
    assert (12.0, "engineers") in figures
    assert any(value == 40_000_000 for value, _ in figures)
    assert all(value not in (1_000_000, 40.0) for value, _ in figures)


def test_an_acronym_plural_ends_the_counted_noun():
    assert (300.0, "GMLRSs") in DRAFTS.figures(
        "The plant shipped about 300 GMLRSs last quarter to the brigade.")


def test_a_force_that_numbers_a_figure_counts_troops():
    figures = DRAFTS.figures(
        "British forces in Estonia now number about 1,200, down from 1,600 before the review.")
    assert (1200.0, "troops") in figures
    assert (1600.0, "troops") in figures


def test_a_calibre_before_the_noun_belongs_to_it():
    assert (6.0, "rockets") in DRAFTS.figures("Militants fired six 122mm rockets at the airfield.")


def test_a_place_struck_many_times_is_counted_in_times_not_attacks():
    figures = DRAFTS.figures(
        "The border crossing has been struck at least 9 times by drones this year.")
    assert (9.0, "times") in figures
    assert (17.0, "attacks") in DRAFTS.figures(
        "The depot has been attacked at least 17 times since spring.")


def test_a_count_opening_a_quoted_statement_is_kept():
    assert (3.0, "depots") in DRAFTS.figures(
        'The command said its jets struck "three depots used to store drones" overnight.')


def test_the_number_of_a_nationality_names_what_a_bare_number_counts():
    figures = DRAFTS.figures(
        "The number of Canadians evacuated had risen to seven by evening, officials said.")
    assert (7.0, "Canadians") in figures


def test_a_few_dozen_is_about_three_dozen_not_twelve():
    figures = DRAFTS.figures("A few dozen technicians stayed behind at the plant.")
    assert (36.0, "technicians") in figures


def test_a_numeric_date_in_a_table_cell_is_left_to_the_table():
    assert _days("Date\tTown\n04/05/2024\tKarsi\n") == []


def test_a_latitude_in_degrees_minutes_seconds_is_no_date_time_group():
    assert _days("The vessel was hailed at 151200N 0423000E by the frigate.") == []
