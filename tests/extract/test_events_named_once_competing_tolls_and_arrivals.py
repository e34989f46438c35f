"""Events: a site named once (a table's short name and the prose's full one), a competing toll
from another source is no revision, a weapon that "came in" or "arrived at" an hour is an
attack, a week-old attack told again to the day, a date's comma and a note's dash.

Every text here is written for the test, not taken from an article.
"""

from __future__ import annotations

from briefdeck.extract.event_merge import _once

from .drafting import article_facts, day_tolls, drafted_events


def test_a_site_short_and_full_name_are_one_place_by_its_full_name() -> None:
    assert _once(["Tal Hamra AB", "Tal Hamra Air Base"]) == ["Tal Hamra Air Base"]
    assert _once(["Qara LZ", "Qara Landing Zone", "Hasakah"]) == ["Qara Landing Zone", "Hasakah"]
    assert _once(["Qara LZ", "Qara"]) == ["Qara LZ", "Qara"]  # no kind spelled out


def test_a_second_source_putting_the_toll_lower_keeps_the_first() -> None:
    text = ("On March 1, five policemen of the Border Guard were killed and seven wounded "
            "when gunmen ambushed a patrol near Rutba, according to a local monitor. The "
            "interior ministry puts the toll at three killed.")
    tolls = day_tolls(article_facts(text, "2026-03-02").events)
    assert ("2026-03-01", 5, 7) in tolls
    assert ("2026-03-01", 3, 7) not in tolls


def test_a_drone_that_came_in_over_a_base_is_an_attack() -> None:
    text = ("The autumn was quiet until the first drone of the month came in low over "
            "Erbil Air Base on September 14, its engine audible across the runway.")
    events = drafted_events(text, "2026-10-01")
    assert any(e.kind == "attack" and e.date == "2026-09-14" for e in events)


def test_a_week_old_attack_told_again_to_the_day_is_one_attack_on_that_day() -> None:
    text = ("A drone hit a U.S. outpost in Jordan a week ago, killing one soldier and "
            "wounding four.\n\nSo, the attack. The drone arrived at about 2:10 local time "
            "on March 3, late on the 2nd in Washington.")
    tolls = day_tolls(article_facts(text, "2026-03-10").events)
    assert ("2026-03-03", 1, 4) in tolls
    assert len(tolls) == 1


def test_a_dates_comma_does_not_cut_the_attack_from_its_toll() -> None:
    text = ("Strikes followed two days after the Mar 3, 2026 drone attack on Tal Hamra — "
            "three US service members wounded, per a defense official.")
    assert ("2026-03-03", 0, 3) in day_tolls(article_facts(text, "2026-03-08").events)
