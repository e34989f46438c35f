"""A radio-net log (an RTO's log of a command net): rows "TIME | FROM | TO | MESSAGE |
ACTION" in capitals under a log period given as date-time groups ("LOG PERIOD: 211800C NOV 26
- 220800C NOV 26"), the messages in the net's shorthand ("CONTACT IED. ... 2X WIA", "NO CAS",
"SALUTE. S: 3X ONE-WAY UAS ... T: 220011C", "CORRECTION ... 3X WIA TOTAL: 2X US SOLDIERS,
1X SDF ESCORT").

Prose reading finds nothing in such rows, so they are read here as entries of the log:
- a row is dated by the period and its time: the period's first day, the next day once the
  clock has gone back past midnight; a DTG in the message ("212241C"), a day ("14 NOV") or a
  weekday ("COMPLETED FRIDAY", the last such day up to the row's) dates what it tells instead;
- a message (or each numbered item "(1) ... (2) ..." of a summary row) tells one incident: an
  attack ("CONTACT", "IED", "IMPACT", "ROCKETS", "ONE-WAY UAS"), a handover or a withdrawal
  (the "FINAL LOAD" or "LAST ... EQUIPMENT OUT" of a place); a bracket with a day of its own
  ("(CF. 14 NOV, 2X ROCKETS, NO CAS)") tells an earlier incident;
- a count in the net's shorthand ("3X WIA (2X US, 1X SDF)", "NO CAS") is the incident's toll
  as now known: a later count of the same incident (a "CORRECTION" row, the battle captain's
  summary) replaces the earlier one, as the log's own picture did;
- the same incident told again (the contact row, the impact row, the summary item) is one
  event: same kind and day, at the same place or at none; an undated telling of a place's
  withdrawal is the one already dated. Claims ("CLAIMED ON TELEGRAM") tell no incident.
The log's rows replace what the prose reader drafted from them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from briefdeck.extract.places import PlaceMention
from briefdeck.extract.sentences import Document
from briefdeck.model import Casualties, Event, Provenance

_MONTHS = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")
_PERIOD = re.compile(r"LOG\s++PERIOD:?[ \t]*+(?P<dd>\d\d)(?P<hh>\d\d)\d\d[A-Z]?[ \t]++"
                     r"(?P<mon>[A-Z]{3})[ \t]++(?P<yy>\d{2}|\d{4})\b")
_HEAD = re.compile(r"^[ \t]*+TIME\b[^\n|\t]{0,12}+[|\t][ \t]*+FROM[ \t]*+[|\t][ \t]*+TO[ \t]*+"
                   r"[|\t][ \t]*+MESSAGE\b", re.M)
_ROW = re.compile(r"^[ \t]*+(?P<hh>[01]\d|2[0-3])(?P<mi>[0-5]\d)[ \t]*+[|\t]", re.M)
_ITEM = re.compile(r"\(\d{1,2}\)[ \t]++")
_BRACKET = re.compile(r"\(([^()]*+)\)")
# a DTG ("212241C", "220011C NOV 26"), a day ("14 NOV"), a weekday
_DTG = re.compile(r"\b(?P<dd>[0-3]\d)(?:[01]\d|2[0-3])[0-5]\d[A-Z]\b(?:[ \t]++(?P<mon>"
                  r"JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)\b)?")
_DAY = re.compile(r"\b(?P<dd>[0-3]?\d)[ \t]++(?P<mon>JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|"
                  r"NOV|DEC)\b")
_WEEKDAYS = ("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")
_WEEKDAY = re.compile(r"\b(?:" + "|".join(_WEEKDAYS) + r")\b")
_KINDS = (
    ("handover", re.compile(r"\bHAND(?:ED)?[- ]?OVER\b")),
    ("withdrawal", re.compile(r"\b(?:WITHDR[A-Z]*+|RETROGRADE|FINAL[ \t]++LOAD|LAST[ \t]++"
                              r"(?:[A-Z]++[ \t]++){0,2}?EQUIPMENT[ \t]++OUT)\b")),
    ("attack", re.compile(r"\b(?:ATTACK|CONTACT|V?B?IED|IDF|SAF|RPG|ROCKETS?|MORTARS?|IMPACTS?|"
                          r"STRUCK|AMBUSH|ONE-WAY[ \t]++UAS|OWA[ \t]++UAS)\b")),
)
_CLAIM = re.compile(r"\bCLAIM")
_NO_CAS = re.compile(r"\bNO[ \t]++(?:CAS|CASUALTIES|INJURIES)\b")
_COUNT = re.compile(r"\b(?P<n>\d{1,3})X[ \t]*+(?P<kind>KIA|WIA|DOW)\b")
# the parties of a count: "(2X US, 1X SDF)", ": 2X US SOLDIERS (1X URGENT), 1X SDF ESCORT"
_PARTY = re.compile(r"(?P<n>\d{1,3})X[ \t]++(?P<who>[A-Z][A-Z'.-]*+(?:[ \t]++[A-Z][A-Z'.-]*+)"
                    r"{0,2}+)")
_LIST_OPENS = re.compile(r"[ \t]*+(?:TOTAL\b)?[ \t]*+[:(]?")
_BRACKETED = re.compile(r"\([^()]*+\)")
_ACRONYM = re.compile(r"[A-Z]{2,4}")
# a field of a spot report ("S: 3X ONE-WAY UAS", "L: 12 KM SE OF X" in a SALUTE report)
_REPORT_FIELD = re.compile(r"[A-Z]:[ \t]")


@dataclass
class _Incident:
    kind: str
    day: date
    own_day: bool  # dated by the words that tell it, not only by its row's time
    date_text: str
    place: str
    start: int
    end: int
    summary: str
    toll: tuple[int, int] | None = None
    parties: list[tuple[str, int, int]] = field(default_factory=list)


def _year(yy: str) -> int:
    return int(yy) + 2000 if len(yy) == 2 else int(yy)


def _split(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The message's sentences (". " and "; " outside brackets end one)."""
    out, depth, at = [], 0, start
    for n in range(start, end):
        ch = text[n]
        depth += ch == "("
        depth -= ch == ")" and depth > 0
        if ch in ".;" and not depth and (n + 1 == end or text[n + 1] in " \t"):
            out.append((at, n))
            at = n + 1
    out.append((at, end))
    return [(s + len(text[s:e]) - len(text[s:e].lstrip()), e) for s, e in out
            if text[s:e].strip()]


