"""A post forwarded from a channel is that channel's words, and a key fact taken from it says so.

A Telegram channel reposts other channels' posts under a "Forwarded from NAME" header: a
security cell's statement, a militia's claim, a local page's report. A sentence in such a post
("Air defences dealt with two hostile drones ... and brought them down") reads as a plain fact
on a slide, yet it is one side's account (here, with a denial the base was the target). When
the sentence names no speaker of its own, the key fact ends with whose it is: "(according to
Security Media Cell)". The post runs from its header to the channel's next counter, time stamp
or note, so a later post's words are never given to it."""

from __future__ import annotations

import re

from briefdeck.extract.forwarded_posts import forwarded_post

_HEADER = "Forwarded from "
# a sentence that names its own speaker needs no other
_SAYS = re.compile(
    r"(?i)\b(?:said|says|say|told|tells|according\s+to|claim\w*|report\w*|"
    r"stat(?:ed|es|ement)|announc\w*|den(?:y|ies|ied)|confirm\w*|quot\w*|"
    r"affirm\w*)\b"
)


def forwarded_from(text: str, at: int) -> str:
    """The channel whose forwarded post holds text[at], or '' (the post as extraction reads
    it; an editor's bracketed note on a line of its own, "[DESK: ...", closes it on a page)."""
    header = forwarded_post(text, at)
    if header is None or "\n[" in text[header.end : at]:
        return ""
    return header.channel


def with_whose(words: str, text: str, at: int) -> str:
    """The key fact's words with whose they are, when a forwarded post holds them and they
    name no speaker ('' stays '')."""
    if not words or _HEADER not in text or _SAYS.search(words):
        return words
    channel = forwarded_from(text, at)
    if not channel or channel.casefold() in words.casefold():
        return words
    stop = words[-1] if words[-1] in ".!?" else ""
    return f"{words[: len(words) - len(stop)]} (according to {channel}){stop}"
