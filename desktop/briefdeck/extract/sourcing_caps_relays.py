"""Sourcing a record in capitals relays: "PER BDOC C-RAM ENGAGING", "PER 386 EMDG 4TH PT
SELF-PRESENTED", "PER 386 AEW/PA KUWAITI MOD STATEMENT VIA KUNA SAYS ...", "PER BDOC
OPEN-SOURCE REPORTS OF X CLAIMING THE ATTACK ON TELEGRAM".

A dispatch narrative or a duty log in capitals heads an entry with the office that told it,
"PER" and its initials (a unit number maybe first), and drops the verb: the office is the
source of the entry, counted once however many entries it gives. What it passes on may name
a source of its own: a body's statement ("X STATEMENT VIA KUNA SAYS") or a group's claim in
the reports it saw ("REPORTS OF X CLAIMING THE ATTACK"): each is a source beside the office.
The source is the office or group itself ("PER BDOC", "X"), not the entry it gives: what the
entry says is no one's name on a list of sources.
"""

from __future__ import annotations

import re

# "PER" at the head of an entry (after its clock time) or of a clause, then the office: its
# initials, a unit number before them maybe ("386 AEW/PA").
_PER = re.compile(
    r"(?:^[ \t]*+(?:\d[\d:]{2,7}[A-Z]?[ \t]++)?|(?<=[.;])[ \t]++)PER[ \t]++"
    r"(?P<who>(?:\d{1,4}(?:ST|ND|RD|TH)?[ \t]++)?[A-Z][A-Z/&-]{1,11}+)(?![\w])",
    re.M,
)
# "PER DAY", "PER SOP": a rate or a rule followed, no office speaking.
_NOT_OFFICE = frozenset(
    "DAY HOUR HR HRS WEEK MONTH YEAR CENT SE CAPITA MIN MINUTE SEC SECOND KM "
    "MILE PERSON ROUND SORTIE SHIFT UNIT ITEM SOP ROE TTP SPINS ORDERS ORDER "
    "PROTOCOL POLICY PLAN REQUEST STANDARD REGULATION THE A AN".split()
)
_PERSON_LAST = frozenset("SOURCE SOURCES OFFICIAL OFFICIALS WITNESS WITNESSES LIAISON".split())
# A body's statement the office passes on: "KUWAITI MOD STATEMENT VIA KUNA SAYS".
_STATEMENT_SAYS = re.compile(
    r"[ \t]++(?P<who>[A-Z][A-Z'/-]*+(?:[ \t]++[A-Z][A-Z'/-]*+){0,3}?)"
    r"[ \t]++STATEMENT(?:[ \t]++VIA[ \t]++[A-Z][A-Z0-9-]*+)?[ \t]++"
    r"(?:SAYS|STATES|SAID|REPORTS)\b"
)
# A group's claim in the reports the office saw: "OPEN-SOURCE REPORTS OF X CLAIMING THE
# ATTACK ON TELEGRAM" (the group is the source; its claim is what it said).
_REPORTS_OF = re.compile(r"[ \t]++(?:[A-Z-]++[ \t]++)?REPORTS[ \t]++OF[ \t]++")
_CLAIMING = re.compile(
    r"(?P<who>[A-Z][A-Z'-]*+(?:[ \t]++[A-Z][A-Z'-]*+){0,5}?)[ \t]++"
    r"(?:CLAIMING|CLAIMS|CLAIMED)\b"
)
_NOT_NAME = frozenset("THE A AN NO NOT ALL ANY UNVERIFIED".split())


_LOWER = re.compile(r"[a-z]")


def _all_capitals(text: str, pos: int) -> bool:
    """Whether the line holding pos has no lower-case letter (a record in capitals)."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return _LOWER.search(text, start, len(text) if end < 0 else end) is None


def caps_relays(text: str) -> list[tuple[int, int, str, int | None]]:
    """(start, end, kind, count) of each office an entry in capitals cites with "PER", and of
    the statement or claim it passes on."""
    if "PER " not in text:
        return []
    out: list[tuple[int, int, str, int | None]] = []
    seen: set[str] = set()
    for m in _PER.finditer(text):
        who = m.group("who")
        if who.split()[-1] in _NOT_OFFICE or not _all_capitals(text, m.start()):
            continue
        at = m.end("who")
        statement = _STATEMENT_SAYS.match(text, at)
        reports = _REPORTS_OF.match(text, at) if not statement else None
        claim = _CLAIMING.match(text, reports.end()) if reports else None
        key = " ".join(who.split())
        if key not in seen:  # (the office again: the same source)
            seen.add(key)
            last = who.split()[-1]
            kind = "anonymous official" if last in _PERSON_LAST else "spokesperson"
            count = None if kind == "anonymous official" and last.endswith("S") else 1
            out.append((m.start("who") - 4, at, kind, count))
        if statement and statement.group("who").split()[0] not in _NOT_NAME:
            out.append((statement.start("who"), statement.end(), "spokesperson", 1))
        if claim and claim.group("who").split()[0] not in _NOT_NAME:
            out.append((claim.start("who"), claim.end("who"), "spokesperson", 1))
    return out


# The statement an office released, quoted after a colon: "PER 386 AEW/PA WING STATEMENT
# RELEASED: "..."": whose statement the word before it says ("WING"), through that office.
_RELEASED = re.compile(
    r"PER[ \t]++(?P<who>(?:\d{1,4}[ \t]++)?[A-Z][A-Z/&-]{1,11}+)[ \t]++"
    r"(?:(?P<owner>[A-Z]{3,12})[ \t]++)?(?:STATEMENT|RELEASE)"
    r"(?:[ \t]++(?:RELEASED|ISSUED|READS))?[ \t]*+:[ \t]*+$"
)
_OWNER_NOUNS = frozenset(
    "WING GROUP SQUADRON BRIGADE DIVISION BATTALION REGIMENT COMMAND BASE "
    "GARRISON MINISTRY EMBASSY FLEET".split()
)


def caps_released_speaker(text: str, quote_at: int) -> str:
    """Who speaks a statement an all-capitals entry quotes after "PER X ... STATEMENT:", or
    ''."""
    if "PER " not in text[max(0, quote_at - 80) : quote_at] or not _all_capitals(text, quote_at):
        return ""
    m = _RELEASED.search(text, max(0, quote_at - 80), quote_at)
    if not m or m.group("who").split()[-1] in _NOT_OFFICE:
        return ""
    owner = m.group("owner") or ""
    return f"{m.group('who')} {owner.capitalize()}" if owner in _OWNER_NOUNS else m.group("who")