def _day_in(words: str, row_day: date) -> tuple[date, str] | None:
    """The day the words give: a DTG's, a day and month's, a weekday's (up to row_day)."""
    found = _DTG.search(words) or _DAY.search(words)
    if found is not None:
        month = _MONTHS.index(found.group("mon")) + 1 if found.group("mon") else row_day.month
        year = row_day.year
        try:
            day = date(year, month, int(found.group("dd")))
        except ValueError:
            return None
        if day > row_day + timedelta(days=1):  # a day past the row's: the month before
            back = date(year - (month == 1), 12 if month == 1 else month - 1, 1)
            try:
                day = day.replace(year=back.year, month=back.month) if not found.group(
                    "mon") else day.replace(year=year - 1)
            except ValueError:
                return None
        return day, found.group(0)
    if (wd := _WEEKDAY.search(words)) is not None:
        back = (row_day.weekday() - _WEEKDAYS.index(wd.group(0))) % 7
        return row_day - timedelta(days=back), wd.group(0)
    return None


def _party(words: str) -> str:
    return " ".join("U.S." if w == "US" else w if _ACRONYM.fullmatch(w) and w not in (
        "MEN",) else w.lower() for w in words.split())


def _toll(words: str) -> tuple[tuple[int, int] | None, list[tuple[str, int, int]]]:
    """The shorthand count the words give (killed, wounded) and its parties, or None."""
    counts = {"killed": 0, "wounded": 0}
    parties: list[tuple[str, int, int]] = []
    seen = False
    for m in _COUNT.finditer(words):
        kind = "wounded" if m.group("kind") == "WIA" else "killed"
        if counts[kind]:
            continue  # "I SAY AGAIN 3X WIA": the same count repeated
        counts[kind], seen = int(m.group("n")), True
        # "(2X US, 1X SDF)", "TOTAL: 2X US SOLDIERS (1X URGENT), 1X SDF ESCORT (ROUTINE)": a
        # party's own brackets say how urgent its case is, not who
        tail = _BRACKETED.sub("", _LIST_OPENS.sub("", words[m.end():m.end() + 160], 1))
        rows = []
        for piece in tail.split(","):
            p = _PARTY.fullmatch(piece.strip(" \t)"))
            if p is None:
                break
            rows.append((_party(p.group("who")), int(p.group("n"))))
        if len(rows) > 1 and sum(r[1] for r in rows) == counts[kind]:
            parties += [(who, n, 0) if kind == "killed" else (who, 0, n) for who, n in rows]
    if not seen and _NO_CAS.search(words):
        return (0, 0), []
    return ((counts["killed"], counts["wounded"]) if seen else None), parties


