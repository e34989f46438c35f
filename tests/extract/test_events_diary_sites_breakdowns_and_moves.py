"""A diary's own site and recalled attacks, a launcher found, a toll broken down by party,
a move under way when said, a unit that "had moved" from one base to another, and flights
out of an airport that are no withdrawal."""

from __future__ import annotations

from tests.extract.drafting import article_facts, note_events

from briefdeck.extract.casualties import find_casualties
from briefdeck.extract.toll_party_context import with_parties

_DIARY = (
    "MOSUL DIARY (typed up from my notebook)\n\n"
    "Pete Arlo - water plant tech, Brightline Services, CFS\n\n"
    "Typed up Thu 12 Mar 2026 for the family.\n\n"
    "Legend: CFS = the Camp Falcon Site (our camp by the river), MIA = the airport.\n\n"
    "Mon 9 Mar\n\n"
    "Fixed the pump at the gym and wrote letters home.\n\n"
    "Tue 10 Mar\n\n"
    "About 2300 the sirens went and we ran to the bunker. One rocket hit the laundry and "
    "2 guys got hurt. Ops says all flights out of MIA are cancelled today.\n\n"
    "Wed 11 Mar\n\n"
    "Police found the launcher this morning in a field in Hamdaniya with one rocket left. "
    "Same as Feb 2 (the last time), when 3 rockets came down by the river road and nobody "
    "was hurt.\n\n"
    "Thu 12 Mar\n\n"
    "Brief from the boss: the official count from the security office is 3 wounded, not 2.\n"
)


def test_a_diarys_attack_of_its_own_day_is_at_the_writers_camp():
    events = note_events(_DIARY, "2026-03-12")
    own = [e for e in events if e.date == "2026-03-10"]
    assert [(e.kind, e.place, e.wounded) for e in own] == [("attack", "CFS", 3)]


def test_rockets_that_came_down_are_an_attack_recalled_on_its_own_day():
    events = note_events(_DIARY, "2026-03-12")
    recalled = [e for e in events if e.date == "2026-02-02"]
    assert [(e.kind, e.place) for e in recalled] == [("attack", "")]  # not the writer's camp


def test_a_launcher_found_is_a_happening_of_its_day():
    events = note_events(_DIARY, "2026-03-12")
    assert ("2026-03-11", "other") in [(e.date, e.kind) for e in events]


def test_prices_that_came_down_are_no_attack():
    events = note_events(
        "Market notes.\n\nFuel prices came down in Basra on Monday.\n", "2026-03-11"
    )
    assert not [e for e in events if e.kind == "attack"]


def test_flights_out_of_an_airport_are_no_withdrawal():
    facts = article_facts(
        "Storm hits the city\n\nA sandstorm hit the city on Monday. All flights out of "
        "Baghdad International Airport were cancelled.\n",
        "2026-03-10",
    )
    assert all(p.role != "withdrawal" for p in facts.places)


def test_a_count_broken_down_by_party_is_its_parts():
    text = (
        "The owner said two Filipino sailors were killed and four were injured, three of "
        "them Filipino and one Egyptian."
    )
    rows = with_parties(text, find_casualties(text, 0, len(text)))
    assert sorted((c.party, c.kind, c.count) for c in rows) == [
        ("Egyptian", "wounded", 1),
        ("Filipino", "killed", 2),
        ("Filipino", "wounded", 3),
    ]


def test_a_breakdown_that_names_no_party_stays_one_count():
    text = "Five soldiers were wounded, three of them seriously and two lightly."
    rows = with_parties(text, find_casualties(text, 0, len(text)))
    assert [(c.kind, c.count) for c in rows] == [("wounded", 5)]


def test_a_move_under_way_when_said_is_a_deployment_of_that_day():
    events = note_events(
        "Base notes.\n\nA drone hit the Kastle base in Syria on Sunday, wounding four "
        "soldiers.\n\nThe Pentagon said Tuesday that more Coyote interceptors were being "
        "flown to the base.\n",
        "2026-12-04",
    )
    assert ("2026-12-01", "deployment") in [(e.date, e.kind) for e in events]


def test_a_battery_that_had_moved_between_bases_is_a_deployment():
    events = note_events(
        "Posture notes.\n\nOfficials said a Patriot battery had moved from Al Udeid Air Base "
        "to Muwaffaq Salti Air Base on 12 November.\n",
        "2026-12-02",
    )
    moves = [(e.date, e.kind, e.place) for e in events if e.kind == "deployment"]
    assert moves == [("2026-11-12", "deployment", "Muwaffaq Salti Air Base")]
