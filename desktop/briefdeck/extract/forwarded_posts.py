"""A post forwarded from another channel: where it is, whose it is, where it ends.

A messaging channel's page (Telegram's web preview, a desktop export, a monitor's paste)
heads a reposted post with a line of its own, "Forwarded from X" ("Reposted from X"). What
follows is X's word, up to the post's end: its view count ("25.1K", "👁 19.8K", "21.0K
edited"), the next post's time stamp ("Nov 25, 22:36", "Sat 23 Jan, 00:31", "07:14") or the
next forwarded header. The one reading of that layout, for every reader of it:

- quotes: words in quotation marks inside the post, with no speaker of their own, are X's;
- sourcing: the header is X's statement, or another outlet when X is a news channel;
- the lede: a repost is never the channel's own news.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import NamedTuple

from briefdeck.extract.known_organizations import known_organization

# The header on a line of its own; the channel's name runs to the line's end (a badge, a flag
# or a second-language name after it is cleaned off by channel_name).
_HEADER = re.compile(
    r"(?m)^[ \t]*+(?:Forwarded|Reposted|Shared)[ \t]++from[ \t]++"
    r"(?P<who>[^\n\"“”]{2,80}?)[ \t]*+$"
)
_HEADER_WORDS = ("Forwarded from", "Reposted from", "Shared from")
# What closes a post, on a line of its own: its view count ("25.1K", "👁 19.8K", "1,204
# views", "21.0K edited") or the next post's stamp ("Nov 25, 22:36", "Sat 23 Jan, 00:31",
# "22:36").
_POST_END = re.compile(
    r"(?m)^[ \t]*+(?:(?:\U0001f441\ufe0f?[ \t]*+)?\d[\d.,]{0,8}+[KkMm]?"
    r"(?:[ \t]++views?)?(?:[ \t]++edited)?|"
    r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}\.?,?[ \t]++)?"
    r"(?:[A-Z][a-z]{2,8}\.?[ \t]++\d{1,2},?[ \t]++|\d{1,2}[ \t]++[A-Z][a-z]{2,8}\.?,?[ \t]++)?"
    r"\d{1,2}:\d{2})[ \t]*+$"
)
REACH = 3000  # characters from the header: one post, not a page away
# A channel that relays others' words ("Sabereen Translations", "X News", "Y Monitor", "Iraq
# Defence Desk"): a news channel, another outlet; the words in its post are whoever it relays.
_NEWS_CHANNEL = re.compile(
    r"\b(?:Translations?|News|Monitor|Watch|Updates?|Media|Events|Agency|TV|Channel|"
    r"Network|Press|Live|Now|Today|Desk)$"
)


class Header(NamedTuple):
    start: int  # the header line's first word
    end: int  # the end of the channel's words on that line (badge included)
    who: str  # the words as the page gives them ("Security Media Cell | خلية ...")
    channel: str  # the channel's name alone ("Security Media Cell")
    post_end: int  # where the forwarded post ends


def channel_name(who: str) -> str:
    """The channel's name without its second-language part, its aside or a badge ("X ☑️",
    "X 🇮🇶", "X | خلية", "X (official channel)")."""
    name = re.split(r"\s*+[|(]", who, maxsplit=1)[0].strip()
    return re.sub(r"[^\w.]++$", "", name)


def news_channel(name: str) -> bool:
    """Is the channel a newsroom (relaying others) rather than a party speaking for itself?"""
    return _NEWS_CHANNEL.search(name) is not None


@lru_cache(maxsize=4)
def forwarded_headers(text: str) -> tuple[Header, ...]:
    """Each forwarded post's header in the text, in order, with where its post ends."""
    if not any(words in text for words in _HEADER_WORDS):
        return ()
    found = [
        (m.start() + len(m.group(0)) - len(m.group(0).lstrip()), m.end("who"), m.group("who"))
        for m in _HEADER.finditer(text)
    ]
    out = []
    for i, (start, end, who) in enumerate(found):
        limit = min(len(text), end + REACH, found[i + 1][0] if i + 1 < len(found) else len(text))
        close = _POST_END.search(text, end, limit)
        name = channel_name(who)
        if name[:1].isupper():
            out.append(Header(start, end, who, name, close.start() if close else limit))
    return tuple(out)


def forwarded_post(text: str, at: int) -> Header | None:
    """The header of the forwarded post text[at] is in, or None."""
    headers = forwarded_headers(text)
    if not headers:
        return None
    i = bisect.bisect_right(headers, at, key=lambda h: h.start) - 1
    if i < 0 or at >= headers[i].post_end:
        return None
    return headers[i]


def forwarded_speaker(text: str, at: int) -> str:
    """The party a forwarded post at text[at] speaks for, or '' when at is in no such post or
    the post is a news channel's."""
    header = forwarded_post(text, at)
    if header is None or news_channel(header.channel):
        return ""
    return known_organization(header.channel) or header.channel
