"""Threats that are not attacks, wire datelines with no town, claims dated by their statement,
a pronoun that dates the happening just told, hurt people carried to a named hospital, sitrep
counts by "x", places of what may come, and a month's placed happening beside a placeless day.
Every sentence is our own.
"""

from __future__ import annotations

from briefdeck.extract.casualties import find_casualties

from .drafting import day_tolls, drafted_events

PUBLISHED = "2026-07-09"  # a Thursday


def _tolls(sentence: str) -> list[tuple[str, int | None]]:
    return [(c.kind, c.count) for c in find_casualties(sentence, 0, len(sentence))]


def test_threatened_attacks_are_no_happening():
    events = drafted_events(
        "Embassy warns staff\n\n"
        "On Tuesday night, a rocket struck the Camp Taji perimeter, wounding a guard. "
        "Armed groups have threatened further attacks on convoys serving the coalition.",
        PUBLISHED)
    assert day_tolls(events) == [("2026-07-07", 0, 1)]


def test_a_wire_date_with_no_town_dates_no_happening():
    events = drafted_events(
        "Bases under scrutiny\n\n"
        "July 9 (Reuters) - A rocket attack that wounded two contractors at a base in "
        "western Iraq on Monday has raised questions about force protection.\n\n"
        "Here are details of recent attacks on American troops in the region.",
        PUBLISHED)
    assert [e.date for e in events] == ["2026-07-06"]


def test_a_placed_claim_takes_the_day_of_its_statement():
    events = drafted_events(
        "Militia claims raid\n\n"
        "In a statement posted on Wednesday evening, the faction said its fighters had "
        "targeted the Harir base with three drones.",
        PUBLISHED)
    assert [(e.date, e.kind) for e in events if e.place] == [("2026-07-08", "attack")]


def test_it_hit_on_a_day_dates_the_happening_just_told():
    events = drafted_events(
        "Drone hits Jordan base\n\n"
        "HOST: What happened?\n\n"
        "REPORTER: A drone struck Muwaffaq Salti Air Base. That is near Azraq, and it hit "
        "shortly before midnight on Tuesday. Four soldiers were hurt.",
        PUBLISHED)
    assert [e.place for e in events if e.date == "2026-07-07"] == ["Muwaffaq Salti Air Base"]
    assert all(e.place for e in events)


def test_a_hurt_guard_taken_to_a_named_hospital_joins_the_attack():
    events = drafted_events(
        "Rockets hit airport\n\n"
        "On Tuesday night, a rocket landed inside Camp Taji, damaging a truck. A second fell "
        "in an empty field. Nobody answered the calls. Sirens sounded for an hour.\n\n"
        "- A soldier was also wounded at the gate and taken to Yarmouk hospital.",
        PUBLISHED)
    assert all(e.place != "Yarmouk" for e in events)
    assert ("2026-07-07", 0, 1) in day_tolls(events)


def test_a_sitrep_count_by_x_is_a_toll():
    assert _tolls("- 3 x contractors (Filipino) - light shrapnel wounds to the arms.") == [
        ("wounded", 3)]
    assert _tolls("The team carried 2 x water cans - full.") == []


def test_places_of_what_may_come_are_not_the_happenings_places():
    events = drafted_events(
        "Weekly summary\n\n"
        "On Monday, a drone strike near al-Qaim killed two fighters: the faction has vowed "
        "revenge, and we expect claims against Erbil and Harir over the next days.",
        PUBLISHED)
    assert [e.place for e in events] == ["al-Qaim"]


def test_a_placeless_day_happening_does_not_hide_a_placed_one_of_its_month():
    events = drafted_events(
        "Drone attacks continue\n\n"
        "On Tuesday, the group said it had launched two drones. Last week, a drone was shot "
        "down near the al-Tanf garrison, and nobody was hurt.",
        PUBLISHED)
    assert any(e.place == "al-Tanf garrison" for e in events)


def test_an_announcement_takes_the_date_told_with_its_verb():
    events = drafted_events(
        "Mission ends\n\n"
        "Under the plan the two governments announced in March 2024, the mission ended in "
        "March.", PUBLISHED)
    assert [e.date for e in events if e.kind == "announcement"] == ["2024-03"]


def test_a_count_that_is_now_a_number_is_a_new_total():
    tolls = [(c.kind, c.count, c.is_total) for c in find_casualties(
        "Correction: the number of our drivers injured is now FOUR, not three.", 0, 70)]
    assert tolls == [("wounded", 4, True)]


def test_a_new_total_told_before_the_happening_goes_to_it():
    events = drafted_events(
        "FW: incident report\n\n"
        "All, one update: the number of our staff injured is now three.\n\n"
        "-----Original Message-----\n\n"
        "On Tuesday night a rocket hit the Camp Taji motor pool. Two workers were wounded.",
        PUBLISHED)
    assert day_tolls(events) == [("2026-07-07", 0, 3)]


def test_the_end_of_a_mission_is_a_happening_of_its_month():
    events = drafted_events(
        "Alliance winds down\n\n"
        "The alliance's training mission in Somalia officially ended in May, officials said.",
        PUBLISHED)
    assert [(e.date, e.kind) for e in events] == [("2026-05", "other")]


def test_a_correction_naming_the_old_count_replaces_that_row_only():
    events = drafted_events(
        "FW: incident report\n\n"
        "All, a correction: the number of our staff injured is now four, not two.\n\n"
        "-----Original Message-----\n\n"
        "On Tuesday night a rocket hit the Camp Taji motor pool. Two workers were wounded. "
        "One soldier was also wounded at the gate.",
        PUBLISHED)
    assert day_tolls(events) == [("2026-07-07", 0, 5)]


def test_an_event_at_a_site_named_by_initials_takes_its_full_name():
    events = drafted_events(
        "Rockets hit complex\n\n"
        "Contractors at Victory Base Complex (VBC) sheltered overnight.\n\n"
        "On Tuesday night, a rocket fell inside VBC, wounding two guards.",
        PUBLISHED)
    assert [e.place for e in events] == ["Victory Base Complex"]
