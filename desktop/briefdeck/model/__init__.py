"""The Briefing document: types, validation, JSON read/write. No Qt."""

from briefdeck.model.briefing import SCHEMA_VERSION, Briefing, Change, Meta, Narrative, Source
from briefdeck.model.facts import (
    FACT_KINDS,
    Attribution,
    Casualties,
    Event,
    Fact,
    Figure,
    Organization,
    Person,
    Place,
    Provenance,
    Quote,
    Span,
    System,
)
from briefdeck.model.io import load, save

__all__ = [
    "FACT_KINDS",
    "SCHEMA_VERSION",
    "Attribution",
    "Briefing",
    "Casualties",
    "Change",
    "Event",
    "Fact",
    "Figure",
    "Meta",
    "Narrative",
    "Organization",
    "Person",
    "Place",
    "Provenance",
    "Quote",
    "Source",
    "Span",
    "System",
    "load",
    "save",
]
