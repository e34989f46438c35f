"""The wounded half of one attack's toll: "one guard was killed and two others wounded",
"killing two crew members and wounding three", "the toll to one dead and two wounded".

A count whose only noun is the toll word (or "others") right after a count of the killed is
the rest of that incident's toll, which the event carries; as a figure it reads "2 others" or
"2 wounded", which says nothing on a slide. A large or hedged toll ("63 wounded", "at least
nine killed and eight wounded") and a toll summed over a period or many incidents ("since
November", "across all incidents") are figures of their own and stay.
"""

from __future__ import annotations

import re

from briefdeck.extract.numbers import Quantity
from briefdeck.extract.sentences import Sentence

# The bare nouns of such a count: the toll word itself, or the "others" of a toll.
_BARE = frozenset({"others", "wounded", "injured", "hurt"})
# A killed count, then within the clause "and" or a comma, an optional verb of wounding, and
# the count ("killed and two", "killing one and wounding two", "one dead, two").
_KILLED_THEN = re.compile(
    r"\b(?:killed|killing|dead|died|martyred)\b[^.;:\n]{0,70}?"
    r"(?:,\s*|\s+and\s+)(?:(?:wound|injur)(?:ed|ing)\s+)?$",
    re.I,
)
# A hedge on the count or the killed count before it.
_HEDGED = re.compile(
    r"\b(?:at\s+least|more\s+than|over|about|around|some|nearly|almost|up\s+to)"
    r"\s",
    re.I,
)
# A toll summed over a stretch of time or several incidents.
_SUMMED = re.compile(
    r"\b(?:since|across|so\s+far|to\s+date|in\s+total|period|cumulative|"
    r"overall|altogether|between)\b",
    re.I,
)
# "two others, one from each country, were injured": the toll word closes the others' clause.
_OTHERS_HURT = re.compile(r"\s+others\b[^.;:\n]{0,80}?\b(?:wounded|injured|hurt)\b", re.I)
# A tally written as a pair, "2 dockers killed, 7 hurt", "4 killed, 9 wounded": both halves
# are told alike, as counts, and both stay.
_PAIR = re.compile(
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:killed|dead),\s*$",
    re.I,
)
_HANDFUL = 10  # (a single attack's toll in the corpus of wires and releases is a handful)


def toll_remainder(text: str, q: Quantity, sent: Sentence, unit: str) -> bool:
    """Is q the wounded rest of a small toll told with its killed count?"""
    if q.qualifier != "exact" or q.value >= _HANDFUL or q.money:
        return False
    if unit not in _BARE:
        return False
    if (
        unit == "others"
        and not _OTHERS_HURT.match(text, q.end, sent.end)
        and not text[q.start - 9 : q.start].lower().endswith(("wounding ", "injuring "))
    ):
        return False  # ("two others arrested": the ones held, not the toll's rest)
    window = text[max(sent.start, q.start - 110) : q.start]
    kill = _KILLED_THEN.search(window)
    if kill is None:
        return False
    if _PAIR.search(window):
        return False
    told = max(sent.start, q.start - len(window) + kill.start() - 50)  # (the toll's clause)
    return not _HEDGED.search(window) and not _SUMMED.search(text, told, min(sent.end, q.end + 40))


# "one employee was killed and": a single death told in the singular, never a figure itself
_ONE_KILLED = re.compile(r"\bwas\s+(?:killed|shot\s+dead)\s+and\s+$", re.I)


def borrowed_remainder(text: str, q: Quantity, sent: Sentence, unit: str) -> bool:
    """ "One employee was killed and four were injured": the bare count borrows its toll word
    from after it ("were injured"), and with the single death before it (no figure, a count
    of one) it is the rest of that one attack's toll, which the event carries. Both halves
    told as counts ("Two were killed and seven were injured") are a tally and stay."""
    if not _ONE_KILLED.search(text, max(sent.start, q.start - 40), q.start):
        return False
    return toll_remainder(text, q, sent, unit)
