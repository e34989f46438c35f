"""A page's date read from a numeric stamp ('04/09/25') is month first or day first; the
reading nearer the dates the page writes out in words is the one meant. Lines written here."""

from briefdeck.ingest.page_dates import numeric_date_reading


def test_a_stamp_read_day_first_is_turned_when_the_story_writes_the_month_first_date():
    page = "Updated 04/09/25 9:30 AM ET. The senator posted on April 8, 2025 that the base was hit."
    assert numeric_date_reading("2025-09-04", page) == "2025-04-09"


def test_a_day_first_reading_stays_when_the_story_agrees_with_it():
    page = "Posted 04/09/25 09:30. The ministry said on 3 September 2025 that the base was hit."
    assert numeric_date_reading("2025-09-04", page) == "2025-09-04"


def test_a_date_the_page_never_shows_in_numbers_is_kept():
    page = "The senator posted on April 8, 2025 that the base was hit."
    assert numeric_date_reading("2025-09-04", page) == "2025-09-04"


def test_an_unambiguous_date_is_kept():
    page = "Updated 25/09/25. The senator posted on April 8, 2025."
    assert numeric_date_reading("2025-09-25", page) == "2025-09-25"
