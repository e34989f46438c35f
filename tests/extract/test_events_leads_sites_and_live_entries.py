"""A story's lead attack dated by "the attack came late Monday at X", a recalled attack kept
from a late update's toll, strikes on several sites each with its own toll, a live page's
summary entry counting the one impact again, and a toll told again at a later briefing.

Every text here is written for the test, not taken from an article.
"""

from __future__ import annotations

from .drafting import day_tolls, drafted_events


def _events(text: str, published: str) -> list[tuple[str | None, str, int, int]]:
    return sorted((e.date, e.place, e.killed or 0, e.wounded or 0)
                  for e in drafted_events(text, published))


def test_the_lead_attack_takes_its_day_base_and_toll_from_the_lines_after_it():
    text = ("Drones fired at a desert air base that hosts foreign troops have hurt soldiers. "
            "The attack came late Sunday at Muwaffaq Salti Air Base, about 40 miles east of "
            "Amman.\n\n"
            "The army says four drones crossed the border before dawn. Air defences downed "
            "three of them.\n\n"
            "The command said two American soldiers and one Jordanian airman were hurt.\n\n"
            "It is the first attack of its kind since a drone killed three soldiers at Tower "
            "22 in January 2024.")
    got = _events(text, "2026-03-03")  # a Tuesday
    assert ("2026-03-01", "Muwaffaq Salti Air Base", 0, 3) in got
    assert ("2024-01", "Tower 22", 3, 0) in got


def test_strikes_on_several_sites_in_one_night_are_one_strike_per_site():
    text = ("Early on Friday, U.S. jets struck four sites: depots near Al-Bukamal, a warehouse "
            "outside Al-Mayadeen and a workshop near Al-Qaim.\n\n"
            "A war monitor said seven fighters were killed near Al-Bukamal. Nobody was hurt at "
            "the warehouse. In Iraq, a militia said three of its men were killed near "
            "Al-Qaim.")
    got = day_tolls(drafted_events(text, "2026-03-03"))
    assert sorted(got) == [("2026-02-27", 0, 0), ("2026-02-27", 3, 0), ("2026-02-27", 7, 0)]


def test_a_live_pages_summary_is_the_one_impacts_count_as_it_now_stands():
    text = ("Live updates: missile impact in Holon\n\n"
            "08:10\n\n"
            "Summary: since the impact late on Sunday night, one woman has died and 14 people "
            "have been treated for injuries.\n\n"
            "01:20\n\n"
            "Paramedics are treating casualties at an impact site in Holon, including one in "
            "serious condition and four lightly hurt.")
    got = day_tolls(drafted_events(text, "2026-03-02"))
    assert len(got) == 1 and got[0][1:] == (1, 14)


def test_a_toll_told_again_at_a_later_briefing_is_not_a_second_attack():
    text = ("1. Two soldiers were killed and four wounded late Sunday when a drone struck a "
            "border post at Ruwaished, in Jordan's east.\n\n"
            "2. The operations director briefed us on March 2. He said two drones were "
            "downed; the third hit the post's kitchen. A corporal and a private were killed.")
    got = day_tolls(drafted_events(text, "2026-03-02"))
    assert got == [("2026-03-01", 2, 4)]


def test_the_worst_of_several_strikes_dates_only_itself():
    text = ("Bombs hit the city over the weekend, killing nine people, officials said on "
            "Monday. The worst strike came on Saturday afternoon, when two bombs hit a market "
            "in the Saltivka district, killing six.")
    got = day_tolls(drafted_events(text, "2026-03-03"))
    assert ("2026-02-28", 6, 0) in got




def test_strikes_split_per_site_each_own_their_weapons_and_lie_in_their_own_country(
        monkeypatch):
    from briefdeck.extract import events as events_module

    split = events_module.split_site_tolls
    made: list = []
    monkeypatch.setattr(events_module, "split_site_tolls",
                        lambda *a: made.extend(split(*a)) or made)
    text = ("Early on Friday, U.S. jets struck four sites with drones: depots near Al-Bukamal, "
            "a warehouse outside Al-Mayadeen and a workshop near Al-Qaim.\n\n"
            "A war monitor said seven fighters were killed near Al-Bukamal. Nobody was hurt at "
            "the warehouse. In Iraq, a militia said three of its men were killed near "
            "Al-Qaim.")
    drafted_events(text, "2026-03-03")
    sites = {d.places[0]: d for d in made if len(d.sites) == 1}
    assert len(sites) >= 2
    assert len({id(d.weapons) for d in sites.values()}) == len(sites)  # a merge into one
    assert len({id(d.countries) for d in sites.values()}) == len(sites)  # reaches no other
    qaim = next(d for name, d in sites.items() if "Qaim" in name)
    assert qaim.countries == {"Iraq"}
