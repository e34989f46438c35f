"""A full stop that ends no sentence: after "U.S.", "Maj. Gen.", "Mar. 11", "1 a.m.", or a
rank or title before a name ("Spc. Caleb ...", "Fr. ...": enlisted ranks and clergy too)."""

from __future__ import annotations

import re

from briefdeck.extract.abbreviated_words import MONTHS, TITLES

# Initials ("U.S.", "a.m."), ranks, titles and months (one list with extract's sentences), and
# a few shortened words a key point meets ("No. 1", "est. 12 km", "(para. 4)"). ("Cdr." is
# still a key point's alone: the splitter that ran on past it would title a speaker "Cdr., a
# spokesman for ...".)
ABBREVIATION = re.compile(
    r"(?:\b(?:[A-Za-z]\.){1,3}|\b(?:" + "|".join((*TITLES, *MONTHS))
    + r"|Cdr|No|approx|vs|etc|est|paras?)\.)$"
)


_MONTHS = frozenset(MONTHS)  # (a three-letter "said[:3]" is looked up: "Sept" never matches)
_DAY_BEFORE = re.compile(r"\b\d{1,2}\s$")  # "1 " before "Nov."
_LOWER_INITIALS = re.compile(r"(?:[a-z]\.){2,3}$")  # "a.m.", "p.m.", "e.g."


def _capital_next(text: str, stop: int) -> bool:
    """Does a word in capitals follow the stop, past spaces and a line break?"""
    nxt = text[stop + 1:stop + 40].lstrip()[:1]
    return nxt.isupper()


def abbreviated(text: str, stop: int) -> bool:
    """Whether the full stop at text[stop] closes an abbreviation, not a sentence ("after 1
    a.m. We ..." does end one: a capital after lower-case initials starts the next)."""
    m = ABBREVIATION.search(text, max(0, stop - 12), stop + 1) if text[stop:stop + 1] == "." \
        else None
    if m is None:
        return False
    after = text[stop + 1:stop + 3].lstrip()[:1]
    said = m.group().lstrip()
    if said in ("est.", "para.", "paras."):
        # a log's "est. 12 km out", a statement's "(para. 4)": a number or a word runs on
        return after.isdigit() or after.islower()
    if said in ("No.", "Rev."):
        # "No. 1 Squadron", "Rev. 0 of this alert"; but "he said No. Four drones ..."
        return after.isdigit()
    if len(said) == 2 and said[0].isupper():
        return False  # one capital: "Checkpoint C. Three rockets" ends there
    day_at = stop - len(said) + 1  # (where the month's name starts)
    if said[:3] in _MONTHS and _capital_next(text, stop) and \
            _DAY_BEFORE.search(text, max(0, day_at - 5), day_at):
        return False  # "since 1 Nov. Next ...": a day's date ends the sentence ("Nov. 5" not)
    return not (after.isupper() and _LOWER_INITIALS.search(text, max(0, stop - 8), stop + 1))
