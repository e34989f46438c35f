"""Casualty and capture words around a number: what befell the ones counted.

A toll ("nine were injured", "killing two"), the ones held ("detaining 31"), a part of a
toll already given ("three of them seriously") and injuries counted ("25 with concussions")
are told apart, so a figure keeps the report's own word for it.
"""

from __future__ import annotations

import re

# "2 million have been displaced": no noun, and the verb counts people moved or held, not
# the ones counted before.
MOVED_AFTER = re.compile(r"\s+(?:(?:were|was|have\s+been|has\s+been|had\s+been)\s+)"
                          r"(displaced|evacuated|detained|arrested|rescued|abducted|kidnapped)\b",
                          re.I)
# "nine were injured": no noun, the verb after the number says what was counted.
TOLL_AFTER = re.compile(r"\s+(?:(?:were|was|have\s+been|had\s+been)\s+)(kill|wound|injur)ed\b",
                         re.I)
# A bare participle as the unit ("19 injured", "four dead") is a toll, kept in the report's
# own word: "injured" and "wounded" are not always used alike (a relief update counts the
# injured, a military release its wounded), and the reader checks the figure against the text.
TOLL_UNITS = {"injured": "injured", "hurt": "injured", "wounded": "wounded", "dead": "dead",
               "killed": "killed"}
TOLL_VERB = re.compile(r"\b(kill(?:ed|ing)|wound(?:ed|ing)|injur(?:ed|ing))\s+$", re.I)
# "killing nine militants and detaining 31": a bare number after a verb of capture counts
# the ones held, not the noun counted before it.
HELD_VERB = re.compile(r"\b(detain|arrest|captur)(?:ed|ing)\s+$", re.I)
# "six fighters killed and 19 detained": a tally by fate, the participle after the noun and
# a second count with its own; the first counts the killed, not all the fighters.
FATE_AFTER = re.compile(r"\s+(killed|wounded|injured|detained|arrested|captured),?\s+and\s+"
                         r"(?:\d[\d,]*|[a-z]+)\s+(?:others\s+)?(?:killed|wounded|injured|"
                         r"detained|arrested|captured)\b")
HELD_WORDS = {"detain": "detained", "arrest": "arrested", "captur": "captured"}
# "66 were hurt, 25 of them with traumatic brain injuries", "three diagnosed with
# concussions": a number with no noun of its own counts the injuries it is said to have.
WITH_INJURIES = re.compile(r"(?:\s+of\s+(?:them|those|whom))?,?\s+(?:(?:were|was)\s+)?"
                            r"(?:(?:diagnosed|treated|suffering|evacuated|hospitali[sz]ed)\s+)?"
                            r"with\s+((?:[a-z-]+\s+){0,3}?(?:injuries|wounds|concussions|"
                            r"burns|fractures))\b")
NOT_ONE_OF = frozenset("she one man woman child person".split())  # (no plural by "-s")
INJURY_UNIT = re.compile(r"(?:injuries|wounds|concussions|burns|fractures)$")
# "the drone was one of two launched at the base": the bare number counts the subject's kind.
ONE_OF = re.compile(r"\b([a-z]{3,}?)s?\s+(?:was|is|had\s+been|has\s+been)\s+"
                     r"(?:only\s+)?one\s+of\s+(?:the\s+)?$")
OF_THEM = re.compile(r"\s+of\s+(?:them|those|whom)\b")
NOUN_BEFORE_COMMA = re.compile(r"\b([a-z][a-z-]{2,}s|personnel|people|staff),\s*$")
# "16 were wounded, three of them seriously", "two of the dead were children": part of a toll
# already given, not a count of its own.
TOLL_WORD = re.compile(r"\b(?:kill|wound|injur|hurt|dead|died|casualt)", re.I)
OF_CASUALTIES = re.compile(r"\s+of\s+(?:the|those)\s+(?:[a-z-]+\s+)?(?:dead|wounded|injured|"
                            r"killed|casualties|victims|fatalities)\b")
# "the dead included two drone experts", "among the wounded were three children": a part of
# a toll, not a count of its own.
AMONG_CASUALTIES = re.compile(r"\b(?:(?:dead|killed|wounded|injured|casualties|victims)\s+"
                               r"(?:included|include|includes)|among\s+(?:the\s+)?(?:dead|"
                               r"killed|wounded|injured|casualties|victims)\s+(?:were|was|are|is))"
                               r"\s+$", re.I)
# Casualty shorthand of tables and sitreps ("2 US WIA", "1 KIA"): a toll, which the events
# carry, never a figure.
CASUALTY_CODES = frozenset({"wia", "kia", "mia", "dow"})
# "Total injured: 4 (two soldiers, ...)": a label naming the toll before its number; the
# bracket after it breaks the toll down and lends the number no noun.
_TOLL_LABEL = re.compile(r"\b(?:[Tt]otal\s+)?([Ii]njured|[Ww]ounded|[Kk]illed|[Hh]urt|[Dd]ead)"
                         r"[^\S\n]*:[^\S\n]*$")
PART = "\0part"  # the unit of such a part, and of the numbers that borrow from it


def toll_word(verb: str) -> str:
    """'injuring' -> 'injured', 'killed' -> 'killed': the toll in the report's own word."""
    stem = verb.lower()[:4]
    return {"kill": "killed", "woun": "wounded"}.get(stem, "injured")


def toll_label(text: str, start: int, sent_start: int) -> str:
    """The toll a label just before the number at start names ("Total injured: 4"), or ''."""
    label = _TOLL_LABEL.search(text, max(sent_start, start - 24), start)
    if not label or text[sent_start:label.start()].strip() and \
            text[label.start() - 1:label.start()] != "\n":
        return ""  # (a label opens its sentence or line: "had been hurt: two from ...", a
        # verb's colon, lists who they were)
    return TOLL_UNITS[label.group(1).lower()]
