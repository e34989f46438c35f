"""Which counts of people are a force level: troops or forces deployed or based somewhere
("about 2,500 U.S. troops are in Iraq", "the 5,200 personnel at the base"), not a count of
people in an incident: a muster's headcount ("146 personnel accounted for at the shelter"),
staff moved out ("38 non-essential personnel relocated"), people evacuated or hurt. An HSE
alert or a site report counts its people that way, and a slide that says "Force level: 146
personnel" of them tells the analyst a wrong fact.
"""

from __future__ import annotations

import re

# What an incident does with the people it counts, said of the count itself: right after it
# ("146 personnel accounted for", "38 non-essential personnel were relocated") or just
# before it ("muster complete: 146", "a headcount of 146", "evacuated 38 contractors"). A ship's
# complement ("2,500 troops are aboard") or another clause's evacuation is no incident's count.
# The words naming whom the count counts ("38 U.S. personnel"): a dotted "U.S." is one word.
_COUNTED = r"(?:\s+(?:(?:[A-Z]\.){2,}|[\w'-]+)){0,3}?"
_INCIDENT_AFTER = re.compile(
    _COUNTED + r"\s+(?:(?:were|was|have\s+been|had\s+been|are|being)\s+)?(?:\w+ly\s+)?"
    r"(?:muster(?:ed|ing)|accounted\s+for|evacuat\w+|relocat\w+|sheltered|sheltering)\b",
    re.I)
_INCIDENT_BEFORE = re.compile(
    r"\b(?:muster(?:ed|ing|s)?|head\s?counts?|accounted\s+for|roll\s+calls?|evacuat\w+|"
    r"relocat\w+|sheltered|sheltering|shelter-in-place)\b[\s:,-]*(?:(?:of|at|was|were|"
    r"complete|completed|total|all|some|about|nearly|around)[\s:,-]+){0,2}$", re.I)
_NOT_ESSENTIAL = re.compile(r"\s+non-?essential\b", re.I)
# ... and what befell them, said of the count ("110 service members were diagnosed with brain
# injuries", "12 soldiers killed", "killed nearly 300 soldiers"): a casualty word of another
# clause ("troops remain in Iraq, where attacks have injured dozens") is not theirs.
_HURT_AFTER = re.compile(_COUNTED + r"\s+(?:(?:were|was|have\s+been|had\s+been|are|remain|"
                         r"remained)\s+)?(?:\w+ly\s+)?(?:injur\w+|wounded|hurt|killed|dead|missing|rescued|"
                         r"treated|diagnosed)\b", re.I)
_KILLED_BEFORE = re.compile(r"\b(?:killed|killing|wounded|wounding|injured|injuring)\s+"
                            r"(?:[\w-]+\s+){0,2}$", re.I)
_REACH = 40  # characters before the count a word governing it may stand in


def counts_a_force(text: str, start: int, end: int) -> bool:
    """Is the count of people at text[start:end] a force's size rather than an incident's
    headcount, evacuees or casualties?"""
    before = text[max(0, start - _REACH):start]
    return not (_INCIDENT_AFTER.match(text, end) or _HURT_AFTER.match(text, end) or
                _INCIDENT_BEFORE.search(before) or _KILLED_BEFORE.search(before) or
                _NOT_ESSENTIAL.match(text, end))
