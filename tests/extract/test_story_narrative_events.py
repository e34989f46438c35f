"""Happenings told in a story's running prose: a strike the news answers ("in response to a
strike on Friday ..., which killed four"), a response with no day of its own, a first word on
the toll paragraphs after the attack, a contract award named in passing, and an attack told
only as the cause of the wounds of patients received on a later day.

Every text here is written for the test, not taken from an article.
"""

from __future__ import annotations

from .drafting import day_tolls, drafted_events


def test_the_strike_answered_keeps_its_own_day_and_toll() -> None:
    text = ("Border town shelters again\n\n"
            "Militants fired rockets at Metula on Saturday evening in response to a strike on "
            "Friday on the city of Tyre, which the ministry said killed four people and "
            "wounded six. No one was hurt in Metula.\n")
    events = drafted_events(text, "2027-03-13")
    assert ("2027-03-12", 4, 6) in day_tolls(events)
    assert not any(e.date == "2027-03-13" and e.killed for e in events)


def test_a_response_with_no_day_of_its_own_is_not_dated_by_the_attack() -> None:
    text = ("Looking back\n\n"
            "In March 2025 a rocket hit a depot at Erbil, killing two guards. The coalition "
            "answered with strikes in Syria. Nobody expected the quiet that followed.\n")
    events = drafted_events(text, "2027-03-13")
    assert not any(e.kind == "strike" and e.date == "2025-03" for e in events)


def test_a_first_word_on_the_toll_is_the_attack_s_first_count() -> None:
    text = ("Camp drone attack\n\n"
            "Drones struck Camp Arifjan late Friday night.\n\n"
            "One soldier was flown to Germany. Another was treated at the camp clinic and "
            "went back to work. Their families have been told.\n\n"
            "The first word from the command on Saturday was that two soldiers and one "
            'civilian contractor had "minor injuries." On Sunday the command raised the count '
            "to two soldiers and four contractor employees, six people in all.\n")
    events = drafted_events(text, "2027-03-15")
    assert [(d, w) for d, _, w in day_tolls(events) if w] == [("2027-03-12", 6)]


def test_a_contract_award_named_with_its_amount_and_day_is_that_day_s_news() -> None:
    text = ("Defense stocks note\n\n"
            "We keep our rating. The Navy's $90 million award on March 3 for radar spares is "
            "not yet in the forecasts.\n")
    events = drafted_events(text, "2027-03-10")
    assert [(e.kind, e.date) for e in events] == [("announcement", "2027-03-03")]


def test_patients_received_on_a_later_day_do_not_date_the_attack() -> None:
    text = ("Hospital update\n\n"
            "The hospital received five soldiers late Wednesday who were wounded in a drone "
            "attack on Camp Buehring, officials said.\n\n"
            "The attack came late Monday, when two drones struck the camp.\n")
    events = drafted_events(text, "2027-03-12")
    assert not any(e.date == "2027-03-10" for e in events if e.kind in ("attack", "strike"))
    assert any(e.date == "2027-03-08" for e in events)


def test_a_rule_for_whenever_a_camp_comes_under_fire_tells_no_attack() -> None:
    text = ("Union news\n\n"
            "On Monday the union filed a grievance. The contract requires a bonus whenever a "
            "worksite comes under hostile fire, the steward said.\n")
    events = drafted_events(text, "2027-03-10")
    assert not any(e.kind in ("attack", "strike") for e in events)
