"""A place in the location column of an incident table's row that records an attack: its target.

Trackers, digests and exports list incidents as rows ("2026-11-04<TAB>Ain al-Asad AB<TAB>Anbar
<TAB>Attack<TAB>Rockets (107mm)"): no verb stands beside the place, yet a reader takes the
place in the row's Location (or Town, Site) column as what the incident's attack hit. The
column is found by the table's header line; the row must name an attack in another cell (an
attack, strike, IED, rockets, drones, an interception); the place must open its cell ("Ain
al-Asad AB, Anbar": Anbar only locates it), and the province or district columns ("Governorate",
"Province") are where, not what. Read after the places are drafted (as the event-drafted
targets are), so that a town locating the site in its cell ("Harir AB, Erbil") does not share
the site's role as the next place of a list would.
"""

from __future__ import annotations

import re
from typing import Any

from briefdeck.extract.place_role_marks import marked_targets

TARGET_COLUMN = re.compile(r"(?:location|town|site|place|village|community|target)s?", re.I)
HEADER_CELL = re.compile(r"[A-Za-z#][\w /().#-]{0,30}")
ATTACK_CELL = re.compile(r"\b(?:attack\w*|strikes?|airstrike|IED|VBIED|rockets?|mortars?|"
                         r"drones?|UAS|UAVs?|OWA|missiles?|grenade|shell(?:s|ing)|"
                         r"intercept\w*|Katyusha|IDF|107mm|122mm|targeted\s+killing)\b", re.I)
CELL_LEAD = re.compile(r"\s*(?:\[\[)?\s*(?:the\s+)?")


def table_headers(text: str) -> dict[int, list[str]]:
    """The header cells of the table each row belongs to, by the row's start: the nearest line
    above with as many cells, every one a short label, with no line of plain text between (the
    table ended there). Found in one pass over the text, however long the table."""
    headers: dict[int, list[str]] = {}
    current: dict[int, list[str]] = {}  # the latest header line of each cell count
    pos = 0
    for line in text.split("\n"):
        tabs = line.count("\t")
        if tabs:
            if tabs in current:
                headers[pos] = current[tabs]
            cells = line.split("\t")
            if all(HEADER_CELL.fullmatch(c.strip()) for c in cells):
                current[tabs] = [c.strip() for c in cells]
        elif line.strip():
            current = {}
        pos += len(line) + 1
    return headers


def attacked_in_row(text: str, start: int, end: int, kind: str,
                    headers: dict[int, list[str]]) -> bool:
    """Is the place the location cell of a table row that records an attack?"""
    if kind not in ("installation", "city"):
        return False
    row_start = text.rfind("\n", 0, start) + 1
    cell_start = max(row_start, text.rfind("\t", row_start, start) + 1)
    if not CELL_LEAD.fullmatch(text, cell_start, start):
        return False
    row_end = text.find("\n", end)
    row = text[row_start:row_end if row_end >= 0 else len(text)]
    if "\t" not in row:
        return False
    column = text.count("\t", row_start, start)
    header = headers.get(row_start)
    if header is None or not TARGET_COLUMN.fullmatch(header[column]):
        return False
    if any(TARGET_COLUMN.fullmatch(h) for h in header[:column]):
        return False  # the first location column is the site's
    cells = row.split("\t")
    return any(ATTACK_CELL.search(c) for i, c in enumerate(cells) if i > column)


def table_targets(places: list[Any], mentions: list[Any], text: str) -> list[Any]:
    """Places still "mentioned" that open the location cell of a row recording an attack
    become "attack target", their evidence that cell."""
    hit: dict[str, Any] = {}
    headers: dict[int, list[str]] | None = None  # found once, when a mention stands in a row
    for m in mentions:
        if m.key not in hit and not m.locator and text.find("\t", m.start - 200, m.start) >= 0:
            if headers is None:
                headers = table_headers(text)
            if attacked_in_row(text, m.start, m.end, m.kind, headers):
                hit[m.key] = m
    if not hit:
        return places
    return marked_targets(places, mentions, hit, lambda p, key: p.role == "mentioned")
