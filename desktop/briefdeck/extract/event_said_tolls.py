"""A toll told only with the day it was said ("the ministry said in a statement on 1 December
that two guards had been wounded"), in a story that dates its happening that same day
elsewhere (a lede, a claim, a later paragraph), at no site that happening lacks: the toll of
that happening. The reader leaves such a toll undated, and an undated toll is dropped; folded
in, it is kept."""

from __future__ import annotations

from briefdeck.extract.dates import DateMention
from briefdeck.extract.event_draft import Draft
from briefdeck.extract.event_followups import VIOLENT
from briefdeck.extract.toll_updates import merge_tolls


def fold_said_tolls(drafts: list[Draft], said: dict[int, list[DateMention]]) -> list[Draft]:
    """drafts, each undated toll whose sentence was said on one day folded into the one
    untolled violent happening dated that day within a dozen sentences (if just one)."""
    undated = [d for d in drafts if d.date is None and d.casualties and d.kind in VIOLENT]
    if not undated:
        return drafts  # (most stories)
    by_day: dict[str, list[Draft]] = {}
    for e in drafts:
        if e.kind in VIOLENT and not e.other and e.date is not None and \
                e.date.precision == "day":
            by_day.setdefault(e.date.iso, []).append(e)
    gone: set[int] = set()
    for d in undated:
        # (the day of any sentence that told it: "said on 1 December that two were hurt. In
        # a second statement later that day it raised the figure to three")
        days = {m.iso for n in d.told_in | {d.sentence} for m in said.get(n, [])
                if m.precision == "day"}
        if len(days) != 1:
            continue
        # (a place of its own only where that happening was: "flown to Duqm Hospital")
        same = [e for e in by_day.get(next(iter(days)), [])
                if abs(e.sentence - d.sentence) <= 12 and d.sites <= e.sites]
        if len(same) == 1 and not same[0].casualties:
            same[0].casualties = merge_tolls(same[0].casualties, d.casualties)
            same[0].told_again(d.sentence)
            gone.add(id(d))
    return [d for d in drafts if id(d) not in gone] if gone else drafts
