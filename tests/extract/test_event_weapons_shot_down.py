"""Event weapons: an aircraft a strike's target says it shot down beside the strike is the
target of that shoot-down, not a weapon the strike was carried out with; drones shot down in an
attack stay that attack's weapons.

Every text here is written for the test, not taken from an article.
"""

from __future__ import annotations

from .drafting import drafted_events

PUBLISHED = "2026-10-20"


def test_a_drone_the_target_says_it_shot_down_is_not_the_strikes_weapon() -> None:
    text = ("Raids\n\nThe toll from Navy strikes on the port of Saleef rose to five on Monday, "
            "as the group said it had shot down a U.S. MQ-9 Reaper drone hours later.")
    struck = [e for e in drafted_events(text, PUBLISHED) if e.kind == "strike"]
    assert struck and all("MQ-9 Reaper" not in e.weapons for e in struck)


def test_missiles_shot_down_as_they_were_launched_stay_the_weapons() -> None:
    text = ("Raids\n\nThe toll from Navy strikes on the port of Saleef rose to five on Monday, "
            "and a destroyer shot down two cruise missiles launched at it hours later.")
    struck = [e for e in drafted_events(text, PUBLISHED) if e.kind == "strike"]
    assert any("cruise missiles" in e.weapons for e in struck)


def test_drones_shot_down_in_an_attack_stay_its_weapons() -> None:
    text = ("Attack\n\nThree drones attacked the Tal Baydar outpost on Monday; guards shot down "
            "two drones and the third hit a fuel tank.")
    events = drafted_events(text, PUBLISHED)
    assert any(any("drone" in w for w in e.weapons) for e in events)
