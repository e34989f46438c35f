"""Briefing -> ChartSet: the map of places, the timeline of events and the figures chart."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from statistics import median
from typing import Any

from briefdeck.charts import palette
from briefdeck.charts.areas import area_kind, is_sea
from briefdeck.charts.distances import extent_km, km
from briefdeck.charts.event_names import (
    event_name,
    event_noun,
    place_once,
    what_happened_where,
)
from briefdeck.charts.framing import split_far_mentions
from briefdeck.charts.news import lead_event, news_events, one_per_event
from briefdeck.charts.spec import (
    ROLE_IMPORTANCE,
    BarSpec,
    ChartSet,
    CountryShape,
    MapPoint,
    MapSpec,
    Series,
    TimelineItem,
    TimelineSpec,
    role_rank,
)
from briefdeck.compose.selection import Selection, select_facts
from briefdeck.model.briefing import Briefing
from briefdeck.model.date_words import event_date_label
from briefdeck.model.tolls import TOLL_MARKS, claim_words, toll_words
from briefdeck.model.units import is_measure

# Which role one place keeps when several mentions of it disagree (not the drawing order:
# that is spec.ROLE_IMPORTANCE).
ROLE_ORDER = ("withdrawal", "reinforcement", "attack target", "mentioned")


def build_charts(
    briefing: Briefing,
    include_drafts: bool = False,
    selection: Selection | None = None,
    aspect: float = 16 / 9,
) -> ChartSet:
    sel = selection or select_facts(briefing, include_drafts)
    return ChartSet(
        map=map_spec(sel.of("places"), aspect, sel.of("events")),
        timeline=timeline_spec(sel.of("events")),
        figures=figures_spec(sel.of("events"), sel.of("figures")),
    )


def map_spec(places: list[Any], aspect: float = 16 / 9, events: list[Any] | None = None) -> MapSpec:
    from briefdeck.geo.borders import country_rings_within, frame_for

    events = events or []
    lead = lead_event(events)
    lead_names = _place_names(lead.place) if lead is not None else set()
    event_names = {n for ev in news_events(events) for n in _place_names(ev.place)}

    # A country's centroid is not a place anyone is: it would only stretch the frame. A sea's
    # centre is no better a frame (charts.areas): a sea is drawn where the frame the other
    # places set takes it in, as a ring.
    located = [
        p
        for p in places
        if p.lat is not None and p.lon is not None
        and ("country" not in (p.kind, p.precision) or is_sea(p))
    ]
    # One marker per place name: several mentions of Irbil are one place on the map.
    seen: dict[str, Any] = {}
    for place in located:
        key = place.name.casefold()
        if key not in seen or _role_rank(place.role) < _role_rank(seen[key].role):
            seen[key] = place
    seas = [p for p in seen.values() if is_sea(p)]
    framing = [p for p in seen.values() if not is_sea(p)] or seas
    kept, far = _theatre(framing, _focus(framing, lead_names))
    kept, far_mentions = split_far_mentions(kept, lead_names, CLUSTER_MIN_KM)
    far += far_mentions
    if kept:
        bounds = frame_for([(float(p.lat), float(p.lon)) for p in kept], aspect=aspect)
    else:
        bounds = (38.0, 28.0, 50.0, 38.0)  # a neutral frame; renderers show "no places"
    if framing is not seas:
        # (a sea whose centre lies off the map is left unsaid, as before: its centre is no
        # place, and its waters may well be in the frame; "too far to frame" would mislead)
        kept += [s for s in seas if _within(s, bounds)]
    # Drawing order: areas beneath the dots, then the least important first, so that every
    # renderer puts targets on top.
    kept = sorted(kept, key=lambda p: (not area_kind(p), -role_rank(p.role)))
    points = tuple(
        MapPoint(
            fact_id=p.id,
            label=p.name,
            lat=float(p.lat),
            lon=float(p.lon),
            role=p.role,
            colour=palette.ROLE_COLOURS.get(p.role, palette.ROLE_COLOURS["mentioned"]),
            detail=_detail(p),
            priority=_label_priority(p, lead_names, event_names),
            area=area_kind(p),
        )
        for p in kept
    )
    countries = tuple(
        CountryShape(name, tuple(tuple(r) for r in rings))
        for name, rings in country_rings_within(bounds)
    )
    roles = {p.role for p in points}
    legend = tuple((r, palette.ROLE_COLOURS[r]) for r in ROLE_IMPORTANCE if r in roles)
    outside = tuple(p.name for p in far)
    unplaced = tuple(dict.fromkeys(
        p.name for p in places
        if (p.lat is None or p.lon is None) and "country" not in (p.kind, p.precision)
    ))
    return MapSpec("Places in the report", bounds, points, countries, legend, outside, unplaced)


def _within(place: Any, bounds: tuple[float, float, float, float]) -> bool:
    lon_min, lat_min, lon_max, lat_max = bounds
    return lon_min <= float(place.lon) <= lon_max and lat_min <= float(place.lat) <= lat_max


def _detail(place: Any) -> str:
    """The hover and notes text: what the place is, its role and point; for an area, that the
    point is only a representative centre."""
    where = ", ".join(x for x in (place.kind, place.country) if x)
    text = f"{place.name} ({where}) - {place.role}; {place.lat:.3f}, {place.lon:.3f}"
    area = area_kind(place)
    return f"{text}; {area}: somewhere in the area, not a point" if area else text


THEATRE_KM = 2500.0  # Iraq, Syria, the Gulf and the Red Sea fit; Washington does not
# A lone place this many times farther off than the rest of the map is wide would crowd the
# others into a corner: the map follows where the places cluster and names it in a note.
OUTLIER_RATIO = 4.0
CLUSTER_MIN_KM = 450.0  # the narrowest frame drawn (frame_for's 4 degrees): a cluster is never
# tighter than this, so places a few hundred km apart are one theatre however close the rest


def _place_names(place: str) -> set[str]:
    """'Erbil AB, Erbil Air Base' -> {'erbil ab', 'erbil air base'}."""
    return {n.strip().casefold() for n in (place or "").split(",") if n.strip()}


def _focus(places: list[Any], lead_names: set[str]) -> list[Any]:
    """What the briefing is about, to frame the map on: the lead event's places, else the
    places attacked, reinforced or left (never home towns and mentions)."""
    lead = [p for p in places if p.name.casefold() in lead_names]
    return lead or [p for p in places if p.role in ("attack target", "reinforcement",
                                                    "withdrawal")]


def _label_priority(place: Any, lead_names: set[str], event_names: set[str]) -> int:
    """0 for the lead event's places, then by role, places where events happened first."""
    lead = 0 if place.name.casefold() in lead_names else 1
    return lead * 100 + role_rank(place.role) * 10 + (place.name.casefold() not in event_names)


