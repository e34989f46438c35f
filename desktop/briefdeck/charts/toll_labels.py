"""A toll where a chart's label has no room for the claimant's whole name. The toll's numbers
never give way (a cut "killed 7…" misleads), and neither does whose word they are: the name
shortens to its initials ("according to Popular Mobilization Forces" -> "according to PMF"),
while the tooltip, the speaker notes and the key facts keep it whole."""

from __future__ import annotations

import re

from briefdeck.model.tolls import CLAIM_WORDS

_CLAIM = re.compile(rf"({re.escape(CLAIM_WORDS)} )([^;()]+?)(\)?)$")
_CAPITALISED = re.compile(r"(?<![\w'’])[A-Z]")


def initials(name: str) -> str:
    """'Popular Mobilization Forces' -> 'PMF', 'Kataib Hezbollah and Harakat al-Nujaba' ->
    'KH and HN'; a one-word name ('Hezbollah') or one written in lower case stays whole."""
    parts = []
    for part in name.split(" and "):
        letters = _CAPITALISED.findall(part)
        parts.append("".join(letters) if len(letters) > 1 else part.strip())
    return " and ".join(parts)


def with_short_claimant(toll: str) -> str:
    """The toll with its claimant's name cut to initials; the toll itself when none is named
    or the name is short already."""
    found = _CLAIM.search(toll)
    if not found:
        return toll
    short = initials(found.group(2))
    return toll[:found.start(2)] + short + found.group(3) if short else toll
