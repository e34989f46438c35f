"""A group's count told again by another source is the toll of the happening that counted it.

An intelligence response or a roundup lists what each source said: "... raised this to four
U.S. service members wounded and one Jordanian soldier. The JAF said it shot down a drone over
Ruwaished and that one of its soldiers was hurt. Reuters, citing two officials, reported four
U.S. troops wounded." The last count names a group and its number exactly as an earlier
happening's row already does, and the happening told just before counts no one of that group:
it is that earlier happening's count restated by another source, not more hurt at the last
place told (where a chart would add them up).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefdeck.extract.event_draft import VIOLENT

if TYPE_CHECKING:
    from briefdeck.extract.casualty_rows import Casualty
    from briefdeck.extract.event_draft import Draft

_REACH = 12  # drafts looked back over: the same stretch of the report


def restated_by_party(drafts: list[Draft], orphans: list[Casualty]) -> Draft | None:
    """The earlier violent happening whose rows count each group of orphans exactly so, when
    the last happening told has a toll of its own, of none of those groups; None otherwise."""
    if (
        not drafts
        or not orphans
        or any(
            c.party == "unspecified" or not c.count or c.added or c.is_total or c.from_wounded
            for c in orphans
        )
    ):
        return None
    parties = {c.party for c in orphans}
    if not drafts[-1].casualties or any(c.party in parties for c in drafts[-1].casualties):
        # the last happening counts that group (its own count, told on), or no one yet (the
        # count is its toll: "raided a village. Three civilians were killed.")
        return None

    def counts(d: Draft) -> bool:
        return all(
            sum(k.count or 0 for k in d.casualties if k.party == c.party and k.kind == c.kind)
            == c.count
            for c in orphans
        )

    def same_number(d: Draft) -> bool:  # "five wounded", then "Five US service members ..."
        return all(
            sum(k.count or 0 for k in d.casualties if k.kind == c.kind) == c.count for c in orphans
        )

    if same_number(drafts[-1]):
        return None  # the last happening's own count, its group now named

    found = [d for d in drafts[-_REACH:-1] if d.kind in VIOLENT and counts(d)]
    return found[-1] if found else None
