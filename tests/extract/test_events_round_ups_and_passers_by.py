"""A day's round-up that goes on, undated, to other towns of the same country; "earlier in
the day" as the day just named; passers-by, motorists and other people nouns as a toll's group."""

from __future__ import annotations

from briefdeck.extract.casualties import find_casualties
from briefdeck.extract.dates import DateMention
from briefdeck.extract.event_draft import Draft
from briefdeck.extract.event_lede_part import round_up_day
from briefdeck.extract.places import PlaceMention

from .drafting import day_tolls, drafted_events


def _tolls(text: str) -> list[tuple[str, int]]:
    return [(c.kind, c.count) for c in find_casualties(text, 0, len(text))]


def test_passers_by_and_motorists_are_counted_as_people_hurt():
    assert _tolls("A shell struck the square, wounding three passers-by.") == [("wounded", 3)]
    assert _tolls("The blast killed two passersby near the bakery.") == [("killed", 2)]
    assert _tolls("The drone hit the highway, injuring four motorists.") == [("wounded", 4)]


def test_earlier_in_the_day_takes_the_day_just_named():
    events = drafted_events(
        "Shelling across the province\n\n"
        "Artillery hit the village of Dorsk on Monday, killing three farmers.\n\n"
        "Earlier in the day, a drone struck a lorry near Velno, killing four drivers.\n",
        "2025-03-12")
    assert ("2025-03-10", 4, 0) in day_tolls(events)


def _place(name: str, precision: str = "city", country: str = "Ukraine") -> PlaceMention:
    return PlaceMention(key=name, name=name, start=0, end=len(name), kind="town",
                        country=country, lat=None, lon=None, precision=precision, role="",
                        locator=False, possibly=False)


def _day(iso: str) -> DateMention:
    return DateMention(start=0, end=7, text="Tuesday", iso=iso, precision="day")


def _lede(iso: str = "2025-03-11") -> Draft:
    d = Draft("attack", 0, 10, date=_day(iso))
    d.locate([_place("Kharkiv")])
    return d


def test_a_round_up_goes_on_to_another_town_on_the_ledes_day():
    lede = _lede()
    headline = Draft("attack", 0, 5)  # the headline's telling, undated
    assert round_up_day([headline, lede], [_place("Sumy")], lede.date) is lede.date


def test_a_round_up_stops_at_another_day_another_country_or_the_same_town():
    lede = _lede()
    other = Draft("attack", 20, 30, date=_day("2025-03-02"))
    assert round_up_day([lede, other], [_place("Sumy")], None) is None
    assert round_up_day([lede], [_place("Sumy")], _day("2025-03-02")) is None
    assert round_up_day([lede], [_place("Belgorod", country="Russia")], None) is None
    assert round_up_day([lede], [_place("Kharkiv")], None) is None
    # a country named is no town of the round-up
    assert round_up_day([lede], [_place("Ukraine", precision="country")], None) is None
