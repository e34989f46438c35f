"""A first count told after a fuller one: "Four U.S. service members were injured in a drone
attack ... The attack late on Wednesday on X also killed two fighters ... The command
initially said three service members had minor injuries."

The lede gives the count as it stands; the first count, told below it and said to be the
first ("initially", "first said"), is the count the lede's replaced. It goes to the happening
told last (the paragraph on the attack's place and day, with no count of that kind yet), where
it would stand as that happening's own toll against the lede's and split one attack in two."""

from __future__ import annotations

from briefdeck.extract.casualties import Casualty
from briefdeck.extract.event_draft import VIOLENT, Draft


def kinds_given(drafts: list[Draft], i: int, target: Draft, first: list[Casualty]) -> set[str]:
    """The kinds a first count adds nothing to: those the target counts exactly already, and
    those a violent happening told in the few sentences before, undated or on the target's
    day, counts higher."""
    kinds = {c.kind for c in target.casualties if c.count and not c.is_floor}
    day = target.date.iso if target.date is not None else None
    # ("first reported three, later raised the toll to five soldiers and a civilian": the
    # sentence's new count of that kind, not a first count)
    raised = {c.kind for c in first if c.is_total or c.party_total}
    for c in first:
        if c.count is None or c.added or c.kind in kinds | raised:
            continue
        if any(
            d is not target
            and d.kind in VIOLENT
            and not d.other
            and i - d.sentence <= 6
            and (d.date is None or d.date.iso == day)
            and d.paragraph < target.paragraph
            and sum(k.count or 0 for k in d.casualties if k.kind == c.kind) > c.count
            for d in drafts
        ):
            kinds.add(c.kind)
    return kinds
