"""Happenings named, not told: a move of "any" ("before the transfer of any installation"),
the origin of weapons already told ("the UAS were launched from X")."""

from __future__ import annotations

import regex

# A report's or a bill's requirement names a kind of move to come, not one made: "not later
# than 15 days before the transfer of any installation", "prior to the withdrawal of any
# forces". A move noun whose object is "any ..." (or "no ...") counts no happening, and the
# deadline around it dates none.
_OF_ANY = regex.compile(r"\s++of\s++(?:any|no)\b", regex.I)
_BEFORE_THE = regex.compile(
    r"\b(?:before|prior\s++to|ahead\s++of|in\s++advance\s++of)\s++"
    r"(?:the\s++|a\s++|any\s++)?+$",
    regex.I,
)


def move_of_any(text: str, sent_start: int, t_start: int) -> bool:
    """Is the move noun at t_start one of "any" ("the transfer of any installation") or
    the deadline of a notice ("notify ... 15 days before the transfer")?"""
    end = t_start
    n = len(text)
    while end < n and (text[end].isalpha() or text[end] in "-"):
        end += 1  # past the move word ("transfer", "hand-over", "withdrawal")
    if _OF_ANY.match(text, end, min(n, end + 12)):
        return True
    return (
        _BEFORE_THE.search(text, max(sent_start, t_start - 24), t_start) is not None
        and "notif" in text[sent_start:t_start].lower()
    )


# "assessed that the UAS were launched from the Makhmour area", "the drones had been launched
# from Iraq": the weapons named with "the" are those of an attack already told; where they
# came from is its origin, no second attack
_THE_WEAPONS_LAUNCHED = regex.compile(
    r"\b(?:the|these|those)\s++(?:[\w-]++\s++){0,3}?(?:drones?|UAVs?|UAS|missiles?|rockets?|"
    r"projectiles?)\s++(?:were|was|had\s++been|have\s++been)\s++$",
    regex.I,
)


def origin_of_told(text: str, sent_start: int, t_start: int) -> bool:
    """Is "launched from" at t_start the origin of weapons already told ("the UAS were")?"""
    if not text.startswith("launched from", t_start):
        return False
    return _THE_WEAPONS_LAUNCHED.search(text, max(sent_start, t_start - 70), t_start) is not None
