"""A phone chat export's messages, each filed at its own stamp ("[11/29/26, 22:51] Name: ...",
as Signal and WhatsApp write them; "29/11/2026, 22:51 - Name: ..." on Android).

An export spans days: the export's own date is only when it was saved. Each message is told at
its stamp, so what it tells without a date happened no later than that day (that day, unless
it says otherwise), and its "this morning", "overnight" or "earlier this month" count from the
stamp. A chat is read as the live blog's entries are (stamped_entries.py): one entry per
message, from its stamp to the next stamp (a reply's quoted line belongs to its message).
A chat of one day is left whole: its messages' day is the chat's own.

The stamp writes the day as numbers, month or day first by the phone's locale: a stamp with a
field over 12 tells which ("11/29/26": month first). When none tells, the order whose latest
message falls on the day of the export or just before it is taken; when both or neither do,
the chat gets no entries (a wrong day on a slide is worse than the export's).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from briefdeck.extract.dates import DateMention
from briefdeck.extract.stamped_entries import Entry

# "[11/29/26, 22:51] ", "[12/11/2026, 05:52:10 PM] " at a line's start; or Android's
# "29/11/2026, 22:51 - " (a dash after the clock)
_STAMP = re.compile(
    r"^[ \t]*(?:\[(?P<b>\d{1,2}/\d{1,2}/\d{2,4}),?[ \t]+\d{1,2}:\d\d(?::\d\d)?"
    r"(?:[ \t]?[AaPp]\.?[Mm]\.?)?\]"
    r"|(?P<d>\d{1,2}/\d{1,2}/\d{2,4}),[ \t]+\d{1,2}:\d\d(?::\d\d)?"
    r"(?:[ \t]?[AaPp]\.?[Mm]\.?)?[ \t]+[-\u2013])[ \t]+(?=\S)",
    re.M,
)
_MIN_MESSAGES = 3
_LATEST_BEFORE_EXPORT = 2  # days a chat's last message may come before the day it is dated


def chat_entries(text: str, pub: date) -> list[Entry]:
    """One entry per message of a chat export, on its stamp's day; none for other texts."""
    if "/" not in text or ("\n[" not in text and not text.startswith("[") and " - " not in text):
        return []  # no "[d/m/y" nor "d/m/y, hh:mm - " line: most stories, skipped at once
    stamps = [
        (
            m.start(),
            m.end(),
            m.group("b") or m.group("d"),
            m.start("b") if m.group("b") else m.start("d"),
        )
        for m in _STAMP.finditer(text)
    ]
    if len(stamps) < _MIN_MESSAGES:
        return []
    fields = []
    for *_, day, _at in stamps:
        a, b, y = (int(x) for x in day.split("/"))
        fields.append((a, b, y + 2000 if y < 100 else y))
    month_first = _month_first(fields, pub)
    if month_first is None:
        return []
    if len(set(fields)) == 1:
        return []  # one day's chat: its day is the chat's own, and its tolls are told as one
    entries = []
    for n, ((start, _, words, at), (a, b, y)) in enumerate(zip(stamps, fields, strict=True)):
        month, day_of = (a, b) if month_first else (b, a)
        try:
            day = date(y, month, day_of)
        except ValueError:
            return []  # "13/45/26": no stamp of a real day, no chat
        stop = stamps[n + 1][0] if n + 1 < len(stamps) else len(text)
        # (its sentence opens at the stamp: the entry starts there)
        entries.append(
            Entry(start, stop, DateMention(at, at + len(words), words, day.isoformat(), "day"))
        )
    return entries


def _month_first(fields: list[tuple[int, int, int]], pub: date) -> bool | None:
    """Is the month written first? None when the stamps and the export's day leave it open."""
    month_first = any(b > 12 >= a for a, b, _ in fields)
    day_first = any(a > 12 >= b for a, b, _ in fields)
    if month_first != day_first:
        return month_first
    if month_first:  # "11/29" and "29/11" both: no one order
        return None
    fits = []
    for order in (True, False):
        try:
            latest = max(date(y, *((a, b) if order else (b, a))) for a, b, y in fields)
        except ValueError:
            continue
        if pub - timedelta(days=_LATEST_BEFORE_EXPORT) <= latest <= pub:
            fits.append(order)
    return fits[0] if len(fits) == 1 else None
