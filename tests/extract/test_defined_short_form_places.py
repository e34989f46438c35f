"""A site a report names in full once, with its initials in brackets, and then only by the
initials: each later use is a mention of that place. Every sentence is written for these tests."""

from __future__ import annotations

from tests.extract.drafting import Drafts

DRAFTS = Drafts("2026-03-10", "Logistics order")


def test_a_defined_short_form_names_the_place_attacked():
    facts = DRAFTS.facts(
        "This order moves the bakery from Al Asad Air Base to Camp Arifjan (CA) by March. "
        "On 8 March 2026, CA was attacked by two rockets; one storage tent burned.")
    roles = {p.name: p.role for p in facts.places}
    assert roles.get("Camp Arifjan") == "attack target"
    attacks = [e for e in facts.events if e.kind == "attack"]
    assert [e.place for e in attacks] == ["Camp Arifjan"]


def test_brackets_that_are_not_its_initials_define_nothing():
    facts = DRAFTS.facts(
        "This order moves the bakery to Camp Arifjan (QX) by March. "
        "On 8 March 2026, QX was attacked by two rockets; one storage tent burned.")
    roles = {p.name: p.role for p in facts.places}
    assert roles.get("Camp Arifjan") != "attack target"


def test_air_defence_measures_judged_at_a_base_station_nothing_there():
    from briefdeck.extract.place_roles import _role

    text = "The panel reviewed the air defense measures at Camp Arifjan after the strike."
    at = text.index("Camp")
    assert _role(text, 0, len(text), at, at + len("Camp Arifjan"), "installation") == "mentioned"


def test_a_battery_at_a_base_still_stands_there():
    from briefdeck.extract.place_roles import _role

    text = "A Patriot battery stands at Camp Arifjan this winter."
    at = text.index("Camp")
    assert _role(text, 0, len(text), at, at + len("Camp Arifjan"), "installation") == "stationed"
