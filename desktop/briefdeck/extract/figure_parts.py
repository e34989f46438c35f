"""A count that is part of another: "two of them", "two of the wounded", "21 others".

A part of a toll just given ("wounded, three of them seriously") is the event's, not a new
count; "180 of whom" counts the noun named before the comma; "two of them" the noun counted
just before (people, not their injuries); "25 of them with traumatic brain injuries" counts
the injuries; "38 drones while 21 others" counts more of the same.
"""

from __future__ import annotations

import re

from briefdeck.extract.figure_tolls import (
    AMONG_CASUALTIES,
    INJURY_UNIT,
    NOUN_BEFORE_COMMA,
    OF_CASUALTIES,
    OF_THEM,
    PART,
    TOLL_WORD,
    WITH_INJURIES,
)
from briefdeck.extract.numbers import Quantity
from briefdeck.extract.sentences import Sentence

# "five had been treated, three of them for traumatic brain injuries": a part of one toll told
# by its injury, as "two of them with concussions" is (the word "treated" is no toll word).
_FOR_INJURIES = re.compile(r",?\s+for\s+(?:[a-z-]+\s+){0,3}?(?:injuries|wounds|concussions|"
                           r"burns|fractures)\b")


# "... had been wounded, two of the Americans seriously": the part of the toll told by its
# condition, the group named instead of "them".
_OF_GROUP_BY_CONDITION = re.compile(r"\s+of\s+(?:the|those)\s+(?:[A-Za-z][\w.-]*\s+){1,2}?"
                                    r"(?:seriously|critically|severely|badly|gravely|lightly|"
                                    r"slightly)\b")


def counted_part(text: str, q: Quantity, sent: Sentence, unit: str, phrase: str,
                 rows: list[list], last_unit: str, last_counted: str) -> tuple[str, str]:
    """The unit and phrase of q when it counts a part of what was counted before (PART: a
    part of a toll); unit and phrase unchanged otherwise."""
    of_them = OF_THEM.match(text, q.end, sent.end)
    # (a part of one attack's toll, "five hurt, two of them with concussions", is
    # the event's; a part of a campaign's tally, "25 of them with ...", is a figure)
    injuries = WITH_INJURIES.match(text, q.end, sent.end) \
        if (q.value >= 10 if of_them else not unit) and not q.money and \
        not q.percent else None
    if injuries:  # "25 of them with traumatic brain injuries"
        unit, phrase = " ".join(injuries.group(1).split()), ""
    elif of_them:
        if TOLL_WORD.search(text, max(sent.start, q.start - 80), q.start) or \
                q.value < 10 and _FOR_INJURIES.match(text, of_them.end(), sent.end):
            unit = PART  # "wounded, three of them seriously"
        elif named := NOUN_BEFORE_COMMA.search(text, max(sent.start, q.start - 30),
                                                q.start):
            unit = named.group(1)  # "Iraqi instructors, 180 of whom ...": that noun
        else:  # "seven batteries, and two of them": the noun counted just before
            unit = rows[-1][1] if rows and rows[-1][1] and \
                not INJURY_UNIT.search(rows[-1][1]) else last_unit
            if INJURY_UNIT.search(unit) and not of_them.group(0).endswith("those"):
                # ("two of them": people, not injuries; "27 of those TBIs" are injuries)
                unit = last_counted
        phrase = ""
    elif OF_CASUALTIES.match(text, q.end, sent.end) or AMONG_CASUALTIES.search(
            text, max(sent.start, q.start - 40), q.start) or (
            _OF_GROUP_BY_CONDITION.match(text, q.end, sent.end) and
            TOLL_WORD.search(text, max(sent.start, q.start - 40), q.start)):
        unit, phrase = PART, ""  # "two of the wounded were children", "two of the Americans
        # seriously"
    elif unit == "others" and rows and rows[-1][1] and rows[-1][1] != PART and \
            not TOLL_WORD.search(text, sent.start, sent.end):
        unit, phrase = rows[-1][1], ""  # "shot down 38 drones while 21 others ..."
    return unit, phrase
