"""Groups hurt along with a toll told in the passive: "five soldiers had been wounded, not
three as first reported, along with two fighters of the partner force".

The passive patterns read a group before its verb; a second group named after the verb with
"along with" / "together with" is hurt the same way, in a party of its own. (The active
patterns, "wounding X, along with Y", already read such a list: toll_words.SEPARATORS.)
"""

from __future__ import annotations

import re
from bisect import bisect_right

from briefdeck.extract.casualty_rows import Casualty, count_of
from briefdeck.extract.toll_parties import party_of
from briefdeck.extract.toll_words import ITEM

# after the verb (an aside between commas at most), then the joined group
_JOIN = re.compile(r",?\s+(?:along|together)\s+with\s+(?=\w)", re.I)
_GROUP = re.compile(ITEM, re.I)
# the verb that closes the passive toll, right after its group
_VERB = re.compile(r"[^.;:!?\n]{0,40}?\b(?:killed|dead|wounded|injured|hurt)\b", re.I)
# "along with two civilians who were killed": a toll with a verb of its own, read by others
_OWN_VERB_AFTER = re.compile(r"[^,.;]{0,40}?\b(?:killed|dead|died|wounded|injured|hurt)\b", re.I)
# "two fighters of the Syrian partner force that guards the base": whose, told after the noun
_WHOSE_AFTER = re.compile(r"\s+(?:of|from)\s+[^,.;()]{1,50}")
_GAP = 90  # characters between the verb and "along with" (an aside, never another clause)


def along_with_hurt(
    text: str, start: int, end: int, found: list[Casualty], passive: list[Casualty]
) -> list[Casualty]:
    """The groups joined by "along with" after a passive toll's verb, as new rows of the
    toll's kind (each in its own party, read from the group and whose it is)."""
    if "with" not in text[start:end]:
        return []
    added: list[Casualty] = []
    spans = sorted((o.start, o.end) for o in found)  # (looked up by bisection: long lists)
    starts = [a for a, _ in spans]
    for c in passive:
        if c.count is None:
            continue
        verb = _VERB.match(text, c.end, end)
        if verb is None:
            continue
        join = _JOIN.search(text, verb.end(), min(end, verb.end() + _GAP))
        m = _GROUP.match(text, join.end(), end) if join is not None else None
        if m is None or any(ch in text[verb.end() : join.start()] for ch in ".;:!?\n"):
            continue
        num = m.start("num")
        at = bisect_right(starts, num) - 1
        if (at >= 0 and num < spans[at][1]) or (added and added[-1].start <= num < added[-1].end):
            continue  # read already
        if _OWN_VERB_AFTER.match(text, m.end(), end):
            continue
        whose = _WHOSE_AFTER.match(text, m.end("np"), end)
        party = party_of(m.group("np") + (whose.group(0) if whose else ""))
        count = count_of(m.group("num"))
        if count is None:
            continue
        added.append(Casualty(num, m.end("np"), c.kind, count, party, m.group("num")))
    return added
