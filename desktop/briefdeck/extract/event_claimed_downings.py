"""A claim that someone else shot an aircraft down is a claim, not a happening.

"The group's spokesman claimed on its channel that its air defences shot down a U.S. MQ-9
over X": the teller says what the claim is, in a "claimed ... that" clause whose subject is
the side's own fire. event_downings.py reads "said it had shot down"; this reads the claim
told with the claim's verb and a named subject ("air defences", "its fighters"). Nobody
verified the loss (these reports often deny it the next sentence), so it is drafted as a claim
("other"), never as an attack on the place the aircraft was said to fall.
"""

from __future__ import annotations

import re

from briefdeck.extract.event_downings import AIRCRAFT_AFTER, INTERCEPT

# "claimed on Al-Masirah that Houthi air defences", "claims that its fighters had": the claim
# verb, up to 60 characters of the same clause, "that", and up to five words of subject.
_CLAIMED_THAT = re.compile(
    r"\bclaim(?:ed|s|ing)\b[^.;:\"“”]{0,60}?\bthat\s+(?:[\w'’.-]{1,30}\s+){0,5}?"
    r"(?:(?:had|has|have)\s+)?$",
    re.I,
)


def claimed_downing(text: str, c_start: int, t_start: int, c_end: int) -> bool:
    """Is the clause a claim, told with "claimed ... that", to have downed an aircraft?
    Cheap: only when "claim" stands in the 120 characters before the trigger."""
    lo = max(c_start, t_start - 120)
    if "claim" not in text[lo:t_start].lower():
        return False
    m = INTERCEPT.match(text, t_start, c_end)
    if m is None or AIRCRAFT_AFTER.match(text, m.end(), c_end) is None:
        return False
    return _CLAIMED_THAT.search(text, lo, t_start) is not None
