"""How a toll changes as more is reported: a breakdown by party splits a count, an exact
tally replaces a floor, a new total ("the toll rose to 12", "revised to 16 killed") replaces
the count of its kind, a wounded man who died moves from the wounded to the dead, and one
happening told twice keeps its fuller telling, never the sum.
"""

from __future__ import annotations

import re
from dataclasses import replace

from briefdeck.extract.casualties import Casualty, kinds_resolved
from briefdeck.extract.toll_claims import confirmed_over_claimed
from briefdeck.extract.toll_group_grown import group_grown

# "SANA gave a lower toll", "put the death toll at nine", "a different account": a second
# source's count of the same dead
ANOTHER_TELLING = re.compile(
    r"\b(?:lower|higher|different|conflicting|differing|smaller|larger|own|separate)\s+"
    r"(?:death\s+)?(?:toll|figures?|count|tally|account|casualty\s+figures?)\b|"
    r"\b(?:puts?|putting)\s+the\s+(?:death\s+)?toll\s+at\b", re.I)
# "An earlier statement had put the toll at 12": the same dead counted before, not a new total
EARLIER_TELLING = re.compile(
    # ("the original exhibit listed three wounded": a court paper, since amended)
    r"\b(?:earlier|initial|first|previous|preliminary|original)\s+(?:[\w-]+\s+){0,2}?(?:statement|"
    r"report|toll|count|tally|figures?|estimate|bulletin|update|version|edition|alert|"
    r"exhibit|filing|notification)s?\b|"
    # "Rev. 0 of this alert reported two injured": a document's first issue, since revised
    r"\bRev(?:\.|ision)?\s?0\s+of\s+(?:this|the)\b|"
    # "the number of wounded was initially reported as one": the count as first given
    r"\b(?:initially|originally|first|earlier)\s+(?:been\s+)?(?:reported|put|given|counted|"
    r"announced|said\s+to\s+be)\s+(?:as|at)\b|"
    # "The ministry first said four people had been hurt", "it initially reported that two"
    # ("the Guard first told families three soldiers were hurt")
    r"\b(?:initially|originally|first)\s+(?:said|reported|announced|gave|put|recorded|counted|"
    r"listed|logged|told)\b|"
    # "The source said initially that one man was hurt"
    r"\b(?:said|reported|announced)\s+(?:initially|originally|at\s+first)\b|"
    # "Initially, the command said three had been hurt": the count as first given
    r"\b(?:initially|originally|at\s+first),\s", re.I)

# "By Thursday evening, the hospital had counted eight dead": the count as it stood later
LATER_TELLING = re.compile(
    r"\W*(?:By|As\s+of)\s+(?:late\s+|early\s+|the\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|"
    r"Sun)day|next|following|nightfall|midday|noon|evening|morning|afternoon|night|"
    r"\d{1,2}(?::\d\d)?\s*[ap]\.?m\b|\d{4}\s*(?:hrs|GMT|UTC|local)\b)"
    # "UPDATE 1300 hrs: the ministry confirmed two killed": a sitrep's later entry
    r"|\W*(?:UPDATED?|Updated?)\b[^:.\n]{0,30}:")

# "An official later told reporters that three had been hurt", "In a later statement, police
# said two": a count given after the first, set against it rather than added to it
LATER_SAID = re.compile(
    r"\b(?:later|subsequently)\s+(?:told|said|reported|announced|confirmed|revised|updated)\b|"
    # "The company has since confirmed to us that three were hurt": after its first word
    r"\b(?:has|have|had)\s+since\s+(?:told|said|reported|announced|confirmed|revised|"
    r"updated)\b|"
    r"\b[Ii]n\s+(?:a|an|its|their)\s+(?:later|subsequent|updated|second|new)\s+"
    r"(?:statement|update|report|bulletin|post|briefing)\b")


def _as_breakdown(toll: list[Casualty], parts: list[Casualty]) -> list[Casualty] | None:
    """'nine people were wounded', then 'three SDF fighters and a civilian contractor were
    wounded': the parts break the earlier count down by party rather than add to it, when they
    name parties, say nothing of 'more', and fit inside it. The toll with the count split into
    the parties named and what is left unnamed, or None when the parts do not fit."""
    kinds = {c.kind for c in parts}
    if len(kinds) != 1 or any(c.count is None or c.added for c in parts):
        return None
    kind = kinds.pop()
    whole = [c for c in toll if c.kind == kind and c.party == "unspecified" and c.count
             and not c.is_floor]
    named = sum(c.count or 0 for c in toll if c.kind == kind and c.party != "unspecified")
    share = sum(c.count or 0 for c in parts)
    if len(whole) != 1 or named + share > (whole[0].count or 0):
        return None
    if any(c.party == "unspecified" for c in parts) and named + share != whole[0].count:
        return None  # "14 soldiers and five militiamen" after "killing 19": the same 19
    rest = (whole[0].count or 0) - named - share
    out = [c for c in toll if c is not whole[0]] + parts
    if rest:
        w = whole[0]
        out.append(Casualty(w.start, w.end, kind, rest, "unspecified", str(rest)))
    return out


