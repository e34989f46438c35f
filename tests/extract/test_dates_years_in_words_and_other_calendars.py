"""Years said after a month ("in April of 2021", "in May of that year") and dates printed in the
Hijri or Iranian solar calendar, read as the Gregorian day they name."""

from datetime import date

import pytest

from briefdeck.extract import calendars
from briefdeck.extract import date_scan as dates
from briefdeck.extract.dates import find_dates

PUB = date(2026, 12, 5)


def _read(text: str, pub: date = PUB) -> list[tuple[str, str, str]]:
    return [(d.text, d.iso, d.precision) for d in find_dates(text, pub)]


def test_month_of_a_written_year_takes_that_year():
    assert _read("The convoy was first ambushed in April of 2021.") == [
        ("in April of 2021", "2021-04", "month")]


def test_day_month_of_a_written_year_takes_that_year():
    assert _read("Patrols resumed on 9 October of 2022 near the dam.") == [
        ("on 9 October of 2022", "2022-10-09", "day")]


def test_of_that_year_takes_the_year_last_written_before_it():
    text = "The garrison was reinforced in 2018. In July of that year a truck bomb hit its gate."
    assert _read(text)[-1] == ("In July of that year", "2018-07", "month")


def test_of_the_same_year_after_a_day_takes_the_year_last_written():
    text = "Talks opened in 2015; on 4 August of the same year they collapsed."
    assert _read(text)[-1] == ("on 4 August of the same year", "2015-08-04", "day")


def test_of_that_year_with_no_year_written_falls_back_to_the_nearest_month():
    assert _read("In September of that year the depot burned.") == [
        ("In September of that year", "2026-09", "month")]


def test_month_day_of_last_year_counts_from_publication():
    assert _read("Drones struck the port on March 3 of last year.") == [
        ("on March 3 of last year", "2025-03-03", "day")]


@pytest.mark.parametrize("text, iso", [
    ("Sirens sounded on 14 Rajab 1447 AH across the province.", "2026-01-03"),
    ("Muharram 10, 1446 was marked with a curfew.", "2024-07-16"),
    ("Shelling was heard on 5 Rabi' al-Thani 1447 in the valley.", "2025-09-27"),
    ("A ceasefire took hold on 20 Jumada al-Ula 1447 H.", "2025-11-11"),
])
def test_a_hijri_day_is_the_gregorian_day_it_names(text, iso):
    found = _read(text)
    assert [(iso, "day")] == [(f[1], f[2]) for f in found]


@pytest.mark.parametrize("text, iso", [
    ("Missiles were fired from the coast on 10 Mehr 1404.", "2025-10-02"),
    ("Azar 2, 1404 - 09:15", "2025-11-23"),
    ("The exercise ended on 1 Farvardin 1405 SH.", "2026-03-21"),
])
def test_an_iranian_solar_day_is_the_gregorian_day_it_names(text, iso):
    assert [(f[1], f[2]) for f in _read(text)] == [(iso, "day")]


def test_an_other_calendar_month_with_its_year_is_a_month():
    assert _read("Raids grew through Shawwal 1447, officials said.") == [
        ("Shawwal 1447", "2026-04", "month")]


def test_the_month_of_a_named_month_is_the_latest_one_before_publication():
    found = _read("Since the start of the month of Khordad, the ports stayed shut.")
    assert [(f[1], f[2]) for f in found] == [("2026-06", "month")]


def test_a_day_printed_in_both_calendars_yields_one_date():
    # Hijri first, then the Gregorian day it corresponds to
    assert _read("Aden, Monday 9 Jumada al-Akhirah 1448 AH - 19 November 2026") == [
        ("19 November 2026", "2026-11-19", "day")]
    assert _read("Doha, 3 Rajab 1448, corresponding to 13 December 2026, QNA") == [
        ("13 December 2026", "2026-12-13", "day")]
    # Gregorian first, the Hijri one in brackets or after a bar
    assert _read("Manama, Sunday 14 December 2026 (4 Rajab 1448)") == [
        ("14 December 2026", "2026-12-14", "day")]


def test_the_printed_gregorian_day_wins_when_a_conversion_differs_by_a_day():
    # a state that sights the moon a day later prints its own Hijri day
    assert _read("Friday, 15 January 2027 | 7 Sha'ban 1448") == [
        ("15 January 2027", "2027-01-15", "day")]


def test_a_weekday_before_an_other_calendar_date_is_that_date():
    assert _read("Statement issued Wednesday 4 Shahrivar 1405") == [
        ("4 Shahrivar 1405", "2026-08-26", "day")]


@pytest.mark.parametrize("text", [
    "The Mehr news agency 1405 report",       # an agency, no day
    "Tariq Ramadan 1999",                     # a name with a Gregorian year
    "31 Safar 1448",                           # no 31st in a Hijri month
    "30 Esfand 1404",                          # 1404 SH is no leap year
    "12 Muharram 1200 AH",                     # outside the converter's range
    "Ramadan prayers and Rajab traditions",    # a month's name alone
])
def test_no_date_from_what_only_looks_like_another_calendar(text):
    assert _read(text) == []


@pytest.mark.parametrize("name, calendar, month", [
    ("Rabi al-Awwal", "hijri", 3), ("Rabi' II", "hijri", 4), ("Rabi ul Akhir", "hijri", 4),
    ("Jumada I", "hijri", 5), ("Jumada Al-Akhirah", "hijri", 6), ("Dhu al-Qa'dah", "hijri", 11),
    ("Dhul-Hijjah", "hijri", 12), ("Ramazan", "hijri", 9), ("Amordad", "jalali", 5),
    ("Dei", "jalali", 10), ("Esfand", "jalali", 12),
])
def test_month_names_as_transliterated(name, calendar, month):
    assert calendars.month_of(name) == (calendar, month)


def test_a_masthead_clock_between_the_two_calendars_still_joins_them():
    assert _read("Sunday 21 December 2026 - 08:05 | 11 Rajab 1448") == [
        ("21 December 2026", "2026-12-21", "day")]


@pytest.mark.parametrize("text", [
    "On Jan. 5, 2024 rockets hit the base; in March of last year and on Tuesday night too.",
    "Two days later, 14 February 2025, at 1300 GMT, since 17 OCT, 26/9/2025, last week.",
])
def test_text_without_another_calendar_reads_the_same_with_the_gregorian_scan(text):
    assert [(m.span(), m.lastgroup) for m in dates._GREGORIAN_RE.finditer(text)] == \
        [(m.span(), m.lastgroup) for m in dates.DATE_RE.finditer(text)]


def test_a_document_holding_another_calendar_year_is_scanned_for_it_sentence_by_sentence():
    text = "The first raid was on Monday. The second came on 3 Rajab 1448 at dawn."
    second = text.index("The second")
    found = find_dates(text, PUB, second, len(text))
    assert [(d.text, d.iso) for d in found] == [("on 3 Rajab 1448", "2026-12-12")]


def test_may_with_a_written_year_after_of_is_a_month_even_without_in():
    assert _read("Talks stalled. May of 2024 was quieter.") == [("May of 2024", "2024-05", "month")]
