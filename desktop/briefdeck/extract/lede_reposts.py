"""A channel's repost of another's statement is that party's word, not the channel's news.

A Telegram channel (or a feed that works the same way) reposts a militia's claim or a
ministry's denial under a "Forwarded from X" header. Put first in a briefing, the claim
("... targeted the base with three drones, which hit their targets directly") would read as
what happened; the lede is the channel's own report instead, and the claim stays X's
(sourcing keeps it as X's statement). Where a repost begins and ends: forwarded_posts.
"""

from __future__ import annotations

from briefdeck.extract.forwarded_posts import forwarded_post


def reposted(text: str, start: int) -> bool:
    """Is the sentence at `start` in a post forwarded from another channel?"""
    return forwarded_post(text, start) is not None
