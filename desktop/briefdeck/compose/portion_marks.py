"""A fact's portion mark as shown: never weaker than the marking of the source it came from.

A drafted fact starts at (U); a report marked CUI (or higher) on its own lines gives every
sentence of it that level, so a line copied from it and shown as (U) under a CUI banner tells a
reader it may be handled as open information. The mark shown is the fact's own or its source's
US level, whichever is higher, but never above the briefing's classification: an analyst who
lowers the whole briefing below the source's marking has decided it (the banners say so), and
a portion is not marked above its own banner.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from briefdeck.model.marking import LEVELS, highest, mark_of, source_level


@lru_cache(maxsize=8)  # (one source, read for every fact shown)
def _level_of(text: str) -> str:
    return source_level(text) or "U"


def portion_mark(briefing: Any, fact: Any) -> str:
    """The portion mark to show for the fact: its own, raised to its source's marking up to
    the briefing's classification."""
    own = mark_of(getattr(fact, "marking", "U") or "U")
    prov = getattr(fact, "provenance", None)
    source = briefing.source(prov.source) if prov is not None else None
    if source is None or not source.text:
        return own
    floor = mark_of(briefing.meta.classification)
    from_source = _level_of(source.text)
    ranks = list(LEVELS)
    capped = min(from_source, floor, key=ranks.index)  # (never above the banner)
    return highest([own, capped])
