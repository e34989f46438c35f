"""The title of a crisis-alert log export (a company's or an embassy's SMS and e-mail alerts,
numbered "#04 | 20/11/2026 23:58 | E-MAIL | UPDATE").

The log's header names the system, the country and the recipients, none of which says what
happened; its SMS items open "NORTHGATE UPDATE: ..." and read as messages, not a title. The
first e-mail alert's subject is the writer's own name for the situation ("[NORTHGATE UPDATE]
Beirut southern suburbs strikes and rocket fire - situation at 23:55"): an analyst titles the
log by it, without the system's tag and the time the picture was taken.
"""

from __future__ import annotations

import re

# "#04 | 20/11/2026 23:58 | E-MAIL | UPDATE": one numbered alert of the log, its channel third
_ITEM = re.compile(
    r"^#\d{1,4}\s*\|\s*\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\s+\d{1,2}:\d{2}\s*\|\s*"
    r"(SMS|E-?MAIL|PUSH|APP|VOICE|TEXT)\s*\|",
    re.IGNORECASE,
)
_SUBJECT = re.compile(r"^Subject\s*:\s*(.{3,200})$", re.IGNORECASE)
# "[NORTHGATE UPDATE] ", "RE: ", "FW: ": the system's tag and the mail's reply marks
_TAG = re.compile(r"^(?:(?:re|fwd?)\s*:\s*|\[[^\]\n]{1,40}\]\s*)+", re.IGNORECASE)
# " - situation at 23:55", " | as of 0600", " - 23:55": when the picture was taken
_AS_AT = re.compile(
    r"\s*[-–—|:]\s*(?:(?:situation|status|picture|update)\s+)?(?:(?:at|as\s+of)"
    r"\s+)?\d{1,2}:?\d{2}(?:\s*[A-Z]{1,4})?$",
    re.IGNORECASE,
)
_MIN_ITEMS = 2
_NEAR = 6  # lines under an e-mail alert's head where its subject stands


def alert_log_title(lines: list[tuple[str, bool]]) -> tuple[str, int]:
    """(the first e-mail alert's subject, its line index) for an alert log, else ('', -1)."""
    if not any(line[:1] == "#" for line, _ in lines[:40]):  # cheap test first
        return "", -1
    heads = [
        (i, m)
        for i, (line, _) in enumerate(lines[:400])
        if line[:1] == "#" and (m := _ITEM.match(line))
    ]
    if len(heads) < _MIN_ITEMS:
        return "", -1
    for i, m in heads:
        if "MAIL" not in m.group(1).upper():
            continue
        for k in range(i + 1, min(i + 1 + _NEAR, len(lines))):
            subject = _SUBJECT.match(lines[k][0])
            if subject:
                title = _AS_AT.sub("", _TAG.sub("", subject.group(1).strip())).strip()
                if len(title.split()) >= 3:
                    return title, k
                break
    return "", -1