def read_once(known: list[Casualty], later: list[Casualty]) -> list[Casualty]:
    """later without the counts read from the very words a count of known (or an earlier
    one of later) was read from: a sentence that revises a toll ("it raised the figure to
    four") is read both as its happening's clause and as the revision, and the same people
    counted twice would be summed. (A row split off another keeps its words but not its
    count or party: not the same telling.)"""
    seen = {_telling(c) for c in known}
    out = []
    for c in later:
        if _telling(c) not in seen:
            seen.add(_telling(c))
            out.append(c)
    return out


def _telling(c: Casualty) -> tuple[int, int, str, int | None, str]:
    return c.start, c.end, c.kind, c.count, c.party


def _hurt_told_anew(known: list[Casualty], later: list[Casualty]) -> list[Casualty]:
    """"Two soldiers were wounded", then "one soldier had died of his wounds and three were
    wounded": a later telling that moves one of the hurt to the dead and gives the hurt's
    count with it gives the whole new count of the hurt, not more of them ("three others"
    and "three more" add)."""
    # (only a plain pair told of one group: a toll kept party by party is left to the rest)
    if len(later) != 2 or not any(c.from_wounded and not c.ordinal for c in later) or \
            not any(c.kind == "wounded" and c.count for c in known) or \
            any(c.party != "unspecified" for c in known + later):
        return later
    return [replace(c, total=True) if (
        c.kind == "wounded" and c.count and c.party == "unspecified" and not (
            c.added or c.partitive or c.is_total or c.from_wounded or c.is_floor)) else c
        for c in later]


