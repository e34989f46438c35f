"""One chart spec feeds three renderers, so what the chart must not hide or mislead about is
decided once, in the spec: attack targets are drawn last (on top), casualty categories carry
the briefing's date label, and distances are not lined up as if comparable."""

from __future__ import annotations

import re

from briefdeck.charts.build import figures_spec, map_spec
from briefdeck.charts.spec import ROLE_IMPORTANCE, TimelineItem, role_rank
from briefdeck.model import Event, Figure, Place

ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _place(i: int, name: str, lat: float, lon: float, role: str) -> Place:
    return Place(id=f"pl-{i}", name=name, lat=lat, lon=lon, kind="city", role=role)


def _quneitra() -> list[Place]:
    # The report's order: the context places first, the struck villages among them.
    return [
        _place(1, "Quneitra", 33.125, 35.824, "mentioned"),
        _place(2, "Jubata al-Khashab", 33.216, 35.774, "attack target"),
        _place(3, "Khan al-Sheeh", 33.390, 36.090, "mentioned"),
        _place(4, "Khan Arnabah", 33.183, 35.883, "attack target"),
        _place(5, "Damascus", 33.513, 36.292, "reinforcement"),
        _place(6, "Quneitra governorate", 33.10, 35.85, "mentioned"),
    ]


def test_map_points_are_in_drawing_order_with_attack_targets_last():
    spec = map_spec(_quneitra())
    roles = [p.role for p in spec.points]
    assert roles[-2:] == ["attack target", "attack target"]
    ranks = [role_rank(r) for r in roles]
    assert ranks == sorted(ranks, reverse=True)  # every role above the ones less important
    # within a role, the report's order is kept
    assert [p.label for p in spec.points if p.role == "mentioned"] == [
        "Quneitra", "Khan al-Sheeh", "Quneitra governorate"]


def test_map_legend_lists_roles_most_important_first():
    spec = map_spec(_quneitra())
    assert [role for role, _ in spec.legend] == [
        r for r in ROLE_IMPORTANCE if r in {"attack target", "reinforcement", "mentioned"}]


def _event(i: int, day: str, place: str, killed: int, precision: str = "day") -> Event:
    return Event(id=f"ev-{i}", kind="strike", date=day, date_precision=precision,
                 place=place, killed=killed, summary="strike")


def test_casualty_categories_write_dates_as_the_slides_do_never_iso():
    spec = figures_spec([_event(1, "2026-11-26", "", 3), _event(2, "2026-11-09", "Hodeidah", 2),
                         _event(3, "2026-10", "Yemen", 5, "month")], [])
    assert spec.categories and not any(ISO_DAY.search(c) for c in spec.categories)
    assert "Hodeidah, 9 Nov 2026" in spec.categories
    assert "Yemen, Oct 2026" in spec.categories


def _figure(i: int, value: float, unit: str, text: str) -> Figure:
    return Figure(id=f"fg-{i}", value=value, unit=unit, text=text, label=text)


def test_distances_are_not_charted_against_each_other():
    figures = [_figure(1, 70, "nautical miles", "about 70 nautical miles"),
               _figure(2, 100, "nautical miles", "about 100 nautical miles"),
               _figure(3, 60, "km", "roughly 60 kilometers"),
               _figure(4, 23, "sailors", "23 sailors")]
    spec = figures_spec([], figures)
    assert spec.empty  # the distances measure different things; one count is no chart


def test_counts_are_still_charted_when_distances_are_more_common():
    figures = [_figure(1, 70, "nautical miles", "about 70 nautical miles"),
               _figure(2, 100, "nautical miles", "about 100 nautical miles"),
               _figure(3, 85, "NM", "85NM"),
               _figure(4, 40, "launchers", "40 launchers"),
               _figure(5, 6, "launchers", "six launchers")]
    spec = figures_spec([], figures)
    assert spec.unit == "launchers" and spec.categories == ("40 launchers", "six launchers")


def test_a_month_dated_item_spans_its_month_and_a_day_dated_one_does_not():
    month = TimelineItem("ev-1", "2026-11-01", "month", "x", "attack", "DC2626")
    day = TimelineItem("ev-2", "2026-11-01", "day", "x", "attack", "DC2626")
    assert month.vague and month.last_day == "2026-11-30"
    assert not day.vague and day.last_day == "2026-11-01"


def test_a_month_dated_item_stands_mid_month_and_the_key_says_why_it_is_hollow():
    from briefdeck.charts.spec import TimelineItem, vague_note

    month = TimelineItem("ev-1", "2026-10-01", "month", "Missile attacks", "attack", "#c00")
    day = TimelineItem("ev-2", "2026-11-09", "day", "Tanker hit", "attack", "#c00")
    assert month.mid_day == "2026-10-16" and day.mid_day == "2026-11-09"
    assert vague_note([month, day]) == "dated to the month only"
    assert vague_note([day]) == ""
