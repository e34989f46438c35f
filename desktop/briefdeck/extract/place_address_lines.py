"""A place's word that is only part of an address: a postal address with its ZIP code in a
disclosure or a letterhead ("... LLC, 12 Harbour Street, Boston, MA 02110"), or an addressee's
city in a legal paper's service line ("SERVICE SHEET: ... sent to the Regional Office, XYZ,
Denver, Colorado"). Where mail goes is no place of the report. A street address alone stays a
place: "The parade field, 7 Main St., Anniston, Ala." says where a ceremony is held."""

from __future__ import annotations

import re

# "..., Boston, MA 02110" or "Boston, Massachusetts 02110": a state and ZIP code after the city.
ZIP_AFTER = re.compile(r",?\s+(?:[A-Z]{2}|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+\d{5}(?:-\d{4})?\b")
# A legal paper's service or distribution line: who was sent a copy, and at which office.
SERVICE_LABEL = re.compile(r"\s*(?:SERVICE\s+SHEET|Service\s+Sheet|CERTIFICATE\s+OF\s+SERVICE|"
                           r"Certificate\s+of\s+Service|DISTRIBUTION(?:\s+LIST)?|"
                           r"Distribution(?:\s+list)?|cc|CC|Copies\s+(?:to|furnished)|"
                           r"COPIES\s+(?:TO|FURNISHED))\s*:")


def address_place(text: str, start: int, end: int) -> bool:
    """Is the place at start:end part of a postal address or a service line's addressee?"""
    if text[end : end + 1] == "," and ZIP_AFTER.match(text, end, end + 30):
        return True
    line_start = text.rfind("\n", max(0, start - 2000), start)
    return line_start >= 0 and SERVICE_LABEL.match(text, line_start + 1) is not None
