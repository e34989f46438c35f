"""What the BLUF and key points call an act, and a site named twice said once."""

from __future__ import annotations

from briefdeck.extract.narrative_acts import act_noun, sites
from briefdeck.extract.narrative_phrases import _incident, _timeline
from briefdeck.model.facts import Casualties, Event, Place


def _event(**kw) -> Event:
    return Event(id="e-1", date="2026-10-04", **kw)


def test_a_site_under_two_names_is_said_once_by_its_fuller_name():
    event = _event(kind="attack", place="Mosul International Airport, Mosul airport",
                   weapons=["drones"], wounded=2)
    assert sites(event) == ["Mosul International Airport"]
    assert _timeline(event, []) == \
        "4 Oct 2026: attack on Mosul International Airport (drones); 2 wounded."


def test_a_town_beside_its_base_is_said_once():
    event = _event(kind="attack", place="Balad, Balad Air Base, Samarra", killed=1)
    assert sites(event) == ["Balad Air Base", "Samarra"]


def test_drones_fired_at_a_base_are_an_attack_not_a_strike():
    event = _event(kind="strike", place="Balad air base", weapons=["drones"], wounded=1)
    assert act_noun(event) == "attack"
    assert _incident(event, []).startswith("Attack on Balad air base")


def test_a_strike_that_wounded_own_forces_is_an_attack_on_them():
    event = _event(kind="strike", place="Tower 9", wounded=3,
                   casualties=[Casualties(party="U.S.", wounded=3)])
    assert act_noun(event) == "attack"


def test_a_states_drone_strike_on_a_town_stays_a_strike():
    places = [Place(id="pl-1", name="Hilla", kind="city")]
    event = _event(kind="strike", place="Hilla", weapons=["drones"], killed=2)
    assert act_noun(event) == "strike"
    assert _timeline(event, places).startswith("4 Oct 2026: strike on Hilla")


def test_a_strike_on_a_base_by_aircraft_stays_a_strike():
    event = _event(kind="strike", place="T9 air base", weapons=["warplanes"])
    assert act_noun(event) == "strike"
    reaper = _event(kind="strike", place="Baghdad airport", weapons=["MQ-9 Reaper drone"])
    assert act_noun(reaper) == "strike"
