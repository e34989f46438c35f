"""Units by number and operations by name: "the 82nd Airborne Division", "No. 9 Squadron",
"Task Force 51", "Operation Prosperity Guardian"; "41st CAA" spelled out when the report does."""

from __future__ import annotations

import re

from briefdeck.extract.org_found import Found
from briefdeck.extract.org_words import DAYS_MONTHS

# Numbered units ("16th Regiment Royal Artillery", "the 82nd Airborne Division") and named
# operations ("Operation Prosperity Guardian").
UNIT_RE = re.compile(
    # ('the 91st "Galilee" Division': a nickname in quotes is part of the name)
    r"\b(?=[\dOT]|No\.?\s|[IVX]{1,4}\s)(?:\d{1,3}(?:st|nd|rd|th)\s+(?:(?:[\"“]?[A-Z][\w-]*[\"”]?\s+){0,3}(?:Regiment|"
    r"Brigade|"
    r"Division|Battalion|Squadron|Wing|Fleet|Corps|Army|Group|Infantry|Artillery|Company|Battery|"
    r"Marine\s+Regiment|Expeditionary\s+Unit|Commando|Cavalry|Armoured|Armored|Airborne|Signals)\b"
    r"(?:\s+(?:Royal\s+[A-Z][a-z]+(?:\s+Regiment)?|Combat\s+Team|Task\s+Force|"
    r"(?:Infantry|Airborne|Armou?red|Cavalry)\s+(?:Division|Regiment|Brigade))\b)?"
    # "the 41st CAA", "3rd ID": a numbered formation by its initials (kept in spell_out_formations)
    r"|[A-Z]{2,5}\b(?![-'’/]))"
    # British air and artillery units by a bare number: "No. 9 Squadron", "83 Expeditionary Air
    # Group", "4 Regiment Royal Artillery"; and by a Roman one: "II Squadron RAF Regiment"
    r"|(?:No\.?\s+|(?<![-/.,]))\d{1,3}\s+(?:(?!(?:" + DAYS_MONTHS + r")\b)[A-Z][a-z]+\s+){0,2}"
    r"(?:Squadron|Wing|Group|Regiment)\b(?!\s+\d)"
    # forces known by a bare number: "the 70 Forces", "the 80 Forces" (Kurdish units)
    r"|(?<=\b[Tt]he\s)\d{2,3}\s+Forces\b(?!\s+\d)"
    r"|(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3})(?:\s*\([A-Z]{1,3}\))?\s+Squadron\b"
    r"(?:\s+(?:RAF\s+Regiment|Royal\s+[A-Z][a-z]+(?:\s+Regiment)?))?"
    r"|Operation\s+(?!Inherent\s+Resolve\b)[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}"
    # a task force named by words, not a number: "Task Force Lone Star", "Task Force Red Bull"
    # ... or by its short form, in staff writing: "TF Ironclad"
    r"|TF\s+[A-Z][a-z][\w'’-]+\b"
    r"|Task\s+Force\s+(?!(?:" + DAYS_MONTHS + r"|The|In|On|At|And|For|Of)\b)"
    r"[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*){0,2})"
)
# China's naval escort task forces in the Gulf of Aden, numbered and written in lower case:
# "the 48th escort task force", "the 46th naval escort taskforce".
ESCORT_FORCE_RE = re.compile(r"\b\d{1,3}(?:st|nd|rd|th)\s+(?:naval\s+)?escort\s+"
                             r"(?:task\s*force|fleet|flotilla)\b")
# A battalion is named with its regiment: "3rd Battalion, 43rd Air Defense Artillery Regiment"
# is one unit (the regiment alone an alias), as army writing and every report give it.
_OF_REGIMENT = re.compile(r",\s+(?=\d{1,3}(?:st|nd|rd|th)\s)")
_SUBUNIT = ("Battalion", "Squadron")
_PARENT = ("Regiment", "Group", "Brigade")
# Staff shorthand for a battalion of a regiment and a battery of it: "3-43 ADA" is the 3rd
# Battalion, 43rd Air Defense Artillery; "C/2-44 ADA" its C Battery; "1-174th ADA".
DESIGNATION_RE = re.compile(
    r"(?<![\w/-])(?:[A-H]/)?(\d{1,2})-(\d{1,3})(?:st|nd|rd|th)?\s+"
    r"(?:ADA|FA|CAV|Infantry|Cavalry|Armor|Aviation|Field\s+Artillery)\b(?![-/])")
