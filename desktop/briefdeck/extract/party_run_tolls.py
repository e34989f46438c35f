"""A toll counted by a body one side of the fight runs: that side's claim, not a fact.

"The Houthi-run health ministry said three people were killed" gives the count of a ministry
run by one party to the fight; the report names whose count it is, and so must every slide,
chart and table, as they already do for an armed group's own claim (Event.toll_claimed_by, see
model/tolls.py). The source is the one the BLUF names (narrative_toll_sources.py); it is a
side's when the report calls it run, controlled or held by someone ("Houthi-run",
"Hamas-controlled", "rebel-held"). A body told as led by someone ("the U.S.-led coalition")
is an alliance's command, not one side's organ, and is left as the BLUF words it.
"""

from __future__ import annotations

import re

from briefdeck.extract.narrative_toll_sources import toll_source
from briefdeck.extract.places import PlaceMention
from briefdeck.extract.sentences import Document
from briefdeck.model.briefing import Facts

_HINTS = ("-run ", "-controlled ", "-held ")  # (cheap test before any toll is sourced)
_RUN_BY = re.compile(r"[A-Za-z][\w'’]*-(?:run|controlled|held)\s")


def mark_party_run_tolls(doc: Document, facts: Facts, mentions: list[PlaceMention]) -> None:
    """Set toll_claimed_by on each event whose toll the report gives only as a count by a
    body run by one side (in place; an event already claimed is left as it is)."""
    if not any(hint in doc.text for hint in _HINTS):
        return
    for event in facts.events:
        if event.toll_claimed_by or not (event.killed or event.wounded):
            continue
        source = toll_source(doc, facts.attributions, event, mentions)
        if source and _RUN_BY.search(source + " "):
            event.toll_claimed_by = source
