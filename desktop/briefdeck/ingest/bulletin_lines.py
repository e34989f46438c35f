"""A community bulletin's standing lines: service times, the calendar of coming events, the
prayer list, the deadline for items and the contact footer.

A congregation's or a club's weekly bulletin prints, around its letter and its notices, the
same kinds of line every week: "Weekend Masses: Saturday 5:00 PM · Sunday 8:00 AM", the
week's calendar ("Tue., Dec. 8 · Advent service · 7:00 PM"), the names on its prayer list
under a "Pray for" heading, "Bulletin deadline is noon Tuesday. Send items to ...", and its
address, phone and web site run together on one line. None is news: the calendar's feast
and hall are no places of the events, the prayer list's names are no one's part in them.
"""

from __future__ import annotations

import re

from briefdeck.ingest.line_kinds import ArticleLine

_KIND = "bulletin furniture"
_CLOCK = re.compile(r"\b\d{1,2}(?::\d{2})?(?:\s?-\s?\d{1,2}(?::\d{2})?)?\s?(?:[AaPp]\.?[Mm]\b\.?)")
# (from the first blank of a run, the run taken whole: a long run of blanks is read once)
_FIELDS = re.compile(r"(?<!\s)\s++[·•|]\s+")
# "Weekend Masses:", "Worship times:", "Confessions:", "Office hours:": a schedule's label
_SCHEDULE = re.compile(
    r"^(?:(?:weekend|weekday|daily|sunday|saturday|holy ?day|summer|winter) )?(?:masses|mass "
    r"times|mass schedule|services|service times|worship(?: times)?|liturgies|divine "
    r"liturgy|confessions|reconciliation|adoration|prayer times|office hours|parish office|"
    r"opening hours|hours)\s*:",
    re.IGNORECASE,
)
# "Tue., Dec. 8 ·", "Sat 12 Dec —": a calendar entry's day first
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_CALENDAR_ENTRY = re.compile(
    rf"^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+(?:{_MONTH}\s+\d{{1,2}}|"
    rf"\d{{1,2}}\s+{_MONTH})\s*[·•|]\s",
    re.IGNORECASE,
)
# "Bulletin deadline is noon Tuesday.", "Send items to bulletin@...": the call for items
_DEADLINE = re.compile(
    r"^(?:the )?(?:bulletin|newsletter|announcement|submission|copy|item)s? deadline (?:is|:)"
    r"|^(?:please )?(?:send|submit|e-?mail) (?:your )?(?:bulletin )?(?:items|announcements|"
    r"submissions|notices) (?:to|by)\b",
    re.IGNORECASE,
)
_PRAYER_HEADING = re.compile(
    r"^(?:please )?pray for(?: these| the following)?\s*:?$|^(?:our )?prayer (?:list|requests?|"
    r"chain)\s*:?$|^(?:remember|keep) in (?:your|our) prayers\s*:?$|^in our prayers\s*:?$",
    re.IGNORECASE,
)
_PHONE = re.compile(r"\(?\b\d{3}\)?[ .-]\d{3}[ .-]\d{4}\b|\+\d[\d ().-]{7,}\d")
_WEB = re.compile(
    r"\b[\w-]+(?:\.[\w-]+)*\.(?:org|com|net|edu|gov|church|us|uk|ca|au)\b"
    r"(?:/\S*)?$|@"
)
_NAME_FIELD = re.compile(r"^(?:[A-Z][a-z]{0,4}\. )?[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}$")
_MAX_WORDS = 45


def _schedule(text: str) -> bool:
    return bool(_SCHEDULE.match(text)) and len(_CLOCK.findall(text)) >= 2


def _calendar(text: str) -> bool:
    return bool(_CALENDAR_ENTRY.match(text)) and bool(_CLOCK.search(text))


def _contact_footer(text: str) -> bool:
    """Name · street address · phone · web site, on one line."""
    fields = _FIELDS.split(text)
    return (
        len(fields) >= 3
        and any(_PHONE.fullmatch(f.strip()) or _PHONE.search(f) and len(f) < 24 for f in fields)
        and any(" " not in f.strip() and _WEB.search(f.strip()) for f in fields)
    )


def _prayer_names(text: str) -> bool:
    fields = [f.strip() for f in _FIELDS.split(text)]
    names = sum(bool(_NAME_FIELD.match(f)) for f in fields)
    return len(fields) >= 3 and names >= len(fields) - 1 and names >= 2


def flag_bulletin_lines(text: str, lines: list[ArticleLine], flags: dict[int, str]) -> None:
    """Flag a bulletin's schedule, calendar, prayer-list, deadline and footer lines."""
    if not any(c in text for c in "·•|") and "eadline" not in text:
        return
    prayer_list = False
    for i, line in enumerate(lines):
        t = line.text
        if line.words > _MAX_WORDS:
            prayer_list = False
            continue
        if _PRAYER_HEADING.match(t):
            prayer_list = True
            continue
        if i in flags:
            continue
        if (
            (prayer_list and _prayer_names(t))
            or (":" in t and _schedule(t))
            or _calendar(t)
            or ("eadline" in t or "end " in t or "ubmit " in t or "mail " in t)
            and _DEADLINE.match(t)
            or (("·" in t or "•" in t or "|" in t) and _contact_footer(t))
        ):
            flags[i] = _KIND
        prayer_list = False
