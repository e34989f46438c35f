"""The lettered or numbered items of a report: each tells an incident of its own.

A sitrep lists its incidents as items ("a. 151930C NOV – Ain al-Asad Air Base. Two drones
...", "b. ... Three rockets launched towards AAAB ..."). A later item may be drafted without a
place of its own and be read as more of an earlier one the same day, but what it fired is its
own: an event does not take the weapons of another item. A bare numbered heading ("1.
SUMMARY") opens no item (the summary under it tells of every item).

An item headed by its time stamp and a place ("b. 152245C NOV 23 – al-Baghdadi.") says where
it happened: its attack is there, even when the body names the base the rockets were aimed at
("launched towards AAAB ... fell short"), so it is not read as more of the item on that base.
"""

from __future__ import annotations

import re

# "a. ", "b) ", "(c) ", "2. ", "(3) " opening a line, with words after it
_MARK = re.compile(r"[ \t]*(?:\((?:[a-z]|\d{1,2})\)|(?:[a-z]|\d{1,2})[.)])[ \t]+(?=\S)")


# an item's heading up to its place: letter, time stamp ("152245C NOV 23", "15 NOV"), dash
_HEADED = re.compile(r"[ \t]*(?:\((?:[a-z]|\d{1,2})\)|(?:[a-z]|\d{1,2})[.)])[ \t]+"
                     r"(?:\d{6}[A-Z]?(?:[ \t]+[A-Z][A-Za-z]{2}[ \t]+\d{2,4})?|"
                     r"\d{1,2}[ \t]+[A-Z][A-Za-z]{2,8}(?:[ \t]+\d{2,4})?)[ \t]*[–—-][ \t]*|"
                     # an intelligence summary's paragraph under an area ("1.3 Erbil
                     # International Airport. On 28 Nov, two rockets ..."): its number, then
                     # the place it is about
                     r"[ \t]*\d{1,2}\.\d{1,2}[ \t]+")


def heading_place(text: str, start: int, told):
    """The place heading the item the sentence at start is in ("b. 152245C NOV 23 –
    al-Baghdadi."), or None: the place the sentence before named (told.last), when it opens
    the item's heading; kept in told.heading for the item's later sentences."""
    line = text.rfind("\n", 0, start) + 1
    if told.heading is not None and told.heading[1] == line:
        return told.heading[0]
    m = _HEADED.match(text, line, start)
    last = told.last[0] if told.last is not None else None
    if m is None or last is None or last.start != m.end() or last.end >= start:
        return None
    told.heading = (last, line)
    return last


def item_at(text: str, start: int) -> int:
    """Where the item the sentence at start is in opens (its line's start), or -1: its line
    opens with an item's letter or number and tells something in words (a lower-case letter),
    not only a heading. (A stamp inside an item, "UPDATE 160430C: ...", stays in it.)"""
    line = text.rfind("\n", 0, start) + 1
    m = _MARK.match(text, line, min(start + 4, len(text)))
    if m is None:
        return -1
    end = text.find("\n", line)
    return line if any(c.islower() for c in text[m.end():end if end >= 0 else len(text)]) \
        else -1
