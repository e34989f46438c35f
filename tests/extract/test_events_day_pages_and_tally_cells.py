"""A day page's bulleted items under its day heading, and an incident table's casualties
column written as a unit's tally ("1x WIA (US), 2x WIA (PESH)", "3 US WIA", "NSTR").

Every text here is written for the test, not taken from an article.
"""

from __future__ import annotations

from datetime import date

from briefdeck.extract.day_lists import day_list_entries
from briefdeck.extract.event_table import toll_cell

from .drafting import article_facts, day_tolls, drafted_events

DAY_PAGE = "\n\n".join([
    "Daily world digest",
    "March 4, 2025 (Tuesday) edit history",
    "Armed conflicts and attacks",
    "- Gulf tensions",
    "- Militants fire six rockets at an army camp near Samarra, wounding three soldiers, "
    "local police say. (Wire)",
    "- A drone strike on a fuel depot in Kherson kills two workers and wounds five, the "
    "governor says. (Wire)",
    "- Two soldiers were wounded in a roadside bombing near Baiji on Sunday, the army says. "
    "(Wire)",
    "Business and economy",
    "- Shares in a Gulf carrier rise 4 percent after it resumes flights to Erbil. (Wire)",
])


def test_a_day_page_dates_each_item_by_its_heading_day() -> None:
    # (read as the extractor gets it: no line taken for furniture)
    tolls = day_tolls(article_facts(DAY_PAGE, "2025-03-05").events)
    assert ("2025-03-04", 0, 3) in tolls
    assert ("2025-03-04", 2, 5) in tolls
    assert ("2025-03-02", 0, 2) in tolls  # "on Sunday" counts back from the page's day
    assert len(tolls) == 3  # the market item tells no happening


def test_a_day_heading_needs_two_told_items_under_it() -> None:
    assert day_list_entries("March 4, 2025\n\n- One short item here only, nothing more "
                            "follows.\n", date(2025, 3, 5)) == []
    prose = "March 4, 2025\n\n" + " ".join(["A paragraph of prose"] * 5) + ".\n\n"
    items = "- Rockets hit a base near Samarra, police say today.\n" * 2
    assert day_list_entries(prose + items, date(2025, 3, 5)) == []


def test_a_tally_cell_reads_counts_by_party_and_nothing_to_report() -> None:
    def read(cell: str) -> list[tuple[str, int | None, str]]:
        return [(c.kind, c.count, c.party) for c in toll_cell(cell, 0) or []]

    assert read("1x WIA (US), 2x WIA (PESH)") == [("wounded", 1, "US"), ("wounded", 2, "PESH")]
    assert read("3 US WIA") == [("wounded", 3, "US")]
    assert read("2x WIA (minor)") == [("wounded", 2, "unspecified")]
    assert sorted(read("NSTR")) == [("killed", 0, "unspecified"), ("wounded", 0, "unspecified")]


WEEKLY = "\n\n".join([
    "Task group weekly incident summary",
    "Three incidents were logged against the task group this week.",
    "DTG\tLOCATION\tTYPE\tCASUALTIES\tREMARKS",
    "040215C MAR 25\tAl Asad AB, IZ\tIDF x2 107mm\tNIL\tBoth impacts outside the wire.",
    "051930C MAR 25\tMSR vic Baiji, IZ\tIED\t2x WIA (LN contractor)\tConvoy hit; one truck lost.",
    "061105C MAR 25\tQayyarah West, IZ\tUAS x1 OWA\t1x WIA (US), 1x KIA (ISF)\tDrone hit a "
    "guard tower.",
    "Outlook: further attempts are expected against bases in the north.",
])


def test_a_weekly_table_reads_each_rows_tally_as_its_toll() -> None:
    events = drafted_events(WEEKLY, "2025-03-07")
    tolls = day_tolls(events)
    assert ("2025-03-05", 0, 2) in tolls
    assert ("2025-03-06", 1, 1) in tolls
    baiji = next(e for e in events if e.date == "2025-03-05")
    assert baiji.kind == "attack" and baiji.place.startswith("Baiji")
