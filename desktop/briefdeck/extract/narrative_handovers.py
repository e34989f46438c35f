"""A base handed over is not a base the troops left: the handover is what the report tells.

"Shaddadi base handed to the SDF on 26 Nov" is drafted as a withdrawal from Shaddadi, which
"troops leave Shaddadi base" overstates (who holds it now is the news); "The handover to
Iraqi forces ... covered the base's northern sector only" (a correction of "troops left Ain
al-Asad") is a part of the base changing hands, with troops still there. Where the paragraph
naming a withdrawal's place tells its handover, the narrative says "X handed to the SDF" or
"part of X (northern sector) handed to Iraqi forces" instead of "troops leave X".
"""

from __future__ import annotations

import re
from functools import lru_cache

_HANDED = re.compile(
    r"\b(?:handed\s+(?:over\s+)?to|hand(?:ed)?\s+back\s+to|handover\s+(?:of\s+[^.;\n]{0,60}?\s+)?to|"
    r"hand-over\s+to|turned\s+over\s+to|transferred\s+to)\s+"
    r"(?P<who>(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,3}(?:(?:security|armed|national)\s+)?"
    r"(?:forces|army|troops|[A-Z][\w'’-]*)(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]*"
    r"(?:\s+[A-Z][\w'’-]*){0,2})?)"
)
_NEAR = 60  # characters from the place's name to "handed to": the same clause
_PART = re.compile(
    r"\b(?P<part>(?:north(?:ern)?|south(?:ern)?|east(?:ern)?|west(?:ern)?|"
    r"central|inner|outer)\s+(?:sector|part|half|section|portion|wing|compound|"
    r"side))\b[^.;\n]{0,30}?\bonly\b|\bonly\s+(?:the\s+)?(?:base's\s+)?"
    r"(?P<part2>(?:north(?:ern)?|south(?:ern)?|east(?:ern)?|west(?:ern)?|"
    r"central)\s+(?:sector|part|half|section|portion))\b",
    re.IGNORECASE,
)
_CUTS = (" Air Base", " Airbase", " Air Station", " base", " Base")


@lru_cache(maxsize=64)
def _paragraphs(text: str) -> tuple[str, ...]:
    if "hand" not in text and "transferred" not in text and "turned over" not in text:
        return ()
    return tuple(
        p for p in text.split("\n") if "hand" in p or "transferred" in p or "turned over" in p
    )


def handover(text: str, name: str) -> str:
    """'Shaddadi base handed to the SDF' or 'part of Ain al-Asad Air Base (northern sector)
    handed to Iraqi forces' when the paragraph naming the place tells its handover, else ''."""
    short = name.removeprefix("possibly ")
    for cut in _CUTS:
        short = short.removesuffix(cut)
    if len(short) < 3:
        return ""
    for para in _paragraphs(text):
        if short not in para:
            continue
        part = _PART.search(para)
        for m in _HANDED.finditer(para):
            who = " ".join(m.group("who").split())
            # the place named just before "handed to", or inside "handover of X to"; a
            # part's handover ("covered the northern sector only") may follow its naming
            at = para.rfind(short, 0, m.end())
            near = (
                at >= 0
                and (m.start() - at <= _NEAR or at > m.start())
                and not re.search(r"[.;]\s", para[at : m.start()])
            )
            if part and at >= 0:
                where = (part.group("part") or part.group("part2")).lower()
                return f"part of {name} ({where}) handed to {who}"
            if near:
                return f"{name} handed to {who}"
    return ""


def handed_together(handed: dict[str, str]) -> list[str]:
    """'Shaddadi and Conoco handed to the SDF': whole places handed to one side, told once."""
    by_who: dict[str, list[str]] = {}
    out: list[str] = []
    for name, said in handed.items():
        if said.startswith(f"{name} handed to "):
            by_who.setdefault(said[len(name) + len(" handed to ") :], []).append(name)
        else:
            out.append(said)
    for who, names in by_who.items():
        listed = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"
        out.append(f"{listed} handed to {who}")
    return out
