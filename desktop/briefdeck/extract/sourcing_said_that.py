"""A government named inside what its spokesman said is no second source.

"The government spokesman said that Baghdad rejected any act ..." or "the minister said on
Saturday that the Sultanate condemned all attacks": the capital or the state is the speaker's
own government, named as the subject of his words ("said Baghdad condemned" alike). The
spokesman is the sourcing; "Baghdad rejected" is what he said, not a statement of its own.
Only a state named by a single place name ("Baghdad", "Ankara") or by its style ("the
Sultanate", "the Kingdom") is dropped, and only right after the verb (and "that") of a
sourcing in the same sentence; a ministry or an army named there ("said that the army
reported three dead") still speaks for itself.

(The unnamed set or office a second-hand writer heard the news through goes here too:
sourcing_hearsay.py.)
"""

from __future__ import annotations

import re

from briefdeck.extract.sourcing_hearsay import heard_through

# the speaker's verb and its adjuncts, then "that", just before the nested subject
_SAID_THAT = re.compile(r"\b(?:said|says|stated|states|added|told\s+[\w\s'’.-]{1,40}?)"
                        r"(?:[^.;:!?\"“”]{0,50}?\bthat|(?:\s+(?:on|in|at|late|early)\s+"
                        r"[^.;:!?\"“”]{1,40}?)?)\s+$")
# a state by its capital or its style, standing alone before its verb
_STATE_ALONE = re.compile(r"(?:[Tt]he\s+(?:Sultanate|Kingdom|Emirates|Republic)|"
                          r"[A-Z][a-z]+)\s+[a-z]+$")


def nested_governments(text: str, found: list[tuple]) -> list[tuple]:
    """`found` (sorted by start) without a state named inside an earlier sourcing's words."""
    kept = []
    for i, f in enumerate(found):
        s, e = f[0], f[1]
        if i and found[i - 1][1] <= s and s - found[i - 1][1] <= 120 and \
                _STATE_ALONE.match(text, s, e) and _SAID_THAT.search(text, max(0, s - 60), s):
            gap = text[found[i - 1][1]:s]
            if "\n" not in gap and not re.search(r"[.!?]\s", gap):
                continue
        kept.append(f)
    return heard_through(text, kept)
