"""Offline geography for briefing maps: country borders, map framing and a
place-name gazetteer. Pure Python (no Qt), so CLI and export code can use it."""

from briefdeck.geo.borders import (
    BordersInFrame,
    Bounds,
    Country,
    clip_ring,
    country_rings_within,
    frame_for,
    load_countries,
    project,
    rings_within,
)
from briefdeck.geo.gazetteer import Gazetteer, GazetteerEntry, Mention
from briefdeck.paths import assets_dir

__all__ = [
    "Bounds",
    "BordersInFrame",
    "Country",
    "Gazetteer",
    "GazetteerEntry",
    "Mention",
    "assets_dir",
    "clip_ring",
    "country_rings_within",
    "frame_for",
    "load_countries",
    "project",
    "rings_within",
]
