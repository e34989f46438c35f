"""Firms a decision's case caption names, in capitals, each over its role in the case:

    NORTHWIND HAULAGE, LLC,
    Employer,
    and
    BRASSWORK MUTUAL INSURANCE COMPANY,
    Carrier.

A workers' compensation (Defense Base Act) or a contract decision often names the insurer only
there; the employer and the carrier speak for the injured worker's claim, so the analyst wants
them. A person's name over "Claimant" is no firm: only a firm's role, or a firm's last word.
"""

from __future__ import annotations

import re

from briefdeck.extract.org_found import Found
from briefdeck.extract.org_new_names import NewNames

_CAPTION_PARTY = re.compile(
    r"(?m)^[ \t]*(?P<firm>[A-Z][A-Z&'’.-]+(?:,?[ \t]+[A-Z&][A-Z&'’.-]*){1,6}),[ \t]*\n\s{0,6}"
    r"(?P<role>Employer|Carrier|Insurer|Contractor|Respondents?|Defendants?|Appellants?|"
    r"Appellees?|Petitioners?|Plaintiffs?)[ \t]*[,.]?[ \t]*$")
_FIRM_ROLES = ("Employer", "Carrier", "Insurer", "Contractor")
_FIRM_END = re.compile(r"(?:COMPANY|CORPORATION|CORP\.?|INC\.?|LLC|L\.L\.C\.|LTD\.?|PLC|GROUP|"
                       r"LIMITED)$")
_FORMS = frozenset(("LLC", "L.L.C.", "INC.", "INC", "LTD", "LTD.", "PLC", "CORP.", "CORP"))


def _title(caps: str) -> str:
    return " ".join(w if w.rstrip(",") in _FORMS else w.capitalize() for w in caps.split())


def caption_parties(text: str, found: dict[str, Found]) -> None:
    """Add each firm a case caption names over its role, unless found already."""
    if "\nv." not in text and "\nV." not in text and "\nvs." not in text:
        return  # (no caption: "v." alone on its line sets the parties apart)
    new = NewNames(found)
    for m in _CAPTION_PARTY.finditer(text):
        caps = m.group("firm")
        if m.group("role") not in _FIRM_ROLES and not _FIRM_END.search(caps):
            continue
        name = _title(caps)
        if name.split(",")[0].casefold() in new.named:
            continue  # "Northwind Haulage, LLC" is the "Northwind Haulage" found already
        if not new.add(name, m.start("firm"), m.end("firm")):
            break