def _theatre(places: list[Any], focus: list[Any] | None = None) -> tuple[list[Any], list[Any]]:
    """The places near what the briefing is about (the focus: the lead event's places, the
    places attacked or reinforced), else near the report's centre of gravity, and those far off
    (a dateline in Washington, the soldiers' home towns, a hospital abroad) that would shrink
    the theatre to a dot. A far place with a role (Eilat attacked, in a Red Sea report) stays
    when the centre is the places' own: the story reaches that far."""
    if focus:
        lat0 = median(float(p.lat) for p in focus)
        lon0 = median(float(p.lon) for p in focus)
        near = [p for p in places if km(lat0, lon0, float(p.lat), float(p.lon)) <= THEATRE_KM]
        if not near:
            near = list(places)
    elif len(places) < 3:
        return places, []
    else:
        lat0 = median(float(p.lat) for p in places)
        lon0 = median(float(p.lon) for p in places)
        near = [p for p in places if km(lat0, lon0, float(p.lat), float(p.lon)) <= THEATRE_KM]
        if len(near) * 2 < len(places):
            return places, []  # no clear centre: show everything
    # Then, one at a time, the place farthest from the cluster's centre, while leaving it off
    # shrinks the map by more than OUTLIER_RATIO and two thirds of the theatre's places stay.
    theatre = len(near)
    while len(near) >= 3 and (theatre - len(near) + 1) * 3 <= theatre:
        lat0 = median(float(p.lat) for p in near)
        lon0 = median(float(p.lon) for p in near)
        far = max(near, key=lambda p: km(lat0, lon0, float(p.lat), float(p.lon)))
        rest = [p for p in near if p is not far]
        if extent_km(near) <= OUTLIER_RATIO * max(extent_km(rest), CLUSTER_MIN_KM):
            break
        if far.role != "mentioned":
            break
        near = rest
    return near, [p for p in places if p not in near]


