"""A radio net's log: one row per transmission, the messages are the record.

An operator's (RTO's) log of a command net is kept as a table: "TIME | FROM | TO | MESSAGE |
ACTION" rows in capitals ("2241 | REAPER 26 | LANCER TOC | CONTACT IED. ... OVER. | ROGER
/DO"), under a header naming the net, its control station, the log period in date-time
groups and the operators on shift, and over a reviewer's line. The rows are what happened,
each on its own line with its time. The header (but its title, which names the unit, and
the log period, which dates it) and the reviewer's line are the log's own bookkeeping, and
so are the rows that only keep the net ("RADIO CHECK", "SHIFT CHANGE", "LOG CLOSED", "SIGACT
SUMMARY FOLLOWS." announcing the summary row after it).

`log_rows` gives each row's time, stations and message, dated from the log period: a row's
clock time earlier than the one before it has passed midnight.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from briefdeck.ingest.line_kinds import ArticleLine

# "2241 | REAPER 26 | LANCER TOC | ...", "0712 | (CONT) | | ...": time, from, to, message.
_ROW = re.compile(r"^(\d{4})[A-Z]?\s*\|([^|\n]{0,60}+)\|([^|\n]{0,60}+)\|\s*+([^|\n]*+)")
# "TIME(C) | FROM | TO | MESSAGE | ACTION/INIT": the column heads.
_HEAD = re.compile(r"^(?:DTG|TIME)\b[^|]{0,12}\|\s*FROM\s*\|\s*TO\s*\|", re.I)
# A message that only keeps the net: checks, operators' shifts, opening and closing the log.
_NET_KEEPING = re.compile(
    r"^(?:RADIO CHECK|COMMO CHECK|COMMS? CHECK|NET CALL|SHIFT CHANGE|NET (?:OPEN|OPENED|CLOSED)|"
    r"LOG (?:OPEN|OPENED|CLOSED)|(?:SIGACT )?SUMMARY FOLLOWS|NEXT SHEET)\b",
    re.I,
)
_MONTHS = {
    m: i for i, m in enumerate("JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split(), start=1)
}
# "TF LANCER - BATTALION COMMAND NET (FM) - RTO LOG": the log's title, naming its unit.
_TITLE = re.compile(r"\b(?:LOG|JOURNAL)\b", re.I)
_ROWS = 3  # fewer rows than this: a table in a report, not a log


@dataclass(frozen=True)
class LogRow:
    line: int  # index among the article's non-blank lines
    time: str  # "2241"
    day: str  # ISO date of the row, "" when the log period is not given
    sender: str
    receiver: str
    message: str


def _is_row(line: ArticleLine) -> re.Match[str] | None:
    return _ROW.match(line.text) if line.text[:1].isdigit() and "|" in line.text else None


def is_net_log(text: str, lines: list[ArticleLine]) -> bool:
    """A column-head row over at least three time-stamped rows."""
    if "FROM" not in text or "|" not in text:
        return False
    head = next((i for i, ln in enumerate(lines) if _HEAD.match(ln.text)), None)
    if head is None:
        return False
    return sum(1 for ln in lines[head + 1 :] if _is_row(ln)) >= _ROWS


# "LOG PERIOD: 211800C NOV 26 - 220800C NOV 26": a log's (or journal's) period in date-time
# groups (day, hour, minute, zone letter, month, year): the first dates the log's first rows;
# the log is the record as it stood at the period's end, so its last group dates the copy.
_PERIOD_LINE = re.compile(
    r"^(?:(?:LOG|JOURNAL|NET|WATCH|SHIFT)[ \t]++)?PERIOD"
    r"(?:[ \t]++COVERED)?[ \t]*+:",
    re.I,
)
_PERIOD_DTG = re.compile(
    r"\b([0-3]\d)(?:[01]\d|2[0-3])[0-5]\d[A-Z][ \t]*+([A-Z]{3})[ \t]*+(\d{4}|\d{2})\b", re.I
)


def _period_days(lines: list[str]) -> list[date]:
    """The days of the first period line's date-time groups, in order (the first opens the
    log, the last closes it); [] when no period is written out."""
    for line in lines:
        if "PERIOD" not in line[:30].upper() or not _PERIOD_LINE.match(line):
            continue
        days = []
        for m in _PERIOD_DTG.finditer(line, 0, 300):
            month = _MONTHS.get(m.group(2).upper())
            year = int(m.group(3)) + (2000 if len(m.group(3)) == 2 else 0)
            try:
                days += [date(year, month, int(m.group(1)))] if month else []
            except ValueError:
                continue
        if days:
            return days
    return []


def log_period_end(lines: list[str]) -> str:
    """The ISO day a log period's last date-time group gives ("" when none is written out)."""
    days = _period_days(lines)
    return days[-1].isoformat() if days else ""


def log_rows(text: str, lines: list[ArticleLine]) -> list[LogRow]:
    """Every row of a net log, in order, each dated from the log period."""
    if not is_net_log(text, lines):
        return []
    day = next(iter(_period_days([ln.text for ln in lines[:40]])), None)  # its opening
    rows: list[LogRow] = []
    last = -1
    for i, line in enumerate(lines):
        m = _is_row(line)
        if not m:
            continue
        clock = int(m.group(1))
        if day is not None and clock < last:  # past midnight
            day += timedelta(days=1)
        last = clock
        rows.append(
            LogRow(
                i,
                m.group(1),
                day.isoformat() if day else "",
                m.group(2).strip(),
                m.group(3).strip(),
                m.group(4).strip(),
            )
        )
    return rows


def flag_net_log(text: str, lines: list[ArticleLine], flags: dict[int, str]) -> None:
    """Flag a net log's header, column heads, net-keeping rows and closing lines; give back the
    rows of traffic that other rules took for furniture (capitals, a pipe, initials)."""
    rows = log_rows(text, lines)
    if not rows:
        return
    head = next(i for i, ln in enumerate(lines) if _HEAD.match(ln.text))
    for i in range(head + 1):  # the net's stations, the operators, the column heads
        text_i = lines[i].text
        if "LOG PERIOD" in text_i.upper():  # the date line dates the log: left to the reader
            continue
        if _TITLE.search(text_i) and ":" not in text_i:  # the title names the unit: kept
            continue
        flags[i] = "log header"
    for row in rows:
        if _NET_KEEPING.match(row.message):
            flags[row.line] = "net keeping"
        else:
            flags.pop(row.line, None)
    for i in range(rows[-1].line + 1, len(lines)):  # abbreviations, reviewer, marking
        flags[i] = "log footer"
