"""An incident form's own incident. A serious-incident report or similar form tells one
incident, and says two things about it in its fields that prose never says as well:
- its casualty table by group: a header naming a killed and an injured column over rows that
  name groups, not days ("Category <tab> Killed <tab> Injured <tab> Source", then "Civilians
  <tab> 1 <tab> 3 <tab> Hospital", a "TOTAL" row). The form keeps it up to date as figures
  change, so its rows are the incident's toll, by group, over any count the narrative gives
  (an initial report's figures that the update corrects);
- its checked incident-type box ("Incident type: ☒ Airstrike / drone strike ☐ Shelling"): a
  strike, not an attack by an armed group.
The form's incident is its one bloody attack or strike; with none or several nothing changes.
A duty log's happenings take its header's place (event_log_place.py), an aviation occurrence
record's its fields' dead (event_occurrence_record.py).
"""

from __future__ import annotations

import re

from briefdeck.extract.event_log_place import log_place
from briefdeck.extract.event_occurrence_record import record_dead
from briefdeck.extract.event_table import toll_column
from briefdeck.extract.places import PlaceMention
from briefdeck.model import Casualties, Event

# a date column makes a table one of incidents, a row each, read by event_table.py
_DATE_HEAD = re.compile(r"(?i)\b(?:date|day|dtg)\b")
_TOTAL = re.compile(r"(?i)(?:grand\s+)?totals?:?")
_UNKNOWN = ("", "-", "–", "—", "?", "n/a", "unknown", "nk")
_BRACKET = re.compile(r"\s*\([^()]*\)")
# a checked box, then the option it checks (up to the next box or the cell's end)
_CHECKED = re.compile(r"(?:☒|☑|\[[xX]\])[ \t]*+([^☐☒☑\[\t\n]{1,60})")
_TYPE_LABEL = re.compile(r"(?i)[ \t]*(?:incident|event|attack)?[ \t]*(?:type|category|nature)"
                         r"(?:[ \t]+of[ \t]+(?:incident|event|attack))?\b")
_STRIKE = re.compile(r"(?i)\b(?:air\s*strike|airstrike|drone\s+strike|air\s+raid|"
                     r"(?:uav|uas)\s+strike)")


def _count(cell: str) -> int | None:
    """A count cell's number (0 when it says none), or None when it gives none."""
    cell = cell.strip().lower()
    if cell in _UNKNOWN:
        return 0
    if cell in ("none", "nil", "no"):
        return 0
    return int(cell) if cell.isdigit() and len(cell) <= 4 else None


def group_tolls(text: str) -> list[Casualties] | None:
    """The rows of the text's one casualty table by group, or None when it has no such table,
    more than one, or one whose TOTAL row disagrees with its rows."""
    tables: list[list[Casualties]] = []
    columns: list[tuple[int, str]] = []
    total: tuple[int, int] | None = None
    for line in text.split("\n"):
        if "\t" not in line:
            if line.strip():
                columns = []  # prose: the table has ended
            continue
        cells = [c.strip() for c in line.split("\t")]
        if not any(ch.isdigit() for ch in line):
            heads = [(n, toll_column(c)) for n, c in enumerate(cells) if toll_column(c)]
            kinds = {k for _, k in heads}
            columns = heads if kinds == {"killed", "wounded"} and heads[0][0] > 0 and \
                not any(_DATE_HEAD.search(c) for c in cells) else []
            if columns:
                tables.append([])
            continue
        if not columns or len(cells) <= max(n for n, _ in columns):
            continue
        counts = {k: _count(cells[n]) for n, k in columns}
        if any(v is None for v in counts.values()) or any(ch.isdigit() for ch in cells[0]):
            columns = []  # not a row of groups
            continue
        if _TOTAL.fullmatch(cells[0]):
            total = (counts["killed"] or 0, counts["wounded"] or 0)
            continue
        party = _BRACKET.sub("", cells[0]).strip()
        if party and (counts["killed"] or counts["wounded"]):
            tables[-1].append(Casualties(party=party, killed=counts["killed"] or 0,
                                         wounded=counts["wounded"] or 0))
    if len(tables) != 1 or not tables[0]:
        return None
    rows: dict[str, Casualties] = {}
    for c in tables[0]:  # "EHP staff (national)", "EHP staff (international)": one group
        had = rows.get(c.party.lower())
        rows[c.party.lower()] = c if had is None else Casualties(
            party=had.party, killed=had.killed + c.killed, wounded=had.wounded + c.wounded)
    found = list(rows.values())
    if total is not None and total != (sum(c.killed for c in found),
                                       sum(c.wounded for c in found)):
        return None
    return found


def _checked_strike(text: str) -> bool:
    """Does an incident-type field check a box naming an air or drone strike?"""
    for m in _CHECKED.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if _TYPE_LABEL.match(text, line_start, m.start()) and _STRIKE.search(m.group(1)):
            return True
    return False


def form_incident(text: str, events: list[Event], places: list[PlaceMention]) -> list[Event]:
    if "ERIOD" in text or "eriod" in text:  # a duty log's period header
        log_place(text, events, places)
    if "Other fatalities" in text:  # an aviation occurrence record's fields
        record_dead(text, events)
    if "\t" not in text:
        return events
    bloody = [e for e in events if e.kind in ("attack", "strike") and (e.killed or e.wounded)]
    if len(bloody) != 1:
        return events
    incident = bloody[0]
    if (found := group_tolls(text)) is not None:
        incident.casualties = found
        incident.killed = sum(c.killed for c in found)
        incident.wounded = sum(c.wounded for c in found)
        incident.killed_qualifier = incident.wounded_qualifier = "exact"
        incident.toll_claimed_by = ""
    if ("☒" in text or "☑" in text or "[x]" in text or "[X]" in text) and \
            incident.kind == "attack" and _checked_strike(text):
        incident.kind = "strike"
    return events
