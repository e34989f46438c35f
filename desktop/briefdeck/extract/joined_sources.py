"""Two unnamed sources joined before one verb: "two sources inside Iraq and a source close to
the guards told the paper", "a local official and a witness said". Each is its own source; the
first (placed by where it is, or an official before a member of the public) is read here, the
second as any source with its verb."""

from __future__ import annotations

import re

from briefdeck.extract.attribution_kinds import count_of

_PLACED_THEN_ANOTHER = re.compile(
    r"\b(?P<who>(?:two|three|four|five|several|[2-9])\s+(?:[\w-]+\s+)?(?:sources|officials)\s+"
    r"(?:inside|in|within|from|across)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+and\s+"
    r"(?:an?|one|another|two|three)\s+(?:[\w-]+\s+){0,3}?(?:source|official)s?\b[^.;\"“”]{0,60}?"
    r"\b(?:told|tell|tells|said|say|says)\b")


# An unnamed official and a member of the public before one verb: the official is an
# anonymous source of their own ("a village official and two residents told the agency").
_OFFICIAL_AND_PUBLIC = re.compile(
    r"\b(?P<who>(?:[Aa]n?|[Oo]ne)\s+(?:[\w-]+\s+){0,2}?official)\s+and\s+(?:an?|one|two|three|"
    r"several|some)\s+(?:[\w-]+\s+){0,2}?(?:relatives?|residents?|witness(?:es)?|neighbou?rs?|"
    r"survivors?|villagers?|farmers?|doctors?|medics?|shopkeepers?|traders?)\s+(?:said|say|says|told|tell|tells)\b")


def joined_sources(text: str) -> list[tuple[int, int, str, int | None]]:
    """(start, end, kind, count) of each first source of such a pair."""
    out: list[tuple[int, int, str, int | None]] = []
    for noun in ("sources ", "officials "):  # (read near each plural noun: a scan of the
        at = text.find(noun)  # whole text for the counted words is slow on long ones)
        while at >= 0:
            if text.startswith(("inside ", "in ", "within ", "from ", "across "),
                               at + len(noun)):
                m = _PLACED_THEN_ANOTHER.search(text, max(0, at - 24), at + 260)
                if m and m.start("who") <= at < m.end("who"):
                    out.append((m.start("who"), m.end("who"), "anonymous official",
                                count_of(m.group("who"))))
            at = text.find(noun, at + 1)
    at = text.find(" official and ")
    while at >= 0:
        m = _OFFICIAL_AND_PUBLIC.search(text, max(0, at - 40), at + 80)
        if m and m.end("who") == at + 9:
            out.append((m.start("who"), m.end("who"), "anonymous official", 1))
        at = text.find(" official and ", at + 1)
    return out
