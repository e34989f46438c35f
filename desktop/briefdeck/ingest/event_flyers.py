"""An event flyer's service lines: the box under its title that gives the day, the place and
the times ("Saturday, December 19, 2026 · City Park" over "Check-in 7:00 a.m. · Start 8:00
a.m."), and the list under its "REGISTER" heading (fees, the sign-up address, packet pickup,
T-shirt and eligibility rules).

They tell a reader how to take part: their fees, weights, ages and days are no figures or
events of the story the flyer tells (a charity run's "20 lb" ruck is not a weapon's load).
"""

from __future__ import annotations

import re

from briefdeck.ingest.full_dates import FULL_DATE
from briefdeck.ingest.line_kinds import ArticleLine, is_prose

_CLOCK = re.compile(r"\b\d{1,2}(?::\d{2})?\s?[ap]\.?m\b\.?", re.IGNORECASE)
_WEEKDAY = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.IGNORECASE)
_BOX_LINES = 4  # the lines of times under the box's date line
_BOX_WORDS = 20
_BOX_TOP = 12  # the box sits under the flyer's title

# "REGISTER", "Registration", "How to sign up", "Tickets": the heading of the sign-up list.
_REGISTER = re.compile(
    r"^(?:register|registration|how to (?:register|sign up|enter|take part|join in)|sign[- ]?up|"
    r"entry|entries|tickets|get involved)(?: (?:now|today|here|online|details|information|"
    r"info))?\s*[:!]?$",
    re.IGNORECASE,
)
# What an item of that list gives: a price, an address to sign up at, a day or a time.
_SIGN_UP = re.compile(
    r"[$€£]\s?\d|\b(?:free|fee|fees|register|registration|sign up|online)\b|"
    r"\b[\w-]+\.(?:com|org|net|example|us|uk)(?:/\S*)?",
    re.IGNORECASE,
)
_REPORTING = re.compile(
    r"\b(?:killed|dead|died|wounded|injured|casualties|attack(?:ed|s)?|said|says|told|"
    r"reported|according)\b",
    re.IGNORECASE,
)
_LIST_LINES = 12
_ITEM_WORDS = 30


def has_times(text: str) -> bool:
    """A cheap test: the text gives a clock time the way a flyer writes it."""
    return "a.m." in text or "p.m." in text or " am " in text or " pm " in text


def flag_event_box(lines: list[ArticleLine], flags: dict[int, str]) -> None:
    """Near the top: the short lines of times under a line giving the event's day (a weekday
    and a full date, alone or with its place: a flyer's box), none of them reporting."""
    for i in range(min(_BOX_TOP, len(lines))):
        line = lines[i]
        if line.words > 14 or not (_WEEKDAY.search(line.text) and FULL_DATE.search(line.text)):
            continue
        if is_prose(line.text, line.words):
            return  # a sentence of the story that dates something: no box
        for j in range(i + 1, min(i + 1 + _BOX_LINES, len(lines))):
            below = lines[j]
            if (
                below.words > _BOX_WORDS
                or not _CLOCK.search(below.text)
                or _REPORTING.search(below.text)
            ):
                break
            flags.setdefault(j, "event details")
        return


def flag_sign_up_list(lines: list[ArticleLine], flags: dict[int, str]) -> None:
    """Under a "REGISTER" heading: the short lines down to the next heading or paragraph of
    reporting, when one of them gives a price or an address to sign up at."""
    for i, line in enumerate(lines):
        if line.words > 4 or not _REGISTER.match(line.text):
            continue
        items: list[int] = []
        for j in range(i + 1, min(i + 1 + _LIST_LINES, len(lines))):
            item = lines[j]
            if j in flags:
                if _heading(item):
                    break  # the next block's heading ("THANK YOU TO OUR SPONSORS")
                continue  # a line the table took (an address, a place-holder) keeps its kind
            if item.words > _ITEM_WORDS or _REPORTING.search(item.text):
                break
            if _heading(item):
                break  # the next heading
            items.append(j)
        if items and any(_SIGN_UP.search(lines[j].text) for j in items):
            flags.update(dict.fromkeys(items, "event details"))
            if i not in flags:
                flags[i] = "event details"


def _heading(line: ArticleLine) -> bool:
    """A short line of words with no sentence's end: a heading ("[QR CODE]" is none)."""
    return line.words <= 6 and line.text[:1].isalpha() and line.text[-1:] not in ".:"