def _role_rank(role: str) -> int:
    return ROLE_ORDER.index(role) if role in ROLE_ORDER else len(ROLE_ORDER)


def timeline_spec(events: list[Any]) -> TimelineSpec:
    items = []
    # The report's news, each event once (background years back and a second telling of one
    # strike would each add a marker that reads as another event).
    once = [(ev, others) for ev, others in _each_event_once(events) if ev.date]
    dated = [ev for ev, _ in once]
    names = _told_apart(dated)
    # the lead event, or the telling of it kept, claims label room first
    told = getattr(lead_event(events), "id", None)
    lead = next((ev for ev, others in once
                 if told in (ev.id, *(o.id for o in others))), None)
    for ev in dated:
        day = _first_day(ev.date)
        label = names[ev.id]
        items.append(
            TimelineItem(
                fact_id=ev.id,
                date=day,
                precision=ev.date_precision,
                label=label,
                kind=ev.kind,
                colour=palette.EVENT_COLOURS.get(ev.kind, palette.EVENT_COLOURS["other"]),
                killed=ev.killed or 0,
                wounded=ev.wounded or 0,
                detail=f"{ev.date} ({ev.date_text or ev.date_precision}) {ev.place}".strip(),
                killed_qualifier=ev.killed_qualifier,
                wounded_qualifier=ev.wounded_qualifier,
                claimed_by=ev.toll_claimed_by,
                lead=ev is lead,
            )
        )
    kept = _most_significant(items, TIMELINE_MAX, lambda i: (i.killed + i.wounded, i.date))
    kept.sort(key=lambda i: (i.date, i.fact_id))
    return TimelineSpec("Timeline of events", tuple(kept), omitted=len(items) - len(kept))


def _told_apart(events: list[Any]) -> dict[str, str]:
    """Each event's name; events that share one sentence (one raid on three towns, drafted as
    three events) are named by what happened where instead, and those still alike ("Attack in
    Erbil" twice) add the report's words for when, else, on one day, their order ("2nd attack
    in Erbil"), so no two rows read alike."""
    names = {ev.id: event_name(ev) for ev in events}
    shared = Counter(names.values())
    for ev in events:
        if shared[names[ev.id]] > 1:
            names[ev.id] = what_happened_where(ev)
    shared = Counter(names.values())
    seen: Counter[tuple[str, str]] = Counter()
    taken = set(names.values())
    # (counted in the timeline's order: the earlier of two alike is never the "2nd"; and
    # only among those of one day: rows of other days are told apart by their dates, and
    # "2nd drone attack" on a later day reads as a count of attacks the report never made)
    for ev in sorted(events, key=lambda e: e.date or ""):
        name = names[ev.id]
        if shared[name] < 2:
            continue
        seen[name, ev.date or ""] += 1
        nth = seen[name, ev.date or ""]
        said = _day_words(ev.date_text)
        told = f"{name}, {said}" if said else ""
        if not told or told in taken:
            told = f"{_ordinal(nth)} {_lower_first(name)}" if nth > 1 else name
        names[ev.id] = told
        taken.add(told)
    return names


TIMELINE_MAX = 24  # more events than this is a list, not a timeline: the deck lists them all
BARS_MAX = 12


def _most_significant(items: list[Any], limit: int, weight: Callable[[Any], Any]) -> list[Any]:
    """The `limit` heaviest items (in their original order when nothing is dropped)."""
    if len(items) <= limit:
        return list(items)
    return sorted(items, key=weight, reverse=True)[:limit]


