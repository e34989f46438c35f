"""A later day's statement of an attack's count is that attack's toll; a person's hometown is
no attack's place; a system added "there" at the base a sentence is about is a deployment."""

from __future__ import annotations

from .drafting import drafted_events

_STORY = (
    "Soldier hurt in rocket attack on Kuwait base\n\n"
    "Three soldiers were among those wounded when rockets hit Camp Arifjan in Kuwait "
    "late Monday, officials said.\n\n"
    "Sgt. Ana Morrow, 22, was hurt by shrapnel while helping others to a shelter, said her "
    "father, Tom Morrow, of Dayton, Ohio.\n\n"
    "On Wednesday, the regional "
    "command said five soldiers had been wounded and that a local guard was also injured. "
    "Its radars tracked four rockets.\n\n"
    "The base is protected by Patriot batteries, and the Army added a counter-rocket system "
    "there in September, a spokesman said.\n"
)


def test_a_later_days_count_is_the_toll_of_the_attack_told_before():
    events = drafted_events(_STORY, "2027-03-05")
    attacks = [e for e in events if e.kind == "attack"]
    assert [(e.date, e.place, e.wounded) for e in attacks] == [("2027-03-01", "Camp Arifjan", 6)]


def test_a_persons_hometown_is_no_attacks_place():
    events = drafted_events(_STORY, "2027-03-05")
    assert all("Dayton" not in e.place for e in events)


def test_a_system_added_there_at_the_base_a_sentence_is_about_is_a_deployment():
    events = drafted_events(_STORY, "2027-03-05")
    assert [(e.date, e.place) for e in events if e.kind == "deployment"] == [
        ("2026-09", "Camp Arifjan")
    ]


def test_two_attacks_told_before_leave_a_later_count_unassigned():
    text = (
        "Rockets hit Camp Arifjan late Monday. "
        "Drones struck Ali Al Salem Air Base the same night.\n\n"
        "On Wednesday, the command said five soldiers had been wounded.\n"
    )
    events = drafted_events(text, "2027-03-05")
    assert not [e for e in events if e.kind == "attack" and e.wounded == 5 and e.place]
