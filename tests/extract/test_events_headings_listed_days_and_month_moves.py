"""A deployment told with a month is a dated move; two days joined by "and" are two days; a
heading's day dates the strike told under it by clock times; the people named after a count
are those counted; a weekend's several tellings of one Sunday are one happening."""

from datetime import date

from briefdeck.extract import draft_briefing
from briefdeck.extract.dates import find_dates
from briefdeck.ingest.article import Article


def _events(text: str, published: str = "2026-11-24"):
    return draft_briefing(Article(text=text, path="t.txt", format="txt"),
                          published=published).facts.events


def test_a_unit_deployed_in_a_month_is_a_dated_deployment():
    events = _events("Officials met on Monday. The Pentagon deployed a second Patriot battery "
                     "to Qatar in October.")
    assert [(e.date, e.kind, e.place) for e in events] == [("2026-10", "deployment", "Qatar")]


def test_a_base_that_got_a_battery_last_month_had_it_deployed_then():
    events = _events("Rockets hit Camp Delta on Sunday. An official said the camp got a Patriot "
                     "battery last month, but it could not stop them.")
    assert ("2026-10", "deployment") in [(e.date, e.kind) for e in events]


def test_radars_and_interceptors_moved_to_a_country_are_a_deployment():
    events = _events("Officials met on Monday. Earlier this month, the Army moved a battery of "
                     "counter-drone interceptors and extra radars to Oman.")
    assert [(e.date, e.kind) for e in events] == [("2026-11", "deployment")]


def test_two_days_joined_by_and_are_two_days_not_a_span():
    found = find_dates("The post was shelled on 4 and 19 October.", date(2026, 12, 1))
    assert [(d.iso, d.opens_period) for d in found] == [("2026-10-04", False),
                                                        ("2026-10-19", False)]
    span = find_dates("between 4 and 19 October", date(2026, 12, 1))
    assert [d.opens_period for d in span] == [True]


def test_a_month_told_again_by_its_days_gives_one_attack_per_day():
    events = _events("Officials met on Monday. The outpost had been shelled twice in September, "
                     "on 4 and 19 September, without casualties.")
    assert [e.date for e in events] == ["2026-09-04", "2026-09-19"]


def test_a_titled_strike_told_by_clock_times_takes_the_titles_day():
    text = ("Inquiry - Drone Strike on Camp Redwood, 9 October 2026\n\n"
            "1. The garrison alarm sounded at 0301.\n\n"
            "2. Timeline. 0304 - The drone strikes the roof of the dining hall.\n\n"
            "3. Finding: casualties. The strike wounded five soldiers.")
    assert [(e.date, e.wounded) for e in _events(text, "2026-11-20")] == [("2026-10-09", 5)]


def test_a_note_section_heading_dates_its_terse_lines():
    text = ("# Weekly note\n\n## Depot attack – Wed 18 Nov\n\n"
            "Two drones, ~22:40. One downed. The second drone hit the fuel point, wounding three "
            "guards.\n\n## To do\n\ncall K.")
    assert ("2026-11-18", 3) in [(e.date, e.wounded) for e in _events(text)]


def test_a_heading_dated_for_something_else_dates_no_strike():
    text = ("## 12 Nov – meeting notes\n\nToll moved all morning: 0, then 2 wounded after a "
            "drone hit the depot.")
    assert [e for e in _events(text) if e.date == "2026-11-12" and e.kind == "attack"] == []


def test_short_weekday_names_in_a_note_are_days():
    found = find_dates("depot hit Tue night, we struck back early Thu.", date(2026, 12, 4))
    assert [d.iso for d in found] == ["2026-12-01", "2026-12-03"]
    assert find_dates("The Sun reported it. Sat on a bench.", date(2026, 12, 4)) == []


def test_the_people_named_after_a_count_are_those_counted():
    events = _events("Officials met on Sunday. A rocket fell short in a market on Monday, "
                     "wounding two civilians, a man and his son.", "2026-11-25")
    assert [(e.date, e.wounded) for e in events] == [("2026-11-23", 2)]


def test_one_of_three_wounded_counts_the_three():
    events = _events("Two drones hit Camp Hawk on Nov. 14. Sgt. Ray Lind was one of three "
                     "U.S. soldiers wounded when the second drone hit near the barracks.",
                     "2026-11-21")
    assert [(e.date, e.wounded) for e in events] == [("2026-11-14", 3)]


def test_our_jets_and_drones_striking_are_a_strike():
    events = _events("Officials met. Early on Friday, U.S. F-15E jets and MQ-9 Reaper drones "
                     "struck four sites near Al-Qaim.", "2026-12-03")
    assert [e.kind for e in events] == ["strike"]


def test_a_memos_count_in_words_and_figures_is_a_toll():
    events = _events("a. 2 September 2026. A drone struck Camp Lima at 2140L. Final count is "
                     "three (3) WIA.", "2026-09-14")
    assert [(e.date, e.wounded) for e in events] == [("2026-09-02", 3)]
