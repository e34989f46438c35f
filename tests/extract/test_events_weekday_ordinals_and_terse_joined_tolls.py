"""A weekday with its day of the month ("Monday the 9th") names that day, not the last
Monday; a verbless toll of two groups joined by "and" ("one guard killed and four drivers
wounded") counts both; a relative described by an age ("his 8-year-old daughter") is one more
hurt."""

from __future__ import annotations

from datetime import date

from briefdeck.extract.casualties import find_casualties
from briefdeck.extract.dates import find_dates


def _counts(text: str) -> list[tuple[str, int | None]]:
    return sorted((c.kind, c.count) for c in find_casualties(text, 0, len(text)))


def _days(text: str) -> list[str]:
    return [d.iso for d in find_dates(text, date(2026, 5, 29))]


def test_a_weekday_with_its_day_of_the_month_is_that_day():
    assert _days("The depot burned on Monday the 11th, well before the talks.") == [
        "2026-05-11"]


def test_a_weekday_and_a_spoken_ordinal_day_is_that_day():
    assert _days("Yes, that was Thursday the fourteenth.") == ["2026-05-14"]


def test_a_count_after_a_weekday_is_no_day_of_the_month():
    assert _days("Gunmen hit a checkpoint on Tuesday, the 12th such raid this spring.") == [
        "2026-05-26"]


def test_a_verbless_toll_of_two_groups_joined_by_and_counts_both():
    assert _counts("Final word from the port: one guard killed and four drivers wounded.") == [
        ("killed", 1), ("wounded", 4)]


def test_a_toll_that_ended_up_being_a_count_is_that_count():
    assert _counts("First they said nobody was hurt, but it ended up being two sailors "
                   "killed.") == [("killed", 2)]


def test_a_relative_described_by_an_age_is_one_more_hurt():
    assert _counts("Shrapnel wounded a farmer and his 8-year-old daughter.") == [("wounded", 2)]
    assert _counts("A driver and his 70-year-old mother were injured.") == [("wounded", 2)]
