"""A strike told as a noun is a state's: "the overnight strikes in Iraq", "Toll from Jurf
al-Sakhar strike rises", "a second strike early on Saturday hit a site".

In reports "strike" without a weapon before it is what air forces and armies do; a militia's
launch is told as an attack, or as a "drone strike" or "rocket strike" (the weapon said, whose
it is left to the subject). The verb ("drones strike the base") is anyone's, and so is a
strike a militia claims ("the Houthis claimed a strike on a bulk carrier").
"""

from __future__ import annotations

import re

# the word before "strike(s)": a determiner or an adjective of time, order or side
_NOUN_BEFORE = re.compile(
    r"\b(?:the|a|an|this|that|these|those|its|their|overnight|night|dawn|early|latest|"
    r"second|third|first|further|new|fresh|separate|US|U\.S\.|American|Israeli|coalition|"
    r"retaliatory|weekend|morning|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day's)\s+$", re.I)
# a place name before it ("the Jurf al-Sakhar strike", "Nabatieh strike killed two"): a noun
# only when what follows is no object ("Lebanon strikes an army position" is a verb)
_NAME_BEFORE = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][\w-]+\s+$")
_NOT_OBJECT = re.compile(r"strikes?\s+(?:on|in|near|at|against|hit|killed|kills|rises|"
                         r"wounded|that|which|targeted|[,.;:])")
_THEIRS = re.compile(r"\b(?:drones?|UAVs?|UAS|missiles?|rockets?|mortars?|artillery|suicide|"
                     r"kamikaze|militias?|militants?|Houthis?|Hezbollah|Hamas|insurgents?|"
                     r"rebels?|resistance|claim\w*)\b", re.I)


_HURT = re.compile(r"[\w\s'’-]{0,30}?\b(?:were|was|had\s+been|have\s+been)\s+(?:\w+\s+)?"
                   r"(?:killed|wounded|injured|hurt)\s+(?:in|by)\b")


# our side hurt after it ("A strike hit Erbil air base, wounding three U.S. service members"):
# an attack on us, told as a strike
_OURS_HURT_AFTER = re.compile(r"[^.;]{0,120}?\b(?:wound|kill|injur)\w*\s+(?:\w+\s+){0,3}?"
                              r"(?:U\.S\.|US|American|coalition|Coalition|allied)(?!\w)")
# a walk-out, not a raid: "began a strike", "a general strike", "workers' strike"
_LABOUR = re.compile(r"\b(?:began|begin|begun|called|call|went\s+on|go\s+on|general|"
                     r"labou?r|workers?[’']?|hunger|sit-in)\s+(?:a\s+|an\s+|the\s+)?$", re.I)


def ours_hurt_after(text: str, at: int) -> bool:
    """Is our side told hurt by the action word at `at`, after it in its sentence?"""
    return _OURS_HURT_AFTER.match(text, at) is not None


def state_strike(text: str, clause_start: int, trigger_start: int) -> bool:
    """Does the action word at trigger_start read as the noun "strike(s)", with no weapon, no
    militia and no claim told before it in its clause, no walk-out, and none of our side hurt
    by it?"""
    if not text.startswith("strike", trigger_start):
        return False
    if _LABOUR.search(text, max(0, trigger_start - 30), trigger_start) or \
            ours_hurt_after(text, trigger_start):
        return False
    before = text[max(clause_start, trigger_start - 40):trigger_start]
    if _NOUN_BEFORE.search(before) is None and not (
            _NAME_BEFORE.search(before) and _NOT_OBJECT.match(text, trigger_start)):
        return False
    # (a militia's men killed in it are its victims: "six members of Kataib Hezbollah were
    # killed in the strike")
    return not any(_HURT.match(text, m.end(), trigger_start) is None for m in _THEIRS.finditer(
        text, max(clause_start, trigger_start - 160), trigger_start))
