"""A first report's toll that the text then corrects.

"Our initial report gave one staff member injured and two killed. This update corrects those
figures. ... three people were killed and three more were wounded": an update (an incident
form's, a sitrep's, a statement's) restates the figures it first sent and then replaces them.
The first report's counts are superseded: never more dead or hurt on top of the new ones.
A first report's counts with no correction after them stay (they may be all the text has).
"""

from __future__ import annotations

import re

from briefdeck.extract.casualty_rows import Casualty

# the words a first report is named by (a cheap test before any pattern runs)
FIRST_CUES = ("initial", "first", "earlier", "preliminary", "previous", "original")
# "our initial report (11:20) gave", "the first sitrep said", "an earlier statement had put":
# a report named as the first one, then the verb that tells what it counted
_FIRST_REPORT = re.compile(
    r"\b(?:an?|the|our|its|their|my|this)\s+(?:initial|first|earlier|preliminary|previous|"
    r"original)\s+(?:incident\s+|situation\s+|casualty\s+|flash\s+)?(?:reports?|sitrep|"
    r"message|alert|notification|statement|return|figures?|count)\b"
    # ("(11:20)", ", sent at noon,": an aside before the verb, short and without a clause stop
    # other than a clock time's)
    r"(?:[^.;:!?]|(?<=\d)[:.](?=\d)){0,40}?\s(?:had\s+)?(?:gave|given|said|listed|reported|put|stated|counted|"
    r"recorded|showed|mentioned|indicated)\b",
    re.I,
)
# "This update corrects those figures", "we have since revised these numbers", "those figures
# were wrong": the counts just told are replaced
_CORRECTS = re.compile(
    r"\b(?:correct(?:s|ed|ing)?|revis(?:es|ed|ing)|supersed(?:es|ed|ing)|replac(?:es|ed|ing)|"
    r"amend(?:s|ed|ing))\s+(?:those|these|that|the|its|our|this)\s+(?:figures?|numbers?|counts?|"
    r"tolls?|information|report)\b|"
    r"\b(?:those|these|the\s+initial|the\s+first)\s+(?:figures|numbers|counts)\s+(?:were|was|"
    r"are|have\s+been)\s+(?:wrong|incorrect|inaccurate|revised|corrected)\b",
    re.I,
)
# how far after the first report's sentence the correction may come (the next sentence)
_REACH = 200


def first_report_dropped(text: str, start: int, end: int, found: list[Casualty]) -> list[Casualty]:
    """found without the counts a first report gave when the text corrects them right after
    (in the same sentence after the counts, or in the next one)."""
    first = _FIRST_REPORT.search(text, start, end)
    if first is None:
        return found
    fix = _CORRECTS.search(text, first.end(), min(len(text), end + _REACH))
    if fix is None:
        return found
    # a correction farther than the next sentence corrects something else
    if fix.start() >= end and text.count(".", end, fix.start()) > 1:
        return found
    cut = fix.start() if fix.start() < end else end
    return [c for c in found if not first.end() <= c.start < cut]
