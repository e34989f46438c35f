"""Toll shapes and event words of newer reporting: the dead told with "died", a group listed
with its unit before the joint, "other" as more of the toll, a risen count with one more
added, tallies in the perfect tense, "came under attack", handovers received by a command,
a unit reaching its base.

Every text here is written for the test, not taken from an article.
"""

from __future__ import annotations

from briefdeck.extract.casualties import find_casualties

from .drafting import day_tolls, drafted_events

PUBLISHED = "2025-06-14"  # a Saturday


def _counts(text: str) -> list[tuple[str, int | None]]:
    return sorted((c.kind, c.count) for c in find_casualties(text, 0, len(text)))


def _tolls(text: str) -> list[tuple[str | None, int, int]]:
    return sorted(day_tolls(drafted_events(f"Test report\n\n{text}", PUBLISHED)))


def _kinds(text: str) -> list[tuple[str | None, str]]:
    return sorted((e.date, e.kind) for e in drafted_events(f"Test report\n\n{text}", PUBLISHED))


# --- casualties ------------------------------------------------------------------------------

def test_people_who_died_are_counted_dead() -> None:
    assert _counts("Hospital staff said six villagers had died and 14 others were hurt.") == [
        ("killed", 6), ("wounded", 14)]
    assert _counts("Four fishermen died when the shell hit their boat.") == [("killed", 4)]


def test_wounded_who_later_died_are_not_counted_twice() -> None:
    found = find_casualties(text := "Two of the injured guards later died.", 0, len(text))
    assert [(c.kind, c.count, c.from_wounded) for c in found] == [("killed", 2, True)]


def test_died_since_a_month_is_a_running_tally() -> None:
    assert _counts("Over 300 civilians have died since March in the siege.") == []


def test_a_group_named_with_its_unit_shares_the_verb_of_the_list() -> None:
    text = ("Three sailors from the 5th Fleet and a civilian contractor were killed when "
            "the mine went off, the navy said.")
    assert _counts(text) == [("killed", 1), ("killed", 3)]


def test_a_member_of_a_named_force_with_an_aside_is_counted() -> None:
    text = ("One member of the Popular Mobilisation Forces, which man the checkpoint, was "
            "killed in the blast.")
    assert _counts(text) == [("killed", 1)]


def test_other_fighters_add_to_the_toll() -> None:
    found = find_casualties(text := "Three other militiamen were hurt, he added.", 0, len(text))
    assert [(c.count, c.added) for c in found] == [(3, True)]


def test_a_risen_count_of_a_named_group_with_one_more_added() -> None:
    text = ("By evening the number of sailors hurt had risen to six, along with a harbour "
            "pilot, officials said.")
    found = find_casualties(text, 0, len(text))
    assert [(c.kind, c.count, c.total) for c in found] == [("wounded", 6, True),
                                                           ("wounded", 1, False)]


def test_a_drone_attack_that_left_troops_with_injuries() -> None:
    text = "A drone strike on the depot left 11 soldiers with light injuries."
    assert _counts(text) == [("wounded", 11)]


def test_a_perfect_tense_hurt_count_after_attacks_since_a_date_is_a_tally() -> None:
    text = ("Bases in the region have been hit 40 times since March 3, and 31 troops have been "
            "hurt, the ministry said. On Friday a rocket hit the airfield at Kirkuk, wounding "
            "two guards.")
    assert _tolls(text) == [("2025-06-13", 0, 2)]


# --- how a toll told earlier is kept ----------------------------------------------------------

def test_a_toll_put_earlier_then_raised_by_more_dead_sums_them() -> None:
    text = ("Jets struck a depot near Mayadin on Friday, killing 14 fighters, a monitor said.\n\n"
            "The monitor had earlier put the toll at ten dead, before saying four more fighters "
            "had died of their wounds.")
    assert _tolls(text) == [("2025-06-13", 14, 0)]


# --- event words ------------------------------------------------------------------------------

def test_troops_that_came_under_attack_tell_an_attack() -> None:
    text = "Marines came under attack from mortars at an outpost near Tal Afar on Thursday."
    assert ("2025-06-12", "attack") in _kinds(text)


def test_wounds_sustained_when_a_unit_came_under_attack_are_the_cause_not_an_event() -> None:
    text = ("Sgt. Ray Collins, 31, died on Tuesday of wounds sustained when his unit came "
            "under attack by a roadside bomb, the army said.")
    assert ("2025-06-10", "attack") not in _kinds(text)


def test_a_site_received_by_a_command_is_a_handover() -> None:
    text = ("The sites handed over so far:\n\n1. Camp Falcon in Baghdad, received by the Rusafa "
            "Operations Command on Tuesday, 10/6/2025.")
    assert ("2025-06-10", "handover") in _kinds(text)


def test_taking_over_a_named_air_defence_mission_is_a_handover() -> None:
    text = ("Gunners of the 7th Regiment took over the Sky Sabre air defence mission at Camp "
            "Buehring on Thursday.")
    assert ("2025-06-12", "handover") in _kinds(text)


def test_a_battery_that_reached_an_air_base_is_a_deployment() -> None:
    text = "A Patriot battery from Qatar reached Ain al-Asad Air Base on Wednesday, officials said."
    assert ("2025-06-11", "deployment") in _kinds(text)


# --- counts revised by reference, and more told with "also" ------------------------------------

def test_raising_that_number_revises_the_count_just_told() -> None:
    text = ("The army first said three conscripts had been wounded. On Monday it raised that "
            "number to seven.")
    at = text.index("On Monday")
    found = find_casualties(text, at, len(text))
    assert [(c.kind, c.count, c.total) for c in found] == [("wounded", 7, True)]


def test_raising_that_number_with_no_toll_before_is_no_toll() -> None:
    text = "About 900 marines are ashore. The ministry raised that number to 1,200 in May."
    at = text.index("The ministry")
    assert find_casualties(text, at, len(text)) == []


def test_a_count_also_hurt_is_more_of_the_toll() -> None:
    text = "A border guard had also been injured, the ministry said."
    found = find_casualties(text, 0, len(text))
    assert [(c.kind, c.count, c.added) for c in found] == [("wounded", 1, True)]


def test_a_raised_count_then_one_more_hurt_adds_after_the_total() -> None:
    text = ("A drone hit an outpost near Sinjar on Thursday, wounding two soldiers.\n\n"
            "The army later said three soldiers had been wounded.\n\n"
            "On Friday the army raised that number to four, and said an interpreter had also "
            "been hurt.")
    assert _tolls(text) == [("2025-06-12", 0, 5)]


def test_more_dead_told_at_a_place_join_the_toll_told_there() -> None:
    text = ("Gunmen attacked a police post in Kidal on Sunday, killing 12 officers, security "
            "sources said.\n\n"
            "The toll rose on Wednesday. A local official in Kidal said four traders had also "
            "been killed when the attackers burned the market.")
    assert _tolls(text) == [("2025-06-08", 16, 0)]
