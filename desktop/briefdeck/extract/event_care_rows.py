"""A timeline row that logs the hurt carried away: "25 Nov 0410 The three injured flown off by
the warship's helicopter." A ship's or a unit's chronology names the aircraft that took the
wounded off; a row with no verb of harm that names an aircraft is read as an attack elsewhere
(events.py), but carrying the injured is care after the happening, never one of its own."""

from __future__ import annotations

import re

# "the injured flown off", "casualties evacuated", "wounded winched up", "medevac of the two"
_CARRIED = re.compile(
    r"\b(?:injured|wounded|hurt|casualt(?:y|ies)|patients?)\s+(?:(?:were|was)\s+)?"
    r"(?:flown|evacuated|airlifted|winched|transferred|medevac(?:k?ed)?|casevac(?:k?ed)?)\b|"
    r"\b(?:medevac|casevac)\b",
    re.I,
)


def carried_away(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] logs the hurt carried away (flown off, evacuated)."""
    chunk = text[start:end].lower()
    if (
        "vac" not in chunk
        and "flown" not in chunk
        and "lifted" not in chunk
        and "winched" not in chunk
        and "transferred" not in chunk
    ):
        return False  # (a cheap test first)
    return _CARRIED.search(text, start, end) is not None
