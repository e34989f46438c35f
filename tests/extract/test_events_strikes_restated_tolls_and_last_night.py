"""A state's strike told as a noun, our interceptions, a toll restated the next day, and
"overnight" beside "last night" in one report."""

from __future__ import annotations

from .drafting import drafted_events


def _kinds(text: str, published: str = "2026-03-12") -> list[tuple[str, str]]:
    return [(e.kind, e.place) for e in drafted_events(text, published)]


def test_a_strike_told_as_a_noun_is_a_strike():
    kinds = _kinds("Strikes\n\nA second strike early on Wednesday hit a depot near Rutba, "
                   "killing two men, a local official said.\n")
    assert [k for k, _ in kinds] == ["strike"]


def test_a_militias_drone_strike_and_its_claimed_strike_stay_attacks():
    kinds = _kinds("Attack\n\nA drone strike hit a base near Rutba on Wednesday. The group "
                   "claimed a strike on a second base near Rutba on Wednesday, too.\n")
    assert kinds and all(k == "attack" for k, _ in kinds)


def test_shooting_down_a_drone_aimed_at_us_is_no_strike():
    kinds = _kinds("Defence\n\nUS forces shot down a drone approaching a base near Rutba on "
                   "Wednesday.\n")
    assert [k for k, _ in kinds] == ["attack"]


def test_an_attack_our_troops_were_hurt_in_is_no_strike():
    kinds = _kinds("Attack\n\nThree Americans were reported hurt in the strike on a base near "
                   "Rutba on Wednesday.\n")
    assert [k for k, _ in kinds] == ["attack"]


def test_a_toll_raised_the_next_day_revises_the_attack_not_a_second_one():
    events = drafted_events(
        "Live updates\n\nToll rises at Rutba\nBy Desk Staff\nMar 11, 2026, 2:00 pm\n\n"
        "The army has raised the number of soldiers wounded in the drone attack on the base at "
        "Rutba to five, from the three reported overnight.\n\n"
        "Drone hits Rutba base\nBy Desk Staff\nMar 10, 2026, 11:40 pm\n\n"
        "A drone hit the base at Rutba late on Tuesday, wounding three soldiers.\n",
        "2026-03-11")
    assert [(e.date, e.wounded) for e in events if e.place.startswith("Rutba")] == [
        ("2026-03-10", 5)]


def test_overnight_beside_last_night_is_that_night_and_its_toll_told_back_joins_it():
    events = drafted_events(
        "Remarks\n\nThe minister opened with the overnight strikes in Anbar.\n\n10:05 a.m. -- "
        "The minister on the strikes: \"Last night we hit them very hard.\"\n\nThe group said "
        "this morning that three of its members were killed in the strikes.\n", "2026-03-11")
    assert [(e.kind, e.date, e.killed) for e in events] == [("strike", "2026-03-10", 3)]


def test_a_strike_that_wounds_our_troops_is_an_attack_on_them():
    kinds = _kinds("A strike hit Erbil air base on Tuesday, wounding three U.S. service "
                   "members, the Pentagon said.")
    assert [k for k, _ in kinds] == ["attack"]


def test_a_new_attack_whose_running_total_rose_is_not_the_first_one_restated():
    events = drafted_events(
        "A rocket attack on Ain al-Asad air base wounded two U.S. soldiers on Monday, officials "
        "said.\n\nOn Wednesday a drone attack on Ain al-Asad air base wounded three more troops, "
        "and the toll rose to five wounded, officials said.", "2026-03-12")
    assert len([e for e in events if e.kind == "attack"]) == 2
