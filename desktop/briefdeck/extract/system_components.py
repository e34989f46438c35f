"""Weapon parts a procurement case counts: "bought at least 38 small two-stroke engines and
120 servo actuators ... and shipped them through Mersin".

An export-control indictment, a sanctions notice or a sentencing record is about the parts
themselves: the engines, actuators and guidance modules that went into the drones are the kit
the analyst tracks, so they are briefed as systems (category "component"); so are the spares a
court-martial says were stolen from a counter-drone battery and sold. Only parts counted with
a number, in a text that tells of buying, shipping, exporting, stealing or selling them: a bare
"engine" in a battle report is no system.
"""

from __future__ import annotations

import re
from functools import lru_cache

from briefdeck.extract.sentences import Document
from briefdeck.extract.system_status import SystemMention

_PART_NOUNS = (
    "engines",
    "actuators",
    "servo motors",
    "flight controllers",
    "navigation modules",
    "GPS modules",
    "GNSS",
    "gyroscopes",
    "camera modules",
    "circuit-card",
    "circuit boards",
)
# A count, a size word left out of the name, then the part with the words that say which kind.
_COUNTED_PART = re.compile(
    r"\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)"
    r"\s+(?:(?:small|miniature|commercial|used|new)\s+)?"
    r"(?P<name>(?:(?:two-stroke|four-stroke|piston|rotary|gasoline|petrol|brushless|servo|"
    r"jet|turbojet|inertial|GPS)\s+)?(?:engines|actuators|servo\s+motors|flight\s+controllers|"
    r"navigation\s+modules|GPS\s+modules|gyroscopes|"
    # (satellite-navigation receivers by the engineers' generic name: "450 GNSS receiver
    # modules", "GNSS receivers")
    r"GNSS\s+(?:receiver\s+)?modules|GNSS\s+receivers|"
    # (a counter-drone system's spares: "three electro-optical/infrared camera modules", "14
    # circuit-card assemblies" taken from a battery's stock and sold)
    r"(?:(?:electro-optical/infrared|EO/IR|electro-optical|infrared|thermal)\s+)?camera\s+modules|"
    r"circuit-card\s+assemblies|circuit\s+boards))\b"
)
# What a procurement text does with the parts.
_TRADE = re.compile(
    r"\b(?:bought|buying|purchased|procured|procurement|shipped|shipping|"
    r"smuggled|smuggling|exported|exporting|export\s+control|transshipped|"
    r"forfeiture|sold|selling|stole|stolen|larceny)\b",
    re.I,
)


def part_mentions(doc: Document) -> list[SystemMention]:
    """The counted parts of a procurement text, one mention each (named with the kind word:
    "two-stroke engines", "servo actuators"; a bare "engines" only when no kind is given)."""
    text = doc.text
    if not any(noun in text for noun in _PART_NOUNS) or not _trades(text):
        return []
    found = []
    for m in _COUNTED_PART.finditer(text):
        sent = doc.sentence_at(m.start())
        if sent is None or m.end() > sent.end or not _TRADE.search(sent.text):
            continue  # boilerplate, or parts counted with no buying or shipping told
        found.append(
            SystemMention(
                " ".join(m.group("name").split()),
                "component",
                m.start("name"),
                m.end("name"),
                "mentioned",
            )
        )
    return found


@lru_cache(maxsize=8)
def _trades(text: str) -> bool:
    return _TRADE.search(text) is not None
