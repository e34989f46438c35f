"""A claim of an attack already told: "A militia claimed the attack in a statement early
Friday, saying it had targeted the base with drones". What the claim says was done is the
attack named by "the", told before; the claim's day is when it was made, not another attack.
"""

from __future__ import annotations

import re

from briefdeck.extract.event_draft import Draft
from briefdeck.extract.event_followups import VIOLENT
from briefdeck.extract.places import PlaceMention

# "claimed the attack ..., saying it had targeted", "claimed responsibility for Thursday's
# strike, adding that its fighters had hit": the claim's words, after the happening it names
_CLAIMED_THE = re.compile(
    r"\bclaim(?:ed|s)\s+(?:responsibility\s+for\s+)?(?:the|that|this|[A-Z]\w+day(?:'s|’s))\s+"
    r"(?:[\w-]+\s+){0,2}?(?:attacks?|strikes?|assault|operation|bombing)\b[^.;]{0,90}?"
    # ("saying the ship belonged to a company ... and had been struck": what was hit, passive)
    r"\b(?:saying|said|adding|claiming)\b[^.;]{0,120}?\b(?:had|has|have)\s+(?:\w+ly\s+)?"
    r"(?:been\s+)?$", re.I)


def claims_told(text: str, start: int, t_start: int, drafts: list[Draft],
                places: list[PlaceMention]) -> bool:
    """Is the clause's action word the content of a claim of an attack told before, at a
    place the clause names? Cheap: only when "claim" is in the words before the trigger. (A
    claim that is the only telling of its attack still tells it.)"""
    lo = max(start, t_start - 200)
    if "claim" not in text[lo:t_start] or _CLAIMED_THE.search(text, lo, t_start) is None:
        return False
    keys = {p.key for p in places}
    # (a claim naming no place: "the attack" it claims is the one told before)
    return any(d.kind in VIOLENT and (d.keys & keys or not keys and not d.other) for d in drafts)
