"""A caption feed's update tells the happening of the item it replaces, with what is new.

A photo agency re-sends a picture as an update ("(ADDS toll, witness)", with a line
"REPLACES: <ref of the first item>"): its caption retells the first caption's happening with
what was learnt since, a raised toll or a wounded man who died. In the export the update
lies after other items (another story's pictures), so "the toll was raised to eight" is news
of the replaced item's happening, never of the story told just above it, and the happening
the update names again ("when a missile hit the ship late Tuesday") is that same one, not a
new one at the town where the man died (ingest/caption_feeds.py pairs the items).
"""

from __future__ import annotations

import re
from functools import lru_cache

from briefdeck.extract.event_draft import VIOLENT, Draft
from briefdeck.extract.toll_updates import merge_tolls
from briefdeck.ingest.caption_feeds import replaced_items

# "Ref: HPA20261203-0412": the line an item's reference is on
_REF_LINE = re.compile(
    r"^[ \t]*(?:ref|reference|ref no\.?|picture id|id)[ \t]*:[ \t]*"
    r"([\w-]{4,40}+)",
    re.I | re.M,
)


@lru_cache(maxsize=8)
def _pairs(text: str) -> tuple[tuple[tuple[int, int], tuple[int, int]], ...]:
    """((replaced item's span), (replacing item's span)) for each update in a caption feed;
    an item runs from its reference line to the next item's."""
    pairs = replaced_items(text)
    if not pairs:
        return ()
    refs = [(m.group(1), m.start()) for m in _REF_LINE.finditer(text)]
    spans: dict[str, tuple[int, int]] = {}
    for n, (ref, start) in enumerate(refs):
        spans.setdefault(ref, (start, refs[n + 1][1] if n + 1 < len(refs) else len(text)))
    return tuple(
        (spans[old], spans[new])
        for old, new in pairs
        if old in spans and new in spans and old != new
    )


def _in(span: tuple[int, int], at: int) -> bool:
    return span[0] <= at < span[1]


def replaced_happening(text: str, drafts: list[Draft], at: int) -> Draft | None:
    """The violent happening the replaced item told, for a toll told at `at` in an update."""
    if "EPLACES" not in text and "eplaces" not in text and "PDATES" not in text:
        return None
    for old, new in _pairs(text):
        if _in(new, at):
            return next(
                (
                    d
                    for d in reversed(drafts)
                    if d.kind in VIOLENT and not d.other and _in(old, d.start) and d.casualties
                ),
                None,
            ) or next(
                (
                    d
                    for d in reversed(drafts)
                    if d.kind in VIOLENT and not d.other and _in(old, d.start)
                ),
                None,
            )
    return None


def fold_feed_updates(text: str, drafts: list[Draft]) -> list[Draft]:
    """A violent happening an update tells again (same day, or none told) is the replaced
    item's: its toll news goes there and it is no happening of its own."""
    if "EPLACES" not in text and "eplaces" not in text and "PDATES" not in text:
        return drafts
    pairs = _pairs(text)
    if not pairs:
        return drafts
    gone: set[int] = set()
    for old, new in pairs:
        firsts = [d for d in drafts if d.kind in VIOLENT and _in(old, d.start)]
        for d in drafts:
            if d.kind not in VIOLENT or not _in(new, d.start) or id(d) in gone:
                continue
            first = next(
                (
                    f
                    for f in reversed(firsts)
                    if f.kind == d.kind
                    and (d.date is None or (f.date is not None and f.date.iso == d.date.iso))
                ),
                None,
            )
            if first is None or not first.casualties or not d.casualties:
                continue  # (an update's own new happening, or one with nothing new to count)
            first.casualties = merge_tolls(first.casualties, d.casualties)
            first.told_in |= d.told_in
            gone.add(id(d))
    return [d for d in drafts if id(d) not in gone]


def another_item(text: str, start: int, end: int) -> bool:
    """Does a caption feed's next item begin between start and end (its "Ref:" line)? Each
    item is a picture's own story: an undated headline of the next one ("Strikes hit the
    port") tells nothing more of the happening the item before told."""
    return "Ref" in text[start:end] and _REF_LINE.search(text, start, end) is not None
