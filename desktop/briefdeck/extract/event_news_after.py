"""The news told as a cause: "the show has been cancelled after a drone attack on the base late
Monday", "this update corrects a fault reported after the drone attack on the base late on
Sunday, November 29". An "after the attack" phrase reads as background (an earlier happening
recalled: "since the Oct. 7 attack"), but when the phrase itself tells the attack whole, a day
of the report's own week and the place hit, it is the news the page is about, told as the
reason for what the page announces: it is read as a happening, not as background."""

from __future__ import annotations

import re
from datetime import date

from briefdeck.extract.dates import DateMention
from briefdeck.extract.places import PlaceMention

# "after a drone attack", "following the rocket attack": one attack, not "after last week's"
_AFTER_ONE = re.compile(r"(?:after|following)\s+(?:an?|the)\s", re.I)
# "late on Sunday, November 29": the date that names the day just told
_APPOSED = re.compile(r",\s*(?:on\s+)?")
# "after the drone attack on the base", the base the sentence named before the phrase
_THE_BASE = re.compile(r"\b(?:on|at|against|targeting)\s+the\s+(?:air\s+)?base\b", re.I)
# the days before the report that still make its news (a weekly's "late Monday")
_RECENT_DAYS = 8


def _recent(day: DateMention, pub_iso: str) -> bool:
    try:
        then, pub = date.fromisoformat(day.iso), date.fromisoformat(pub_iso)
    except ValueError:
        return False
    return 0 <= (pub - then).days <= _RECENT_DAYS


def news_after(
    text: str,
    span: tuple[int, int],
    days: list[DateMention],
    places: list[PlaceMention],
    pub_iso: str,
) -> bool:
    """Is the background span an "after a/the ... attack" phrase that tells the attack whole,
    its recent day and its place ("on the base" after the base the sentence named)? Then it
    is the news, not background. (Without its place, "imagery taken after the rocket attack
    late Saturday", it recalls an attack told elsewhere.)"""
    b0, b1 = span
    if any(b0 <= d.start < b1 and d.precision != "day" for d in days):
        return False  # ("earlier this month (2 May)": the phrase's own reading of its day)
    if _AFTER_ONE.match(text, b0) is None or not any(
        d.precision == "day"
        and b0 <= d.start
        and (d.end <= b1 or _APPOSED.fullmatch(text, b1, d.start) is not None)
        and not d.opens_period
        and _recent(d, pub_iso)
        for d in days
    ):
        return False
    return any(
        not p.locator
        and (
            b0 <= p.start < b1
            or (p.end <= b0 and p.precision == "installation" and _THE_BASE.search(text, b0, b1))
        )
        for p in places
    )
