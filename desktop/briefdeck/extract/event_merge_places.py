"""Are two drafts of one day told at one place? A district and its city, a town and the base
named after it, a hit at sea off the port it names are one place; border villages facing each
other across the line, and two towns of one country, are not (event_merge.py asks)."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefdeck.extract.event_draft import Draft

NEAR_KM = 12.0  # "Sayyida Zeinab, south of Damascus" and "Damascus": one place for a merge


def named_after(d: Draft) -> set[str]:
    """The keys of d's towns that another of its sites is named after: a map pin's title
    gives the town ("Erbil"), its note the base ("Erbil Air Base"), one place told twice."""
    # (a key is the gazetteer entry's name)
    return {key for key in d.sites if any(other.startswith(key + " ") for other in d.sites)}


def same_place(a: Draft, b: Draft, in_country: bool = False) -> bool:
    """Two drafts of one day may be one happening unless they name different places (a
    district and the city it lies in are the same place; with in_country, a country or
    province named alone and a town in it too)."""
    if (
        not a.places
        or not b.places
        or bool(set(a.places) & set(b.places))
        or _share_key(a, b)
        or _off_port(a, b)
        or _off_port(b, a)
        or (
            not _across_border(a, b)
            and any(_km(p, q) <= NEAR_KM for p in a.points for q in b.points)
        )
    ):
        return True
    return in_country and (not a.sites or not b.sites) and bool(a.countries & b.countries)


def _share_key(a: Draft, b: Draft) -> bool:
    """Do two drafts name a place in common? Two drafts that each name a site share no place
    by their country alone ("strikes across south Lebanon" grown into the strike on
    Nabatieh, then "a launcher hit near Khiam, Lebanon": two towns)."""
    shared = a.keys & b.keys
    if shared and a.sites and b.sites and not a.sites & b.sites:
        return bool(shared - {p.key for p in a.mentions + b.mentions if p.precision == "country"})
    return bool(shared)


def _off_port(a: Draft, b: Draft) -> bool:
    """Was a hit miles off the port it names, at sea, and b told at sea? ("fired missiles at a
    tanker in the Red Sea", then "the tanker was hit 70 nautical miles west of Hodeidah")"""
    # (drones "shot down over the Red Sea" the same evening, told "separately": another)
    return a.offshore and b.at_sea() and not (a.other or b.other or a.intercept or b.intercept)


def only_near(a: Draft, b: Draft) -> bool:
    """Do two placed drafts name different places, of no shared key, that are only near
    (not one place spelled two ways: "Aita al-Shaab", "Ayta ash-Shab")?"""
    return (
        bool(a.sites and b.sites)
        and not (set(a.places) & set(b.places))
        and not (a.keys & b.keys)
        and (
            _across_border(a, b)
            or not any(_km(p, q) <= SAME_KM for p in a.points for q in b.points)
        )
    )


def _across_border(a: Draft, b: Draft) -> bool:
    """Do two drafts lie in different countries? A border village and the one facing it
    across the line are near, never one place: an attack from Lebanon on Shtula and the
    strike that answered it on Aita al-Shaab are two happenings."""
    return bool(a.countries and b.countries) and not a.countries & b.countries


SAME_KM = 3.0


def _km(p: tuple[float, float], q: tuple[float, float]) -> float:
    lat = math.radians((p[0] + q[0]) / 2)
    dx = (p[1] - q[1]) * 111.32 * math.cos(lat)
    return math.hypot(dx, (p[0] - q[0]) * 110.57)
