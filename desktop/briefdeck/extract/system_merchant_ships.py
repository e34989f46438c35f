"""Merchant ships named by their IMO number, and their fleet-mates: "the NOL Vireo (IMO
9814470)", then "The NOL Tern was struck".

A carrier's or a registry's notice names a merchant ship with its IMO number in brackets; the
name before it is the ship's (a system of the report, as the corpus treats ships). A line
names its ships with its own initials first ("NOL Vireo", "NOL Tern"), so another name after
the same initials in the text is another of its ships.
"""

from __future__ import annotations

import re

from briefdeck.extract.sentences import Document
from briefdeck.extract.system_status import SystemMention, _status_near

# The name just before "(IMO ...": one to three capitalised words.
_NAME_BEFORE = re.compile(r"((?:[A-Z][\w'’-]*[ ]){0,2}[A-Z][\w'’-]*)[ ]$")
_IMO = re.compile(r"[ ]?\(IMO[ :]*\d{7}\)")
_FLEET_INITIALS = re.compile(r"[A-Z]{2,5}")
_WORDS_NOT_NAMES = frozenset("The A An This That Its Our Their".split())


def _mention(doc: Document, name: str, start: int) -> SystemMention | None:
    sent = doc.sentence_at(start)
    if sent is None:
        return None
    end = start + len(name)
    return SystemMention(
        name,
        "vessel",
        start,
        end,
        _status_near(doc.text, sent.start, sent.end, start, end, "vessel"),
    )


def merchant_ships(doc: Document, found: list[SystemMention]) -> list[SystemMention]:
    """Ships named before an IMO number, and others named after the same fleet initials,
    clear of the mentions already found."""
    text = doc.text
    if "(IMO" not in text:
        return []
    ships: list[SystemMention] = []
    fleets: set[str] = set()
    at = text.find("(IMO")
    while at >= 0:
        if _IMO.match(text, at - 1):
            m = _NAME_BEFORE.search(text, max(0, at - 60), at)
            if m:
                words = m.group(1).split()
                while words and words[0] in _WORDS_NOT_NAMES:
                    words.pop(0)
                if len(words) >= 1:
                    name = " ".join(words)
                    if (got := _mention(doc, name, m.end(1) - len(name))) is not None:
                        ships.append(got)
                    if len(words) > 1 and _FLEET_INITIALS.fullmatch(words[0]):
                        fleets.add(words[0])
        at = text.find("(IMO", at + 4)
    for initials in fleets:
        for m in re.finditer(rf"\b{initials} [A-Z][a-z]+\b", text):
            if not any(s.start <= m.start() < s.end for s in ships):
                if (got := _mention(doc, m.group(0), m.start())) is not None:
                    ships.append(got)
    return [s for s in ships if not any(f.start < s.end and s.start < f.end for f in found)]
