"""Happenings told by their subject where the action words find no clause.

The action words are matched as written in running text (lower case, "strikes hit"), and a
unit's move needs its verb next to the unit. Two ways of telling a happening slip past them:
- a sentence opening with the noun itself, capitalised: "Strikes near X were reported again
  on Tuesday", "Airstrikes on X ..." (in reports a bare "strike" is what air forces and armies
  do: a strike);
- a unit named with an apposition before its verb: "The last Patriot battery there, Battery
  B, 3rd Battalion, 43rd Air Defense Artillery Regiment, had moved north to Erbil two weeks
  earlier" (a unit sent to a named place: a deployment).
Only a sentence in which no action word was found is tried.
"""

from __future__ import annotations

import re

from briefdeck.extract.sentences import Sentence

_OPENING_STRIKES = re.compile(
    r"[\"“'‘(\s]*+(?:Air[ -]?strikes|Strikes)\s++"
    r"(?=(?:near|on|in|at|against|around|across|targeting)\b)"
)
# a sentence with a verb of its own ("were reported", "continued"), ending in a full stop: no
# heading ("Strikes on Hodeidah" over a section)
_TOLD = re.compile(r"\b(?:were|was|have|had|continued|resumed|hit|killed|wounded|targeted)\b")
_MOVE_VERBS = (" moved ", " relocated ", " redeployed ")
# (the unit opens the sentence; what stands between it and its verb has no clause stop)
_UNIT_MOVED = re.compile(
    r"[\"“'‘(\s]*+(?:The|A|An|Its|Their|One|Another)\s++(?:[\w'’-]++\s++){0,4}?"
    r"(?:batter(?:y|ies)|battalions?|squadrons?|brigades?|detachments?|companies|company|"
    r"regiments?|units?|platoons?)\b[^.;:!?\n]{0,160}?\s(?:(?:had|has|have)\s++)?"
    r"(?P<verb>moved|relocated|redeployed)\s++(?:(?:north|south|east|west|north-?east|"
    r"north-?west|south-?east|south-?west|back|forward|up|over)\s++)?(?:to|into)\s++"
    r"(?:the\s++)?[A-Z]"
)


# (such a sentence is short: a longer one is a list or a table read as one sentence)
_LONGEST = 400


def subject_clauses(text: str, sent: Sentence) -> list[tuple[str, int, int, int]]:
    """(kind, clause start, trigger start, clause end) of the happening the sentence's
    subject tells, or none."""
    if sent.end - sent.start > _LONGEST:
        return []
    lead = text[sent.start : sent.start + 14].lstrip("\"“'‘( \t\n")
    if (
        lead.startswith(("Strikes ", "Airstrikes ", "Air strikes ", "Air-strikes "))
        and text[sent.start : sent.end].rstrip().endswith((".", "!"))
        and (m := _OPENING_STRIKES.match(text, sent.start, sent.end)) is not None
        and _TOLD.search(text, m.end(), sent.end)
    ):
        at = sent.start + len(m.group(0)) - len(m.group(0).lstrip("\"“'‘( \t\n"))
        return [("strike", sent.start, at, sent.end)]
    if (
        any(text.find(verb, sent.start, sent.end) >= 0 for verb in _MOVE_VERBS)
        and (m := _UNIT_MOVED.match(text, sent.start, sent.end)) is not None
    ):
        return [("deployment", sent.start, m.start("verb"), sent.end)]
    return []
