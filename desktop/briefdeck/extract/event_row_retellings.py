"""An incident table's rows retold in the prose below it: each retelling is its row's incident."""

from __future__ import annotations

import re

from briefdeck.extract.event_draft import BROAD_PRECISIONS, Draft
from briefdeck.extract.event_row_kind import row_kind
from briefdeck.extract.event_row_summaries import sums_up_rows

# "Thiban (Al-Mayadin district): At about 0840 hrs ...": a narrative paragraph led by its place
_LEAD = re.compile(r"([^\n:()]{2,40}?)\s*(?:\([^\n()]{1,40}\)\s*)?:\s")


def fold_into_rows(text: str, drafts: list[Draft]) -> list[Draft]:
    """A report that lists its incidents in a table and retells them below: each retelling
    of a row's day and place is that row's incident, not another one (the row keeps its
    toll, and takes the retelling's words as its summary). Rows never merge with each other."""
    rows = [d for d in drafts if d.row]
    if not rows:
        return drafts
    shown = {r.row: r for r in reversed(rows)}  # a row shown twice (in two diffs): its first
    drafts = [d for d in drafts if not d.row or shown[d.row] is d]
    rows = [d for d in drafts if d.row]
    for n, r in enumerate(rows):
        r.section = 100_000 + n
        _row_site(text, r)
    kept: list[Draft] = []
    retold: set[int] = set()
    for d in drafts:
        if not d.row and (_rounds_up(d, rows) or _repeats_rows(d, rows) or
                          sums_up_rows(d, rows)):
            continue  # "Two strikes (Jurf al-Sakhar, al-Qaim) killed at least 5": a summary
        row = None if d.row or d.date is None else _row_of(text, d, rows)
        if row is None:
            kept.append(d)
            continue
        if id(row) not in retold:  # the first retelling's words, not the row's cells
            row.summary = d.summary
            retold.add(id(row))
        if row.kind == "other":  # a row with no type cell: what its retelling tells
            row.kind = d.kind
        row.weapons = list(dict.fromkeys(row.weapons + d.weapons))
        row.told_in |= d.told_in
    return kept


# the cell's first part ("MSR vic Balad, IZ" -> "Balad", "[[Shaddadi]] (NE Syria)" ->
# "Shaddadi", "Nr Al-Mayadeen, Deir ez-Zor" -> "Al-Mayadeen"): the site, before its province
_FIRST_PART = re.compile(r"^(?:\[\[)?(?:(?:msr\s+)?(?:vic|nr|near)\.?\s+)?([^,;/(\[\]]+?)"
                         r"(?:\]\])?\s*(?:$|[,;/(])", re.I)
# ", IZ", "(SY)": a country's code after the site
_COUNTRY_CODE = re.compile(r"(?:,\s*|\s*\()[A-Z]{2,3}\)?$")


def _row_site(text: str, row: Draft) -> None:
    """A row's place cell as the gazetteer names the site it opens with ("MSR vic Balad, IZ"
    is Balad: the cell's words stay only for a place it lacks, less a country's code); and
    its kind from its cells ("UAS x2 OWA" with no action word: an attack; event_row_kind.py)."""
    row.kind = row_kind(row.row, row.kind, bool(row.weapons))
    if not row.places:
        return
    cell = row.places[0]
    first = _FIRST_PART.match(cell)
    name = first.group(1).strip() if first else ""
    # the gazetteer's name for the site, whether the cell spells it so or shortens it
    # ("Ain al-Asad AB" is Ain al-Asad Air Base): a place is named once, not cell and name
    site = next((p.name for p in row.mentions if row.start <= p.start < row.end and
                 p.precision not in BROAD_PRECISIONS and
                 name.lower() in (p.name.lower(), text[p.start:p.end].lower())), None)
    if site is None and first and name:
        # "Ain al-Asad AB, Anbar": the gazetteer knows the site's words (Ain al-Asad) but not
        # the cell's spelling; the site is still the cell's first part, not its province
        at = text.find(name, row.start, row.end)
        if at >= 0 and any(at <= p.start < at + len(name) for p in row.mentions):
            site = name
    site = site or _COUNTRY_CODE.sub("", cell).strip() or cell
    if site != cell:
        row.places = [site, *(p for p in row.places[1:] if p != site)]


# "Row 11. The strike hit ...": a note on the table keyed to a row by its number
_ROW_NOTE = re.compile(r"\bRow\s+(\d{1,3})[.:]\s")


def _row_of(text: str, d: Draft, rows: list[Draft]) -> Draft | None:
    if "Row " in text and d.kind != "announcement":
        # the paragraph's last "Row N." before the draft: a note retelling row N's incident
        # (a party's announcement in the note stays an event of its own)
        start = text.rfind("\n", 0, d.start) + 1
        notes = list(_ROW_NOTE.finditer(text, start, d.end))
        if notes and notes[-1].start() <= d.start:
            numbered = [r for r in rows if r.row and r.row[0].strip() == notes[-1].group(1)]
            if len(numbered) == 1:
                return numbered[0]
    same_day = [r for r in rows if r.date is not None and r.date.iso == d.date.iso]
    if not same_day:
        return None
    start = text.rfind("\n", 0, d.start) + 1
    lead = _LEAD.match(text, start)
    if lead and lead.end() <= d.end:
        named = [r for r in same_day if _names(r, lead.group(1))]
        if named:
            return named[0]
    named = [r for r in same_day if any(_names(r, p) for p in d.places)]
    return named[0] if len(named) == 1 else None


def _rounds_up(d: Draft, rows: list[Draft]) -> bool:
    """Does a prose draft name the places of two or more rows, none of them on its day? A
    table's summary paragraph, totting up its rows, tells no incident of its own."""
    named = [r for r in rows if any(_names(r, p) for p in d.places)]
    return len({id(r) for r in named}) >= 2 and not any(
        r.date is not None and d.date is not None and r.date.iso == d.date.iso for r in named)


def _repeats_rows(d: Draft, rows: list[Draft]) -> bool:
    """Does a prose draft naming no place only count again the named parties of the rows
    ("One contractor wounded." above a table with a row "1 contractor WIA")? The table's
    summary retelling a row's toll, no incident of its own."""
    if d.places or d.sites or not d.casualties or any(
            c.party == "unspecified" or not c.count for c in d.casualties):
        return False
    told = {(c.kind, c.count, c.party.lower()) for r in rows for c in r.casualties}
    return all((c.kind, c.count, c.party.lower()) in told for c in d.casualties)


def _names(row: Draft, name: str) -> bool:
    """Does a cell of the row give the place ("Ar-Raqqa city" gives "Ar-Raqqa")?"""
    name = name.strip().lower()
    return bool(name) and any(c == name or c.startswith((name + " ", name + ",")) for c in row.row)
