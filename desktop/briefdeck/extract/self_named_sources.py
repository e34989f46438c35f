"""A group the report names only by what it calls itself: "A faction calling itself X said on
its Telegram channel", "a little-known group that calls itself Y claimed it in a statement".
It speaks for itself (a spokesperson source), though its name is in no gazetteer and its
subject opens with a common noun. A bare claim ("claimed the attack") is no sourcing."""

from __future__ import annotations

import re

_SELF_NAMED_SAID = re.compile(
    r"\b(?:[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+){0,2}?(?:group|faction|militia|organi[sz]ation|"
    r"movement|brigade|outfit|cell|network)\s+(?:calling\s+itself|that\s+calls\s+itself|"
    r"which\s+calls\s+itself)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:al-|of\s+(?:the\s+)?)?"
    r"[A-Z][\w'’-]*|\s+al-[\w'’-]+){0,5},?\s+(?:(?:said|says|announced|stated|posted|wrote)\b"
    # (a claim is sourcing when it says where it was made: "claimed it on its channel")
    r"(?:\s+(?:on|in)\s+(?:its|a|an)\s+(?:[\w-]+\s+){0,2}?(?:channel|account|statement|post|"
    r"website))?"
    # what it put out, and where: "posted a statement on Telegram"
    r"(?:(?<=posted)\s+an?\s+(?:[\w-]+\s+)?(?:statement|message|video|claim)(?:\s+on\s+"
    r"(?:its\s+)?(?:Telegram|X|Twitter|Facebook|website|channel|account)\b)?)?|(?:claimed|claims)\s+(?:[\w-]+\s+){0,3}?(?:on|in)\s+(?:its|a|an)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:channel|account|statement|post|website)\b)")


def self_named_sources(text: str) -> list[tuple[int, int, str, int | None]]:
    """(start, end, kind, count) of each self-named group that speaks."""
    if "calls itself" not in text and "calling itself" not in text:
        return []
    return [(m.start(), m.end(), "spokesperson", 1) for m in _SELF_NAMED_SAID.finditer(text)]
