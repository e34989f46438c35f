"""ChartSpec: pure data describing each chart, fed alike to the three renderers
(pyqtgraph in the app, native PowerPoint charts and shapes, reportlab drawings)."""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from briefdeck.charts.areas import AREA_KEY, ring_scale
from briefdeck.model.tolls import toll_words, with_claimant

Bounds = tuple[float, float, float, float]  # lon_min, lat_min, lon_max, lat_max

# Map roles, most important first: the legend lists them so, labels claim room in this order,
# and markers are drawn in the reverse (MapSpec.points ends with the attack targets), so that
# a grey "mentioned" dot never hides a target in any renderer. Areas (rings) come before every
# dot: a province's ring lies beneath the towns in it.
ROLE_IMPORTANCE = ("attack target", "reinforcement", "withdrawal", "mentioned")


def role_rank(role: str) -> int:
    """0 for the most important role; unknown roles rank after "mentioned"."""
    return ROLE_IMPORTANCE.index(role) if role in ROLE_IMPORTANCE else len(ROLE_IMPORTANCE)


def label_rank(point: MapPoint) -> tuple[int, int]:
    """The order places claim room for their labels: the briefing's importance (the lead
    event's places, then the places events happened at), then the role."""
    return (point.priority, role_rank(point.role))


@dataclass(frozen=True)
class MapPoint:
    fact_id: str
    label: str
    lat: float
    lon: float
    role: str
    colour: str  # hex RRGGBB
    detail: str = ""  # hover / notes text
    # Who gets a label first when there is no room for all: lower first. 0 for the lead
    # event's places, so the main target never loses its name to a place named in passing.
    priority: int = 0
    # What area the point stands for ('province', 'region', 'sea', 'place in a province'), or
    # '' for a place at a spot (charts.areas): an area is drawn as a ring, its name in italics.
    area: str = ""

    @property
    def is_area(self) -> bool:
        return bool(self.area)

    @property
    def ring_scale(self) -> float:
        """The ring's diameter in dots' diameters (0 for a point place)."""
        return ring_scale(self.area)


@dataclass(frozen=True)
class CountryShape:
    name: str
    rings: tuple[tuple[tuple[float, float], ...], ...]  # (lon, lat) polygons


@dataclass(frozen=True)
class MapSpec:
    title: str
    bounds: Bounds
    points: tuple[MapPoint, ...]  # in drawing order: areas, then least important first
    countries: tuple[CountryShape, ...] = ()
    legend: tuple[tuple[str, str], ...] = ()  # (role, colour) for roles present, by importance
    outside: tuple[str, ...] = ()  # places left off: too far from the others to frame together
    unplaced: tuple[str, ...] = ()  # places with no coordinates yet: the analyst may add them

    @property
    def empty(self) -> bool:
        return not self.points

    @property
    def area_key(self) -> str:
        """The legend's line for the ring, when the map draws an area ('' when none)."""
        return AREA_KEY if any(p.is_area for p in self.points) else ""


@dataclass(frozen=True)
class TimelineItem:
    fact_id: str
    date: str  # ISO date (month/year precision resolved to the first day)
    precision: str
    label: str
    kind: str
    colour: str
    killed: int = 0  # sizes and ranks the item
    wounded: int = 0
    detail: str = ""
    killed_qualifier: str = "exact"  # as the report worded the count: "at least"
    wounded_qualifier: str = "exact"
    claimed_by: str = ""  # who claims the toll when only a party to the fight gives it
    lead: bool = False  # the event the report leads with: labelled first when room is short

    @property
    def toll(self) -> str:
        """As the report worded it: 'at least 3 killed, 8 wounded', and whose claim it is:
        '4 killed (according to Kataib Hezbollah)'."""
        return with_claimant(toll_words(self.killed, self.killed_qualifier, self.wounded,
                                        self.wounded_qualifier), self.claimed_by)

    @property
    def vague(self) -> bool:
        """Dated to the month or year only: drawn as a span (or a hollow marker), not a day."""
        return self.precision in ("month", "year")

    @property
    def last_day(self) -> str:
        """The period's last day (ISO): the month's or year's end for a vague date."""
        day = date.fromisoformat(self.date)
        if self.precision == "year":
            return date(day.year, 12, 31).isoformat()
        if self.precision == "month":
            end = calendar.monthrange(day.year, day.month)[1]
            return date(day.year, day.month, end).isoformat()
        return self.date

    @property
    def mid_day(self) -> str:
        """Where the item stands on a time axis (ISO): its day, or the middle of its month or
        year, so a vague date is not read as its first day."""
        if not self.vague:
            return self.date
        a, b = date.fromisoformat(self.date), date.fromisoformat(self.last_day)
        return date.fromordinal((a.toordinal() + b.toordinal()) // 2).isoformat()

    @property
    def death_toll(self) -> str:
        """The killed alone, for a label with no room for more."""
        return with_claimant(toll_words(self.killed, self.killed_qualifier, 0, "exact"),
                             self.claimed_by)


def label_order(items: Iterable[TimelineItem]) -> list[int]:
    """The order the items' labels claim room in, as indices: the lead event, then the
    deadliest, then the most wounded, then by date; so when the room runs out the unlabelled
    dots are the minor ones, never the deadliest incident."""
    ranked = sorted(enumerate(items), key=lambda p: (not p[1].lead, -p[1].killed,
                                                     -p[1].wounded, p[1].date, p[0]))
    return [n for n, _ in ranked]


@dataclass(frozen=True)
class TimelineSpec:
    title: str
    items: tuple[TimelineItem, ...]
    omitted: int = 0  # dated events left off: only the heaviest fit on a timeline

    @property
    def empty(self) -> bool:
        return not self.items


@dataclass(frozen=True)
class Series:
    name: str
    values: tuple[float, ...]
    colour: str
    # A value the report left open, marked as its label prints: ">40", "\u226513", "~12"
    # ('' = as counted); a bar's length cannot say "more than".
    marks: tuple[str, ...] = ()


@dataclass(frozen=True)
class BarSpec:
    """Categories with one or more series, drawn as (stacked) horizontal bars."""

    title: str
    categories: tuple[str, ...]
    series: tuple[Series, ...]
    unit: str = ""
    stacked: bool = False
    fact_ids: tuple[str, ...] = ()  # the fact behind each category, for click-to-select
    number_format: str = "#,##0"

    @property
    def empty(self) -> bool:
        return not self.categories or not self.series


@dataclass(frozen=True)
class ChartSet:
    map: MapSpec
    timeline: TimelineSpec
    figures: BarSpec
    notes: dict[str, str] = field(default_factory=dict)  # chart name -> why it is shaped so


def vague_note(items: Iterable[TimelineItem]) -> str:
    """What a hollow marker means on a timeline of these items ('' when none is vague)."""
    vague = [i for i in items if i.vague]
    if not vague:
        return ""
    return "dated to the year only" if all(i.precision == "year" for i in vague) \
        else "dated to the month only"
