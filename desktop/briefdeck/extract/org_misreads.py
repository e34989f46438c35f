"""Capitalised words read as a body that name something else: a building ("2118 Rayburn House
Office Building"), a site's opening hours ("Open daily 08:00"), a fee ("An Emergency Risk
Surcharge"), a phone list's label ("Base Security: 1785-4700"), a count of a body's people ("Two
Army officials") or a weapon's units ("Avenger units")."""

from __future__ import annotations

import re

from briefdeck.extract.org_found import Found

# What follows a name that makes it the name of a thing, not of a body.
_THING_AFTER = re.compile(r"[ ](?:Building|Surcharge|Fee|Levy|Premium)\b|:[ ]*\+?\d[\d -]{5,}")
_COUNT_FIRST = frozenset("Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve".split())
_UNITS = frozenset({"units", "batteries", "systems", "launchers"})


def _followed_everywhere(text: str, name: str, after: re.Pattern[str]) -> bool:
    """Is name mentioned, and every mention followed by what after matches?"""
    at, seen = text.find(name), False
    while at >= 0:
        if not after.match(text, at + len(name)):
            return False
        seen = True
        at = text.find(name, at + len(name))
    return seen


# A count of a body's people: "Two Army officials", "Five Iowa National Guard soldiers".
_PEOPLE_AFTER = re.compile(r"[ ][a-z]+s\b")
_BODY_HEADS = frozenset("Army Forces Force Guard Navy Police Marines Corps".split())


def _people_everywhere(text: str, name: str) -> bool:
    # (case aside: a name read from a line in capitals is written otherwise in the prose)
    return _followed_everywhere(text.lower(), name.lower(), _PEOPLE_AFTER)


# A guide's opening hours: "Open daily 08:00-18:00", "Closed daily from 13:00".
_HOURS_AFTER = re.compile(r"[ ]daily,?[ ](?:from[ ])?\d")


def drop_misread_names(text: str, found: dict[str, Found]) -> None:
    """Drop the bodies that are a building, a fee, a contact label, a count or kit's units."""
    from briefdeck.extract.systems import SYSTEM_ALTERNATIVES

    for key, f in list(found.items()):
        words = f.name.split()
        if len(words) == 1 and _followed_everywhere(text, f.name, _HOURS_AFTER):
            del found[key]  # "Open daily 08:00-18:00": a site's opening hours
            continue
        if len(words) < 2:
            continue
        if words[0] in _COUNT_FIRST and _people_everywhere(text, f.name):
            del found[key]  # the body itself, after the count, if it is one
            rest = " ".join(words[1:])
            if words[-1] in _BODY_HEADS and rest not in found and rest.casefold() not in found:
                found[rest] = Found(rest, f.start + len(words[0]) + 1, f.end)
            continue
        if _followed_everywhere(text, f.name, _THING_AFTER) or (
            len(words) == 2
            and words[1] in _UNITS
            and (
                SYSTEM_ALTERNATIVES.regex.fullmatch(f.name) is not None
                or SYSTEM_ALTERNATIVES.regex.fullmatch(words[0]) is not None
            )
        ):
            del found[key]
