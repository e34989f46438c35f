"""A force posture said to be unchanged: the decision to stay, news of the day it was said.

"The Pentagon said yesterday there is no change to force posture in Syria", "officials said on
Tuesday there would be no change in troop levels": a government's word that its forces stay is
a decision about them, as much as one to send or withdraw them, and news of its day. It names
no move, so the action words (event_triggers.py) find nothing in it; it is drafted here as an
announcement dated by the day it was said.
"""

from __future__ import annotations

import regex

from briefdeck.extract.dates import DateMention
from briefdeck.extract.event_draft import Draft, summary, trim
from briefdeck.extract.sentences import Document

# "no change to (its|the|U.S.) force posture", "no changes in troop levels", "no change to the
# U.S. military presence": the unchanged thing is the force's posture, levels or presence.
_UNCHANGED = regex.compile(
    r"\bno\s++changes?\s++(?:to|in)\s++(?:(?:its|our|their|the|U\.S\.|US|American|"
    r"American-led|coalition)\s++){0,2}+(?:force|troop|military|forces?')\s++"
    r"(?:posture|levels?|presence|numbers)\b",
    regex.I,
)
# the saying, before the unchanged posture in the sentence: "said yesterday (that) there is"
_SAID = regex.compile(r"\b(?:said|says|told|announced|confirmed|stated)\b", regex.I)


def posture_kept(
    doc: Document, drafts: list[Draft], said: dict[int, list[DateMention]]
) -> list[Draft]:
    """An announcement for each sentence that says, on a named day, its forces' posture is
    unchanged (none when its sentence drafted an announcement already)."""
    text = doc.text
    if "no change" not in text and "No change" not in text:
        return []
    out = []
    for m in _UNCHANGED.finditer(text):
        sent = doc.sentence_at(m.start())
        if sent is None:
            continue  # (in skipped text: a menu, a footer)
        i = doc.sentence_index(m.start())
        days = [d for d in said.get(i, []) if d.precision == "day" and d.end <= m.start()]
        if (
            not days
            or not _SAID.search(text, sent.start, days[0].start + 40)
            or any(d.kind == "announcement" and d.sentence == i for d in drafts)
        ):
            continue
        start, end = trim(text, sent.start, sent.end)
        out.append(
            Draft(
                "announcement",
                start,
                end,
                days[0],
                [],
                [],
                [],
                summary(text, start, end),
                sent.paragraph,
                i,
                said=True,
            )
        )
    return out
