"""Firms a report names by what they do for the ship, the aircraft or the contract rather than
by a body's word: a record's "Owner/operator: Zagros Air Cargo" field, "the ship's manager,
Castellan Marine of Piraeus", a log's "(Halloran Logistics, Nepalese national)". The analyst
wants the operator, manager or employer among the organizations: it speaks for the crew or
the staff hurt.
"""

from __future__ import annotations

import re

from briefdeck.extract.org_found import Found

_NAME = r"[A-Z][\w&'’.-]*(?:[ \t]+(?:&[ \t]+)?[A-Z][\w&'’.-]*){0,4}"
# A record's or a form's field that names the operator or the employer, the value alone in
# its cell: "| Owner/operator: | Zagros Air Cargo |", "Operator:<TAB>X Airlines".
_FIELD = re.compile(
    rf"(?m)^\|?[ \t]*(?:Owner/operator|Operator|Owner|Airline|Carrier|Managers?|"
    rf"Ship[ \t]+manager|Employer|Contractor|Charterer)[ \t]*:[ \t]*\|?[ \t]*"
    rf"(?P<firm>{_NAME})[ \t]*(?:\|[ \t]*)?$"
)
# A firm set after the role it has, with where it is based: "the ship's manager, Castellan
# Marine of Piraeus", "its operator, Nordvik Tankers,".
_TRADES = (
    r"Marine|Shipping|Tankers|Lines|Logistics|Cargo|Airlines|Airways|Management|Maritime|"
    r"Freight|Carriers|Company|Corporation"
)
_ROLE_FIRST = re.compile(
    rf"\b(?:manager|operator|owner|charterer|employer|contractor)s?,[ \t]+"
    rf"(?:[A-Z][a-z]+-based[ \t]+)?"  # ("Athens-based X": X)
    rf"(?P<firm>[A-Z][\w&'’.]*(?:[ \t]+[A-Z][\w&'’.]*){{0,3}}?"
    rf"(?:(?=[ \t]+of[ \t]+[A-Z][a-z]+[,;.])|[ \t]+(?:{_TRADES})(?=[ \t]*[,;.)])))"
)
# A firm by the trade its name ends in, anywhere: "Halloran Logistics", "Nordvik Air Cargo".
_TRADE_NAME = re.compile(
    r"(?<![\w.'’\[-])(?P<firm>(?!(?:The|A|An|In|On|At|By|For|Our|Its|Their|"
    r"This|That|US|U\.S\.)\b)[A-Z][a-z][\w'’]*(?:-[A-Z][\w'’]*)?"
    r"(?:[ \t]+[A-Z][a-z][\w'’]*(?:-[A-Z][\w'’]*)?)?"
    r"[ \t]+(?:Logistics|Ship[ \t]+Management|Shipmanagement|Air[ \t]+Cargo|"
    r"Tankers|Freight))(?![\w-]|[ \t]+[A-Z])"
)


def named_firms(text: str, found: dict[str, Found], is_place) -> None:
    """Add to found each firm named by its role or its trade that no rule found before."""
    hits: list[tuple[int, int]] = []
    if ":" in text and (
        "perator" in text
        or "Owner" in text
        or "anager" in text
        or "mployer" in text
        or "ontractor" in text
        or "Carrier" in text
        or "Airline" in text
        or "harterer" in text
    ):
        hits += [m.span("firm") for m in _FIELD.finditer(text)]
    if "," in text:
        hits += [m.span("firm") for m in _ROLE_FIRST.finditer(text)]
    if (
        "Logistics" in text
        or "anagement" in text
        or "Cargo" in text
        or "Tankers" in text
        or "Freight" in text
    ):
        hits += [
            m.span("firm")
            for m in _TRADE_NAME.finditer(text)
            if not _whole_line(text, m.start(), m.end())
        ]  # (a topics list's item)
    for start, end in sorted(hits):
        name = " ".join(text[start:end].split())
        key = name.casefold()
        if (
            not name
            or key in found
            or is_place(name)
            or any(
                _same_firm(key, other)
                for f in found.values()
                for other in (f.name.casefold(), *(a.casefold() for a in f.aliases))
            )
        ):
            continue
        found[key] = Found(name, start, start + len(text[start:end]))


def _same_firm(key: str, other: str) -> bool:
    """One firm under a longer or a shorter name ("X Tanker Management" and "X Tanker")."""
    return (
        key == other
        or other.startswith(key + " ")
        or key.startswith(other + " ")
        or other.endswith(" " + key)
        or key.endswith(" " + other)
    )


def _whole_line(text: str, start: int, end: int) -> bool:
    """Do the words fill their line alone (a menu's or a tags list's item)?"""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return (
        not text[line_start:start].strip(" \t-*•")
        and not text[end : len(text) if line_end < 0 else line_end].strip()
    )
