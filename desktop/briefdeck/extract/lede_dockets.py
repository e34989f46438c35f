"""A criminal docket sheet's news: a criminal case, its charge, and who is held.

A court's docket (PACER's "CRIMINAL DOCKET FOR CASE #" page) tells a prosecution through its
entries; the attack the detention order recounts is background to it. An analyst's first line
says what the page is: "Criminal case USA v. Alwan et al (Eastern District of New York):
conspiracy to export drone components to Iraq without a license; Kareem Nasser Alwan arrested
and ordered detained pending trial." Only the docket's own header lines are used: the case
title, the court, the complaint's charge and the arrest and detention entries (no date is
worked out here, so none can be wrong).
"""

from __future__ import annotations

import re

_TOP = 6000  # characters: the header, the counts and the complaint line
_TITLE = re.compile(r"Case title:[ \t]*(?P<title>[^\n]{3,80}?)(?:[ \t]{2,}|[ \t]*\n)")
_COURT = re.compile(
    r"(?P<court>(?:Eastern|Western|Northern|Southern|Middle|Central)?[ \t]*"
    r"District of [A-Z][A-Za-z .]{2,30}?)(?:[ \t]*\([^()\n]{1,30}\))?[ \t]*\n"
)
# "Complaints    Disposition" then "18:371, 50:1705 ... - Conspiracy to export ..."
_CHARGE = re.compile(
    r"\nComplaints[ \t]+Disposition[ \t]*\n[^\n]{0,80}?[ \t]-[ \t]"
    r"(?P<charge>[A-Z][^\n]{5,140})"
)
_ARREST = re.compile(r"\bArrest of (?P<who>[A-Z][\w.'’-]*(?:[ \t][A-Z][\w.'’-]*){1,4})\.")


def docket_lede(text: str) -> str:
    """'Criminal case X (court): charge; Y arrested and ordered detained pending trial.', or
    '' when the page is no criminal docket."""
    top = text[:_TOP]
    if "CRIMINAL DOCKET FOR CASE" not in top:
        return ""
    title = _TITLE.search(top)
    if title is None:
        return ""
    court = _COURT.search(top)
    line = f"Criminal case {title.group('title').strip()}"
    if court:
        line += f" ({' '.join(court.group('court').split())})"
    charge = _CHARGE.search(top)
    if charge:
        words = charge.group("charge").strip().rstrip(".")
        line += f": {words[:1].lower() + words[1:]}"
    arrest = _ARREST.search(text)
    if arrest:
        who = arrest.group("who")
        held = "ORDER OF DETENTION" in text and who in text[text.find("ORDER OF DETENTION") :]
        line += f"; {who} arrested" + (" and ordered detained pending trial" if held else "")
    return line + "."
