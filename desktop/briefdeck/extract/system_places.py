"""Where a deployed or arriving system is: the sites the report names, not only the country.

A reader of "air defences to protect troops at Ain al Asad Air Base and Irbil Air Base. The
U.S. has moved C-RAMs into Iraq" briefs the C-RAM at those two bases, not "at Iraq". So:
- in the system's own sentence, the place after a where-cue ("to", "at", "into" ...), with the
  places joined to it by "and" or commas (both bases, not the first only);
- when that is only a country or a region, the sites in that country that the sentence before
  names after a where-cue, when kit is deployed or arriving there too (the defences'
  destination, said once for the paragraph);
- a later mention naming a site in that country ("the battery would go to Erbil") refines it.
"""

from __future__ import annotations

import bisect
import re

from briefdeck.extract.system_own_clause import own_clause
from briefdeck.extract.system_status import WHERE_CUE

COARSE = frozenset({"country", "region", "province"})
# "that had been stationed at A", "previously based in A": where the system was before
_EARLIER_POST = re.compile(r"\b(?:had\s+been|previously|formerly)\s+(?:[\w-]+\s+)?(?:based|"
                           r"stationed|deployed|positioned)\s+(?:at|in)\s+(?:the\s+)?$")
_JOINED = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?$")


def in_order(places: list) -> tuple[list, list[int]]:
    """The places sorted by offset, with their offsets (for system_place)."""
    ordered = sorted(places, key=lambda p: p.start)
    return ordered, [p.start for p in ordered]


def _cued(doc, start: int, end: int, places: tuple, arriving: bool) -> list:
    """The places in text[start:end] named after a where-cue, and those joined to them."""
    ordered, starts = places
    inside = [p for p in ordered[bisect.bisect_left(starts, start):bisect.bisect_left(starts, end)]
              if not getattr(p, "locator", False)]
    for i, p in enumerate(inside):
        cue = WHERE_CUE.search(doc.text, max(start, p.start - 12), p.start)
        if not cue or (cue.group().startswith("from") or _EARLIER_POST.search(
                doc.text, max(start, p.start - 60), p.start)) and (
                arriving or _goes_on(doc, inside[i:])):
            continue  # (a battery sent "from Fort Bliss" is not arriving there; one "moved
            # from A to B", or "that had been stationed at A was moved to B", is at B)
        found = [p]
        for q in inside[i + 1:]:
            if not _JOINED.fullmatch(doc.text, found[-1].end, q.start) or \
                    (q.kind in COARSE) != (p.kind in COARSE):
                break
            found.append(q)
        return found
    return []


def _goes_on(doc, after: list) -> bool:
    """Is a later place of the clause named after "to", "at", "in" or "into" (where the
    system went, after the "from" it left)?"""
    for q in after[1:]:
        cue = WHERE_CUE.search(doc.text, max(0, q.start - 12), q.start)
        if cue and not cue.group().startswith("from"):
            return True
    return False


def system_place(doc, status: str, at: int, places: tuple, moving: set[int]) -> list:
    """The places (PlaceMention) where the system mentioned at offset `at` is, if any;
    places as in_order gives them; moving: the sentences (indices) in which some system is
    deployed or arriving (only there does a site say where kit goes: not "rockets hit troops
    at Ain al Asad. Patriots are going into Iraq")."""
    sent = doc.sentence_at(at)
    if sent is None:
        return []
    # (its own clause's site first: "X deployed to A, and a squadron of Y arrived at B")
    lo, hi = own_clause(doc.text, sent.start, sent.end, at)
    found = _cued(doc, lo, hi, places, status == "arriving") if (lo, hi) != (
        sent.start, sent.end) else []
    found = found or _cued(doc, sent.start, sent.end, places, status == "arriving")
    if found and all(p.kind in COARSE for p in found):
        i = doc.sentence_index(sent.start)
        if i - 1 in moving:
            before = doc.sentences[i - 1]
            country = {p.country for p in found}
            sites = [p for p in _cued(doc, before.start, before.end, places, False)
                     if p.kind not in COARSE and p.country in country]
            if sites:
                return sites
    return found


def names(found: list) -> str:
    """The places as a system's place field: 'A, B', each once."""
    out: list[str] = []
    for p in found:
        if p.name not in out:
            out.append(p.name)
    return ", ".join(out)


def refines(old: list, new: list) -> bool:
    """A later mention's sites are finer than the country the system was first placed in."""
    return bool(old and new and all(p.kind in COARSE for p in old) and
                all(p.kind not in COARSE for p in new) and
                {p.country for p in new} <= {p.country for p in old})
