"""A unit moved from one base to another is no troops leaving the first.

"A Patriot battery had moved from Al Udeid Air Base in Qatar to Muwaffaq Salti Air Base in
Jordan" is drafted as a withdrawal from Al Udeid, which "troops leave Al Udeid Air Base"
overstates into a drawdown from Qatar. Where the sentence naming a withdrawal's place tells a
battery, launchers, a section or a squadron moved from it to a named place, the narrative says
that move in the report's own words instead: "a Patriot battery moved from Al Udeid Air Base
to Muwaffaq Salti Air Base on 12 November".
"""

from __future__ import annotations

import re
from functools import lru_cache

_MOVERS = (
    r"(?:batter(?:y|ies)|launchers?|sections?|squadrons?|detachments?|units?|"
    r"platoons?|companies|company|battalions?|systems?|jets|aircraft)"
)
_MOVED = r"(?:moved|relocated|redeployed|re-deployed|shifted|repositioned)"
_WORDS = ("moved", "relocated", "redeployed", "re-deployed", "shifted", "repositioned")
_CUTS = (" Air Base", " Airbase", " Air Station", " base", " Base")


@lru_cache(maxsize=64)
def _pattern(short: str) -> re.Pattern[str]:
    # (bounded runs of plain words: no run can be read two ways)
    return re.compile(
        r"\b(?P<what>(?:[Aa]n?|[Tt]he|[Tt]wo|[Tt]hree|[Ff]our|[Oo]ne|\d{1,2})\s+(?:[A-Z][\w/-]*\s+){0,3}"
        + _MOVERS
        + r")\s+(?:had\s+|has\s+|have\s+|was\s+|were\s+)?(?:been\s+)?"
        + _MOVED
        + r"\s+from\s+(?P<name>(?:the\s+)?"
        + re.escape(short)
        + r"[\w ]{0,20}?)(?:\s+in\s+[A-Z][\w'’-]*)?\s+to\s+(?P<to>[A-Z][\w'’-]*"
        r"(?:\s+[A-Z][\w'’-]*){0,4})(?:\s+in\s+[A-Z][\w'’-]*)?"
        r"(?P<when>\s+on\s+\d{1,2}\s+[A-Z][a-z]{2,8}\b)?"
    )


@lru_cache(maxsize=64)
def redeployment(text: str, name: str) -> str:
    """'a Patriot battery moved from Al Udeid Air Base to Muwaffaq Salti Air Base on 12
    November' when the report tells a unit moved from the place to another, else ''."""
    short = name.removeprefix("possibly ")
    for cut in _CUTS:
        short = short.removesuffix(cut)
    if len(short) < 3 or f"from {short}" not in text and f"from the {short}" not in text:
        return ""
    if not any(w in text for w in _WORDS):
        return ""
    for line in text.split("\n"):
        if short not in line or "from" not in line:
            continue
        m = _pattern(short).search(line)
        if m:
            what = m.group("what")
            what = what[:1].lower() + what[1:] if what.split()[0] in ("A", "An", "The") else what
            when = " ".join((m.group("when") or "").split())
            return f"{what} moved from {name} to {m.group('to')}" + (f" {when}" if when else "")
    return ""
