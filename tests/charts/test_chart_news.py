"""Charts keep to the report's news: an attack years back that the report only recalls is not
drawn beside this week's; one strike whose toll several parties give is one bar, its other tolls
named; the map frames what the briefing is about (the lead event's places, the places attacked)
rather than the soldiers' home towns, and the lead event's place claims a label first."""

from briefdeck.charts.build import figures_spec, map_spec, timeline_spec
from briefdeck.model import Event, Place, Provenance


def _ev(i: int, at: int = 0, **kw) -> Event:
    kw.setdefault("kind", "attack")
    return Event(id=f"ev-{i}", provenance=Provenance(source="src-1", start=at, end=at + 5), **kw)


def _place(i: int, name: str, lat: float, lon: float, role: str = "mentioned") -> Place:
    return Place(id=f"pl-{i}", name=name, lat=lat, lon=lon, kind="city", role=role)


def test_an_attack_years_before_the_news_is_left_off_the_casualty_chart_and_timeline():
    events = [
        _ev(1, 0, place="Outpost Nine", date="2026-10-03", killed=1, wounded=4),
        _ev(2, 50, place="Tower 22", date="2024-01-28", killed=3, wounded=40),
        _ev(3, 90, place="Camp Blue", date="2026-10-05", wounded=2),
    ]
    assert figures_spec(events, []).fact_ids == ("ev-1", "ev-3")
    assert [i.fact_id for i in timeline_spec(events).items] == ["ev-1", "ev-3"]


def test_a_report_that_is_a_timeline_of_old_attacks_keeps_them():
    events = [
        _ev(1, 0, place="Camp A", date="2024-01-28", killed=3),
        _ev(2, 10, place="Camp B", date="2024-06-02", wounded=2),
        _ev(3, 20, place="Camp C", date="2026-10-05", wounded=1),
    ]
    assert len(figures_spec(events, []).fact_ids) == 3
    assert len(timeline_spec(events).items) == 3


def test_one_strike_with_competing_tolls_is_one_bar_with_the_other_tolls_named():
    events = [
        _ev(1, 0, kind="strike", place="Riverside depot", date="2026-10-05", killed=9, wounded=6),
        _ev(2, 40, kind="strike", date="2026-10-05", killed=12, killed_qualifier="at least"),
        _ev(3, 80, kind="strike", date="2026-10-05", killed=11, wounded=7),
        _ev(4, 120, place="Hill 4", date="2026-10-07", wounded=3),
    ]
    spec = figures_spec(events, [])
    assert spec.fact_ids == ("ev-1", "ev-4")
    assert spec.categories[0] == ("Riverside depot, 5 Oct 2026 (other tolls: at least 12 "
                                  "killed; 11 killed, 7 wounded)")
    assert spec.series[0].values == (9.0, 0.0)
    assert [i.fact_id for i in timeline_spec(events).items] == ["ev-1", "ev-4"]


def test_two_attacks_on_one_base_in_the_morning_and_evening_stay_two_bars():
    events = [
        _ev(1, 0, place="Camp Blue", date="2026-10-05", date_text="Sunday morning", killed=1),
        _ev(2, 30, place="Camp Blue", date="2026-10-05", date_text="Sunday evening", wounded=2),
    ]
    assert len(figures_spec(events, []).fact_ids) == 2


def test_the_map_frames_the_attacked_base_not_the_soldiers_home_towns():
    places = [
        _place(1, "Erbil Air Base", 36.24, 43.96, "attack target"),
        _place(2, "Waterloo", 42.49, -92.34),
        _place(3, "Des Moines", 41.59, -93.62),
        _place(4, "Ames", 42.03, -93.62),
        _place(5, "Landstuhl", 49.40, 7.56),
    ]
    events = [_ev(1, 0, place="Erbil Air Base", date="2026-10-05", wounded=5)]
    spec = map_spec(places, events=events)
    assert [p.label for p in spec.points] == ["Erbil Air Base"]
    assert set(spec.outside) == {"Waterloo", "Des Moines", "Ames", "Landstuhl"}


def test_the_lead_events_place_claims_its_label_before_a_place_recalled_from_years_ago():
    places = [
        _place(1, "Old Base", 33.3, 38.7, "attack target"),
        _place(2, "Camp Blue", 33.8, 42.4, "attack target"),
        _place(3, "Baghdad", 33.3, 44.4),
    ]
    events = [
        _ev(1, 0, place="Camp Blue", date="2026-10-05", wounded=2),
        _ev(2, 60, place="Old Base", date="2024-01-28", killed=3),
    ]
    spec = map_spec(places, events=events)
    first = min(spec.points, key=lambda p: p.priority)
    assert first.label == "Camp Blue"
    assert {p.label: p.priority for p in spec.points}["Old Base"] < \
        {p.label: p.priority for p in spec.points}["Baghdad"]


def test_a_toll_told_in_a_later_placeless_sentence_is_drawn_under_the_attacks_place():
    events = [
        _ev(1, 0, place="Camp Blue", date="2026-10-05"),
        _ev(2, 40, date="2026-10-05", wounded=2),
    ]
    spec = figures_spec(events, [])
    assert spec.categories == ("Camp Blue, 5 Oct 2026",) and spec.series[1].values == (2.0,)
    rows = [(i.label, i.wounded) for i in timeline_spec(events).items]
    assert rows == [("Attack on Camp Blue", 2)]


def test_a_meeting_venue_far_from_the_news_is_listed_not_framed():
    places = [
        _place(1, "Camp Blue", 33.79, 42.44, "attack target"),
        _place(2, "Qaryat Sin", 34.38, 41.09, "attack target"),
        _place(3, "Nur airport", 36.24, 43.96, "reinforcement"),
        _place(4, "Baghdad", 33.34, 44.40),
        _place(5, "Far capital", 39.92, 32.85),  # where a committee met, ~1,000 km off
    ]
    events = [_ev(1, 0, place="Camp Blue", date="2026-11-28", wounded=1)]
    spec = map_spec(places, events=events)
    assert spec.outside == ("Far capital",)
    assert "Baghdad" in [p.label for p in spec.points]  # a mention beside the news stays
    lon_min, _, _, _ = spec.bounds
    assert lon_min > 37  # framed on the news, not stretched west to the venue


def test_mentions_afar_that_outnumber_the_news_places_stay_framed():
    places = [
        _place(1, "Camp Blue", 33.79, 42.44, "attack target"),
        _place(2, "Gulf base one", 25.12, 51.31),
        _place(3, "Gulf base two", 24.25, 54.55),
    ]
    assert map_spec(places).outside == ()
