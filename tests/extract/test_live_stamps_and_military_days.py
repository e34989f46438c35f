"""Live-blog stamps in the layouts news sites use (a clock with its zone and a headline on
one heading line, bold clocks, "3h ago"), and sitrep days written "9 FEB" with no year."""

from __future__ import annotations

from datetime import date

import pytest

from briefdeck.extract.dates import find_dates
from briefdeck.extract.stamped_entries import find_entries

from .drafting import day_tolls, drafted_events

PUB = date(2025, 2, 12)


def _blog(stamps: list[str]) -> str:
    bodies = [
        "A rocket landed in an empty field outside the town, the police said. Nobody was hurt.",
        "Two guards were wounded when a drone struck the gate of the depot, officials said.",
        "The ministry said it would publish a fuller account later in the week.",
    ]
    return "Live: border tensions\n\nBy Staff Writer\n\n" + "".join(
        f"{stamp}\n\n{body}\n\n" for stamp, body in zip(stamps, bodies, strict=False))


@pytest.mark.parametrize("stamps", [
    ["### 18:40 AST – Ministry promises report", "## 16:05 AST - Drone hits depot gate",
     "### 09:15 AST – Rocket lands outside town"],
    ["**18:40 GMT**", "**16:05 GMT**", "**09:15 GMT**"],
    ["18:40 (CET)", "16:05 (CET)", "09:15 (CET)"],
    ["18:40 local time: Ministry promises report", "16:05 local time: Drone hits depot",
     "09:15 local time: Rocket lands"],
    ["1h ago", "3h ago", "10h ago"],
    ["1h ago\n18:40 EST", "3h ago\n16:05 EST", "10h ago\n09:15 EST"],
])
def test_a_clock_heading_each_entry_splits_a_live_blog_whatever_its_layout(stamps):
    text = _blog(stamps)
    entries = find_entries(text, PUB)
    assert len(entries) == 3
    assert all(e.day.iso == PUB.isoformat() for e in entries)
    # an entry's body starts after its stamp line and holds its own story only
    assert text[entries[1].start:entries[1].end].strip().startswith("Two guards")


def test_a_stamp_day_is_named_by_its_clock_not_its_headline():
    text = _blog(["### 18:40 GST – Ministry promises report", "### 16:05 GST – Drone hits gate"])
    assert [e.day.text for e in find_entries(text, PUB)] == ["18:40 GST", "16:05 GST"]


def test_an_undated_toll_under_a_zoned_heading_stamp_is_that_days():
    text = _blog(["### 18:40 AST – Ministry promises report",
                  "### 16:05 AST – Drone hits depot gate"])
    assert (PUB.isoformat(), 0, 2) in day_tolls(drafted_events(text, PUB.isoformat()))


def test_timeline_lines_that_are_whole_sentences_are_no_live_blog():
    text = ("The attack unfolded quickly.\n\n06:10 - The first drone hit the fuel store.\n"
            "06:25 - A second drone was shot down.\n06:40 - Fire crews arrived at the base.\n")
    assert find_entries(text, PUB) == []


def test_a_lower_case_zone_like_word_is_no_zone():
    text = _blog(["18:40 at – Ministry promises report", "16:05 at – Drone hits depot gate"])
    assert find_entries(text, PUB) == []


@pytest.mark.parametrize(("text", "iso"), [
    ("Mortar fire hit the camp on 9 FEB.", "2025-02-09"),
    ("Patrols have been doubled since 28 JAN.", "2025-01-28"),
    ("Entry: 9FEB, one vehicle damaged.", "2025-02-09"),
    ("9 FEB\tCamp Delta\tIDF x3\tNil", "2025-02-09"),
    ("The logistics hub was struck on 20 DEC.", "2024-12-20"),  # after Feb 12: last year's
    ("The convoy reached the crossing on 4 MAR 24.", "2024-03-04"),
    ("Night of 10 FEB - two rockets near the gate", "2025-02-10"),
])
def test_an_upper_case_day_and_month_is_a_day_nearest_before_publication(text, iso):
    assert [d.iso for d in find_dates(text, PUB)] == [iso]


def test_an_upper_case_day_and_month_about_the_future_is_ahead():
    assert [d.iso for d in find_dates("The unit will rotate out by 20 MAR.", PUB)] == \
        ["2025-03-20"]


@pytest.mark.parametrize("text", [
    "Grid 15 NO 4 was checked.",
    "The call sign 12 NOVA answered.",
    "Serial 3 MAYDAY calls were logged.",
    "He scored 15 Nova points.",
    "Unit 7 DEC checked in with the tower.",  # no year, no preposition, no punctuation
])
def test_letters_that_only_begin_a_month_after_a_number_are_no_date(text):
    assert find_dates(text, PUB) == []


def test_an_upper_case_day_in_a_chronicle_takes_the_year_of_the_full_date_before_it():
    from briefdeck.extract.dates import carry_years

    text = "The unit arrived on 20 NOV 2023 and took its first fire on 3 JAN."
    dates = carry_years(find_dates(text, PUB), PUB)
    assert [d.iso for d in dates] == ["2023-11-20", "2024-01-03"]
