"""A computer-aided dispatch (CAD) incident report: a fire/EMS or security dispatch centre's
printout of one incident. Its header fields say what, when and how bad ("Nature: UAS IMPACT -
STRUCTURE FIRE", "Reported: 12/01/2026 23:47:12", "Patients: 4   Fatalities: 0"); its
narrative is time-stamped lines in the dispatchers' shorthand, with no day and running past
midnight, in which prose reading finds nothing. The header is the record's last word (its
patient count is kept up to date as patients come in, "TOTAL PTS NOW 4"), so:
- the incident is an attack on the day it was reported, when its nature names a weapon or a
  hostile act (a UAS impact, rockets, an explosion), with the header's counts as its toll:
  the patients as wounded when no one died (with deaths, whether the patient count holds the
  dead is not said, and only the dead are taken);
- it happened at the installation the header names (the dispatch centre's own base), or at
  the place its Location field names, when a place is found there;
- the rows under PREMISE HISTORY ("11/14/2026 21:10  AAS-26-001702  UAS DEBRIS ON TAXIWAY F
  AFTER INTERCEPT, NO INJURIES") are earlier incidents at the same premises, each on its day.
These replace whatever prose reading drafted from the header and the rows.
"""

from __future__ import annotations

import re
from datetime import date

from briefdeck.extract.event_draft import BROAD_PRECISIONS, VIOLENT
from briefdeck.extract.places import PlaceMention
from briefdeck.extract.toll_parties import party_of
from briefdeck.model import Casualties, Event, Provenance

# the header's fields: a label at a line's start or after a gap of two spaces or a tab
_LEAD = r"(?:^|(?<=[ \t][ \t])|(?<=\t))"
_NATURE = re.compile(
    _LEAD + r"(?:Nature|Call[ \t]+Type|Incident[ \t]+Type)[ \t]*+:[ \t]*+"
    r"(?P<value>[^\n]{1,120}?)[ \t]*+$",
    re.M | re.I,
)
# "Reported: 12/01/2026 23:47:12" (a US dispatch centre's month/day/year)
_REPORTED = re.compile(
    _LEAD + r"(?:Reported|Received|Call[ \t]+Received)[ \t]*+:[ \t]*+"
    r"(?P<mm>\d{1,2})/(?P<dd>\d{1,2})/(?P<yy>\d{4})\b",
    re.M | re.I,
)
_LOCATION = re.compile(
    _LEAD + r"Location[ \t]*+:[ \t]*+(?P<value>[^\n]{1,120}?)"
    r"(?=[ \t]{2,}|[ \t]*+$)",
    re.M | re.I,
)
_PATIENTS = re.compile(
    _LEAD + r"(?:Patients|Pts|Injured)[ \t]*+:[ \t]*+(?P<n>\d{1,3})\b", re.M | re.I
)
_FATAL = re.compile(
    _LEAD + r"(?:Fatalities|Deaths|Deceased|Killed)[ \t]*+:[ \t]*+"
    r"(?P<n>\d{1,3})\b",
    re.M | re.I,
)
# what makes the incident a hostile one: a weapon or an act of war (not a kitchen fire)
_HOSTILE = re.compile(
    r"\b(?:UAS|UAVs?|drones?|rockets?|missiles?|mortars?|IDF|IEDs?|VBIED|"
    r"explosions?|blast|attack|shelling|gunfire|shots[ \t]+fired|artillery|"
    r"air[ \t]*strike)\b",
    re.I,
)
_WEAPONS = (
    ("drones", re.compile(r"\b(?:UAS|UAVs?|drones?)\b", re.I)),
    ("rockets", re.compile(r"\brockets?\b", re.I)),
    ("mortars", re.compile(r"\bmortars?\b", re.I)),
    ("missiles", re.compile(r"\bmissiles?\b", re.I)),
)
_NO_INJURIES = re.compile(r"\bNO[ \t]+(?:INJURIES|INJURY|INJ|CASUALTIES|CAS)\b", re.I)
# the patients' count by party, in the narrative: "TOTAL PTS NOW 4 (3 US, 1 TCN)"
_PTS_BY_PARTY = re.compile(
    r"\bPTS[ \t]+(?:NOW[ \t]+)?(?P<n>\d{1,3})[ \t]*+\((?P<parts>"
    r"\d{1,3}[ \t]++[A-Za-z][\w./ -]{0,24}?(?:,[ \t]*+\d{1,3}[ \t]++"
    r"[A-Za-z][\w./ -]{0,24}?){0,5})\)",
    re.I,
)
_PART = re.compile(r"(\d{1,3})[ \t]++([^,]+)")
# dispatchers' party shorthand the party reader does not know
_SHORT_PARTIES = {"tcn": "third-country national", "lnc": "local national"}
_HISTORY = re.compile(r"^[ \t]*+PREMISE[ \t]+HISTORY\b[^\n]*+$", re.M | re.I)
_ROW = re.compile(
    r"^[ \t]*+(?P<mm>\d{1,2})/(?P<dd>\d{1,2})/(?P<yy>\d{4})[ \t]++"
    r"(?:\d{1,2}:\d\d(?::\d\d)?[ \t]++)?(?:[A-Z]{1,5}-[\w-]{2,20}+[ \t]++)?"
    r"(?P<nature>[^\n]{3,200}?)[ \t]*+$",
    re.M,
)
# how far into the text the header's fields sit
_HEAD_REACH = 2500


def _day(m: re.Match[str]) -> date | None:
    try:
        return date(int(m.group("yy")), int(m.group("mm")), int(m.group("dd")))
    except ValueError:
        return None


