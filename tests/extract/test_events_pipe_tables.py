"""Incident tables drawn with pipes (a published spreadsheet or a Markdown table read as
text): each row one incident with its own toll, a spreadsheet's row numbers and column
letters no cells of the table, and a totals row no incident.

Every text here is written for the test, not taken from an article.
"""

from __future__ import annotations

from briefdeck.extract.event_pipe_rows import pipe_rows

from .drafting import day_tolls, drafted_events

PUBLISHED = "2026-09-12"

SHEET = "\n\n".join([
    "Incident log, September",
    "|  | A | B | C | D | E | F |",
    "|---|---|---|---|---|---|---|",
    "| 1 | Date | Location | Type | Killed | Wounded | Notes |",
    "| 2 | 2026-09-03 | Karvel outpost | Rocket attack | 0 | 2 | 2 guards hurt |",
    "| 3 | 2026-09-07 | Ostra depot | Drone attack | 1 | 0 | Claimed by the militia |",
    "| 4 | 2026-09-09 | Mirna camp | Mortar attack | 0 | 0 | No damage |",
    "| 5 | TOTAL |  | 3 incidents | 1 | 2 | Sept. 10 report pending |",
])


def test_each_row_of_a_pipe_table_is_one_incident_with_its_own_toll() -> None:
    tolls = sorted(day_tolls(drafted_events(SHEET, PUBLISHED)))
    assert tolls == [("2026-09-03", 0, 2), ("2026-09-07", 1, 0), ("2026-09-09", 0, 0)]


def test_a_totals_row_is_no_incident() -> None:
    days = [t[0] for t in day_tolls(drafted_events(SHEET, PUBLISHED))]
    assert "2026-09-10" not in days
    assert len(days) == 3


def test_pipe_rows_keep_every_offset_and_drop_the_row_numbers() -> None:
    tabbed = pipe_rows(SHEET)
    assert tabbed is not None and len(tabbed) == len(SHEET)
    row = next(line for line in tabbed.split("\n") if "Karvel" in line)
    assert row.split("\t")[0].strip() == "2026-09-03"
    assert [c.strip() for c in row.split("\t")][3:5] == ["0", "2"]


def test_a_pipe_table_without_toll_columns_is_left_alone() -> None:
    text = "| Date | Unit | Base |\n|---|---|---|\n| 2026-09-03 | 3rd Company | North Camp |"
    assert pipe_rows(text) is None


def test_a_summary_repeating_a_rows_toll_by_party_is_no_incident_of_its_own() -> None:
    text = "\n\n".join([
        "Weekly incident tracker",
        "Summary (Sat 12 Sep)",
        "Three incidents logged this week. One contractor wounded.",
        "Date\tLocation\tWeapon\tToll\tSource",
        "03 Sep\tKarvel outpost\t3 x rockets\tnone\tPolice",
        "07 Sep\tOstra depot\t2 x drones\t1 contractor WIA\tArmy",
        "09 Sep\tMirna camp\t1 x drone\tnone\tArmy",
    ])
    tolls = sorted(day_tolls(drafted_events(text, PUBLISHED)))
    assert tolls == [("2026-09-03", 0, 0), ("2026-09-07", 0, 1), ("2026-09-09", 0, 0)]
