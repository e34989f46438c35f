"""A help desk's ticket export: the tickets are the record, the tool's bookkeeping is not.

A service desk (ServiceNow, Jira, a base's own tool) exports tickets as plain text: a head
naming the tool, the site and the query ("Filter: Created >= ... AND Tag = ..."), who
exported it and the time zone; then each ticket, its fields (Title, Type, Requester,
Location ...), its description and its staff's time-stamped work notes; then an end line
("-- End of export (4 of 4 records) --") and a handling note. The fields and the notes tell
what broke where and who said what. The tool's own lines do not: the export's head and tail,
each ticket's service-level lines ("SLA: P1 Restore 4h 00m | BREACHED"), its status history
(a stamped row per status change: "2026-03-02 06:04  Resolved") and the lines the tool writes
itself ("Auto: Email sent to requester."). Their counts and clock times read as figures.
"""

from __future__ import annotations

import re

from briefdeck.ingest.line_kinds import ArticleLine

# The fields a ticket carries: an export that names a few of them is a ticket export.
_FIELDS = (
    "SLA:",
    "Assignee",
    "Assigned",
    "Requester",
    "Reporter",
    "Work notes",
    "Status history",
    "Priority:",
)
# "Ticket: INC0048812", "Issue key: OPS-1412", "Case #: 00231": the line a record opens with.
_RECORD = re.compile(
    r"^(?:ticket|case|incident|issue|request|work order|record)(?: (?:no\.?|number|id|key|#))?"
    r"[ \t]*+[:#][ \t]*+#?[A-Z0-9][\w-]{2,30}+$",
    re.I,
)
# "-- End of export (4 of 4 records) --": the export's last line of its own.
_END = re.compile(
    r"^[-=*\s]*+end of (?:the )?(?:export|records?|listing|results|file|report)\b", re.I
)
# "SLA: P2 Respond 8h 00m | Met (3h 40m)": a ticket's service-level clock.
_SLA = re.compile(r"^SLA(?: status| target)?[ \t]*+:", re.I)
# "Status history:", "Activity log:": the heading of the tool's own change log.
_HISTORY = re.compile(
    r"^(?:status|state|activity|audit|assignment) (?:history|log|trail)[ \t]*+:?$", re.I
)
# "2026-03-02 06:04  Resolved", "02/03/2026 06:04 In Progress (parts ordered)": a stamped row
# naming a status (a few words, a note in brackets at most).
_STATUS_ROW = re.compile(
    r"^(?:\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4})[ T]\d{1,2}:\d{2}(?::\d{2})?+[ \t]++"
    r"[A-Z][\w/-]*+(?: [\w/-]++){0,3}(?:[ \t]*+\([^()\n]{0,80}+\))?$"
)
# "Auto: Email sent to requester.", "Workflow: Escalated to DPW Chief.": what the tool writes
# itself into a ticket (not "System: ...", which may be a ticket's field naming what broke).
_AUTO = re.compile(r"^(?:auto(?:mated|matic)?|workflow)(?: note| message)?[ \t]*+:", re.I)
# "BaseOps ServiceDesk 9.2 | Ticket Export (plain text)": the tool and what it exported, the
# export's title (furniture of the text, yet what titles the document).
_TITLE = re.compile(
    r"^[^|\n]{2,60}+\|[ \t]*+(?:ticket|case|incident|issue|request|record)s? "
    r"export\b[^|\n]{0,40}+$",
    re.I,
)
_HEAD_LINES = 8  # an export's head: the tool, the query, who exported it, the time zone
_TAIL_LINES = 3  # under the end line: the handling note
_FIELD_COUNT = 2


def is_ticket_export(text: str) -> bool:
    """An export (so says its head) whose records carry a ticket's fields."""
    head = text[:1500]
    if "xport" not in head and "XPORT" not in head:
        return False
    return sum(1 for field in _FIELDS if field in text) >= _FIELD_COUNT


def is_export_title(line: str) -> bool:
    return "xport" in line and _TITLE.match(line) is not None


def flag_ticket_export(text: str, lines: list[ArticleLine], flags: dict[int, str]) -> None:
    """Flag the export's head and tail and each ticket's service-level, status-history and
    tool-written lines; the fields, descriptions and work notes stay."""
    if not is_ticket_export(text):
        return
    first = next(
        (i for i, ln in enumerate(lines) if ln.words <= 4 and _RECORD.match(ln.text)), None
    )
    if first is None:
        return
    # The head: every line above the first ticket (a marking or a rule is flagged already).
    if first <= _HEAD_LINES:
        for i in range(first):
            if lines[i].words <= 40:
                flags.setdefault(i, "export furniture")
    history = False
    for i in range(first, len(lines)):
        line = lines[i].text
        if history and _STATUS_ROW.match(line):
            flags.setdefault(i, "status history")
            continue
        history = False
        if lines[i].words <= 6 and _HISTORY.match(line):
            flags.setdefault(i, "status history")
            history = True
        elif lines[i].words <= 30 and (_SLA.match(line) or _AUTO.match(line)):
            flags.setdefault(i, "ticket furniture")
        elif lines[i].words <= 12 and _END.match(line):
            for k in range(i, min(i + 1 + _TAIL_LINES, len(lines))):
                if lines[k].words <= 40:
                    flags.setdefault(k, "export furniture")
            break
