"""Places named beside an attack or a move but given no role by it: the owner of the sites hit
abroad, neighbours named as a border, a prediction market's rule (a condition, not a move), a
place where forces gather ("consolidation of forces at X") and a route's crossing point."""

from __future__ import annotations

from briefdeck.extract import draft_briefing
from briefdeck.extract.place_role_asked import asked
from briefdeck.extract.place_role_bystanders import not_the_target
from briefdeck.ingest.article import Article


def _roles(text: str) -> dict[str, str]:
    briefing = draft_briefing(Article(text=text, headline="Base update"), published="2026-11-20")
    return {p.name: p.role for p in briefing.facts.places}


def test_the_owner_of_installations_hit_abroad_is_no_target():
    text = "The panel counted the attacks on United States installations in the region."
    start = text.index("United States")
    assert not_the_target(text, 0, start, start + len("United States"))


def test_a_country_named_as_a_border_is_no_target():
    text = "A drone hit the outpost at Zarqa Ridge, near the border with Jordan and Iraq, at night."
    for name in ("Jordan", "Iraq"):
        start = text.index(name)
        assert not_the_target(text, 0, start, start + len(name))
    roles = _roles(text)
    assert roles.get("Jordan") != "attack target" and roles.get("Iraq") != "attack target"


def test_a_base_named_by_its_host_country_is_not_an_owner():
    text = "Drones struck a Kuwait air base on Monday."
    start = text.index("Kuwait")
    assert not not_the_target(text, 0, start, start + len("Kuwait"))


def test_a_market_rule_is_a_condition_not_a_move():
    rule = (
        'This market will resolve to "Yes" if the ministry announces that all troops will '
        "leave Norland."
    )
    note = "Reminder: a move of troops from Norland to Erbil does not resolve this market."
    assert asked(rule, 0, len(rule)) and asked(note, 0, len(note))
    plain = "The troops left Norland on Monday and the move was resolved quickly."
    assert not asked(plain, 0, len(plain))


def test_forces_consolidating_at_a_town_do_not_leave_it():
    roles = _roles(
        "The brigade withdrew its forces from the outer sites during the "
        "consolidation of coalition forces at Erbil on Monday."
    )
    assert roles.get("Erbil") != "withdrawal"


def test_a_crossing_point_is_neither_left_nor_reinforced():
    roles = _roles(
        "Coalition troops withdrew from the Rumalyn landing zone last week, with "
        "convoys crossing to Iraq at Semalka."
    )
    assert roles.get("Semalka") not in ("withdrawal", "reinforcement")
