"""Numbers that are a unit's, a building's or a post's code, not a count of anything.

"PER 386 EMDG", "386 AEW/PA": an air wing's number written before each of its groups' and
squadrons' initials (the same number before several sets of initials is the wing's, never a
count of them); "pole 6B", "cluster 6B": a number glued to a letter is a label; "between the
604 motor pool and Bldg 612": "the" and a number before a noun in the singular name the one
place so numbered.
"""

from __future__ import annotations

import re
from functools import lru_cache

from briefdeck.extract.numbers import Quantity

# A number then a unit's initials: "386 EMDG", "332 AEW/PA" (digits, one space, capitals). An
# air force's units end in their kind: W a wing, G a group, S a squadron ("AEW", "EMDG",
# "ECES"); times, dates and measures ("10:30 PM", "30 NOV", "12 KM") end otherwise.
NUMBER_INITIALS = re.compile(r"(?<![\w.,:/-])(\d{2,3}) ([A-Z]{1,5}[WGS])(?![\w-])")
# Casualty, strength and measure codes read after a count ("3 WIA", "4 PTS", "2 UAS", "8 HRS"):
# counts, whatever their last letter.
COUNTED_CODES = frozenset(
    "KIA WIA MIA DOW RTD PAX POW TCN US UAS UAV UAVS IED IEDS RPG RPGS "
    "PTS PT HRS MINS DAYS YRS RDS LBS KTS NMS RKTS MSLS VEHS CIVS TRPS "
    "MRAPS BTRS AMS".split()
)


@lru_cache(maxsize=4)
def unit_numbers(text: str) -> frozenset[str]:
    """Numbers written before two or more different sets of initials: a formation's number."""
    seen: dict[str, set[str]] = {}
    for m in NUMBER_INITIALS.finditer(text):
        if m.group(2) not in COUNTED_CODES:
            seen.setdefault(m.group(1), set()).add(m.group(2))
    return frozenset(n for n, initials in seen.items() if len(initials) > 1)


# A letter glued to the number, then no letter or digit: "6B", "12A" (a scale letter before a
# plural noun is a count: "3K troops"; a dimension, "3D", is read elsewhere).
# (a log's "2X UAS" is a count, its multiplier glued on)
_GLUED_LETTER = re.compile(r"[A-WYZ](?![\w-])")
_SCALED_COUNT = re.compile(
    r"[KMBT][^\S\n]+(?:(?!(?:was|is|has|does|says)\b)[a-z]+s|people|"
    r"personnel)\b"
)  # ("6B was silent": a verb, no counted noun)

# "the 604 motor pool", "the 1142 warehouse": a place's number, a noun in the singular after it.
_THE_BEFORE = re.compile(r"\bthe $", re.I)
_SINGULAR_PLACE = re.compile(
    r" (?:[a-z]+ ){0,2}(?:pool|warehouse|hangar|building|barracks|"
    r"compound|gate|lot|yard|depot|bunker|tower|block|annex|wing|"
    r"hall|facility|office|clinic|area|zone|site)\b(?!-)"
    # (not "the 200 office workers": a noun goes on)
    r"(?! (?!was\b|is\b|has\b)[a-z]+s\b)"
)


def a_code(text: str, q: Quantity) -> bool:
    """Is q a unit's number, a label with a letter glued on, or a numbered place's number?"""
    if not q.text.isdigit():
        return False
    after = text[q.end : q.end + 2]
    if (
        after[:1] == " "
        and after[1:2].isupper()
        and q.text in unit_numbers(text)
        and (m := NUMBER_INITIALS.match(text, q.start))
        and m.group(2) not in COUNTED_CODES
    ):
        return True  # "TRANSPORTING 3 PTS TO 386 EMDG": the medical group of the 386th wing
    if (
        after[:1].isupper()
        and len(q.text) <= 4
        and _GLUED_LETTER.match(text, q.end)
        and not _SCALED_COUNT.match(text, q.end)
    ):
        return True  # "Giant Voice cluster 6B", "on 6B"
    if (
        len(q.text) >= 3
        and after[:1] == " "
        and _THE_BEFORE.search(text, max(0, q.start - 4), q.start)
        and _SINGULAR_PLACE.match(text, q.end)
    ):
        return True  # "between the 604 motor pool and Bldg 612"
    return False
