"""A foreign mission addressed by a ministry's diplomatic note, as a body.

A note verbale opens "The Ministry of Foreign Affairs ... presents its compliments to the
Embassy of the United States of America in Baghdad" and closes "... renew to the Embassy ...
the assurances of its highest consideration": the embassy is the body the note is sent to (the
party the ministry protests to), named in the formal style "Embassy of <country> in <city>".
"""

from __future__ import annotations

import re

from briefdeck.extract.org_found import Found

# The note's formulas, right before the mission's name.
_ADDRESSED_BEFORE = re.compile(
    r"\b(?:compliments|renew|honou?r\s+to\s+inform|refers?)\s+to\s+"
    r"the\s+$"
)
# "Embassy of the United States of America in Baghdad", "Embassy of the Republic of Korea".
_FORMAL_MISSION = re.compile(
    r"(?:Embassy|Consulate(?:\s+General)?|Permanent\s+Mission)\s+of\s+"
    r"(?:the\s+)?[A-Z][a-z]+(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][a-z]+){0,4}"
    r"(?:\s+in\s+[A-Z][a-z]+)?"
)


def addressed_missions(text: str, found: dict[str, Found]) -> None:
    """Add each mission a diplomatic note is addressed to, named in full."""
    if "compliments" not in text and "renew to" not in text:
        return  # (no note's formula: a cheap test first)
    for m in _FORMAL_MISSION.finditer(text):
        if not _ADDRESSED_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            continue
        name = " ".join(m.group(0).split())
        key = name.casefold()
        longer = next((f for k, f in found.items() if k.startswith(key + " in ")), None)
        if longer is not None:  # the close names it without its city: the same mission
            if name not in longer.aliases:
                longer.aliases.append(name)
        elif key not in found:
            found[key] = Found(name, m.start(), m.end())
