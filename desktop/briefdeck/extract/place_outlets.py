"""A news outlet named after a town, used as the outlet: no place of the report.

"told Al Mayadeen", "Al Mayadeen's correspondent", "Xinhua news agency", "Q: Dana Reyes, Al
Hurra.": a channel or agency whose name folds onto a town (Al-Manar ~ Mannar) carried a claim
or was spoken to; the town stays a place where the text puts something in it.
"""

from __future__ import annotations

import re

# "told Al Mayadeen", "Al Mayadeen's correspondent in Hasakah", "Al Mayadeen English": a
# channel named after a town, used as the channel (the curated town stays a place elsewhere).
_TOLD_WORDS = frozenset({"told", "tells", "telling", "to", "with"})  # TOLD_BEFORE's last words
# Also "said in a statement to Saba", "According to Al Mayadeen, ...": the outlet told, or
# the one a report is credited to (a place is never "according to").
TOLD_BEFORE = re.compile(r"\b(?:told|tells|telling|speaking\s+to|interview\s+with|"
                         r"(?:statements?|remarks|comments|interview)\s+to|[Aa]ccording\s+to)\s+$")
OUTLET_USE_AFTER = re.compile(r"(?:['’]s\s+(?:own\s+)?(?:correspondent|reporter|bureau|"
                              r"website|channel|anchor|presenter|camera\s+crew)|"
                              r"\s+(?:English|correspondent|reporter)\b)")
MEDIA_AFTER = re.compile(r"\s+(?:news\s+agency|agency|newspaper|daily|television|TV|radio|"
                         r"broadcaster|channel|news\s+(?:site|outlet|website))\b")
# "Q: Dana Reyes, Al Hurra." — a reporter named in a briefing transcript, then the outlet.
OUTLET_BEFORE = re.compile(r"(?:^|\n)[ \t]*Q:\s+(?:[A-Z][\w'’.-]*\s+){1,3}?[A-Z][\w'’.-]*,\s+$")
# Broadcasters whose Arabic names fold onto towns ("Al-Manar" ~ Mannar, "Al-Mayadeen" ~
# Mayadin): in a report they are the channel that carried a claim, never a place.
_BROADCASTER = re.compile(r"(?i:al)[- ]?(?:Manar|Mayadeen|Masirah|Alam|Ahd|Hadath|Sumaria|"
                          r"Sharqiya|Rasheed|Iraqiya|Ekhbariya)")


def _is_outlet(written: str) -> bool:
    """Is the name exactly a news outlet's ("Xinhua", "Anadolu", "Al-Manar")?"""
    from briefdeck.extract.attribution_kinds import _OUTLET_ONLY

    return bool(_OUTLET_ONLY.match(written) or _BROADCASTER.fullmatch(written))
