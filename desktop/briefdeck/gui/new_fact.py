"""New facts the analyst adds: blank ones from the facts panel, or ones drawn from a selection
in the source text (the selection becomes the fact's provenance)."""

from __future__ import annotations

import re
from typing import Any

from briefdeck.gui.theme import KIND_NOUNS
from briefdeck.model.briefing import Briefing
from briefdeck.model.facts import FACT_KINDS, Provenance

_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


def blank_fact(briefing: Briefing, kind: str) -> Any:
    return _make(briefing, kind, "", None)


def fact_from_span(briefing: Briefing, kind: str, source_id: str, start: int, end: int) -> Any:
    src = briefing.source(source_id)
    words = " ".join((src.text[start:end] if src else "").split())
    prov = Provenance(source=source_id, start=start, end=end)
    return _make(briefing, kind, words, prov)


def _make(briefing: Briefing, kind: str, words: str, prov: Provenance | None) -> Any:
    cls = FACT_KINDS[kind]
    fields: dict[str, Any] = {"id": briefing.new_id(kind), "provenance": prov}
    short = words[:120]
    if kind in ("places", "systems", "organizations", "people"):
        fields["name"] = short or f"New {KIND_NOUNS[kind]}"
    if kind == "places" and short:
        fields.update(_gazetteer_point(short))
    elif kind == "figures":
        match = _NUMBER.search(words)
        fields["value"] = float(match.group().replace(",", "")) if match else 0.0
        fields["text"] = short
    elif kind == "events":
        fields["summary"] = short
    elif kind == "quotes":
        fields["text"] = words.strip("\"“”' ") or "New quote"
    elif kind == "attributions":
        fields["text"] = short or "New attribution"
    return cls(**fields)


_PLACE_KINDS = ("installation", "city", "province", "region", "country")


def _gazetteer_point(name: str) -> dict[str, Any]:
    """Kind, country and point of a place the analyst selected, from the gazetteer (offline);
    nothing when it does not know the name, so the analyst fills them in."""
    from briefdeck.geo.gazetteer import Gazetteer  # loaded on the first place added

    words = re.sub(r"^(?:the|The)\s+", "", name).strip(" .,;:")
    entry = Gazetteer.default().lookup(words, fuzzy=False) if words else None
    if entry is None or entry.lat is None or entry.lon is None:
        return {}
    return {
        "kind": entry.kind if entry.kind in _PLACE_KINDS else "other",
        "country": entry.country or "",
        "lat": entry.lat,
        "lon": entry.lon,
        "precision": entry.precision
        if entry.precision in ("installation", "city", "province", "country") else "unknown",
    }

