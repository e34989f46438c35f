"""A warship sailing from its home port on patrol is a deployment; the port stays the point it
sailed from, neither reinforced nor left as a base would be."""

from .drafting import Drafts

DRAFTS = Drafts("2025-06-02", heading="Update")


def _moves(text: str) -> list[tuple[str, str, str]]:
    return [(e.kind, e.place, e.date) for e in DRAFTS.facts(text).events]


def test_a_carrier_leaving_its_port_for_a_patrol_is_deployed():
    moves = _moves("The carrier USS Halverson (CVN-80) left Yokosuka, Japan, in late May for "
                   "its second patrol of the year.")
    assert ("deployment", "Yokosuka", "2025-05") in moves


def test_a_task_force_leaving_a_port_with_its_escorts_is_deployed():
    facts = DRAFTS.facts("The escort task force, which left the southern port of Zhanjiang in "
                         "April with the destroyer Hefei and a supply ship, has 600 sailors.")
    assert [(e.kind, e.date) for e in facts.events] == [("deployment", "2025-04")]
    assert {p.name: p.role for p in facts.places}["Zhanjiang"] == "mentioned"


def test_a_port_a_ship_left_is_neither_reinforced_nor_withdrawn_from():
    roles = {p.name: p.role for p in DRAFTS.facts(
        "The carrier left Yokosuka, Japan, in late May for its patrol.").places}
    assert roles["Yokosuka"] == "mentioned"


def test_a_ship_or_a_person_merely_leaving_a_port_is_no_deployment():
    moves = _moves("The bulk carrier left the port of Hodeidah on Monday. The minister left "
                   "Baghdad on Monday for talks in Amman.")
    assert not [m for m in moves if m[0] == "deployment"]
