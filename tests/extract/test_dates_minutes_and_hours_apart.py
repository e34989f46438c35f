"""'35 minutes earlier', 'two hours later': the same day as the time told just before, so an
alert's second incident is dated with its first. Sentences written for these tests."""
from briefdeck.extract import draft_briefing
from briefdeck.extract.date_scan import DATE_RE
from briefdeck.ingest.article import Article


def test_minutes_and_hours_apart_are_read_as_dates():
    for words in ("35 minutes earlier", "two hours later", "a few hours later"):
        m = DATE_RE.search(f"Approximately {words}, a drone hit the airport.")
        assert m and m.group(0) == words


def test_a_duration_alone_is_no_date():
    assert DATE_RE.search("The crew waited 20 minutes before landing.") is None


def test_an_incident_minutes_before_a_dated_one_takes_its_day():
    text = ("At 9:40 p.m. on November 26, a rocket struck near the consulate in Erbil, "
            "causing no injuries. Approximately 35 minutes earlier, a drone hit Erbil "
            "International Airport, wounding two civilians, local officials said.")
    b = draft_briefing(Article(text=text), published="2026-11-27")
    airport = [e for e in b.facts.events if "Airport" in e.place]
    assert airport and airport[0].date == "2026-11-26" and airport[0].wounded == 2


def test_a_few_days_ago_gives_the_month_not_a_day():
    from datetime import date

    from briefdeck.extract.dates import find_dates

    found = [(d.iso, d.precision) for d in find_dates(
        "Militants fired on the post a few days ago.", date(2026, 11, 20))]
    assert found == [("2026-11", "month")]
    found = [(d.iso, d.precision) for d in find_dates(
        "Militants fired on the post two days ago.", date(2026, 11, 20))]
    assert found == [("2026-11-18", "day")]
