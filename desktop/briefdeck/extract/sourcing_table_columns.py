"""Sources given in a table's "Source" column: an incident log exported from a spreadsheet.

A tracker puts each row's sourcing in a cell of its own ("CJTF-OIR", "US official (Reuters)",
"JAF statement (Petra)", "Open source (X)"): no verb, so the sentence scans never see it. The
column is found by its header ("Source", "Sources", "Sourcing", "Reported by"); each distinct
cell is one source, its kind read from the cell with the outlet that carried it, in brackets,
set aside ("US official (AP)" is the official; the wire only relayed him). A table read from a
page may come in pipes instead ("| 2 | 2026-11-03 | ... | CENTCOM statement | ... |", as a
published spreadsheet's rows read): the same column, between pipes.
"""

from __future__ import annotations

import re

from briefdeck.extract.attribution_kinds import classify, org_kind
from briefdeck.extract.people import PeopleIndex
from briefdeck.extract.place_source_cells import source_cells

# the outlet that carried it: "(Reuters)", "(Petra)", "(X)", "via AP"
_CARRIER = re.compile(r"\s*(?:\([^()]{1,30}\)|\s+via\s+[\w.-]+(?:\s+[\w.-]+)?)$")
# a source no one is accountable for: open-source material, social media, "unknown"
_OPEN = re.compile(r"(?i)^(?:open[\s-]source|osint|social\s+media|online|unverified)\b")
_NONE = re.compile(r"(?i)^(?:n/?a|none|unknown|tbc|tbd|-+|\?+)$")
# the signal a tracker's position came from (a flight or ship log's "Source" column): no one
# who speaks ("MLAT", "ADS-B", "AIS", "radar")
_SIGNAL = re.compile(
    r"(?i)^(?:ADS-?[BC]|MLAT|Mode[\s-]?S|AIS|S-AIS|UAT|FLARM|radar|satellite|"
    r"GPS|estimated)$"
)
_UNNAMED = re.compile(r"(?i)\b(?:official|source|diplomat|officer)s?$")


def _kind(cell: str, people: PeopleIndex) -> tuple[str, int | None]:
    who = _CARRIER.sub("", cell).strip()
    if _OPEN.match(who):
        return "other", 1
    if _UNNAMED.search(who):
        return classify(who, people)
    return org_kind(who), 1


def table_sources(text: str, people: PeopleIndex) -> list[tuple[int, int, str, int | None]]:
    """(start, end, kind, count) of each distinct cell of a table's source column (the cells
    found once, by place_source_cells, for both readers)."""
    out: list[tuple[int, int, str, int | None]] = []
    seen: set[str] = set()
    for s, e in source_cells(text):
        raw = text[s:e]
        cell = raw.strip()
        if not cell or _NONE.match(cell) or _SIGNAL.match(cell) or cell.casefold() in seen:
            continue
        seen.add(cell.casefold())
        at = s + len(raw) - len(raw.lstrip())
        kind, count = _kind(cell, people)
        out.append((at, at + len(cell), kind, count))
    return out
