"""The title of a visual-voicemail notice ("Subject: New voicemail from +1 703-555-0148 (2 min
41 sec)").

The notice's subject is the phone system's: a number and a length, no news. The message is
someone's call, so an analyst names it by its caller, as the notice's "Caller:" field gives
it ("Voicemail from PENTAGON PA"), and by the number only when no name is given.
"""

from __future__ import annotations

import re

# "New voicemail from +1 703-555-0148 (2 min 41 sec)", "Voice message from Jo Ames"
_NOTICE = re.compile(
    r"^(?:new\s+)?voice\s?(?:mail|message)(?:\s+message)?\s+from\s+"
    r"([^()\n]{2,80}?)\s*(?:\(\s*\d[^)\n]{0,30}\))?\s*$",
    re.IGNORECASE,
)
# "Caller: PENTAGON PA (+1 703-555-0148)": the caller's name as the phone shows it
_CALLER = re.compile(
    r"^caller\s*:\s*([^()\n<]{2,60}?)\s*(?:[(<][^)>\n]{0,60}[)>])?\s*$", re.IGNORECASE
)
_LETTER = re.compile(r"[A-Za-z]")


def voicemail_title(subject: str, lines: list[str]) -> str:
    """'Voicemail from <caller>' for a voicemail notice's subject, else ''."""
    if "oice" not in subject[:12]:  # cheap test first
        return ""
    notice = _NOTICE.match(subject.strip())
    if notice is None:
        return ""
    for line in lines:
        caller = _CALLER.match(line) if line[:1] in "Cc" else None
        if caller and _LETTER.search(caller.group(1)) and "@" not in caller.group(1):
            return f"Voicemail from {caller.group(1).strip()}"
    return f"Voicemail from {notice.group(1).strip()}"
