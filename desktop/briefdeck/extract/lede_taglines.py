"""Lines at a report's top that read like a sentence but tell no news: a masthead's tagline
and a meeting's record of itself.

A newsletter or a utility puts a tagline under its name ("Serving members of the Harbour
Pilots' Guild since 1971"): a participle with no verb after it and no full stop. A cabinet's
or a board's readout opens on the meeting itself ("The Board held its regular monthly meeting
on Friday, chaired by ...", "The meeting opened with a briefing on ..."): the news is what
the members were told and decided.
"""

from __future__ import annotations

import re

_TAGLINE = re.compile(r"(?:Proudly\s+)?(?:Serving|Covering|Representing|Supporting|Connecting|"
                      r"Uniting|Informing|Championing|Celebrating)\s+[^!?\n]{3,200}+(?<!\.)$")
_FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|said|says|will|would)\b")
# (only a routine sitting: "the Security Council held an emergency session" is news)
_MEETING = re.compile(r"The\s+(?:(?:[A-Z][\w'’-]*|of|for|and|the)\s+){1,6}(?:held|convened)\s+"
                      r"(?:its|their)\s+(?:\w+\s+){0,2}?(?:regular|ordinary|routine|scheduled|weekly|monthly|"
                      r"fortnightly)\s+(?:\w+\s+){0,2}?(?:meeting|session|sitting)\b|"
                      r"The\s+(?:meeting|session|sitting)\s+(?:opened|began|started)\s+with\b")


def tagline(words: str) -> bool:
    """'Serving retirees of the Ashby works since 1990': a masthead's tagline."""
    words = words.strip()
    return _TAGLINE.match(words) is not None and _FINITE.search(words) is None


def meeting_record(words: str) -> bool:
    """'The Council held its weekly meeting on Monday, chaired by ...': the meeting, not
    what it was told."""
    return _MEETING.match(words) is not None
