"""Incident tables (one row per incident under a header with killed and injured columns),
narrative paragraphs that retell the rows, and tallies of many happenings over a period.

Every text here is written for the test, not taken from an article.
"""

from __future__ import annotations

from datetime import date

from briefdeck.extract.event_table import table_rows

from .drafting import day_tolls, drafted_events

PUBLISHED = "2026-09-10"
PUB = date(2026, 9, 10)

HEADER = "Date\tProvince\tTown\tIncident\tKilled\tInjured"
ROWS = [
    "09/09/2026\tNorthern\tKarvel\tRoadside bomb\t3\t1",
    "09/09/2026\tNorthern\tOstra\tShooting\t0\t2",
    "10/09/2026\tCoastal\tMirna\tLooting\t0\t0",
]


def _report(*after: str) -> str:
    return "\n\n".join(["Daily field report", "The office logged three incidents.", HEADER,
                        *ROWS, *after])


def test_each_row_of_an_incident_table_is_one_event_with_its_columns_toll() -> None:
    tolls = sorted(day_tolls(drafted_events(_report(), PUBLISHED)))
    assert tolls == [("2026-09-09", 0, 2), ("2026-09-09", 3, 1), ("2026-09-10", 0, 0)]


def test_a_numeric_day_first_date_is_read_from_the_tables_other_rows() -> None:
    text = "\n".join([HEADER, "03/04/2026\tNorthern\tKarvel\tRaid\t1\t0",
                      "25/04/2026\tNorthern\tOstra\tRaid\t0\t1"])
    _, days = table_rows(text, PUB)
    assert [d.iso for d in days] == ["2026-04-03", "2026-04-25"]


def test_an_ambiguous_numeric_date_takes_the_reading_nearer_the_report() -> None:
    text = "\n".join([HEADER, "09/08/2026\tNorthern\tKarvel\tRaid\t1\t0"])
    assert [d.iso for d in table_rows(text, PUB)[1]] == ["2026-09-08"]


def test_a_row_missing_its_trailing_empty_cell_is_still_an_incident() -> None:
    short = "11/09/2026\tCoastal\tPelva\tArson\t1"  # the empty Injured cell was dropped
    text = "\n\n".join(["Daily field report", HEADER, ROWS[0], short])
    tolls = sorted(day_tolls(drafted_events(text, PUBLISHED)))
    assert ("2026-09-11", 1, 0) in tolls
    assert ("2026-09-09", 3, 1) in tolls


def test_a_table_without_toll_columns_gives_no_rows() -> None:
    text = "\n".join(["Date\tUnit\tBase", "09/09/2026\t3rd Company\tNorth Camp"])
    assert table_rows(text, PUB)[0] == {}


def test_a_paragraph_retelling_a_row_merges_with_it() -> None:
    text = _report(
        "Karvel (Northern province): On 9 September, a roadside bomb hit a police pickup, "
        "killing three officers and wounding a driver.",
        "Ostra: On 9 September, gunmen fired on a bakery, wounding two customers.")
    events = drafted_events(text, PUBLISHED)
    assert sorted(day_tolls(events)) == [
        ("2026-09-09", 0, 2), ("2026-09-09", 3, 1), ("2026-09-10", 0, 0)]
    assert any(e.summary.startswith("A roadside bomb hit") for e in events)


def test_a_toll_under_a_place_heading_is_not_added_to_the_incident_told_before() -> None:
    text = ("Report for the week\n\n"
            "Tabqa: On 2 September, a mortar round wounded three farmers near the mill.\n\n"
            "Manbij (Aleppo governorate): In the evening a feud turned into a gunfight. Two men "
            "were killed, neighbours said.")
    assert sorted(day_tolls(drafted_events(text, PUBLISHED))) == [("2026-09-02", 0, 3)]


def test_a_count_of_happenings_since_a_day_is_a_tally_not_an_event() -> None:
    text = ("Weekly note\n\n"
            "The monitor has logged 14 ambushes in the valley since 3 August, wounding "
            "eleven drivers.")
    assert drafted_events(text, PUBLISHED) == []


def test_a_toll_of_those_attacks_is_not_given_to_the_last_attack() -> None:
    text = ("Base attacks continue\n\n"
            "On Monday, two rockets landed near the airfield, causing no injuries.\n\n"
            "There have been at least nine attacks on the airfield this summer. Six guards "
            "have been wounded in those attacks.")
    assert day_tolls(drafted_events(text, PUBLISHED)) == [("2026-09-07", 0, 0)]


LOG_HEAD = "Date\tTime\tSite\tType\tKIA\tWIA\tNotes"


def test_a_row_with_unknown_cells_is_still_one_incident_with_the_counts_it_gives() -> None:
    text = "\n".join(["Field log", "", LOG_HEAD,
                      "2026-09-04\t?\tKarvel depot\tStrike\t3\t?\tlocal council says 3 dead",
                      "2026-09-06\t0400\tOstra post\tAttack\t\t\tno word on casualties"])
    assert sorted(day_tolls(drafted_events(text, PUBLISHED))) == [
        ("2026-09-04", 3, 0), ("2026-09-06", 0, 0)]


def test_a_row_marked_as_a_duplicate_of_another_is_no_second_incident() -> None:
    text = "\n".join(["Field log", "", LOG_HEAD,
                      "2026-09-04\t1200\tKarvel depot\tStrike\t3\t1\tcouncil statement",
                      "2026-09-04\t1200\tKarvel depot\tAirstrike\t2\t\tDUPLICATE of row 1"])
    assert day_tolls(drafted_events(text, PUBLISHED)) == [("2026-09-04", 3, 1)]


def test_a_day_in_a_rows_notes_dates_no_other_incident() -> None:
    text = "\n".join(["Field log", "", LOG_HEAD,
                      "2026-09-04\t2100\tKarvel depot\tAttack\t0\t2\tsee police report 6 Sep"])
    assert day_tolls(drafted_events(text, PUBLISHED)) == [("2026-09-04", 0, 2)]


def test_a_summary_paragraph_totting_up_the_rows_is_no_incident() -> None:
    text = "\n".join(["Field log", "", LOG_HEAD,
                      "2026-09-04\t2100\tTikrit\tStrike\t3\t0\tcouncil statement",
                      "2026-09-06\t0400\tSamarra\tStrike\t2\t1\tpolice statement", "",
                      "Summary: two incidents logged. Two strikes on depots (Tikrit, Samarra) "
                      "killed at least 5 on 5 Sep."])
    assert sorted(day_tolls(drafted_events(text, PUBLISHED))) == [
        ("2026-09-04", 3, 0), ("2026-09-06", 2, 1)]
