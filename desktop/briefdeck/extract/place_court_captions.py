"""The United States as a party or an office of its courts: "UNITED STATES DISTRICT COURT",
"United States District Judge", "Office of the United States Attorney", "UNITED STATES OF
AMERICA, v. KAREEM HADDAD", "Criminal case 1:26-cr-211, United States v. Haddad".

A federal court record names the country in its court's and officers' titles and as the
prosecuting party of every case; none of these is a place of the report. Nor is the district
in a caption's capitals ("FOR THE EASTERN DISTRICT OF VIRGINIA"): where the case is filed.
"""

from __future__ import annotations

import re

# The court or officer whose title the country opens ("District Court", "Attorney's Office").
_TITLE_AFTER = re.compile(
    r"(?:\s+of\s+America)?\s+(?:District|Bankruptcy|Magistrate|Circuit|"
    r"Attorney|Marshals?|Court|Sentencing\s+Commission|Probation)\b",
    re.I,
)
# The case's parties: "United States v. Haddad", "UNITED STATES OF AMERICA, ) ... v." (a
# caption's bracket column between them).
_VERSUS_AFTER = re.compile(r"(?:\s+of\s+America)?[\s,)]{0,40}?\s(?:v\.|vs\.?|versus)(?=\s)", re.I)
_DISTRICT_BEFORE = re.compile(
    r"\b(?:(?:EASTERN|WESTERN|NORTHERN|SOUTHERN|MIDDLE|CENTRAL)\s+)?"
    r"DISTRICT\s+OF\s+$"
)


def court_caption(text: str, start: int, end: int, written: str) -> bool:
    """Is the place at start:end a court's, an officer's or a case party's name, or a
    caption's district?"""
    if (
        written.isupper()
        and text[start - 3 : start] == "OF "
        and _DISTRICT_BEFORE.search(text, max(0, start - 24), start)
    ):
        return True
    if written.lower() not in ("united states", "u.s.", "us", "usa"):
        return False
    return _TITLE_AFTER.match(text, end) is not None or _VERSUS_AFTER.match(text, end) is not None
