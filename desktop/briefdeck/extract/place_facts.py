"""From place mentions to place facts: one per distinct place, with its strongest role.

A report names a place many times; the analyst wants it once, under the report's fullest
spelling of it, with the role its strongest mention gives and that mention's sentence as the
evidence a reader checks.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from briefdeck.extract.place_demonyms import DEMONYM_BORDER
from briefdeck.extract.place_roles import _RANK
from briefdeck.geo.places import airfield_codes
from briefdeck.model import Place, Provenance

if TYPE_CHECKING:  # (places imports this module)
    from briefdeck.extract.places import PlaceMention


def extract_places(mentions: list[PlaceMention]) -> list[Place]:
    """One Place per gazetteer entry: first mention's words (a site's fullest name), strongest
    role, and as evidence the span of the mention that gave that role (a reader checking "Jordan
    -- attack target" must see the sentence of the attack, not the first naming)."""
    merged: dict[str, PlaceMention] = {}
    roles: dict[str, str] = {}
    told: dict[str, PlaceMention] = {}  # the mention whose sentence gave the role: its evidence
    parts: dict[str, set] = {}  # "the southern Red Sea": that part's point places the sea,
    for m in mentions:  # unless the report names two of its parts
        if m.part is not None:
            parts.setdefault(m.key, set()).add(m.part)
    for m in mentions:
        if m.key not in merged:
            merged[m.key], roles[m.key], told[m.key] = m, m.role, m
            continue
        if merged[m.key].label and not m.label:
            merged[m.key] = m  # a section label names it in short: the prose's words win
        elif m.kind in ("installation", "region", "province") and \
                _words(m.name) > _words(merged[m.key].name):
            merged[m.key] = m  # "Shaddadi base" in a headline, then "Mission Support Site
            # Shaddadi": a site's fullest name as the report writes it
        if _RANK.index(m.role) < _RANK.index(roles[m.key]):
            roles[m.key], told[m.key] = m.role, m
    places = []
    for i, (key, m) in enumerate(merged.items(), 1):
        if len(parts.get(key, ())) == 1:
            (lat, lon), = parts[key]
            m = replace(m, lat=lat, lon=lon)
        kind = m.kind if m.kind in ("installation", "city", "province", "region", "country") \
            else "other"
        precision = m.precision if m.precision in ("installation", "city", "province",
                                                   "country") else "unknown"
        places.append(Place(
            id=f"pl-{i}", name=_display_name(m), kind=kind,  # type: ignore[arg-type]
            country=m.country, lat=m.lat, lon=m.lon,
            precision=precision,
            role="reinforcement" if roles[key] == "stationed" else roles[key],  # type: ignore
            provenance=Provenance(source="src-1", start=told[key].start, end=told[key].end),
        ))
    return places


def _display_name(m: PlaceMention) -> str:
    """The report's own spelling, except for a demonym ("Syrian border" is Syria)."""
    if m.name.isupper() and len(m.name) > 4 and m.kind == "installation" and \
            m.key.casefold().endswith(" " + m.name.casefold()):
        return m.key[-len(m.name):]  # a log's "QASRAK" is Qasrak, as the report names it
        # (not the gazetteer's "Mission Support Site Qasrak", words it never writes)
    if DEMONYM_BORDER.fullmatch(m.name) or (m.name.isupper() and (
            len(m.name) > 4 or m.name.casefold() == m.key.casefold())):
        return m.key  # and a dateline's "BAGHDAD" or a headline's "IRAQ" is Baghdad, Iraq
    if m.kind == "installation" and m.name in airfield_codes():
        return m.key  # an airfield's ICAO code ("OJAI"): a map label gives its name
    return m.name


def _words(name: str) -> int:
    return name.count(" ") + 1
