"""The hurt at a second site the attack also reached ("also aimed at a nearby camp, where two
soldiers were hurt") are more people hit in that attack: added to its toll, never read as a
breakdown of the first site's count by party, nor as an attack of their own."""

from __future__ import annotations

from .drafting import drafted_events

_NOTICE = (
    "NOTICE TO BERTH USERS No. 41/2027\n\n"
    "1. At about 02:10 on Tuesday, 9 March 2027, drones approached Port Velling from the "
    "south. One drone hit the timber yard behind Berth 7.\n\n"
    "2. The Health Directorate says one docker has since died of his injuries, and three "
    "other people were wounded: two dockers and a pilot-boat crewman.\n\n"
    "3. The Coalition Command said on Wednesday that drones were also aimed at nearby Camp "
    "Orrin, where two U.S. soldiers suffered minor injuries.\n"
)


def test_hurt_at_a_second_site_add_to_the_attack_toll() -> None:
    tolled = [(e.date, e.killed, e.wounded) for e in drafted_events(_NOTICE, "2027-03-11")
              if e.killed or e.wounded]
    assert tolled == [("2027-03-09", 1, 5)]


def test_the_port_count_keeps_no_soldiers_inside_it() -> None:
    attack = next(e for e in drafted_events(_NOTICE, "2027-03-11") if e.wounded)
    parts = {c.party: c.wounded for c in attack.casualties}
    assert parts.get("unspecified") == 3 and parts.get("U.S.") == 2


_PLAIN = (
    "Drones struck the Port Velling timber yard on Tuesday night, wounding four dockers. "
    "Two U.S. soldiers were among the wounded, the command said.\n"
)


def test_a_party_among_the_hurt_stays_a_breakdown() -> None:
    attack = next(e for e in drafted_events(_PLAIN, "2027-03-11") if e.wounded)
    assert attack.wounded == 4
