"""Capitalised words read as a body that the page's layout or a set formula made: two table
column headers side by side ("Budget       Committee" over "request" and "recommended"), a
legislature's term in a report's header ("119th Congress"), the House's procedural stage in
the GPO committal line ("Committed to the Committee of the Whole House on the State of the
Union") and a service run into a rank ("Air Force Staff Sgt. Greathouse")."""

from __future__ import annotations

import re

from briefdeck.extract.org_found import Found

# Column headers are set apart by a run of spaces or a tab; a name is never written so.
_COLUMN_GAP = re.compile(r" {3,}|\t")
# "119th Congress": which Congress sent the report, document identification, not an actor.
_CONGRESS = re.compile(r"(?i)\b(?:(?P<n>\d{1,3}(?:st|nd|rd|th))[^\S\n]+)?Congress\b")
# The whole House sitting as a committee: a stage of a bill, named in the committal formula.
_WHOLE_HOUSE = re.compile(r"Committee\s+of\s+the\s+Whole(?:\s+House)?")
# "Staff Sgt." / "Staff Sergeant" after a service's name: the rank, not a "Force Staff".
_RANK_AFTER = re.compile(r"[^\S\n]+(?:Sgt\b|Sergeant\b)")


def _congress_only_numbered(text: str) -> bool:
    seen = False
    for m in _CONGRESS.finditer(text):
        if not m.group("n"):
            return False
        seen = True
    return seen


def drop_layout_names(text: str, found: dict[str, Found]) -> None:
    """Drop the bodies made by a column gap, a Congress's number, the committal formula or a
    rank."""
    for key, f in list(found.items()):
        name = f.name
        if _COLUMN_GAP.search(name) or _WHOLE_HOUSE.fullmatch(name):
            del found[key]
        elif (
            name.casefold() == "congress"
            and not f.aliases
            and "ongress" in text
            and _congress_only_numbered(text)
        ):
            del found[key]
        elif (
            name.endswith(" Staff")
            and _RANK_AFTER.match(text, f.end)
            and all(
                _RANK_AFTER.match(text, m.end()) for m in re.finditer(re.escape(name) + r"\b", text)
            )
        ):
            del found[key]
