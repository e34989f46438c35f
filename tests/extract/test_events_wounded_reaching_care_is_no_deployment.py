"""The hurt reaching a hospital is care, not a move of forces; a unit arriving at a base is."""

from tests.extract.drafting import drafted_events


def _moves(text: str, published: str = "2026-12-10") -> list:
    return [e for e in drafted_events(text, published) if e.kind == "deployment"]


def test_a_wounded_soldier_arriving_at_a_hospital_is_no_deployment():
    text = ("STUTTGART, Germany -- Sgt. Ada Brennholz arrived at the Landstuhl Regional Medical "
            "Center last Tuesday, four days after she was wounded in a rocket attack on Camp "
            "Vinter in Iraq. Doctors said she was expected to recover.")
    assert _moves(text) == []


def test_a_hospital_named_with_an_initial_is_still_a_hospital():
    text = ("SAN ANTONIO, Texas -- The working dog Brisk arrived at the Robert J. Tamsin "
            "Veterinary Hospital here on Monday, a week after she was hurt in a drone attack "
            "on Camp Vinter.")
    assert _moves(text) == []


def test_a_battery_arriving_at_a_base_is_still_a_deployment():
    text = ("KUWAIT CITY -- A Patriot battery arrived at Ali Al Salem Air Base last Tuesday, "
            "officials said, two weeks after drones struck the base.")
    assert _moves(text)
