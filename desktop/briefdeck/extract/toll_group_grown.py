"""A group counted apart, whose own count grows, grows within the toll.

"Two guards were hurt. The navy said two sailors were also hurt, and later raised that number
to three, saying a third sailor had been treated": the new count is of the sailors told apart
("also"), not of everyone hurt; a rise never lowers a count, so one below the whole toll is
that group's, and the rest of its kind stays (five hurt, not three).
"""

from __future__ import annotations

from dataclasses import replace

from briefdeck.extract.casualty_rows import Casualty


def group_grown(toll: list[Casualty], c: Casualty, later: list[Casualty]) -> list[Casualty] | None:
    """The toll with its last added group's count raised to c's, or None when c is no new
    count of that group (a rise or an ordinal between the group's count and the whole; when
    the group is all this toll holds yet, only one its ordinal numbers: "a fourth airman")."""
    if not (c.is_total and c.count and (c.rise or c.ordinal)) or c.party_total or c.from_wounded:
        return None
    added = [o for o in toll if o.kind == c.kind and o.added and o.count]
    if not added:
        return None
    last = max(added, key=lambda o: o.start)
    whole = sum(o.count or 0 for o in toll if o.kind == c.kind)
    # (an ordinal numbers the group's next one: "a third sailor" after two, or restates it)
    numbered = any(o.ordinal and o.kind == c.kind and o.count == c.count for o in later)
    if not (last.count or 0) <= c.count < (whole if whole > (last.count or 0) or not numbered
                                           else c.count + 1) or \
            (c.ordinal and c.count - (last.count or 0) not in (0, 1)):
        return None
    return [replace(o, count=c.count, wording=c.wording, start=c.start, end=c.end) if o is last
            else o for o in toll]
