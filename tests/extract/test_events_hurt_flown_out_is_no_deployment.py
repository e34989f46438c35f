"""Troops flown to a city for treatment are the hurt carried away, not a unit deployed
there; troops flown to a place with no such purpose still are a deployment.

Every text here is written for the test, not taken from an article.
"""

from __future__ import annotations

from .drafting import drafted_events


def test_troops_flown_out_for_treatment_are_no_deployment() -> None:
    text = ("Drone hits housing block\n\n"
            "A drone struck a housing block at the Delmont depot in Iraq on Monday, wounding "
            "five troops. Two of the troops were flown to Germany for treatment of serious "
            "wounds.\n")
    events = drafted_events(text, "2027-03-13")
    assert any(e.kind == "attack" and e.wounded == 5 for e in events)
    assert not any(e.kind == "deployment" for e in events)


def test_troops_flown_to_a_base_are_still_a_deployment() -> None:
    text = ("More troops for the depot\n\n"
            "Two hundred troops were flown to Kuwait on Monday to guard the Delmont depot.\n")
    events = drafted_events(text, "2027-03-13")
    assert any(e.kind == "deployment" for e in events)
