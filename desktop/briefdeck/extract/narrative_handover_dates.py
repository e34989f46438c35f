"""A withdrawal under way with its handover dated: the key point says when.

"Most personnel are already out; the handover ceremony for X is set for 15 Dec": the troops
are leaving X now, and the base changes hands on a later day. "Withdrawal: troops leave X"
alone reads as done today; the key point adds "(handover set for 15 Dec)" when the report
dates the handover, closure or transfer of that one place.
"""

from __future__ import annotations

import re

_DATED = re.compile(
    r"\b(?:handover|hand-over|transfer|closure|turnover)\b(?P<what>[^.;\n]{0,60}?)\b"
    r"(?:is|are|was|has\s+been)\s+(?:now\s+)?(?:set|scheduled|slated|planned|due)\s+(?:for|on)\s+"
    r"(?P<date>\d{1,2}\s+(?-i:[A-Z])[a-z]{2,8}\.?|(?-i:[A-Z])[a-z]{2,8}\.?\s+\d{1,2})(?!\d)",
    re.I,
)


def handover_note(text: str, name: str) -> str:
    """' (handover set for 15 Dec)' when the report dates the handover of the place, else ''."""
    if (
        "handover" not in text
        and "hand-over" not in text
        and "transfer" not in text
        and "closure" not in text
        and "turnover" not in text
    ):
        return ""
    short = name.removeprefix("possibly ")
    for cut in (" Air Base", " Airbase", " Air Station", " base"):
        short = short.removesuffix(cut)
    for m in _DATED.finditer(text):
        if short in m.group("what"):
            return f" (handover set for {m.group('date').rstrip('.')})"
    return ""
