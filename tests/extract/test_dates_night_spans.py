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
