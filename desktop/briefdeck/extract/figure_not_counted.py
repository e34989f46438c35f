"""Numbers written where nothing is counted (a slashed date, a unit named by number), kept apart."""

from __future__ import annotations

import re

from briefdeck.extract.figure_housekeeping import about_itself
from briefdeck.extract.figure_ratings import is_rating
from briefdeck.extract.numbers import Quantity
from briefdeck.extract.sentences import Sentence

_SLASHED_AFTER = re.compile(r"/\d")
_SLASHED_BEFORE = re.compile(r"\d/$")
_NAMED_FORCE = re.compile(r"(?:\s+and\s+\d{2,3})?\s+(?:Forces\b|forces\s+together\b|"
                          r"forces(?=\s+(?:units?|commands?)\b))")
_NAMED_FORCE_PAIR = re.compile(r"\bthe\s+\d{2,3}\s+and\s+$", re.I)
_USE_NUMBER = re.compile(r"(?:^|[—–:;(]\s*|\s-\s)use\s+\**$")
# "a word about our two", "their three were never counted": a possessive before a bare number
# points back to a group already told, no new count
_OWNED_BEFORE = re.compile(r"\b(?:our|their|my|your)\s+$", re.I)
# "It hit a house four streets from ours", "two blocks away": how near, counted in streets
_STREETS_AWAY = re.compile(r"\s+(?:streets|blocks|doors|houses)\s+(?:away|from|down|over)\b")


def number_not_counted(text: str, q: Quantity, sent: Sentence, unit: str) -> bool:
    """Whether the number q, its unit read so far, counts nothing (the figure loop skips it)."""
    if q.text.isdigit() and (_SLASHED_AFTER.match(text, q.end) or
                             _SLASHED_BEFORE.search(text, max(0, q.start - 3), q.start)):
        return True  # "on 27/11 until 16:00": a day and month written with a slash, or a
        # share ("3/4"): no count (a bare one would borrow the noun before it)
    if q.text.isdigit() and _NAMED_FORCE.match(text, q.end) and (
            text[q.start - 4:q.start].lower() == "the " or
            _NAMED_FORCE_PAIR.search(text, max(0, q.start - 12), q.start)):
        return True  # "the 70 Forces", "the 70 and 80 forces": the Peshmerga's units,
        # named by number, not a count of forces
    if not unit and _USE_NUMBER.search(text, max(sent.start, q.start - 8), q.start):
        return True  # "— use 8, see ...": a note's instruction to take a count told
        # before, not a new one (and no noun of its own to borrow)
    if not unit and not q.money and not q.percent and \
            _OWNED_BEFORE.search(text, max(sent.start, q.start - 7), q.start):
        return True  # "nobody has said a word about our two": the ones told before
    if unit in ("streets", "blocks", "doors", "houses") and _STREETS_AWAY.match(text, q.end):
        return True  # "four streets from ours": a distance told in streets, no tally
    return is_rating(text, q) or about_itself(text, q)  # "16 HIGH"; "2 references", dues
