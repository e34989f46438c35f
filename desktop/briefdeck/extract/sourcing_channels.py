"""A group's own channels and accounts speaking for it: "a Telegram channel close to X
posted", "the Border Guards' official account shared", "claimed the attack on Telegram".
Militias and ministries announce on social media before any wire does, so the channel is
the source, and the group behind it its owner."""

from __future__ import annotations

import re

# "a Telegram channel close to Kataib Hezbollah posted": a group's own outlet speaks for it.
CHANNEL_RE = re.compile(
    r"(?P<who>\b(?:[Aa]n?|[Tt]he|[Oo]ne)\s+(?:[\w-]+\s+){0,2}?(?:Telegram|WhatsApp|Facebook|"
    r"YouTube|X|Twitter|TikTok|social\s+media|online)\s+(?:channel|account|page|feed)s?\s+"
    r"(?:close\s+to|linked\s+to|tied\s+to|affiliated\s+with|associated\s+with|run\s+by|"
    r"belonging\s+to|used\s+by|aligned\s+with|of)\s+(?:the\s+)?"
    r"(?:[A-Z][\w'’-]*(?:\s+(?:of\s+|in\s+)?"
    r"(?:al-|el-)?[A-Z][\w'’-]*){0,4}"
    # ("close to Iran-aligned factions": no group named, so the channel is an outlet)
    r"|(?P<generic>(?:[\w'’-]+\s+){1,2}?(?:factions|militias|groups|militants|fighters|rebels|"
    r"insurgents|jihadists|resistance))))(?:,[^,;\"“”]{2,90},|(?<=\w),(?=\s+[a-z]))?\s+(?:has\s+|had\s+)?(?:also\s+)?"
    r"(?:posted|said|published|wrote|shared|claimed|reported|released|announced|carried)\b"
)
# The channel's name set before it: "Sabereen News, a Telegram channel close to ...".
CHANNEL_NAMED_BEFORE = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))"
                                  r"(?!(?:In|On|At|From|After|Near|By|For|With|Meanwhile|Later)\b)[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3},\s+$")
# "In a post on X, the Border Guards' official account shared": the body's own account speaks.
ACCOUNT_RE = re.compile(
    r"(?:\b[Ii]n\s+an?\s+(?:[\w-]+\s+){0,2}?(?:post|message|statement|video|tweet)\b"
    r"[^,\"“”]{0,40},\s+)?"
    r"(?P<who>\b(?:[Tt]he\s+)?(?:[A-Z][\w.'’-]*\s+(?:of\s+(?:the\s+)?)?){0,5}?[A-Z][\w.-]*?"
    r"(?:'s|’s|'|’)\s+(?:(?:official|own|verified)\s+)?(?:(?:Telegram|X|Twitter|Facebook|"
    r"Instagram|YouTube|WhatsApp|TikTok)\s+)?(?:account|channel|page|feed))\s+(?:has\s+|had\s+)?"
    r"(?:also\s+)?(?:posted|shared|said|wrote|published|announced|reported|claimed|released)\b"
)

# A claim of an attack made on a channel: "claimed the attack on Telegram", "claimed
# responsibility in a statement" (the claimant speaks, whoever it is).
CLAIMED_ON_RE = re.compile(
    r"\bclaimed\s+(?:responsibility(?:\s+for\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?|it|them|"
    # ("claimed the attack", "claimed Saturday's attack": what was claimed, by its day)
    r"(?:the|an|a|both|two|three|[A-Z][a-z]+day(?:'s|’s))\s+(?:[\w-]+\s+){0,2}?(?:attacks?|"
    r"strikes?|bombings?|operations?|ambush|raid|assault|shooting))\s+(?:on|in|via|through)\s+"
    r"(?:(?:a|an|its|their)\s+)?(?:[\w-]+\s+)?(?:Telegram|X|Twitter|social\s+media|"
    r"statement|channel|post|video|website)\b"
    # the channel first: "claimed on Telegram an attack on ...", "claimed on Telegram that it
    # had targeted"; or in the passive, the claimant after it: "was claimed on Telegram by X"
    r"|\bclaimed\s+(?:on|in|via)\s+(?:(?:a|its|their)\s+)?(?:Telegram|X|Twitter|social\s+media)"
    r"(?:\s+(?:post|channel|statement))?\s+(?:that\b|(?:an?|the|two|three)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:attacks?|strikes?|bombings?|operations?|ambush|raid|assault)\b)"
    r"|(?<=was\s|ere\s|een\s)claimed\s+(?:on|in|via)\s+(?:Telegram|X|Twitter|social\s+media)"
    r"\s+by\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of|in|for|the|[A-Z][\w'’-]*)){0,6}")
# A body speaking on its own channel, whoever the subject ("a group calling itself X, which
# says it is part of Y, said in a post on Telegram", "... said on its Telegram channel").
SAID_ON_CHANNEL_RE = re.compile(
    r"\b(?:said|says|announced|warned|stated)\s+(?:in\s+an?\s+(?:post|statement|video|message)\s+)?"
    r"on\s+(?:its|their|a|an)?\s*(?:official\s+)?(?:Telegram|X)(?:\s+(?:channel|account|page))?\b")

# A claim put out by a group: "a claim of responsibility posted online by a group calling
# itself X".
CLAIM_BY_RE = re.compile(
    r"\bclaims?\s+of\s+responsibility\s+(?:posted|published|issued|released|carried|made)\s+"
    r"(?:online\s+|on\s+(?:Telegram|X|social\s+media)\s+)?by\s+(?:a\s+group\s+calling\s+itself\s+)?"
    r"(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of|in|for|the|[A-Z][\w'’-]*)){0,6}")
