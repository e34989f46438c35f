"""A post forwarded from another channel speaks in that channel's name.

A messaging channel's page (Telegram's web preview, an export) heads a reposted post with
"Forwarded from X"; words in quotation marks inside that post, with no speaker of their own,
are X's ("Forwarded from Islamic Resistance in Iraq" / a statement / '"The operations will
continue ..."'). The post ends at its view count or the next post's time stamp.
"""

from __future__ import annotations

import re

from briefdeck.extract.known_organizations import known_organization

_HEAD = "Forwarded from "
_HEAD_LINE = re.compile(r"Forwarded from (?P<who>[^\n\"“”]{2,80})")
# What closes a post on such a page: its view count ("25.1K", "1,204 views") or the next post's
# stamp ("Nov 25, 22:36", "22:36") on a line of its own.
_POST_END = re.compile(
    r"(?m)^[ \t]*(?:\d[\d.,]{0,8}[KkMm]?(?:[ \t]+views?)?|"
    r"(?:[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2},?[ \t]+)?\d{1,2}:\d{2})[ \t]*$"
)
_REACH = 3000  # characters from the header to the quote: one post, not a page away
# A channel that relays others' words ("Sabereen Translations", "X News", "Y Monitor"): the
# quote in its post is whoever it relays, not the channel's own.
_RELAYS = re.compile(
    r"\b(?:Translations?|News|Monitor|Watch|Updates?|Media|Agency|Channel|"
    r"Network|Press|Live|Now|Today)$"
)


def _channel(who: str) -> str:
    """The channel's name without its second-language part, its aside or a badge ("X ☑️",
    "X | خلية", "X (official)")."""
    name = re.split(r"\s[|(]", who, maxsplit=1)[0]
    while name and not (name[-1].isalnum() or name[-1] in ".)'’"):
        name = name[:-1]
    return name.strip()


def forwarded_speaker(text: str, at: int) -> str:
    """The channel a forwarded post at text[at] came from, or '' when at is in no such post."""
    head = text.rfind(_HEAD, max(0, at - _REACH), at)
    if head < 0 or (head > 0 and text[head - 1] != "\n"):
        return ""
    line = _HEAD_LINE.match(text, head)
    if line is None or _POST_END.search(text, line.end(), at):
        return ""  # the forwarded post ended before the quote
    name = _channel(line.group("who"))
    if not name[:1].isupper() or _RELAYS.search(name):
        return ""
    return known_organization(name) or name
