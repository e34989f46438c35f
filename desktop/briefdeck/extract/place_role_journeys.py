"""Forces on a journey: the place they set out from is left, the place they go to is reinforced.

place_roles.py reads withdrawals from verbs of leaving ("withdrew from", "left") and
reinforcements from verbs of sending ("deployed to", "moved to"). Reports as often tell a move
by its two ends: "a Patriot battery moved from Ali Al Salem Air Base to Erbil", "the battery
would come from Fort Bliss", "the relocation of a battery from Al Asad", "had been taken from
X" leave X; "most of the troops went to Shaddadi", "a smaller group flew to Erbil", "a convoy
headed towards the Rumalyn base", "the Army plans to field the new launchers first at X"
reinforce it. These verbs say nothing of forces by themselves ("the money will go to", "the
drone came from Iraq", "officials flew to Baghdad"), so they count only where the clause names
a military mover (place_role_guards.MILITARY_MOVER); an origin, moreover, only when it is a
base or a town (a country is where a sortie or a claim starts: "bombers flown from the United
States"), when no weapon is what came (place_role_clauses.fire_came_from) and when the move
has happened or is set ("a battery could be moved from X if attacks continue" leaves nothing).
"""

from __future__ import annotations

import re

# "moved from X", "the relocation of a Patriot battery from X", "come from X":
# the cue is the "from" (so that "moved" stays free to be read as "moved ... to Y"), with its
# verb just before it.
LEFT_FROM = r"\bfrom\b"
LEFT_VERB_BEFORE = re.compile(r"\b(?:(?<!-)mov(?:e|ed|es|ing)|relocat(?:e|ed|es|ing|ion)|"
                              r"taken|c(?:ome|omes|oming|ame))\s+(?:[\w-]+\s+){0,4}?$")
# "a second battery could be moved from X if attacks continue": a possibility, nothing left yet
MAYBE_BEFORE = re.compile(r"\b(?:could|might|may)\s+(?:(?:still|also|soon|yet|be|have|been)\s+)*$")
# "went to X", "flew to X", "drove north to X", "headed towards X", "field ... first at X"
WENT_TO = (r"\b(?:go(?:es|ing)?|went|flew|drove|head(?:s|ed|ing)?)\s+"
           r"(?:(?:north|south|east|west)\w*\s+)?(?:on\s+)?(?:to|towards?|into)|"
           r"field(?:s|ed|ing)?\s+(?:the|its|their|new|two|three|four|\d+)\s+(?:[\w-]+\s+){0,3}?"
           r"(?:at|in|to)")


def set_out_from(text: str, sent_start: int, from_start: int, kind: str) -> bool:
    """Does the "from" at from_start close a verb of moving ("moved from", "the relocation of
    a battery from") whose origin is a base or a town? A country or a region is where the move
    is told from ("moving its forces from Iraq to Kuwait"), no site left."""
    if kind in ("country", "province", "region"):
        return False
    verb = LEFT_VERB_BEFORE.search(text, max(sent_start, from_start - 50), from_start)
    return verb is not None and \
        MAYBE_BEFORE.search(text, max(sent_start, verb.start() - 30), verb.start()) is None


# "relocated from Camp Buehring, Kuwait, to Erbil Air Base": the two ends of one move, no list
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$", re.I)
_TO_GLUE = re.compile(r"\b(?:to|into|towards?)\s+(?:the\s+)?$", re.I)


def move_ends(text: str, first_start: int, glue: str) -> bool:
    """Are the place at first_start and the one after glue the start and the end of a move
    ("from X to Y", "from X, Kuwait, to Y")? Then the second does not share the first's role
    as a list would: Y is gained where X is left."""
    return _TO_GLUE.search(glue) is not None and \
        _FROM_BEFORE.search(text, max(0, first_start - 12), first_start) is not None
