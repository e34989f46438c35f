"""A deadline ('by April 30') in a report lies ahead of publication unless it is told as past."""

from __future__ import annotations

from datetime import date

from briefdeck.extract.dates import find_dates

WINTER = date(2027, 1, 12)


def _isos(text: str) -> list[str]:
    return [d.iso for d in find_dates(text, WINTER)]


def test_a_deadline_later_in_the_year_is_the_coming_one():
    assert _isos("The brigade must clear the depot by April 30, the order says.") == [
        "2027-04-30"]


def test_a_deadline_months_ahead_is_still_the_coming_one():
    assert _isos("- By Oct. 1: the last convoy reaches the port.") == ["2027-10-01"]


def test_a_deadline_told_as_past_stays_in_the_past():
    assert _isos("The engineers had finished the runway by April 30.") == ["2026-04-30"]


def test_a_plain_date_without_by_keeps_the_nearest_past_reading():
    assert _isos("The convoy reached the port on April 30.") == ["2026-04-30"]
