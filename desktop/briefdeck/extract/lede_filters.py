"""Lines a reader never takes for the news or for what comes next.

- Colour: a sentence that only places people or things in the room ("The President was seated
  by the fireplace with the Secretary standing behind the couch", "A map was on an easel near
  the desk") sets the scene; the news is what was said or done there.
- A title line: a line in title case with no closing mark ("Parts Recovered from Drones Used in
  Attack on Erbil Air Base", "Department of the Army FY 2027 Budget Amendment") names the
  document or is its sub-headline; the news is in the first sentence that follows.
- The writer's own plan: a subjectless "will send ..." or "I will update ..." is the
  mailing's housekeeping, not what the report expects to happen.
"""

from __future__ import annotations

import re

# Who sits, stands or is shown where: the verbs of staging, and the furniture of a room.
# (not "standing by", "stood by its decision", "leaning on Baghdad": those are stances)
_STAGING = re.compile(r"(?<![\w-])(?:(?:seated|sitting|sat|perched)\s+(?:by|beside|behind|"
                      r"next\s+to|at|near|on|in\s+front\s+of|to\s+his|to\s+her)|"
                      r"(?:standing|stood)\s+(?:beside|behind|next\s+to|in\s+front\s+of|"
                      r"to\s+his|to\s+her)|flanked\s+by)\b")
_FURNITURE = re.compile(r"\b(?:fireplace|couch|sofa|easel|podium|lectern|dais|rostrum|mantel|"
                        r"armchairs?|Resolute\s+Desk|bookshelf)\b")
# What makes a sentence news whatever its setting: a count, speech, harm, an action of force.
_NEWS = re.compile(r"\b(?:said|says|told|announced|confirmed|claimed|denied|warned|ordered|"
                   r"signed|struck|strikes?|hit|attack\w*|fired|launched|shot|intercept\w*|"
                   r"kill\w*|wound\w*|injur\w*|dead|died|destroyed|arrested|charged)\b|\d",
                   re.I)


def room_colour(words: str) -> bool:
    """A sentence that only tells who sat or stood where, or what stood in the room."""
    return (_FURNITURE.search(words) is not None or _STAGING.search(words) is not None) \
        and _NEWS.search(words) is None


# The small words a title leaves in lower case.
_TITLE_SMALL = frozenset("a an and as at but by for from in into of on or over per than the "
                         "to up upon via vs with".split())
_WORD = re.compile(r"[A-Za-z][\w'’-]*")


def title_line(words: str) -> bool:
    """A line in title case with no closing mark: a title or sub-headline, not a sentence."""
    words = words.strip()
    if not words or words[-1] in ".!?\"”’':;":
        return False
    found = _WORD.findall(words)
    capital = sum(1 for w in found if w[0].isupper())
    return capital >= 4 and all(w[0].isupper() or w.lower() in _TITLE_SMALL for w in found)


# "will send in a separate report", "we'll update", "Pool will follow up": the writer's plan
# for the mailing (a clause with no subject of its own, or the writer as subject).
_PLAN_VERB = (r"(?:send|update|follow|circulate|forward|share|pass|file|report\s+back|advise|"
              r"keep\s+you)\b")
# ("we will send" is left: a government's "We will send additional batteries" is its plan)
_WRITERS_PLAN = re.compile(r"(?:^|[;:]\s*)will\s+" + _PLAN_VERB + r"|\b(?:I|pool|"
                           r"your\s+pooler|the\s+pool)(?:\s+will|'ll|’ll)\s+" + _PLAN_VERB,
                           re.I)


def writers_plan(clause: str) -> str:
    """The clause without the writer's own plan for the mailing (from it to the sentence's
    end); the clause unchanged when it has none."""
    m = _WRITERS_PLAN.search(clause)
    return clause[: m.start()] if m else clause