def merge_tolls(known: list[Casualty], later: list[Casualty]) -> list[Casualty]:
    """The toll of one event as more is reported. A later breakdown by party of a count given
    earlier splits it; a later exact tally replaces a floor given earlier ("more than a dozen
    wounded", then "16 service members were wounded"); a new total ("the toll rose to 12")
    replaces all of its kind; anything else adds to the toll."""
    known, later = confirmed_over_claimed(known, later)
    later = read_once(known, later)
    if later and any(c.from_wounded for c in later) and _per_kind(known) == _per_kind(later):
        # "one killed and three hurt", then "one died of his wounds and three others are
        # being treated": the same toll told as it came about, not one more death
        return list(known)
    toll = list(known)
    later = kinds_resolved(known, later)
    later = _hurt_told_anew(known, later)
    kinds_known = {c.kind for c in known if c.count}
    later = [c for c in later if not (c.partitive and c.kind in kinds_known)]
    for kind in ("killed", "wounded"):
        parts = [c for c in later if c.kind == kind and not (c.is_total or c.from_wounded)]
        split = _as_breakdown(toll, parts) if parts else None
        if split is not None:
            toll = split
            later = [c for c in later if c not in parts]
    later, toll = _told_again(toll, later)
    # "at least 66 killed", then "47 soldiers and 19 militiamen were killed": exact counts
    # that reach the floor are the same dead counted in full
    for kind in ("killed", "wounded"):
        exact = sum(c.count or 0 for c in later if c.kind == kind and not (
            c.is_floor or c.is_total or c.from_wounded or c.added))
        toll = [old for old in toll if not (
            old.kind == kind and old.is_floor and old.party == "unspecified"
            and 0 < (old.count or 0) <= exact)]
    # the dead who were counted wounded first: "one of the wounded died, raising the toll to
    # three" (a total replaces them with the rest of its kind)
    # (in the order told: "two more died, bringing the toll to 12" counts them in the total;
    # "raised that number to five, and a guard was also hurt" adds one after it)
    for c in sorted(later, key=lambda c: (not c.from_wounded, c.start)):
        if c.from_wounded and c.ordinal and c.is_total and c.count:
            # "a second employee died of his injuries": the dead so far; one of the hurt only
            # when the count grows by him (a lede giving the final toll already holds him)
            if sum(o.count or 0 for o in toll if o.kind == "killed") == c.count - 1:
                toll = _moved_to_dead(toll, 1)
            c = replace(c, from_wounded=False)
        if c.from_wounded:  # "one of the wounded has died": one wounded fewer, one more dead
            moved = _moved_to_dead(toll, c.count or 0)
            if moved is not toll:
                # taken from the wounded of this toll: a plain count of the dead from now on,
                # so a later telling of the same toll compares with it instead of applying
                # the death a second time
                c = replace(c, from_wounded=False)
            toll = moved
        elif (grown := group_grown(toll, c, later)) is not None:
            toll = grown  # "also hurt ... raised that number to four" (toll_group_grown.py)
            continue
        elif c.is_total and c.count is not None:
            other = _told(toll, replace(c, kind=_OTHER[c.kind])) if c.ordinal else 0
            if c.ordinal and not _told(toll, c) and other == c.count - 1:
                # "a strike killed two men. A third man was wounded.": the third person hit,
                # one of the other kind
                c = replace(c, count=1, wording="1", total=False, ordinal=False)
            elif other and _told(toll, c) + other == c.count - 1:
                # "two hurt, one of them since dead; a third crew member treated for burns":
                # the third of everyone hit, so the hurt are the count less the dead
                c = replace(c, count=c.count - other, wording=str(c.count - other))
            elif c.rise and c.count < _told(toll, c):
                # "the toll rose to six" after the lede's eight: a step in the story of how
                # the count grew, told after the latest count; a rise never lowers it
                continue
            same = {old.party for old in toll if old.kind == c.kind}
            if c.party == "unspecified" and len(same) == 1 and "unspecified" not in same and \
                    _told(toll, c) == c.count:
                # "four civilians were killed ... the toll rose to four martyrs": the same
                # count restated, of the group named before
                c = replace(c, party=same.pop())
            # ("four U.S. service members were hurt, not three", after three Americans and
            # two Jordanians: a new count of that party's hurt, the other party's kept)
            own = c.party != "unspecified" and any(
                old.kind == c.kind and old.party == c.party for old in toll) and all(
                old.party != "unspecified" for old in toll if old.kind == c.kind)
            if c.party_total and c.party == "unspecified" and not any(
                    old.kind == c.kind and old.party == "unspecified" for old in toll):
                # "the number of our people hurt is now three" when every count named a
                # party: ours among them, so the new count is the whole of its kind
                c = replace(c, party_total=False)
            # ("the amended report lists four soldiers and one contractor wounded": one new
            # count of several parties; each party's row of it stands beside the others)
            # ("wounded three U.S. service members and one U.S. civilian contractor": two
            # groups of one side listed in one new count, each beside the other)
            toll = [old for old in toll if old.kind != c.kind or (
                (c.party_total or own) and old.party != c.party) or (
                c.party != "unspecified" and old.party not in ("unspecified", c.party)
                and any(old is n for n in later)) or (
                c.party != "unspecified" and old.party == c.party and old.is_total and
                0 <= c.start - old.end <= _LISTED_GAP and any(old is n for n in later)) or (
                # ("its revised statement says three soldiers and a guard were wounded": the
                # groups of one listing, each a part of the new count, whatever their parties)
                old.is_total and not old.party_total and 0 <= c.start - old.end <= _LISTED_GAP
                and any(old is n for n in later))]
        elif c.count is not None and not c.is_floor:
            toll = [old for old in toll if not (
                old.kind == c.kind and old.is_floor and old.party == "unspecified"
                and (old.count or 0) <= c.count)]
        toll.append(c)
    return toll


_OTHER = {"killed": "wounded", "wounded": "killed"}
_LISTED_GAP = 6  # ", and " between two counts of one listing


