"""An event's weapons are its own telling's: a lettered item of a log is its own incident, and
a clause before a semicolon does not take the weapons of the happening told after it.

Every text here is written for the test, not taken from an article.
"""

from __future__ import annotations

from .drafting import drafted_events

PUBLISHED = "2026-03-12"  # a Thursday


def _events(text: str):
    return drafted_events(text, PUBLISHED)


def test_a_later_items_rockets_are_not_the_earlier_items_weapons():
    text = ("DAILY INCIDENT LOG\n\n"
            "a. 101900C MAR 26 – Camp Taji. Two drones approached the camp from the north. "
            "UPDATE 110300C: officials said one soldier was slightly hurt.\n\n"
            "b. 102230C MAR 26 – farmland east of the camp. Four 122mm rockets launched "
            "towards the camp fell short in open fields on 10 March. No casualties.\n")
    taji = [e for e in _events(text) if "Taji" in e.place]
    assert taji
    assert all(not any("rocket" in w for w in e.weapons) for e in taji)


def test_a_clause_before_a_semicolon_keeps_no_weapon_told_after_it():
    text = ("Monthly roundup\n\n"
            "Militants 4 Mar ambushed an army patrol near Hawija, killing two soldiers; "
            "air defences 8 Mar downed three drones approaching Camp Taji.\n")
    hawija = [e for e in _events(text) if "Hawija" in e.place]
    assert hawija and all("drones" not in e.weapons for e in hawija)
