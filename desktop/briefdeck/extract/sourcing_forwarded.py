"""A post a channel forwarded: Telegram's "Forwarded from X" line heads words X put out.

The forwarded statement is X's own sourcing (a militia's claim, a security cell's denial), as
the channel head of a post X wrote itself is: a spokesperson. Only a news channel forwarded
("Forwarded from Iraq Defence Desk") is another outlet. Where the post itself opens on X
speaking in its own name ("The Security Media Cell denies ...") or under a label naming who
speaks ("Statement (translated): ..."), that is the sourcing and the header adds nothing,
whoever forwarded it. Where the post begins and ends: forwarded_posts.
"""

from __future__ import annotations

import re

from briefdeck.extract.forwarded_posts import Header

# what a post opening on its owner's name has it do: speak
_OWNER_SPEAKS = (
    r"\s+(?:says|said|denies|denied|claims|claimed|announces|announced|"
    r"confirms|confirmed|reports|reported|affirms|affirmed|states|stated)\b"
)


def forwarded_kind(text: str, header: Header, outlet: bool) -> str | None:
    """The kind of a forwarded post's header; None when the post opens on its owner speaking
    in its own name (that sentence is counted instead)."""
    name = header.channel
    post = text[header.end : min(header.end + 300, header.post_end)]
    if name in post and re.search(
        rf"(?:^|\n)[ \t]*(?:The\s+)?{re.escape(name)}{_OWNER_SPEAKS}", post
    ):
        return None
    if _LABELLED_WORDS.search(post):
        return None  # 'Security Media Cell (translated): "..."': the label names the speaker
    return "other outlet" if outlet else "spokesperson"


# the forwarded words under a label naming who speaks, as a chat export pastes them:
# 'Statement (translated): "In continuation of ..."'
_LABELLED_WORDS = re.compile(r"\n[ \t]*[A-Z][^:\n\"“”]{1,80}:[ \t]*[\"“]")
