"""A toll only an armed party to the fight tells is its word, not a fact.

"The Houthis said four people were killed in the strikes" gives the count of one side of the
fight, and the report names nobody else's: every slide, chart and table must say whose count
it is, as they do for a claim (Event.toll_claimed_by, model/tolls.py) and for a toll a side's
ministry gives (party_run_tolls.py). The source is the one the BLUF would name
(narrative_toll_sources.py); it is a side's when it is a known armed group (Houthis, SDF,
Kataib Hezbollah...). A government, a ministry or a command is left as the BLUF words it.
"""

from __future__ import annotations

from briefdeck.extract.known_organizations import armed_group
from briefdeck.extract.narrative_toll_sources import toll_source, who
from briefdeck.extract.places import PlaceMention
from briefdeck.extract.sentences import Document
from briefdeck.model.briefing import Facts


def _group(source: str) -> str | None:
    """The armed group the source names ('the Houthis' -> 'Houthis'), or None."""
    bare = source.removeprefix("the ").removeprefix("The ")
    return armed_group(bare) or armed_group(source)


def mark_party_told_tolls(doc: Document, facts: Facts, mentions: list[PlaceMention]) -> None:
    """Set toll_claimed_by on each event whose toll the report gives only on an armed group's
    word (in place; an event already claimed is left as it is)."""
    if not any(_group(name) for a in facts.attributions if (name := who(a.text))):
        return  # (most reports: no armed group tells anything)
    for event in facts.events:
        if event.toll_claimed_by or not (event.killed or event.wounded):
            continue
        source = toll_source(doc, facts.attributions, event, mentions)
        if source and _group(source):
            event.toll_claimed_by = source
