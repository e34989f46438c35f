"""Happenings a timeline reader expects that the event reader used to pass over: an earlier
attack recalled with its own year and toll, a weapon that crashed near a place, a ship's
report of a near miss, rockets fired "towards" a base, a rocket "landing" near a zone, units
that "left" a base, a detachment "deployed in" a month, a handover completed or told with its
day, and a month in capitals with its year ("OCT 2026").

Every text here is written for the test, not taken from an article.
"""

from __future__ import annotations

from datetime import date

from briefdeck.extract.dates import find_dates

from .drafting import day_tolls, drafted_events


def test_an_earlier_attack_recalled_with_its_year_and_toll_is_drafted_on_its_month() -> None:
    text = (
        "Outpost report\n\n"
        "A drone hit a depot at Camp Ardent on Monday, wounding two guards. It was the worst "
        "attack on the camp since the rocket strike on Camp Ardent in March 2023, which killed "
        "four contractors and wounded 12."
    )
    tolls = day_tolls(drafted_events(text, "2026-05-06"))
    assert ("2023-03", 4, 12) in tolls
    assert ("2026-05-04", 0, 2) in tolls


def test_an_attack_recalled_with_its_toll_in_an_in_which_clause_is_drafted() -> None:
    text = (
        "Analysis\n\n"
        "The militias have kept their salvos small since the retaliation that followed the "
        "June 2024 attack on Camp Ardent, in which two U.S. soldiers were killed."
    )
    assert ("2024-06", 2, 0) in day_tolls(drafted_events(text, "2026-05-06"))


def test_an_attack_recalled_without_a_year_or_a_toll_stays_background() -> None:
    text = (
        "Analysis\n\n"
        "Talks have stalled since the attack on Camp Ardent in March, the ministry said on "
        "Tuesday."
    )
    assert not [t for t in day_tolls(drafted_events(text, "2026-05-06")) if t[0] == "2026-03"]


def test_a_drone_that_crashed_near_a_town_is_an_attack_of_its_day() -> None:
    text = (
        "Weekly round-up\n\n"
        "On April 9, a drone of unknown origin crashed near a police post outside Ruwaished, "
        "hurting no one."
    )
    events = drafted_events(text, "2026-04-15")
    assert [(e.date, e.kind) for e in events] == [("2026-04-09", "attack")]


def test_a_ships_report_of_an_explosion_off_its_beam_is_an_attack() -> None:
    text = (
        "Shipping update\n\n"
        "A Liberia-flagged tanker reported an explosion about two miles off its starboard beam "
        "west of Hodeidah early on Tuesday. The crew were unhurt."
    )
    events = drafted_events(text, "2026-04-15")
    assert ("2026-04-14", "attack") in [(e.date, e.kind) for e in events]


def test_rockets_fired_towards_a_base_and_a_rocket_landing_near_a_zone_are_attacks() -> None:
    text = (
        "Baghdad\n\n"
        "Two rockets fired late Thursday towards Camp Ardent fell in a field. Separately, "
        "residents reported a rocket landing near the Green Zone on Saturday."
    )
    dates = {e.date for e in drafted_events(text, "2026-04-13") if e.kind == "attack"}
    assert {"2026-04-09", "2026-04-11"} <= dates


def test_units_that_left_a_base_in_a_month_withdrew() -> None:
    text = "Drawdown\n\nThe last US units left Camp Ardent in August, local officials said."
    events = drafted_events(text, "2026-10-02")
    assert ("2026-08", "withdrawal") in [(e.date, e.kind) for e in events]


def test_a_detachment_deployed_in_a_month_is_a_deployment() -> None:
    text = (
        "Written answer\n\n"
        "About 200 personnel are in Qatar, including a radar detachment deployed in March 2026 "
        "to protect allied aircraft."
    )
    events = drafted_events(text, "2026-06-10")
    assert ("2026-03", "deployment") in [(e.date, e.kind) for e in events]


def test_a_handover_completed_in_a_capitalised_month_is_dated() -> None:
    text = (
        "Transition notes\n\n"
        "- Camp Ardent handover to Peshmerga completed in OCT 2026\n"
        "- Interceptor stocks remain the key concern\n"
    )
    events = drafted_events(text, "2026-11-13")
    assert ("2026-10", "handover") in [(e.date, e.kind) for e in events]


def test_a_handover_told_with_its_day_before_the_site_is_dated() -> None:
    text = (
        "Press conference\n\n"
        "This follows the handover on 12 January of the advisory site at Camp Ardent."
    )
    events = drafted_events(text, "2027-01-20")
    assert ("2027-01-12", "handover") in [(e.date, e.kind) for e in events]


def test_a_month_in_capitals_needs_its_year_to_be_a_date() -> None:
    assert [(d.iso, d.precision) for d in find_dates("done in OCT 2026", date(2026, 11, 1))] \
        == [("2026-10", "month")]
    assert [d.iso for d in find_dates("MAY we ask", date(2026, 11, 1))] == []