def _first_day(iso: str) -> str:
    parts = iso.split("-")
    return "-".join(parts + ["01"] * (3 - len(parts)))


def figures_spec(events: list[Any], figures: list[Any]) -> BarSpec:
    """Casualties by event when the report gives them (the report's news, one bar an event,
    the other tolls given for it named in its label); else the figures of the commonest unit."""
    once = _each_event_once(events)
    others_of = dict((ev.id, others) for ev, others in once)
    hurt = [e for e, _ in once if _hurt(e)]
    hurt = _most_significant(hurt, BARS_MAX, lambda e: (e.killed or 0) * 10 + (e.wounded or 0))
    if hurt:
        hurt.sort(key=lambda e: (e.date or "9999", e.id))
        cats = tuple(_with_other_tolls(c, others_of.get(e.id, []))
                     for c, e in zip(_distinct(hurt), hurt, strict=True))
        return BarSpec(
            title="Casualties by event",
            categories=cats,
            series=(
                Series("Killed", tuple(float(e.killed or 0) for e in hurt), palette.KILLED,
                       tuple(TOLL_MARKS.get(e.killed_qualifier, "") for e in hurt)),
                Series("Wounded", tuple(float(e.wounded or 0) for e in hurt), palette.WOUNDED,
                       tuple(TOLL_MARKS.get(e.wounded_qualifier, "") for e in hurt)),
            ),
            unit="people",
            stacked=True,
            fact_ids=tuple(e.id for e in hurt),
        )
    # A bar is a number: "a few thousand dollars" or "hundreds of troops" has none to plot.
    # A distance, weight or share measures something different each time ("70 nautical miles
    # off Duqm", "100 nautical miles off Salalah"): bars side by side would compare them.
    firm = [f for f in figures if f.unit and not _vague(f) and not is_measure(f.unit)]
    units = Counter(f.unit for f in firm)
    # One number is a sentence, not a chart: a bar needs another of its unit beside it.
    if not units or units.most_common(1)[0][1] < 2:
        return BarSpec("Figures", (), ())
    unit = units.most_common(1)[0][0]
    chosen = [f for f in firm if f.unit == unit][:12]
    return BarSpec(
        title=f"Figures: {unit}",
        categories=tuple(_figure_label(f) for f in chosen),
        series=(
            # to the cent at most: float noise (4099999.9999999995) is no value the report wrote
            Series(unit.capitalize(), tuple(round(f.value, 2) for f in chosen),
                   palette.SERIES_COLOURS[0]),
        ),
        unit=unit,
        fact_ids=tuple(f.id for f in chosen),
        number_format=_as_written([f.value for f in chosen]),
    )


def _as_written(values: list[float]) -> str:
    """A bar's label prints its value as the report wrote it: "12.5", never a rounded "13",
    a number the report never gives; whole numbers keep their thousands separator."""
    if all(round(float(v), 2).is_integer() for v in values):
        return "#,##0"
    return "General"


def _hurt(ev: Any) -> bool:
    return (ev.killed or 0) + (ev.wounded or 0) > 0


def _each_event_once(events: list[Any]) -> list[tuple[Any, list[Any]]]:
    """The report's news, each event once (charts.news), as the telling whose toll is drawn
    and the other tellings' tolls: the placed telling's toll, else the first toll told of it
    (the bar of an attack on Ain al-Asad is the 2 wounded a later sentence gives, still
    named by its place)."""
    once = []
    for ev, others in one_per_event(news_events(events)):
        tolls = [o for o in others if _hurt(o)]
        if not _hurt(ev) and tolls:
            told = tolls.pop(0)
            ev = ev.model_copy(update={k: getattr(told, k) for k in _TOLL_FIELDS})
        once.append((ev, tolls))
    return once


_TOLL_FIELDS = ("killed", "killed_qualifier", "wounded", "wounded_qualifier", "toll_claimed_by")


def _with_other_tolls(label: str, others: list[Any]) -> str:
    """'Albu Kamal, 25 Nov 2026 (other tolls: at least 12 killed; 11 killed, 7 wounded)'."""
    tolls = list(dict.fromkeys(
        filter(None, (_toll_of(o) for o in others))))
    if not tolls:
        return label
    return f"{label} (other tolls: {'; '.join(tolls)})"


