"""Ground taken, drone sightings night by night, tolls counted from a recent day, running
tallies kept apart from a day's toll, and an earlier reading of a toll told after the latest.

Every text here is written for the test, not taken from an article.
"""

from __future__ import annotations

from briefdeck.extract.casualties import find_casualties
from briefdeck.model import Event

from .drafting import day_tolls, drafted_events

PUBLISHED = "2025-03-07"  # a Friday


def _events(text: str) -> list[Event]:
    return drafted_events(text, PUBLISHED)


def _tolls(text: str) -> list[tuple[str | None, int, int]]:
    return sorted(day_tolls(_events(text)))


# --- ground changing hands ---------------------------------------------------------------------

def test_forces_seizing_a_named_town_is_an_event_of_its_day() -> None:
    text = ("Rebel units seized Homs on March 4 after a night of shelling, according to "
            "local activists.")
    assert ("2025-03-04", 0, 0) in _tolls(text)


def test_forces_entering_part_of_a_named_city_is_an_event_of_its_day() -> None:
    text = "Government troops entered eastern Mosul on March 5, the army said."
    assert [e.date for e in _events(text)] == ["2025-03-05"]


def test_seizing_goods_or_people_named_by_an_adjective_is_no_event() -> None:
    text = "Coast guard officers seized Iranian fuel on March 5, the ministry said."
    assert _events(text) == []


# --- sightings ---------------------------------------------------------------------------------

def test_drone_sightings_on_several_nights_are_one_event_a_night() -> None:
    text = ("Soldiers at a firing range in Estonia reported drones flying over the range late "
            "Monday. More drones were spotted Tuesday and Wednesday nights, a spokesman said.")
    assert [e.date for e in _events(text)] == ["2025-03-03", "2025-03-04", "2025-03-05"]


# --- tolls counted from a day, and running tallies -----------------------------------------------

def test_a_toll_since_a_weekday_is_the_toll_of_fighting_begun_that_day() -> None:
    text = ("Clashes between the army and militia fighters around the town of Kalehe have "
            "killed at least 18 people since Tuesday, doctors said on Thursday.")
    assert _tolls(text) == [("2025-03-04", 18, 0)]


def test_a_toll_since_an_offensive_began_is_a_tally_not_the_days_toll() -> None:
    text = ("Jets struck the town of Ariha on March 5. Rescuers said the raids killed nine "
            "civilians and wounded 20. A monitoring group said 140 people had been killed "
            "since the offensive began on March 1.")
    assert _tolls(text) == [("2025-03-05", 9, 20)]


def test_fighting_between_two_sides_is_no_period_tally() -> None:
    text = ("Fighting between the army and rebels near the village of Ntoto on Wednesday "
            "has killed 12 people, officials said.")
    assert _tolls(text) == [("2025-03-05", 12, 0)]


# --- an earlier reading of a toll ---------------------------------------------------------------

def test_a_toll_put_at_a_number_is_read_as_dead_and_injured() -> None:
    text = "A first report had put the toll at 7 dead and 15 injured."
    found = sorted((c.kind, c.count) for c in find_casualties(text, 0, len(text)))
    assert found == [("killed", 7), ("wounded", 15)]


def test_an_earlier_statement_of_a_toll_adds_no_event_and_no_dead() -> None:
    text = ("The health ministry said on Thursday that air strikes on the port overnight had "
            "killed 14 people and injured 33. An earlier statement by the ministry on "
            "Wednesday had put the toll at 9 dead and 20 injured.")
    events = _events(text)
    assert len(events) == 1
    assert (events[0].killed, events[0].wounded) == (14, 33)


def test_another_clash_in_the_same_week_keeps_its_own_toll() -> None:
    text = ("Fighting around the town of Masisi on Tuesday killed 12 people, medics said. "
            "Another clash last week near Masisi killed four civilians, residents said.")
    tolls = sorted(day_tolls(drafted_events(text, "2025-03-20")))  # last week: March 10-16
    assert tolls == [("2025-03", 4, 0), ("2025-03-18", 12, 0)]


# --- a hospital's count -------------------------------------------------------------------------

def _counts(text: str) -> list[tuple[str, int | None]]:
    return sorted((c.kind, c.count) for c in find_casualties(text, 0, len(text)))


def test_a_hospital_count_of_dead_and_wounded_is_read() -> None:
    text = "Nurses at the district clinic said 14 dead and 52 wounded had arrived by noon."
    assert _counts(text) == [("killed", 14), ("wounded", 52)]


def test_bodies_received_and_wounded_treated_are_read() -> None:
    text = ("The clinic said it had received the bodies of six farmers and two police officers "
            "and was treating 23 wounded.")
    assert _counts(text) == [("killed", 2), ("killed", 6), ("wounded", 23)]


def test_a_day_number_before_an_active_verb_is_no_count() -> None:
    text = "A second salvo on June 14 wounded two guards at the gate."
    assert _counts(text) == [("wounded", 2)]


def test_a_hospital_toll_with_no_later_update_is_the_events_toll() -> None:
    text = ("Shelling hit the market in the town of Bunia on Wednesday. Doctors at the main "
            "hospital said they had received 9 bodies and were treating 31 wounded.")
    assert _tolls(text) == [("2025-03-05", 9, 31)]


# --- a first, and a ship's arrival -------------------------------------------------------------

def test_a_first_of_its_kind_is_still_a_happening() -> None:
    text = ("Marine gunners fired live rounds at the Setermoen range in Norway on Tuesday, "
            "the first such shoot by the unit there for the first time since 1990.")
    assert [e.date for e in _events(text)] == ["2025-03-04"]


def test_a_ship_docking_at_a_named_port_is_an_arrival_of_its_day() -> None:
    text = ("A cargo ship carrying tanks for the rotation docked at the port of Gdansk on "
            "Tuesday, the navy said.")
    events = _events(text)
    assert [(e.date, e.kind) for e in events] == [("2025-03-04", "deployment")]
