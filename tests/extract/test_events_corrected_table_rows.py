"""A corrected table (an erratum, a revised annex) that prints each wrong row beside the row
replacing it, a status cell telling which is which; and notes below keyed to rows by number.

Every text here is written for the test, not taken from an article.
"""

from __future__ import annotations

from .drafting import day_tolls, drafted_events

PUBLISHED = "2026-06-20"
HEADER = "No.\tDate\tLocality (district)\tType\tKilled\tWounded\tStatus"


def _erratum(*rows: str, notes: str = "") -> str:
    parts = ["Correction to the May incident table", "Two rows of the table were wrong.",
             HEADER, *rows]
    return "\n\n".join([*parts, notes] if notes else parts)


def test_a_row_marked_as_printed_is_no_event_and_its_corrected_row_is() -> None:
    text = _erratum("4\t9 May\tVeltra (Dorna)\tShelling of a market\t1\t0\tAs printed",
                    "4\t9 May\tVeltra (Dorna)\tShelling of a market\t4\t2\tCorrected")
    assert sorted(day_tolls(drafted_events(text, PUBLISHED))) == [("2026-05-09", 4, 2)]


def test_a_row_marked_deleted_is_no_event() -> None:
    text = _erratum("6\t14 May\tOskar (Dorna)\tDrone strike on a truck\t2\t3\tUnchanged",
                    "7\t14 May\tOscar (Dorna)\tDrone strike\t2\t3\tDeleted")
    events = drafted_events(text, PUBLISHED)
    assert day_tolls(events) == [("2026-05-14", 2, 3)]


def test_a_place_cell_drops_the_district_its_header_brackets() -> None:
    text = _erratum("6\t14 May\tOskar (Dorna)\tDrone strike on a truck\t2\t3\tUnchanged")
    assert [e.place for e in drafted_events(text, PUBLISHED)] == ["Oskar"]


def test_a_note_keyed_to_a_row_by_number_retells_that_rows_incident() -> None:
    text = _erratum(
        "4\t9 May\tVeltra (Dorna)\tShelling of a market\t1\t0\tAs printed",
        "4\t9 May\tVeltra (Dorna)\tShelling of a market\t4\t2\tCorrected",
        notes="Row 4. The ministry's statement of 11 May gave the higher toll. The shells hit "
              "the covered market in Veltra, near the bus station.")
    assert sorted(day_tolls(drafted_events(text, PUBLISHED))) == [("2026-05-09", 4, 2)]
