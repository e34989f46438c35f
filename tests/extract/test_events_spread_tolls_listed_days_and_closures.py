"""Round 39's classes of event misses: a toll spread over towns the debris of one barrage fell
on stays that barrage's; an attack named as the cause of a closure dated that day is that day's
news; engagements listed by place and day after the one told are happenings too; "N nights
later" counts from the day told before; a unit "ordered to" a country is deployed there; a toll
summed over "the two attacks" is neither's; "over the weekend" is the weekend day the story gives.

Every text here is written for the test, not taken from an article.
"""

from __future__ import annotations

from .drafting import drafted_events

PUBLISHED = "2026-11-26"  # a Thursday


def _events(text: str, published: str = PUBLISHED) -> list[tuple[str | None, int, int]]:
    return [(e.date, sum(c.killed or 0 for c in e.casualties) or (e.killed or 0),
             sum(c.wounded or 0 for c in e.casualties) or (e.wounded or 0))
            for e in drafted_events(text, published)]


def test_debris_wounding_people_in_two_towns_is_one_barrage():
    text = ("Night of launches\n\n"
            "Late Wednesday, drones and two missiles were launched from Iraq toward Israel, the "
            "army said. Jordan said its jets shot down several drones, and that falling debris "
            "hit a house in Irbid, wounding two civilians. Israel said all missiles were "
            "intercepted; one person in Eilat was lightly hurt while running to a shelter.\n")
    assert [e for e in _events(text) if e[0] == "2026-11-25"] == [("2026-11-25", 0, 3)]


def test_the_attack_a_closure_followed_is_news_of_that_day():
    text = ("Airspace update\n\n"
            "The airspace was also closed for about four hours on Sunday night after the drone "
            "attack on the coalition base at Erbil airport, which wounded five people, according "
            "to local officials.\n")
    assert ("2026-11-22", 0, 5) in _events(text)


def test_engagements_listed_by_place_and_day_are_each_a_happening():
    text = ("Justification\n\n"
            "Engagements included the defense of Erbil Air Base, Iraq, on 16 November 2026, "
            "when 11 interceptors were fired against four drones; Mission Support Site Conoco, "
            "Syria, on 21 November 2026; and Camp Buehring, Kuwait, on 9 November 2026.\n")
    dates = {e[0] for e in _events(text)}
    assert {"2026-11-16", "2026-11-21", "2026-11-09"} <= dates


def test_nights_later_counts_from_the_night_told_before():
    text = ("Quarter in review\n\n"
            "On the night of November 18, drones hit the base at Erbil. Three nights later, "
            "missiles were fired from Iraq toward Israel.\n")
    assert "2026-11-21" in {e[0] for e in _events(text)}


def test_a_battery_ordered_to_a_country_is_deployed():
    text = ("Air defence\n\n"
            "A second Patriot battery was ordered to Saudi Arabia on 24 November 2026.\n")
    kinds = [(e.date, e.kind) for e in drafted_events(text, PUBLISHED)]
    assert ("2026-11-24", "deployment") in kinds


def test_a_toll_summed_over_two_attacks_is_neither_attacks():
    text = ("Charges unsealed\n\n"
            "On Oct. 3, 2026, a drone struck the base at Tal Baydar, killing a contractor. "
            "On Oct. 9, 2026, two drones were fired at Erbil Air Base; the second hit a "
            "hangar, wounding three soldiers. A contractor is dead and five service members "
            "were wounded in the two attacks, the prosecutor said.\n")
    assert ("2026-10-09", 0, 5) not in _events(text)


def test_over_the_weekend_is_the_sunday_attack_the_story_dates():
    text = ("Soldier hurt\n\n"
            "A local soldier was wounded when a drone struck a U.S. base in Jordan over the "
            "weekend, his family said. He is one of three service members hurt in the attack on "
            "Muwaffaq Salti Air Base late Sunday, officials said.\n")
    assert [e[0] for e in _events(text, "2026-12-02")] == ["2026-11-29"]
