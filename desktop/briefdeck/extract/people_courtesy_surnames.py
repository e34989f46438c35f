"""A person met by a courtesy title and surname only ("Ms. Ellison", "Mr Roe"), named in full
before: an obituary's headline, a list or an earlier paragraph gave "Margaret Ellison", and the
text shortens her after. The analyst wants the full name, not "Ellison" beside it.

Only a surname no one else in the text bears with another given name: "Mrs. Roe" after "John
Roe" and "Mary Roe" may be either (or neither), so the surname stays as written."""

from __future__ import annotations

import re

from briefdeck.extract.person_name_words import FIRST
from briefdeck.extract.person_not_names import NOT_FIRST

# The courtesy titles that carry no office: the name after them is all a reader has.
_COURTESY = re.compile(r"(?:Mr|Mrs|Ms|Miss|Mx)\.?")
_REACH = 20_000  # characters: a person is named in full within a few pages before


def courtesy_full_name(text: str, title: str, surname: str, at: int) -> tuple[int, int] | None:
    """The span of the one full name ("Margaret Ellison") whose surname a courtesy-titled
    mention at `at` ("Ms. Ellison") shortens, written before it; None when there is none or
    more than one given name goes with the surname."""
    surname = surname.removesuffix("'s").removesuffix("’s")  # ("Ms. Roe's granddaughter")
    if (
        " " in surname
        or not _COURTESY.fullmatch(title)
        or surname not in text[max(0, at - _REACH) : at]
    ):
        return None
    full = re.compile(
        rf"(?<![\w.'’-])(?:{FIRST}[ \t]+(?={FIRST}[ \t]))?(?P<first>{FIRST})\s+"
        rf"(?:[A-Z]\.\s+)?{re.escape(surname)}"
        r"(?![\w'’-])"
    )
    spans = [
        (m.start(), m.end(), m.group("first"))
        for m in full.finditer(text, max(0, at - _REACH), at)
        if m.group("first") not in NOT_FIRST
    ]
    if not spans or len({first for _s, _e, first in spans}) > 1:
        return None
    return spans[0][0], spans[0][1]