_DIGIT_HYPHEN = re.compile(r"\d-\d")  # DESIGNATION_RE's cheap test
# A certificate's unit line in capitals: "BATTERY D, 3RD BATTALION, 43RD AIR DEFENSE ARTILLERY
# REGIMENT"
CAPS_UNIT_RE = re.compile(r"\b\d{1,3}(?:ST|ND|RD|TH)\s+BATTALION,\s+\d{1,3}(?:ST|ND|RD|TH)"
                          r"(?:\s+[A-Z]+){0,4}?\s+(?:REGIMENT|GROUP|BRIGADE)\b")
# Staff writing's task force in capitals: "against TF SENTINEL", "TF SPARTAN CDR" is Task Force
# Sentinel (its staff sections and posts, "TF S2", "TF CDR", are no name: four letters or more).
TF_CAPS_RE = re.compile(r"\bTF\s+([A-Z]{4,})\b(?![-/]?\d)")
# A report in capitals writes "TF" as a subject too ("TF ALSO REPORTED", "TF WILL CONTINUE"):
# the word after it is then the sentence's, no name.
_TF_NOT_NAMES = frozenset("""
ALSO WILL WOULD SHALL SHOULD COULD MUST HAVE WERE BEEN BEING DOES DID DONE HAS WAS THAT THIS
THEN THEY WITH FROM INTO ONTO OVER UNDER AFTER BEFORE DURING WHEN WHILE WHERE WHICH STILL
NOW THEREFORE THUS ONLY JUST EVEN NEVER REMAINS REMAINED CONTINUES CONTINUED REPORTS REPORTED
REQUESTS REQUESTED ASSESSES ASSESSED RECEIVED NOTED NOTES EXPECTS EXPECTED PLANS PLANNED
CONDUCTED CONDUCTS MAINTAINS MAINTAINED ELEMENTS ELEMENT PERSONNEL HQ HQS HEADQUARTERS
COMMANDER STAFF TEAM UNITS UNIT LEADERSHIP
""".split())
_OPERATION_AREA = re.compile(r"\s+(?:zone|area|region|territory|pocket|corridor)s?\b")
# Units numbered after their name, the US Navy's and joint style: "Carrier Air Wing 5",
# "Task Force 51", "Combined Task Force 153", "Destroyer Squadron 60".
NUMBER_AFTER_RE = re.compile(
    r"\b(?!(?:The|A|An|In|On|At|Of|For|And|With|From|By|To|Its|Their|Our|His|Her)\b)"
    r"(?:[A-Z][\w-]*\s+){1,3}(?:Wing|Group|Squadron|Force|Flotilla|Brigade|Regiment|Fleet)"
    r"\s+\d{1,3}\b(?![\d,.:/-])")
_UNIT_NUMBER = re.compile(r"(?:Wing|Group|Squadron|Force|Flotilla|Brigade|Regiment|Fleet) \d")
_UNIT_NO = re.compile(r"^no\.?\s+(?=\d)")
_ACRONYM_UNIT = re.compile(r"(\d{1,3}(?:st|nd|rd|th)) ([A-Z]{2,5})")
_NUMBERED = re.compile(r"\d{1,3}(?:st|nd|rd|th) (.+)")
# Initials of formations every report abbreviates, known without the long form in the text.
_FORMATION_INITIALS = frozenset({
    "CAA", "ID", "AD", "CD", "MEF", "MEU", "MEB", "BCT", "ABCT", "IBCT", "SBCT", "CAB",
    "SFG", "SFAB", "ACR", "FA", "ADA", "TA", "GTA", "MRD", "MRB", "VDV",
})


def _initials(words: str) -> str:
    return "".join(w[0] for w in words.split() if w[0].isupper())


_JOINED_NUMBERS = re.compile(r"(\d{1,3})(?:st|nd|rd|th) (?:Battalion|Squadron), "
                             r"(\d{1,3})(?:st|nd|rd|th) ")


def fold_designations(found: dict[str, Found]) -> None:
    """'3-43 ADA' is an alias of '3rd Battalion, 43rd Air Defense Artillery Regiment' when the
    report names the battalion in full too."""
    full = {m.groups(): f for f in found.values() if (m := _JOINED_NUMBERS.match(f.name))}
    if not full:
        return
    for key, f in list(found.items()):
        m = DESIGNATION_RE.fullmatch(f.name)
        unit = full.get(m.groups()) if m and "/" not in f.name else None
        if unit is not None:
            del found[key]
            unit.start = min(unit.start, f.start)
            if f.name not in unit.aliases:
                unit.aliases.append(f.name)


