"""A sports league that speaks: "The Northern Basketball League said it would postpone ...".
"League" alone names competitions as often as bodies ("top of the league", "a Cup League
match"), so only a league that says, announces or confirms something is drafted: then it is
the body running the games, which a match report or a security brief quotes on suspensions.
"""

from __future__ import annotations

import re

from briefdeck.extract.org_found import Found
from briefdeck.extract.org_new_names import NewNames

_SPEAKING_LEAGUE = re.compile(
    r"(?<![\w'’-])(?:(?:The|the)[ \t]+)?"
    r"(?P<firm>(?!(?:The|A|An|In|On|At|By|For|But|And|Our|Its|Their|This|That)\b)"
    r"[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3}[ \t]+League)"
    r"(?=,?[ \t]+(?:said|says|announced|announces|confirmed|confirms|stated|added|told|"
    r"has\s+said|had\s+said|would|will|decided|ruled|postponed|suspended|cancel+ed)\b)")


def speaking_leagues(text: str, found: dict[str, Found]) -> None:
    """Add each league named as the one saying or deciding something."""
    if "League" not in text:
        return
    new = NewNames(found)
    for m in _SPEAKING_LEAGUE.finditer(text):
        start, end = m.span("firm")
        if not new.add(text[start:end], start, end):
            break
