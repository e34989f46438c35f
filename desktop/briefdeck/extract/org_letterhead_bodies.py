"""The body a notice's letterhead names in capitals: "DUNMORE HARBOUR AUTHORITY | NORTH
QUAY | MARINE SERVICES DEPARTMENT" heads a notice the Dunmore Harbour Authority issues, which
the prose then calls only "the Authority".

Port notices, utility notices and agency circulars open on such a line; in capitals the
generic rules (written for names as prose cases them) find nothing. Only the first lines are
read, each part between bars or dashes that ends with a body's word.
"""

from __future__ import annotations

import re

from briefdeck.extract.org_found import Found

_HEAD_LINES = 4  # a letterhead is the text's first lines
# The words a body's name in capitals ends with (a company's legal form may follow).
_BODY_END = re.compile(
    r"(?:AUTHORITY|MINISTRY|DIRECTORATE|DEPARTMENT|ADMINISTRATION|AGENCY|COMMISSION|"
    r"CORPORATION|COMPANY|COUNCIL|COMMAND)(?:[ ](?:LTD|LIMITED|PLC|LLC)\.?)?$")
_PART = re.compile(r"[A-Z][A-Z&'’.-]*(?:[ ][A-Z&][A-Z&'’.-]*){1,7}")
_SPLIT = re.compile(r"\s+[|/–—-]\s+|\t+|\s{3,}")
_SMALL = frozenset({"OF", "FOR", "AND", "THE", "IN", "ON"})


def _title(words: list[str]) -> str:
    """'KUWAIT PORTS AUTHORITY' as prose writes it: Kuwait Ports Authority."""
    out = []
    for i, w in enumerate(words):
        if i and w in _SMALL:
            out.append(w.lower())
        elif len(w) <= 3 and w not in ("LTD", "PLC", "LLC") and not w.endswith("."):
            out.append(w)  # initials: "KRG", "UN"
        else:
            out.append(w[0] + w[1:].lower())
    return " ".join(out)


def letterhead_bodies(text: str, found: dict[str, Found]) -> None:
    """Add the bodies the letterhead names in capitals (found: by casefold name)."""
    at = 0
    for _ in range(_HEAD_LINES):
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        line = text[at:end]
        if line.strip() and not any(c.islower() for c in line):
            offset = at
            for part in _SPLIT.split(line):
                m = _PART.fullmatch(part.strip().rstrip(".").strip())
                if m is not None and _BODY_END.search(m.group()):
                    start = text.find(part.strip(), offset, end)
                    words = m.group().split()
                    if words[0] == "THE":
                        words = words[1:]
                    name = _title(words)
                    key = name.casefold()
                    if len(words) >= 2 and not any(
                            k.casefold() == key or k.casefold().startswith(key + " ")
                            for k in found):
                        found[key] = Found(name, start, start + len(part.strip()))
                offset = max(offset, text.find(part, offset, end) + len(part))
        while end < len(text) and text[end] == "\n":
            end += 1
        at = end
        if at >= len(text):
            break