def _told_again(toll: list[Casualty], later: list[Casualty]
                ) -> tuple[list[Casualty], list[Casualty]]:
    """"Four U.S. troops were wounded", then "four personnel had been treated for injuries":
    a later plain count of a kind equal to the exact count the tellings hold ("two UK
    personnel ... one contractor", then "three wounded") is the same people told again, never
    as many more (unless it says "more", "other", "also", or names a party apart from every
    party counted). The later telling's parties stand when the first
    named none."""
    for kind in ("killed", "wounded"):
        held = [c for c in toll if c.kind == kind and c.count]
        again = [c for c in later if c.kind == kind and c.count and not (
            c.added or c.is_total or c.from_wounded or c.is_floor or c.partitive)]
        if not held or not again or any(c.is_floor for c in held) or \
                sum(c.count or 0 for c in held) != sum(c.count or 0 for c in again) or \
                any(c.is_total and c.kind == kind for c in later):
            continue  # (no new total of the kind to replace what is held)
        if len(held) > 1 and any(c.party != "unspecified" for c in again):
            continue  # ("two UK personnel ... one American contractor", then "three
            # wounded": the parties' sum told again; a party named again may be a new group)
        named_held = {c.party for c in held} - {"unspecified"}
        named_again = {c.party for c in again} - {"unspecified"}
        if named_held and named_again and not named_held & named_again:
            continue  # "two U.S. soldiers", then "two Iraqi soldiers": two groups
        later = [c for c in later if not any(c is a for a in again)]
        if not named_held and named_again:
            toll = [c for c in toll if not any(c is h for h in held)] + again
    return later, toll


def _told(toll: list[Casualty], total: Casualty) -> int:
    """The count of the total's kind (and party, when it names one) the toll holds, when one
    exact telling gives it (a sum of several tellings may count some dead twice): else 0."""
    rows = [c for c in toll if c.kind == total.kind and c.count and (
        total.party == "unspecified" or c.party == total.party)]
    return rows[0].count or 0 if len(rows) == 1 and not rows[0].is_floor else 0


def _moved_to_dead(toll: list[Casualty], count: int) -> list[Casualty]:
    """toll with count fewer wounded (taken from the largest wounded row): they died."""
    rows = sorted((c for c in toll if c.kind == "wounded" and c.count),
                  key=lambda c: -(c.count or 0))
    if not count or not rows:
        return toll
    row = rows[0]
    left = (row.count or 0) - count
    rest = [c for c in toll if c is not row]
    return rest + [replace(row, count=left, wording=str(left))] if left > 0 else rest


def _per_kind(toll: list[Casualty]) -> tuple[int, int]:
    return (sum(c.count or 0 for c in toll if c.kind == "killed"),
            sum(c.count or 0 for c in toll if c.kind == "wounded"))


def fuller_toll(a: list[Casualty], b: list[Casualty]) -> list[Casualty]:
    """One happening told twice ("kills three" in a headline, "killed two soldiers and a
    civilian" in the story, a table row): per kind, the fuller telling, never the sum; but a
    later telling that updates the toll (a new total, a wounded man who died) updates it."""
    a, b = confirmed_over_claimed(a, b)
    b = read_once(a, b)
    if any(c.is_total for c in b) or (any(c.from_wounded for c in b) and any(
            c.kind == "wounded" and c.count for c in a)):
        # (beside one party's new total, a plain row of another party that a row held
        # already counts exactly, the same number, is those people told twice, not more)
        if any(c.party_total for c in b):
            b = [c for c in b if c.is_total or c.from_wounded or c.added or c.party ==
                 "unspecified" or not any(o.party == c.party and o.kind == c.kind and
                                          o.count == c.count for o in a)]
        return merge_tolls(a, b)
    out: list[Casualty] = []
    for kind in ("killed", "wounded"):
        rows_a = [c for c in a if c.kind == kind]
        rows_b = [c for c in b if c.kind == kind]
        by_party = _by_party(rows_a, rows_b)
        if by_party is not None:
            out += by_party
            continue
        total_a, total_b = (sum(c.count or 0 for c in rows) for rows in (rows_a, rows_b))
        out += rows_a if (total_a, len(rows_a)) >= (total_b, len(rows_b)) else rows_b
    return out


def _by_party(rows_a: list[Casualty], rows_b: list[Casualty]) -> list[Casualty] | None:
    """"Seven U.S. service members were wounded", and elsewhere "four American troops and a
    Jordanian airman": when both tellings name every party they count, each party's fuller
    count, the parties one telling alone names added (seven Americans and the airman). None
    when a telling counts people of no party (they may be any of the others)."""
    if not rows_a or not rows_b or any(c.party == "unspecified" for c in rows_a + rows_b):
        return None
    parties_a, parties_b = {c.party for c in rows_a}, {c.party for c in rows_b}
    if parties_a == parties_b or not parties_a & parties_b:
        return None  # the same parties, or none in common: the fuller telling as a whole
    out: list[Casualty] = []
    for party in dict.fromkeys(c.party for c in rows_a + rows_b):
        mine = [[c for c in rows if c.party == party] for rows in (rows_a, rows_b)]
        out += max(mine, key=lambda rows: sum(c.count or 0 for c in rows))
    return out
