"""Whose dead or wounded a group is: "two American service members" -> U.S., "Filipino crew
members" -> Filipino. A toll by party lets one side's count be revised without the others'."""

from __future__ import annotations

import re

PARTIES: list[tuple[str, str]] = [
    ("U.S.", r"\bU\.S\.|\bUS\b|\bAmericans?\b"),
    ("U.K.", r"\bBritish\b|\bBritons?\b|\bU\.K\.|\bUK\b"),
    ("Iraq", r"\bIraqis?\b"),
    ("Syria", r"\bSyrians?\b"),
    ("Iran", r"\bIranians?\b"),
    ("Israel", r"\bIsraelis?\b"),
    ("Jordan", r"\bJordanians?\b|\bJAF\b"),  # JAF: the Jordanian Armed Forces, as sitreps say
    ("Ukraine", r"\bUkrainians?\b"),
    ("Russia", r"\bRussians?\b"),
    ("Turkey", r"\bTurk(?:s|ish)\b"),
    ("Lebanon", r"\bLebanese\b"),
    ("Palestinian", r"\bPalestinians?\b"),
    ("Yemen", r"\bYemenis?\b"),
    ("Kurdish", r"\bKurd(?:s|ish|istan)?\b|\bPeshmerga\b"),
    ("Coalition", r"\b[Cc]oalition\b"),
    ("SDF", r"\bSDF\b|\bSyrian\s+Democratic\s+Forces\b"),
    ("civilian", r"\bcivilians?\b"),
    ("contractor", r"\bcontractors?\b"),
]
_DEMONYM = re.compile(r"\b(?!(?:Christian|Muslim|Sunni|Shiite|Shia|Reserve|Guardian|Veteran)\b)"
                      r"[A-Z][a-z]{2,}(?:ian|ese|ish|ani|ali|ino|ina|ean|i)\b")
_PARTY_RES = [(name, re.compile(p)) for name, p in PARTIES]


def party_of(np: str) -> str:
    for name, pattern in _PARTY_RES:
        if pattern.search(np):
            return name
    other = _DEMONYM.search(np)  # "Filipino crew members", "Somali soldiers"
    return other.group(0) if other else "unspecified"
