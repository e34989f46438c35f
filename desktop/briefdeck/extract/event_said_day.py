"""The day a claim was made, told between "said" and "that": "and said on Tuesday that it had
targeted the airport". A placed attack with no day of its own, told as that claim, takes
that day rather than a vaguer period the sentence shares ("Earlier this week, ...")."""

from __future__ import annotations

import re

from briefdeck.extract.dates import DateMention

_SAID_BEFORE = re.compile(r"\b(?:said|says|claimed|announced)\s+$", re.I)
_THAT_IT_HAD = re.compile(r"\s*,?\s*(?:that\s+)?(?:it|they|its\s+\w+|their\s+\w+)\s+"
                          r"(?:had|have|has)\s+(?:also\s+)?$", re.I)


def said_day_of_claim(text: str, said: list[DateMention], t_start: int) -> DateMention | None:
    """The day-precise date in "said on Tuesday that it had <trigger>", else None."""
    for d in said:
        if d.precision == "day" and d.end <= t_start and \
                _SAID_BEFORE.search(text, max(0, d.start - 12), d.start) and \
                _THAT_IT_HAD.fullmatch(text, d.end, t_start):
            return d
    return None
