"""Offices on a paper's distribution line: "Distribution: XYZ-HQ Plans Division; DCSA Europe -
Vilnius; Contractor." A contract modification, a memo or a legal paper ends with the offices
it goes to, separated by semicolons; a unit's name ("... Division", "... Command") or an office
named with a dash and its place is a body the paper involves. Bare roles ("Contractor"), posts
("Staff Director"), desks and sections are none, and an item naming a body already found is
that body."""

from __future__ import annotations

import re

from briefdeck.extract.org_found import Found

LABEL = re.compile(r"^[ \t]*(?:Distribution(?:\s+list)?|DISTRIBUTION(?:\s+LIST)?|cc|CC|"
                   r"Copies\s+to|COPIES\s+TO)\s*:[ \t]*(?P<items>[^\n]+)", re.M)
# "DCSA Europe - Vilnius": an office named with a dash and the place it sits in
DASHED_OFFICE = re.compile(r"[A-Z][\w&-]*(?: [A-Z][\w&-]*){0,3} - [A-Z][a-z]+(?: [A-Z][a-z]+)?")
# "XRC-HQ Plans Division": a unit's word closing the item (not a post, "Staff Director",
# nor a desk or section, which papers copy to people by their job)
UNIT_WORD = re.compile(r"[A-Z][\w&-]*(?: [A-Z][\w&-]*){0,3} (?:Division|Command|Agency|"
                       r"Directorate|Bureau)")


def distribution_offices(text: str, found: dict[str, Found]) -> None:
    """Add the offices a distribution line names, as written."""
    if "istribution" not in text and "ISTRIBUTION" not in text and "cc:" not in text.lower() \
            and "opies to" not in text and "OPIES TO" not in text:
        return
    for line in LABEL.finditer(text):
        items = line.group("items")
        if items.count(";") < 1:
            continue  # one item, or prose: no list of offices
        at = line.start("items")
        for raw in items.split(";"):
            item = " ".join(raw.strip().rstrip(".").split())
            start = text.find(raw.strip(), at)
            at += len(raw) + 1
            if not (DASHED_OFFICE.fullmatch(item) or UNIT_WORD.fullmatch(item)):
                continue
            if any(n in item for f in found.values() for n in (f.name, *f.aliases)
                   if len(n) > 2):
                continue  # "CJTF-OIR CJ4": a staff section of a body already found
            found.setdefault(item.casefold(), Found(item, start, start + len(item)))
