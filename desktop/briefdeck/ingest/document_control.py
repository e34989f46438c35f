"""A working document's control tables: its cover fields and its revision history.

A report drafted in Word opens with a table of label and value cells (Document, Version,
Status, Author, Reviewers) and may close with its revision history (Version / Date / By /
Change, one row per draft). The reader joins a table row's cells with tabs. Both tables are
the document's own bookkeeping: who wrote which draft when, not what happened.
"""

from __future__ import annotations

import re

from briefdeck.ingest.full_dates import parse_date
from briefdeck.ingest.line_kinds import ArticleLine

# the labels of a document's cover fields (lower case)
_COVER_LABELS = frozenset(
    "document|document id|document number|document no.|reference|ref|ref.|version|"
    "status|author|authors|owner|reviewer|reviewers|reviewed by|approver|approvers|"
    "approved by|prepared by|drafted by|date|classification|security classification|"
    "distribution|handling|revision|issue|draft|file|file name|project|title|desk|"
    # a response to a request for information: its tasking fields
    "rfi|rfi no.|rfi no|rfi number|request no.|request number|tasking|tasking no.|requester|"
    "requestor|requested by|received|suspense|due|priority|precedence|analyst|response date|"
    "answered by".split("|")
)
# a cover labels at least one of these: a "Date" and a "Title" row alone may be anything
_CONTROL_LABELS = frozenset(
    "version|status|author|authors|owner|reviewer|reviewers|reviewed by|approver|"
    "approvers|approved by|prepared by|drafted by|revision|document id|"
    "document number|document no.|rfi|rfi no.|rfi no|rfi number|request no.|request number|"
    "tasking no.|suspense".split("|")
)
_HISTORY_COLUMNS = frozenset(
    "version|ver|ver.|rev|rev.|revision|date|by|author|editor|change|changes|"
    "description|comment|comments|summary|reason|status|approved|approved by|"
    "changed by|notes".split("|")
)
_HISTORY_KEYS = frozenset({"version", "ver", "ver.", "rev", "rev.", "revision"})
_VERSION = re.compile(r"^v?\d{1,3}(?:\.\d{1,3}){0,2}[a-z]?$", re.I)
_HISTORY_HEADING = re.compile(
    r"^(?:revision|version|document|change|amendment|review) (?:history|log|record)$|^change ?log$"
    r"|^revisions$",
    re.I,
)
_COVER_ROWS = 3


def _cells(line: ArticleLine) -> list[str]:
    return [c.strip() for c in line.text.split("\t")]


def _cover_label(line: ArticleLine) -> str | None:
    cells = _cells(line)
    if len(cells) == 2 and cells[1] and cells[0].lower().rstrip(":") in _COVER_LABELS:
        return cells[0].lower().rstrip(":")
    return None


def flag_cover_table(lines: list[ArticleLine], flags: dict[int, str]) -> None:
    """A run of label/value rows with the document-control labels."""
    run: list[int] = []
    for i in range(len(lines) + 1):
        label = _cover_label(lines[i]) if i < len(lines) and "\t" in lines[i].text else None
        if label is not None:
            run.append(i)
            continue
        labels = {_cover_label(lines[k]) for k in run}
        if len(run) >= _COVER_ROWS and labels & _CONTROL_LABELS:
            for k in run:
                flags.setdefault(k, "document control")
        run = []


def flag_revision_history(lines: list[ArticleLine], flags: dict[int, str]) -> None:
    """The history's header row, the rows under it that open with a version, its heading."""
    for i, line in enumerate(lines):
        if "\t" not in line.text:
            continue
        columns = [c.lower() for c in _cells(line)]
        if (
            len(columns) < 3
            or not set(columns) <= _HISTORY_COLUMNS
            or not set(columns) & _HISTORY_KEYS
        ):
            continue
        k = i + 1
        while k < len(lines) and "\t" in lines[k].text and _VERSION.match(_cells(lines[k])[0]):
            flags.setdefault(k, "revision history")
            k += 1
        if k > i + 1:
            flags.setdefault(i, "revision history")
            if i and _HISTORY_HEADING.match(lines[i - 1].text):
                flags.setdefault(i - 1, "revision history")


# The cover row that dates the paper itself (not when a request came in or falls due).
_DATE_LABELS = frozenset(
    "date|response date|date of response|date issued|issue date|issued|report date|"
    "publication date|date of publication|product date".split("|")
)
# "27 NOV 26": a staff paper's day, its month in capitals and a two-digit year.
_STAFF_DAY = re.compile(r"^(\d{1,2}) ([A-Za-z]{3})[A-Za-z]*\.? (\d{2}|\d{4})$")
_COVER_SCAN = 40  # rows looked at: the cover table opens the paper


def cover_date(rows: list[str]) -> str:
    """The ISO day of a cover table's "Response date  27 NOV 26" row, or ''."""
    for row in rows[:_COVER_SCAN]:
        cells = [c.strip() for c in row.split("\t")]
        if len(cells) != 2 or cells[0].lower().rstrip(":") not in _DATE_LABELS:
            continue
        value = cells[1]
        if m := _STAFF_DAY.match(value):
            year = m.group(3) if len(m.group(3)) == 4 else "20" + m.group(3)
            value = f"{m.group(1)} {m.group(2).title()} {year}"
        if found := parse_date(value):
            return found
    return ""
