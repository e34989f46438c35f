"""A move told as under way when it is said: "interceptors were being flown to the base",
"a battery is being moved to X". The statement's day is the move's day too (it is happening
as told), so it is a deployment of that day, not only the news of a decision to send."""

from __future__ import annotations

import regex

_UNDER_WAY = regex.compile(
    r"\b(?:is|are|was|were)[ \t]++being[ \t]++(?:flown|airlifted|shipped|moved|rushed|sent|"
    r"deployed)[ \t]++(?:in[ \t]++)?+(?:to|into)\b"
)


def under_way(text: str, trigger_start: int) -> str:
    """ "deployment" when the move's trigger is told in the progressive passive, under way;
    "" otherwise."""
    hit = _UNDER_WAY.search(text, trigger_start, min(len(text), trigger_start + 140))
    return "deployment" if hit is not None else ""
