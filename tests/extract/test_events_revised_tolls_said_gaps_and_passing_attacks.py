"""A revised toll ("raises that to six killed and 11 wounded", "five killed, not three")
replaces the first count of the same strike; "the ministry said Friday, two days after a
drone hit X" dates the hit from the day of saying; an attack a strike "followed" is drafted on
its own day; a battery "in place since October 2026" is a deployment that month."""

from __future__ import annotations

from .drafting import day_tolls, drafted_events


def test_a_raised_count_replaces_the_first_statements_toll():
    text = (
        "Strike on a village\n\n"
        "On Tuesday a strike destroyed a house in Kfar Dunin. The ministry's first statement "
        "said three people were killed and eight wounded. Its second statement raises that to "
        "five killed, one of them a child, and 12 wounded.\n"
    )
    events = [e for e in drafted_events(text, "2026-06-04") if e.kind in ("attack", "strike")]
    assert day_tolls(events) == [("2026-06-02", 5, 12)]


def test_a_count_set_against_the_first_one_replaces_it():
    text = (
        "Strike on a village\n\n"
        "On Tuesday a strike destroyed a house in Kfar Dunin. Three people were killed, the "
        "ministry said. Five people were killed, not three, the army said later.\n"
    )
    events = [e for e in drafted_events(text, "2026-06-04") if e.kind in ("attack", "strike")]
    assert day_tolls(events) == [("2026-06-02", 5, 0)]


def test_the_hit_after_a_said_days_gap_is_dated_from_that_day():
    text = (
        "More launchers for the Gulf\n\n"
        "MANAMA (Wire) -- Italy is sending an air-defense battery to Bahrain, the foreign ministry "
        "said Thursday, three days after a drone hit a fuel depot at Isa Air Base.\n"
    )
    events = drafted_events(text, "2026-05-09")
    kinds = {(e.date, e.kind) for e in events}
    assert ("2026-05-07", "announcement") in kinds
    assert ("2026-05-04", "attack") in kinds
    assert not any(e.kind == "deployment" and e.date == "2026-05-04" for e in events)


def test_an_attack_the_strikes_followed_is_drafted_on_its_own_day():
    text = (
        "Jets hit the border area\n\n"
        "On Saturday jets struck a depot near Kafr Sir, killing two men.\n\n"
        "An army officer says the strikes followed a drone launched on Friday that was shot "
        "down over Kiryat Shmona.\n"
    )
    events = drafted_events(text, "2026-04-12")
    assert ("2026-04-10", "attack") in {(e.date, e.kind) for e in events}
    assert any("Kiryat Shmona" in e.place for e in events if e.date == "2026-04-10")


def test_an_undated_happening_the_strikes_followed_is_no_event():
    text = (
        "Jets hit the border area\n\n"
        "On Saturday jets struck a depot near Kafr Sir, killing two men. The strikes followed "
        "a drone that was shot down over Kiryat Shmona.\n"
    )
    events = drafted_events(text, "2026-04-12")
    assert [(e.date, e.kind) for e in events] == [("2026-04-11", "strike")]


def test_a_battery_in_place_since_a_month_arrived_that_month():
    text = (
        "Air defense at a glance\n\n"
        "SYSTEMS\n\n"
        "Patriot: one battery from the 5th Air Defense Artillery Regiment, in place since "
        "August 2026.\n"
    )
    events = drafted_events(text, "2026-10-01")
    assert [(e.date, e.kind) for e in events] == [("2026-08", "deployment")]


def test_a_count_since_a_month_is_no_deployment():
    text = (
        "Attacks in the north\n\n"
        "Drones have struck the base 14 times since August 2026, officials said.\n"
    )
    events = drafted_events(text, "2026-10-01")
    assert not any(e.kind == "deployment" for e in events)
