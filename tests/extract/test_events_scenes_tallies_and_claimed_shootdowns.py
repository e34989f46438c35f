"""Shapes of incident telling in panels, chats, intelligence summaries and wires: a count of
attacks over a span ("there were three attacks ... in the last week") is a tally; a day and
a place before a colon ("Take Friday night at Erbil Air Base: two drones ...") set the scene;
"Attack was last night" after a base is named tells the attack there; rockets that
"impacted an empty field" were fired all the same; a numbered paragraph opening with a place
("2.1 Erbil Air Base. On 3 May ...") is about that place; a side's claim to have shot down an
aircraft is neither the strike told beside it nor a part of it."""

from briefdeck.extract import draft_briefing
from briefdeck.ingest.article import Article


def _events(text: str, published: str = "2026-05-09"):
    return [(e.date, e.kind, e.place, e.killed or 0, e.wounded or 0) for e in draft_briefing(
        Article(text=text, path="t.txt", format="txt"), published=published).facts.events]


def test_attacks_counted_over_the_last_week_are_a_tally_not_an_attack():
    text = ("MODERATOR: There were four attacks on U.S. bases in Syria in the last week. "
            "Why now?\n\nANALYST: They want to be seen pushing.\n")
    assert _events(text) == []


def test_a_day_and_a_place_before_a_colon_place_what_follows():
    text = ("ANALYST: They keep coming. Take Friday night at Erbil Air Base: two drones, one "
            "shot down, the other got through and three of our people were hurt.\n")
    assert [(e[0], e[2], e[4]) for e in _events(text)] == [("2026-05-08", "Erbil Air Base", 3)]


def test_an_attack_told_by_its_time_after_the_base_is_named_is_there():
    text = ("Update on Conoco. Attack was last night around 23:10, two drones came down "
            "inside the base perimeter. One guard was wounded.\n")
    assert [(e[1], e[2]) for e in _events(text)] == [("attack", "Conoco")]


def test_rockets_that_impacted_an_empty_field_were_an_attack_on_the_numbered_place():
    text = ("1. IRAQ\n\n1.1 Erbil International Airport. On 3 May, two rockets impacted an "
            "empty field south of the airport perimeter. No casualties. (B2)\n")
    assert [(e[0], e[1], e[2]) for e in _events(text)] == [
        ("2026-05-03", "attack", "Erbil International Airport")]


def test_a_claimed_aircraft_shootdown_takes_no_toll_and_is_no_attack():
    text = ("SANAA, May 8 - U.S. strikes on Hodeidah port killed four people on Friday, the "
            "health ministry said. The Houthis said they had shot down a U.S. MQ-9 drone over "
            "Marib province on Friday.\n")
    events = _events(text, "2026-05-08")
    assert ("2026-05-08", "strike", "Hodeidah", 4, 0) in events
    assert all(e[2] != "Marib" or (e[1] != "attack" and e[3] == 0) for e in events)
