"""The title of a phone chat export pasted as text (WhatsApp's or Signal's "[12/11/26, 05:52]
Name: ...").

Its lines carry stamps and no title, so it reads "Untitled briefing" on the deck. The group's
name, when the paste's note quotes it ('WhatsApp group export "W. IRAQ OPS"'), is what an
analyst calls it; without one, the chat is named by its first and last stamps (the day is
kept as written: "12/11/26" may be day or month first).

A chat is dated by its latest message, as a thread by its latest post: the export shows the
chat as it stood then. The stamps' day and month are told apart only where one stamp has a
field over 12 ("11/29/26": month first); when none tells, the chat has no date.
"""

from __future__ import annotations

import re

from briefdeck.ingest.chat_export_titles import group_title
from briefdeck.ingest.post_stamps import is_date_line

_MESSAGE = re.compile(r"(?m)^\[(\d{1,2}/\d{1,2}/\d{2,4}),? (\d{1,2}:\d{2})(?::\d{2})?"
                      r"(?:\s?[APap][Mm])?\] [^:\n]{1,40}: ")
_GROUP = re.compile(r"\bgroup(?: chat)?(?: export(?:ed)?)?\s+[\"“]([^\"”\n]{2,60})[\"”]",
                    re.IGNORECASE)
# "Group: Ops cell (8 members)": a desktop export's header naming the group; the app is the
# one its header names ("Signal Desktop - chat export").
_GROUP_FIELD = re.compile(r"(?im)^(?:group|chat)[ \t]*:[ \t]*([^\n()]{2,60}?)[ \t]*"
                          r"\(\d{1,5} (?:members|participants)\)[ \t]*$")
_APP = re.compile(r"\b(WhatsApp|Signal|Telegram|Viber|Threema)\b", re.IGNORECASE)
_MIN_MESSAGES = 3


def phone_chat_hints(text: str) -> dict[str, str]:
    """{"headline": the group} or {"headline_fallback": the stamps} for a pasted phone chat
    export (a headline of its own, if any, comes before the stamps), else {}."""
    if "] " not in text[:3000]:
        return {}
    stamps = _MESSAGE.findall(text, 0, 200_000)
    if len(stamps) < _MIN_MESSAGES:
        return {}
    head = text[: text.find("\n[") if "\n[" in text[:3000] else 0]
    dated = {"published": latest} if (latest := _latest_day(stamps, head)) else {}
    app = _APP.search(head)
    app_name = next((a for a in ("WhatsApp", "Signal", "Telegram", "Viber", "Threema")
                     if app and a.lower() == app.group(1).lower()), "WhatsApp")
    group = _GROUP.search(head) or _GROUP_FIELD.search(head)
    if group:
        return {"headline": group_title(app_name, group.group(1)), **dated}
    (day, first), (last_day, last) = stamps[0], stamps[-1]
    span = f"{day}, {first} to {last}" if last_day == day else f"{day} {first} to {last_day} {last}"
    return {"headline_fallback": f"{app_name} chat, {span}", **dated}


def _latest_day(stamps: list[tuple[str, str]], head: str) -> str:
    """The day of the latest message, in the order the stamps allow, or '' (also when a
    dated line over the messages makes the text a story quoting a chat)."""
    if any(is_date_line(line) for line in head.split("\n") if len(line) <= 120):
        return ""
    days = []
    for day, _ in stamps:
        parts = day.split("/")
        if len(parts) != 3:
            return ""
        a, b, y = int(parts[0]), int(parts[1]), int(parts[2])
        days.append((a, b, y + 2000 if y < 100 else y))
    month_first = any(b > 12 >= a for a, b, _ in days)
    if month_first == any(a > 12 >= b for a, b, _ in days):
        return ""  # neither order (or both) is shown
    dates = [f"{y:04d}-{m:02d}-{d:02d}" for a, b, y in days
             for m, d in [(a, b) if month_first else (b, a)]
             if 1 <= m <= 12 and 1 <= d <= 31 and 1990 <= y <= 2100]
    return max(dates, default="")
