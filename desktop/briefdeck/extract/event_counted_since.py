"""Happenings counted over a period ("have conducted 11 attacks since Feb. 9", "at least three
ships had been attacked since Dec. 1", "a month in which drone strikes wounded ..."): a tally,
none of them dated by the period's start, nor by the day the story was told."""

from __future__ import annotations

import re

from briefdeck.extract.dates import DateMention

_PERFECT = re.compile(r"\b(?:have|has|had)\s+(?:[\w-]+\s+){0,3}$")
# "has recorded 11 targeted killings since 1 January": many happenings counted, none of them
# dated by the period's start
_COUNTED = re.compile(r"\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                      r"twelve|dozens\s+of|scores\s+of|hundreds\s+of)\s+(?:[\w-]+\s+)?$",
                      re.I)


# "have intercepted 46 drones since January 1": the count just after the action word, of
# weapons or attacks (not of people: "has killed 24 since Tuesday" is a toll from that day)
_COUNTED_AFTER = re.compile(r"[a-z]*\s+(?:more\s+than\s+|at\s+least\s+|about\s+|some\s+|nearly\s+)?"
                            r"(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                            r"twelve|dozens\s+of|scores\s+of|hundreds\s+of)\s+(?:[\w-]+\s+)?"
                            r"(?:drones?|rockets?|missiles?|projectiles?|shells?|UAVs?|attacks?|"
                            r"strikes?|raids?|operations?|launches|sorties)\b", re.I)


# "eleven UAS and two rockets have been launched at the sites since 1 NOV", "how many rockets
# have been fired since 1 NOV": weapons counted (or asked about) before a perfect verb
_COUNTED_BEFORE = re.compile(
    r"\b(?:how\s+many|\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"dozens\s+of|scores\s+of)\s+(?:[\w-]+\s+){0,3}?(?:UAS|UAVs?|drones?|rockets?|"
    r"missiles?|projectiles?|shells?|attacks?|strikes?)\b", re.I)


# "at least three merchant ships had been attacked since Dec. 1": the things hit counted, the
# subject of a perfect passive (each was hit on a day of its own)
_TARGETS_COUNTED = re.compile(
    r"\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens\s+of|"
    r"scores\s+of)\s+(?:[\w-]+\s+){0,2}?[a-z]+s\s+(?:have|has|had)\s+(?:also\s+)?been\s+$",
    re.I)


# "after a month in which drone strikes wounded troops": the happenings of a span summed up
_SPAN_IN_WHICH = re.compile(r"\b(?:a|the|one)\s+(?:[\w-]+\s+)?(?:week|month|year|fortnight)\s+"
                            r"(?:in\s+which|when)\s+(?:[\w-]+\s+){0,3}$", re.I)


def counted_since(text: str, c_start: int, t_start: int, c_end: int,
                  named: list[DateMention]) -> bool:
    """"have conducted 11 attacks since Feb. 9, injuring nine", "have intercepted 46 drones
    since January 1": happenings counted over a period, a tally and none of them; nor is its
    toll any one happening's."""
    if _SPAN_IN_WHICH.search(text, max(0, c_start - 40), t_start):
        return True
    if not any(c_start <= d.start < c_end and d.text.lower().startswith("since") for d in named):
        return False
    perfect = _PERFECT.search(text, max(c_start, t_start - 40), t_start) is not None
    # ("eleven UAS and two rockets have been launched since 1 NOV": the weapons counted
    # before the verb)
    return _COUNTED.search(text, max(c_start, t_start - 30), t_start) is not None or (
        perfect and _COUNTED_AFTER.match(text, t_start) is not None) or (
        perfect and _weapons_counted_before(text, t_start)) or (
        _TARGETS_COUNTED.search(text, max(c_start, t_start - 60), t_start) is not None)


def _weapons_counted_before(text: str, t_start: int) -> bool:
    """Weapons counted in the words just before the verb, in the same clause or the clause
    its subject began in ("how many UAS and rockets have been launched": "and" cuts the
    clause, not the count); no stop, semicolon or colon between."""
    last = None
    for m in _COUNTED_BEFORE.finditer(text, max(0, t_start - 120), t_start):
        last = m
    return last is not None and not any(ch in ".;:!?" for ch in text[last.end():t_start])
