"""A live page's entries tell one happening on: a toll with no place, in another entry.

An emergency service's live page opens with "Initial report: teams are treating casualties at
an impact site in X, 2 seriously hurt ...", and later entries (on top) revise it: "Summary:
since the impact late on Tuesday night, one man has died and 29 were treated". The summary
names no place because the page is about the one impact: it is that happening's count as it
now stands, not a second happening; and the stamp after midnight does not make it another day.
Only when it names the happening back ("the impact") and one placed happening with a toll lies
within a day of it, so the reading is sure. A correspondent's live chat answers the same way:
"14:14 Yes. A Peshmerga guard was killed ... So the full toll is one dead and five wounded"
has no day but its stamp's and no place: it counts more of the attack the chat is about.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from briefdeck.extract.event_draft import VIOLENT, Draft

# "since the impact late on Tuesday night": the page's one happening, named back
_THE_ONE = re.compile(r"\b(?:the|this)\s+(?:impact|attack|strike|explosion|blast|incident|"
                      r"event)\b", re.I)
# a day read from nothing but the entry's clock stamp ("14:14"): the toll told no day of its own
_CLOCK_ONLY = re.compile(r"\d{1,2}[:.]\d\d(?:\s*(?:[AaPp]\.?[Mm]\.?|GMT|UTC))?")


def draft_day(d: Draft) -> date | None:
    if d.date is None or d.date.precision != "day":
        return None
    try:
        return date.fromisoformat(d.date.iso)
    except ValueError:
        return None


def _larger_per_kind(a: list, b: list) -> list:
    """The same people counted at two hours: per kind, the telling with the larger count (a
    count by condition and a summary's total are never added)."""
    out = []
    for kind in ("killed", "wounded"):
        rows_a = [c for c in a if c.kind == kind]
        rows_b = [c for c in b if c.kind == kind]
        larger, smaller = (rows_b, rows_a) if sum(c.count or 0 for c in rows_b) > sum(
            c.count or 0 for c in rows_a) else (rows_a, rows_b)
        out += _named_kept(larger, smaller)
    return out


def _named_kept(larger: list, smaller: list) -> list:
    """"Four U.S. service members were wounded", then "the full toll is five wounded": those
    named are among the five; the rest of the larger count is of no party said."""
    if len(larger) != 1 or larger[0].party != "unspecified" or larger[0].is_floor or \
            not smaller or any(c.party == "unspecified" or not c.count for c in smaller):
        return larger
    rest = (larger[0].count or 0) - sum(c.count or 0 for c in smaller)
    if rest < 0:
        return larger
    return smaller + ([replace(larger[0], count=rest, wording=str(rest), total=False)]
                      if rest else [])


def fold_entry_tolls(drafts: list[Draft], stamped: set[int],
                     answers: frozenset[int] = frozenset()) -> list[Draft]:
    """stamped: the entries under a live page's time stamps (not a brief's dated sections,
    each its own incident); answers: those that answer a question the entry before asked."""
    tolled = [d for d in drafts if d.kind in VIOLENT and d.entry in stamped and d.casualties
              and not d.other and draft_day(d) is not None]
    gone: set[int] = set()
    for a in tolled:
        if a.places or a.sites:
            continue
        day = draft_day(a)
        if a.entry in answers and _CLOCK_ONLY.fullmatch(
                a.date.text.strip()):  # type: ignore[union-attr]
            # a chat's answer: the one happening the entries before it told a toll of
            before = [b for b in tolled if b.entry < a.entry and id(b) not in gone
                      and abs((draft_day(b) - day).days) <= 1]  # type: ignore[operator]
            if before and len({draft_day(b) for b in before}) == 1:
                b = before[-1]
                b.casualties = _larger_per_kind(b.casualties, a.casualties)
                b.told_in |= a.told_in
                gone.add(id(a))
            continue
        if not _THE_ONE.search(a.summary):
            continue
        near = [b for b in tolled if b.sites and b.entry != a.entry and id(b) not in gone
                and abs((draft_day(b) - day).days) <= 1]  # type: ignore[operator]
        if len(near) != 1 or any(id(x) != id(a) and not x.places and x.entry != a.entry
                                 and abs((draft_day(x) - day).days) <= 1  # type: ignore[operator]
                                 for x in tolled if id(x) != id(near[0])):
            continue
        b = near[0]
        b.casualties = _larger_per_kind(b.casualties, a.casualties)
        b.told_in |= a.told_in
        gone.add(id(a))
    return [d for d in drafts if id(d) not in gone] if gone else drafts
