"""One event told several times is grouped once, by one rule, for the chart and the BLUF."""

from __future__ import annotations

from briefdeck.charts.news import one_per_event
from briefdeck.extract.narrative_tolls import first_told
from briefdeck.extract.tellings import tellings
from briefdeck.model import Event, Provenance

DAY = "2026-11-25"


def _ev(i: int, at: int, **kw) -> Event:
    kw.setdefault("kind", "strike")
    kw.setdefault("date", DAY)
    kw.setdefault("date_precision", "day")
    return Event(id=f"ev-{i}", provenance=Provenance(start=at, end=at + 10), **kw)


def _ids(groups: list[list[Event]]) -> list[list[str]]:
    return [[e.id for e in g] for g in groups]


def test_a_later_toll_alone_is_the_placed_strike_told_again_for_chart_and_bluf():
    toll = _ev(1, 10, killed=12, killed_qualifier="at least")
    placed = _ev(2, 90, place="Albu Kamal", killed=11)
    assert _ids(tellings([toll, placed])) == [["ev-1", "ev-2"]]
    shown, others = one_per_event([toll, placed])[0]
    assert shown is placed and others == [toll]  # the chart: the telling that says where
    firsts, rivals = first_told([toll, placed])
    assert firsts == [toll] and rivals == {"ev-1": [placed]}  # the BLUF: the first told


def test_a_placeless_act_with_its_own_weapon_is_another_act():
    placed = _ev(1, 10, kind="attack", place="Sake", killed=31)
    fired = _ev(2, 90, kind="attack", weapons=["artillery"], wounded=2)
    assert len(tellings([placed, fired])) == 2
    assert len(first_told([placed, fired])[0]) == 2


def test_two_places_in_one_province_are_two_attacks_not_rival_tolls():
    one = _ev(1, 10, kind="attack", place="Thiban, Deir ez-Zor", killed=2)
    two = _ev(2, 90, kind="attack", place="Hajin, Deir ez-Zor", killed=1)
    firsts, rivals = first_told([one, two])
    assert firsts == [one, two] and rivals == {}


def test_the_same_place_told_twice_is_one_strike_whatever_wider_area_follows():
    one = _ev(1, 10, place="Yater, Kafr Kela", killed=2)
    two = _ev(2, 90, place="Yater", killed=2, wounded=3)
    assert _ids(tellings([one, two])) == [["ev-1", "ev-2"]]


def test_morning_and_evening_of_one_day_are_two_attacks():
    morning = _ev(1, 10, place="Erbil", date_text="on Wednesday morning", wounded=2)
    evening = _ev(2, 90, place="Erbil", date_text="on Wednesday evening", wounded=1)
    assert len(tellings([morning, evening])) == 2


def test_undated_tolls_and_two_placeless_tolls_stay_apart():
    assert len(tellings([_ev(1, 10, date=None, place="Camp Taji", killed=3),
                         _ev(2, 90, date=None, place="Camp Taji", killed=2)])) == 2
    assert len(tellings([_ev(1, 10, killed=3), _ev(2, 90, killed=2)])) == 2


def test_the_chart_shows_the_placed_telling_that_gives_the_toll():
    launchers = _ev(1, 10, place="Yater, Naqoura")
    toll = _ev(2, 90, place="Yater", killed=2, wounded=5)
    shown, others = one_per_event([launchers, toll])[0]
    assert shown is toll and others == [launchers]


def test_a_country_named_before_the_site_is_the_same_strike():
    # one strike told as "Hodeidah, Yemen" and again as "Yemen, Hodeidah": one bar
    first = _ev(1, 10, place="Hodeidah, Yemen, Red Sea", killed=9)
    again = _ev(2, 90, place="Yemen, Hodeidah", killed=6)
    assert _ids(tellings([first, again])) == [["ev-1", "ev-2"]]


def test_two_sites_in_one_country_or_province_stay_two_strikes():
    one = _ev(1, 10, place="Syria, Thiban", killed=2)
    two = _ev(2, 90, place="Syria, Hajin", killed=1)
    assert len(tellings([one, two])) == 2
    village = _ev(3, 10, place="Thiban, Deir ez-Zor", killed=2)
    city = _ev(4, 90, place="Deir ez-Zor", killed=1)
    assert len(tellings([village, city])) == 2
