"""A town an attack is drafted at is that attack's target, though the cue is elsewhere."""

from __future__ import annotations

from tests.extract.drafting import Drafts

DRAFTS = Drafts("2026-11-20", "Force protection update")


def _roles(text: str) -> dict[str, str]:
    return {p.name: p.role for p in DRAFTS.facts(text).places}


def _events(text: str) -> list[tuple[str, str]]:
    return [(e.kind, e.place) for e in DRAFTS.facts(text).events]


def test_a_town_an_attack_is_placed_at_in_the_sentence_before_is_its_target():
    text = ("Biggest one was Sunday night at Erbil in Iraq. Two drones hit the airport's fuel "
            "depot and wounded three contractors.")
    assert ("attack", "Erbil") in _events(text)
    assert _roles(text).get("Erbil") == "attack target"


def test_a_port_an_attack_is_measured_from_is_no_target():
    roles = _roles("A bulk carrier was struck by a missile on Monday about 60 nautical miles "
                   "southeast of Aden in Yemen, the agency said.")
    assert roles.get("Aden") != "attack target"


def test_the_town_of_a_hospital_treating_the_wounded_is_no_target():
    roles = _roles("A farmer hit by rocket fire in Metula in Israel on Tuesday has died of his "
                   "wounds, the Ziv Medical Center in Safed says.")
    assert roles.get("Safed") != "attack target"


def test_a_dateline_city_is_no_target_of_the_attack_it_reports():
    roles = _roles("WASHINGTON (AP) -- A drone attack on a U.S. outpost in Syria wounded two "
                   "soldiers on Monday, officials said.")
    assert roles.get("Washington") != "attack target"
