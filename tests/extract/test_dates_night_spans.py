"""A night written as two days joined by a slash is dated by its first day."""
from datetime import date

from briefdeck.extract.dates import find_dates

PUB = date(2026, 11, 20)


def _dates(text: str) -> list[tuple[str, str]]:
    return [(d.iso, d.precision) for d in find_dates(text, PUB)]


def test_night_of_two_days_with_a_slash_is_the_first_day():
    assert _dates("Shelling began on the night of 14/15 November 2026 near the post.") == [
        ("2026-11-14", "day")]
    assert _dates("Shelling began on the night of Nov. 14/15 near the post.") == [
        ("2026-11-14", "day")]


def test_dash_and_single_days_unchanged():
    assert _dates("Drones flew over on 14-15 November.") == [("2026-11-14", "day")]
    assert _dates("Drones flew over on 15 November.") == [("2026-11-15", "day")]
    assert _dates("The order is dated 14/11/2026.") == [("2026-11-14", "day")]


def test_numeric_slash_without_month_is_no_date():
    assert _dates("The ratio was 14/15 in the survey.") == []


def test_night_between_two_dotted_days_is_dated_by_its_first_day():
    found = find_dates("In the night from 14.11. to 15.11.2026 a rocket landed.", PUB)
    assert [(d.iso, d.is_period_end) for d in found] == [("2026-11-14", False),
                                                        ("2026-11-15", True)]


def test_dotted_date_ending_a_sentence_is_a_date():
    assert _dates("Hamburg, 16.11.2026.\n\nThe post was shelled.") == [("2026-11-16", "day")]
    assert _dates("Version 1.2.2026.5 shipped.") == []