def _place(mentions: list[PlaceMention], start: int, end: int) -> str:
    inside = [m for m in mentions if start <= m.start < end and m.kind != "country"]
    return inside[0].key if inside else ""


def _merge(known: list[_Incident], new: _Incident) -> _Incident:
    for old in reversed(known):
        if old.kind != new.kind or (old.place and new.place and old.place != new.place):
            continue
        if old.day == new.day or (not new.own_day and new.place and old.place == new.place):
            old.place = old.place or new.place
            if new.own_day and not old.own_day:
                old.day, old.own_day, old.date_text = new.day, True, new.date_text
            if _REPORT_FIELD.match(old.summary) and not _REPORT_FIELD.match(new.summary):
                # "S: 3X ONE-WAY UAS": a SALUTE report's first size count, often corrected
                # by the rows after it; the incident told in plain words names it instead
                old.summary, old.start, old.end = new.summary, new.start, new.end
            return old
    known.append(new)
    return new


def _message_start(text: str, row: re.Match[str], stop: int) -> int:
    """Where the row's message cell opens (after its time, FROM and TO cells)."""
    at = row.end()
    for _ in range(2):
        bar = min((i for i in (text.find("|", at, stop), text.find("\t", at, stop)) if i >= 0),
                  default=-1)
        if bar < 0:
            return -1
        at = bar + 1
    return at


def _message_end(text: str, start: int, stop: int) -> int:
    bar = min((i for i in (text.find("|", start, stop), text.find("\t", start, stop)) if i >= 0),
              default=stop)
    return bar


def radio_log_events(doc: Document, places: list[PlaceMention], events: list[Event]
                     ) -> list[Event] | None:
    """The events with the log's incidents in place of any drafted from its rows, or None
    when the text is no radio-net log."""
    text = doc.text
    period = _PERIOD.search(text)
    head = _HEAD.search(text, period.end()) if period is not None else None
    if period is None or head is None or period.group("mon") not in _MONTHS:
        return None
    try:
        day = date(_year(period.group("yy")), _MONTHS.index(period.group("mon")) + 1,
                   int(period.group("dd")))
    except ValueError:
        return None
    rows = list(_ROW.finditer(text, head.end()))
    if len(rows) < 2:
        return None
    skipped = doc.skipped
    known: list[_Incident] = []
    last: _Incident | None = None
    clock = int(period.group("hh")) * 100
    for row in rows:
        stop = text.find("\n", row.end())
        stop = len(text) if stop < 0 else stop
        time = int(row.group("hh") + row.group("mi"))
        day += timedelta(days=clock - time > 1200)  # the clock back past midnight: next day
        clock = time
        begin = _message_start(text, row, stop)
        if begin < 0 or any(s <= begin < e for s, e in skipped):
            continue
        end = _message_end(text, begin, stop)
        for i_start, i_end in _items(text, begin, end):
            last = _read_unit(text, i_start, i_end, day, row.group(0).strip(" |\t"), places,
                              known, last)
    if not known:
        return None
    region = (head.start(), rows[-1].end())
    kept = [e for e in events if e.provenance is None
            or not region[0] <= e.provenance.start < region[1]]
    numbers = [int(e.id[3:]) for e in kept if e.id.startswith("ev-") and e.id[3:].isdigit()]
    first = max(numbers, default=-1) + 1
    return kept + [_event(f"ev-{first + k}", inc) for k, inc in enumerate(known)]


