"""An office holder whose name a release redacted: "Royal Jordanian Air Force Commander Major
General (b)(6) told the DATT", "the Garrison Commander, (b)(6), said".

A FOIA release blacks out the name ("(b)(6)", "(b)(3)") but leaves the title, so the office is
what speaks: an unnamed office holder, a spokesperson by the corpus's reading (as "the regional
governor said"). Only a capitalised title directly before the redaction counts; "a platoon
sergeant, (b)(6), stated" is an unnamed source the other scans read.
"""

from __future__ import annotations

import re

_REDACTED_TITLE = re.compile(
    r"(?P<who>(?:(?:[A-Z][\w.'’-]*|of|the|and)\s+){0,9}?(?:[A-Z][\w.'’-]*\s+))"
    r"\(b\)\(\d\)(?:\(\w\))?,?\s+(?:has\s+|had\s+)?(?:told|said|says|stated|reported|briefed|"
    r"confirmed|assessed)\b")
_OPENING = re.compile(r"(?:[Tt]he|[Oo]f|[Aa]nd)\s+")


def redacted_office_holders(text: str) -> list[tuple[int, int, str, int | None]]:
    """(start, end, kind, count) of each titled office holder whose name is redacted."""
    out: list[tuple[int, int, str, int | None]] = []
    at = text.find("(b)(")
    while at >= 0:
        line = text.rfind("\n", 0, at) + 1
        back = max(line, at - 120)
        for m in _REDACTED_TITLE.finditer(text, back, min(len(text), at + 40)):
            if m.start("who") < at <= m.end("who") + 1:
                start = m.start("who")
                lead = _OPENING.match(text, start)  # (not "of the ...": where the title opens)
                if lead and text[start:start + 3] in ("of ", "and"):
                    start = lead.end()
                out.append((start, m.end(), "spokesperson", 1))
                break
        at = text.find("(b)(", at + 6)
    return out
