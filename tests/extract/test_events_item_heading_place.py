"""A sitrep's lettered item headed by its time stamp and a town happened at that town: rockets
"launched towards" a base named in its body were aimed there, so the item is not read as more
of the earlier item on that base the same day.

Every text here is written for the test, not taken from an article.
"""

from __future__ import annotations

from .drafting import drafted_events

PUBLISHED = "2026-03-12"  # a Thursday

_LOG = ("DAILY SITREP\n\n"
        "a. 101900C MAR 26 – Camp Taji. Two drones approached the camp from the north and one "
        "was shot down. UPDATE 110300C: officials said one soldier was slightly hurt.\n\n"
        "b. 102230C MAR 26 – Samarra. Four 107mm rockets launched towards Camp Taji from "
        "farmland north of Samarra fell short in open fields. No casualties.\n")


def test_an_items_attack_is_at_the_town_its_heading_names():
    events = _events(_LOG)
    assert any("Samarra" in e.place for e in events)


def test_two_items_aimed_at_one_base_stay_two_events():
    taji = [e for e in _events(_LOG) if "Taji" in e.place]
    assert len(taji) == 1
    assert not any("rocket" in w for w in taji[0].weapons)


def test_a_heading_naming_the_base_keeps_the_base():
    text = ("DAILY SITREP\n\n"
            "a. 101900C MAR 26 – Camp Taji. Two rockets struck near the camp's southern gate. "
            "No casualties.\n")
    assert any("Taji" in e.place for e in _events(text))


def _events(text: str):
    return drafted_events(text, PUBLISHED)