def _items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A summary row's numbered items ("(1) IED ... (2) UAS ATTACK ..."), or the message."""
    marks = [m for m in _ITEM.finditer(text, start, end)
             if not text[start:m.start()].strip() or text[start:m.start()].rstrip()[-1] in ".;:"]
    if not marks:
        return [(start, end)]
    return [(m.end(), marks[k + 1].start() if k + 1 < len(marks) else end)
            for k, m in enumerate(marks)]


def _read_unit(text: str, start: int, end: int, row_day: date, row_time: str,
               places: list[PlaceMention], known: list[_Incident],
               last: _Incident | None) -> _Incident | None:
    """One message, or one item of a summary: its incidents into known; returns the incident
    a later count with no incident of its own belongs to."""
    sentences = [(s, e) for s, e in _split(text, start, end) if not _CLAIM.search(text[s:e])]
    told = []  # (start, end, day, aside): each sentence, and a bracket with a day of its own
    for s, e in sentences:
        words = text[s:e]
        bracket = _BRACKET.search(words)
        inner = _day_in(bracket.group(1), row_day) if bracket is not None else None
        if inner is not None and any(k.search(words) for _, k in _KINDS):
            # "(CF. 14 NOV, 2X ROCKETS, NO CAS)": an earlier incident told in brackets
            told.append((s, s + bracket.start(), _day_in(words[:bracket.start()], row_day),
                         False))
            told.append((s + bracket.start(1), s + bracket.end(1), inner, True))
        else:
            told.append((s, e, _day_in(words, row_day), False))
    # what the message says of all it tells: its day and its place
    unit_day = next((d for _, _, d, aside in told if d is not None and not aside), None)
    unit_place = next((p for s, e, _, aside in told if not aside and (
        p := _place(places, s, e))), "")
    unit: _Incident | None = None
    for t_start, t_end, t_day, aside in told:
        part = text[t_start:t_end]
        kind = next((k for k, rx in _KINDS if rx.search(part)), None)
        place = _place(places, t_start, t_end)
        toll, parties = _toll(part)
        if kind is None and aside and unit is not None:
            kind = unit.kind
        if kind is None:
            target = unit or last
            if toll is not None and target is not None and (not place or place == target.place):
                _count(target, toll, parties)
            continue
        when = t_day or (None if aside else unit_day)
        inc = _merge(known, _Incident(
            kind, when[0] if when else row_day, t_day is not None,
            when[1] if when else row_time, place or unit_place, t_start, t_end, part.strip()))
        if toll is not None:
            _count(inc, toll, parties)
        if not aside:
            unit = inc
    return unit or last


def _count(inc: _Incident, toll: tuple[int, int], parties: list[tuple[str, int, int]]) -> None:
    """A later count of the incident: the toll as now known (its parties kept when the same
    count is told again without them)."""
    inc.parties = parties or (inc.parties if toll == inc.toll else [])
    inc.toll = toll


def _event(ident: str, inc: _Incident) -> Event:
    killed, wounded = inc.toll if inc.toll is not None else (None, None)
    if inc.kind != "attack" and inc.toll is None:
        killed = wounded = None
    return Event(
        id=ident, date=inc.day.isoformat(), date_precision="day",
        # the wording and the day the log period makes of it (a DTG gives no month or year)
        date_text=f"{inc.date_text} ({inc.day.isoformat()})", kind=inc.kind,  # type: ignore[arg-type]
        summary=inc.summary[:300], place=inc.place, killed=killed, wounded=wounded,
        casualties=[Casualties(party=p, killed=k, wounded=w) for p, k, w in inc.parties],
        provenance=Provenance(source="src-1", start=inc.start, end=inc.end))
