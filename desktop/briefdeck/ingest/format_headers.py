"""Title, date and issuer from the header fields of documents that are not stories.

A newsroom script names its story in its SLUG ("SLUG: JORDAN BASE DRONES"), an old newsroom
system's copy in its HED line; a cable names its sender in its FM line ("FM AMEMBASSY
AMMAN"); a rundown page opens with the station's call letters ("WNCX EVENING REPORT 6P --
RUNDOWN PAGE B4"); a records system's printout is titled by its report's name ("COMPUTER
AIDED DISPATCH - INCIDENT DETAIL REPORT"), a ticket export by its head ("ServiceDesk | Ticket
Export"), furniture of the text all the same; a paper submitted to a committee carries
"Submitted to the Committee: November 16, 2026"; a subtitle file pasted with its name
("..._271126_v3_EN.srt") dates the programme by the stamp in that name. Each is read only
from a line of that shape, so a story's sentences are never taken for them.
"""

from __future__ import annotations

import re
from datetime import date

from briefdeck.ingest.dispatch_reports import is_report_title
from briefdeck.ingest.ticket_exports import is_export_title

# "SLUG: JORDAN BASE DRONES": the slug alone on its line (a line of several fields set wide,
# "SLUG: BASE-BLISS   DESK: METRO/MIL ...", is a copy's routing, its title on a HED line).
_SLUG = re.compile(r"^SLUG\s*:\s*([A-Z0-9][^a-z:]{2,80}?)\s*$")
# "HED: Bliss air-defense unit heads for Iraq ...": the headline field of a copy's header.
_HED = re.compile(r"^HED\s*:\s*(\S.{8,200})$")
# "KICKER: FORT BLISS", "DEK: Battalion to ...": the fields around the headline, never it.
_HEAD_FIELD = re.compile(r"^(?:KICKER|DEK|SUBHED|OVERLINE|SLUG)\s*:")


def script_title(line: str) -> str:
    """A script's or a copy's title from its SLUG or HED field, or ''."""
    if line[:4] == "HED:" or line[:4] == "HED ":
        m = _HED.match(line)
        return m.group(1).strip() if m else ""
    if line[:4] == "SLUG":
        m = _SLUG.match(line)
        return m.group(1).strip() if m else ""
    return ""


def printout_title(line: str) -> bool:
    """A records system's report title over its printout, or a help desk's export title (a
    flagged line): the document's headline."""
    return (line[-6:].lower() == "report" and is_report_title(line)) or is_export_title(line)


def head_field(line: str) -> bool:
    """'KICKER: FORT BLISS': a field over or under a copy's headline, and a rundown page's
    heading ('WNCX EVENING REPORT 6P -- RUNDOWN PAGE B4'): never the headline."""
    if line[:1] in "KW" and "RUNDOWN" in line and _RUNDOWN.match(line):
        return True
    return line[:1] in "KDSO" and _HEAD_FIELD.match(line) is not None


# "Submitted to the Committee: November 16, 2026", "Submitted on 3 May 2026": a paper's date
# of submission, a label (capital S) rather than a sentence that mentions a submission.
SUBMITTED = re.compile(r"(?:^|\s)(?-i:Submitted|Transmitted|Presented)"
                       r"(?: to (?:the )?[A-Z][\w'’&,. -]{2,60}?)?(?:\s*:\s*|\s+on\s+)"
                       r"(?P<when>\S.{5,30})", re.IGNORECASE)

# "GNN_WORLD_RED_SEA_PKG_271126_v3_EN.srt": a file's name on a line of its own.
_FILE_NAME = re.compile(r"^[\w.-]{3,120}\.(?:srt|vtt|sbv|ass|docx?|pdf|txt|rtf|mp4|mov|mxf|"
                        r"wav|mp3|m4a)$", re.IGNORECASE)
_LONG_STAMP = re.compile(r"(?:^|[_.-])((?:19|20)\d\d)[_-]?([01]\d)[_-]?([0-3]\d)(?=[_.-]|$)")
_SHORT_STAMP = re.compile(r"(?:^|[_.-])(\d{6})(?=[_.-])")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _day(year: int, month: int, day: int) -> str:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return ""


def is_file_name(line: str) -> bool:
    return (line[-4:-3] == "." or line[-5:-4] == ".") and _FILE_NAME.match(line) is not None


def file_name_date(lines: list[str], text_years: str) -> str:
    """The date stamped in a file's name printed over its text: "20261127" as it stands; a
    six-figure "271126" only in the one reading (day first or year first) whose year the
    text writes out elsewhere, as in its copyright line ("(c) GNN ... 2026")."""
    for line in lines:
        if not is_file_name(line):
            continue
        m = _LONG_STAMP.search(line)
        if m and (found := _day(*(int(g) for g in m.groups()))):
            return found
        years = set(_YEAR.findall(text_years))
        for m in _SHORT_STAMP.finditer(line):
            a, b, c = (int(m.group(1)[i : i + 2]) for i in (0, 2, 4))
            readings = {r for r in (_day(2000 + c, b, a), _day(2000 + a, b, c)) if r}
            readings = {r for r in readings if r[:4] in years}
            if len(readings) == 1:
                return readings.pop()
    return ""


# "FM AMEMBASSY AMMAN": a cable's sender, in the abbreviations of the message header.
_CABLE_FROM = re.compile(r"^FM (AMEMBASSY|AMCONSUL|USMISSION|SECSTATE) ([A-Z][A-Z ]{1,30}?)\s*$")
_SENDERS = {"AMEMBASSY": "U.S. Embassy", "AMCONSUL": "U.S. Consulate",
            "USMISSION": "U.S. Mission"}
# "WNCX EVENING REPORT 6P — RUNDOWN PAGE B4": a U.S. station's call letters over its rundown.
_RUNDOWN = re.compile(r"^([KW][A-Z]{2,3})(?:-(?:TV|DT|FM|AM))?\b[^a-z]{0,60}\bRUNDOWN\b")


def header_issuer(line: str) -> str:
    """Who sent a cable ('U.S. Embassy Amman') or aired a script ('WNCX'), from its header."""
    if line[:3] == "FM ":
        m = _CABLE_FROM.match(line)
        if not m:
            return ""
        if m.group(1) == "SECSTATE":
            return "U.S. Department of State"
        return f"{_SENDERS[m.group(1)]} {m.group(2).title()}"
    if line[:1] in "KW" and "RUNDOWN" in line:
        m = _RUNDOWN.match(line)
        return m.group(1) if m else ""
    return ""
