"""A chat app's export names the app and the group, not a story: "Signal Desktop - chat export"
over "Group: KRI Security Cell (8 members)". An analyst calls it by the group ('Signal group
"KRI Security Cell"'); the app's header alone is no title, and neither is a message under it
("[11/29/26, 22:51] Name: Loud bangs ..."), which is someone's words in the chat.
"""

from __future__ import annotations

import re

# "Signal Desktop - chat export", "Telegram chat export", "WhatsApp Chat Export"
_EXPORT_HEAD = re.compile(
    r"^([A-Z][\w.]{1,20}(?: [A-Z][\w.]{1,20})?)\s*(?:[-–—:|]\s*)?"
    r"chat (?:export|history|log)$",
    re.IGNORECASE,
)
# the app's edition is no part of its name: "Signal Desktop", "WhatsApp Web"
_EDITION = re.compile(r"\s+(?:Desktop|Web|Messenger|for \w+)$", re.IGNORECASE)
# "Group: KRI Security Cell (8 members)", "Chat: Ops room"
_GROUP = re.compile(
    r"^(?:group|chat|channel|conversation)(?: name)?\s*:\s*(.{2,60}?)"
    r"(?:\s*\(\d+ (?:members|participants)\))?$",
    re.IGNORECASE,
)
# "[11/29/26, 22:51] Name: ...", "[2026-11-29 22:51] Name: ...": one message of the chat
_MESSAGE = re.compile(
    r"^\[\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4},?\s+\d{1,2}:\d{2}(?::\d{2})?"
    r"(?:\s?[APap][Mm])?\]\s"
)
_NEAR = 5  # lines under the export's header where its group is named


def export_title(lines: list[tuple[str, bool]], at: int) -> str:
    """The title of a chat export whose header is lines[at] ('Signal group "Name"', or the
    app's "Signal chat" when no group is named), else ''."""
    head = (
        _EXPORT_HEAD.match(lines[at][0])
        if lines[at][0][-4:].lower() in ("port", "tory", " log")
        else None
    )
    if head is None:
        return ""
    app = _EDITION.sub("", head.group(1)).strip()
    for line, _ in lines[at + 1 : at + 1 + _NEAR]:
        group = _GROUP.match(line)
        if group:
            return group_title(app, group.group(1))
    return f"{app} chat"


def group_title(app: str, group: str) -> str:
    """'Signal group "KRI Security Cell"': how an analyst names a chat by its app and group
    (the one wording for a desktop export's header and a pasted chat's note alike)."""
    return f"{app} group \u201c{group.strip()}\u201d"


def chat_message(line: str) -> bool:
    """Is the line one stamped message of a chat ("[11/29/26, 22:51] Name: ...")?"""
    return line[:1] == "[" and _MESSAGE.match(line) is not None
