"""A group's claim of an attack told after the attack itself is that attack, not another.

"Drones struck Camp Ardent late Friday, wounding four. ... The Harbour Brigades claimed an
attack on 'a US base in Ruritania' on their channel early Saturday": the claim is dated by its
post, a day later, and names only the country; drafted alone it would put a second attack on
the slides. One attack told before it, on the claim's day or the day before, in the country the
claim names, is the attack claimed: the claim is folded into it (dropped).
"""

from __future__ import annotations

import re
from datetime import date

from briefdeck.extract.event_draft import VIOLENT, Draft

# "X claimed an attack on ...", "claimed responsibility for a drone strike on ...": a claim
# of an attack named only by its kind (a day's attack named with "the" is event_claimed.py's)
_CLAIMED_AN = re.compile(r"\bclaim(?:ed|s)\s+(?:responsibility\s+for\s+)?an?\s+"
                         r"(?:[\w-]+\s+){0,2}?(?:attacks?|strikes?)\b", re.I)


def _claim_only(d: Draft) -> bool:
    """A drafted attack that is only a claim: its words a claim, no toll, no site of its own."""
    return d.kind in VIOLENT and not d.casualties and not d.sites and \
        _CLAIMED_AN.search(d.summary) is not None


def fold_claims(result: list[tuple[Draft, str, str]]) -> list[tuple[Draft, str, str]]:
    """Drop each claim (module doc) of the one attack told before it, dated that day or the day
    before, in a country the claim names (or any, when it names none)."""
    out: list[tuple[Draft, str, str]] = []
    for d, iso, precision in result:
        if precision == "day" and len(iso) == 10 and _claim_only(d):
            claimed = [x for x, x_iso, p in out
                       if p == "day" and len(x_iso) == 10 and x.kind in VIOLENT and
                       x.start < d.start and not _claim_only(x) and
                       0 <= (date.fromisoformat(iso) - date.fromisoformat(x_iso)).days <= 1 and
                       (not d.countries or d.countries & x.countries)]
            if len(claimed) == 1:  # (two attacks it may claim: which one cannot be told)
                continue
        out.append((d, iso, precision))
    return out
