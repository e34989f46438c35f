"""Which counts of people are a force level: troops or forces deployed or based somewhere
("about 2,500 U.S. troops are in Iraq", "the 5,200 personnel at the base"), not a count of
people in an incident: a muster's headcount ("146 personnel accounted for at the shelter"),
staff moved out ("38 non-essential personnel relocated"), people evacuated or hurt. An HSE
alert or a site report counts its people that way, and a slide that says "Force level: 146
personnel" of them tells the analyst a wrong fact.
"""

from __future__ import annotations

import re

# What an incident does with the people it counts, said close to the count in its sentence
# ("muster complete: 146 personnel accounted for", "38 non-essential personnel relocated").
_INCIDENT_COUNT = re.compile(
    r"\b(?:muster(?:ed|ing|s)?|head\s?counts?|accounted\s+for|roll\s+calls?|evacuat\w+|"
    r"relocat\w+|sheltered|sheltering|shelter-in-place|aboard|on\s+board|non-?essential)\b",
    re.I)
# ... and what befell them, said after the count ("110 service members were diagnosed with
# brain injuries", "killed nearly 300 soldiers"): before it, a casualty word is another
# clause's ("lost 100 men killed and wounded, and about 11,000 soldiers remain").
_HURT_AFTER = re.compile(r"\b(?:injur\w+|wounded|hurt|killed|dead|missing|rescued|treated|"
                         r"diagnosed)\b", re.I)
_KILLED_BEFORE = re.compile(r"\b(?:killed|killing|wounded|wounding|injured|injuring)\s+"
                            r"(?:[\w-]+\s+){0,2}$", re.I)
_REACH = 60  # characters either side of the count, inside its sentence
_STOP = re.compile(r"[.!?;:]\s")


def counts_a_force(text: str, start: int, end: int) -> bool:
    """Is the count of people at text[start:end] a force's size rather than an incident's
    headcount, evacuees or casualties?"""
    lo, hi = max(0, start - _REACH), min(len(text), end + _REACH)
    stops = [m.end() for m in _STOP.finditer(text, lo, start)]
    lo = stops[-1] if stops else lo
    stop = _STOP.search(text, end, hi)
    hi = stop.start() if stop else hi
    return not (_INCIDENT_COUNT.search(text, lo, hi) or _HURT_AFTER.search(text, end, hi) or
                _KILLED_BEFORE.search(text, lo, start))
