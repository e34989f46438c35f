"""Unnamed participants of a meeting held on non-attribution terms, as sources.

A roundtable or workshop summary under the Chatham House Rule names no speaker: "One
participant, a former U.S. defence official, said", "Two participants from industry said",
"Several participants argued", "A Jordanian participant noted". Each is an unnamed source
(the anonymous kind covers unnamed speakers who are not officials too), counted as the words
say: one, two, or an unknown number for "several" or "some". The scan runs only where the
text tells the meeting's rule (a summary that reports named speakers names them instead).
"""

from __future__ import annotations

import re

Found = tuple[int, int, str, int | None]

# The summary's own notice that its views are not attributed.
_RULE = re.compile(r"Chatham\s+House\s+[Rr]ule|[Nn]on-attribut|not\s+(?:be\s+)?attributed\s+to\b")

_COUNTS = {"one": 1, "a": 1, "an": 1, "another": 1, "two": 2, "three": 3, "four": 4, "five": 5}
# (a demonym or a side before the noun: "A Jordanian participant", "A U.S. participant";
# after it a background: "from industry", "with a Gulf government")
_PARTICIPANT_SAID = re.compile(
    r"(?<![\w'’-])(?P<det>(?i:one|an?|another|two|three|four|five|several|some|many|most|other|"
    r"a\s+few)\s++)?"
    r"(?:(?:former|senior|serving|retired|Western|Gulf|Arab|Dutch|French|Greek|Swiss|Thai|Czech|[A-Z][a-z]{2,20}+(?:(?<=an)|(?<=ish)|(?<=ese)|(?<=i))|"
    r"(?:[A-Z]\.){2,3})\s++){0,2}"
    r"(?P<noun>participants?+|attendees?+|discussants?+|speakers?+)"
    r"(?:\s++(?:from|with|at|in)\s++(?:the\s++|an?\s++)?[\w.-]++(?:\s++[A-Za-z-]++){0,2}?)?"
    # "One participant, a former U.S. defence official, said": the described participant
    r"(?:,\s++(?:an?|the)\s++[^,;:\"“”\n]{3,70}+,)?"
    r"\s++(?:said|says|noted|argued|added|warned|suggested|stressed|observed|cautioned|"
    r"contended|estimated|predicted|pointed\s+out|told|insisted|recalled|described)\b"
)


def meeting_participants(text: str) -> list[Found]:
    """The participants who speak in a non-attributed meeting's summary."""
    if "articipant" not in text and "ttendee" not in text and "iscussant" not in text:
        return []
    if _RULE.search(text) is None:
        return []
    found: list[Found] = []
    for m in _PARTICIPANT_SAID.finditer(text):
        det = " ".join((m.group("det") or "").lower().split())
        plural = m.group("noun").endswith("s")
        if plural:
            count = _COUNTS.get(det) if det not in ("one", "a", "an", "another") else None
        else:
            count = 1 if det in ("one", "a", "an", "another") else None
            if count is None:
                continue  # "the participant said": one already counted
        found.append((m.start(), m.end(), "anonymous official", count))
    return found
