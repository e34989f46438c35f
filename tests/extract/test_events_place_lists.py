"""Tolls told place by place, by a medical body, again at another hour, or as a day's tally;
and the day of fighting that "broke out" on a day named after the toll.

Every text here is written for the test, not taken from an article.
"""

from __future__ import annotations

from briefdeck.extract.dates import find_dates, parse_published
from briefdeck.model import Event

from .drafting import day_tolls, drafted_events

PUBLISHED = "2024-03-01"  # a Friday


def _events(text: str, published: str = PUBLISHED) -> list[Event]:
    return drafted_events(text, published)


def _tolls(events: list[Event]) -> list[tuple[str | None, int, int]]:
    return day_tolls(events)


def _by_place(events: list[Event]) -> dict[str, tuple[str | None, int, int]]:
    return {e.place: (e.date, e.killed or 0, e.wounded or 0) for e in events}


def test_clashes_that_broke_out_on_a_day_date_the_toll_told_before_them():
    events = _events("At least nine people have been killed in fighting between rival factions in "
                     "Mosul, officials say.\n\nThe clashes broke out on Thursday night near "
                     "the old bridge and went on until dawn.")
    assert ("2024-02-29", 9, 0) in _tolls(events)


def test_a_medical_bodys_toll_counts_the_days_fighting_not_the_detail_told_last():
    events = _events(
        "Rival factions fought in Mosul on Thursday night, killing five people.\n\n"
        "Several mortar rounds fell near the airport and flights were diverted.\n\n"
        "The health ministry later raised the toll to 11 dead and 30 injured.")
    assert _tolls(events) == [("2024-02-29", 11, 30)]


def test_tolls_listed_village_by_village_are_one_event_per_village():
    events = _events("On Thursday a glide bomb hit a school in Kupiansk, killing two teachers. "
                     "In Izium, three people were wounded by shelling, and in Balakliia a drone "
                     "killed a farmer.")
    by_place = _by_place(events)
    assert by_place["Kupiansk"] == ("2024-02-29", 2, 0)
    assert by_place["Izium"] == ("2024-02-29", 0, 3)
    assert by_place["Balakliia"] == ("2024-02-29", 1, 0)


def test_a_toll_at_a_place_the_gazetteer_lacks_is_not_added_to_the_last_attack():
    events = _events("On Thursday a glide bomb hit a school in Kupiansk, killing two teachers. "
                     "In Zarvanytsiaka, three people were wounded by shelling, and in Balakliia "
                     "a drone killed a farmer.")
    by_place = _by_place(events)
    assert by_place["Kupiansk"] == ("2024-02-29", 2, 0)
    assert by_place["Balakliia"] == ("2024-02-29", 1, 0)


def test_a_toll_naming_a_place_in_passing_stays_with_the_attack():
    events = _events("On Thursday a drone hit a checkpoint in Kupiansk, killing two soldiers. "
                     "Four civilians were wounded and taken to a hospital in Kharkiv.")
    assert _tolls(events) == [("2024-02-29", 2, 4)]


def test_the_days_toll_told_again_at_another_hour_is_the_same_dead():
    events = _events("A missile struck a housing block in Dnipro on Thursday evening, killing "
                     "six people and wounding 30. Early reports on Thursday night had put it at "
                     "four dead and 12 injured.")
    assert _tolls(events) == [("2024-02-29", 6, 30)]


def test_a_tally_over_the_past_day_across_places_is_not_an_event_of_its_own():
    events = _events("Over the past day, Russian forces shelled Kharkiv and 15 villages of the "
                     "region, killing five civilians.\n\nIn Kharkiv, a missile hit a warehouse "
                     "on Thursday, killing two guards.")
    assert ("2024-02-29", 5, 0) not in _tolls(events)
    assert ("2024-02-29", 2, 0) in _tolls(events)


def test_the_past_day_of_a_report_is_the_day_before_it_was_filed():
    text = "The governor listed the casualties of the past day."
    found = find_dates(text, parse_published(PUBLISHED))
    assert [(d.iso, d.precision) for d in found] == [("2024-02-29", "day")]


def test_a_protest_lodged_over_an_attack_is_news_of_its_own_day_not_another_attack():
    events = _events("On Tuesday troops shelled a village near the border, killing two "
                     "farmers. The foreign ministry summoned the envoy today and lodged a "
                     "strong protest over the shelling.")
    assert [(e.date, e.kind) for e in events] == [("2024-02-27", "attack"),
                                                  ("2024-03-01", "announcement")]
    assert _tolls(events)[0] == ("2024-02-27", 2, 0)


def test_ships_entering_restricted_waters_and_a_drone_circling_an_island_are_incursions():
    events = _events("On Wednesday, three patrol boats entered territorial waters off Kinmen, "
                     "the defence ministry said. On Tuesday, a surveillance drone circled "
                     "Pratas Island for an hour.")
    assert [(e.date, e.kind) for e in events] == [("2024-02-28", "other"),
                                                  ("2024-02-27", "other")]


def test_circling_overhead_with_no_place_named_is_no_incursion():
    events = _events("On Tuesday a police helicopter circled overhead for an hour.")
    assert all(e.kind != "other" for e in events)


def test_bodies_a_rescue_body_recovered_later_are_the_dead_already_counted():
    events = _events(
        "Rival factions fought in Mosul on Thursday night, killing seven people.\n\n"
        "The interior ministry announced a truce on Friday morning.\n\n"
        "The Red Crescent said its teams had recovered three bodies overnight near the "
        "market.")
    assert [t for t in _tolls(events) if t[1] or t[2]] == [("2024-02-29", 7, 0)]
