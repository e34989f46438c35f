"""A group the report names only by what it calls itself: "A faction calling itself X said on
its Telegram channel", "a little-known group that calls itself Y claimed it in a statement".
It speaks for itself (a spokesperson source), though its name is in no gazetteer and its
subject opens with a common noun; its claim ("claimed the attack") is its statement, as a
group named outright that claims is."""

from __future__ import annotations

import re

_SELF_NAMED_SAID = re.compile(
    r"\b(?:[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+){0,2}?(?:group|faction|militia|organi[sz]ation|"
    r"movement|brigade|outfit|cell|network)\s+(?:calling\s+itself|that\s+calls\s+itself|"
    r"which\s+calls\s+itself)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:al-|(?:of|in)\s+(?:the\s+)?)?"
    r"[A-Z][\w'’-]*|\s+al-[\w'’-]+){0,5}"
    # what it is, set off: ", an umbrella of Iran-aligned militias,"
    r"(?:,\s+(?:an?|the)\s+[^,;\"“”]{3,80},)?,?\s+"
    r"(?:(?:said|says|announced|stated|posted|wrote)\b"
    # (a claim is sourcing when it says where it was made: "claimed it on its channel")
    r"(?:\s+(?:on|in)\s+(?:its|a|an)\s+(?:[\w-]+\s+){0,2}?(?:channel|account|statement|post|"
    r"website)|\s+on\s+Telegram)?"
    # what it put out, and where: "posted a statement on Telegram"
    r"(?:(?<=posted)\s+an?\s+(?:[\w-]+\s+)?(?:statement|message|video|claim)(?:\s+on\s+"
    r"(?:its\s+)?(?:Telegram|X|Twitter|Facebook|website|channel|account)\b)?)?|"
    r"(?:claimed|claims)(?:\s+(?:[\w-]+\s+){0,3}?(?:on|in)\s+(?:its|a|an)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:channel|account|statement|post|website)\b)?"
    # what it claimed, and where: "claimed responsibility in a message on Telegram"
    r"(?:\s+(?:responsibility|the\s+(?:attack|strike)s?|it|[A-Z][a-z]+day['’]s\s+(?:attack|"
    r"strike)))?(?:\s+(?:on|in|via)\s+(?:(?:its|a|an)\s+)?(?:[\w-]+\s+){0,2}?(?:Telegram|"
    r"channel|account|statement|post|message|website)\b(?:\s+on\s+Telegram)?)?)"
    # what it said: "said on Telegram that it had launched"
    r"(?:(?<=Telegram)\s+that\s+it\s+(?:had\s+|has\s+)?[a-z]+)?")


def self_named_sources(text: str) -> list[tuple[int, int, str, int | None]]:
    """(start, end, kind, count) of each self-named group that speaks."""
    if "calls itself" not in text and "calling itself" not in text:
        return []
    return [(m.start(), m.end(), "spokesperson", 1) for m in _SELF_NAMED_SAID.finditer(text)]