def _toll_of(ev: Any) -> str:
    toll = toll_words(ev.killed or 0, ev.killed_qualifier, ev.wounded or 0,
                      ev.wounded_qualifier)
    claim = claim_words(ev.toll_claimed_by)
    return f"{toll} {claim}".strip() if toll else ""


def _event_label(ev: Any, nth: str = "") -> str:
    # Written as every other slide writes a date ("26 Nov 2026"), never ISO. With no date, the
    # report's own words tell two bars apart ("Camp Taji, Saturday"); "undated" tells nothing.
    when = event_date_label(ev.date, ev.date_precision) if ev.date else _said_when(ev.date_text)
    where = place_once(ev.place) or what_happened_where(ev)
    where = ", ".join(x for x in (where, when, nth) if x)
    # A bar cannot say "at least": the category does, for the tolls the report left open.
    killed = ev.killed or 0 if ev.killed_qualifier != "exact" else 0
    wounded = ev.wounded or 0 if ev.wounded_qualifier != "exact" else 0
    open_toll = toll_words(killed, ev.killed_qualifier, wounded, ev.wounded_qualifier)
    # nor whose word a toll is: the bar of a militia's own count says so beside it
    claim = claim_words(ev.toll_claimed_by)
    said = "; ".join(x for x in (open_toll, claim) if x)
    return f"{where} ({said})" if said else where


_LEAD_PREPOSITION = re.compile(r"^(?:on|in|at|during|over|by)\s+", re.IGNORECASE)


def _said_when(date_text: str) -> str:
    """'on Wednesday evening' -> 'Wednesday evening': the report's wording of an undated day."""
    words = _LEAD_PREPOSITION.sub("", (date_text or "").strip())
    return words if 0 < len(words) <= 24 else ""


def _day_words(date_text: str) -> str:
    """The report's words for a dated event's day when they are words ("Saturday night"); a
    date or a log's date-time group ("14 NOV (2026-11-14)", "220011C") only repeats the day
    the timeline already shows above it, so the event is told apart by its order instead."""
    said = _said_when(date_text)
    return "" if any(ch.isdigit() for ch in said) else said


def _distinct(events: list[Any]) -> tuple[str, ...]:
    """Each bar's label; two bars never share one. The second of two alike is told apart in
    words that cannot read as a toll: the report's words for when ("Camp Taji, Saturday
    night"), else its order among the events there ("Camp Taji, 2nd attack (at least 3
    killed)"), never a bracketed "(2)" beside a casualty count."""
    labels = [_event_label(e) for e in events]
    repeated = {k for k, n in Counter(labels).items() if n > 1}
    seen: Counter[str] = Counter()
    out: list[str] = []
    for ev, label in zip(events, labels, strict=True):
        where = place_once(ev.place) or what_happened_where(ev)
        seen[where] += 1
        if label in repeated and label in out:
            said = _said_when(ev.date_text)
            if ev.date and said:
                label = _event_label(ev, said)
            if label in out or label in labels[len(out) + 1:]:
                label = _event_label(ev, f"{_ordinal(seen[where])} {_noun(ev)}")
        out.append(label)
    return tuple(out)


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def _lower_first(name: str) -> str:
    """'Attack in Erbil' -> 'attack in Erbil'; 'UAV strike' stays."""
    return name[:1].lower() + name[1:] if name[1:2].islower() else name


def _noun(ev: Any) -> str:
    """'attack', 'strike', ...: what the event was, in one word ('event' when unknown)."""
    return event_noun(ev.kind)


def _vague(fig: Any) -> bool:
    """Written with no digit and not as an exact count: 'a few thousand', 'dozens'."""
    return fig.qualifier not in ("exact", "range") and not any(c.isdigit() for c in fig.text)


def _figure_label(fig: Any) -> str:
    text = fig.label or fig.text or f"{fig.value:g} {fig.unit}"
    return text if len(text) <= 40 else text[:39] + "…"
