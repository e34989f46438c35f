"""'Four rockets were fired at the base (Green Village) late Thursday': a lede that calls the
place "the base" names it in the sentence before ("the rocket attack at Green Village"), which
the lede rules skip as a thread's or a story's frame. On the first slide, alone, "the base"
names nothing: the installation the sentence before names is added after it.
"""

from __future__ import annotations

import re

from briefdeck.extract.places import PlaceMention
from briefdeck.extract.sentences import Document, Sentence

# "the base", "the camp", "the site" said without its name ("the base at X" names it)
_THE_SITE = re.compile(
    r"\bthe (?:base|camp|outpost|garrison|airfield|air base|compound|"
    r"site|installation)\b(?!\s+(?:at|in|of|near|known|called|named|"
    r"outside|north|south|east|west)\b|\s*\()"
)
_INSTALLATION = "installation"


def named_site(
    lead: str, doc: Document, sent: Sentence | None, mentions: list[PlaceMention]
) -> str:
    """The lead with "the base" followed by the installation's name in brackets, when the
    lede names no place and the sentence before it, in its paragraph, names one; else the
    lead unchanged."""
    if sent is None or "the " not in lead:
        return lead
    m = _THE_SITE.search(lead)
    if m is None:
        return lead
    if any(sent.start <= x.start < sent.end for x in mentions):
        return lead  # the lede names a place of its own
    i = doc.sentence_index(sent.start)
    if i <= 0:
        return lead
    before = doc.sentences[i - 1]
    if before.paragraph != sent.paragraph:
        return lead
    named = [
        x for x in mentions if before.start <= x.start < before.end and x.kind == _INSTALLATION
    ]
    if not named or named[0].name in lead:
        return lead
    if lead.startswith(("'s", "’s"), m.end()):
        # "the base's C-RAM" names its owner: "Green Village's C-RAM", not "the base (Green
        # Village)'s C-RAM" (a bracket inside a possessive)
        return f"{lead[: m.start()]}{named[0].name}{lead[m.end() :]}"
    return f"{lead[: m.end()]} ({named[0].name}){lead[m.end() :]}"
