"""Where a person comes from is not where they were hurt, and a port a ship's position is
measured from was not hit when the ship was."""

from __future__ import annotations

from tests.extract.drafting import Drafts

DRAFTS = Drafts("2026-05-04", "Base attack update")


def _roles(text: str) -> dict[str, str]:
    return {p.name: p.role for p in DRAFTS.facts(text).places}


def test_a_wounded_workers_home_country_is_not_attacked():
    roles = _roles("Drones struck Camp Buehring in Kuwait on Sunday. Ana Ruiz, a laundry "
                   "attendant from Cebu in the Philippines, was hit by fragments.")
    assert roles.get("Philippines") != "attack target"
    assert roles.get("Camp Buehring") == "attack target"


def test_a_drone_launched_from_a_country_is_no_hometown():
    from briefdeck.extract.place_role_home_posts import home_post

    text = "Two drones, a pair launched from Iraq, hit the base."
    assert not home_post(text, text.index("Iraq"))


def test_a_port_a_hit_ship_is_measured_from_is_only_mentioned():
    roles = _roles("On Monday the Houthis fired two missiles at the tanker Sea Lark about 60 "
                   "nautical miles west of Mokha in Yemen, the navy said.")
    assert roles.get("Mokha") != "attack target"


def test_a_port_struck_itself_is_still_attacked():
    roles = _roles("On Monday the Houthis said missiles struck Mokha in Yemen.")
    assert roles.get("Mokha") == "attack target"
