"""The title of a phone chat export pasted as text (WhatsApp's "[12/11/26, 05:52] Name: ...").

Its lines carry stamps and no title, so it reads "Untitled briefing" on the deck. The group's
name, when the paste's note quotes it ('WhatsApp group export "W. IRAQ OPS"'), is what an
analyst calls it; without one, the chat is named by its first and last stamps (the day is
kept as written: "12/11/26" may be day or month first).
"""

from __future__ import annotations

import re

_MESSAGE = re.compile(r"(?m)^\[(\d{1,2}/\d{1,2}/\d{2,4}),? (\d{1,2}:\d{2})(?::\d{2})?"
                      r"(?:\s?[APap][Mm])?\] [^:\n]{1,40}: ")
_GROUP = re.compile(r"\bgroup(?: chat)?(?: export(?:ed)?)?\s+[\"“]([^\"”\n]{2,60})[\"”]",
                    re.IGNORECASE)
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
    group = _GROUP.search(head)
    if group:
        return {"headline": f"WhatsApp group \u201c{group.group(1).strip()}\u201d"}
    (day, first), (last_day, last) = stamps[0], stamps[-1]
    span = f"{day}, {first} to {last}" if last_day == day else f"{day} {first} to {last_day} {last}"
    return {"headline_fallback": f"WhatsApp chat, {span}"}