def _site(places: list[PlaceMention], start: int, end: int) -> str:
    """The finest place named in text[start:end], an installation first, by its gazetteer
    name (a printout in capitals names "ALI AL SALEM AB")."""
    named = [p for p in places if start <= p.start < end and p.precision not in BROAD_PRECISIONS]
    if not named:
        return ""
    return max(named, key=lambda p: (p.precision == "installation", -p.start)).key


def _weapons(words: str) -> list[str]:
    return [name for name, pattern in _WEAPONS if pattern.search(words)]


def _parties(text: str, wounded: int) -> list[Casualties]:
    """The last count of patients by party the narrative gives, when it adds up to the
    header's count."""
    last = None
    for last in _PTS_BY_PARTY.finditer(text):  # noqa: B007 (the last one is the latest)
        pass
    if last is None or int(last.group("n")) != wounded:
        return []
    rows = []
    for part in last.group("parts").split(","):
        m = _PART.match(part.strip())
        if m is None:
            return []
        words = m.group(2).strip()
        party = _SHORT_PARTIES.get(words.lower()) or party_of(words)
        rows.append(
            Casualties(
                party=words if party == "unspecified" else party, killed=0, wounded=int(m.group(1))
            )
        )
    return rows if sum(r.wounded for r in rows) == wounded else []


def dispatch_events(
    text: str, places: list[PlaceMention], events: list[Event]
) -> list[Event] | None:
    """The events with the report's incident and premise history in place of any drafted
    from them, or None when the text is no dispatch report of a hostile incident."""
    head = text[:_HEAD_REACH]
    if ":" not in head or ("ATURE" not in head.upper() and "TYPE" not in head.upper()):
        return None
    nature, reported = _NATURE.search(head), _REPORTED.search(head)
    if nature is None or reported is None or not _HOSTILE.search(nature.group("value")):
        return None
    day = _day(reported)
    if day is None:
        return None
    fields_start = min(nature.start(), reported.start())
    line_start = head.rfind("\n", 0, fields_start) + 1
    location = _LOCATION.search(head, line_start)
    site = (
        _site(places, location.start("value"), location.end("value")) if location else ""
    ) or _site(places, 0, line_start)
    patients, fatal = _PATIENTS.search(head, line_start), _FATAL.search(head, line_start)
    killed = int(fatal.group("n")) if fatal else None
    wounded = int(patients.group("n")) if patients and not killed else None
    where = f" at {location.group('value')}" if location else ""
    ends = [m.end() for m in (nature, reported, location, patients, fatal) if m is not None]
    incident = Event(
        id="ev-0",
        date=day.isoformat(),
        date_precision="day",
        date_text=reported.group(0).split(":", 1)[1].strip(),
        kind="attack",
        summary=(nature.group("value") + where)[:200],
        place=site,
        weapons=_weapons(nature.group("value")),
        killed=killed,
        wounded=wounded,
        casualties=_parties(text, wounded) if wounded else [],
        provenance=Provenance(source="src-1", start=line_start, end=max(ends)),
    )
    history = _HISTORY.search(text)
    rows, rows_end = _history(text, history.end(), site) if history else ([], -1)
    # (the history's rows, hostile or not: what prose drafted from them is theirs to tell)
    region = (history.start(), rows_end) if history else (len(text), len(text))
    kept = [e for e in events if not _replaced(e, day, region)]
    numbers = [int(e.id[3:]) for e in kept if e.id.startswith("ev-") and e.id[3:].isdigit()]
    first = max(numbers, default=-1) + 1
    made = [incident, *rows]
    for k, e in enumerate(made):
        e.id = f"ev-{first + k}"
    return kept + made


def _replaced(e: Event, day: date, region: tuple[int, int]) -> bool:
    """Is a drafted event one the report's incident or a history row tells again?"""
    at = e.provenance.start if e.provenance is not None else -1
    if region[0] <= at < region[1]:  # (drafted from the history's rows)
        return True
    near = e.date in (day.isoformat(), date.fromordinal(day.toordinal() + 1).isoformat())
    return e.kind in VIOLENT and near and 0 <= at < region[0]


def _history(text: str, start: int, site: str) -> tuple[list[Event], int]:
    """The premise history's rows of hostile happenings, and where its last row of any kind
    ends (its rows run up to the first line that is no row)."""
    rows: list[Event] = []
    last_end = start
    pos = text.find("\n", start) + 1
    while 0 < pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line = text[pos:end]
        if line.strip(" \t=-"):
            m = _ROW.match(text, pos, end)
            if m is None:
                break
            nature = m.group("nature")
            day = _day(m)
            # (an alarm with no impact, "ALARM RED, NO IMPACT", names no weapon: no incident)
            kind = "attack" if _HOSTILE.search(nature) else ""
            if day is not None and kind:
                none = _NO_INJURIES.search(nature) is not None
                rows.append(
                    Event(
                        id="ev-0",
                        date=day.isoformat(),
                        date_precision="day",
                        date_text=f"{m.group('mm')}/{m.group('dd')}/{m.group('yy')}",
                        kind=kind,
                        summary=nature[:200],
                        place=site,
                        weapons=_weapons(nature),
                        killed=0 if none else None,
                        wounded=0 if none else None,
                        provenance=Provenance(
                            source="src-1", start=m.start("mm"), end=m.end("nature")
                        ),
                    )
                )
            last_end = end
        elif last_end > start:  # (a blank line or a rule after the rows ends them)
            break
        pos = end + 1
    return rows, last_end
