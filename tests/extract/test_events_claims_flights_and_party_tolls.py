"""Events: a claim of an attack already told, interceptions and bomber flights told without an
attack verb, a running tally whose span opens the sentence, and one attack's tolls told for
different parties in two tellings.

Every text here is written for the test, not taken from an article.
"""

from __future__ import annotations

from .drafting import day_tolls, drafted_events

PUBLISHED = "2026-09-12"


def test_a_claim_posted_the_next_day_is_not_a_second_attack() -> None:
    text = ("Drones hit outpost\n\nTwo soldiers were wounded when drones struck Erbil Air Base "
            "late Thursday, the army said. A militia claimed the attack in a post early Friday, "
            "saying it had targeted \"the base at Erbil Air Base\" with drones.")
    assert day_tolls(drafted_events(text, PUBLISHED)) == [("2026-09-10", 0, 2)]


def test_a_claim_that_is_the_only_telling_of_its_attack_still_tells_it() -> None:
    text = ("Claim\n\nThe army has said little. A militia claimed the attack on Friday, saying "
            "it had targeted Erbil Air Base with two drones.")
    assert [e.date for e in drafted_events(text, PUBLISHED)] == ["2026-09-11"]


def test_jets_that_engaged_and_destroyed_drones_tell_an_interception() -> None:
    text = ("Statement\n\nThe minister rose. Late on Friday 11 September, two jets engaged and "
            "destroyed two one-way attack drones over the eastern desert.")
    assert [e.date for e in drafted_events(text, PUBLISHED)] == ["2026-09-11"]


def test_strategic_bombers_flying_near_a_country_tell_a_flight() -> None:
    text = ("Flights\n\nThe ministry spoke on Friday. Long-range bombers also flew over the "
            "Sea of Japan in a joint flight on September 8, prompting a scramble.")
    assert "2026-09-08" in [e.date for e in drafted_events(text, PUBLISHED)]


def test_a_tally_since_a_truce_told_in_the_clause_before_is_no_events_toll() -> None:
    text = ("Tally\n\nSince the truce took hold in March 2025, strikes have martyred more than "
            "200 people in the country, according to ministry figures.")
    assert all(not e.killed for e in drafted_events(text, PUBLISHED))


def test_tolls_of_different_parties_in_two_tellings_add_up() -> None:
    text = ("Drone hits base\n\nFive U.S. service members were wounded when a drone struck an "
            "air base in Jordan early Friday, the Pentagon said, raising its count from three.\n\n"
            "Earlier story: A drone slammed into the air base in Jordan before dawn Friday, "
            "wounding at least three American troops and a Jordanian airman, officials said.")
    assert day_tolls(drafted_events(text, PUBLISHED)) == [("2026-09-11", 0, 6)]