def spell_out_formations(found: dict[str, Found]) -> None:
    """'41st CAA' -> '41st Combined Arms Army' when the report spells the initials out for any
    formation ('2nd Combined Arms Army (CAA)'); dropped when the initials are neither spelled
    out nor a formation's usual ones ('the 3rd IED attack')."""
    spelled: dict[str, str] = {}
    for f in found.values():
        m = _NUMBERED.fullmatch(f.name)
        if m and " " in m.group(1):
            spelled.setdefault(_initials(m.group(1)), m.group(1))
    fold_designations(found)
    for key, f in list(found.items()):
        m = _ACRONYM_UNIT.fullmatch(f.name)
        if not m:
            continue
        long = spelled.get(m.group(2))
        if long is None:
            if m.group(2) not in _FORMATION_INITIALS:
                del found[key]
            continue
        full = f"{m.group(1)} {long}"
        del found[key]
        entry = found.setdefault(full.casefold(), Found(full, f.start, f.end))
        entry.start = min(entry.start, f.start)
        if f.name not in entry.aliases:
            entry.aliases.append(f.name)


def numbered_units(text: str, start: int, end: int, st: str, found: dict[str, Found],
                   taken: list[tuple[int, int]]) -> None:
    """Add the units and operations one sentence names (st is its text)."""
    units = list(UNIT_RE.finditer(text, start, end))
    if "escort" in st:
        units += ESCORT_FORCE_RE.finditer(text, start, end)
    if _UNIT_NUMBER.search(st):
        units += NUMBER_AFTER_RE.finditer(text, start, end)
    joined = []  # "3rd Battalion, 43rd ... Regiment": one unit
    for m in units:
        if m.group(0).endswith(_SUBUNIT) and (c := _OF_REGIMENT.match(text, m.end(), end)):
            parent = UNIT_RE.match(text, c.end(), end)
            if parent and parent.group(0).endswith(_PARENT):
                joined.append((m.start(), parent.end(), parent.group(0)))
    for a, b, parent in joined:
        taken.append((a, b))
        name = " ".join(text[a:b].split())
        entry = found.setdefault(name.casefold(), Found(name, a, b))
        if parent not in entry.aliases:
            entry.aliases.append(parent)
    if "-" in st and _DIGIT_HYPHEN.search(st):
        for m in DESIGNATION_RE.finditer(text, start, end):
            if not any(s < m.end() and m.start() < e for s, e in taken):
                taken.append((m.start(), m.end()))
                found.setdefault(m.group(0).casefold(), Found(m.group(0), m.start(), m.end()))
    if "TF " in st:
        for m in TF_CAPS_RE.finditer(text, start, end):
            if m.group(1) in _TF_NOT_NAMES:
                continue
            name = "Task Force " + m.group(1).capitalize()
            taken.append((m.start(), m.end()))
            entry = found.setdefault(name.casefold(), Found(name, m.start(), m.end()))
            if m.group(0) not in entry.aliases:
                entry.aliases.append(m.group(0))
    if "BATTALION" in st:
        for m in CAPS_UNIT_RE.finditer(text, start, end):
            name = " ".join(w.capitalize() for w in m.group(0).split())
            taken.append((m.start(), m.end()))
            found.setdefault(name.casefold(), Found(name, m.start(), m.end()))
    for m in units:  # (a body named inside the unit's name stays: "RAF" in "II Squadron
        # RAF Regiment")
        if any(s < m.end() and m.start() < e and not m.start() <= s < e <= m.end()
               for s, e in taken):
            continue
        if m.group(0).startswith("Operation") and _OPERATION_AREA.match(text, m.end()):
            taken.append((m.start(), m.end()))
            continue  # "the Operation Peace Spring zone": the area an operation took
        taken.append((m.start(), m.end()))
        name = " ".join(m.group(0).replace('"', "").replace("“", "").replace("”", "").split())
        key = _UNIT_NO.sub("", name.casefold())  # "No. 6 Squadron" is "6 Squadron"
        found.setdefault(key, Found(name, m.start(), m.end()))
