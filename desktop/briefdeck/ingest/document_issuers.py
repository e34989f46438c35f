"""Who issues a letter or a form that names no outlet: the command on a military letterhead,
the organisation whose name heads its own form.

- A U.S. military letter is headed "DEPARTMENT OF THE ARMY" over "HEADQUARTERS, U.S. ARMY
  CENTRAL" (then the office and the address): the headquarters' command issues it.
- An organisation's internal form carries its name over the form's title, with its initials
  in brackets: "EUPHRATES HEALTH PARTNERSHIP (EHP)" over "SERIOUS INCIDENT REPORT (SIR)". A
  name in capitals whose bracketed initials are its own, with a word naming a body (not a
  document), is the issuer.
"""

from __future__ import annotations

import re

_LINES = 12  # a letterhead or a form's header is at the very top

# "DEPARTMENT OF THE ARMY", "DEPARTMENT OF THE NAVY", "DEPARTMENT OF DEFENSE"
_DEPARTMENT = re.compile(r"^DEPARTMENT OF (?:THE )?(?:ARMY|NAVY|AIR FORCE|DEFENSE)$")
# "HEADQUARTERS, U.S. ARMY CENTRAL", "HEADQUARTERS 1ST ARMORED DIVISION"
_HEADQUARTERS = re.compile(r"^HEADQUARTERS,?[ \t]++([A-Z0-9][A-Z0-9 .,'&()/-]{2,70}+)$")

# "EUPHRATES HEALTH PARTNERSHIP (EHP)": a name in capitals with its initials in brackets
_NAMED = re.compile(r"^([A-Z][A-Z'&.-]*+(?:[ \t]++[A-Z][A-Z'&.-]*+){1,8}+)[ \t]*+\(([A-Z]{2,8})\)$")
# a word naming a body, not a document
_BODY = re.compile(
    r"\b(?:PARTNERSHIP|OFFICE|ORGANI[SZ]ATION|COUNCIL|COMMITTEE|FOUNDATION|ALLIANCE|NETWORK|"
    r"ASSOCIATION|AGENCY|INSTITUTE|CENTRE|CENTER|MISSION|SOCIETY|TRUST|COALITION|INITIATIVE|"
    r"FEDERATION|UNION|FUND|FORUM|PLATFORM|SERVICES?|RELIEF|PROGRAMME|PROGRAM|CORPS|GROUP)\b"
)
_DOCUMENT = re.compile(
    r"\b(?:REPORT|FORM|LOG|JOURNAL|SUMMARY|NOTICE|UPDATE|BULLETIN|"
    r"ASSESSMENT|PLAN|REQUEST|RECORD|SHEET|MEMORANDUM|STATEMENT)\b"
)
_SMALL = frozenset({"OF", "THE", "AND", "FOR", "IN", "ON", "&"})
# short capitals that are initials, kept as written ("AID", "SEA" are words: title case)
_INITIALISMS = frozenset({"NGO", "NGOS", "INGO", "USA", "UAE", "GCC", "ICRC", "NATO", "OCHA"})


def _name_case(name: str) -> str:
    """ "U.S. ARMY CENTRAL" -> "U.S. Army Central", "NORTH-EAST SYRIA NGO SAFETY OFFICE" ->
    "North-East Syria NGO Safety Office" (initials stay in capitals)."""
    words = []
    for i, word in enumerate(name.split()):
        if word in _SMALL and i:
            words.append(word.lower())
        elif word not in _SMALL and (
            "." in word or len(word) <= 2 or word in _INITIALISMS or any(c.isdigit() for c in word)
        ):
            words.append(word)
        else:
            words.append("-".join(part.capitalize() for part in word.split("-")))
    return " ".join(words)


def _initials_fit(name: str, initials: str) -> bool:
    """The bracketed initials are the name's: each in order, the first the name's first."""
    heads = [
        part[0] for word in name.split() if word not in _SMALL for part in word.split("-") if part
    ]
    if not heads or heads[0] != initials[0]:
        return False
    at = 0
    for letter in initials:
        while at < len(heads) and heads[at] != letter:
            at += 1
        if at == len(heads):
            return False
        at += 1
    return True


def army_letterhead(lines: list[str]) -> str:
    """The command of a military letterhead ("U.S. Army Central"), or ''."""
    for i, line in enumerate(lines[:_LINES]):
        if line[:4] == "DEPA" and _DEPARTMENT.match(line.strip()):
            for below in lines[i + 1 : i + 3]:
                m = _HEADQUARTERS.match(below.strip())
                if m:
                    return _name_case(m.group(1).strip(" ,"))
            return ""
    return ""


def named_organisation(lines: list[str], headline: str) -> str:
    """The organisation named with its initials at the head of its own form, or ''."""
    for line in lines[:_LINES]:
        line = line.strip()
        if not line.endswith(")") or len(line) > 90 or line == headline.strip():
            continue
        m = _NAMED.match(line)
        if (
            m
            and _BODY.search(m.group(1))
            and not _DOCUMENT.search(m.group(1))
            and _initials_fit(m.group(1), m.group(2))
        ):
            return _name_case(m.group(1))
    return ""


def document_issuer(lines: list[str], headline: str) -> str:
    return army_letterhead(lines) or named_organisation(lines, headline)
