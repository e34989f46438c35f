"""Happenings dated by the way they are told: a strike told as the news of a statement's day,
an earlier attack recalled by how long before it came, one weapon of a salvo told by its
order, and a day told by its ordinal ("the tenth of April").

Every text here is written for the test, not taken from an article.
"""

from __future__ import annotations

from datetime import date

from briefdeck.extract.dates import find_dates

from .drafting import day_tolls, drafted_events


def test_a_strike_told_as_a_statements_news_takes_the_statements_day() -> None:
    text = (
        "Weekly overview\n\n"
        "On 3 March, four rockets landed near the Tanf garrison without causing casualties. "
        "The command said on 5 March that its aircraft had struck a depot near Mayadin used "
        "by the launch team."
    )
    events = drafted_events(text, "2025-03-09")
    assert [e.date for e in events if e.place == "Mayadin"] == ["2025-03-05"]


def test_an_attack_recalled_as_coming_days_before_is_drafted_on_its_own_day() -> None:
    text = (
        "Incident review\n\n"
        "A warplane bombed a warehouse near Tel Sabra on June 14, 2025, killing two guards.\n\n"
        "The raid came four days after a rocket attack on Camp Harrow that wounded five "
        "soldiers."
    )
    tolls = day_tolls(drafted_events(text, "2025-06-20"))
    assert ("2025-06-14", 2, 0) in tolls
    assert ("2025-06-10", 0, 5) in tolls


def test_the_nth_weapon_of_a_salvo_is_part_of_the_attack_not_one_of_its_own() -> None:
    text = (
        "Statement\n\n"
        "On Friday night, three drones were launched at the Vardan air base. Two were shot "
        "down.\n\n"
        "The third drone was found the next morning in a field near Kelbar."
    )
    events = drafted_events(text, "2025-08-02")
    assert [e.date for e in events] == ["2025-08-01"]


def test_a_day_told_by_its_ordinal_is_a_day() -> None:
    found = [(d.iso, d.precision) for d in find_dates(
        "A shell fell on the twelfth of last March and another on the 3rd of May.",
        date(2025, 6, 1))]
    assert found == [("2025-03-12", "day"), ("2025-05-03", "day")]


def test_an_ordinal_not_followed_by_a_month_is_no_date() -> None:
    assert find_dates("The second of the drones was downed.", date(2025, 6, 1)) == []


def test_a_statement_issued_on_a_named_day_is_that_days_announcement() -> None:
    text = (
        "Investigation\n\n"
        "Rockets struck an airfield near Hasakah on Thursday. On Saturday the interior ministry "
        "issued a new statement placing the launch site near Tal Afar."
    )
    events = drafted_events(text, "2025-09-08")
    assert ("2025-09-06", "announcement") in [(e.date, e.kind) for e in events]


def test_a_roadside_bomb_that_damaged_a_vehicle_is_an_attack_of_its_day() -> None:
    text = ("Security roundup\n\n"
            "A roadside bomb damaged a supply truck near Tikrit on 4 May, with no casualties.")
    events = drafted_events(text, "2025-05-09")
    assert [(e.date, e.kind) for e in events] == [("2025-05-04", "attack")]


def test_a_day_with_its_year_said_in_words_takes_that_year() -> None:
    # "will" would otherwise push a bare "31 December" into the coming year
    found = [(d.text, d.iso) for d in find_dates(
        "As colleagues will remember, the office shut on 31 December of last year.",
        date(2026, 1, 20))]
    assert found == [("on 31 December of last year", "2025-12-31")]


def test_a_mission_mandate_that_expired_on_a_day_is_a_happening_of_that_day() -> None:
    text = ("Briefing notes\n\n"
            "The observer mission's mandate expired on 30 June, and its last staff have left.")
    events = drafted_events(text, "2025-07-15")
    assert [e.date for e in events] == ["2025-06-30"]
